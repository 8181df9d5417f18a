# ------------------------------------------------------------------ Haiyang Shiyou-981 rig standoff (Vietnamese state media in English, scraped, 2014-05-14)
d = "page_hd981_rig_vnstatemedia.txt"
# No rows: masthead, menus, headline, standfirst ("VietLink – Viet Nam continues ..."), photo captions, crossheads
# ("Rammed and sprayed", "Firm but restrained", "Regional voice", "International concern", "Beijing's distortions",
# "Order in Binh Duong"), ADVERTISEMENT, "Related:", Related News, tags, comments prompt, most viewed, licence/copyright.
U(d, "Viet Nam on May 14 once again demanded that China immediately remove", "Beijing's actions in the East Sea.",
  ("Vietnam", C, neg, "China", "dateline 'Ha Noi (VietLink) – ' excluded; 'placed illegally' + demand to stop attacks = condemning; the 'growing number of countries' clause is a summary (no rows)"))
# "The rig was moved on May 2 ..." and "China has since deployed a large fleet ..." = background narration by the outlet: no rows.
U(d, "According to the Viet Nam Coast Guard Command, by 2pm on May 14", "almost tripled in a day.",
  ("Vietnam", N, neu, "", "coast guard figures with the attribution first, no judgement = neutral"))
U(d, "The Fisheries Surveillance Department said the same morning", "within ten nautical miles of the rig.",
  ("Vietnam", C, neg, "China", "state agency; accusation made by describing the attacks on its vessels = condemning"))
U(d, "Speaking at an international press conference in Ha Noi on May 7, Ngo Ngoc Thu", "flying low overhead.",
  ("Vietnam", C, neg, "China", "role after the name; 'deliberately rammed' = accusation"))
U(d, "Eight Vietnamese vessels were damaged and six officers were hurt", "he said.",
  ("Vietnam", N, neu, "", "figures with an attribution tail ('he' = Thu) = neutral"))
U(d, "Tran Duy Hai, Vice Chairman of the National Boundary Commission", "basis in international law.",
  ("Vietnam", C, neg, "China", "legal rebuttal: China's claim has no basis = judgement"))
U(d, "Foreign Ministry spokesman Le Hai Binh said Viet Nam had contacted the Chinese side", "a serious answer.",
  ("Vietnam", N, neg, "", "own diplomatic contacts counted, with a complaint but no judgement word = neutral, negative"))
U(d, "\"Viet Nam has been patient and restrained from the first day.", "ready to talk,\" Binh said.",
  ("Vietnam", T, pos, "", "multi-sentence quote closed by its speaker (surname) = one unit; dialogue and peaceful means = calling_for_talks"))
U(d, "He added that Viet Nam would take every appropriate step", "if China refused to withdraw.",
  ("Vietnam", C, neg, "China", "pronoun = Binh; conditional threat of a response"))
U(d, "Binh rejected Chinese claims that Vietnamese ships had rammed", "kept their distance throughout.",
  ("Vietnam", N, neg, "", "denial = neutral, negative; China's claim is the object of the denial (its own statement is Yi's sentence below), no China row here (unsure)"))
U(d, "Deputy Prime Minister and Foreign Minister Pham Binh Minh, in phone talks", "sit down to negotiate.",
  ("Vietnam", C, neg, "China", "'grave violation' + demand + call to negotiate: rule 1; Yang Jiechi only addressed"))
U(d, "Yang, according to the ministry's account, merely repeated Beijing's claim", "to the area.",
  ("China", N, neu, "", "China's position reported by Viet Nam's ministry: a restated claim, no judgement = neutral (the outlet's 'merely' is its own tone)"))
U(d, "At the 24th ASEAN Summit in Nay Pyi Taw on May 11, Prime Minister Nguyen Tan Dung", "more dangerous by the day.",
  ("Vietnam", C, neg, "China", "'false accusations and more warships' = judgement; Dung speaks for Viet Nam at the summit, not for ASEAN"))
U(d, "He asked ASEAN member countries and the international community", "on the basis of international law.",
  ("Vietnam", T, neu, "", "pronoun = Dung; appeal for a peaceful settlement, no judgement = calling_for_talks"))
U(d, "On May 10, ASEAN foreign ministers meeting in the Myanmar capital", "without the threat or use of force.",
  ("ASEAN", T, neg, "", "the ministers' joint statement = ASEAN; concern + appeal to all parties (no side named) = calling_for_talks, negative"))
U(d, "Myanmar President Thein Sein, who chaired the summit", "return to dialogue.",
  ("ASEAN", T, pos, "", "head of state speaking as the summit chair = ASEAN (guide); hope for peace = calling_for_talks"))
U(d, "Philippine President Benigno Aquino III, meeting Dung on the sidelines", "under international law.",
  ("Philippines", S, pos, "Vietnam", "joint agreement to stand together = solidarity, supporting"),
  ("Vietnam", S, pos, "Philippines", "same agreement, the other party (one row per actor)"))
U(d, "US Secretary of State John Kerry, in phone talks with Minh on May 11", "praised Viet Nam for its restraint.",
  ("United States", C, neg, "China", "'a provocation' + praise of Viet Nam: the judgement decides (rule 1)"))
U(d, "According to US State Department spokeswoman Jen Psaki, Kerry made the same point", "separate call on May 12.",
  ("United States", C, neg, "China", "the same judgement repeated to China's foreign minister, attribution first"))
U(d, "Wang, according to the Chinese side's account, told Kerry", "irresponsible remarks on the matter.",
  ("China", C, neg, "United States", "surname only; 'irresponsible remarks' = rebuke of the US"))
U(d, "In Tokyo, Japanese Chief Cabinet Secretary Yoshihide Suga told reporters", "with grave concern.",
  ("Japan", C, neg, "China", "'one-sided actions raising tension' blames China (unsure: could be concern without appeal = neutral); Tokyo = place"))
U(d, "Foreign Minister Fumio Kishida said Japan would stay in close contact", "the countries concerned.",
  ("Japan", N, neu, "", "own diplomatic plan, no judgement or appeal = neutral"))
U(d, "A spokesperson for the European Union's External Action Service said the bloc was worried", "under the Convention on the Law of the Sea.",
  ("European Union", T, neg, "", "EEAS = European Union; concern + appeal to all sides = calling_for_talks"))
# "China, for its part, has continued to distort the facts." = the outlet's own judgement: no row (the outlet is not an actor).
U(d, "Its foreign ministry spokeswoman, Hua Chunying, insisted at a regular briefing", "stop \"harassing\" the Chinese operation.",
  ("China", C, neg, "Vietnam", "'Its' = China's; claim + demand that Viet Nam stop 'harassing' = accusation"))
U(d, "At a press conference in Beijing on May 8, Yi Xianliang", "171 times.",
  ("China", C, neg, "Vietnam", "accusation with a figure; Beijing = place"))
# "On May 13, some workers in Binh Duong ... local authorities said." = unnamed local authorities, narration: no row.
U(d, "Prime Minister Nguyen Tan Dung on May 14 ordered ministries and provinces", "anyone who broke the law.",
  ("Vietnam", N, neu, "", "own measures to restore order = neutral"))
U(d, "Hua said on May 14 that China was seriously concerned about the attacks on Chinese companies", "protect Chinese citizens.",
  ("China", C, neg, "Vietnam", "formal representations (a protest) + demand: condemning (unsure: could be concern + demand = calling_for_talks)"))
# The Ly Son fisherman (unnamed) and his quote; "Overseas Vietnamese ... have also held rallies" = not actors / narration: no rows.
