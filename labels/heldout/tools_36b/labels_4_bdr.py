# ------------------------------------------------------------------ BDR mutiny at Pilkhana, Dhaka (South Asian live blog, 2009-02-26)
d = "page_bdr_pilkhana_mutiny2009_liveblog.txt"
# Not statements: site name, menu, LIVE flags, breadcrumb, title, last-updated line, compilers, the "Key points" bullets,
# refresh/share prompts, time stamps, the day heading "25 FEBRUARY", the "ANALYSIS" crosshead, [PHOTO] caption with
# credit, ADVERTISEMENT, Related, tags, most read, copyright.
# The mutineers are declared as "BDR mutineers" (armed group): they do not speak for Bangladesh; the army, police, ISPR,
# ministers and the Prime Minister's office do.
U(d, "Home Minister Sahara Khatun told reporters at the main gate", "in control of the compound.",
  ("Bangladesh", N, neu, "", "facts: surrender completed, police in control"))
U(d, "Khatun said the search for the missing officers would go on through the night", "inside the compound.",
  ("Bangladesh", N, neu, "", "plan of the search"))
U(d, "Officials in the Prime Minister's office said later that the amnesty would not protect", "or their families.",
  ("Bangladesh", C, neg, "BDR mutineers", "unnamed officials of a named office speak for the state; prosecution of killers announced = a measure against them"))
U(d, "Deputy Assistant Director Touhidul Alam, who has spoken for the mutineers since Wednesday", "given them her word.",
  ("BDR mutineers", T, neu, "", "surrendering weapons on the Prime Minister's word = accepting the peaceful way out -> calling_for_talks"))
U(d, "\"We have made mistakes, but we are not traitors.", "Touhidul said.",
  ("BDR mutineers", N, neg, "", "partial admission + denial of treason + wish to be heard; no judgement of another actor = neutral (unsure: the appeal to be heard could be read as calling_for_talks)"))
U(d, "Indian External Affairs Minister Pranab Mukherjee said in New Delhi that India hoped calm", "government of Bangladesh.",
  ("India", T, pos, "", "hope that calm returns = calling_for_talks; 'internal matter' = no judgement"))
U(d, "India's Border Security Force said its posts along the border", "as a precaution.",
  ("India", N, neu, "", "own precaution, aimed at no side"))
U(d, "The British High Commission in Dhaka advised British nationals", "until further notice.",
  ("United Kingdom", N, neu, "", "travel advice = procedure"))
U(d, "Inter Services Public Relations said tanks and armoured personnel carriers", "around Pilkhana.",
  ("Bangladesh", N, neu, "", "the army's press wing reports its own deployment as done, with no judgement = neutral"))
U(d, "Police used loudspeakers to ask residents within three kilometres", "leave their homes.",
  ("Bangladesh", N, neu, "", "evacuation order = procedure"))
U(d, "In a televised address to the nation, Prime Minister Sheikh Hasina told the mutineers", "go back to their barracks at once.",
  ("Bangladesh", T, neg, "BDR mutineers", "demand to one side to stop, with no judgement word = calling_for_talks, negative (labels/README)"))
U(d, "\"Do not test our patience.", "Hasina said.",
  ("Bangladesh", C, neg, "BDR mutineers", "threat of force = condemning"))
U(d, "She said the general amnesty announced on Wednesday still stood", "who surrendered.",
  ("Bangladesh", T, neu, "BDR mutineers", "amnesty offer kept open = a peaceful way out -> calling_for_talks"))
U(d, "Army chief General Moeen U Ahmed told senior officers at army headquarters", "a military spokesman said.",
  ("Bangladesh", C, neg, "BDR mutineers", "the army speaks for its state; readiness to storm the compound = announced operation/threat"))
# "Reports of shooting at BDR camps in Chittagong, ..." = unsourced narration, no row.
U(d, "Bangladesh Nationalist Party chairperson Khaleda Zia urged the mutineers", "without further bloodshed.",
  ("Bangladesh Nationalist Party", T, neu, "BDR mutineers", "appeal to lay down arms + solidarity with the nation; appeal with no judgement decides (rule 2 before 3)"))
