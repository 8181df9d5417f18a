# ------------------------------------------------------------------ Kenya-Somalia envoy row over the London oil-block presentation (international wire copy, 2019-02-17)
d = "page_kenya_somalia_oilblocks2019_wire.txt"
# Not statements: menu, breadcrumb, headline, byline, read time, the four bullets, crossheads, ADVERTISEMENT, credits, Related Coverage, Our Standards, tags, most read, copyright.
U(d, "Kenya called its ambassador home from Somalia", "flatly denied on Sunday.",
  ("Kenya", C, neg, "Somalia", "dateline excluded; recall of own envoy + sending the Somali envoy away + accusation = expulsion-type measure, condemning"),
  ("Somalia", N, neg, "", "flat denial of the charge = neutral, negative tone"))
# "The row between the two Horn of Africa neighbours ..." = background narration, no row.
U(d, "In a statement read to reporters in Nairobi on Saturday", "to go home to Mogadishu.",
  ("Kenya", C, neg, "Somalia", "PS Kamau speaks for Kenya; recalling the ambassador and sending the other state's envoy home = expulsion, condemning"))
U(d, "Kamau said the conference in London on February 7", "without getting a reply.",
  ("Kenya", C, neg, "Somalia", "reported clause: accusation that the map 'swallowed' Kenyan acreage + ignored protest (judgement without stock words)"))
U(d, "\"Somalia has chosen to put a price tag", "the statement said.",
  ("Kenya", C, neg, "Somalia", "multi-sentence quote closed by 'the statement said'; accusation + threat to use every means"))
U(d, "Kenya had carried a heavy load for its neighbour", "reaching for Kenya's seabed.",
  ("Kenya", C, neg, "Somalia", "attribution in the middle ('Kamau said'); ingratitude charge = judgement without stock words"))
U(d, "Kamau was later quoted by the national broadcaster KBC", "cutting diplomatic ties.",
  ("Kenya", N, neu, "", "passive attribution via a broadcaster (KBC not an actor); procedural clarification, no judgement"))
U(d, "Foreign Affairs Cabinet Secretary Monica Juma wrote on Twitter", "patience for weakness.",
  ("Kenya", C, neg, "Somalia", "veiled warning ('nobody should mistake its patience for weakness') = threat, condemning; target from context"))
U(d, "Somalia's foreign ministry said after a cabinet meeting", "opened in the contested zone.",
  ("Somalia", N, neg, "", "denial = neutral, negative; meeting chaired by Farmaajo is narration inside the sentence"))
U(d, "What took place in London, the ministry said", "before the court in The Hague.",
  ("Somalia", N, neu, "", "attribution in the middle; its own account of the event, no judgement"))
U(d, "The ministry also said it regretted that Nairobi", "the bonds between the two peoples.",
  ("Somalia", C, neg, "Kenya", "'regretted' + 'hasty' aimed at Kenya's expulsion of its envoy = judgement, condemning"))
U(d, "In the same statement, the government in Mogadishu thanked Kenya", "close to thirty years.",
  ("Somalia", S, pos, "Kenya", "gratitude for troops and refugee hosting = praise, supporting"))
U(d, "\"Our door is open.", "Kenyan embassy in Mogadishu.",
  ("Somalia", T, pos, "Kenya", "multi-sentence quote closed by the foreign minister; offer of talks = calling_for_talks"))
U(d, "A senior official in the office of Prime Minister Hassan Ali Khaire", "if invited.",
  ("Somalia", T, neu, "Kenya", "unnamed official of a named government; no wish to escalate + offer of a delegation = calling_for_talks"))
U(d, "Ambassador Nur left Nairobi on Sunday afternoon", "a Somali diplomat said.",
  ("Somalia", N, neu, "", "fact given by an unnamed official of a named government = neutral"))
U(d, "Spectrum, the seismic company whose survey data", "offered or awarded.",
  ("Spectrum", N, neg, "", "company (new actor); denial of Kenya's charge that acreage was sold = neutral, negative tone (guide: denials)"))
U(d, "In London, a spokeswoman for Britain's Foreign Office said", "no part in organising it.",
  ("United Kingdom", N, neu, "", "state adjective ('Britain's Foreign Office'); procedural distancing, no judgement"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat said", "already under way at the court.",
  ("African Union", T, neg, "", "concern + appeal to both to keep to the legal process = calling_for_talks (both sides -> target empty)"))
U(d, "IGAD's executive secretary, Mahboub Maalim, said", "offered the bloc's good offices.",
  ("IGAD", T, neu, "", "offer of good offices = calling_for_talks"))
U(d, "Ethiopia, which has troops in Somalia both under", "settle the matter quietly.",
  ("Ethiopia", T, pos, "", "hope for a quiet settlement = calling_for_talks; spokesman named by role then name"))
U(d, "The US embassy in Nairobi said Washington valued its partnership", "and through the court.",
  ("United States", T, neu, "", "appeal to both for dialogue and the court, no judgement"))
# "Kenya and Somalia are both members of the African Union force ..." = background narration, no row.
U(d, "The chairman of the Kenyan parliament's defence and foreign relations committee", "should not forget it.\"",
  ("Kenya", C, neg, "Somalia", "MP (committee chair) speaks for Kenya (guide: a senator speaks for the US); naval threat = condemning"))
U(d, "Opposition leader Raila Odinga, who ended his feud", "argue its case at The Hague.",
  ("Orange Democratic Movement", T, neu, "Kenya", "Odinga = ODM (name files); backing the government + urging the legal route: the appeal decides (rule 2 before rule 3); addressed to Kenya"))
U(d, "Kenya's foreign ministry said late on Sunday", "was studying it.",
  ("Kenya", N, neu, "", "procedural line = neutral"))
U(d, "\"Both governments have boxed themselves in.", "University of Nairobi.",
  ("Grace Wambui Ndirangu", N, neg, "", "invented independent scholar; multi-sentence quote, analysis of both sides' positions, no judgement"))
U(d, "She said recalling an ambassador over a conference slide show", "along the land border.",
  ("Grace Wambui Ndirangu", C, neg, "Kenya", "'a sledgehammer brought to crack a nut' = judgement of Kenya's recall without stock words"))
U(d, "Abdirahman Warsame, director of the Mogadishu-based", "\"theatre for a home audience\".",
  ("Abdirahman Warsame", C, neg, "", "invented analyst; judgement on both Somalia's handling and Kenya's reaction -> target empty"))
U(d, "\"What the two sides need this week is a telephone line", "Warsame said.",
  ("Abdirahman Warsame", T, neu, "", "surname only; appeal for direct contact between the two = calling_for_talks"))
