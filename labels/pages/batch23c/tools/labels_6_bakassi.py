# ------------------------------------------------------------------ Nigeria hands the Bakassi peninsula to Cameroon (West African broadcaster, .txt, 2008-08-14)
d = "page_bakassi_handover2008_wabroadcast.txt"
# Not statements: station banner, listen/schedule links, breadcrumb, headline, time stamp, correspondent line, audio link,
# photo line, crossheads, ADVERTISEMENT, Related stories, programme promo, share line, copyright.
U(d, "Nigeria on Thursday formally handed over the last part of the Bakassi peninsula", "to the brink of war in the 1990s.",
  ("Nigeria", N, neu, "", "specific act reported as done (handover in compliance with a ruling), no evaluation; rest = background"))
U(d, "Nigeria's Attorney General and Justice Minister, Michael Aondoakaa, and Cameroon's Minister Delegate", "the flags exchanged.",
  ("Nigeria", N, neu, "", "signing of the handover instrument = procedure"),
  ("Cameroon", N, neu, "", "Kamto as minister speaks for Cameroon (name files list him under his later party); signing = procedure"))
# "The transfer completes the Greentree Agreement ..." = background narration, no row.
U(d, "Aondoakaa told the gathering that Nigeria was a country that kept its treaties", "something we love.\"",
  ("Nigeria", N, neg, "", "own conduct (keeping its word), regret in tone, no judgement on another actor"))
U(d, "He urged Cameroon to treat the Nigerians who chose to stay", "as the agreement requires.",
  ("Nigeria", T, neu, "Cameroon", "appeal to protect civilians' rights, no judgement"))
U(d, "Kamto, reading a message from President Paul Biya, said Cameroon would welcome", "to the letter.",
  ("Cameroon", S, pos, "Nigeria", "welcome of residents + thanks/praise to Nigeria for honouring commitments = supporting"))
U(d, "Cameroon's Deputy Prime Minister Amadou Ali, who led his country's delegation", "\"will be pursued without rest.\"",
  ("Cameroon", C, neg, "", "reassurance + threat against armed groups (threat decides); groups unnamed -> target empty"))
U(d, "In a message read on his behalf by Said Djinnit", "could deliver.",
  ("United Nations", S, pos, "", "praise of both presidents -> target empty"))
U(d, "Djinnit said the mixed commission he chairs would keep working", "their land border.",
  ("United Nations", N, neu, "", "plan of the demarcation work"))
# "Representatives of the United States, Britain, France and Germany ... attended the ceremony." = attendance listed in narrative, no row.
U(d, "The U.S. embassy in Abuja said in a statement that Washington commended", "respect for international law.",
  ("United States", S, pos, "", "praise of both governments -> target empty"))
U(d, "Britain's Africa minister, Lord Malloch-Brown, said the United Kingdom congratulated", "for the people of the peninsula.",
  ("United Kingdom", S, pos, "", "congratulations + offer of development support; both countries -> target empty"))
U(d, "France's foreign ministry welcomed the handover and urged the two governments", "the peninsula's population.",
  ("France", T, pos, "", "welcome + appeal to keep talking: welcome with an appeal and no judgement = calling_for_talks (labels/README)"))
U(d, "The African Union Commission said in a statement that the transfer proved", "the AU Border Programme.",
  ("African Union", T, pos, "", "appeal to settle border quarrels by dialogue and law"))
U(d, "ECOWAS Commission President Mohamed Ibn Chambas congratulated Nigeria", "strong feeling at home.",
  ("ECOWAS", S, pos, "Nigeria", "congratulations = praise"))
U(d, "In Abuja, President Umaru Yar'Adua said in a statement that Nigeria had acted", "move to Nigerian soil.",
  ("Nigeria", N, pos, "", "own conduct + resettlement plan for its citizens"))
U(d, "Foreign Minister Ojo Maduekwe said Nigeria would watch closely", "every guarantee it had signed.",
  ("Nigeria", T, neu, "Cameroon", "demand that guarantees for civilians be honoured, no judgement (unsure: could be read as a warning)"))
U(d, "Senators from Cross River State, where Bakassi was administered", "never ratified the Greentree Agreement.",
  ("Nigeria", C, neg, "", "senators speak for their state (guide: a senator); judgement on their own government's act -> target empty (unsure: internal dissent)"))
U(d, "A group calling itself the Bakassi Freedom Fighters said", "Cameroonian forces on the peninsula.",
  ("Bakassi Freedom Fighters", C, neg, "Cameroon", "armed group (new actor): rejects the transfer + threat = condemning"))
U(d, "Cross River State Governor Liyel Imoke said his government had set aside land", "to stay calm.",
  ("Nigeria", T, neu, "", "state governor resolves to Nigeria; resettlement plan + appeal for calm"))
U(d, "Cameroon's Communication Minister, Jean-Pierre Biyiti bi Essam, said on state radio", "by every Cameroonian.",
  ("Cameroon", N, pos, "", "celebration of its own gain, no judgement or appeal"))
U(d, "Effiong Okon, a community leader from Abana", "camps on the Nigerian side.",
  ("Effiong Okon", N, neg, "", "invented community leader (independent person, holds no office); facts about displacement"))
U(d, "\"We feel sold by our own country", "Okon said.",
  ("Effiong Okon", C, neg, "Nigeria", "judgement on Nigeria's decision"))
U(d, "Nkechi Obi-Ebere, a lecturer in international law", "went against it.",
  ("Nkechi Obi-Ebere", N, neu, "", "invented scholar; assessment"))
U(d, "\"Abuja deserves credit for keeping its word", "she said.",
  ("Nkechi Obi-Ebere", C, neg, "Nigeria", "praise + criticism: the explicit negative judgement decides (rule 1)"))
U(d, "Jean-Pierre Mbarga, a political scientist at the Centre for Strategic Studies", "whose ties run to Nigeria.",
  ("Jean-Pierre Mbarga", N, neu, "", "invented scholar; analysis"))
