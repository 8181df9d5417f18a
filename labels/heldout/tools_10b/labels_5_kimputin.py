# ------------------------------------------------------------------ Kim Jong Un meets Putin at the Vostochny cosmodrome (Reuters-style wire, 2023-09-13)
d = "page_kim_putin_vostochny_wire.txt"
U(d, "Russia is ready to help North Korea with its satellite programme", "Moscow's war in Ukraine.",
  ("Russia", S, pos, "North Korea", "offer of help = supporting (guide); 'Western governments fear' = vague (no row); dateline excluded"))
U(d, "Putin, who showed Kim around the assembly hall", "without giving details.",
  ("Russia", N, neu, "", "surname only; agenda of the talks, no position"))
U(d, "Kim, speaking through an interpreter at the start of the talks", "stronger than any sanctions.\"",
  ("North Korea", S, pos, "Russia", "Kim = North Korea (as batch3d); backing of Russia's cause = supporting"))
U(d, "At a lunch after the talks, Kim raised a glass", "released by the Kremlin.",
  ("North Korea", S, pos, "Russia", "toast to Russia's victory = approval; the Kremlin only released the footage (no row)"))
U(d, "Kremlin spokesman Dmitry Peskov said the talks", "or were planned.",
  ("Russia", N, neu, "", "format and outcome of the talks = facts"))
U(d, "He brushed aside Western warnings about an arms deal", "build their relations.",
  ("Russia", N, neg, "", "'He' = Peskov; rejecting warnings of 'the West' (no canonical target) = denial-like, neutral with a negative tone (unsure: could be read as condemning)"))
U(d, "Putin told state television after the talks that Russia abided", "including the military one.",
  ("Russia", S, pos, "North Korea", "reassurance about its commitments + readiness to cooperate with Pyongyang, incl. militarily = offered backing (unsure: could be neutral)"))
U(d, "The Kremlin said Kim would go on to visit aircraft plants", "before returning home.",
  ("Russia", N, neu, "", "'The Kremlin' = Russia (name files); programme of the visit"))
U(d, "Hours before the leaders met, North Korea fired two short-range ballistic missiles", "South Korea's military said.",
  ("South Korea", N, neu, "", "South Korea's military reporting a launch = state body giving facts; North Korea is not a speaker"))
U(d, "Japan's Defence Ministry said the missiles appeared", "had been reported.",
  ("Japan", N, neu, "", "facts, no evaluation"))
U(d, "In Washington, State Department spokesperson Matthew Miller said any weapons deal", "further measures.",
  ("United States", C, neg, "", "breach of UNSC resolutions + readiness to take further measures = threat; aimed at both Russia and North Korea -> target empty"))
U(d, "\"We have already acted against the middlemen in this trade,\" Miller told reporters.", "Miller told reporters.",
  ("United States", C, neg, "", "sanctions already taken against brokers = measures against the trade; companies/brokers -> target empty"))
U(d, "\"We are prepared to do more, and nobody in Moscow or Pyongyang should doubt it.\"", "should doubt it.\"",
  ("United States", C, neg, "", "quote continued after the attribution, same speaker; threat to both capitals -> target empty"))
U(d, "He added that the sight of the Russian leader courting Pyongyang", "Moscow's war was going.",
  ("United States", C, neg, "Russia", "'He' = Miller; derision of Russia's conduct = judgement"))
U(d, "South Korea's Unification Ministry said Seoul was watching the summit closely", "breached UN sanctions.",
  ("South Korea", T, neg, "", "monitoring + appeal to both to stop, no judgement word = calling_for_talks; both addressed -> target empty"))
U(d, "A South Korean foreign ministry official, speaking on condition of anonymity", "threatened its security.",
  ("South Korea", C, neg, "", "unnamed official of a named government = South Korea; conditional threat of a response, aimed at both -> target empty"))
U(d, "In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno told a news conference", "Security Council resolutions.",
  ("Japan", N, neg, "", "concern without an appeal = neutral, negative; Tokyo = place"))
U(d, "In Beijing, foreign ministry spokesperson Wang Wenbin declined to comment", "Pyongyang and Moscow alone.",
  ("China", N, neu, "", "declines to comment = neutral"))
U(d, "Ukraine's foreign ministry spokesman Oleg Nikolenko said the meeting showed", "sanctions on both.",
  ("Ukraine", C, neg, "", "judgement ('its aggression', 'pariah regime') + call for sanctions on both = condemning; two targets -> empty"))
U(d, "EU foreign affairs spokesman Peter Stano said any arms deal", "ready to respond.",
  ("European Union", C, neg, "", "'breach of international law' + readiness to respond; aimed at both -> target empty; 'the bloc' = EU"))
U(d, "Stephane Dujarric, spokesman for the UN Secretary-General, reminded both countries", "Russia included.",
  ("United Nations", T, neu, "", "reminder of the sanctions' binding force, no judgement word = demand to comply (calling_for_talks, unsure: could be neutral)"))
U(d, "Leif-Eric Easley, a professor of international studies", "two failed launches this year.",
  ("Leif-Eric Easley", N, neu, "", "named analyst = independent person (own actor); analysis without a position = neutral"))
