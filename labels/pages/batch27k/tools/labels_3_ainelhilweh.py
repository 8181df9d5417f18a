# ------------------------------------------------------------------ Ain el-Hilweh camp clashes (UN noon-briefing transcript, 2023-08-01)
d = "page_lebanon_ainelhilweh_clashes2023_noonbriefing.txt"
# Not statements: site header, briefing title, date, transcript note, topic headers (**Lebanon etc.), correspondents' questions, the guest announcement, sign-off, footer lines.
U(d, "I will start with Lebanon, where the Secretary-General", "let civilians move to safety.",
  ("United Nations", T, neg, "", "the greeting (\"All right, good afternoon.\") is its own sentence, no row; SG worry + appeal to stop shooting = concern with an appeal, calling_for_talks"))
U(d, "The Secretary-General deplores the loss of life", "in an ambush inside the camp.",
  ("United Nations", C, neg, "", "'deplores' the killings = judgement; perpetrators unnamed -> target empty"))
U(d, "He also calls on the Lebanese authorities and the Palestinian leadership", "held to account.",
  ("United Nations", T, neu, "", "demand for accountability with no judgement word = calling_for_talks (README: demands for an inquiry); two addressees -> target empty"))
U(d, "Our colleagues at UNRWA tell us that at least 11 people", "have left their homes.",
  ("UNRWA", N, neu, "", "figures given by an actor, relayed by the spokesman = neutral"))
U(d, "UNRWA has suspended all its services inside the camp", "have been damaged.",
  ("UNRWA", N, neg, "", "own measure and damage report; no judgement"))
U(d, "The Agency's Director of Affairs in Lebanon, Dorothee Klaus, said", "had to end.",
  ("UNRWA", C, neg, "", "'grave breach' of UN premises' neutrality = judgement; armed men unnamed -> target empty"))
U(d, "UNRWA is asking donors for urgent funds", "in mosques in Sidon.",
  ("UNRWA", T, neg, "", "asking for humanitarian help = calling_for_talks (README), not supporting"))
U(d, "Speaking to our UNRWA colleagues, the head of the camp's popular committee, Munir Khatib, said", "the shooting was over.",
  ("Munir Khatib", N, neg, "", "invented local official; conditions of the displaced = neutral"))
U(d, "Dr Rami Saad, who runs a hospital on the edge of the camp, told them", "running low.",
  ("Rami Saad", N, neg, "", "invented witness; casualty figures and shortages = neutral"))
U(d, "UNICEF says at least three children are among the injured.", "UNICEF says at least three children are among the injured.",
  ("UNICEF", N, neg, "", "figure given by UNICEF = neutral"))
U(d, "The Special Coordinator for Lebanon, Joanna Wronecka, has been in touch", "with Palestinian representatives.",
  ("United Nations", N, neu, "", "contacts reported as done, no position stated (unsure: could be read as calling_for_talks by act)"))
U(d, "She welcomed the ceasefire announced on Monday evening", "make sure it holds.",
  ("United Nations", T, pos, "", "welcome of a ceasefire joined to an appeal, no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "Ms. Wronecka also praised the Lebanese Armed Forces", "spilling into Sidon.",
  ("United Nations", S, pos, "Lebanon", "praise of the army = supporting; the army speaks for/represents Lebanon"))
U(d, "Turning to Niger, the Secretary-General continues to call", "the restoration of constitutional order.",
  ("United Nations", T, neg, "Niger", "call for release and restoration, no judgement word = calling_for_talks (the junta = Niger)"))
U(d, "Spokesman: The Secretary-General has not spoken to President Abbas himself", "with the Lebanese authorities.",
  ("United Nations", N, neu, "", "speaker label kept in the unit; contacts = facts"))
U(d, "President Abbas's office has, as you know, denounced the killing", "we welcome that statement.",
  ("Palestine", C, neg, "", "reported: 'denounced the killing' + appeal for calm: rule 1 = condemning; killers unnamed -> target empty"),
  ("United Nations", S, pos, "Palestine", "the UN welcomes the Palestinian statement = supporting"))
U(d, "Spokesman: I have seen the remarks of the caretaker Prime Minister, Najib Mikati", "would not tolerate it.",
  ("Lebanon", C, neg, "", "reported clause: armed men endangering Sidon + 'would not tolerate' = judgement/warning; armed men unnamed -> target empty"))
U(d, "We fully support the Lebanese authorities in their efforts to bring back calm.", "We fully support the Lebanese authorities in their efforts to bring back calm.",
  ("United Nations", S, pos, "Lebanon", "backing of the Lebanese authorities"))
U(d, "Spokesman: My understanding is that the Army has not entered the camp", "reinforced its positions around it.",
  ("United Nations", N, neu, "", "facts about the army's deployment"))
U(d, "Our message to everyone involved is to coordinate closely with the Army", "at further risk.",
  ("United Nations", T, neu, "", "appeal to protect civilians = calling_for_talks; all parties -> target empty"))
U(d, "Spokesman: UNRWA and the Special Coordinator's office have been in contact", "committed to the ceasefire.",
  ("Fatah", T, neu, "", "position reported second-hand by the UN: commitment to the ceasefire"),
  ("Hamas", T, neu, "", "same: one row per actor named"),
  ("United Nations", N, neu, "", "the spokesman's own part: contacts with the factions reported as done = neutral"))
U(d, "Spokesman: I'm not going to get into who is behind what", "the guns stay silent.",
  ("United Nations", T, neu, "", "declining to assign blame + hope that fighting stays stopped = calling_for_talks (README: 'declined to condemn' with an appeal)"))
U(d, "Spokesman: That is what we're working towards", "on the repairs.",
  ("United Nations", N, neu, "", "plans for reopening schools = neutral"))
