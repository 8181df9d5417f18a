# ------------------------------------------------------------------ Burundi, South Africa and the Gambia announce withdrawal from the ICC (pan-African news site, scraped, 2016-10-28)
d = "page_icc_withdrawals_panafrican.txt"
# never statements: masthead, tagline, date, menu, BREAKING ticker, section path, headline, byline, share bar, reading time, image captions with credits, ADVERTISEMENT, crossheads, READ ALSO, author bio, tags, WhatsApp prompt, related stories, trending, footer
U(d, "The International Criminal Court faced the biggest challenge", "that created the court.",
  ("Gambia", N, neu, "International Criminal Court", "lead reporting three states' exits as a list: withdrawal with no protest stated in this sentence = neutral (guide rule 4), one row per state"),
  ("Burundi", N, neu, "International Criminal Court", "same list: notification to the UN reported as done"),
  ("South Africa", N, neu, "International Criminal Court", "same list: notification to the UN reported as done"))
# no row: "Each of the three has its own quarrel with The Hague, but ... raised fears of a wider walk-out" (narration; fears of no named source)
U(d, "The Gambia's information minister, Sheriff Bojang, announced the decision", "went untouched.",
  ("Gambia", C, neg, "International Criminal Court", "accusation of bias against African leaders (own wording, not the real 'Caucasian' line)"))
U(d, "He said Banjul had asked the court to look into the deaths", "had been ignored.",
  ("Gambia", C, neg, "International Criminal Court", "pronoun subject = Bojang; Banjul = metonym; grievance that the court ignored its request = complaint against the court; the EU is an object, not a speaker"))
# no row: "The announcement carries a particular irony: ... Bensouda ..." (the outlet's observation)
U(d, "In Pretoria, Justice Minister Michael Masutha told a news conference", "peacemaker on the continent.",
  ("South Africa", N, neu, "", "own legal reasoning for the exit, no judgement of another actor; Pretoria = place"))
U(d, "\"We cannot invite a head of state to negotiate peace", "Masutha said.",
  ("South Africa", N, neg, "", "two-sentence quote closed by its speaker: justification, no judgement of the court itself (unsure: 'the position the statute put us in' is a mild complaint)"))
U(d, "He said the notice of withdrawal had been signed by International Relations Minister", "after it was received.",
  ("South Africa", N, neu, "", "procedure"))
U(d, "The government also charged that the court had shown far more zeal", "according to a cabinet statement.",
  ("South Africa", C, neg, "International Criminal Court", "accusation of selective prosecution; attribution tail"))
# no row: "The decision follows the row over Sudanese President Omar al-Bashir's visit ..." (background)
U(d, "The main opposition Democratic Alliance said it would go to court to stop the withdrawal.", "The main opposition Democratic Alliance said it would go to court to stop the withdrawal.",
  ("Democratic Alliance", C, neg, "South Africa", "legal action announced against the government's act = a response taken (condemning); party under its own name"))
U(d, "Its federal executive chairman, James Selfe, said the government had acted unlawfully", "was founded on.",
  ("Democratic Alliance", C, neg, "South Africa", "'Its' = the DA; 'unlawfully' + 'betrayal' = judgement"))
# no row: "Burundi was the first to move." (summary line)
U(d, "After its National Assembly voted overwhelmingly on October 12", "formal notification to New York.",
  ("Burundi", N, neu, "", "vote, law and notification reported as done = procedure; New York = the UN's seat (place)"))
U(d, "The presidency's senior communications adviser, Willy Nyamitwe, wrote on Twitter", "judged by it.",
  ("Burundi", C, neg, "International Criminal Court", "leader's adviser on social media: accusation + refusal of the court's authority in protest"))
# no row: "In April the ICC prosecutor opened a preliminary examination ..." (background for Burundi's move, earlier act; unsure)
U(d, "The government, which has rejected every UN finding on abuses", "office in Bujumbura.",
  ("Burundi", C, neg, "United Nations", "quote-like continuation after a colon: expelling UN investigators and suspending cooperation = measures against another side (expulsion = condemning)"))
U(d, "A government spokesman said the investigators' report", "foreign interference.",
  ("Burundi", C, neg, "United Nations", "unnamed spokesman of a named government speaks for it; denial + accusation of bad faith (the accusation decides)"))
