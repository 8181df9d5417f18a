# ------------------------------------------------------------------ Maldives bars Israeli passports (President's Office news page, June 2024)
d = "page_maldives_israelpassports2024_presidency.txt"
# Not statements: menu, language bar, search counter, item headings (one carries the President's quote), date/type lines,
# photo captions "Photo 1 of 3", separators, Related line, share bar, address and copyright.
U(d, "Holders of Israeli passports will be barred from entering the country", "discussed by the Cabinet.",
  ("Maldives", C, neg, "Israel", "entry ban on another state's citizens = measure against Israel; 'the President' unnamed"))
U(d, "The decision was announced at a press conference held at the President's Office", "Mr Ali Ihusaan.",
  ("Maldives", N, neu, "", "procedure: who announced it"))
U(d, "Under the decision, the Attorney General's Office will draft amendments", "to see them through.",
  ("Maldives", N, neu, "", "procedure of the measure"))
U(d, "Minister Ihusaan said the President had taken the step because", "continued unchecked.",
  ("Maldives", C, neg, "Israel", "reported clause; judgement of the killing in Gaza"))
U(d, "The President will also name a special envoy who will report", "Palestine Refugees in the Near East.",
  ("Maldives", S, pos, "Palestine", "aid collection for Palestinians = backing by act"))
U(d, "In a statement issued this morning, the President strongly condemned the Israeli strikes", "promised to protect.",
  ("Maldives", C, neg, "Israel", "condemnation"))
U(d, "\"A state that bombs shelters and blocks bread from reaching children", "before international courts.",
  ("Maldives", C, neg, "Israel", "judgement without stock words + accountability"))
U(d, "The President reiterated his call for an immediate and permanent ceasefire", "access to the Strip.",
  ("Maldives", T, neg, "", "ceasefire and access appeal with no judgement in the sentence"))
U(d, "He also expressed the government's full backing for the South African case", "International Court of Justice.",
  ("Maldives", S, pos, "South Africa", "backing of another state's legal action"))
# "The President this afternoon received the non-resident Ambassador ..." = meeting narration, no row.
U(d, "The Ambassador conveyed the gratitude of President Mahmoud Abbas", "principle over profit.",
  ("Palestine", S, pos, "Maldives", "thanks and praise"))
U(d, "The President assured the Ambassador that the Maldivian people would always stand beside", "as its capital.",
  ("Maldives", S, pos, "Palestine", "solidarity"))
# "The two sides also discussed the delivery of the relief funds ..." = meeting narration, no row.
U(d, "The President's Office has noted that the Ministry of Foreign Affairs of Israel", "consider leaving.",
  ("Israel", N, neg, "", "travel advisory reported by the Office: a protective notice, no judgement of the Maldives stated (unsure: could be condemning)"))
U(d, "The Office regrets that a purely sovereign immigration matter", "threat to travellers.",
  ("Maldives", C, neg, "Israel", "'regrets that ... presented as a threat' = criticism of Israel's portrayal"))
U(d, "All visitors currently in the country remain safe", "the Office said.",
  ("Maldives", N, pos, "", "reassurance about its own conduct"))
U(d, "According to the Ministry of Tourism, arrivals from all markets continued normally", "over the weekend.",
  ("Maldives", N, neu, "", "figure/fact given by a ministry"))
# "Thousands gathered at the Artificial Beach ..." = scene, no row.
U(d, "Addressing the crowd, the President said the Maldives had raised its voice", "until the occupation ended.",
  ("Maldives", C, neg, "Israel", "'until the occupation ended' = judgement of Israel's occupation"))
U(d, "\"Let nobody tell us that a small country has no weight", "he said.",
  ("Maldives", N, pos, "", "self-praise of the country's stand, no judgement or appeal"))
U(d, "The President thanked the islands that had collected donations overnight", "the following week.",
  ("Maldives", S, pos, "UNRWA", "transfer of relief funds = backing by act"))
U(d, "Among the speakers was Dr Aminath Shifaza", "chosen not to use.",
  ("Aminath Shifaza", C, neg, "", "invented scholar; defends the ban and faults other Muslim states (several, target empty)"))
U(d, "\"Governments with embassies in Tel Aviv and trade worth billions", "Dr Shifaza said.",
  ("Aminath Shifaza", C, neg, "", "criticism of unnamed governments"))
U(d, "Ibrahim Zuhail, a fisherman from Hulhumalé who carried", "Gaza was not alone.",
  ("Ibrahim Zuhail", S, pos, "Palestine", "invented witness; solidarity with Gaza's people"))
# "The President held a telephone conversation ..." = narration of a call, no row.
U(d, "The Secretary-General commended the President's leadership in the Islamic world", "national relief campaign.",
  ("Organisation of Islamic Cooperation", S, pos, "Maldives", "praise + welcome"))
U(d, "Both leaders called for the Security Council's ceasefire resolution", "two-state solution.",
  ("Maldives", T, neu, "", "joint appeal, one row per actor"),
  ("Organisation of Islamic Cooperation", T, neu, "", "joint appeal, one row per actor"))
U(d, "The Secretary-General also invited the President to attend the next OIC summit.", "OIC summit.",
  ("Organisation of Islamic Cooperation", N, neu, "", "procedural invitation"))
U(d, "The Resident Coordinator expressed the UN's appreciation for the country's contribution", "spreading in the north.",
  ("United Nations", S, pos, "Maldives", "appreciation of the contribution (+ a grim figure-like fact); supporting by rule 3"))
U(d, "She stressed that the United Nations continued to call on all parties", "flow at scale.",
  ("United Nations", T, neg, "", "appeal to all parties"))
