# ------------------------------------------------------------------ Xiang Yang Hong 03 port call in Malé (Chinese Embassy news page, 2024-02-24)
d = "page_maldives_xiangyanghong03_2024_embassynews.html"
# The Embassy speaks for China (masthead: Embassy of the People's Republic of China in the Republic of Maldives).
# Not statements: language bar, emblem, site name, menu, breadcrumb, release titles, dates, caption, pager, share, comments note, footer.
U(d, "Question: The research vessel Xiang Yang Hong 03 docked near Malé", "\"watching every move\" of the ship.",
  ("India", N, neg, "", "question reporting an Indian naval officer (official of a named state): monitoring = concern without appeal; the media claims are no actor's"))
# "What is the Embassy's comment?" = the question itself, no row.
U(d, "Answer: The port call of the Xiang Yang Hong 03 was requested", "fuel and provisions.",
  ("China", N, neu, "", "the Embassy's account of the procedure"))
U(d, "The Embassy notes that the Ministry of Foreign Affairs of Maldives stated", "inside the country's waters.",
  ("Maldives", N, neu, "", "Maldives' position reported by the Embassy; the Embassy only notes it"))
U(d, "The vessel's work in the Indian Ocean is civilian marine science", "to the letter.",
  ("China", N, pos, "", "reassurance about own conduct = neutral"))
U(d, "Claims that it is gathering data for military use are groundless", "the Embassy rejects them.",
  ("China", N, neg, "", "denial = neutral, negative"))
U(d, "Some media keep inventing a threat where there is none", "countries of this ocean.",
  ("China", C, neg, "", "judgement of the reporting; media are not actors -> target empty"))
U(d, "It is the sovereign right of Maldives to decide which ships", "interfering in that decision.",
  ("China", C, neg, "", "backing Maldives joined to a rebuke of an unnamed 'third party' (India implied): the rebuke decides (rule 1); unsure: could be supporting Maldives"))
U(d, "We hope the relevant country will view normal marine science cooperation", "a sea of peace and cooperation.",
  ("China", T, neu, "", "hope + appeal for cooperation; 'the relevant country' unnamed -> target empty"))
# "On 18 February, Ambassador Wang Lixin called on ..." = narration of a meeting, no row.
U(d, "Ambassador Wang said the Embassy would spare no effort", "renewable energy.",
  ("China", S, pos, "Maldives", "offer of projects = supporting"))
U(d, "He said that his country firmly supported Maldives in safeguarding", "suited to its national conditions.",
  ("China", S, pos, "Maldives", "'his country' (no state named, embassy register)"))
U(d, "Foreign Minister Zameer thanked the Embassy for its long-standing help", "one-China principle.",
  ("Maldives", S, pos, "China", "thanks + backing of the one-China principle"))
U(d, "Zameer added that Maldivian ports stayed open", "interests of any neighbour.",
  ("Maldives", N, pos, "", "surname only; reassurance about own port policy = neutral"))
# "The two sides also exchanged views ..." = meeting narration, no row.
U(d, "On 24 January, the Embassy received a message from President Dr Mohamed Muizzu", "took dozens of lives.",
  ("Maldives", S, neg, "China", "message of sympathy = condolences (supporting), grief"))
U(d, "In the message, the President extended heartfelt condolences", "in this difficult hour.",
  ("Maldives", S, neg, "China", "'the President' = Muizzu; condolences and solidarity"))
U(d, "The Embassy expresses its sincere gratitude to the President", "kind gesture of friendship.",
  ("China", S, pos, "Maldives", "gratitude = approval/praise"))
# "On 16 January, the Embassy held a seminar ..." = narration of what the Embassy did, no row.
U(d, "Counsellor Zhou Bin said in his opening remarks", "young Maldivian scientists.",
  ("China", S, pos, "Maldives", "offer of scholarships and training"))
U(d, "Dr Ibrahim Naseem Rasheed, a lecturer in marine science", "willing to share it.",
  ("Ibrahim Naseem Rasheed", N, neu, "", "invented scholar; policy advice, no appeal for talks, no judgement"))
U(d, "\"We cannot afford to let the rivalry of big neighbours", "Dr Rasheed said.",
  ("Ibrahim Naseem Rasheed", N, neg, "", "principle against outside rivalry, no actor named or judged (unsure: could be condemning, target empty)"))
U(d, "He also cautioned that any research in Maldivian waters had to be fully transparent", "public trust was to be kept.",
  ("Ibrahim Naseem Rasheed", N, neu, "", "condition for research, no judgement"))
U(d, "Aminath Shifa, a researcher at the Malé-based Institute", "both at home and abroad.",
  ("Aminath Shifa", N, neu, "", "invented researcher; transparency demand to her own government, no judgement word"))
U(d, "Shifa said the country had been caught between competing powers", "taking sides at sea.",
  ("Aminath Shifa", N, neu, "", "analysis"))
U(d, "Question: The Government of Sri Lanka has said", "new procedures.",
  ("Sri Lanka", N, neu, "", "question reporting Sri Lanka's decision = Sri Lanka's statement (labels/README); plan, no judgement"))
# "How does the Embassy see this?" = the question itself, no row.
U(d, "Answer: The Embassy has noted the decision of the Sri Lankan government", "ships of all countries.",
  ("China", N, neu, "", "noting a decision"),
  ("Sri Lanka", N, neu, "", "'which it says applies to ships of all countries' = Sri Lanka's reported position"))
U(d, "We respect the right of every coastal state to regulate research", "free from outside pressure.",
  ("China", N, neu, "", "principle; the hint at 'outside pressure' names no one and judges no one explicitly"))
U(d, "Ocean science is not a zero-sum game", "all countries in the region.",
  ("China", T, pos, "", "offer of cooperation with all = calling_for_talks"))