U(d, "The ruling Awami League said in a statement that the party stood firmly behind", "Dhaka Medical College Hospital.",
  ("Awami League", S, pos, "Bangladesh", "the ruling party backs the government's handling = supporting"))
U(d, "Farhana Rahman, whose husband, a major posted to Pilkhana", "what had happened to the officers.",
  ("Farhana Rahman", C, neg, "Bangladesh", "named relative = independent person; criticises the government's amnesty"))
U(d, "\"They sat with these men and gave them tea", "outside Combined Military Hospital.",
  ("Farhana Rahman", C, neg, "Bangladesh", "judgement of the government's handling, without a stock word"))
U(d, "UN Secretary-General Ban Ki-moon welcomed the government's efforts", "a statement issued in New York.",
  ("United Nations", T, pos, "", "welcome + appeal for restraint, no judgement = calling_for_talks (welcome with a peace appeal)"))
# "Gunfire resumed inside the compound shortly after dawn ..." = narration, no row.
U(d, "At the State Department in Washington, acting spokesman Robert Wood said", "to end it peacefully.",
  ("United States", C, neg, "BDR mutineers", "condemnation + support for the government: the judgement decides (rule 1)"))
U(d, "Wood said the embassy in Dhaka was in touch with all American citizens", "in the capital.",
  ("United States", N, neu, "", "consular facts"))
U(d, "Fazle Noor Taposh, an Awami League MP who accompanied the Home Minister", "later that night.",
  ("BDR mutineers", T, neu, "", "the mutineers' agreement to surrender, reported by a negotiator = their position; Taposh himself takes none"))
U(d, "Police said the bodies of two senior officers had been pulled from a drain", "in the afternoon.",
  ("Bangladesh", N, neg, "", "facts given by the police, no blame"))
U(d, "The mutineers have warned through loudspeakers that they will blow up", "to enter Pilkhana.",
  ("BDR mutineers", C, neg, "Bangladesh", "threat against the army = condemning"))
U(d, "State Minister for Local Government Jahangir Kabir Nanak told reporters", "a general amnesty to the mutineers.",
  ("Bangladesh", T, neu, "BDR mutineers", "amnesty granted to end the standoff = offer of a peaceful way out -> calling_for_talks"))
U(d, "Nanak said the delegation had promised the Prime Minister", "go back to their quarters.",
  ("BDR mutineers", T, neu, "Bangladesh", "the delegation's commitment, reported by Nanak = agreeing to stand down"))
U(d, "In a statement read to cameras outside the main gate, the mutineers accused", "UN peacekeeping posts.",
  ("BDR mutineers", C, neg, "Bangladesh", "accusation against the seconded army officers (the army = Bangladesh)"))
U(d, "\"For years they ate our share and called us servants.", "a spokesman for the mutineers said.",
  ("BDR mutineers", C, neg, "Bangladesh", "unnamed spokesman of a named group; judgement + demands"))
# "The mutiny apparently began at about 09:30 in the Darbar Hall ..." and "Gunfire heard from inside ..." = narration, no row.
U(d, "Security analyst Nasreen Akhter Chowdhury said the government had chosen to talk first", "living inside.",
  ("Nasreen Akhter Chowdhury", N, neu, "", "invented analyst; explains the government's choice, no judgement"))
U(d, "\"The amnesty bought time and saved lives inside the walls", "Chowdhury said.",
  ("Nasreen Akhter Chowdhury", C, neg, "Bangladesh", "'a serious misjudgement' = judgement of the government's amnesty"))
U(d, "She said the army and the government now had to agree on a single account", "examine it.",
  ("Nasreen Akhter Chowdhury", T, neu, "Bangladesh", "appeal for an independent inquiry = calling_for_talks (a demand for an inquiry, as in earlier batches)"))
