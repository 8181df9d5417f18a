# ---------------------------------------------------------------- Chisinau airport shooting (live blog, full HTML, 30 June - 1 July 2023)
d = "page_moldova_chisinauairport_shooting2023_liveblog.html"
# Not statements: brand, menu, newsletter prompt, kicker, headline, standfirst, byline, update line, key events, caption, time
# stamps, entry headings, embed meta lines, ADVERTISEMENT, share line, comments box, Most read, Related, footer. Left without a
# row: the 09:15 "Good morning" entry (narration); "Messages are coming in from Moldova's partners." and "The EU's ambassador
# ... posted this a short while ago:" and "President Maia Sandu has posted a statement on Facebook." (lead-ins to the embedded
# posts); "There is no indication so far that Friday's attack is connected." (the blog's narration); "The terminal has been
# evacuated and incoming flights are being held." (narration).
U(d, "The Prosecutor-General's Office of Tajikistan has identified the gunman", "a 43-year-old resident of Dushanbe.",
  ("Tajikistan", N, neu, "", "prosecutor's office = Tajikistan; identification = fact"))
U(d, "It says he belongs to an organised criminal group that abducted the deputy chairman", "somewhere in the European Union.",
  ("Tajikistan", C, neg, "", "accuses the man of belonging to a kidnapping gang = accusation against a person who is not an actor -> target empty; Turkey and the EU are places here"))
U(d, "The office said a file for an international search had already been opened in his name.", "opened in his name.",
  ("Tajikistan", N, neu, "", "procedure: international search file"))
U(d, "Acting Prosecutor General Ion Munteanu told reporters that a criminal case had been opened", "life imprisonment.",
  ("Moldova", N, neu, "", "prosecutor = Moldova; terrorism case opened, penalties stated: legal facts"))
U(d, "\"Our officers tried to talk him down before they used their weapons.", "Munteanu said.",
  ("Moldova", C, neg, "", "quote over three sentences; defends the officers and says the gunman 'will answer for what he did' = holds him responsible; a person, not an actor -> target empty (unsure: could be neutral, a statement of procedure)"))
U(d, "Munteanu said the man had arrived on a flight from Istanbul", "would handle the case.",
  ("Moldova", N, neu, "", "facts and procedure; Istanbul = place"))
U(d, "The head of the General Police Inspectorate, Viorel Cernauteanu, said there was no sign", "no remaining risk to the public.",
  ("Moldova", N, neu, "", "police chief = Moldova; assessment of risk, no evaluation of an actor"))
U(d, "Interior Minister Adrian Efros said an internal inquiry would establish", "would be reviewed.",
  ("Moldova", N, neu, "", "plan: inquiry and review of procedures"))
U(d, "\"Two of our people went to work this morning and did not come home.", "Efros said.",
  ("Moldova", N, neg, "", "quote over two sentences; grief and a promise of the truth to the families, no judgement -> neutral, negative"))
U(d, "Former president Igor Dodon, who leads the opposition Party of Socialists, wrote on Telegram", "inside the capital's airport.",
  ("Party of Socialists of the Republic of Moldova", C, neg, "Moldova", "opposition leader blames the government's failure = judgement"))
U(d, "Within the hour, Igor Grosu, the speaker of parliament and leader of the ruling Party of Action and Solidarity", "show the families some respect.",
  ("Party of Action and Solidarity", C, neg, "Party of Socialists of the Republic of Moldova", "'accused Dodon of using the deaths ... to score points' = judgement on the Socialists' leader; Grosu introduced as party leader and speaker, answering a party rival -> PAS (unsure: speaker of parliament could be Moldova)"))
U(d, "Shocked by the attack at Chisinau airport.", "Shocked by the attack at Chisinau airport.",
  ("European Union", N, neg, "", "embedded post of the EU ambassador: shock without appeal -> neutral, negative"))
U(d, "My thoughts are with the families of the two officers", "and with the injured.",
  ("European Union", S, neg, "", "embedded post: condolences = solidarity (supporting), grief in tone; families not an actor -> target empty"))
U(d, "The EU stands with the people of Moldova.", "The EU stands with the people of Moldova.",
  ("European Union", S, pos, "Moldova", "embedded post: solidarity with Moldova"))
U(d, "The US ambassador, Kent Logsdon, said the United States grieved with Moldova", "with the investigation if asked.",
  ("United States", S, pos, "Moldova", "condolences + offer of help with the investigation = offer of assistance"))
U(d, "Romania's foreign minister, Luminita Odobescu, wrote that Bucharest stood by its neighbour", "any support it needed.",
  ("Romania", S, pos, "Moldova", "FM = Romania; solidarity + offer of support; Bucharest/Chisinau = the two states as metonyms"))
U(d, "A spokesman for Tajikistan's foreign ministry, Shokhin Samadi, said Dushanbe could not yet confirm", "from the Moldovan side.",
  ("Tajikistan", N, neu, "", "cannot confirm nationality, seeking details: facts, no evaluation; Dushanbe = Tajikistan"))
U(d, "I share the pain of the families of the border police officer", "killed today.",
  ("Moldova", S, neg, "", "embedded post of the president: condolences = solidarity, grief in tone; families not an actor -> target empty"))
U(d, "They stood between danger and the people around them.", "the people around them.",
  ("Moldova", S, pos, "", "embedded post: praise of the two officers (not actors) -> supporting, target empty (unsure: tribute could be neutral, positive)"))
U(d, "I have asked all institutions responsible for security to work at full readiness tonight.", "at full readiness tonight.",
  ("Moldova", N, neu, "", "embedded post: a measure ordered (high alert), no evaluation"))
U(d, "Prime Minister Dorin Recean said on Facebook that the man, a 43-year-old Tajik national", "wait for a return flight.",
  ("Moldova", N, neu, "", "PM = Moldova; facts of the incident"))
U(d, "Recean said the government would cover the costs of the funerals", "families of the two men.",
  ("Moldova", S, pos, "", "aid to the victims' families = providing assistance; families not an actor -> target empty"))
U(d, "The shooting comes four months after Sandu accused Moscow of planning to use foreign saboteurs", "at the same airport.",
  ("Moldova", C, neg, "Russia", "background act named by the blog: Sandu's accusation against Moscow (= Russia) + entry refusals (unsure: background narration, could be no row)"))
U(d, "Elena Garlea, an independent security analyst in Chisinau, said the authorities should resist the temptation", "until the facts were in.",
  ("Elena Garlea", T, neu, "Moldova", "independent person; appeal for restraint in public claims, no judgement -> calling_for_talks (unsure: could be neutral advice)"))
U(d, "\"If this turns out to be a fugitive who panicked, the lesson is about training and holsters, not geopolitics.", "Garlea said.",
  ("Elena Garlea", T, neu, "", "quote over two sentences; asks for 'calm answers ..., not theories' = appeal for calm, addressed to no single actor"))
U(d, "Police in Chisinau say a man opened fire inside the international airport this afternoon", "two people have been killed.",
  ("Moldova", N, neu, "", "police = Moldova; casualty facts"))
U(d, "The police said in a statement that the situation was now under control", "taken into custody.",
  ("Moldova", N, neu, "", "facts from the police"))
