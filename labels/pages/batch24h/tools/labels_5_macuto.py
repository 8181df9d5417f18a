# ------------------------------------------------------------------ The Macuto Bay incursion ("Operation Gideon") (live blog, 2020-05-03/04)
d = "page_macuto_gideon2020_liveblog.txt"
# Not statements: masthead, menu, LIVE tag, headline, date, bylines, "blog is now closed", key events bullets, refresh bar,
# time stamps, "Good morning.", ADVERTISEMENT, sign-off, related coverage, newsletter prompt, topics, copyright.
U(d, "Venezuela's interior minister, Néstor Reverol, went on state television", "north of Caracas.",
  ("Venezuela", N, neu, "", "own forces' operation reported as done, no judgement yet"))
U(d, "Reverol said the group had been intercepted in speedboats", "backing of the United States.",
  ("Venezuela", C, neg, "", "blame of 'mercenaries' trained in Colombia with US backing: two states accused -> target empty"))
U(d, "Diosdado Cabello, the ruling party's number two, showed reporters rifles", "assassinate government leaders.",
  ("Venezuela", C, neg, "", "Cabello = Venezuela (name files); accusation of an assassination plot, attackers not yet named"))
U(d, "\"They came to kill, and they found the people", "Cabello said.",
  ("Venezuela", C, neg, "", "judgement of the attackers; first part of a quote split by its attribution"))
U(d, "\"Whoever sent them will answer for it.\"", "answer for it.\"",
  ("Venezuela", C, neg, "", "threat against the unnamed sponsors = condemning; continued quote of Cabello"))
U(d, "Defence Minister Vladimir Padrino López said eight attackers had been killed", "the whole coast.",
  ("Venezuela", N, neu, "", "casualty figures + alert status = neutral"))
# "Reporters could not independently confirm ..." / "Photographs circulated ..." = narration, no row.
U(d, "A resident of Macuto, Yelitza Marcano, told the Ledger", "circling the bay.",
  ("Yelitza Marcano", N, neg, "", "invented named resident (witness); account"))
U(d, "\"Nobody here knew who was shooting at whom", "she said.",
  ("Yelitza Marcano", N, neg, "", "witness's fear, no judgement of an actor"))
U(d, "An unusual twist: Jordan Goudreau, a former US Army Green Beret", "with Venezuelan dissidents.",
  ("Silvercorp USA", C, neu, "Venezuela", "Goudreau = his company (new actor); claiming an armed operation against the government = announcing a military operation against another side"))
U(d, "In the video, Goudreau said the mission was still under way", "other parts of the country.",
  ("Silvercorp USA", C, neu, "Venezuela", "operation announced as ongoing; 'He did not offer evidence.' is the blog's narration"))
U(d, "Opposition leader Juan Guaidó, whom the United States and about 60 countries recognise", "link to the operation.",
  ("National Assembly of Venezuela", N, neg, "", "Guaidó = National Assembly of Venezuela (name files); denial; the recognition clause is background"))
U(d, "His office said in a statement that Guaidó had no relationship with Silvercorp", "the country's collapse.",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "denial + accusation of the government: the accusation makes it condemning"))
U(d, "Venezuela's foreign minister, Jorge Arreaza, said on Twitter", "put on the record.",
  ("Venezuela", C, neg, "", "holding Colombia and the US responsible in a letter to the UN; two targets -> empty"))
U(d, "Overnight, Colombia's foreign ministry rejected the accusations", "nothing to do with the incursion.",
  ("Colombia", N, neg, "", "rejecting accusations = denial: neutral, negative"))
U(d, "\"Colombia does not lend its territory for attacks on any country", "the ministry said.",
  ("Colombia", C, neg, "Venezuela", "denial with a jab at 'the regime' (implies it knows it is lying) (unsure: could be a plain denial)"))
U(d, "A second boat has been intercepted off Chuao", "according to the Venezuelan government.",
  ("Venezuela", N, neu, "", "facts given by the government"))
U(d, "Maduro says those detained include two US citizens.", "two US citizens.",
  ("Venezuela", N, neu, "", "fact given by the president"))
U(d, "Maduro appeared on state television holding what he said were their US passports", "to kill him.",
  ("Venezuela", C, neg, "United States", "accusation of a plot directed from Washington"))
U(d, "\"This was ordered in Washington", "without offering proof.",
  ("Venezuela", C, neg, "United States", "accusation; 'without offering proof' is the blog's narration"))
U(d, "He said the government would put all those captured on trial", "organise the incursion.",
  ("Venezuela", C, neg, "", "announced prosecutions and extradition requests = measures against the plotters; no canonical target named"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova said", "defend itself.",
  ("Russia", C, neg, "", "'crude attempt to overthrow ... by force' = judgement; + support for Venezuela: rule 1; organisers not named -> target empty"))
U(d, "Cuban Foreign Minister Bruno Rodríguez wrote on Twitter", "people and government.",
  ("Cuba", C, neg, "", "condemnation + solidarity: rule 1; target empty (attackers not named)"))
U(d, "A State Department spokesperson, asked about Maduro's charges", "Venezuela's crisis.",
  ("United States", C, neg, "Venezuela", "denial that carries a charge ('attempts to blame others') = condemning"))
U(d, "\"This was not a US government operation, full stop,\"", "the spokesperson said.",
  ("United States", N, neg, "", "plain denial"))
U(d, "\"Our goal remains a peaceful, negotiated transition", "free and fair elections.\"",
  ("United States", T, neu, "", "continued quote; aim of a negotiated transition = calling_for_talks"))
U(d, "The UN secretary-general's spokesman said the United Nations was aware", "raise tensions further.",
  ("United Nations", T, neu, "", "appeal to all sides for restraint"))
# "Some context from Miami: ..." = background, no row.
U(d, "Goudreau told a Miami broadcaster on Monday", "called false.",
  ("Silvercorp USA", C, neg, "National Assembly of Venezuela", "accusation that Guaidó's team broke the deal"),
  ("National Assembly of Venezuela", N, neg, "", "'called false' = denial"))
U(d, "Andrés Pacheco Lozano, a security analyst", "a propaganda gift.",
  ("Andrés Pacheco Lozano", N, neg, "", "invented analyst; assessment of the operation's odds and effect, no explicit judgement"))
U(d, "\"Sixty poorly armed men in speedboats", "he said.",
  ("Andrés Pacheco Lozano", C, neg, "", "'reckless' + 'should be held accountable' = judgement; sponsors not named -> target empty"))
U(d, "Pacheco said the episode would make it harder for the opposition", "negotiated way out.",
  ("Andrés Pacheco Lozano", N, neg, "", "forecast"))
U(d, "Attorney General Tarek William Saab said his office would seek arrest warrants", "including Goudreau.",
  ("Venezuela", C, neg, "Silvercorp USA", "announced arrest warrants = measure against the organisers (Goudreau = Silvercorp USA)"))
