# ------------------------------------------------------------------ Silsila Alikhil: Afghanistan recalls its envoy from Pakistan (wire copy, 2021-07-19)
d = "page_alikhil_envoy_recall2021_wire.txt"
# Not statements: menu, headline, byline, read time, the four bullets, ADVERTISEMENT, crossheads, credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Afghanistan has called its ambassador and senior diplomats home", "asked Kabul to reverse.",
  ("Afghanistan", C, neg, "Pakistan", "dateline excluded; lede: recall of the envoy in protest = a taken response (like an expulsion)"),
  ("Pakistan", C, neg, "Afghanistan", "lede's second clause: 'hasty' is a judgement of Kabul's step, joined to an appeal (rule 1)"))
U(d, "Silsila Alikhil, 26, was forced into a car", "according to the Afghan foreign ministry.",
  ("Afghanistan", N, neu, "", "facts of the assault given by the ministry ('according to'), no judgement"))
U(d, "\"Our ambassador and his senior colleagues will stay in Kabul", "the ministry said in a statement late on Sunday.",
  ("Afghanistan", C, neg, "Pakistan", "the recall kept until arrests and trial: a measure with conditions addressed to Pakistan"))
U(d, "\"The Government of Pakistan is answerable for the safety", "meet that duty in full.\"",
  ("Afghanistan", C, neg, "Pakistan", "quote carried across the paragraph break, same speaker (the ministry); holds Pakistan answerable"))
U(d, "The ministry said a delegation would travel to Islamabad", "with Pakistani officials.",
  ("Afghanistan", N, neu, "", "plan/procedure"))
U(d, "A foreign ministry spokesman in Kabul told Orbis", "nothing had been ruled out.",
  ("Afghanistan", C, neg, "Pakistan", "unnamed spokesman of a named ministry; 'nothing ruled out' = veiled threat of further measures (unsure: could be read as neutral procedure)"))
U(d, "On Saturday the ministry had summoned Pakistan's envoy in Kabul", "their families in Pakistan.",
  ("Afghanistan", C, neg, "Pakistan", "summons to register anger = protest by act"))
U(d, "First Vice President Amrullah Saleh wrote on Twitter", "without someone knowing who did it.",
  ("Afghanistan", C, neg, "Pakistan", "reported clauses; insinuation that Pakistan's side knows the culprits = judgement without a stock word"))
U(d, "Waheed Omer, who heads public affairs at the presidential palace", "wanted the kidnappers punished.",
  ("Afghanistan", C, neg, "Pakistan", "second-hand attribution ('was quoted by Tolo News as saying'); the recall ordered by the president; Tolo News not an actor"))
U(d, "In Islamabad, the Foreign Office said the recall had been decided", "would think again.",
  ("Pakistan", C, neg, "Afghanistan", "judgement of the recall (premature, ignoring Pakistan's help) + hope it is reversed: rule 1"))
U(d, "\"The Prime Minister has personally directed", "the Foreign Office said.",
  ("Pakistan", N, neu, "", "'the Prime Minister' by title (Imran Khan); reassurance about own conduct = neutral"))
U(d, "The statement added that guards at the ambassador's residence", "had been reinforced.",
  ("Pakistan", N, neu, "", "security measures = facts about own conduct"))
# "Foreign Secretary Sohail Mahmood met Najibullah Alikhil ..." = a meeting narrated, no row.
U(d, "Interior Minister Sheikh Rashid Ahmed told reporters", "would follow within three days.",
  ("Pakistan", N, neu, "", "progress of the inquiry, a plan"))
U(d, "Rashid said investigators had found gaps", "on Afghan social media.",
  ("Pakistan", N, neg, "", "surname only; casting doubt on the account = a denial-like claim, neutral with a negative tone (unsure: could be condemning of the Afghan account); the reaction clause has no named actor"))
U(d, "Foreign Minister Shah Mahmood Qureshi said in a video message", "while the police did their work.",
  ("Pakistan", T, neu, "Afghanistan", "appeal to send the diplomats back, no judgement word"))
U(d, "\"We have nothing to hide,\" Qureshi said.", "\"We have nothing to hide,\" Qureshi said.",
  ("Pakistan", N, neu, "", "reassurance about own conduct"))
U(d, "\"Let the Afghan delegation come and see the file", "see the file for itself.\"",
  ("Pakistan", T, pos, "Afghanistan", "continuation of Qureshi's quote; invitation to the Afghan delegation = offering a meeting"))
U(d, "State Department spokesperson Ned Price said the United States was troubled", "widen the gulf between them.",
  ("United States", T, neg, "", "concern joined to a hope that both work it out = calling_for_talks; two parties -> target empty"))
U(d, "Price said Washington had been in contact with both governments", "who was behind the abduction.",
  ("United States", N, neu, "", "contacts + declines to speculate"))
U(d, "At the United Nations, a spokesman for the secretary-general said", "following the case closely.",
  ("United Nations", N, neu, "", "monitoring with no appeal = neutral"))
U(d, "Britain's High Commissioner in Islamabad, Christian Turner, wrote on Twitter", "the ambassador's daughter.",
  ("United Kingdom", N, neg, "", "shock with no judgement of an actor and no appeal = neutral, negative"))
U(d, "The European Union's delegation in Islamabad said in a short statement", "wished her a quick recovery.",
  ("European Union", C, neg, "", "condemns the attack (perpetrators unknown) -> target empty"))
# "Pakistan's ambassador to Kabul also flew back ..." = narration, no row.
# "The row comes as Taliban fighters press on ..." = background, no row.
U(d, "\"This is the worst moment for the two capitals to stop talking.", "Kabul Centre for Regional Studies.",
  ("Nadia Rahimzai", T, neg, "", "invented researcher; multi-sentence quote closed by the speaker: the channel must stay open"))
U(d, "Shahzad Ali Bangash, who teaches international relations", "before a single suspect was in custody.",
  ("Shahzad Ali Bangash", C, neg, "Afghanistan", "invented scholar; judgement of Kabul's recall as excessive, no stock word"))
U(d, "\"And Islamabad has not helped itself.", "Bangash added.",
  ("Shahzad Ali Bangash", C, neg, "Pakistan", "'careless' judgement of Pakistan's public doubting of the victim"))
U(d, "China's foreign ministry spokesman Zhao Lijian, asked about the row", "through their existing channels.",
  ("China", T, neu, "", "appeal to both to settle calmly through channels, no judgement; 'asked about' = narration of the briefing"))
U(d, "Qureshi said Pakistan had offered the ambassador's family", "stayed in Islamabad.",
  ("Pakistan", S, pos, "Afghanistan", "offer of care and protection = supporting (offers assistance)"))
