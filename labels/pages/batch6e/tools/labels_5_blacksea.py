# ------------------------------------------------------------------ Russia quits the Black Sea Grain Initiative, strikes on Odesa's ports (UN noon briefing, 2023-07-20)
d = "page_blacksea_odesa_unbriefing.txt"
U(d, "The Secretary-General condemns the Russian Federation's repeated strikes", "relies on.",
  ("United Nations", C, neg, "Russia", "SG statement read by the spokesperson"))
U(d, "Deliberately damaging infrastructure that civilians depend on", "duty to spare it.",
  ("United Nations", T, neg, "", "a conditional legal warning that names no actor + a reminder to all parties = appeal to protect civilians (unsure: could be read as a veiled judgement of Russia)"))
U(d, "The damage is already being felt far from Ukraine:", "feel it first.",
  ("United Nations", N, neg, "", "concern and facts, no appeal"))
U(d, "The Secretary-General remains determined to get food", "without obstruction.",
  ("United Nations", T, pos, "", "commitment to keep up the diplomatic effort on exports from both sides (unsure: could be a neutral plan)"))
U(d, "Staying on Ukraine, our colleagues at the Office", "civilians were wounded.",
  ("United Nations", N, neg, "", "OCHA = UN; damage and casualties, no blame in the sentence"))
U(d, "Denise Brown, the Resident and Humanitarian Coordinator for Ukraine,", "without homes.",
  ("United Nations", C, neg, "Russia", "'unacceptable' aimed at Russia's strikes"))
U(d, "She said humanitarian organizations were already in Odesa", "families affected.",
  ("United Nations", S, neu, "Ukraine", "aid delivered = backing by act; recipients are Ukrainian civilians -> target Ukraine (as batch5c's aid to Gaza -> Palestine)"))
U(d, "As you know, the Initiative ended on Monday", "since then.",
  ("United Nations", N, neu, "", "JCC facts"))
U(d, "The World Food Programme (WFP) reminds us", "through the corridor.",
  ("World Food Programme", N, neu, "", "figures"))
U(d, "WFP says any rise in the price of grain", "already stretched.",
  ("World Food Programme", N, neg, "", "concern without an appeal"))
U(d, "The Food and Agriculture Organization (FAO) is watching prices", "4 August.",
  ("Food and Agriculture Organization", N, neu, "", "monitoring + a publication date"))
U(d, "Tomorrow morning, the Security Council will hold a briefing", "Martin Griffiths.",
  ("United Nations", N, neu, "", "meeting announced by the spokesperson, no requester named"))
U(d, "Russia's Defence Ministry said yesterday that, from midnight,", "military cargo.",
  ("Russia", C, neg, "Ukraine", "position reported inside a journalist's question (as batch5c): treating ships bound for Ukraine as military targets = threat"))
U(d, "Ships carrying food and other civilian goods must never be treated as targets.", "targets.",
  ("United Nations", T, neg, "", "spokesman: demand to spare civilian shipping, nobody named"))
U(d, "We would urge everyone to refrain", "greater risk.",
  ("United Nations", T, neg, "", "appeal to all to avoid escalation"))
U(d, "Today Ukraine's Defence Ministry said it could treat ships", "from tomorrow.",
  ("Ukraine", C, neg, "Russia", "counter-threat reported inside a question"))
U(d, "Our message is the same for everyone.", "everyone.",
  ("United Nations", T, neu, "", "elliptic reply: repeats the appeal just made, now to Kyiv as well"))
U(d, "President Erdoğan said this week he still expects Russia", "face to face.",
  ("Turkey", T, pos, "Russia", "hope that Russia returns + intention to raise it with Putin = calling_for_talks, reported in a question"))
U(d, "He is in close contact with the Turkish authorities", "moving again.",
  ("United Nations", T, pos, "", "support of Turkey's efforts + openness to any initiative: no judgement, so the appeal decides over the support (rule 2 before rule 3)"))
U(d, "The Russian foreign ministry says Moscow will consider rejoining", "actually been delivered.",
  ("Russia", T, neg, "", "conditional offer to return (README: offering talks even conditionally = calling_for_talks); the grievance is implied, not stated as a judgement (unsure: could be condemning)"))
U(d, "We have worked in good faith on the Memorandum", "Russian side wanted.",
  ("United Nations", N, neu, "", "account of its own conduct (README: reassurance/self-account = neutral)"))
U(d, "The Secretary-General's letter to President Putin of last week", "still on the table.",
  ("United Nations", T, pos, "Russia", "proposal kept open to Russia = calling_for_talks"))
U(d, "Ukraine's foreign ministry welcomed what the Secretary-General said on Monday", "would not stop it.",
  ("Ukraine", C, neg, "Russia", "welcome + accusation in one sentence: rule 1, the judgement decides"))
U(d, "The Secretary-General has been clear, and he will keep using every channel he has.", "every channel he has.",
  ("United Nations", T, neu, "", "commitment to continued diplomacy"))
U(d, "Kenya's foreign ministry says Russia has let the drought-hit countries", "down.",
  ("Kenya", C, neg, "Russia", "judgement without stock words, reported in a question"))
U(d, "I'm not going to characterize the statements of Member States.", "Member States.",
  ("United Nations", N, neu, "", "declines to comment on Kenya's judgement = neutral"))
U(d, "What is clear is that those who can least afford it", "this decision.",
  ("United Nations", N, neg, "", "concern without an appeal or a judgement of an actor"))
U(d, "President Zelensky has written to the Secretary-General", "the UN alone.",
  ("Ukraine", T, pos, "", "proposal of an arrangement with the UN and Türkiye = diplomatic course (unsure: could be neutral)"))
U(d, "The letter has been received and is being studied.", "being studied.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "What I can say is that the safety of ships and crews", "all sides.",
  ("United Nations", N, neu, "", "a condition stated, no appeal addressed to anyone (unsure: could be read as calling for agreement)"))
