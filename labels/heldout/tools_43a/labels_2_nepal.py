# ------------------------------------------------------------------ Gen Z protests and Oli's resignation (Kathmandu daily, full HTML, 2025-09-09)
d = "page_nepal_genz_olifall2025_dailyweb.html"
# Not statements: top bar, masthead, nav, ticker, breadcrumb, kicker, headline, standfirst, byline/time stamps, share bar,
# figcaptions with credits and "2 of 5", ADVERTISEMENT, crossheads, tags, newsletter prompt, Related News, comments,
# Most Read, footer.
U(d, "Prime Minister K P Sharma Oli resigned on Tuesday afternoon", "could be found.",
  ("Nepal", N, neu, "", "resignation letter: a decision reported, with its stated reason, no judgement"))
# "By the time the letter reached Sheetal Niwas, smoke was rising ..." = scene, no row.
U(d, "The Ministry of Health and Population said 19 people had been killed", "were under 30.",
  ("Nepal", N, neu, "", "casualty figures from a ministry = neutral, neutral tone"))
U(d, "Home Minister Ramesh Lekhak had resigned late on Monday", "for the deaths.",
  ("Nepal", N, neg, "", "resignation with moral responsibility accepted: no judgement of another actor"))
U(d, "After an emergency cabinet meeting the same night, Communications Minister", "with immediate effect.",
  ("Nepal", N, neu, "", "decision announced (ban withdrawn)"))
U(d, "Gurung also said the government would set up a panel", "the families of those killed.",
  ("Nepal", N, neu, "", "plans: inquiry panel and relief for its own citizens = neutral"))
U(d, "Chief of the Army Staff General Ashok Raj Sigdel, in a televised address", "attacking lives and property.",
  ("Nepal", C, neg, "", "the army speaks for its state: appeal for talks + warning of action against attackers; the threat decides (unsure: could be calling_for_talks); nobody named"))
U(d, "President Paudel, in a separate appeal, asked all sides", "within the constitution.",
  ("Nepal", T, neu, "", "appeal for calm and dialogue"))
U(d, "Hami Nepal, the youth group that called Monday's rally", "slipped into the crowds.",
  ("Hami Nepal", C, neg, "", "denies a part in the arson + blames 'opportunists' (not an actor) -> condemning, target empty"))
U(d, "The group demanded that those who ordered police to fire", "arrested and tried.",
  ("Hami Nepal", C, neg, "Nepal", "demand to punish those who ordered the firing on 'unarmed students' = judgement on the state's conduct"))
U(d, "Kathmandu Mayor Balendra Shah, who is hugely popular", "demands of his generation.",
  ("Balendra Shah", S, pos, "", "backs the protesters' demands (not a canonical party) -> target empty"))
U(d, "He asked them to spare public property", "had been confirmed.",
  ("Balendra Shah", T, neu, "", "'He' = Shah; appeal for restraint"))
U(d, "Agriculture Minister Ramnath Adhikari of the Nepali Congress had quit", "against the demonstrators.",
  ("Nepali Congress", C, neg, "Nepal", "resignation in protest at the use of force; a coalition minister breaking with the government, resolved to his party (unsure: could be Nepal)"))
U(d, "The CPN-UML, Oli's party, said in a statement", "an assault on the state.",
  ("Communist Party of Nepal (Unified Marxist-Leninist)", C, neg, "", "accuses unnamed groups = condemning, target empty; respect for Oli's decision is secondary"))
U(d, "The Rastriya Swatantra Party said its lawmakers would resign", "unforgivable.",
  ("Rastriya Swatantra Party", C, neg, "Nepal", "mass resignation in protest + 'unforgivable' = judgement"))
U(d, "\"We came for our future, not to burn buildings.", "at New Baneshwor on Monday.",
  ("Aayush Karki", C, neg, "Nepal", "named protester (person); 'they shot at us as if we were the enemy' = accusation against the police (the state)"))
U(d, "India's Ministry of External Affairs said New Delhi had been following events", "so many young people had died.",
  ("India", N, neg, "", "monitoring + grief, no appeal in this unit = neutral, negative tone"))
U(d, "\"As a friend and immediate neighbour, India hopes", "the ministry said in a statement.",
  ("India", T, neu, "", "hope for restraint and talks = calling_for_talks"))
U(d, "It advised Indian nationals in Nepal to be careful", "of the Nepali authorities.",
  ("India", N, neu, "", "travel advice to its own nationals = neutral"))
U(d, "In Beijing, a Chinese foreign ministry spokesperson said China hoped", "would return soon.",
  ("China", T, neu, "", "hope that stability returns = calling_for_talks (guide: hoping stability returns); Beijing = place"))
U(d, "A spokesperson for UN Secretary-General António Guterres said in New York", "by talking.",
  ("United Nations", T, neg, "", "sadness + wants an investigation + appeal to both sides to talk; no explicit judgement"))
U(d, "UN High Commissioner for Human Rights Volker Türk said the use of live ammunition", "could not be justified.",
  ("United Nations", C, neg, "Nepal", "'could not be justified' = explicit judgement on the police's use of force"))
U(d, "Nine embassies in Kathmandu, among them those of the United States", "keep the situation from spiralling.",
  ("United States", T, neg, "", "joint statement, listed state: mourning + appeal for restraint to all sides"),
  ("United Kingdom", T, neg, "", "listed state in the joint statement"),
  ("Japan", T, neg, "", "listed state in the joint statement"),
  ("Germany", T, neg, "", "listed state in the joint statement; the other five embassies are not named -> no rows"))
U(d, "The European Union delegation said those responsible for the excessive use of force", "held to account.",
  ("European Union", C, neg, "Nepal", "'excessive use of force' + accountability = judgement"))
U(d, "Amnesty International said police had fired live rounds", "standards on policing.",
  ("Amnesty International", C, neg, "Nepal", "accusation described through the attacks + 'grave breach'"))
U(d, "The Federation of Nepali Journalists condemned the attacks on media houses", "covering the protests.",
  ("Federation of Nepali Journalists", C, neg, "", "condemns the attacks by unnamed rioters -> target empty"))
U(d, "\"The old parties have lost the street and the young have lost patience,\" said Meera Shrestha Rana", "Tribhuvan University.",
  ("Meera Shrestha Rana", N, neg, "", "invented analyst: an assessment, no judgement of a named actor and no appeal (unsure: could be condemning the parties)"))
U(d, "She said the army and the president should bring the protesters' representatives", "filled by violence.",
  ("Meera Shrestha Rana", T, neg, "", "'should bring ... to the table' = appeal for talks"))
# "It was not clear late on Tuesday ..." and "Flights ... remained suspended." = narration, no row.
