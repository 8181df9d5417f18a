# ------------------------------------------------------------------ Five Eyes statement on Hong Kong's disqualified lawmakers (scraped Hong Kong regional daily, 2020-11-19)
d = "page_hk_legcodisqualify2020_regionaldaily.txt"
# Not statements: masthead, tagline, date/menu line, breadcrumb, headline, standfirst, byline, time stamps, [Photo n/4] captions
# with credits, ADVERTISEMENT, capitals crossheads, Related, tags, newsletter prompt, Most Popular, copyright.
FIVE = ["United States", "United Kingdom", "Canada", "Australia", "New Zealand"]
U(d, "The foreign ministers of the United States, Britain, Canada, Australia and New Zealand", "to muzzle dissent.",
  *[(s, C, neg, "China", "lede: joint statement by a list of five states, one row each; appeal + accusation: rule 1") for s in FIVE])
U(d, "In their joint statement, the five governments said the new disqualification rules", "Sino-British Joint Declaration.",
  *[(s, C, neg, "China", "'the five governments' = the listed states; breach of the treaty = judgement") for s in FIVE])
U(d, "The ministers also tied the rules to the year's earlier blows", "out of public life.",
  *[(s, C, neg, "China", "'the ministers' = the five; charge of squeezing out critics, aimed at the authorities (Beijing as the statement's addressee)") for s in FIVE])
# "Civic Party lawmakers Alvin Yeung ... lost their seats on Nov 11 under a decision ..." = background narration (passive), no row.
# "Fifteen of their pro-democracy colleagues resigned the next day ..." = narration, no row.
U(d, "British Foreign Secretary Dominic Raab had said last week", "broken the treaty.",
  ("United Kingdom", C, neg, "China", "a specific earlier statement: breach of the treaty = judgement"))
U(d, "The foreign secretary said Britain would press ahead", "(Overseas) passports.",
  ("United Kingdom", S, pos, "", "office holder named by title only (Raab, from the previous paragraph); an offer to Hong Kong people (not an actor) = supporting by act, target empty (unsure: it is also a response to Beijing)"))
# "Beijing hit back within hours." = summary line, no row.
U(d, "The Office of the Commissioner of the Chinese Foreign Ministry in Hong Kong said", "late on Wednesday.",
  ("China", C, neg, "", "Commissioner's Office = China; rebuff of 'foreign governments' (several) -> target empty; 'according to a statement posted' = attribution tail"))
U(d, "At a daily briefing in Beijing on Thursday, foreign ministry spokesman Zhao Lijian told", "keep out of its affairs.",
  ("China", C, neg, "", "demand to stop meddling addressed to the five = a rebuke; several states -> target empty"))
U(d, "Zhao warned that China would respond firmly", "might take.",
  ("China", C, neg, "", "threat of a response = condemning; several states -> target empty"))
U(d, "A spokesman for the SAR government said it strongly objected to the joint statement", "the city and the country.",
  ("Hong Kong government", C, neg, "", "'gross interference' = judgement of the five (several) -> target empty"))
U(d, "Chief Executive Carrie Lam said lawmakers who could not uphold the Basic Law", "Standing Committee's decision.",
  ("Hong Kong government", N, neu, "", "defence of its own measure, no judgement of another actor (unsure: the first clause judges the ousted lawmakers, not canonical actors)"))
U(d, "Lam also said the council would go on scrutinising bills", "grinding to a halt.",
  ("Hong Kong government", N, pos, "", "reassurance about the council's work = neutral, positive tone"))
U(d, "Alvin Yeung, who leads the Civic Party, said the disqualifications showed", "in the legislature.",
  ("Civic Party", C, neg, "China", "party leader speaks for the party (new actor); judgement of Beijing"))
U(d, "Yeung thanked the five governments for speaking out, but said they should follow", "officials responsible.",
  ("Civic Party", C, neg, "China", "thanks joined to a call for sanctions on (Chinese and SAR) officials: a call for sanctions is condemning and decides the row (rule 1); target = the side to be sanctioned (unsure: the officials are both Beijing's and the SAR's)"))
# "Pro-Beijing lawmakers welcomed the ruling." = summary line, no row.
U(d, "Starry Lee, chairwoman of the Democratic Alliance", "get on with its work.",
  ("Democratic Alliance for the Betterment and Progress of Hong Kong", S, pos, "China", "approval of the Standing Committee's decision = supporting China"))
U(d, "On Wednesday morning, police said they had arrested three former pro-democracy lawmakers", "more arrests were possible.",
  ("Hong Kong government", N, neu, "", "police = Hong Kong government; own arrests reported with no judgement of another actor = neutral (as with one's own strike reported as done)"))
U(d, "The European Union's foreign policy chief, Josep Borrell", "undo them.",
  ("European Union", C, neg, "China", "judgement + appeal = rule 1"))
U(d, "In Tokyo, Chief Cabinet Secretary Katsunobu Kato told reporters", "grave concern.",
  ("Japan", N, neg, "", "concern with no appeal = neutral, negative tone"))
U(d, "Taiwan's Mainland Affairs Council said the island would continue to offer help", "statement on Thursday.",
  ("Taiwan", S, pos, "", "offer of help to Hong Kong people (not an actor) = supporting; target empty"))
U(d, "Grace Ng Wai-ling, a lecturer in constitutional law", "without any hearing.",
  ("Grace Ng Wai-ling", N, neg, "", "invented scholar; description of the mechanism, critical but with no judgement word (unsure)"))
U(d, "\"When the government can simply decide who sits in the legislature", "Ng said.",
  ("Grace Ng Wai-ling", C, neg, "", "the election reduced to a formality = judgement of the system; 'the government' is the SAR's and Beijing's -> target empty"))
U(d, "Tam Chi-keung, vice-chairman of the pro-establishment One Country Forum", "change the outcome.",
  ("Tam Chi-keung", N, neu, "", "invented pro-establishment voice; forecast, no judgement"))
U(d, "Tam said he hoped the city could now put political fights aside", "the pandemic.",
  ("Tam Chi-keung", T, pos, "", "hope for calm after a political fight = calling_for_talks (the guide's hope rule; unsure: it is not an appeal for talks between parties)"))
