# ------------------------------------------------------------------ North Korea cuts ties with Malaysia over the Mun Chol Myong extradition (Malaysian news site, full HTML, 2021-03-21)
d = "page_malaysia_nkorea_tiescut2021_klsite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline and standfirst (carry positions; never statements),
# byline, time stamp, share bars, figure captions with credits, ADVERTISEMENT, crossheads, Read more link, tags, reader comments,
# comment policy, most read, newsletter prompt, footer.
U(d, "North Korea's diplomats left Kuala Lumpur today", "out of the country.",
  ("North Korea", C, neg, "Malaysia", "dateline excluded; lede carries two measures: severing ties over the extradition = measure against Malaysia -> condemning"),
  ("Malaysia", C, neg, "North Korea", "ordering the whole mission out = expulsion -> condemning (guide)"))
# "About 30 people, including diplomats ..." = narration, no row.
U(d, "Before leaving, the embassy's chargé d'affaires, Kim Yu Song", "to please Washington.",
  ("North Korea", C, neg, "Malaysia", "chargé d'affaires speaks for his state; accusation ('sacrificing an innocent citizen')"))
U(d, "He said the case against the businessman had been manufactured in Washington", "pressure against Pyongyang.",
  ("North Korea", C, neg, "United States", "'He' = Kim Yu Song; accusation of a fabricated case; Washington = metonym for the US government here"))
U(d, "Kim said the staff were leaving with their heads held high", "would one day return.",
  ("North Korea", N, pos, "", "surname only; defiant self-description, no judgement on another actor = neutral"))
U(d, "A handwritten notice taped to the embassy gate said consular services had ended.", "consular services had ended.",
  ("North Korea", N, neu, "", "the embassy's notice: a fact about its own services (withdrawal without protest = neutral)"))
U(d, "A North Korean embassy official, who declined to give his name", "built over many years.",
  ("North Korea", C, neg, "Malaysia", "unnamed official of a named government speaks for it (guide); complaint about the 48-hour deadline = judgement without a stock word on Malaysia's expulsion"))
U(d, "In Friday's statement, carried by the official Korean Central News Agency", "face a reckoning.",
  ("North Korea", C, neg, "", "'carried by' the state agency (not an actor); blame + threat aimed at Malaysia and the US -> two targets, empty"))
U(d, "The ministry described the money laundering charges against Mun Chol Myong", "lawful trade in Singapore.",
  ("North Korea", N, neg, "", "denial of the charges ('an invention') = neutral, negative (unsure: 'invention' implies the US made it up; the threat and the fabrication charge have their own rows)"))
U(d, "Wisma Putra on Friday called Pyongyang's move a hostile overreaction", "at the KL airport.",
  ("Malaysia", C, neg, "North Korea", "Wisma Putra = Malaysia's foreign ministry (metonym); judgement on North Korea's act"))
U(d, "The Malaysian foreign ministry said Mun's case had gone through every level", "of his own choosing throughout.",
  ("Malaysia", N, neu, "", "state adjective; defence of its own process = neutral"))
U(d, "It said the government had no option but to close its embassy in Pyongyang", "48 hours to leave.",
  ("Malaysia", C, neg, "North Korea", "'It' = the ministry; closing the embassy and expelling the mission = measures -> condemning"))
U(d, "Foreign Minister Datuk Seri Hishammuddin Hussein told reporters yesterday", "than about Malaysia.",
  ("Malaysia", C, neg, "North Korea", "judgement without a stock word ('said more about North Korea')"))
U(d, "Asked whether Malaysia had come under American pressure", "and nobody else.",
  ("Malaysia", N, neg, "", "denial of US pressure = neutral, negative"))
U(d, "He said Malaysia still valued its friendship with the North Korean people", "respect for Malaysian law.",
  ("Malaysia", T, pos, "North Korea", "conditional offer to restore relations = calling_for_talks (README: conditional offers of talks)"))
U(d, "Prime Minister Tan Sri Muhyiddin Yassin said in a Facebook post on Saturday", "the independence of its courts.",
  ("Malaysia", N, pos, "", "leader on social media; self-assertion about sovereignty and courts, no judgement named, no appeal = neutral (unsure: an implied warning to Pyongyang)"))
U(d, "Home Minister Datuk Seri Hamzah Zainudin said police had tightened security", "no threat to public order.",
  ("Malaysia", N, neu, "", "security measures at home, facts = neutral"))
U(d, "State Department spokesman Ned Price, asked about the rupture", "run its course.",
  ("United States", S, pos, "Malaysia", "'stood with Malaysia and commended it' = support"))
U(d, "Price added that the department would not comment further", "before an American court.",
  ("United States", N, neu, "", "surname only; declining to comment = neutral"))
U(d, "Asked about the rupture, Chinese foreign ministry spokesman Zhao Lijian said Beijing hoped", "properly through dialogue.",
  ("China", T, pos, "", "hope for dialogue between two parties = calling_for_talks; two parties addressed -> target empty"))
U(d, "South Korea's unification ministry said it was watching developments closely", "back to the negotiating table.",
  ("South Korea", T, neu, "", "monitoring + hope about talks with the North = calling_for_talks (hope)"))
U(d, "Indonesia's foreign ministry, asked whether Jakarta would look after Malaysian interests", "no such request.",
  ("Indonesia", N, neu, "", "state adjective; a fact (no request received), no position on the dispute"))
U(d, "Shahrul Nizam Rosli, a senior fellow at the Kuala Lumpur Centre for Asia-Pacific Studies", "visited Seoul.",
  ("Shahrul Nizam Rosli", N, neu, "", "invented analyst; reading of the timing, no judgement; the Blinken-Austin visit is narration"))
U(d, "“This is a message to Washington more than to Putrajaya.", "he said.",
  ("Shahrul Nizam Rosli", N, neu, "", "analysis in a quote (curly quotes in the page), no judgement"))
U(d, "He said Malaysia had done the right thing by standing by its courts", "invited more pressure.",
  ("Shahrul Nizam Rosli", S, pos, "Malaysia", "approval of Malaysia's stand = supporting"))
U(d, "Lim Wei Ken, who teaches international relations at a university in Selangor", "served neither of them.",
  ("Lim Wei Ken", C, neg, "", "invented scholar; judgement on both governments -> target empty"))
U(d, "He urged Wisma Putra to keep a channel open", "an embassy in Pyongyang.",
  ("Lim Wei Ken", T, neu, "Malaysia", "appeal to keep a diplomatic channel = calling_for_talks; addressed to Malaysia (Wisma Putra)"))
# "Malaysia was once one of North Korea's few friends ..." / "Relations collapsed after Kim Jong Nam ..." = background narration, no row.
# "Mun, who was arrested in 2019 at the request of the United States, lost his final appeal ..." = narration, no row.
# Reader comments are never statements.
