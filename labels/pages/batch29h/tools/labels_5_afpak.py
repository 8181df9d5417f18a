# ------------------------------------------------------------------ Afghanistan-Pakistan border clashes (radio interview transcript, 2025-10-12)
d = "page_afpak_borderclashes2025_interview.txt"
# Not statements: station menu, programme and episode lines, editing note, speaker labels, greetings and thanks, the host's own links and questions ("Is that true?", "Is Pakistan ready to talk to Kabul?", "How serious is this?", "So you see an Indian hand in this?", "What happens to ..."), Related episodes, disclaimer, copyright.
# HOST intro "Overnight, Afghan and Pakistani forces fought ..." = narration, no row.
U(d, "Ambassador, the Taliban's spokesman, Zabihullah Mujahid, said this morning", "your border posts.",
  ("Afghanistan", N, neu, "", "host's question reporting the Taliban government's figures (README: reported position in a question = that actor's); figures and claimed gains, no judgement"))
U(d, "Those figures are invented.", "Those figures are invented.",
  ("Pakistan", N, neg, "", "denial of the figures = neutral, negative"))
U(d, "Our military has given the correct numbers", "were killed.",
  ("Pakistan", N, neu, "", "own figures incl. enemy killed; 'terrorists' is a label but the sentence gives figures (unsure: could be condemning)"))
U(d, "Kabul says its forces were only answering Pakistani air strikes", "earlier in the week.",
  ("Afghanistan", C, neg, "Pakistan", "host relays Kabul's position: accuses Pakistan of strikes on Kabul and a market"))
U(d, "I will not go into operational details.", "I will not go into operational details.",
  ("Pakistan", N, neu, "", "declining to comment = neutral"))
U(d, "What I can tell you is that Pakistan will take every step needed", "protect its citizens.",
  ("Pakistan", C, neg, "Afghanistan", "veiled threat of further action (context: strikes on Afghanistan) = condemning"))
U(d, "For two years we have handed Kabul dossiers on the TTP", "has done nothing.",
  ("Pakistan", C, neg, "Afghanistan", "accusation of inaction without a stock word"))
U(d, "An attack on our posts in the middle of the night is not how a neighbour behaves.", "is not how a neighbour behaves.",
  ("Pakistan", C, neg, "Afghanistan", "judgement without stock words"))
U(d, "Our doors have never been closed.", "Our doors have never been closed.",
  ("Pakistan", T, pos, "Afghanistan", "openness to talks"))
U(d, "We want a stable, peaceful Afghanistan, and we are ready to engage", "used against Pakistan.",
  ("Pakistan", T, neu, "Afghanistan", "conditional offer of talks (README: conditional talks = calling_for_talks)"))
U(d, "It is the most serious exchange I have seen in years.", "in years.",
  ("Farah Naz Siddiqui", N, neg, "", "invented analyst; assessment"))
U(d, "Both sides used artillery along a front of hundreds of kilometres", "backed up for miles.",
  ("Farah Naz Siddiqui", N, neu, "", "facts (figures/closures given by an actor = neutral tone)"))
U(d, "I would say Islamabad's frustration about the TTP is real", "this kind of answer.",
  ("Farah Naz Siddiqui", C, neg, "Pakistan", "criticism of covert strikes = judgement on Pakistan"))
U(d, "The Taliban's defence ministry did warn of consequences after the strikes.", "after the strikes.",
  ("Afghanistan", C, neg, "Pakistan", "host reports a warning of consequences = threat"))
U(d, "It did, and it followed through.", "it followed through.",
  ("Farah Naz Siddiqui", N, neu, "", "analyst confirms a fact"))
U(d, "The Taliban leadership has also painted itself into a corner", "its own fighters.",
  ("Farah Naz Siddiqui", N, neg, "", "analysis of the Taliban's position, not a moral judgement (unsure: could be condemning)"))
U(d, "Saudi Arabia and Qatar both put out statements this morning urging", "hold back and talk.",
  ("Saudi Arabia", T, neu, "", "host's report of an appeal by two states; one row per state"),
  ("Qatar", T, neu, "", "same joint-listed appeal"))
U(d, "And in the last hour, Mujahid said Afghan forces had halted their operations", "Doha and Riyadh.",
  ("Afghanistan", T, neu, "", "halting operations at mediators' request = agreeing to a ceasefire"),
  ("Saudi Arabia", T, neu, "", "request to halt (reported by Mujahid) = mediation"),
  ("Qatar", T, neu, "", "request to halt (reported by Mujahid) = mediation"))
U(d, "We appreciate the efforts of our brothers in Saudi Arabia and Qatar", "difficult times.",
  ("Pakistan", S, pos, "", "praise of two mediators -> target empty"))
U(d, "Iran's foreign minister, Abbas Araghchi, told Iranian state television", "lowering tensions.",
  ("Iran", T, neu, "", "hope for calm + offer of help = calling_for_talks"))
U(d, "China, which has close ties with both, said through its foreign ministry", "keep the border stable.",
  ("China", T, pos, "", "hope for dialogue"))
U(d, "The Chinese position matters more than anyone else's here", "a ceasefire can hold.",
  ("Farah Naz Siddiqui", T, pos, "", "multi-sentence answer; call for joint mediation and hope for ceasefire"))
U(d, "He told reporters there that the TTP has no presence in Afghanistan", "own security failures.",
  ("Afghanistan", C, neg, "Pakistan", "host relays Muttaqi: denial + blame for Pakistan's own failures (judgement decides)"))
U(d, "That is simply false, and the timing of that statement", "speaks for itself.",
  ("Pakistan", C, neg, "", "denial + insinuation against India and the Afghan minister; two actors -> target empty"))
U(d, "I will let your listeners draw their own conclusions.", "draw their own conclusions.",
  ("Pakistan", N, neu, "", "declines to answer"))
U(d, "They pay first and they pay most.", "they pay most.",
  ("Farah Naz Siddiqui", N, neg, "", "assessment of civilian cost"))
U(d, "Families in Chaman and Spin Boldak have been sleeping outside", "stuck at the gates.",
  ("Farah Naz Siddiqui", N, neu, "", "facts on civilians (neutral tone per the guide)"))
U(d, "My appeal to both governments is simple", "the next round starts.",
  ("Farah Naz Siddiqui", T, neg, "", "humanitarian access + talks appeal to both"))
U(d, "The United Nations Secretary-General's spokesman said in New York", "through diplomacy.",
  ("United Nations", T, neg, "", "host relays the UN: concern + appeal = calling_for_talks"))
# "We also reached Haji Abdul Wahab Achakzai ..." = host's link, no row.
U(d, "Forty of my trucks are standing at the gate with fruit inside.", "fruit inside.",
  ("Abdul Wahab Achakzai", N, neu, "", "invented trader (independent person); fact"))
U(d, "If this goes on for a week, everything rots", "feed their families.",
  ("Abdul Wahab Achakzai", N, neg, "", "worry about losses, no appeal"))
