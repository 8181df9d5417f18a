# ------------------------------------------------------------------ China's HQ-9 missiles on Woody Island (Phu Lam): Vietnam's protest and reactions (scraped national daily, 2016-02-20)
d = "page_woodyisland_hq9_2016_hanoidaily.txt"
# Not statements: masthead, menu, breadcrumb, headline, byline line, font/print line, [Photo] captions with credits, crossheads,
# "Also read" links, ADVERTISEMENT, tags, reader comments, most viewed, licence/copyright line.
U(d, "Vietnam on Friday lodged a formal protest", "the country's sovereignty.",
  ("Vietnam", C, neg, "China", "lede: protest + 'grave violation' judgement"))
U(d, "The Foreign Ministry spokesman said diplomatic notes had been handed", "to all member states.",
  ("Vietnam", C, neg, "China", "own government by title only; protest notes = protest by act (unsure: could be read as procedure, neutral)"))
U(d, "\"These deployments trample on Vietnam's sovereignty", "the spokesman said in a statement.",
  ("Vietnam", C, neg, "China", "judgement ('trample on') + danger"))
U(d, "\"China must halt this work without delay", "shipped to the island.\"",
  ("Vietnam", T, neg, "China", "quote carried into the next paragraph, same speaker; a demand to one side to stop with no judgement word = calling_for_talks, negative (labels/README)"))
U(d, "The spokesman added that Vietnam's claim to both", "legal and historical foundations.",
  ("Vietnam", N, neu, "", "assertion of its own claim, no judgement of another actor"))
U(d, "At a cabinet meeting in Hanoi, the Prime Minister asked the ministries concerned", "in line with international law.",
  ("Vietnam", T, neu, "", "'the Prime Minister' by title only; instruction to defend rights by peaceful means = peaceful course (unsure: an internal instruction, could be neutral)"))
# "China, which seized the Paracels from South Vietnam in 1974, has expanded ..." = background, no row.
U(d, "Chinese Foreign Minister Wang Yi, speaking in Beijing alongside", "entirely within its rights.",
  ("China", N, neu, "", "justification of its own deployment = neutral; Bishop's presence is narration"))
U(d, "Wang also accused some Western media outlets", "out of the satellite pictures.",
  ("China", C, neg, "", "accusation aimed at unnamed media -> target empty"))
U(d, "China's Defence Ministry brushed the reports aside as sensational", "were nothing new.",
  ("China", N, neg, "", "dismissal of the reports = denial-like, neutral with a negative tone"))
U(d, "On Friday, Chinese Foreign Ministry spokesman Hong Lei turned the charge around", "driving up tension.",
  ("China", C, neg, "United States", "blames the US for the tension, no stock word"))
U(d, "US Secretary of State John Kerry told reporters in Washington that President Xi Jinping had promised", "pointed the other way.",
  ("United States", C, neg, "China", "reported clause: Xi's pledge is reported inside Kerry's position (Kerry's is the statement); charge of a broken promise"))
U(d, "Kerry said he expected to take the matter up with Chinese officials", "the following week.",
  ("United States", T, neu, "China", "surname only; plans talks with China"))
U(d, "Pentagon spokesman Peter Cook said the deployment would not change", "operated in the region.",
  ("United States", N, neu, "", "own operations unchanged = plan, no judgement"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshihide Suga said Japan regarded", "on the matter.",
  ("Japan", C, neg, "China", "'impermissible' = judgement aimed at China's move (China not named in the clause but the context makes it the target)"))
U(d, "Taiwan's Defence Ministry, which first confirmed the presence of the missiles", "monitoring the island closely.",
  ("Taiwan", N, neu, "", "confirmation + monitoring, no appeal = neutral"))
U(d, "Taiwanese President Ma Ying-jeou urged all parties to refrain", "tension in the region.",
  ("Taiwan", T, neu, "", "appeal to all parties"))
U(d, "The Philippine Department of Foreign Affairs said the deployment ran against China's own pledges", "code of conduct for the sea.",
  ("Philippines", C, neg, "China", "judgement without a stock word (broken pledges, eroded trust)"))
U(d, "Australian Prime Minister Malcolm Turnbull called on every claimant", "in the disputed waters.",
  ("Australia", T, neu, "", "appeal to all claimants, no judgement"))
U(d, "A spokesperson for the European Union's External Action Service said", "concerned by the reports.",
  ("European Union", N, neg, "", "concern with no appeal = neutral, negative; 'the bloc'"))
U(d, "The deployment came only days after the leaders of the United States and the ten ASEAN member states", "to non-militarisation.",
  ("United States", T, pos, "", "joint commitment to peaceful settlement, reported in a narration sentence (unsure: background; kept as a joint statement by a list)"),
  ("ASEAN", T, pos, "", "the ten member states as a bloc; same joint commitment"))
U(d, "Professor Nguyen Van Thanh, a specialist in the law of the sea", "promises it had made to its neighbours.",
  ("Nguyen Van Thanh", C, neg, "China", "invented scholar; 'plain defiance' judgement"))
U(d, "\"Every runway extension and every missile battery makes a negotiated settlement harder,\" Thanh said.", "Thanh said.",
  ("Nguyen Van Thanh", C, neg, "China", "surname only; judgement of China's build-up as blocking a settlement"))
U(d, "\"ASEAN should speak with one voice", "before it is too late.\"",
  ("Nguyen Van Thanh", T, neu, "ASEAN", "quote carried into the next paragraph, same speaker; appeal for a negotiated code"))
U(d, "In Ly Son, Tran Thi Mai, whose husband's boat was chased", "keep the sea calm.",
  ("Tran Thi Mai", T, pos, "", "invented fisherwoman; hope for calm = calling_for_talks"))
U(d, "He praised the Philippines for putting its dispute with China before the arbitral tribunal", "rather than reaching for weapons.",
  ("Nguyen Van Thanh", S, pos, "Philippines", "praise of Manila's arbitration case = supporting (no judgement of China in the sentence)"))
