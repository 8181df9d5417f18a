# ------------------------------------------------------------------ Urumqi riots and the reactions (live blog, scraped .txt, 2009-07-06 .. 2009-07-14)
d = "page_urumqi_riots_liveblog.txt"
# No rows: headline, standfirst, live-desk byline, caption + "1 of 4", key events, "What we know so far" bullets (figures
# from state media), day headers, timestamps and entry headings, "Closing the blog" note, ADVERTISEMENT, Related:, newsletter,
# topics, most viewed, copyright.
# No row: "China's foreign ministry has now answered Recep Tayyip Erdogan in public, and it has not minced its words." (summary line)
U(d, "Qin Gang, the ministry's spokesman, told the regular afternoon briefing", "set upon by rioters.",
  ("China", N, neg, "", "role then name; rejects the genocide charge = denial (neutral, negative tone); the Han victims as facts"))
U(d, "He said the Turkish leader's words turned the truth on its head", "worked to build.",
  ("China", C, neg, "Turkey", "'He' = Qin; judgement of Erdogan's remark + demand to retract (rule 1); Ankara = metonym for Turkey"))
U(d, "\"The people who died were shop workers", "Qin said.",
  ("China", C, neg, "Turkey", "multi-sentence quote closed by its speaker = one unit; 'wrongs the victims' = judgement of the Turkish remark"))
U(d, "The government would go on protecting the lawful rights", "he added.",
  ("China", N, pos, "", "attribution tail; reassurance about own conduct = neutral, positive"))
# No row: "Qin would not say whether Beijing planned to summon the Turkish ambassador." (non-answer)
U(d, "Police in Urumqi opened fire on Monday evening", "according to the city government.",
  ("China", N, neu, "", "the city government (a Chinese authority) gives an account of its own police shooting = facts, neutral tone"))
# No row: "It was the first confirmed use of deadly force ..." (narration); the flatbread seller and her quote (unnamed resident).
# No row: the China Daily editorial (the outlet's own opinion; an outlet is not an actor, unsure) and the outlet's comment on it.
# No row: "Foreign Minister Yang Jiechi telephoned his Turkish counterpart ..., Xinhua reported." (a call reported as narration)
U(d, "Yang told him the unrest was a grave crime organised and directed by separatists", "the agency said.",
  ("China", C, neg, "", "Yang by surname, reported by Xinhua (the agency is not an actor); judgement of unnamed 'separatists based abroad' -> target empty; Davutoglu is only the addressee"))
U(d, "Davutoglu, for his part, told Yang that Turkey did not question", "according to a Turkish diplomat in Ankara.",
  ("Turkey", T, neu, "China", "Davutoglu's position reported by an unnamed official of a named government; reassurance + 'should keep talking' = calling_for_talks (rule 2); Ankara = place"))
# No row: "Analysts in Ankara said ..." (unnamed analysts, not actors)
# No row: "Erdogan was asked on Monday ... whether he regretted the word ..." (the question is narration)
U(d, "He said he had chosen his words deliberately", "polite silence.",
  ("Turkey", C, neg, "China", "'He' = Erdogan; standing by the genocide accusation = judgement kept (condemning)"))
# No row: the Istanbul march (narration)
U(d, "Pakistan's foreign office said Islamabad stood with Beijing", "restore order in Xinjiang.",
  ("Pakistan", S, pos, "China", "backing of China's measures; Islamabad = metonym, Beijing = object"))
# No row: "Turkey's prime minister has gone further than any other foreign leader this week." (summary line before the statement)
U(d, "Speaking to reporters in Ankara, Recep Tayyip Erdogan said", "go on for hours.",
  ("Turkey", C, neg, "China", "'a kind of genocide' + an accusation put as a question; Ankara = place"))
U(d, "Beijing, he added, owed the Uighurs the same rights", "settle who was guilty.",
  ("Turkey", T, neg, "China", "demand addressed to one side with no judgement word (rights, courts) = calling_for_talks, negative (labels README); Beijing = object, not speaker"))
U(d, "Turkey, which holds a non-permanent seat on the UN Security Council", "Erdogan said.",
  ("Turkey", T, neu, "", "taking the matter to the Security Council = diplomatic recourse (calling_for_talks, as 26a's Guyana; unsure: could be a complaint); the UN is a place here, not a speaker"))
