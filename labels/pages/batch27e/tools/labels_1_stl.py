# ------------------------------------------------------------------ Special Tribunal for Lebanon: the Ayyash verdict (international wire copy, 2020-08-18)
d = "page_lebanon_stl_ayyashverdict2020_wire.txt"
# Not statements: menu, UPDATE headline, byline, read time, the four bullets, ADVERTISEMENT, crossheads, reporting credits, Our Standards, MORE FROM TCP, tags, copyright.
U(d, "A U.N.-backed court convicted a member of Hezbollah", "had ordered the killing.",
  ("Special Tribunal for Lebanon", C, neg, "", "dateline excluded; the court's conviction = a negative judgement on the accused (a person, not canonical) -> target empty; the no-evidence clause does not undo rule 1"))
U(d, "Salim Jamil Ayyash, who was tried in absentia", "told the Special Tribunal for Lebanon.",
  ("Special Tribunal for Lebanon", C, neg, "", "the presiding judge speaks for the court; finding of guilt (judgement) with an attribution tail"))
U(d, "The judges said the evidence against Hassan Habib Merhi", "cleared them of all charges.",
  ("Special Tribunal for Lebanon", N, neu, "", "'the judges' = the court; acquittal stated as a finding, no judgement on any actor"))
U(d, "Syria and Hezbollah may well have had motives", "directly to the attack.",
  ("Special Tribunal for Lebanon", N, neu, "", "attribution in the middle ('the court said in its reading'); motive without proof = a finding, not an accusation"))
# "Saad al-Hariri, the slain leader's son ... sat in the courtroom" = narration of what he did, no row.
U(d, "\"The family accepts what the court has decided", "after the session.",
  ("Future Movement", S, pos, "Special Tribunal for Lebanon", "Saad al-Hariri, a former prime minister out of office, speaks for his party (not the state); accepting the verdict and asking for it to be enforced = approval of the court"))
U(d, "\"We will keep at this until the last of them answers for it.\"", "answers for it.\"",
  ("Future Movement", C, neg, "", "quote continued after the attribution, same speaker; vow to pursue the killers (unnamed) = judgement/threatened pursuit -> target empty"))
U(d, "He said the men who planned the attack had plainly come from inside Hezbollah", "rather than with the Lebanese state.",
  ("Future Movement", C, neg, "Hezbollah", "reported clause; blames Hezbollah and puts the burden of surrender on it (no stock word)"))
# "Hezbollah, which has always denied any part ... made no immediate comment." = non-answer with background, no row.
U(d, "Its leader Sayyed Hassan Nasrallah said in a televised speech last week", "carried by the party's al-Manar television.",
  ("Hezbollah", C, neg, "Special Tribunal for Lebanon", "second-hand attribution ('according to a transcript carried by'); refusing the ruling in advance and calling the court a tool of enemies = rejection in protest"))
U(d, "President Michel Aoun, a political ally of Hezbollah, wrote", "without recrimination.",
  ("Lebanon", T, pos, "", "hope that the country meets the ruling calmly = hope for calm (calling_for_talks), no judgement"))
U(d, "The caretaker government of Prime Minister Hassan Diab", "study the ruling with its lawyers.",
  ("Lebanon", N, neu, "", "procedural line: respects the court's independence, will study the ruling; no judgement, no appeal"))
U(d, "Foreign Minister Charbel Wehbe was quoted by the state National News Agency", "serve his sentence.",
  ("Lebanon", C, neg, "", "'was quoted by the state news agency as saying'; demand that the convicted man be caught and punished = a judgement on him (person, target empty) (unsure: could be neutral)"))
# "Streets in Beirut's mainly Sunni districts were quiet ..." = scene narration, no row.
U(d, "U.S. Secretary of State Mike Pompeo said the United States welcomed the verdict", "Lebanon's recent history.",
  ("United States", S, pos, "Special Tribunal for Lebanon", "welcome of the court's verdict, no appeal, no judgement in this sentence"))
U(d, "In the same statement Pompeo said the ruling should end any pretence", "bleeding the country's economy dry.",
  ("United States", C, neg, "Hezbollah", "surname only; judgement of Hezbollah without stock words ('armed arm of Tehran', 'bleeding the economy')"))
