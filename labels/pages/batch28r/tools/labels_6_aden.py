# ------------------------------------------------------------------ New Zealand-Australia row over Suhayra Aden's cancelled citizenship (explainer / Q&A, 2021-02-17)
d = "page_suhayra_aden_citizenship2021_explainer.txt"
# Not statements: masthead, menu, breadcrumb, headline, standfirst (carries Ardern's position), byline, date, read time,
# image caption, the Q&A subheadings, Read more, topics, newsletter prompt, copyright.
# "She is a 26-year-old who was born in New Zealand ..." and "Australian media have named her ..." = background narration, no row.
U(d, "She held both citizenships until last year, when Australia cancelled hers", "linked to terrorism of their citizenship.",
  ("Australia", C, neg, "", "stripping citizenship = a measure taken against her (she is not an actor -> target empty) (unsure: background narration of an act)"))
# "That left her a New Zealander only." = narration, no row.
U(d, "Turkey's Ministry of National Defence said its border guards had caught", "Reyhanli district of Hatay province.",
  ("Turkey", N, neu, "", "the ministry's account of an arrest at its border = facts"))
U(d, "The ministry said the woman was an Islamic State member", "handed to prosecutors.",
  ("Turkey", C, neg, "Islamic State", "'the ministry'; labelling her an IS member + handing her to prosecutors = measure and judgement; aimed at the group she is said to belong to (unsure: target could be empty)"))
U(d, "Turkish officials have since said the family will be deported", "the country responsible for them.",
  ("Turkey", N, neu, "", "officials of a named government; plan + who is responsible, no judgement"))
# "A great deal, and in unusually blunt terms." = the explainer's summary, no row.
U(d, "At her weekly press conference on Tuesday, the prime minister said Canberra had passed", "been radicalised there.",
  ("New Zealand", C, neg, "Australia", "'the prime minister' by title; judgement of Canberra's act without a stock word"))
U(d, "\"She left for Syria from Melbourne", "Ardern said.",
  ("New Zealand", C, neg, "Australia", "multi-sentence quote closed by the speaker; rejects the logic of the cancellation"))
U(d, "\"What it does is hand the whole matter to us", "that is wrong.\"",
  ("New Zealand", C, neg, "Australia", "speaker carried across the paragraph break; 'wrong' = judgement"))
U(d, "She said she had raised the case with Scott Morrison more than once", "one government acting alone.",
  ("New Zealand", T, neu, "Australia", "request for an agreed approach between the two = calling_for_talks"))
U(d, "Ardern added that New Zealand would meet its own obligations", "in any decision.",
  ("New Zealand", N, pos, "", "own commitments, no judgement or appeal"))
U(d, "Morrison defended the decision on Tuesday", "as it was meant to be.",
  ("Australia", N, neu, "", "defence of own law and procedure = neutral"))
U(d, "The Australian prime minister said he made no apology", "take the same decision again.",
  ("Australia", N, neg, "", "'the Australian prime minister' by title; stands by own decision; 'terrorists' refers to the woman, not an actor (unsure: could be read as condemning)"))
U(d, "Home Affairs Minister Peter Dutton said in remarks carried by Sky News", "to the letter.",
  ("Australia", N, neg, "", "'in remarks carried by' = second-hand attribution; rejection of the criticism = denial, neutral"))
# "Ardern and Morrison spoke by phone on Monday night." = meeting narrated, no row.
U(d, "A spokesperson for Ardern said afterwards that the two leaders had agreed", "the wider issues it raised.",
  ("New Zealand", T, pos, "", "agreement to keep talking = calling_for_talks; both leaders, reported by NZ -> New Zealand row (unsure: an Australia row could be added)"),
  ("Australia", T, pos, "", "the spokesperson reports a joint agreement: Australia's commitment to keep talking (guide: X's position reported by Y is X's)"))
U(d, "Foreign Minister Marise Payne was quoted as saying", "a disagreement of this kind.",
  ("Australia", N, pos, "", "passive attribution; reassurance about the relationship, no appeal or judgement"))
# "The children, aged two and five, were born in Syria." = narration, no row.
U(d, "New Zealand's Foreign Minister Nanaia Mahuta said the ministry was providing consular help", "in Turkey.",
  ("New Zealand", N, neu, "", "consular help to its own nationals = own service, not aid to an actor"))
U(d, "Kate Mulholland, a specialist in citizenship law", "share a passport with.",
  ("Kate Mulholland", C, neg, "Australia", "invented scholar; judgement of Australia's law"))
U(d, "\"It is a one-way door", "Mulholland said.",
  ("Kate Mulholland", C, neg, "Australia", "surname only; judgement continued"))
U(d, "She said both governments should remember that the children had rights", "bring them home.",
  ("Kate Mulholland", T, neu, "", "appeal to both to protect the children and agree = calling_for_talks"))
U(d, "Amir Farouk, a researcher on violent extremism", "not starting from nothing.",
  ("Amir Farouk", N, neu, "", "invented researcher; assessment, no judgement"))
U(d, "Farouk said the two governments should agree on a shared protocol", "a public dispute.",
  ("Amir Farouk", T, neu, "", "appeal for an agreed protocol = calling_for_talks"))
# "The woman and her children remain in Turkish custody." = narration; "Any return ... officials have said planning would take weeks." = unnamed officials with no stated tie, no row.
U(d, "Australia's opposition Labor leader, Anthony Albanese, said", "duelling press conferences.",
  ("Australian Labor Party", T, neu, "", "opposition leader speaks for his party; appeal to both leaders to settle it privately = calling_for_talks"))
U(d, "Opposition leader Judith Collins said she backed", "Australia's responsibility.",
  ("New Zealand National Party", S, pos, "New Zealand", "the opposition leader backs her own government's position = supporting"))
U(d, "Asked whether the family would be brought to New Zealand, Ardern said", "were being consulted.",
  ("New Zealand", N, neu, "", "procedure: no decision yet"))
U(d, "The UN children's agency UNICEF, responding to questions about the case, said", "their families' countries.",
  ("UNICEF", T, neu, "", "appeal to protect children and help their return, no judgement = calling_for_talks"))
U(d, "Grant Ellison, a former New Zealand diplomat who served in Canberra, said", "was deliberate.",
  ("Grant Ellison", N, neu, "", "invented former diplomat (speaks for no body); analysis"))
U(d, "\"This is a prime minister who usually settles things", "Ellison said.",
  ("Grant Ellison", N, neu, "", "surname only; analysis of tactics, no judgement"))
