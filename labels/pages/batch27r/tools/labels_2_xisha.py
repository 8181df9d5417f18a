# ------------------------------------------------------------------ J-16 flares near an Australian P-8A over the Paracels: Xinhua (2025-02-14)
d = "page_xisha_p8a_flares2025_statemedia.txt"
# Not statements: site menus, breadcrumb, headline, source/editor line, [Photo] captions with credits and [1/2], ADVERTISEMENT,
# Related list, editor line, copyright.
U(d, "A spokesperson for the Chinese People's Liberation Army (PLA) Southern Theater Command on Thursday said", "in accordance with laws and regulations.",
  ("China", C, neg, "Australia", "dateline excluded; accusation of deliberate intrusion + expulsion reported = condemning"))
U(d, "Senior Colonel Tian Junli, spokesperson for the PLA Southern Theater Command, said in a statement", "misleading the international community.",
  ("China", C, neg, "Australia", "long title; accusations in reported clauses ('the Australian side had undermined ...')"))
U(d, "\"The Australian side has wilfully turned a normal act of law enforcement", "keep a firm rein on its naval and air forces.\"",
  ("China", C, neg, "Australia", "quote of two sentences closed by 'Tian said' mid-way; judgement + demand (rule 1)"))
U(d, "He said the Theater Command's troops stood ready", "with resolve.",
  ("China", C, neg, "", "readiness to defend = veiled warning (threat) (unsure: could be neutral self-description)"))
U(d, "At a regular press conference in Beijing on the same day, Chinese Foreign Ministry spokesperson Guo Jiakun said", "without excess.",
  ("China", N, neu, "", "sovereignty claim + own conduct lawful = defence of own act, no judgement of Australia"))
U(d, "Guo said China urged the Australian side to respect China's sovereignty", "making trouble out of nothing.",
  ("China", C, neg, "Australia", "'making trouble out of nothing' = judgement joined to the appeal (rule 1)"))
U(d, "\"We hope the Australian side will work with China", "over the past two years.",
  ("China", T, pos, "Australia", "hope to keep relations on track = calling_for_talks; 'the spokesperson' carried over"))
U(d, "When Chinese Premier Li Qiang visited Australia in June last year", "through dialogue.",
  ("China", T, pos, "", "'the two sides agreed' to handle differences through dialogue = both commit to dialogue"),
  ("Australia", T, pos, "", "same (agreement of both sides)"))
U(d, "The leaders of the two countries then noted", "shelving differences.",
  ("China", T, pos, "Australia", "Li's words at length: mutual respect, seek common ground = dialogue appeal"),
  ("Australia", N, pos, "", "the Australian leader's part: relationship back on track = positive fact (unsure)"))
U(d, "Australian Deputy Prime Minister and Defence Minister Richard Marles on Thursday claimed", "raised the matter with Beijing.",
  ("Australia", C, neg, "China", "accusation that a Chinese jet released flares + representation to Beijing (state media's 'claimed' does not change Australia's stance)"))
U(d, "Marles also said Australia would continue its surveillance flights in the region.", "in the region.",
  ("Australia", N, neu, "", "plan of own conduct, no judgement"))
U(d, "Zhang Xiaogang, spokesperson for China's Ministry of National Defense, said in remarks carried by", "stir up tensions.",
  ("China", C, neg, "Australia", "'in remarks carried by' attribution; accusation of flexing muscles"))
U(d, "\"Such moves are not conducive to the strategic mutual trust", "Zhang said.",
  ("China", C, neg, "Australia", "'firmly opposes' aimed at Australia's moves = judgement"))
U(d, "He said the Chinese side had lodged stern representations", "over the incident.",
  ("China", C, neg, "Australia", "formal protest lodged = condemning"))
U(d, "The Chinese Embassy in Australia said in a statement posted on its website", "in Canberra and Beijing.",
  ("China", N, neu, "", "procedure: position made clear through channels, no content"))
# "The incident came as a task group of the PLA Navy was conducting training ..." = narration, no row.
U(d, "Guo said on Thursday that the task group's activities were in line with international law", "objective and calm manner.",
  ("China", N, neu, "", "defence of own activity + request for calm reading (unsure: 'view in a calm manner' is not a peace appeal)"))
U(d, "Liu Qiong, a research fellow at the Hainan Institute of Maritime Strategy, told Xinhua", "win sympathy at home.",
  ("Liu Qiong", C, neg, "Australia", "invented scholar; accusation of intelligence-gathering and of posturing"))
U(d, "\"Close-in reconnaissance is the root cause of such encounters.", "Liu said.",
  ("Liu Qiong", C, neg, "", "blame on reconnaissance flights (Australia implied, not named in the unit -> target empty)"))
U(d, "Liu added that China and Australia should set up a more effective channel", "quietly and quickly.",
  ("Liu Qiong", T, neu, "", "appeal for a military channel, both sides"))
U(d, "Malcolm Hedley, an honorary fellow in Asian studies at a Sydney university, said", "little for the relationship.",
  ("Malcolm Hedley", C, neg, "Australia", "invented scholar; judgement of Canberra's protest as electoral posturing"))
U(d, "\"Both governments have invested too much in the thaw", "pick up the phone to each other.",
  ("Malcolm Hedley", T, pos, "", "hope for direct contact between the ministries = calling_for_talks"))
U(d, "The Philippine Coast Guard said in a separate statement on Thursday", "in the South China Sea.",
  ("Philippines", N, neu, "", "monitoring = concern without appeal / procedure -> neutral"))
U(d, "Australian Prime Minister Anthony Albanese said on the same day that the Chinese pilot's conduct", "made its displeasure known.",
  ("Australia", C, neg, "China", "judgement without stock words + protest"))
U(d, "Chinese Ambassador to Australia Xiao Qian told local media", "should keep talking.",
  ("China", T, pos, "", "appeal to keep talking, both sides"))
