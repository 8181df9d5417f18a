# ------------------------------------------------------------------ US withdrawal from the Iran nuclear deal (live blog, full HTML, 2018-05-08/09)
d = "page_iran_deal_withdrawal_liveblog.html"
U(d, "French President Emmanuel Macron told Rouhani in a telephone call on Wednesday", "according to the Elysee.",
  ("France", T, neu, "Iran", "entry headings and timestamps are never statements; commitment to the accord + request to Iran to keep its side = calling_for_talks; attribution tail (the Elysee)"))
U(d, "Yukiya Amano, the director general of the International Atomic Energy Agency", "they asked to see.",
  ("IAEA", N, neu, "", "verification facts = neutral"))
U(d, "The agency was following developments closely, he added.", "The agency was following developments closely, he added.",
  ("IAEA", N, neg, "", "'The agency' by context; monitoring without an appeal = neutral, negative (guide)"))
U(d, "Iran's supreme leader, Ayatollah Ali Khamenei, dismissed Trump's speech", "he said he did not trust.",
  ("Iran", C, neg, "", "judgement of Trump's speech + distrust of the E3; aimed at the US and three European states -> target empty"))
U(d, "Foreign ministry spokesman Bahram Qasemi said separately that Zarif would travel", "future of the agreement.",
  ("Iran", N, neu, "", "a travel plan announced = neutral"))
U(d, "China's foreign ministry spokesman, Geng Shuang, told a regular briefing", "act responsibly.",
  ("China", T, neu, "", "commitment to uphold the agreement + appeal to all parties"))
U(d, "The Israeli military said it had spotted unusual movements by Iranian forces", "open bomb shelters.",
  ("Israel", N, neg, "", "own precautionary measures and an alert, no judgement, no appeal = neutral, negative"))
U(d, "Germany's foreign minister, Heiko Maas, told the ARD broadcaster", "partners to save it.",
  ("Germany", T, neu, "", "commitment to keep the agreement alive = calling_for_talks"))
U(d, "Russia's foreign ministry said it was bitterly disappointed", "most of the world.",
  ("Russia", C, neg, "United States", "accusation of putting its interests above international law"))
U(d, "The ministry said Russia was open to working further with the remaining parties", "relations with Iran.",
  ("Russia", T, neu, "", "'The ministry' by context; openness to work with the remaining parties = calling_for_talks; rule 2 before rule 3 over the ties with Iran (unsure: could be supporting Iran)"))
U(d, "Saudi Arabia said it supported the US withdrawal and the return of sanctions", "the state news agency SPA.",
  ("Saudi Arabia", S, pos, "United States", "backing; SPA only carries the statement (not an actor)"))
U(d, "The kingdom accused Tehran of spending the proceeds of sanctions relief", "around the region.",
  ("Saudi Arabia", C, neg, "Iran", "'The kingdom' by context; accusation"))
U(d, "UN Secretary-General Antonio Guterres said he was deeply troubled", "commitments in full.",
  ("United Nations", T, neg, "", "concern + appeal to the remaining parties"))
U(d, "EU foreign policy chief Federica Mogherini said the bloc would stay committed", "nuclear obligations.",
  ("European Union", T, neu, "", "'the bloc' = EU; commitment to the agreement = calling_for_talks"))
U(d, "She appealed directly to Tehran not to walk away in response.", "She appealed directly to Tehran not to walk away in response.",
  ("European Union", T, neu, "Iran", "'She' = Mogherini; appeal addressed to Iran"))
U(d, "In a televised address, President Hassan Rouhani said Iran would stay in the deal", "guarantee Iran's interests.",
  ("Iran", T, neu, "", "conditional commitment to stay in the agreement = calling_for_talks"))
U(d, "He accused the United States of never having honoured its own commitments", "under the agreement.",
  ("Iran", C, neg, "United States", "'He' = Rouhani; accusation"))
U(d, "He said he had told the Atomic Energy Organization of Iran to prepare", "with the other parties failed.",
  ("Iran", C, neg, "", "conditional threat to resume unlimited enrichment; aimed at no one party -> target empty"))
U(d, "Foreign Minister Mohammad Javad Zarif wrote on Twitter", "promised Iran.",
  ("Iran", T, neu, "", "a round of diplomacy with the remaining parties = calling_for_talks"))
U(d, "In a joint statement, Emmanuel Macron, Angela Merkel and Theresa May said they regretted", "would stand by the accord.",
  ("France", C, neg, "United States", "joint statement of three leaders: one row each; 'regretted Washington's decision' = 'regrettable' aimed at an act (guide) -> rule 1 over the commitment to the accord"),
  ("Germany", C, neg, "United States", "same joint statement (Merkel)"),
  ("United Kingdom", C, neg, "United States", "same joint statement (May)"))
U(d, "Israeli Prime Minister Benjamin Netanyahu said in a televised statement", "path to a bomb.",
  ("Israel", S, pos, "United States", "backing and praise of the decision"))
U(d, "Secretary of State Mike Pompeo said Washington would work with its allies", "activities in the region.",
  ("United States", T, neu, "", "pursuit of a wider agreement with allies = a diplomatic course (unsure: could be a neutral plan)"))
U(d, "Trump said the United States would leave the 2015 agreement", "economic sanctions on Iran.",
  ("United States", C, neg, "Iran", "judgement of the deal + sanctions on Iran = condemning"))
U(d, "He warned that countries helping Iran's nuclear programme", "American sanctions.",
  ("United States", C, neg, "", "'He' = Trump; threat of sanctions against unnamed third countries -> target empty; the welcome entry and the related link that follow are no statements"))
