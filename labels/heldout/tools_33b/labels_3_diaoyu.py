# ------------------------------------------------------------------ Japan's purchase of three Senkaku/Diaoyu islands; China's protests and patrols (Chinese state media in English, 2012-09-18)
d = "page_diaoyu_purchase_statemedia.txt"
# Not statements: masthead, menu, date, breadcrumb, headline, source/byline line, font/share bar, photo captions with credits and "1 of 6",
# ADVERTISEMENT, capitals crossheads, "Related:", Editor line, Related News, MOST VIEWED, tags, footer.
U(d, "Chinese marine surveillance ships kept up law-enforcement patrols", "every consequence of its error.",
  ("China", C, neg, "Japan", "dateline excluded; long lead: patrols narrated + Beijing's demand and warning (Beijing = metonym, Tokyo = metonym for Japan)"))
U(d, "A fleet of six China Marine Surveillance ships entered the waters", "on Sept. 10.",
  ("China", N, neu, "", "State Oceanic Administration = China; own patrol reported as done, framed as jurisdiction without a judgement = neutral (unsure: could be read as a measure against Japan)"))
U(d, "\"These are normal law-enforcement patrols in China's own waters", "press briefing on Monday.",
  ("China", N, neu, "", "attribution tail; justification of its own patrols = neutral (as batch5c's drills justification)"))
U(d, "Hong said Japan had started the current trouble", "return to a normal track.",
  ("China", C, neg, "Japan", "surname only; blame + demand to undo the step"))
# No row: "Tuesday marks the 81st anniversary ..." (narration)
U(d, "The Japanese government signed a contract on Sept. 11", "approved the deal.",
  ("Japan", N, neu, "", "the purchase itself, a specific act reported as done, no judgement = neutral ('so-called' framing is the outlet's)"))
U(d, "Foreign Minister Yang Jiechi summoned Japanese Ambassador Uichiro Niwa", "as it saw fit.",
  ("China", C, neg, "Japan", "summons + 'null and void' + veiled threat; Beijing = metonym"))
U(d, "Speaking to students at China Foreign Affairs University the same day", "no legal effect whatsoever.",
  ("China", C, neg, "Japan", "Wen: refusal to yield + 'no legal effect' = rejection of Japan's act"))
U(d, "The Foreign Affairs Committee of the National People's Congress said", "history and international law.",
  ("China", C, neg, "Japan", "NPC committee = China (state body)"))
U(d, "Defense Ministry spokesman Geng Yansheng said the armed forces were watching", "defend the country's territory.",
  ("China", C, neg, "Japan", "veiled threat of military action (the army speaks for its state); Japan not named in the sentence but the only other side on the page"))
U(d, "During consultations in Beijing with Shinsuke Sugiyama", "reverse course without delay.",
  ("China", C, neg, "Japan", "Luo: rejection of 'actual control' + demand"),
  ("Japan", T, neu, "", "Japan sending Sugiyama for consultations, reported inside China's sentence = a specific act toward talks (unsure: could be background)"))
U(d, "Vice Minister of Commerce Jiang Zengwei said on Thursday", "lie with the Japanese side.",
  ("China", C, neg, "Japan", "warning about trade + blame"))
U(d, "Defense Minister Liang Guanglie told visiting U.S. Defense Secretary Leon Panetta", "we will not exclude further steps.\"",
  ("China", C, neg, "Japan", "hope for negotiation + threat: the threat decides; quote opened mid-sentence and closed by the sentence"))
U(d, "Liang also asked the United States to respect China's position", "embolden the Japanese side.",
  ("China", T, neg, "United States", "appeal to the US to refrain, no judgement word"))
U(d, "Panetta, who stopped in Tokyo before flying to Beijing, said", "through diplomacy.",
  ("United States", T, neu, "", "no side on sovereignty + appeal to both for diplomacy; Tokyo and Beijing = places"))
U(d, "Chinese analysts noted, however, that Washington has repeatedly said", "to go further.",
  ("United States", S, neu, "Japan", "position of Washington (metonym) reported by unnamed analysts: treaty covers the islands = backing Japan; the analysts get no row"))
U(d, "Japanese Prime Minister Yoshihiko Noda said on Friday", "Kyodo News reported.",
  ("Japan", N, neu, "", "Noda as prime minister = Japan (the name files tie him to his later party); own security measures; Kyodo is not an actor"))
U(d, "Japan also summoned Chinese Ambassador Cheng Yonghua", "called \"regrettable\".",
  ("Japan", C, neg, "China", "summons + 'regrettable' (a judgement word, per the guide)"))
U(d, "Chief Cabinet Secretary Osamu Fujimura has insisted that the purchase", "the \"nationalization\".",
  ("Japan", N, pos, "", "reassurance about its own intent = neutral; the 'Chinese observers' who dismiss it are unnamed -> no row"))
U(d, "Japanese Foreign Minister Koichiro Gemba told Panetta on Monday", "talking with Beijing.",
  ("Japan", T, neu, "China", "wish to keep talking with Beijing; Tokyo = metonym"))
# No row: the CASS researcher (unnamed analyst).
U(d, "The Taiwan authorities also protested against the Japanese move", "representative office in Taipei.",
  ("Taiwan", C, neg, "Japan", "'the island's external affairs department' = Taiwan's foreign ministry in the state media's wording; protest + 'invalid'"))
U(d, "Taiwan leader Ma Ying-jeou called for the dispute to be shelved", "he put forward in August.",
  ("Taiwan", T, neu, "", "shelving the dispute + joint development = peaceful course"))
U(d, "A spokesman for the Taiwan Affairs Office of the State Council said", "common heritage of the Chinese nation.",
  ("China", S, pos, "Taiwan", "TAO = China (name files); praise for the stand of people in Taiwan"))
# No row: "People in dozens of Chinese cities ... took to the streets" (narration; crowds are not actors)
U(d, "Hong said the government understood the anger of the public", "without breaking the law.",
  ("China", T, neu, "", "appeal to its own public for restraint, no judgement"))
U(d, "He added that the authorities would protect the safety of Japanese nationals", "in accordance with the law.",
  ("China", N, pos, "", "'He' = Hong; reassurance about its own conduct = neutral"))
U(d, "Tokyo lodged a complaint over damage to its embassy", "safety of its citizens.",
  ("Japan", C, neg, "China", "Tokyo = metonym; complaint + request (rule 1); Beijing = metonym"))
# No row: "Several Japanese manufacturers ..." (unnamed companies), travel agencies.
