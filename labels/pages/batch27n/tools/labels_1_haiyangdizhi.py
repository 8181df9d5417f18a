# ------------------------------------------------------------------ Haiyang Dizhi 8 at Tu Chinh (Vanguard Bank), Viet Nam MFA statements page, 19/07-25/10/2019
d = "page_vietnam_haiyangdizhi_tuchinh2019_mfastatements.txt"
# Not statements: ministry masthead, language bar, breadcrumb, page title, compiled-by line, print bar, the page's introduction,
# dated entry headings, "(The full text ...)", tags, Related, share bar, copyright/address.
U(d, "In reply to a question from the press on the presence", "in a peaceful and lawful manner.",
  ("Vietnam", N, neu, "", "spokesperson on her own forces' conduct: reassurance, no judgement, no appeal"))
U(d, "The waters where the group is operating belong to", "the Spokesperson said.",
  ("Vietnam", C, neg, "China", "'infringes the sovereign rights' = judgement of the Chinese survey; attribution tail"))
U(d, "\"Viet Nam has handed a diplomatic note to the Chinese side", "Ms. Hang said.",
  ("Vietnam", T, neg, "China", "diplomatic note + demand to leave, no judgement word in the sentence (README: a demand to stop addressed to one side = calling_for_talks; unsure: the note is a protest)"))
U(d, "She added that Viet Nam would continue to use every peaceful measure", "protect its sovereign rights.",
  ("Vietnam", N, neu, "", "own plan/resolve, no appeal to anyone"))
U(d, "On the same day, Chinese Foreign Ministry Spokesperson Geng Shuang told a briefing", "under China's jurisdiction.",
  ("China", N, neu, "", "China's position reported on Viet Nam's page: justification of its own ship, no judgement of Viet Nam"))
U(d, "Ms. Hang said the remark had no basis in international law", "legal status of the area.",
  ("Vietnam", C, neg, "China", "rejects the Chinese claim as baseless = judgement"))
U(d, "Deputy Prime Minister and Foreign Minister Pham Binh Minh briefed Secretary Pompeo", "by the Haiyang Dizhi 8 group.",
  ("Vietnam", C, neg, "China", "readout: the briefing carries a judgement ('serious violations') of the Chinese group; Pompeo only addressed"))
U(d, "Secretary Pompeo told the Deputy Prime Minister that Washington regarded", "no place in the region.",
  ("United States", C, neg, "China", "'bullying' = judgement; the pressure is China's by context; reported clause, only Pompeo's position"))
U(d, "The two sides agreed that disputes should be resolved by peaceful means", "must be upheld.",
  ("Vietnam", T, neu, "", "'the two sides' agree on peaceful settlement = calling_for_talks"),
  ("United States", T, neu, "", "same agreement, second side"))
U(d, "Minister Minh thanked the United States", "peace and stability in the region.",
  ("Vietnam", S, pos, "United States", "thanks = approval"))
U(d, "The Ministers registered the worries raised by several of their colleagues", "put its stability at risk.",
  ("ASEAN", N, neg, "", "communiqué: concern with no appeal = neutral, negative; no actor named as culprit"))
U(d, "Spokesperson Le Thi Thu Hang confirmed that from 13 August", "after leaving on 7 August.",
  ("Vietnam", N, neu, "", "facts given by the spokesperson"))
U(d, "\"This is a serious breach of Viet Nam's sovereign rights", "through diplomatic channels.",
  ("Vietnam", C, neg, "China", "judgement + protest lodged"))
U(d, "The Spokesperson said the relevant Vietnamese agencies were continuing", "appropriate measures at sea.",
  ("Vietnam", N, neu, "", "own measures, unspecified, no judgement"))
U(d, "Viet Nam asks China to withdraw all of its ships", "the Spokesperson said.",
  ("Vietnam", T, neg, "China", "demand addressed to one side with no judgement word = calling_for_talks, negative"))