U(d, "Senegal's Justice Minister Sidiki Kaba, who presides over the Assembly of States Parties", "against impunity.",
  ("International Criminal Court", C, neg, "", "the ASP president speaks for the court's Assembly, not for Senegal; 'a setback he deplored' = judgement + appeal to reconsider = condemning (rule 1); two states -> target empty (unsure: ASP mapped to the ICC)"))
U(d, "The court's spokesman, Fadi El Abdallah, confirmed that the Registry", "would not be affected.",
  ("International Criminal Court", N, neu, "", "receipt of notification + effect on cases = procedure"))
U(d, "Ban Ki-moon said on Wednesday, through his spokesman, that he was concerned", "took effect.",
  ("United Nations", T, neg, "", "concern + hope that the governments reconsider, no judgement word = calling_for_talks (unsure: reconsidering a treaty exit is not a peace appeal; neutral would be the other reading)"))
U(d, "The UN High Commissioner for Human Rights, Zeid Ra'ad Al Hussein, was blunter", "elected to protect.",
  ("United Nations", C, neg, "", "judgement of the leaders who leave; three states -> target empty"))
U(d, "The European Union said it found South Africa's decision deeply regrettable", "said in Brussels.",
  ("European Union", C, neg, "South Africa", "'deeply regrettable' = judgement without stock words + appeal to stay = condemning (rule 1); Pretoria = metonym; attribution tail"))
U(d, "The Netherlands, which hosts the court, said it was following", "in The Hague.",
  ("Netherlands", N, neg, "", "concern without an appeal + meeting plan = neutral, negative tone"))
U(d, "The African Union Commission said the decisions were the sovereign choices", "sitting heads of state.",
  ("African Union", N, neu, "", "acknowledgement of sovereign choices + its own reform agenda; no judgement or backing stated (unsure: could be read as supporting the three states)"))
U(d, "Sudan's foreign ministry welcomed South Africa's move", "long ago.",
  ("Sudan", C, neg, "International Criminal Court", "welcome + judgement of the court ('instrument of pressure') = condemning (rule 1); the judgement targets the ICC, not South Africa"))
U(d, "Botswana, one of the court's firmest supporters on the continent, said it would remain a member", "mass crimes.",
  ("Botswana", S, pos, "International Criminal Court", "staying in the court + urging others to stay = support for the court"))
U(d, "Its foreign ministry said Gaborone would lobby at the AU", "rather than undermined.",
  ("Botswana", S, neu, "International Criminal Court", "'Its' = Botswana; Gaborone = metonym; backing by act (lobbying for the court)"))
# no row: "Rights groups were scathing." (summary line)
U(d, "Dewa Mavhinga, Southern Africa director at Human Rights Watch, said Pretoria's decision", "to block it.",
  ("Human Rights Watch", C, neg, "South Africa", "judgement (shielding powerful friends) + appeal to Parliament = condemning (rule 1); Pretoria = metonym"))
U(d, "Amnesty International's regional research director, Netsanet Belay, said the withdrawals", "reverse course.",
  ("Amnesty International", C, neg, "", "'a blow to millions of victims' + appeal = condemning (rule 1); three states -> target empty"))
# no row: "Scholars of the court read the week's events differently." (summary line)
U(d, "Kwame Asante-Darko, who teaches international criminal law", "domestic troubles.",
  ("Kwame Asante-Darko", N, neu, "", "scholar's reading of motives, no judgement"))
U(d, "\"Burundi is facing an investigation", "he said.",
  ("Kwame Asante-Darko", N, neg, "", "multi-sentence quote closed by 'he said' = Asante-Darko; analysis of interests"))
U(d, "Nomvula Khumalo, a researcher on international justice", "put on the table.",
  ("Nomvula Khumalo", N, neg, "", "risk at the next AU summit"))
U(d, "\"If Kenya and Uganda join", "Khumalo said.",
  ("Nomvula Khumalo", N, neg, "", "scenario, no judgement"))
U(d, "She said the court's backers had to accept some of the criticism", "trading accusations in the press.",
  ("Nomvula Khumalo", T, neu, "", "appeal for a formal dialogue between the ICC and African states = calling_for_talks"))
