# ------------------------------------------------------------------ Maldives: soldiers close the Majlis before the no-confidence vote (national daily, pro-government register, 2017-07-25)
d = "page_maldives_majlis_lockout2017_maledaily.txt"
# Not statements: masthead, menu, breadcrumb, headline (carries the government's position), desk byline, time stamp,
# photo caption, crossheads, ADVERTISEMENT, Related, tags, most read, copyright.
U(d, "The government on Monday defended the security arrangements", "the rules did not provide for.",
  ("Maldives", N, neu, "", "lede: the government's account of its own conduct = neutral (defence/denial of a lockout)"))
# "Gates to the Majlis compound ... were closed ..." and "The opposition had planned ... which it says was signed by 45" = narration (the 45 figure is background), no row.
U(d, "\"There is no siege and there was no lockout.", "told Raalhu Daily.",
  ("Maldives", N, neg, "", "President's Office spokesperson named by role first; denial = neutral, negative"))
U(d, "The spokesperson said the MPs who scaled the walls", "doing their duty.",
  ("Maldives", C, neg, "", "'the spokesperson' = Shihab; accusation of taking the chamber by force; the opposition MPs (several parties) -> target empty"))
U(d, "Attorney General Mohamed Anil, speaking at a press conference", "Supreme Court's ruling on floor-crossing.",
  ("Maldives", N, neu, "", "legal position on the motion, no judgement of an actor"))
U(d, "\"The Constitution is not read by counting names", "Anil said.",
  ("Maldives", N, neu, "", "multi-sentence quote closed by the speaker; legal reasoning, reassurance about own compliance"))
U(d, "\"If members want to change the Speaker, the Majlis rules tell them how.", "he added.",
  ("Maldives", C, neg, "", "quote continued after the attribution; mocking judgement of the MPs' wall-climbing (opposition not one actor -> target empty) (unsure: could be neutral procedure)"))
U(d, "The attorney general warned that any member who tried to force a sitting", "a police investigation.",
  ("Maldives", C, neg, "", "'the attorney general' by title; threat of investigation = condemning"))
U(d, "In a statement issued on Monday night, the defence force said", "harmed by soldiers.",
  ("Maldives", N, neg, "", "the army speaks for its state; denial of harming MPs = neutral, negative"))
U(d, "Police said two people had been arrested outside the Majlis", "later in the evening.",
  ("Maldives", N, neu, "", "police = state; arrests and releases as facts"))
U(d, "Speaker Maseeh, in a short notice issued through the secretariat, said", "as scheduled.",
  ("Maldives", N, neu, "", "the Speaker of parliament = state organ; procedural date"))
U(d, "President Abdulla Yameen did not refer to the Majlis directly", "through the back door.",
  ("Maldives", C, neg, "", "veiled warning to those seeking power 'through the back door'; narration + position in one sentence; target not named"))
U(d, "\"The people chose their government in 2013", "the President said.",
  ("Maldives", N, pos, "", "'the President' by title; own mandate and plans, no judgement"))
U(d, "Ahmed Nihan, the parliamentary group leader of the ruling Progressive Party", "failing to do so in the streets.",
  ("Progressive Party of Maldives", C, neg, "", "ruling party's group leader speaks for the party; accusation against the opposition (several parties -> target empty)"))
U(d, "Nihan said the ruling party was nonetheless ready", "the rest of the session.",
  ("Progressive Party of Maldives", T, pos, "", "offer of talks = calling_for_talks"))
U(d, "The Maldivian Democratic Party called the closure of the Majlis", "the people's representatives.",
  ("Maldivian Democratic Party", C, neg, "Maldives", "'unconstitutional' + turning the army on MPs = judgement on the government"))
U(d, "MDP MP Eva Abdulla, who was among those removed, said", "\"in full view of the cameras\".",
  ("Maldivian Democratic Party", C, neg, "Maldives", "an MP speaks for her party; accusation by describing the soldiers' conduct"))
U(d, "The Jumhooree Party said in a statement that the government was using", "keep out of politics.",
  ("Jumhooree Party", C, neg, "Maldives", "judgement + appeal to the army; rule 1: judgement decides"))
# "Several foreign governments and the United Nations commented ..." = summary line, no row.
U(d, "The spokesman for UN Secretary-General António Guterres said in New York", "carry out its functions.",
  ("United Nations", T, neg, "Maldives", "concern + appeal to respect the Constitution, no judgement = calling_for_talks"))
U(d, "The U.S. State Department described the use of security forces", "a step backwards for Maldivian democracy.",
  ("United States", C, neg, "Maldives", "'a step backwards for democracy' = judgement without a stock word"))
U(d, "The European Union's delegation said it expected the authorities", "in line with the Constitution.",
  ("European Union", T, neu, "Maldives", "expectation addressed to the authorities, no judgement = appeal"))
U(d, "India's Ministry of External Affairs said New Delhi was watching", "closely.",
  ("India", N, neu, "", "monitoring with no appeal = neutral"))
U(d, "Responding to the statements, a senior Foreign Ministry official told Raalhu Daily", "a detailed note on the legal position.",
  ("Maldives", N, neg, "", "unnamed official of a named government; rejecting foreign criticism as 'one-sided' + plan to send notes (unsure: 'one-sided' could make it condemning)"))
U(d, "Foreign Minister Mohamed Asim said he had briefed ambassadors", "circulated on social media.",
  ("Maldives", N, neg, "", "briefing = procedure; advice to capitals = rebuttal of criticism, no judgement of a named actor"))
U(d, "\"The Maldives is a sovereign state with its own courts.", "Asim said.",
  ("Maldives", C, neg, "", "rejection of 'outside interference' in protest, aimed at the foreign critics (several) -> target empty"))
U(d, "Aishath Rasheeda, a constitutional lawyer in Malé, said", "into a crisis.",
  ("Aishath Rasheeda", C, neg, "Maldives", "invented lawyer; judgement on the Speaker's and secretariat's conduct (state organs)"))
U(d, "Ibrahim Waheed, who lectures in public law at the Maldives National University, said", "settle the matter.",
  ("Ibrahim Waheed", T, neu, "", "invented scholar; appeal to both sides to agree a vote date = calling_for_talks"))
