# ------------------------------------------------------------------ First confirmed Chinese military airspace violation over Japan, off the Danjo Islands (Japanese English-language news site, full HTML, 2024-08-27)
d = "page_danjo_y9_airspace_2024_japannews.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline/time/read time, figures with
# captions and credits ("1 of 2"), ADVERTISEMENT, crossheads, tags, share bar, related stories, readers' comments,
# most read, footer.
U(d, "The government on Tuesday lodged its strongest protest yet", "entered Japanese airspace.",
  ("Japan", C, neg, "China", "lede carrying a position: 'the government' = Japan; a protest = condemning"))
U(d, "The Y-9 intelligence-gathering aircraft crossed into the airspace", "according to the Defense Ministry.",
  ("Japan", N, neu, "", "facts from the Defense Ministry (attribution tail 'according to')"))
U(d, "Air Self-Defense Force fighters were scrambled and issued warnings", "back toward the Chinese mainland.",
  ("Japan", N, neu, "", "its own scramble reported as done, no judgement = neutral"))
U(d, "Chief Cabinet Secretary Yoshimasa Hayashi said the flight had trampled", "let the matter pass.",
  ("Japan", C, neg, "China", "judgement without a stock word ('trampled on Japan's sovereignty') + 'would not let the matter pass'"))
U(d, "\"Whatever the intention behind it, a military aircraft entering our airspace", "his regular press conference.",
  ("Japan", C, neg, "China", "'not something any government could shrug off' = judgement without a stock word; surname only in the attribution"))
U(d, "He said the government would keep a close watch", "the Self-Defense Forces Law.",
  ("Japan", C, neg, "China", "pronoun subject; warning of a firm response to further intrusions = threat = condemning"))
U(d, "On Monday evening, Vice Foreign Minister Masataka Okano summoned Shi Yong", "the Foreign Ministry said in a statement.",
  ("Japan", C, neg, "China", "summons + protest + demand, attribution tail 'the Foreign Ministry said in a statement'"))
U(d, "In Beijing, Foreign Ministry spokesperson Lin Jian said the relevant departments", "toward any neighbour.\"",
  ("China", N, neg, "", "checking the facts + denial of intent = neutral, negative tone"))
U(d, "Lin said Beijing and Tokyo had been in touch about the matter", "crossed the line.",
  ("China", N, neu, "", "contacts reported, no answer on the facts = neutral"))
U(d, "He said China hoped Japan would look at the matter calmly", "agreed on in November.",
  ("China", T, neu, "Japan", "hope for calm and for ties not to be set back = calling_for_talks"))
# "The Chinese Defense Ministry made no comment on Tuesday." = non-answer, no row.
U(d, "Defense Minister Minoru Kihara said the ministry was still analyzing", "the naval base at Sasebo.",
  ("Japan", N, neu, "", "analysis under way + a geographic note, no judgement = neutral"))
U(d, "Japan and China opened a defense hotline last year", "used on Monday.",
  ("Japan", N, neu, "", "background clause + a refusal to disclose = neutral"))
U(d, "Prime Minister Fumio Kishida, who is stepping down next month", "closely with the United States.",
  ("Japan", N, neu, "", "instructions about its own surveillance, no judgement = neutral"))
U(d, "U.S. Ambassador Rahm Emanuel said on social media", "region's democracies closer together.",
  ("United States", C, neg, "China", "judgement without a stock word ('test its neighbors' patience')"))
U(d, "The U.S.-Japan alliance, he added, was", "as it has ever been.\"",
  ("United States", S, pos, "Japan", "'he added', attribution in the middle; affirmation of the alliance = supporting"))
U(d, "Taiwan's Ministry of Foreign Affairs said in a statement carried by the Central News Agency", "coordination in the region.",
  ("Taiwan", S, pos, "Japan", "'in a statement carried by' the agency; solidarity + appeal for coordination (not a peace appeal) = supporting"))
# "Diplomats from several European embassies in Tokyo said privately ..." = unnamed speakers of no single body, no row.
# "The opposition was quick to question the government's handling." = summary line, no row.
U(d, "Kenta Izumi, leader of the Constitutional Democratic Party of Japan", "with Chinese leaders directly.",
  ("Constitutional Democratic Party of Japan", C, neg, "Japan", "opposition leader judges his government's reply as too weak + urges a direct approach: rule 1"))
# "Within the ruling camp, the tone was sharper still." = summary line, no row.
U(d, "Economic Security Minister Sanae Takaichi, who is expected to enter the race", "answer with more than words.",
  ("Japan", C, neg, "China", "a sitting minister speaks for the state even as a would-be candidate; 'no accident' + a response beyond words = threat (unsure: could be the party, Liberal Democratic Party of Japan)"))
U(d, "Nagasaki Gov. Kengo Oishi said fishermen in the Goto Islands were uneasy", "keep them informed.",
  ("Japan", N, neg, "", "a prefectural governor resolves to his state (labels/README); unease + a request for information, no peace appeal = neutral"))
# "Two earlier breaches of Japanese airspace ..." = background narration, no row.
U(d, "Takeshi Morinaga, a professor of security studies at Nishi-Nihon University", "the ASDF would react.",
  ("Takeshi Morinaga", N, neu, "", "invented independent scholar introduced by role; reading of the route, no judgement"))
U(d, "\"Beijing has stepped over a line it had respected for decades", "Morinaga said.",
  ("Takeshi Morinaga", C, neg, "China", "surname only; 'deliberately' stepping over a line = judgement without a stock word"))
U(d, "\"If Tokyo wants to avoid a collision in the future", "actually pick up.\"",
  ("Takeshi Morinaga", T, neu, "", "speaker carried across the paragraph break (no attribution in this paragraph); appeal for a working hotline = calling_for_talks"))
U(d, "Kenji Uramoto, a fisherman from Fukue in the Goto Islands", "unsettled people at the port.",
  ("Kenji Uramoto", N, neg, "", "invented named resident (person); unease, no position on an actor"))
U(d, "\"We see Chinese boats out there all the time,\" he said.", "another matter.\"",
  ("Kenji Uramoto", N, neg, "", "quote with the attribution in the middle, one unit; observation, no judgement"))
U(d, "U.S. Forces Japan said in a statement that it was in close contact", "in any way required.",
  ("United States", S, pos, "Japan", "US forces speak for their state; an offer of support to an ally = supporting (backing by act/offer)"))
U(d, "Australia's embassy in Tokyo said Canberra \"stands with Japan\"", "concerned by the incident.",
  ("Australia", S, pos, "Japan", "solidarity joined to concern without an appeal = supporting"))
