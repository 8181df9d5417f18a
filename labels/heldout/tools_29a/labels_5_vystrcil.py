# ------------------------------------------------------------------ Czech Senate President Vystrcil in Taiwan, China's threats (Chinese state media in English, 2020-09-02)
d = "page_vystrcil_taiwan_statemedia.txt"
# No rows: masthead, date, section menu, section path, headline, byline, photo caption, ADVERTISEMENT, crossheads,
# RELATED ARTICLES, Share, Posted in, footer.
U(d, "Chinese State Councilor and Foreign Minister Wang Yi on Tuesday said Czech Senate President", "interference in China's internal affairs.",
  ("China", C, neg, "Czech Republic", "long lead; judgement ('open provocation', 'interference') + announced response; the Senate President is a Czech state official -> target Czech Republic; Berlin = place"))
U(d, "\"Nobody in Europe should doubt how seriously 1.4 billion Chinese people", "Wang said.",
  ("China", C, neg, "Czech Republic", "two-sentence quote closed by its speaker = one unit; warning that China will not back away = threat"))
U(d, "Wang had warned on Monday, at the start of the German leg", "short-sighted political calculation.",
  ("China", C, neg, "Czech Republic", "earlier specific threat ('heavy price') reported as done"))
U(d, "On Monday, Vice Foreign Minister Qin Gang summoned Czech Ambassador", "on its website.",
  ("China", C, neg, "Czech Republic", "summoning an ambassador to protest = a measure -> condemning"))
U(d, "Qin told the envoy that a man holding one of the highest offices", "defend the country's sovereignty.",
  ("China", C, neg, "Czech Republic", "surname only; accusation + warning; Prague = metonym for the Czech Republic, as object"))
U(d, "Foreign Ministry spokesperson Zhao Lijian told a routine press briefing on Tuesday", "harm to bilateral ties.",
  ("China", C, neg, "Czech Republic", "denunciation + demand: rule 1; 'anti-China forces in the Czech Republic' are not an actor, the demand is addressed to the Czech authorities"))
U(d, "Zhao said: \"Taiwan is an inalienable part of China's territory", "is bound to fail.",
  ("China", C, neg, "Czech Republic", "quote opened after a colon and left open (continued in the next paragraph); warning aimed at those who 'use the island' = Vystrcil (unsure about the target)"))
U(d, "\"The DPP authorities should also understand that bringing foreign politicians", "\" he said.",
  ("China", C, neg, "Taiwan", "quote continued in the next paragraph = own unit, same speaker ('he' = Zhao); the DPP authorities = Taiwan; Taipei = place"))
U(d, "Zhao also noted that Czech Foreign Minister Tomas Petricek had said", "distanced itself from the trip.",
  ("Czech Republic", N, neu, "", "Petricek's position reported inside Zhao's sentence = a Czech row (one-China policy unchanged, no evaluation)"),
  ("China", S, pos, "Czech Republic", "appreciation of the Czech government's distance from the trip = supporting"))
U(d, "Czech Prime Minister Andrej Babis had said before the trip", "the government's foreign policy.",
  ("Czech Republic", N, neu, "", "government distancing itself from its own Senate President, no judgement of another actor"))
U(d, "Jiri Ovcacek, spokesperson for Czech President Milos Zeman", "considered the visit inadvisable.",
  ("Czech Republic", N, neg, "", "presidential spokesperson = Czech Republic; disapproval of a Czech official's trip, not a judgement of another actor -> neutral, negative (Zeman, Babis, Petricek only objects)"))
U(d, "The Chinese embassy in Prague said in a statement on Tuesday", "gravely infringed China's sovereignty.",
  ("China", C, neg, "Czech Republic", "embassy = China; accusation of backing separatists"),
  ("Czech Republic", C, neg, "China", "same sentence: the ambassador's summons to the Czech Foreign Ministry over Wang's remarks (passive) = a protest measure by the Czech Republic"))
U(d, "In a speech to the island's legislature on Tuesday, Vystrcil borrowed a line", "quick to hail.",
  ("Czech Republic", S, pos, "Taiwan", "the Senate President speaks for the Czech state; 'declared himself Taiwanese' = solidarity with Taiwan; Kennedy only quoted (historical), no US row"),
  ("Taiwan", S, pos, "Czech Republic", "same sentence: 'the Taiwan authorities were quick to hail' his remarks = welcome"))
U(d, "Vystrcil, in turn, told reporters in Taipei that Wang's warning", "the Chinese side rejects.",
  ("Czech Republic", C, neg, "China", "accusation of meddling; Taipei = place"),
  ("China", N, neg, "", "same sentence: 'an accusation the Chinese side rejects' = denial -> neutral, negative"))
U(d, "The island's so-called foreign ministry claimed that the two sides", "new chapter in their cooperation.",
  ("Taiwan", S, pos, "Czech Republic", "Taiwan's MOFA named by context only ('the island's so-called foreign ministry'); praise of the visit"))
U(d, "A spokesperson for the Taiwan Affairs Office of the State Council said on Wednesday", "compatriots on the island.",
  ("China", C, neg, "Taiwan", "role only; TAO = China; judgement of the DPP authorities (= Taiwan)"))
# No rows: "Some Western politicians and media outlets have rushed to portray ..." (vague, unnamed); "Chinese analysts see it
# differently. They said ..." (unnamed analysts, 'They' resolves to them); the unnamed Beijing-based expert and "The expert noted".
U(d, "The Communist Party of Bohemia and Moravia criticized the trip", "rely on the Chinese market.",
  ("Communist Party of Bohemia and Moravia", C, neg, "Czech Republic", "Czech party under its own name judging its own state's Senate President (unsure about the target: the Senate is a Czech state organ)"))
# No rows: the delegation's schedule and program (narration; Tsai only as object), the second unnamed researcher (not an actor), the Kubera background, and "which the Czech government
# has repeatedly said it respects" (vague, repeated past position in background).
U(d, "German Foreign Minister Heiko Maas, standing beside Wang in Berlin", "as a rebuke of Beijing.",
  ("Germany", C, neg, "China", "veiled rebuke of Wang's threat ('would insist on receiving it in return'), framed by the outlet as Western spin (unsure: could be neutral); Beijing = metonym as object"))
U(d, "A spokesperson for the French foreign ministry was quoted by French media", "against one of its members.",
  ("France", C, neg, "China", "'unacceptable' + refusal of threats = judgement; French media quoting an official -> France"))
U(d, "Asked about the European comments at Wednesday's press briefing, Zhao said", "or at Europe.",
  ("China", N, neu, "", "clarification of whom China's response targets = neutral"))
U(d, "He said China would take all necessary measures to safeguard its core interests", "without giving details.",
  ("China", C, neg, "Czech Republic", "'He' = Zhao; announced unspecified measures = threat (target from context: the Czech side)"))
U(d, "Zhao added that China and Europe were partners rather than rivals", "on the right track.",
  ("China", T, pos, "", "hope for good relations with Europe = calling_for_talks; several states -> target empty"))
# No rows: the social-media line (narration) and the outlet's own editorial ("China Horizon said ..." = the outlet).
