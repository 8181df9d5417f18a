# ------------------------------------------------------------------ Albania: arrest of former president Ilir Meta (radio interview transcript, 2024-10-22)
d = "page_albania_meta_arrest2024_radiointerview.txt"
F = "Freedom Party of Albania"
# Not statements: station menu, title, broadcast line, transcript note, GUESTS list, the host's links and questions
# ("Tedi Blushi, you are ...", "What happened yesterday?", "Are you worried ...", "How do you read ...", "Mr Blushi?",
# "Last question.", "What do you want from Europe?", "a final word", sign-off), related programmes, tags, share bar, copyright.
# "Albania's former president ... spent last night in custody after officers ... stopped his car ..." = narration of the arrest, no row.
U(d, "The Special Anti-Corruption Structure, SPAK, said in a statement", "false declaration of his assets.",
  ("Albania", C, neg, F, "host reports a position (labels/README: a host's report is the actor's statement); state prosecutors accuse the party leader"))
U(d, "Prime Minister Edi Rama told reporters he would not comment", "his included.",
  ("Albania", N, neu, "", "host reports Rama: no comment + prosecutors' independence = neutral"))
U(d, "What happened yesterday was an abduction in broad daylight", "prime minister's office.",
  (F, C, neg, "Albania", "guest speaks for his party; 'abduction' ordered by the PM's office = accusation"))
U(d, "Ilir Meta was not hiding;", "a day earlier.",
  (F, N, neg, "", "facts in the leader's defence, no judgement"))
U(d, "If prosecutors wanted to question him, he would have walked in", "front door.",
  (F, N, neg, "", "rebuttal of the manner of arrest without an explicit judgement (unsure: implies a judgement of the method)"))
U(d, "SPAK says the investigation has been under way for years", "he did not declare.",
  ("Albania", C, neg, F, "host reports SPAK again: the substance of the accusation"))
U(d, "Every cent has been declared", "registered in Washington.",
  (F, N, neg, "", "denial = neutral, negative; Washington = place"))
U(d, "Our lawyers will challenge the arrest before the special court", "expect to win.",
  (F, N, neu, "", "plan of legal action, no judgement"))
U(d, "Your party has called supporters to the streets.", "to the streets.",
  (F, N, neu, "", "host reports the party's act (a protest call) with no judgement stated"))
U(d, "We have asked every member to protest without throwing a single stone", "burning cars.",
  (F, C, neg, "Albania", "appeal for a peaceful protest joined to an imputed motive of the government ('would like nothing better than pictures of burning cars'): rule 1"))
U(d, "Our protest will be loud, but it will be peaceful.", "it will be peaceful.",
  (F, N, pos, "", "reassurance about own conduct = neutral"))
U(d, "SPAK has built a record over the past three years", "hard to sustain.",
  ("Genta Likaj", S, neu, "Albania", "invented analyst; defends the prosecutors' record (SPAK = Albania) = approval"))
U(d, "That said, arresting a party leader on the road", "role of martyr.",
  ("Genta Likaj", C, neg, "Albania", "criticism of the prosecutors' choice of method = judgement without stock words"))
U(d, "My advice to both sides is simple:", "out of the courtroom.",
  ("Genta Likaj", T, neu, "", "appeal to both sides = calling_for_talks, target empty"))
U(d, "The European Union delegation in Tirana said it supported the independent work", "to be respected.",
  ("European Union", T, neu, "Albania", "host reports the EU: support for the institutions joined to an appeal for due process; rule 2 before rule 3"))
U(d, "The United States embassy said in a post on X that it continued to back SPAK", "that created it.",
  ("United States", S, pos, "Albania", "backing of Albania's prosecutors = supporting"))
U(d, "We remain friends of America.", "friends of America.",
  (F, S, pos, "United States", "friendship with the US = supporting"))
U(d, "But we are disappointed that our partners comment on a reform on paper", "against the opposition.",
  (F, C, neg, "", "'disappointed' with partners (US and EU) + the reform used 'as a club': judgement; several targets -> empty"))
U(d, "Sali Berisha's Democratic Party, which is in a rival opposition camp, called the arrest proof", "one-party state.",
  ("Democratic Party of Albania", C, neg, "Albania", "host reports a second party: judgement of the government"))
U(d, "Berisha has his own cases before SPAK", "not disinterested.",
  ("Genta Likaj", C, neg, "Democratic Party of Albania", "judgement of Berisha's motive"))
U(d, "Still, when the two main opposition leaders are both facing the same prosecutors", "as if it is cheering.",
  ("Genta Likaj", N, neg, "", "a warning about appearances addressed to Brussels, neither a judgement of an act nor an appeal for a peaceful course (unsure)"))
# "Meta's former wife ... has also been ordered to report regularly to the authorities." = narration of a court measure, no row.
U(d, "Monika Kryemadhi has nothing to hide", "the court sets.",
  (F, N, pos, "", "reassurance about a party lawmaker's conduct = neutral"))
U(d, "We want European observers in the courtroom at every hearing.", "at every hearing.",
  (F, T, neu, "European Union", "request for monitoring, addressed to Europe = calling_for_talks (like a demand for an inquiry)"))
U(d, "We ask the European Parliament to send a delegation to Tirana", "treats its opponents.",
  (F, T, neg, "European Union", "European Parliament = EU; request for a delegation; the jab at the government stays implicit"))
U(d, "If SPAK has a strong file, it should put it before the judges quickly.", "judges quickly.",
  ("Genta Likaj", T, neu, "Albania", "demand addressed to one side with no judgement = calling_for_talks (labels/README)"))
U(d, "A long detention without a trial would do more damage", "than to Meta.",
  ("Genta Likaj", N, neg, "", "risk line, no judgement, no appeal"))