U(d, "The remarks came a day after Nihat Ergun, the trade and industry minister", "protest against the killings.",
  ("Turkey", C, neg, "China", "call for a boycott of Chinese goods in protest = measure/sanction (condemning); the lead clause about Erdogan's remarks is narration"))
# No row: "Chinese officials did not respond on Friday." (non-response); curfew and mosques (narration)
U(d, "Hu Jintao flew home from Italy overnight", "stand in for him.",
  ("China", N, neu, "", "the foreign ministry announces the president's return and his stand-in = plan/procedure"))
U(d, "A meeting of the Politburo Standing Committee chaired by Hu", "state television said.",
  ("China", C, neg, "", "state television reporting a leadership decision = China (the broadcaster is not an actor); 'serious crime' + severe punishment; 'three forces' = no canonical target"))
U(d, "Li Zhi, the Communist Party chief of Urumqi", "face the death penalty.",
  ("China", C, neg, "", "city party chief = China (local officials resolve to the state); threat of the death penalty = threatened response; rioters not an actor -> target empty"))
# No row: Han residents with clubs (narration)
U(d, "Ban Ki-moon, the UN secretary-general, said in Geneva", "by peaceful means.",
  ("United Nations", T, neu, "", "appeal to both the people and the authorities (no judgement); Geneva = place"))
U(d, "He also reminded the Chinese government that, while restoring order", "speak and gather freely.",
  ("United Nations", T, neu, "China", "'He' = Ban; protection of civilians + freedoms addressed to one side, no judgement word"))
U(d, "Navi Pillay, the UN high commissioner for human rights", "according to law.",
  ("United Nations", T, neg, "China", "shock + appeal = concern with an appeal, calling_for_talks (guide); Beijing = metonym"))
U(d, "In Moscow, where Barack Obama was on a visit", "hold back.",
  ("United States", T, neg, "", "concern + appeal to all sides; Moscow = place; Obama is narration, Gibbs speaks for the US"))
U(d, "At the State Department, spokesman Ian Kelly said the violence would come up", "later in the week.",
  ("United States", N, neu, "", "announces that the matter will be raised at a scheduled meeting = plan (neutral; unsure, could be read as a diplomatic appeal); Steinberg and Wu are objects"))
U(d, "A spokesman for Gordon Brown said London wanted the tensions", "unease at the reports.",
  ("United Kingdom", T, neg, "", "London = metonym for the UK government; dialogue + unease = calling_for_talks"))
U(d, "The Jeddah-based Organisation of the Islamic Conference urged China", "started the violence.",
  ("Organisation of Islamic Cooperation", T, neg, "China", "the OIC under its 2009 name (declared as alias in new_actors.csv); appeal without judgement; Jeddah = place"))
U(d, "Amnesty International asked China to account for everyone detained", "peaceful Uighur expression.",
  ("Amnesty International", T, neg, "China", "demand + warning against a pretext, no judgement word on a done act (calling_for_talks, unsure: 'warned' could be read as condemning)"))
U(d, "Nur Bekri, the Uighur chairman of the regional government", "carried it out.",
  ("China", C, neg, "World Uyghur Congress", "regional government chairman = China; blames the WUC; Kadeer's name only as a possessive"))
U(d, "The regional government later put the death toll at 156", "people hurt.",
  ("China", N, neu, "", "figures given by a named authority"))
U(d, "From Washington, Kadeer rejected the charge", "until police moved in.",
  ("World Uyghur Congress", N, neg, "", "Kadeer speaks as WUC president; denial = neutral, negative; Washington = place, not the US"))
U(d, "She accused the security forces of firing into the crowd", "than Beijing admitted.",
  ("World Uyghur Congress", C, neg, "China", "'She' = Kadeer; accusation of the Chinese security forces = China"))
U(d, "Kadeer also called on the United Nations and foreign governments", "happened in Urumqi.",
  ("World Uyghur Congress", T, neu, "", "demand for an independent inquiry, no judgement word; addressed to two parties -> target empty; the UN is addressed, not a speaker"))
U(d, "Dilxat Raxit, a spokesman for the group who lives in Sweden", "a collective punishment.",
  ("World Uyghur Congress", C, neg, "China", "'the group' = WUC by context; accusation by describing sweeps + 'collective punishment'"))
# No row: the embassy in The Hague and the Munich consulate (narration; the Dutch police detaining protesters is a procedure without position, kept as narration).
