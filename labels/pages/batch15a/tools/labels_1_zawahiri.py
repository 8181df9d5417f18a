# ------------------------------------------------------------------ US drone strike kills Ayman al-Zawahiri in Kabul (Reuters-style wire, 2022-08-02)
# The Taliban administration speaks for Afghanistan (name files: Zabihullah Mujahid, Islamic Emirate -> Afghanistan).
d = "page_zawahiri_kabul_wire.txt"
U(d, "Afghanistan's Taliban rulers on Tuesday condemned", "home in their capital.",
  ("Afghanistan", C, neg, "United States", "long lead carrying narration and two positions: Taliban rulers condemn the strike as a breach of Doha"),
  ("United States", C, neg, "Afghanistan", "same sentence: Washington (metonym) accuses the Taliban of sheltering Zawahiri"))
U(d, "“He will never again be able to threaten our people", "conditions were right.",
  ("United States", C, neg, "Al-Qaeda", "own strike reported with a judgement of its target ('threaten our people'); Zawahiri = al Qaeda's leader"))
U(d, "A senior administration official told reporters that two Hellfire", "were not hurt.",
  ("United States", N, neu, "", "unnamed official of a named government speaks for it; facts of the strike, no judgement"))
U(d, "Zabihullah Mujahid, the Taliban's chief spokesman, wrote on Twitter", "American drones.",
  ("Afghanistan", N, neu, "", "spokesman introduced by role; findings of own services = facts"))
U(d, "“Whatever the justification, this attack tramples", "he wrote.",
  ("Afghanistan", C, neg, "United States", "two-sentence quote closed by its speaker = one unit; judgement without stock words ('tramples on', 'not a firing range')"))
U(d, "Washington's decision to strike inside the capital", "political office in Doha.",
  ("Afghanistan", C, neg, "United States", "possessive before the speaker: Washington is not the speaker; Shaheen (Taliban political office) = Afghanistan; judgement"))
U(d, "On Sunday, an interior ministry spokesman, Abdul Nafy Takor", "nobody was hurt.",
  ("Afghanistan", N, neu, "", "the interior ministry resolved by context (Taliban administration); an earlier account of facts"))
U(d, "A Taliban official who asked not to be named", "how to respond.",
  ("Afghanistan", N, neu, "", "unnamed official of a named administration speaks for it; a meeting reported, no position"))
U(d, "Secretary of State Antony Blinken said in a statement that by letting", "were worth.",
  ("United States", C, neg, "Afghanistan", "judgement without stock words ('how little their pledges ... were worth')"))
U(d, "He said the United States would nonetheless keep paying", "aid groups.",
  ("United States", S, pos, "", "'He' = Blinken; aid to Afghans = backing by act; target empty: aid goes to the people via UN agencies, not to the Taliban administration that Afghanistan stands for here (unsure)"))
U(d, "“There is no question in our minds that people high up", "told NBC on Tuesday.",
  ("United States", C, neg, "Afghanistan", "accusation; the Haqqani network is part of the Taliban administration -> target Afghanistan"))
U(d, "He said Washington had raised the matter directly with the Taliban", "might follow.",
  ("United States", T, neu, "Afghanistan", "demand for answers with no judgement word and no threat stated = calling_for_talks (as batch5c's demands for an explanation)"))
U(d, "Saudi Arabia welcomed Biden's announcement", "state news agency SPA.",
  ("Saudi Arabia", S, pos, "United States", "welcome = supporting; SPA only carries it (agency not an actor)"))
U(d, "The ministry described Zawahiri as one of the architects", "against militant groups.",
  ("Saudi Arabia", C, neg, "Al-Qaeda", "'The ministry' = Saudi foreign ministry by context; accusation of al Qaeda's leader; the call for cooperation against militants is not a peace appeal, the judgement decides"))
U(d, "Jordan, Bahrain, and Kuwait also welcomed the news", "reported.",
  ("Jordan", S, pos, "United States", "list with Oxford comma: one row per state; agencies only report"),
  ("Bahrain", S, pos, "United States", "same list"),
  ("Kuwait", S, pos, "United States", "same list"))
U(d, "Qatar, which hosted the US-Taliban talks", "end their dialogue.",
  ("Qatar", T, pos, "", "hope that both sides keep commitments and dialogue = calling_for_talks; both sides -> target empty"))
U(d, "In Islamabad, a foreign ministry spokesman said Pakistan", "Pakistani airspace.",
  ("Pakistan", N, neu, "", "Islamabad = place; general backing of lawful counter-terrorism, no judgement of anyone and no appeal; declines to answer"))
U(d, "China was firmly against terrorism, foreign ministry spokeswoman Hua Chunying", "another country's sovereignty.",
  ("China", C, neg, "", "attribution in mid-sentence; 'riding roughshod over sovereignty' = judgement aimed at the strike; the US is implied, not named -> target empty"))
U(d, "At the United Nations in New York, spokesman Stephane Dujarric", "international law.",
  ("United Nations", N, neu, "", "no knowledge of Zawahiri's presence + general reminder of the law, no judgement, no peace appeal"))
U(d, "Ibraheem Bahiss, an Afghanistan analyst at the International Crisis Group", "opening to the West.",
  ("International Crisis Group", N, neg, "", "analyst of a named organisation (name files: ICG analysts -> International Crisis Group); prediction, no position"))