U(d, "France's foreign ministry said Paris had backed the tribunal since its creation", "the ministry's spokeswoman.",
  ("France", S, pos, "Special Tribunal for Lebanon", "backing by act: continued funding; 'according to a statement from' tail"))
U(d, "Britain's Middle East minister James Cleverly said the court had shown", "accept its findings calmly.",
  ("United Kingdom", T, neu, "", "approval of the court joined to an appeal to all Lebanese parties to stay calm; no explicit judgement of a named actor -> rule 2 before rule 3"))
U(d, "In New York, a spokesman for U.N. Secretary-General Antonio Guterres said", "the 22 people killed.",
  ("United Nations", S, neg, "", "condolences to the victims' families = solidarity (supporting), tone of grief; families not canonical -> target empty"))
U(d, "Guterres wanted every party in Lebanon to abide by the outcome", "the spokesman said.",
  ("United Nations", T, neu, "", "appeal to respect the decision and to keep financing the court (asking for support is not supporting) = calling_for_talks"))
U(d, "Israel's foreign ministry said the judgment had put Hezbollah's fingerprints", "should stop.",
  ("Israel", C, neg, "Hezbollah", "accusation + call on other capitals to stop dealing with the group (measures against it)"))
U(d, "\"This is an organisation that takes its orders from Tehran", "the ministry said in a statement.",
  ("Israel", C, neg, "Hezbollah", "'the ministry' = Israel's foreign ministry; judgement without stock words"))
U(d, "In Abu Dhabi, the United Arab Emirates' Minister of State", "given the country back its confidence.",
  ("United Arab Emirates", S, pos, "", "praise of the late Rafik al-Hariri (a person, not canonical) = supporting, target empty"))
U(d, "Saudi Arabia's cabinet, meeting by video link, said the kingdom stood by the Lebanese people", "the state news agency SPA reported.",
  ("Saudi Arabia", S, pos, "Lebanon", "solidarity with the Lebanese people; SPA is not an actor"))
# "The tribunal, set up by the U.N. Security Council in 2007 ..." = background with a cost figure from no named source, no row.
U(d, "\"Fifteen years and a billion dollars have bought a partial answer,\" said Ziad Menassa", "Beirut Centre for Policy Research.",
  ("Ziad Menassa", C, neg, "Special Tribunal for Lebanon", "invented analyst; quote before the name; a negative verdict on what the court delivered for its cost, without stock words (unsure: could be neutral)"))
U(d, "\"The court has told us who pressed the button", "wants to believe.\"",
  ("Ziad Menassa", N, neg, "", "same speaker continued; analysis and forecast, no judgement on an actor"))
U(d, "Menassa said the acquittals would harden the divide", "could least afford it.",
  ("Ziad Menassa", N, neg, "", "surname only; forecast, no judgement or appeal"))
U(d, "Marieke Dekker, who teaches international criminal law", "telephone evidence could prove.",
  ("Marieke Dekker", S, pos, "Special Tribunal for Lebanon", "invented scholar; approval of the judges' care = praise of the court"))
U(d, "\"That caution is the court's strength, not its weakness,\" Dekker said.", "Dekker said.",
  ("Marieke Dekker", S, pos, "Special Tribunal for Lebanon", "praise of the court"))
U(d, "\"A conviction that reached beyond the evidence", "political tribunal.\"",
  ("Marieke Dekker", N, neu, "", "quote continued after the attribution; hypothetical reasoning, no judgement of a named actor"))
# "Lina Saab, whose brother was among the bodyguards ... said she had followed the reading on a phone" = what she did, no position, no row.
U(d, "\"One name after fifteen years is not justice for my brother,\" she said.", "she said.",
  ("Lina Saab", C, neg, "Special Tribunal for Lebanon", "invented relative of a victim (independent person); judgement of the verdict as not justice"))
U(d, "\"The people who sent that truck are still walking around this city.\"", "this city.\"",
  ("Lina Saab", C, neg, "", "quote continued; accusation against unnamed planners -> target empty"))
# "A sentencing hearing for Ayyash will be held at a later date. The prosecution ..." = procedure from no named source, no row.
