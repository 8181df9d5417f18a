# ------------------------------------------------------------------ Hong Kong extradition-bill protests, suspension of the bill, reactions (Hong Kong English-language site, full HTML, 2019-06-15)
d = "page_hk_extradition_hksite.html"
DAB = "Democratic Alliance for the Betterment and Progress of Hong Kong"
HKG = "Hong Kong government"
# top bar, logo, nav, breaking ticker, kicker, headline, standfirst, byline, time line, share bar, captions ("1 of 3"): never statements
U(d, "Chief Executive Carrie Lam Cheng Yuet-ngor on Saturday suspended", "or to step down.",
  (HKG, N, neu, "", "long lead: own decision + refusal to withdraw, no judgement of another actor; the protests are narration"))
U(d, "She told a packed press conference that the government would stop work", "security panel.",
  (HKG, N, neu, "", "'She' = Lam; procedure and plans"))
U(d, "\"What matters most now is that the streets are quiet again", "Lam said.",
  (HKG, T, neu, "", "wish for calm to return and no more injuries = hope for stability (calling_for_talks); quote closed by its speaker"))
U(d, "\"I have heard the views, and I accept", "fell short.\"",
  (HKG, N, neu, "", "quote continued after the attribution: self-criticism, no appeal or judgement"))
U(d, "She said the government still believed the bill's purpose was right", "remained necessary.",
  (HKG, N, neu, "", "defence of its own bill; the Taiwan murder case is background"))
U(d, "The crisis began last Sunday, when organisers the Civil Human Rights Front said", "to Admiralty.",
  ("Civil Human Rights Front", N, neu, "", "turnout figure given by the organisers = neutral"))
U(d, "Police put the turnout at 240,000 at its peak.", "Police put the turnout at 240,000 at its peak.",
  (HKG, N, neu, "", "Hong Kong police = Hong Kong government (name files); figure"))
# "On Wednesday, tens of thousands surrounded the legislature ... officers fired tear gas ..." narration of events: no row
U(d, "Police Commissioner Stephen Lo Wai-chung that afternoon declared", "at his officers.",
  (HKG, C, neg, "", "declaring a riot + accusation of violence; the protesters are not a canonical actor -> target empty"))
U(d, "Lam, in a recorded television interview that evening", "give in to it.",
  (HKG, C, neg, "", "'an organised attack on the city' + 'would not give in' = judgement without stock words"))
U(d, "Health authorities said 81 people, including 22 police officers", "on Wednesday.",
  (HKG, N, neu, "", "figures from a government body"))
# READ MORE link, crosshead "Organisers: 'Too little, too late'": no rows
U(d, "The Civil Human Rights Front said on Saturday evening that Lam had insulted", "use of force.",
  ("Civil Human Rights Front", C, neg, HKG, "'insulted the public' = judgement; Lam = Hong Kong government"))
U(d, "The group demanded the full withdrawal of the bill", "on Sunday in black.",
  ("Civil Human Rights Front", C, neg, HKG, "'The group' = CHRF; demands + a new protest march called against the government = announced protest action (unsure: could be read as calling_for_talks/neutral)"))
U(d, "In Beijing, foreign ministry spokesman Geng Shuang said in a statement on Saturday night", "full backing.",
  ("China", S, pos, HKG, "endorsement + continued backing = supporting"))
U(d, "He said what happened in Hong Kong was for China alone to deal with", "hands off.",
  ("China", C, neg, "", "'He' = Geng; warning to foreign governments (several, unnamed) = condemning, target empty"))
U(d, "The Hong Kong and Macau Affairs Office of the State Council said separately", "on Wednesday.",
  ("China", C, neg, "", "HKMAO = China (name files, spelled 'Macao' there); condemnation of the violence, no actor named"))
U(d, "The office praised the city's police force", "in the face of attacks.",
  ("China", S, pos, HKG, "'The office' resolved by context; praise of the police = supporting the Hong Kong government"))
U(d, "At his regular briefing on Wednesday, Geng had rejected the notion", "encouraged violence.",
  ("China", C, neg, "", "surname only; rejects the 'peaceful' framing + accuses foreign politicians (unnamed) = condemning, target empty"))
U(d, "The central government's Liaison Office in Hong Kong said the bill", "SAR government's efforts.",
  ("China", S, pos, HKG, "Liaison Office = China (name files); backing of the SAR government"))
U(d, "Pro-Beijing party DAB, the largest group in the legislature", "Starry Lee Wai-king.",
  (DAB, S, pos, HKG, "party under its own name (abbreviation on the page); support for the pause; attribution tail to its chairwoman"))
# crosshead "London, Washington and Brussels": no row
U(d, "British Foreign Secretary Jeremy Hunt welcomed the suspension on Twitter", "people of the city.",
  ("United Kingdom", T, pos, HKG, "welcome + appeal for dialogue, no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "On Wednesday he had asked the authorities to take the public's objections seriously", "had to be upheld.",
  ("United Kingdom", T, neg, HKG, "'he' = Hunt; appeal to reconsider + reminder of treaty rights, no judgement word = calling_for_talks"))
U(d, "Prime Minister Theresa May told the House of Commons", "had to be respected.",
  ("United Kingdom", T, neu, HKG, "concern raised + 'freedoms had to be respected' = concern with an appeal"))
U(d, "In Washington, US President Donald Trump told reporters on Wednesday", "between them.",
  ("United States", T, pos, "", "hope that China and Hong Kong sort it out = calling_for_talks; two parties -> target empty; Washington = place"))
U(d, "House Speaker Nancy Pelosi took a harder line", "if the legislation passed.",
  ("United States", C, neg, HKG, "Speaker = United States (name files); judgement + threat to revisit trade treatment"))
U(d, "State Department spokeswoman Morgan Ortagus had said on Monday", "place to do business.",
  ("United States", N, neg, "", "worry with no appeal = neutral, negative"))
U(d, "The European Union said on Wednesday that it, too, had doubts", "told the city's government so.",
  ("European Union", N, neg, "", "concern conveyed, no appeal in this sentence = neutral, negative"))
U(d, "The bloc's diplomatic service added that people in Hong Kong had the right", "calm the situation.",
  ("European Union", T, neu, "", "'the bloc's diplomatic service' = EEAS = EU; right to assemble + appeal to all sides = calling_for_talks"))
# crosshead "Taipei: 'we will not ask'": no row
U(d, "Taiwan, whose murder case the government cited as the reason", "transfer to the mainland.",
  ("Taiwan", C, neg, HKG, "refusal to use the arrangement, with the grievance stated = refusal in protest (unsure: could be neutral)"))
U(d, "President Tsai Ing-wen wrote on Facebook on Wednesday", "\"one country, two systems\".",
  ("Taiwan", C, neg, "China", "leader on social media: solidarity with Hong Kong youth + 'would never accept one country, two systems' (rejection of Beijing's formula): rule 1"))
U(d, "Amnesty International said the police use of tear gas", "independent investigation.",
  ("Amnesty International", C, neg, HKG, "'breached international standards' + demand for an inquiry: rule 1"))
# the unnamed student and her quote, the political scientists: not actors, no rows
# credits, topics, newsletter, comments, most popular, footer: no rows
