# ------------------------------------------------------------------ Kempir-Abad committee arrests, Kyrgyzstan (scraped regional daily, 2022-10-29)
d = "page_kyrgyzstan_kempirabad_arrests_regionaldaily.txt"
# Not statements: masthead with cities, date and exchange rates, menu, search, section, headline (carries the UN's and the embassies'
# doubts: headline, no row), standfirst (carries the government's and the supporters' positions: standfirst, no row), byline,
# time/views/comments counters, share bar, [Photo n/4] captions with credits, Advertisement, crossheads, Related, tags, Read also,
# comments prompt, most read, copyright.
U(d, "More than twenty critics of the border agreement with Uzbekistan remained in pre-trial detention", "before any trial.",
  ("United Nations", T, neg, "Kyrgyzstan", "lede: detention narrated + the UN human rights office asks the authorities to justify pre-trial custody, no judgement word = calling_for_talks (due-process appeal, as for demands for an inquiry)"))
# "The detainees, among them former lawmakers, ..." = narration; the court's remand order is narrated as background, no row.
U(d, "Liz Throssell, a spokesperson for the Office of the UN High Commissioner for Human Rights", "had to be respected.",
  ("United Nations", T, neu, "Kyrgyzstan", "spokesperson first by name and role; appeal for prompt judicial review and a full defence = calling_for_talks"))
U(d, "The spokesperson added that a deal affecting the water", "concluded over their heads.",
  ("United Nations", C, neg, "Kyrgyzstan", "'the spokesperson' later; 'concluded over their heads' = judgement of the government without a stock word (unsure: could be read as concern only)"))
U(d, "The Interior Ministry said in a statement that the detainees were suspected of preparing mass unrest", "recordings of their conversations.",
  ("Kyrgyzstan", C, neg, "Kempir-Abad Defence Committee", "accusation against the committee's members (attribution: 'said in a statement')"))
U(d, "According to the ministry, the investigation was continuing", "questioning as witnesses.",
  ("Kyrgyzstan", N, neu, "", "second-hand attribution; procedure"))
U(d, "Kamchybek Tashiev, head of the State Committee for National Security, said the agreement would add", "Osh and Jalal-Abad regions.",
  ("Kyrgyzstan", N, pos, "", "figures about own gains, self-praise of the deal = neutral, positive"))
U(d, "Tashiev warned that anyone who tried to stir up people over the border", "whatever their former rank.",
  ("Kyrgyzstan", C, neg, "", "surname only; threat of prosecution aimed at no named actor -> target empty"))
U(d, "In remarks carried by the state news agency Kabar, President Sadyr Japarov said", "more territory than it gave up.",
  ("Kyrgyzstan", N, pos, "", "'in remarks carried by the state news agency'; denial that land was given away + reassurance = neutral"))
U(d, "Japarov accused some of the agreement's opponents of using the issue", "bring down the government.",
  ("Kyrgyzstan", C, neg, "Kempir-Abad Defence Committee", "surname only; accusation of a plot against the government by the deal's opponents (the committee)"))
U(d, "Presidential press secretary Erbol Sultanbaev wrote on Facebook", "jailed for an opinion.",
  ("Kyrgyzstan", N, neg, "", "denial that anyone is held for opinions = neutral, negative tone"))
U(d, "Ombudsman Atyr Abdrakhmatova said her staff had visited several of the detainees", "complaints of ill-treatment.",
  ("Kyrgyzstan", N, neu, "", "state ombudsman = Kyrgyzstan; facts of a visit"))
U(d, "In a joint statement, the EU Delegation and the embassies of France, Germany and the United Kingdom", "international commitments.",
  ("European Union", T, neg, "Kyrgyzstan", "joint statement by a list: concern + hope for transparent handling = calling_for_talks (concern with an appeal)"),
  ("France", T, neg, "Kyrgyzstan", "same joint statement"),
  ("Germany", T, neg, "Kyrgyzstan", "same joint statement"),
  ("United Kingdom", T, neg, "Kyrgyzstan", "same joint statement"))
U(d, "The US Embassy in Bishkek said it was following the cases closely", "the right to peaceful assembly.",
  ("United States", T, neu, "Kyrgyzstan", "monitoring + encouragement to respect due process, no judgement = calling_for_talks"))
U(d, "Human Rights Watch said the raids looked like punishment", "care deeply about.",
  ("Human Rights Watch", C, neg, "Kyrgyzstan", "judgement without a stock word: the raids as punishment for speech"))
U(d, "The Stockholm-based group Civil Rights Defenders said the way the homes had been searched", "rules of criminal procedure.",
  ("Civil Rights Defenders", C, neg, "Kyrgyzstan", "reported clause: the searches broke the law = judgement"))
U(d, "Amnesty International called on the authorities to free the detainees at once", "public debate on the deal.",
  ("Amnesty International", T, neg, "Kyrgyzstan", "appeal for release and inclusion in the debate, no explicit judgement word = calling_for_talks (unsure: release demands could be read as condemning)"))
U(d, "Members of the Kempir-Abad Defence Committee who are still at liberty said in a statement", "release of their colleagues.",
  ("Kempir-Abad Defence Committee", T, neg, "Kyrgyzstan", "denial of any plan beyond meetings (neutral) + demand for release (appeal) = calling_for_talks by rule 2"))
U(d, "In Tashkent, Uzbek officials described the border agreement as a milestone", "for ratification.",
  ("Uzbekistan", S, pos, "", "officials given by the state's adjective; praise of the agreement = supporting a step; a joint act -> target empty"))
# "Japarov and Uzbek President Shavkat Mirziyoyev are expected to complete the formalities ..." = a meeting/plan in narrative, no row.
U(d, "Aigerim Toktorova, a political scientist in Bishkek, said the authorities had badly misjudged", "as a security one.",
  ("Aigerim Toktorova", C, neg, "Kyrgyzstan", "invented scholar; 'badly misjudged' = judgement of the authorities"))
U(d, "\"The sensible thing now would be to publish the maps", "Toktorova said.",
  ("Aigerim Toktorova", T, neu, "Kyrgyzstan", "appeal for transparency and dialogue with the villages = calling_for_talks"))
U(d, "Bakyt Mamyrov, a farmer from Uzgen district whose family has irrigated from the reservoir", "the other side of the line.",
  ("Bakyt Mamyrov", N, neg, "", "invented named resident; a grievance stated as fact, no explicit judgement"))
U(d, "\"We learned about it from television, like everyone else,\" he said.", "he said.",
  ("Bakyt Mamyrov", N, neg, "", "'he' = Mamyrov; description, no position"))
U(d, "The Kyrgyz foreign ministry said comments by foreign missions", "prejudging its outcome.",
  ("Kyrgyzstan", C, neg, "", "ministry given by its state's adjective; 'out of place' + 'prejudging' = judgement of the embassies' statements (several missions -> target empty)"))
U(d, "The Uzbek foreign ministry declined to comment on the detentions", "an internal matter for Kyrgyzstan.",
  ("Uzbekistan", N, neu, "", "a stated refusal to comment with a reason, no judgement = neutral"))
