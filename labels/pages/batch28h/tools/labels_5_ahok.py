# ------------------------------------------------------------------ The blasphemy verdict against Jakarta governor Basuki Tjahaja Purnama (Ahok) (Indonesian House of Representatives press-release page, 9-11 May 2017)
d = "page_indonesia_ahok_verdict2017_dprreleases.txt"
# Not statements: masthead, menu, breadcrumb, item dates/times, item headlines in capitals (one carries Commission I's position in quotes:
# a headline, no row), reporter/editor credits, photo line, separators, tags, share bar, most read, address, copyright.
# "Commission III of the House ... on Thursday heard legal scholars on Articles 156 and 156a ..." = a hearing in narrative, no row.
U(d, "Commission III Chairman Bambang Soesatyo said the commission would not comment", "now before the House.",
  ("Indonesia", N, neu, "", "a House commission chair speaking as chair = the state (parliament = state, as 'Armenian parliament' in the guide); no comment + plan of study"))
U(d, "Dr. Ratna Wulandari, a lecturer in constitutional law at Padjadjaran University, told members", "leave alone.",
  ("Ratna Wulandari", C, neg, "Indonesia", "invented scholar; judgement of the state's law and its use, without stock words"))
U(d, "\"The problem is not one verdict.", "Ratna said.",
  ("Ratna Wulandari", C, neg, "", "quote of two sentences closed by the speaker; judgement of the provision; 'whoever fills the streets' is no canonical actor -> target empty"))
U(d, "Yusuf Rahmadi, a researcher at the Jakarta Centre for Pluralism Studies, said the sentence", "since November.",
  ("Yusuf Rahmadi", C, neg, "Indonesia", "invented researcher; 'judges bending to the crowds' = judgement of the court"))
U(d, "Amnesty International, whose written submission was read into the record, said", "religious minorities.",
  ("Amnesty International", C, neg, "Indonesia", "reported clause: the articles are 'turned against' minorities by the state = judgement without stock words"))
U(d, "The National Awakening Party (PKB) faction said it would propose narrowing", "Criminal Code bill.",
  ("National Awakening Party", N, neu, "", "legislative plan, no evaluation stated"))
U(d, "Chairman of Commission I, which covers defence and foreign affairs, Abdul Kharis Almasyhuri, said", "independent Indonesian court.",
  ("Indonesia", C, neg, "", "commission chair = the state; foreign statements cast as pressure = judgement; aimed at several foreign bodies -> target empty"))
U(d, "The European Union delegation in Jakarta had said on Tuesday that it has long warned", "speaking and worshipping freely.",
  ("European Union", N, neg, "", "reported clause; a standing warning about selectively used laws, no actor judged and no appeal = neutral, negative (unsure: could be read as criticism of Indonesia)"))
U(d, "The regional office of the UN human rights office in Bangkok had asked Indonesia", "had been jailed.",
  ("United Nations", T, neg, "Indonesia", "appeal to review the provisions + unease, no judgement word = calling_for_talks"))
U(d, "\"Friends of Indonesia are welcome to share their views with the government", "the PKS politician said.",
  ("Indonesia", C, neg, "", "'the PKS politician' = Kharis, still speaking as Commission I chair; rebuke of the timing of foreign comments = judgement (unsure: could be the PKS)"))
U(d, "Kharis said the commission would raise the matter with the Ministry of Foreign Affairs", "working meeting.",
  ("Indonesia", N, neu, "", "plan of the commission"))
U(d, "Meanwhile, the ASEAN Parliamentarians for Human Rights, a network of regional legislators, called the verdict a setback", "repeal the blasphemy articles.",
  ("ASEAN Parliamentarians for Human Rights", C, neg, "Indonesia", "'setback' judgement + an appeal to repeal: rule 1"))
U(d, "Its chairman, Malaysian MP Charles Santiago, said in the statement", "follow the appeal closely.",
  ("ASEAN Parliamentarians for Human Rights", N, neu, "", "'Its chairman' speaks for the network, not for Malaysia; monitoring, no appeal"))
U(d, "Speaker of the House Setya Novanto asked all parties, both the governor's supporters and his opponents", "through the appeal process.",
  ("Indonesia", T, neu, "", "appeal for calm and a legal course, addressed to both camps = calling_for_talks"))
U(d, "\"This is a state based on law.", "the Speaker said at the Parliament Complex in Senayan.",
  ("Indonesia", T, neu, "", "'the Speaker' = Novanto; quote of two sentences, appeal not to take it to the street"))
U(d, "Deputy Speaker Fadli Zon of the Gerindra Party said the ruling showed", "pressure from all sides.",
  ("Gerindra", S, pos, "Indonesia", "praise of the court's ruling and judges (court = the state); partisan position of a Gerindra leader (unsure: as deputy speaker could be Indonesia)"))
U(d, "The Indonesian Democratic Party of Struggle (PDI-P), which backed Basuki in the governor's race, said it respected the court but regretted", "suspended sentence.",
  ("Indonesian Democratic Party of Struggle", C, neg, "Indonesia", "respect + 'regretted' the judges' choice = judgement (rule 1)"))
U(d, "PDI-P Secretary-General Hasto Kristiyanto said the party would stand by Basuki", "decision to appeal.",
  ("Indonesian Democratic Party of Struggle", S, pos, "", "backing of a person (not an actor) -> target empty"))
U(d, "Chairman of the Prosperous Justice Party (PKS) faction Jazuli Juwaini said the verdict answered", "sense of justice.",
  ("Prosperous Justice Party", S, pos, "Indonesia", "approval of the court's verdict = supporting"))
U(d, "Jazuli called on the governor's supporters to accept the decision", "detention centre at night.",
  ("Prosperous Justice Party", T, neu, "", "appeal for restraint, no judgement = calling_for_talks"))
U(d, "Golkar Secretary-General Idrus Marham asked every side to lower its voice", "along religious lines.",
  ("Golkar", T, neg, "", "appeal to all sides + warning of division (no threat) = calling_for_talks"))
U(d, "A spokesman for the NasDem Party faction said the party was troubled", "criticising the court.",
  ("NasDem Party", N, neg, "", "unnamed spokesman of a named party speaks for it; unease with no appeal and 'stopped short of criticising' = neutral, negative"))
U(d, "President Joko Widodo, in remarks to reporters on Tuesday evening, asked the public to respect the legal process", "work of the judiciary.",
  ("Indonesia", T, neu, "", "appeal to respect the legal course + reassurance of non-interference = calling_for_talks"))
U(d, "The Attorney General's Office said it had filed its own appeal", "prosecution's demand.",
  ("Indonesia", N, neu, "", "procedural step"))
U(d, "Chairman of the Indonesian Ulema Council (MUI) Ma'ruf Amin said the council accepted the ruling", "Christian neighbours.",
  ("Indonesian Ulema Council", T, pos, "", "acceptance (welcome) of the ruling joined to an appeal for restraint, no judgement: rule 2 before rule 3 = calling_for_talks"))
