# ------------------------------------------------------------------ Azerbaijan: the October 2003 presidential election and the dispersal of protests in Baku (OSCE-style readout, 2003-10-23)
d = "page_baku_2003_postelection_osce_readout.txt"
# Not statements: site header, breadcrumb, menu, "PRESS RELEASE", headline, dateline line, the readout note, the four summary bullets, crossheads, the boilerplate on the 2003 chairmanship, contacts, related documents, print line, copyright.
U(d, "The OSCE Chairman-in-Office, Netherlands Foreign Minister Jaap de Hoop Scheffer, today urged", "in accordance with the law.",
  ("OSCE", T, neu, "", "a minister speaking as chair of the body speaks for it (guide); appeal to both sides + lawful treatment of detainees"))
U(d, "In a message read to the Permanent Council by the Chairmanship", "at least one death.",
  ("OSCE", N, neg, "", "concern without an appeal in this sentence"))
U(d, "\"Anyone who used violence, in uniform or out of it", "the Chairman-in-Office said.",
  ("OSCE", C, neg, "", "holds those who used violence on both sides responsible -> target empty (unsure: could be read as a call for accountability = calling_for_talks)"))
U(d, "He said the OSCE stood ready to help Azerbaijan strengthen its electoral institutions", "the government and the opposition.",
  ("OSCE", T, pos, "", "offer of help + support for a dialogue (rule 2 before rule 3)"))
# "Peter Eicher, head of the OSCE/ODIHR election observation mission, presented ..." = lead-in, no row.
U(d, "He said voters and candidates had faced pressure in the weeks before polling day", "as a participating State.",
  ("OSCE", C, neg, "Azerbaijan", "ODIHR mission head = OSCE; negative judgement of the conduct of the vote"))
U(d, "Eicher added that observers had also noted improvements", "in some polling stations.",
  ("OSCE", N, pos, "", "facts, positive tone"))
U(d, "The Director of the OSCE Office for Democratic Institutions and Human Rights (ODIHR)", "detained since 16 October.",
  ("OSCE", N, neg, "", "ODIHR = OSCE; detention figures"))
U(d, "\"Detaining election officials for refusing to sign protocols", "Strohal said.",
  ("OSCE", C, neg, "Azerbaijan", "'an attack on the integrity of the process' = judgement"))
U(d, "He asked the authorities to give ODIHR access to the detainees", "charges against them.",
  ("OSCE", T, neu, "Azerbaijan", "request for access and transparency, no judgement"))
U(d, "The delegation of Azerbaijan rejected the criticism of the police", "stones and iron bars.",
  ("Azerbaijan", C, neg, "", "denial + accusation that opposition supporters attacked officers (the accusation decides); 'the opposition' is no single canonical actor -> target empty"))
U(d, "The Azerbaijani Ambassador said the opposition leadership had planned the unrest", "death of a police officer.",
  ("Azerbaijan", C, neg, "", "'bore full responsibility' aimed at the opposition leadership (several parties) -> target empty"))
U(d, "He said the Central Election Commission had examined all complaints", "will of the Azerbaijani people.",
  ("Azerbaijan", N, pos, "", "defence of its own process = neutral, positive"))
U(d, "The Ambassador also said Azerbaijan would continue to co-operate with the OSCE", "recommendations carefully.",
  ("Azerbaijan", N, neu, "", "cooperation with the observers = neutral (as in batch22a)"))
U(d, "Speaking on behalf of the European Union, the Italian Presidency said", "peaceful political activity.",
  ("European Union", C, neg, "Azerbaijan", "'regretted' the failings of the vote + call for release (rule 1)"))
U(d, "The EU encouraged the new President and the opposition to engage in an open dialogue", "democratic development of Azerbaijan.\"",
  ("European Union", T, pos, "", "appeal for dialogue"))
U(d, "The United States Ambassador to the OSCE, Stephan Minikes, said Washington was troubled", "already in custody.",
  ("United States", C, neg, "Azerbaijan", "concern + endorses 'credible reports' of beatings in custody = accusation"))
U(d, "\"Security forces that beat detained citizens are not keeping order", "Minikes said.",
  ("United States", C, neg, "Azerbaijan", "judgement of the police"))
U(d, "He called on the government to investigate all allegations of abuse", "only through peaceful means.",
  ("United States", T, neu, "", "appeals to both the government and the opposition"))
U(d, "The delegation of the Russian Federation said the election had taken place in a calm atmosphere", "people of Azerbaijan.",
  ("Russia", S, pos, "Azerbaijan", "approval of the vote + 'internal matter' = backing the government (unsure: could be neutral)"))
U(d, "It recalled that President Vladimir Putin had congratulated Ilham Aliyev", "wished him success.",
  ("Russia", S, pos, "Azerbaijan", "congratulations = supporting"))
U(d, "The Russian delegation cautioned against what it called selective and politicised assessments", "before being made public.",
  ("Russia", C, neg, "OSCE", "criticism of ODIHR's assessment = judgement of an OSCE body"))
U(d, "The delegation of Turkey said it welcomed the peaceful conduct of voting", "the present difficulties.",
  ("Turkey", S, pos, "Azerbaijan", "welcome + confidence"))
U(d, "The Council of Europe, whose Parliamentary Assembly took part in the observation mission", "called for the detainees' release.",
  ("Council of Europe", C, neg, "Azerbaijan", "'not compatible with ... commitments' = judgement + call for release"))
# "The head of the OSCE Office in Baku met on 21 October with representatives of opposition parties ..." = a meeting listed in narrative, no row.
U(d, "In a letter handed to the Office, Gambar said the authorities had stolen the election", "arresting its members.",
  ("Musavat", C, neg, "Azerbaijan", "party leader speaks for Musavat (parties.csv); accusation of fraud and repression"))
U(d, "He said Musavat would continue its struggle", "not to recognize the official results.",
  ("Musavat", C, neg, "Azerbaijan", "asks the OSCE to withhold recognition = a call for a measure against the government (unsure: the 'lawful and peaceful means' part could suggest calling_for_talks)"))
U(d, "The Azerbaijan Popular Front Party said in a separate statement", "press for their release.",
  ("Azerbaijan Popular Front Party", T, neg, "", "detention figures + appeal for international pressure for release, no judgement word (declared in new_actors.csv)"))
U(d, "Human Rights Watch, which has researchers in Baku, said that detainees", "off the political stage.",
  ("Human Rights Watch", C, neg, "Azerbaijan", "reports beatings + judgement of the authorities' motives"))
U(d, "The Chairmanship said it would remain in close contact", "expected in November.",
  ("OSCE", N, neu, "", "plans and procedure"))
U(d, "The ODIHR said its observers would remain in Baku", "complaints and appeals process.",
  ("OSCE", N, neu, "", "plans"))
