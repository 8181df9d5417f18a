# ------------------------------------------------------------------ Nigeria: the Dapchi schoolgirls' abduction (presidency press release, full HTML, 2018-02-27)
d = "page_nigeria_dapchi_abduction2018_statehouse.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, post meta (byline), figcaption, crossheads, ADVERTISEMENT, sign-off, share bar, tags, comments note, related releases, footer.
U(d, "President Muhammadu Buhari has assured the parents of the 110 students", "is back home.",
  ("Nigeria", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "Those who stormed a school full of children", "the President said.",
  ("Nigeria", C, neg, "", "judgement of the attackers without a stock word; the attackers are not named on the page -> target empty"))
U(d, "\"The men who did this want our daughters out of the classroom.", "President Buhari said.",
  ("Nigeria", C, neg, "", "multi-sentence quote closed by the speaker; judgement + defiance"))
U(d, "The President has directed the Nigerian Air Force to keep surveillance aircraft", "cut off their routes.",
  ("Nigeria", C, neg, "", "announced military operation against the abductors = condemning (guide); abductors unnamed -> target empty"))
U(d, "He has also instructed the National Security Adviser to establish", "report directly to him.",
  ("Nigeria", N, neu, "", "inquiry ordered into own troops' withdrawal: procedure, no judgement"))
U(d, "The Defence Headquarters said at the weekend that soldiers had been redeployed", "taken over responsibility for it.",
  ("Nigeria", N, neu, "", "the army speaks for its state; own account of the redeployment, no judgement"))
U(d, "The Nigeria Police Force, in a statement by its spokesman, said it had never received", "from the army.",
  ("Nigeria", N, neg, "", "state agency resolves to Nigeria; denial of a handover = neutral, negative"))
U(d, "The Yobe State Government has withdrawn its earlier announcement", "for the error.",
  ("Nigeria", N, neg, "", "state government/governor resolve to Nigeria (README: provincial officials); retraction + apology, no judgement of another actor"))
U(d, "President Buhari expressed the gratitude of the Government and people of Nigeria", "since the attack.",
  ("Nigeria", S, pos, "", "thanks to many partners -> target empty"))
U(d, "The Secretary-General of the United Nations, António Guterres, condemned the abduction", "without conditions.",
  ("United Nations", C, neg, "", "condemnation + demand for release (rule 1); abductors unnamed -> target empty"))
U(d, "UNICEF said in Abuja that schools must be places of safety", "out of harm's way.",
  ("UNICEF", T, neg, "", "appeal to all parties to protect children, no judgement = calling_for_talks"))
U(d, "In Washington, the State Department said the United States condemned the kidnapping", "bring the students home.",
  ("United States", C, neg, "", "condemnation + offer of help: rule 1 -> condemning"))
U(d, "The British Minister for Africa, Harriett Baldwin, said in a statement", "for the search.",
  ("United Kingdom", S, pos, "Nigeria", "offer of support and specialist advice = supporting"))
U(d, "The Chairperson of the African Union Commission, Moussa Faki Mahamat, was quoted as describing", "no cause could excuse.",
  ("African Union", C, neg, "", "passive attribution ('was quoted as describing'); 'cowardly act' = judgement"))
U(d, "According to a statement from the ECOWAS Commission, the regional body reaffirmed", "Multinational Joint Task Force.",
  ("ECOWAS", S, pos, "Nigeria", "'according to a statement from'; solidarity + pledge of support = supporting"))
U(d, "President Mahamadou Issoufou of Niger and President Idriss Déby Itno of Chad telephoned", "along the common borders.",
  ("Niger", S, pos, "Nigeria", "two leaders as a pair: one row each; sympathy + readiness to cooperate = supporting"),
  ("Chad", S, pos, "Nigeria", "second state of the pair"))
U(d, "The European Union, in remarks by a spokesperson for its High Representative", "with deep concern.",
  ("European Union", N, neg, "", "concern with no appeal = neutral, negative"))
# "The delegation led by the Minister of Foreign Affairs, Geoffrey Onyeama, ... visited Dapchi last week ..." = narration of a visit and meetings, no row.
U(d, "The President's office regrets that some opposition figures have chosen", "before politics.",
  ("Nigeria", C, neg, "", "'The President's office' = Nigeria; 'regrets' + charge of politicising = judgement, rule 1 over the appeal; 'some opposition figures' unnamed -> target empty"))
U(d, "The Peoples Democratic Party had said on Saturday", "without protection.",
  ("Peoples Democratic Party", C, neg, "Nigeria", "opposition party blames the administration (no stock word)"))
U(d, "A traditional ruler in Dapchi, Lawan Mustapha Kolo Gana, told the delegation", "with the security agencies.",
  ("Mustapha Kolo Gana", S, pos, "Nigeria", "invented traditional ruler (independent person); welcome of the government's presence + cooperation = supporting"))
U(d, "\"We are not asking for speeches.", "who chairs a committee formed by the parents.",
  ("Kachalla Modu", T, neg, "Nigeria", "invented parents' representative; appeal for talks with the abductors if it brings the girls back; no judgement"))
U(d, "Modu said the parents were grateful that the ministers had come to Dapchi in person.", "in person.",
  ("Kachalla Modu", S, pos, "Nigeria", "surname only; gratitude = supporting"))
U(d, "Many families, he added, still had no word of their daughters after eight days.", "after eight days.",
  ("Kachalla Modu", N, neg, "", "'he added' = Modu; fact of the families' wait, grief, no judgement"))
U(d, "The President once again called on all Nigerians to stand together", "lead to the girls.",
  ("Nigeria", N, neu, "", "appeal to citizens to help the security agencies: not a diplomatic or peaceful course, no evaluation -> neutral (unsure)"))
