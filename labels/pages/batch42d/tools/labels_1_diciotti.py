# ---------------------------------------------------------------- Diciotti standoff in Catania (international wire copy, 2018-08-26)
d = "page_italy_diciotti_catania2018_wire.txt"
# Not statements: brand, menu, section, date line, headline, bylines, read time, dateline (cut from the first unit), crossheads,
# credits, trust line, Related Coverage, footer. Left without a row: "Salvini, who also leads the far-right League, answered
# with defiance ..." (lead-in to the quote that follows); the quay scene and the unnamed young man (unnamed speaker);
# "Salvini is due to receive ... Orban" (a meeting listed in narration).
U(d, "The last of the migrants held aboard an Italian coastguard ship", "agreed to take them.",
  ("Italy", C, neg, "", "lead: Salvini's refusal to let them land until other states took them = a coercive measure on partners (unsure: narrated background, could be neutral); several states -> target empty"))
U(d, "About 140 people, most of them from Eritrea, were taken by bus", "in a late-night video on Facebook.",
  ("Italy", N, pos, "", "Salvini announces the outcome: facts"),
  ("Italian Episcopal Conference", S, pos, "", "offer to house the migrants reported by Salvini = the Church's own position (reported speech); 'Italian Catholic Church' = the bishops' conference, as the later paragraphs show"),
  ("Albania", S, pos, "Italy", "offer to take some of the people, reported by Salvini; helps Italy out of the standoff"),
  ("Ireland", S, pos, "Italy", "same, reported offer"))
U(d, "\"Italy has shown that it will no longer be the only harbour of Europe.", "Salvini said.",
  ("Italy", C, neg, "", "multi-sentence quote; praise for the bishops and two states, but 'the rest ... did nothing' is a judgement (rule 1); several states -> target empty"))
U(d, "Hours earlier, prosecutors in the Sicilian city of Agrigento", "seen by CPW.",
  ("Italy", C, neg, "", "formal investigation = a measure taken by a state organ (prosecutors resolve to the state); aimed at Italy's own minister, so target empty (unsure: odd that Italy 'condemns' its minister; no separate actor exists for the prosecutors)"))
U(d, "\"Let them investigate.", "which chanted his name.",
  ("Italy", N, neg, "", "quote over three sentences closed by 'he told the crowd'; defiance, defends his own order, no judgement on an actor (like a denial) -> neutral, negative; speaks of his acts as minister, so Italy (unsure: said at a League gathering, could be Lega)"))
U(d, "The Ubaldo Diciotti picked up 190 people", "no one else was allowed to leave it.",
  ("Italy", N, neu, "", "Toninelli's act (letting the ship dock) reported as done; mostly narration (unsure: could be no row)"))
U(d, "Rome said from the start that Malta should have taken the group", "done nothing to stop it sailing north.",
  ("Italy", C, neg, "Malta", "Rome = metonym; blames Malta ('should have', 'done nothing'); 'Malta's search-and-rescue zone' is a place"))
U(d, "Maltese Home Affairs Minister Michael Farrugia rejected that account", "their destination was Italy.",
  ("Malta", N, neg, "", "rejects Rome's account = denial -> neutral, negative"))
U(d, "Twenty-seven unaccompanied minors were allowed off on Wednesday", "taken off for treatment.",
  ("Italy", T, neu, "", "the juvenile court (a state organ) asked for the minors' release = humanitarian appeal without judgement (unsure: passive narration around it)"))
U(d, "A meeting of senior officials from a dozen EU states that the European Commission convened", "without a single offer.",
  ("European Union", T, neg, "", "the Commission convened the meeting = the host's calling_for_talks (labels/README); failure gives the negative tone"))
U(d, "Deputy Prime Minister Luigi Di Maio, head of the 5-Star Movement", "took in some of the people.",
  ("Italy", C, neg, "European Union", "threat to stop paying into the EU budget = threatened response; deputy PM speaks for the government ('Italy would'), not for his party"))
U(d, "\"If Europe cannot find a bed for 150 human beings", "Di Maio wrote on Facebook.",
  ("Italy", C, neg, "European Union", "multi-sentence quote closed by its speaker; threat repeated; Europe = the EU"))
U(d, "A Commission spokesman told reporters in Brussels that payments", "looking for homes for the people on the ship.",
  ("European Union", C, neg, "Italy", "rebuffs the threat: payments 'could not be tied to anything else' = rejects Italy's step (unsure: could be neutral, a rule restated plus own efforts)"))
U(d, "Prime Minister Giuseppe Conte stood by his ministers", "had to be rewritten.",
  ("Italy", C, neg, "European Union", "'left on its own by its partners' = blame; 'the bloc' = EU"))
U(d, "Salvini went further, warning that if Europe kept its doors shut", "taken back to Libya.",
  ("Italy", C, neg, "European Union", "threat aimed at Europe; Libya is a place here"))
U(d, "Cardinal Gualtiero Bassetti, president of the Italian bishops' conference", "near Rome.",
  ("Italian Episcopal Conference", S, pos, "", "offers shelter to the migrants = providing assistance; people, not an actor -> target empty"))
U(d, "\"We are not choosing a side in a political quarrel.", "Bassetti said.",
  ("Italian Episcopal Conference", S, pos, "", "quote over two sentences; explains the offer, refuses to take sides (unsure: could be neutral)"))
U(d, "Albanian Prime Minister Edi Rama said on Friday", "in the 1990s.",
  ("Albania", S, pos, "Italy", "offer framed as 'a debt of friendship to Italy'"))
U(d, "In Dublin, Ireland's Department of Justice said Ireland would take up to 20 people", "by Irish officials in Italy.",
  ("Ireland", S, neu, "Italy", "offer to take people = sharing Italy's burden; Dublin = place; plain wording -> neutral tone"))
U(d, "The U.N. refugee agency UNHCR said keeping rescued people on a ship", "at further risk.",
  ("UNHCR", C, neg, "Italy", "'unacceptable' aimed at the act of the Italian government (implied by context)"))
U(d, "Its spokeswoman in Italy, Carlotta Sami, urged EU governments", "trigger a new crisis.",
  ("UNHCR", T, neu, "", "appeal to agree a sharing system; addressed to EU governments (several) -> target empty"))
U(d, "Maurizio Martina, leader of the opposition Democratic Party", "stood above the law.",
  ("Democratic Party (Italy)", C, neg, "Italy", "opposition accuses the government ('floating jail to win votes')"))