# "Deputy Foreign Minister Bui Thanh Son received Japanese Ambassador ..." = meeting narration, no row.
U(d, "Ambassador Umeda said the Japanese side was following the situation closely", "tensions in the South China Sea.",
  ("Japan", N, neg, "", "monitoring + concern with no appeal = neutral, negative"))
U(d, "The Japanese government hoped that all parties would settle", "the Ambassador added.",
  ("Japan", T, pos, "", "hope for peaceful settlement and calm = calling_for_talks; speaker carried by 'the Ambassador'"))
U(d, "Asked about the joint statement issued on 29 August", "respect of international law in the East Sea.",
  ("Vietnam", S, pos, "", "valuing partners' statements = approval; several states -> target empty; the partners take no position in this sentence"))
U(d, "\"We welcome these positions and hope the international community", "the Spokesperson said.",
  ("Vietnam", T, pos, "", "welcome joined to a hope for peace and the rule of law, no judgement: rule 2 before rule 3 (unsure: could be supporting)"))
U(d, "In their joint statement, the three European governments said", "bring the temperature down.",
  ("France", T, neg, "", "joint statement of a list of states: concern + appeal to all parties = calling_for_talks"),
  ("Germany", T, neg, "", "same joint statement"),
  ("United Kingdom", T, neg, "", "same joint statement"))
U(d, "In a statement carried by her department on 26 August, Australian Minister", "one side's decision alone.",
  ("Australia", T, neg, "", "'troubled' + appeal to all claimants; 'disruptive activities' names no actor -> calling_for_talks (unsure: could be read as a veiled judgement of China)"))
# "Scholars from Viet Nam, Europe and Asia met ..." and "The roundtable was organised by ..." = narration, no row.
U(d, "Professor Tran Quoc Vinh, a legal scholar", "the 2016 arbitral award.",
  ("Tran Quoc Vinh", C, neg, "China", "invented independent scholar; 'disregard for the award' = judgement of the Chinese survey"))
U(d, "\"A survey of this kind is not an accident of navigation", "Professor Vinh said.",
  ("Tran Quoc Vinh", C, neg, "China", "judgement without a stock word: a claim 'with no legal foundation'"))
U(d, "Dr. Ingrid Solvang, a researcher on ocean governance", "with real legal force.",
  ("Ingrid Solvang", T, neu, "", "invented independent researcher; appeal to speed up talks"))
U(d, "\"The region needs rules it can rely on", "Dr. Solvang said.",
  ("Ingrid Solvang", T, neu, "", "negotiation as the only road = calling_for_talks; surname after first mention"))
U(d, "Spokesperson Le Thi Thu Hang said the Haiyang Dizhi 8 group was continuing", "exclusive economic zone.",
  ("Vietnam", N, neu, "", "fact reported by the spokesperson, no judgement word"))
U(d, "She said the claims made by the Chinese side over the area", "in no sense a disputed area.",
  ("Vietnam", C, neg, "China", "Chinese claims 'had no foundation in law' = judgement"))
U(d, "The Spokesperson reiterated that Viet Nam has consistently demanded", "withdrawal of the ship.",
  ("Vietnam", C, neg, "China", "'violations' + demand: rule 1 (judgement decides)"))
U(d, "The Ministry will inform the press when there are new developments", "Ms. Hang said.",
  ("Vietnam", N, neu, "", "procedural line"))
U(d, "The Spokesperson confirmed that the Haiyang Dizhi 8 group had left", "on 24 October.",
  ("Vietnam", N, neu, "", "fact"))
U(d, "Viet Nam will continue to monitor the area closely and stands ready", "Ms. Hang said.",
  ("Vietnam", N, neu, "", "own resolve to protect rights by peaceful means; no appeal, no judgement"))
U(d, "She said Viet Nam hoped that China would respect the rights", "through dialogue.",
  ("Vietnam", T, neu, "China", "hope + dialogue; 'refrain from repeating' is an appeal, no judgement word"))
