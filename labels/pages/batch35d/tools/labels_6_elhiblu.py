# ------------------------------------------------------------------ Malta: army retakes the El Hiblu 1 tanker (national daily scraped as text, 2019-03-28)
d = "page_malta_elhiblu_tankerseizure2019_dailyscrape.txt"
# Not statements: masthead, date/weather, MENU and menu words, cookie notice, section label, headline, standfirst, byline, time stamps,
# share prompts, [Photo] captions with credits, ADVERTISEMENT, crossheads ('A COURTROOM, NOT A RECEPTION CENTRE', 'NGOS: ...'),
# Related Stories, tags, usefulness prompt, comments block, MOST READ, newsletter prompt, footer.
U(d, "Five men were led away in handcuffs on Thursday morning", "escorted it into Grand Harbour.",
  ("Malta", N, neu, "", "the army's boarding reported as done; aimed at the men who took the ship, who are not an actor; no judgement"))
U(d, "In a statement, the AFM said it had made radio contact", "to steer for Malta.",
  ("Malta", N, neg, "", "the AFM (Armed Forces of Malta) = Malta; account of the captain's words, no judgement of its own"))
U(d, "A patrol boat stopped the tanker before it entered territorial waters", "the army said.",
  ("Malta", N, neu, "", "operation reported by 'the army' = Malta"))
U(d, "The five men were handed over to the police, who said they were being questioned", "seizing the vessel.",
  ("Malta", N, neu, "", "police procedure"))
U(d, "Prime Minister Joseph Muscat said on Twitter that the operation had been delicate", "without anyone being hurt.",
  ("Malta", N, pos, "", "praise of its own operation = self-praise, neutral with a positive tone (labels/README.md)"))
U(d, "\"Our soldiers did a hard job well.", "he wrote.",
  ("Malta", N, pos, "", "quote of two sentences closed by 'he wrote': praise of its own soldiers (self-praise, positive tone) + due process; no stance on another actor"))
U(d, "Home Affairs Minister Michael Farrugia said the other migrants", "as a precaution.",
  ("Malta", N, neu, "", "procedure and facts"))
U(d, "In Rome, Italy's Interior Minister Matteo Salvini, who had vowed on Wednesday", "praised the Maltese operation.",
  ("Italy", S, pos, "Malta", "interior minister and deputy PM speaks for Italy; praise of Malta's operation; his earlier refusal of Italian ports is in the relative clause; Rome = place"))
U(d, "\"Anyone who seizes a merchant ship belongs in a courtroom", "Salvini said in a statement.",
  ("Italy", C, neg, "", "judgement of the people who took the ship (not an actor) + a demand on Europe -> target empty"))
U(d, "A spokesman for the Libyan navy told reporters in Tripoli", "the crew's lives at risk.",
  ("Libya", C, neg, "", "unnamed official of a named state speaks for it; accusation aimed at the migrants (not an actor) -> target empty"))
U(d, "Opposition leader Adrian Delia thanked the soldiers", "done under pressure.",
  ("Nationalist Party (Malta)", S, pos, "Malta", "the opposition leader named without his party; thanks to the army = supporting the state's act"))
U(d, "He said the government now had to explain why Malta", "of this kind on its own.",
  ("Nationalist Party (Malta)", C, neg, "Malta", "demand that the government account for Malta being alone = implied fault (unsure: could be neutral, negative)"))
U(d, "Delia accused the European Commission of leaving small states", "argued over quotas.",
  ("Nationalist Party (Malta)", C, neg, "European Union", "surname only; explicit accusation of the Commission"))
U(d, "A European Commission spokeswoman said in Brussels", "its handling of the situation.",
  ("European Union", S, pos, "Malta", "thanks to Malta = supporting; the contact is procedure"))
U(d, "The German rescue charity Sea-Watch said the people on board", "to bring people there.",
  ("Sea-Watch", C, neg, "", "blames European governments (several, unnamed) -> target empty"))
U(d, "Alarm Phone, a hotline run by activists", "Maltese and Italian authorities.",
  ("Alarm Phone", N, neu, "", "account of its own alerts; Malta and Italy are objects"))
U(d, "Sea-Eye, another German charity whose ship, the Alan Kurdi", "unwilling to go back.",
  ("Sea-Eye", N, neu, "", "new actor (organisation); account of what it overheard"))
U(d, "The human rights organisation aditus foundation said it was reckless", "what happened on the ship.",
  ("aditus foundation", C, neg, "", "'reckless' = judgement of politicians who called them pirates; Salvini is implied but not named -> target empty"))
U(d, "The Jesuit Refugee Service said its lawyers and social workers were ready", "at the reception centre.",
  ("Jesuit Refugee Service", S, pos, "", "offer of help to the migrants (not an actor) = supporting, target empty"))
U(d, "The UN refugee agency UNHCR said it was following the case", "in a port of safety.",
  ("UNHCR", T, neg, "", "appeal for disembarkation in a safe port and no returns: protection appeal (rule 2); 'Libya was not a safe place' is said of conditions, not as a judgement of its government (unsure: could be condemning Libya)"))
U(d, "\"The law has to be applied here like anywhere else.", "at the University of Malta.",
  ("Joanna Scerri", C, neg, "Libya", "invented independent academic (new actor); quote closed by the speaker; 'a country where they will be locked up and abused' = judgement of Libya"))
# No row: the docking and the tanker's route (narration).
