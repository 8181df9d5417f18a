# ------------------------------------------------------------------ Nagorno-Karabakh war: the missile strike on Ganja (Anadolu-style state agency, 2020-10-11)
d = "page_ganja_strike_agency.txt"
U(d, "At least nine civilians were killed and 34 others injured when the Armenian army fired", "Azerbaijani authorities said.",
  ("Azerbaijan", C, neg, "Armenia", "dateline line excluded; lead: accusation made by describing the other side's attack on civilians (guide: condemning), with an attribution tail; agency framing does not change the label"))
U(d, "According to the Prosecutor General's Office, four women are among the dead", "are children.",
  ("Azerbaijan", N, neu, "", "prosecutor's office = Azerbaijan; casualty figures, no blame = neutral, neutral tone"))
U(d, "Azerbaijan's Emergency Situations Ministry said its rescue teams", "searching for others.",
  ("Azerbaijan", N, neu, "", "own rescue work, figures"))
U(d, "Hikmet Hajiyev, assistant to the Azerbaijani president", "amounted to a war crime.",
  ("Azerbaijan", C, neg, "Armenia", "presidential aide introduced by role; 'deliberate attack on civilians', 'war crime'"))
U(d, "\"These rockets fell on sleeping families", "Hajiyev said.",
  ("Azerbaijan", C, neg, "Armenia", "multi-sentence quote closed by its speaker (surname only); Yerevan = metonym; 'will have to answer' = holds responsible"))
U(d, "The Defense Ministry said Armenian forces had also shelled", "retaliatory measures on the front.",
  ("Azerbaijan", C, neg, "Armenia", "'The Defense Ministry' = Azerbaijan's by context; accusation of shelling + announced retaliation = condemning"))
U(d, "Foreign Minister Jeyhun Bayramov, back from the talks in Moscow", "honor it as well.",
  ("Azerbaijan", T, neu, "Armenia", "commitment to the truce + expectation that Armenia keeps it, no judgement word = calling_for_talks; Baku = metonym, Moscow = place"))
U(d, "\"Let the world see what Armenia did to us while we slept,\"", "was destroyed.",
  ("Sevinj Mammadova", C, neg, "Armenia", "named resident = independent person under her own name (labels/README); an explicit accusation, so a statement"))
U(d, "Turkey's Foreign Ministry denounced the attack as fresh proof", "a day earlier.",
  ("Turkey", C, neg, "Armenia", "crosshead '- Turkey: Armenia has no regard for law' is not a statement; 'denounced'"))
U(d, "Ankara will go on standing by brotherly Azerbaijan with all its means", "the ministry added.",
  ("Turkey", S, pos, "Azerbaijan", "attribution tail ('the ministry' = Turkey's foreign ministry); Ankara = metonym; backing"))
U(d, "The Turkish Defense Ministry said on Twitter that Armenia had added", "hitting homes in Ganja.",
  ("Turkey", C, neg, "Armenia", "accusation of a war crime"))
U(d, "Turkish Foreign Minister Mevlut Cavusoglu also spoke by phone", "according to Turkish diplomatic sources.",
  ("Turkey", T, neu, "", "'Turkish diplomatic sources' = unnamed officials of a named government (Turkey); asks Russia to press Armenia to keep the truce = appeal, no judgement in the sentence; target left empty: the appeal is addressed to Russia but is about Armenia (unsure)"))
U(d, "Armenia's targeting of a city far from the front is a flagrant breach", "solidarity with Azerbaijan.",
  ("Pakistan", C, neg, "Armenia", "possessive 'Armenia's' is the target, the speaker is Pakistan's Foreign Office (attribution tail); judgement + solidarity in one sentence: rule 1 (one row per actor)"))
U(d, "Armenia denied targeting Ganja.", "Armenia denied targeting Ganja.",
  ("Armenia", N, neg, "", "bare denial = neutral, negative (guide); crosshead '- Yerevan denies' is not a statement"))
U(d, "Shushan Stepanyan, a spokeswoman for the Armenian Defense Ministry, claimed", "toward Azerbaijan.",
  ("Armenia", N, neg, "", "denial with the agency's 'claimed' framing = neutral, negative"))
U(d, "She further alleged that Azerbaijani forces had kept shelling Khankendi", "throughout the night.",
  ("Armenia", C, neg, "Azerbaijan", "'She' = Stepanyan; counter-accusation by describing attacks on a town = condemning"))
U(d, "Arayik Harutyunyan, the so-called leader of the illegal separatist regime", "considered targets.",
  ("Nagorno-Karabakh authorities", C, neg, "Azerbaijan", "separatist leader = Nagorno-Karabakh authorities (name files); a specific earlier threat against military facilities = condemning; 'illegal separatist regime' is the agency's framing"))
U(d, "Armenian Foreign Minister Zohrab Mnatsakanyan said Yerevan was committed to the truce", "entry into force.",
  ("Armenia", C, neg, "Azerbaijan", "commitment + blame in one sentence: rule 1 (explicit blame decides)"))
U(d, "Russia's Foreign Ministry spokeswoman Maria Zakharova said Moscow was receiving reports", "in the Russian capital.",
  ("Russia", T, neu, "", "appeal to both sides to keep the agreement -> target empty; crosshead '- Calls to respect truce' is not a statement"))
U(d, "French Foreign Minister Jean-Yves Le Drian called on the parties", "with Russia and the US.",
  ("France", T, neu, "", "appeal for the truce + negotiations; Russia and the US are only mentioned as co-chairs (no rows)"))
U(d, "US State Department spokeswoman Morgan Ortagus said Washington urged both sides", "protect civilians.",
  ("United States", T, neu, "", "appeal to both sides (ceasefire, protection of civilians)"))
U(d, "Earle Litzenberger, the US ambassador in Baku, wrote on Twitter", "families of the victims.",
  ("United States", S, neg, "Azerbaijan", "ambassador = United States; condolences to the victims' families = solidarity (supporting); grief = negative tone; Baku = place"))
U(d, "EU spokesman Peter Stano said the bloc was following the reports", "with great concern.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative (guide)"))
U(d, "Iranian Foreign Ministry spokesman Saeed Khatibzadeh said Tehran stood ready", "lasting settlement.",
  ("Iran", T, pos, "", "offer to help the two sides reach a settlement = calling_for_talks; Tehran = metonym. The truce background paragraph after it is narrative (Lavrov's announcement of 10 October only reported)"))
