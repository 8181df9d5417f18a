# ------------------------------------------------------------------ DR Congo expels MONUSCO spokesman after the Kasindi shooting (East African news site, full HTML, 2022-08-04)
d = "page_kasindi_gillmann_2022_eastafricasite.html"
# Not statements: top strip, masthead, nav, breadcrumb, kicker, headline, standfirst (carries both positions: no row), byline,
# time stamp, captions with credits and "2 of 4", ADVERTISEMENT, crossheads, Related lines, tags, share bar, newsletter,
# reader comments, most read, footer.
U(d, "The Democratic Republic of Congo has ordered the spokesman of the United Nations peacekeeping mission", "into bloodshed.",
  ("Democratic Republic of the Congo", C, neg, "United Nations", "lede: expulsion of a mission official + accusation = condemning"))
U(d, "A letter from Foreign Minister Christophe Lutundula to the mission", "between Kinshasa and the mission.",
  ("Democratic Republic of the Congo", C, neg, "United Nations", "the expulsion letter (a measure) with its grievance; Kinshasa = the state"))
# "The expulsion was made public three days after soldiers ... opened fire ..." = narration of the shooting, no row.
U(d, "Thirty-six people, four of them peacekeepers, died in the protests", "according to government figures.",
  ("Democratic Republic of the Congo", N, neu, "", "casualty figures attributed to the government (attribution tail)"))
U(d, "Government spokesman Patrick Muyaya said Mr Gillmann had shown contempt", "could match.",
  ("Democratic Republic of the Congo", C, neg, "United Nations", "reported clause; accusation against the mission's spokesman (MONUSCO = United Nations)"))
U(d, "\"A spokesman who tells the enemy that we are outgunned", "Muyaya said.",
  ("Democratic Republic of the Congo", C, neg, "United Nations", "multi-sentence quote closed by its speaker; judgement without a stock word"))
U(d, "He rejected claims, made by some diplomats in Kinshasa", "from the first day.",
  ("Democratic Republic of the Congo", N, neg, "", "denial = neutral, negative; 'some diplomats' are unnamed speakers (no row)"))
U(d, "The head of MONUSCO, Bintou Keita, said in a statement on Sunday", "indefensible and reckless.",
  ("United Nations", C, neg, "", "judgement of the peacekeepers' conduct; the contributing country is not named -> target empty"))
U(d, "She said the soldiers involved had been identified and detained", "begin without delay.",
  ("United Nations", N, neu, "", "measures and procedure, no judgement"))
U(d, "In New York, Deputy Spokesperson Farhan Haq said Secretary-General António Guterres was horrified", "held to account.",
  ("United Nations", C, neg, "", "horror + insistence that those responsible be held to account = condemning; target unnamed"))
U(d, "The Congolese government said in a statement read on state television", "further service with the mission.",
  ("Democratic Republic of the Congo", C, neg, "United Nations", "condemnation + the soldiers barred (a measure); state TV is not an actor"))
U(d, "It also urged people in the border town, and across the province", "joint investigation went ahead.",
  ("Democratic Republic of the Congo", T, neu, "", "appeal for calm"))
U(d, "MONUSCO said on Wednesday that it was sorry to see its spokesman expelled", "had asked it to.",
  ("United Nations", N, neg, "", "sorrow at the expulsion + commitment to carry on; no judgement of Kinshasa's decision stated (unsure: by the guide's 'regrettable' case a regret aimed at the act could be condemning)"))
U(d, "UN spokesman Stéphane Dujarric went a step further in New York on Thursday", "belonged with the head of mission.",
  ("United Nations", C, neg, "Democratic Republic of the Congo", "'did not accept' the host government's act = judgement"))
# "The head of UN peacekeeping, Jean-Pierre Lacroix, briefed Security Council members ..." = a closed meeting narrated, no row.
U(d, "Across the border, Ugandan health officials sent two ambulances", "the Ugandan state minister for health said.",
  ("Uganda", S, pos, "Democratic Republic of the Congo", "backing by act: ambulances and free treatment for the Congolese wounded; attribution tail"))
U(d, "Uganda's foreign ministry said it was following events at the crossing closely", "involved in the incident.",
  ("Uganda", N, neu, "", "monitoring + statement that its side was not involved; no appeal, no judgement"))
U(d, "In Addis Ababa, the African Union Commission said chairperson Moussa Faki Mahamat hoped", "took advantage.",
  ("African Union", T, pos, "", "hope of a restored partnership between Kinshasa and the UN = calling_for_talks; two parties -> target empty"))
U(d, "The embassies of Belgium, France, Germany, the Netherlands, the United Kingdom and the United States said in a joint statement", "families answers.",
  ("Belgium", T, neu, "", "joint statement, one row per listed state; welcome + appeal for an investigation with no judgement = calling_for_talks (rule 2 before rule 3)"),
  ("France", T, neu, "", "same joint statement"),
  ("Germany", T, neu, "", "same joint statement"),
  ("Netherlands", T, neu, "", "same joint statement"),
  ("United Kingdom", T, neu, "", "same joint statement"),
  ("United States", T, neu, "", "same joint statement"))
U(d, "India, whose two border guards serving with the mission were killed in Butembo", "must be punished.",
  ("India", C, neg, "", "welcome joined to a judgement ('an outrage that must be punished') = condemning (rule 1); the Butembo attackers are not a canonical actor -> target empty"))
U(d, "The European Union's delegation in Kinshasa said it was deeply concerned", "in North Kivu.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The youth movement LUCHA, which has led protests against the mission in Goma, said", "overstayed by twenty years.\"",
  ("LUCHA", C, neg, "United Nations", "approval of the expulsion joined to a judgement of the mission = condemning (rule 1)"))
U(d, "Jeanine Bahati, a researcher at the Kivu Centre for Security Studies in Goma, said", "made the crisis worse.",
  ("Jeanine Bahati", C, neg, "", "invented analyst; blames both sides -> target empty"))
U(d, "\"Kinshasa has found a convenient face to blame", "Bahati said.",
  ("Jeanine Bahati", C, neg, "", "judgement of both the government and the mission -> target empty"))
U(d, "She said the government and the UN should agree publicly on a timetable", "anger on the streets.",
  ("Jeanine Bahati", T, neu, "", "appeal for an agreed timetable"))
U(d, "In Kasindi, a money changer who saw the shooting, Kambale Kasereka, said", "approach the barrier.",
  ("Kambale Kasereka", N, neg, "", "invented witness; fear described, no judgement"))
U(d, "\"They shot as if we were the enemy.", "Kasereka said.",
  ("Kambale Kasereka", C, neg, "United Nations", "accusation against the peacekeepers + demand for a trial"))
