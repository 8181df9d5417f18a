# ------------------------------------------------------------------ Ethiopia's state of emergency after Irreecha (East African news site, scraped, 2016-10-17)
d = "page_ethiopia_emergency_eastafricasite.txt"
# No rows: masthead, tagline, date/weather, menu, section path, headline, byline, published line, share bar, image captions
# with credits, ADVERTISEMENT, capitals crossheads, Related:, tags, newsletter prompt, TRENDING, copyright.
U(d, "Ethiopia's government on Saturday set out the rules", "Oromia and Amhara regions.",
  ("Ethiopia", N, neu, "", "dateline excluded; long lead: own emergency rules (no actor targeted: 'groups it has designated as terrorist' are unnamed) with the declaration recalled as narration"))
U(d, "Defence Minister Siraj Fegessa, who heads the command post", "nothing to fear.",
  ("Ethiopia", N, pos, "", "command post = Ethiopia; reassurance about own measures"))
U(d, "Diplomats will need the command post's permission", "government buildings.",
  ("Ethiopia", N, neu, "", "attribution mid-sentence ('he said' = Siraj); procedures"))
U(d, "Announcing the emergency on state television on October 9, Hailemariam said", "at risk.",
  ("Ethiopia", C, neg, "", "accusation by describing the protesters' attacks; protesters are not an actor -> target empty"))
U(d, "\"We will not allow a handful of people to destroy", "he said.",
  ("Ethiopia", C, neg, "", "'he' = Hailemariam; threat of a response against unnamed people (target empty)"))
U(d, "He also repeated earlier promises of political reform", "electoral system.",
  ("Ethiopia", T, pos, "", "offer of talks with the opposition = calling_for_talks"))
U(d, "Government spokesman Getachew Reda told journalists on October 10", "two governments themselves.",
  ("Ethiopia", C, neg, "", "accusation of 'elements' in Egypt and Eritrea while explicitly not accusing the two governments -> target empty; Addis Ababa = metonym"))
U(d, "In Cairo, the Foreign Ministry said its ambassador in Addis Ababa", "neighbour's sovereignty.",
  ("Egypt", N, neg, "Ethiopia", "'In Cairo' = place, the Foreign Ministry = Egypt's by context; denial; Cairo inside the quote-free report = metonym for Egypt"))
U(d, "Eritrea's information minister, Yemane Gebremeskel,", "made at home.",
  ("Eritrea", C, neg, "Ethiopia", "role then name; rebuttal with a judgement of Ethiopia's conduct (not a bare denial)"))
# "The unrest escalated after the Irreecha thanksgiving festival ..." narration, no row.
U(d, "The government put the death toll at 55", "national mourning.",
  ("Ethiopia", N, neg, "", "figure + own measure (mourning)"))
U(d, "Government officials have denied that the security forces fired live rounds", "at the festival.",
  ("Ethiopia", N, neg, "", "officials of a named government; denial"))
U(d, "Merera Gudina, chairman of the opposition Oromo Federalist Congress,", "into the hundreds.",
  ("Oromo Federalist Congress", C, neg, "Ethiopia", "party under its own name; accusation against the police (= Ethiopia) + own toll"))
U(d, "\"This was not an accident.", "Addis Ababa.",
  ("Oromo Federalist Congress", C, neg, "Ethiopia", "two-sentence quote closed by the surname; Addis Ababa = place"))
U(d, "His deputy, Mulatu Gemechu, said the emergency would only deepen", "new elections.",
  ("Oromo Federalist Congress", C, neg, "Ethiopia", "'His deputy' = OFC deputy chairman (role then name); judgement + demand (rule 1)"))
# Attacks on farms and factories: narration, no row.
U(d, "An American researcher, Sharon Gray, was killed on October 4", "the US embassy confirmed.",
  ("United States", N, neg, "", "fact confirmed by the embassy (attribution tail); Gray is not a speaker"))
# "Western governments ... have been cautious in their criticism." summary line, no row.
U(d, "The United States, Britain and Canada updated their travel advice", "parts of Oromia.",
  ("United States", N, neg, "", "list of three states acting together: one row each; own travel advice = procedure, no judgement"),
  ("United Kingdom", N, neg, "", "Britain = United Kingdom; same"),
  ("Canada", N, neg, "", "same"))
U(d, "US State Department spokesman John Kirby said Washington was concerned", "tightly limited.",
  ("United States", N, neg, "Ethiopia", "concern without an appeal = neutral, negative; Washington = metonym"))
U(d, "He urged the government to allow peaceful protest", "expressing their views.",
  ("United States", T, neu, "Ethiopia", "'He' = Kirby; appeal to release detainees and allow protest, no judgement word"))
U(d, "The European Union's foreign policy service said emergency powers", "civil society.",
  ("European Union", T, neg, "Ethiopia", "EEAS = EU; conditions on the emergency + appeal for talks, no explicit judgement (unsure: 'must not be used to silence critics' is a warning, not a judgement)"))
U(d, "The bloc had earlier sent its condolences", "died at Bishoftu.",
  ("European Union", S, pos, "", "'The bloc' = EU; condolences = solidarity (supporting), to the victims' families (target empty)"))
U(d, "On a visit to Addis Ababa on October 11, German Chancellor Angela Merkel", "what they thought.",
  ("Germany", T, neu, "Ethiopia", "argument for letting critics speak = appeal, no judgement; Addis Ababa = place; Hailemariam is an object"))
U(d, "She said Germany had offered to help train the Ethiopian police", "without loss of life.",
  ("Germany", S, pos, "Ethiopia", "offer of assistance = supporting"))
U(d, "Germany was already funding efforts to mediate between communities", "she added.",
  ("Germany", T, pos, "", "attribution tail; mediation between communities = calling_for_talks (rule 2 before rule 3)"))
U(d, "Hailemariam, standing beside her, conceded that Ethiopia's democracy", "take part in politics.",
  ("Ethiopia", T, pos, "", "admission + promise of opening to the opposition = offer of dialogue (unsure: could be neutral self-assessment)"))
U(d, "In Geneva, the UN human rights office said it was alarmed", "killings of protesters.",
  ("United Nations", T, neg, "Ethiopia", "OHCHR = United Nations; alarm + request for access to investigate = calling_for_talks; Geneva = place"))
U(d, "\"A state of emergency does not free a government from its obligations.", "told reporters.",
  ("United Nations", T, neg, "Ethiopia", "multi-sentence quote closed by role + name; demands (charge or release, last resort) without an explicit judgement"))
U(d, "Ethiopia has turned down earlier requests", "already investigating.",
  ("Ethiopia", N, neg, "United Nations", "refusal with a procedural reason = neutral"))
U(d, "The Ethiopian Human Rights Commission said last week", "end of the year.",
  ("Ethiopian Human Rights Commission", N, neu, "", "national commission is its own actor in the name files; plan"))
U(d, "Felix Horne, a senior researcher at Human Rights Watch,", "making things worse.",
  ("Human Rights Watch", C, neg, "Ethiopia", "researcher speaking for HRW; judgement of the security forces"))
U(d, "In Bahir Dar and Gondar, the main cities of the Amhara region,", "weeks of strikes.",
  ("Ethiopia", N, pos, "", "regional government = Ethiopia (provincial officials resolve to the state); facts; Bahir Dar and Gondar = places"))
# Analysts in Addis Ababa and the Bishoftu shopkeeper: not actors, no rows.
