# ------------------------------------------------------------------ Peng Shuai's disappearance from view (international wire copy, 2021-11-19)
d = "page_china_pengshuai_whereabouts2021_wire.txt"
# Not statements: section line, headline, byline, read time, time stamp, ADVERTISEMENT, reporting/editing credits, standards line, Read Next links.
U(d, "The United States and the United Nations on Friday demanded", "has so far brushed aside.",
  ("United States", T, neg, "China", "lead carries the position: demand for proof of safety, no judgement word; the 'brushed aside' clause is narration"),
  ("United Nations", T, neg, "China", "joint subject: same demand, one row per actor"))
U(d, "Peng, a former doubles world number one, has not been seen", "had coerced her into sex.",
  ("Peng Shuai", C, neg, "", "narration + Peng's reported accusation against Zhang (a person, not canonical) -> target empty"))
# "The post was deleted within about half an hour ..." = narration, no row.
U(d, "White House press secretary Jen Psaki said the administration wanted", "whether she was all right.",
  ("United States", T, neg, "China", "spokesperson by role and name; request for verifiable proof, no judgement"))
U(d, "\"A woman who says she was assaulted deserves", "at her daily briefing.",
  ("United States", C, neg, "China", "'rather than made to disappear ... as true in Beijing' = judgement of China's handling (unsure: framed as a principle)"))
U(d, "She said Beijing's treatment of its critics", "keep saying so.",
  ("United States", C, neg, "China", "pronoun = Psaki; accusation without a stock word"))
U(d, "In Geneva, the U.N. human rights office said it wanted assurances", "into her allegation.",
  ("United Nations", T, neg, "China", "assurances + call for a transparent investigation, no judgement"))
U(d, "\"What matters now is a clear answer", "told a regular news briefing.",
  ("United Nations", T, neu, "China", "spokeswoman introduced after the quote; implicit appeal for information"))
U(d, "The office was not yet in contact with Chinese officials", "Throssell added.",
  ("United Nations", N, neu, "", "surname only; procedural fact"))
U(d, "China's foreign ministry spokesperson Zhao Lijian told a daily briefing", "rather than to the foreign ministry.",
  ("China", N, neu, "", "deflecting the question = neutral"))
U(d, "Pressed by foreign reporters, Zhao said he hoped", "for their own purposes.",
  ("China", C, neg, "", "'hoped' wraps an accusation of hype aimed at unnamed critics = judgement; target empty"))
# "He did not elaborate." = no position, no row.
U(d, "A British government spokesperson said London was following", "with Chinese officials.",
  ("United Kingdom", N, neg, "", "concern + raising the case, no appeal in this sentence -> neutral, negative"))
U(d, "\"We need to see for ourselves that Peng Shuai is safe and free,\"", "looked into properly.",
  ("United Kingdom", T, neg, "China", "'the spokesperson' carried over; request for evidence and an inquiry, no judgement"))
U(d, "In Paris, the French foreign ministry said France was watching", "without going further.",
  ("France", N, neu, "", "monitoring, no appeal"))
U(d, "The Women's Tennis Association (WTA), which runs the women's professional tour", "an adequate answer.",
  ("Women's Tennis Association", C, neg, "China", "threatened withdrawal of tournaments = threatened response -> condemning"))
U(d, "\"We cannot ask our players to compete in a country", "said in an interview on Thursday.",
  ("Women's Tennis Association", C, neg, "China", "chairman speaks for the WTA; a player 'can disappear' = judgement"))
U(d, "\"No contract is worth more than that.\"", "\"No contract is worth more than that.\"",
  ("Women's Tennis Association", C, neg, "China", "quote continued after the attribution, same speaker; resolve behind the threat (unsure: could be neutral alone)"))
U(d, "Simon said an email released this week by state broadcaster CGTN", "only deepened his concern.",
  ("Women's Tennis Association", N, neg, "", "surname; concern without appeal; the broadcaster is not an actor"))
U(d, "He said he did not believe she had written it.", "He said he did not believe she had written it.",
  ("Women's Tennis Association", C, neg, "China", "implies the state-released email was not hers = accusation (unsure: could be neutral disbelief)"))
U(d, "The men's tour, the ATP, said in a statement", "a full and open inquiry.",
  ("ATP", S, neg, "Women's Tennis Association", "concern + backing the WTA's request -> supporting (rule 3; no judgement)"))
# "The International Olympic Committee ... struck a softer note." = narration, no row.
U(d, "A spokesperson said the committee was confident", "not comment further for now.",
  ("International Olympic Committee", T, pos, "", "preference for discreet diplomacy = calling_for_talks"))
U(d, "Japan's top government spokesman, Chief Cabinet Secretary Hirokazu Matsuno", "no room for doubt.",
  ("Japan", T, neu, "China", "hope for a clear resolution = calling_for_talks (hope)"))
# "Players have joined the calls." = lead-in, no row.
U(d, "Japan's Naomi Osaka wrote on social media", "were safe.",
  ("Naomi Osaka", N, neg, "", "shock and hope for one person's safety, no appeal to anyone -> neutral (unsure: could be calling_for_talks as a hope)"))
U(d, "Hannah Okafor, a senior fellow who follows China's sports diplomacy", "over a human rights case.",
  ("Hannah Okafor", N, neu, "", "invented analyst; analysis of leverage, no position"))
U(d, "\"Governments have said something today", "Okafor said.",
  ("Hannah Okafor", S, pos, "Women's Tennis Association", "praise of the WTA's stand by contrast with governments"))
U(d, "Yuen Ka-ming, who teaches sport and politics at a university in Hong Kong", "with the Beijing Games in mind.",
  ("Yuen Ka-ming", C, neg, "International Olympic Committee", "invented scholar; imputes motive to the IOC = judgement"))
U(d, "\"When the stakes are this high, silence is not neutral.", "he said.",
  ("Yuen Ka-ming", C, neg, "International Olympic Committee", "multi-sentence quote closed by 'he said'; judgement without a stock word"))
# "Zhang, 75, retired ... could be reached for comment." and "China's embassy ... did not immediately respond" = no position, no row.
