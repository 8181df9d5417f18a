# ------------------------------------------------------------------ Karachi airport bombing of a Chinese convoy (wire copy, 2024-10-07)
d = "page_karachi_portqasim_2024_wire.txt"
# Not statements: menu, headline (carries China's demand: headline = never a statement), byline, bullets, ADVERTISEMENT, crossheads, credits, tags, most read.
U(d, "China on Monday demanded that Pakistan hunt down and punish", "power plants and roads.",
  ("China", C, neg, "", "dateline excluded; lede: demand to hunt down and punish the attackers = judgement on them; culprit not yet named in the sentence -> target empty"))
# "The blast tore through a convoy ..." = narration + figures from 'hospital officials' (not an actor), no row.
U(d, "The Baloch Liberation Army, an outlawed separatist group, said", "into the convoy.",
  ("Baloch Liberation Army", N, neu, "", "claim of its own attack given as fact, no judgement in this sentence = neutral"))
U(d, "The group said the engineers had been chosen because Chinese companies", "with Islamabad's blessing.",
  ("Baloch Liberation Army", C, neg, "China", "reported clause: accusation of plunder against Chinese firms (and Islamabad) = condemning; China the main target"))
U(d, "In a statement posted before dawn, the Chinese embassy in Islamabad", "in China and Pakistan.",
  ("China", C, neg, "", "embassy = China; 'cowardly act of terror' + condolences: the judgement decides (rule 1); attackers unnamed -> target empty"))
U(d, "The embassy said it had asked the Pakistani side to spare no effort", "to the hospital overnight.",
  ("China", C, neg, "", "demand that the killers pay + investigation; a judgement on the attackers (condemning, target empty). Unsure: could be read as an appeal to Pakistan"))
U(d, "Chinese citizens and firms in Pakistan were told to keep a low profile", "from the embassy.",
  ("China", N, neu, "", "passive + 'according to a notice from the embassy'; security advice to own citizens = procedure, neutral"))
U(d, "Later on Monday, China's foreign ministry said in a statement", "between the two countries.",
  ("China", N, neg, "", "shock and grief + assurance that ties hold; no judgement word on an actor, no appeal = neutral, negative (unsure: defiance could be read as support for Pakistan)"))
U(d, "\"Beijing will go on backing Pakistan's campaign", "the ministry said.",
  ("China", S, neu, "Pakistan", "backing of Pakistan's counter-terror campaign (support) joined to an expectation; support decides"))
U(d, "Prime Minister Shehbaz Sharif called the bombing a heinous act", "would not escape.",
  ("Pakistan", C, neg, "", "'heinous' + vow that the culprits will not escape = condemning; attackers unnamed -> target empty"))
U(d, "Sharif sent his condolences to President Xi Jinping", "in person.",
  ("Pakistan", S, neg, "China", "condolences to China's leaders (supporting, as in batch5c) + an order; 'his office said' second-hand attribution"))
U(d, "Interior Minister Mohsin Naqvi said that investigators would trace", "project in Sindh.",
  ("Pakistan", C, neg, "", "vow to trace the network 'to its last link' = threatened response against the attackers; with a security review"))
U(d, "Zia-ul-Hassan Lanjar, the home minister of Sindh province, told reporters", "for several minutes.",
  ("Pakistan", N, neu, "", "provincial minister resolves to his state; findings of the investigation = neutral"))
U(d, "Lanjar said security protocols for the convoy had been followed.",
  "Lanjar said security protocols for the convoy had been followed.",
  ("Pakistan", N, neu, "", "surname only; reassurance about own conduct = neutral"))
U(d, "The Foreign Office in Islamabad said Pakistan shared China's grief", "on Pakistan itself.",
  ("Pakistan", S, neg, "China", "solidarity with China in grief = supporting"))
U(d, "Its spokesperson, Mumtaz Zahra Baloch, rejected suggestions", "simply untrue.",
  ("Pakistan", N, neg, "", "denial of the media reports = neutral, negative; Indian media are not an actor"))
U(d, "The United States condemned the bombing and offered condolences", "Matthew Miller said in Washington.",
  ("United States", C, neg, "", "attribution tail; condemnation + condolences, the judgement decides; bombers unnamed -> target empty"))
U(d, "\"No political grievance gives anyone licence to blow up engineers", "on counterterrorism.",
  ("United States", C, neg, "", "judgement without a stock word ('no grievance gives licence'); with cooperation with Pakistan; target empty (aimed at the bombers, the BLA is not named)"))
U(d, "U.N. Secretary-General Antonio Guterres was following reports", "told a briefing in New York.",
  ("United Nations", N, neg, "", "deep concern, no appeal = neutral, negative; spokesperson's attribution tail"))
U(d, "Dujarric said the secretary-general hoped that calm would hold", "in line with international law.",
  ("United Nations", T, neu, "", "spokesperson by surname; hope for calm + call for justice within the law, no judgement word = calling_for_talks"))
U(d, "The European Union's delegation in Islamabad was quoted by local television", "saddened by the loss of life.",
  ("European Union", N, neg, "", "passive 'was quoted as saying'; sadness without judgement or appeal = neutral, negative"))
# "The bombing comes barely a week before Pakistan hosts ..." = background narration, no row.
U(d, "Pakistan's information ministry said on Monday that preparations", "go ahead as planned.",
  ("Pakistan", N, neu, "", "plan for the summit, procedural = neutral"))
# "China has repeatedly pressed Pakistan ... since five Chinese engineers ... at Besham" = vague background, no row.
U(d, "Ayesha Rind, a security analyst at the Islamabad Centre for Conflict Studies, said", "political outreach in Balochistan.",
  ("Ayesha Rind", C, neg, "Pakistan", "invented analyst; judgement on the state's answer ('more checkpoints rather than any political outreach') without a stock word"))
U(d, "\"This is a pattern now, not an accident of timing,\" Rind said.",
  "\"This is a pattern now, not an accident of timing,\" Rind said.",
  ("Ayesha Rind", N, neg, "", "assessment, no judgement on an actor = neutral"))
U(d, "\"Islamabad needs to open a real conversation with Baloch leaders", "another recruiting season.\"",
  ("Ayesha Rind", T, neg, "Pakistan", "speaker carried across the paragraph break; appeal for dialogue; 'crackdown hands militants a recruiting season' is a warning, not a named judgement -> calling_for_talks (unsure)"))
U(d, "Wei Hanlin, who teaches South Asian studies", "would not turn into a break.",
  ("Wei Hanlin", N, neu, "", "invented scholar; forecast, no position"))
U(d, "\"What you will see is louder language in public", "Wei said.",
  ("Wei Hanlin", N, neu, "", "forecast = neutral"))
# "Pakistan's stock exchange fell 0.4% ..." = market narration, no row.
