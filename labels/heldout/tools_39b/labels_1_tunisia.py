# ------------------------------------------------------------------ Tunisia: Saied's remarks on sub-Saharan migrants (wire copy, 2023-03-07)
d = "page_tunisia_saied_migrants2023_wire.txt"
# Not statements: menu, section, headline, byline, read time, time stamp, the four bullets, crossheads, ADVERTISEMENT,
# reporting credits, Our Standards, Related coverage, tags, most read, copyright. Dateline excluded from the first unit.
U(d, "The World Bank has put its lending strategy for Tunisia on hold", "out of the country.",
  ("World Bank", C, neg, "Tunisia", "lead: lending strategy frozen over the president's remarks = a measure; the three governments are unnamed here (named below)"))
U(d, "In an internal note to staff seen by TCP, World Bank President David Malpass said", "agenda for March 21.",
  ("World Bank", C, neg, "Tunisia", "judgement of the remarks ('no place') + board review withdrawn = measure"))
U(d, "\"Our work in Tunisia exists to improve the lives", "Malpass wrote.",
  ("World Bank", C, neg, "Tunisia", "quote closed by speaker; justifies the pause, 'cannot carry on as though nothing has happened' (unsure: implicit judgement)"))
U(d, "The bank said existing projects would continue", "follow closely.",
  ("World Bank", N, neu, "", "procedure; notes the government's steps without welcoming them"))
U(d, "Saied told his National Security Council on Feb. 21", "act urgently against it.",
  ("Tunisia", C, neg, "", "background with a position: claims a plot + orders action against migrants (not a canonical actor) -> target empty"))
# "Rights groups say hundreds of Black migrants ..." = unnamed speakers, no row.
U(d, "Guinea was the first to react on the ground", "on March 1.",
  ("Guinea", S, neu, "", "repatriation flight for its nationals = assistance by act (unsure: could be neutral)"))
U(d, "Foreign Minister Morissanda Kouyate said Guinea would keep the air bridge open", "all who did.",
  ("Guinea", S, pos, "", "offer of help to its nationals"))
U(d, "Mali repatriated 133 people on Saturday", "lost their homes.",
  ("Mali", S, neu, "", "repatriation + crisis cell helping families = assistance"))
U(d, "\"No Malian will be left on the pavement in Tunis,\"", "at the airport.",
  ("Mali", S, pos, "", "pledge of help to its nationals"))
U(d, "Ivory Coast flew 145 citizens to Abidjan", "registered with its embassy to leave.",
  ("Ivory Coast", S, neu, "", "repatriation flight by act + registration figure"))
U(d, "The Ivorian government said it had set up a reception centre", "said in a statement.",
  ("Ivory Coast", S, pos, "", "assistance to returnees; attribution tail"))
# "The African Union had already taken the unusual step ..." = summary line before the specific statement, no row.
U(d, "On Feb. 24, Commission Chairperson Moussa Faki Mahamat summoned", "the union was founded.",
  ("African Union", C, neg, "Tunisia", "summons + 'an affront' = judgement"))
U(d, "He went on to ask every member state to treat migrants with dignity", "put their safety first.",
  ("African Union", T, neu, "", "pronoun = Faki; appeal to protect migrants, no judgement word in this sentence, addressed to all member states"))
U(d, "Tunisia's foreign ministry said it was surprised by the AU statement", "the government's intentions.",
  ("Tunisia", N, neg, "", "rejects the criticism as baseless = denial"))
U(d, "\"There is no confusion in Tunisia between Africans", "would remain so.",
  ("Tunisia", N, neg, "", "denial/clarification; 'smuggling gangs' are not a canonical actor"))
U(d, "Saied himself said on Thursday he was \"not a racist\"", "nothing to fear.",
  ("Tunisia", N, neg, "", "denial + reassurance about own conduct"))
U(d, "On Sunday the government announced that registered migrants", "reports of abuse.",
  ("Tunisia", N, neu, "", "measures announced by the government about its own conduct = plans"))
# "Presidential spokespeople did not respond ..." = non-answer, no row.
U(d, "U.S. State Department spokesman Ned Price said Washington was deeply concerned", "violence against migrants.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "\"We urge the Tunisian authorities to meet their obligations", "told a briefing on Monday.",
  ("United States", T, neu, "Tunisia", "appeal to protect migrants, no judgement"))
U(d, "The U.N. human rights office in Geneva said the president's language", "Black people in the country.",
  ("United Nations", C, neg, "Tunisia", "'racially charged' + fed hostility = judgement"))
U(d, "It called on the authorities to investigate every reported assault", "to account.",
  ("United Nations", T, neu, "Tunisia", "demand for investigations (as in batch5c: an inquiry demand is an appeal)"))
# "Italy, which sees Tunisia as its front line ..., struck a different note." = summary line, no row.
U(d, "Foreign Minister Antonio Tajani said Rome would press the International Monetary Fund", "Italian shores.",
  ("Italy", S, neu, "Tunisia", "lobbying for financial support to Tunis = backing by act; Rome = metonym"))
U(d, "\"Tunisia needs help, not lectures,\"", "in Rome.",
  ("Italy", S, neu, "Tunisia", "backing; the jab at critics has no canonical target (spoken as foreign minister, at a party meeting)"))
U(d, "The European Union's foreign policy spokesperson said the bloc was following events closely", "Tunisian authorities.",
  ("European Union", N, neg, "", "monitoring, no appeal = neutral (guide: 'we are monitoring', negative tone)"))
U(d, "Inside Tunisia, the powerful UGTT labour union joined hundreds of marchers", "\"Tunisia is an African land\".",
  ("Tunisian General Labour Union", C, neg, "Tunisia", "joining a protest march against the campaign = protest by act (unsure: could be supporting migrants with no canonical target)"))
U(d, "UGTT Secretary-General Noureddine Taboubi said the campaign against migrants was a disgrace", "in search of work.",
  ("Tunisian General Labour Union", C, neg, "Tunisia", "'a disgrace' = judgement of the authorities' campaign"))
U(d, "The Tunisian Forum for Economic and Social Rights (FTDES), which monitors migration, said", "after the speech.",
  ("Tunisian Forum for Economic and Social Rights", C, neg, "Tunisia", "figure of 'arbitrary arrests' = accusation by description (unsure: could be a neutral figure)"))
U(d, "\"The state has handed a licence to every racist in the country,\"", "withdraw his words.",
  ("Tunisian Forum for Economic and Social Rights", C, neg, "Tunisia", "judgement + demand to retract"))
U(d, "The opposition National Salvation Front accused Saied", "flour, sugar and coffee.",
  ("National Salvation Front (Tunisia)", C, neg, "Tunisia", "accusation"))
U(d, "Some 21,000 sub-Saharan Africans live in Tunisia", "the real number is higher.",
  ("Tunisian Forum for Economic and Social Rights", N, neu, "", "figure cited by FTDES; 'aid groups' unnamed, no row"))
U(d, "Nadia Ferchichi, a political scientist at the University of Sousse, said", "external financing.",
  ("Nadia Ferchichi", N, neg, "", "independent analyst (invented); assessment of consequences, no judgement of an actor"))
U(d, "\"Tunis has spent years trying to sell itself", "she said.",
  ("Nadia Ferchichi", N, neg, "", "same assessment in a quote"))
# "Tunisia is negotiating a $1.9 billion loan ..." = background, no row.
