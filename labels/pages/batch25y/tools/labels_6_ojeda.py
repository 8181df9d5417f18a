# ------------------------------------------------------------------ Ojeda murder and the recall of Chile's ambassador in Caracas (Chilean regional daily, English digest, scraped, 2024-04-13)
d = "page_chile_ojeda_gazmuri_recall2024_regionaldaily.txt"
# Not statements: masthead, date line, menu, breadcrumb, 'English digest', headline, byline/time, share bar, photo
# caption 'Foto 1 de 3' with credit, crossheads (AMBASSADOR RECALLED, CARACAS ANSWERS, REACTIONS, IN THE REGION),
# ADVERTISEMENT, 'Lea también' list, tags, newsletter prompt, most read, copyright.
U(d, "Chile's prosecutors said on Friday that the kidnapping and murder", "lowest point in years.",
  ("Chile", C, neg, "Venezuela", "prosecutors (state body) = Chile; long lead carrying narration and the accusation that the crime was ordered from Venezuela"))
# "Ojeda, 32, who had been granted asylum ..." and "His body was found on March 1 ..." = narration, no row.
U(d, "\"Ojeda was persecuted in his own country and sheltered in ours.", "told reporters.",
  ("Chile", C, neg, "Venezuela", "accusation; multi-sentence quote closed by its speaker"))
U(d, "Interior Minister Carolina Tohá said the kidnappers had not acted on their own initiative", "was political.",
  ("Chile", N, neg, "", "finding about the crime with no culprit named in the sentence = neutral; unsure (implies Venezuela)"))
U(d, "Chile will ask Venezuela to arrest and hand over two suspects", "not excuses.\"",
  ("Chile", T, neg, "Venezuela", "extradition request = legal/diplomatic course addressed to one side; 'not excuses' is a warning, not a judgement of a past act; unsure (could be condemning)"))
U(d, "Tohá said every diplomatic option remained open if Caracas did not respond", "will enjoy.\"",
  ("Chile", C, neg, "Venezuela", "veiled threat of measures = condemning"))
U(d, "On Thursday President Gabriel Boric recalled Chile's ambassador in Caracas", "outside the headlines.",
  ("Chile", C, neg, "Venezuela", "recall of the ambassador = a measure against the other side"),
  ("Venezuela", N, neg, "", "Gil's denial that the gang exists ('no longer existed outside the headlines'), reported in the same sentence: a denial = neutral, negative tone"))
U(d, "Boric said Gil's remarks showed a government more interested in denying a problem", "suffer it.",
  ("Chile", C, neg, "Venezuela", "judgement without stock words"))
U(d, "\"Chile is paying for this gang with lives.", "Boric said.",
  ("Chile", C, neg, "Venezuela", "'we got a shrug' = judgement of Caracas"))
U(d, "Foreign Minister Alberto van Klaveren said Gazmuri would brief the government", "answers Chile received.",
  ("Chile", C, neg, "Venezuela", "return of the envoy made conditional on Caracas's answers = a measure kept as pressure; unsure (could be a neutral procedural line)"))
U(d, "Government spokeswoman Camila Vallejo said the executive found Gil's words deeply regrettable", "slip of the tongue.",
  ("Chile", C, neg, "Venezuela", "'deeply regrettable' aimed at a minister's words = judgement"))
U(d, "Before Barros spoke, Boric had sent his condolences to Ojeda's widow", "investigation led.",
  ("Chile", S, neg, "", "condolences to the victim's family (not a canonical actor) -> target empty"))
U(d, "Venezuela's attorney general, Tarek William Saab, said on Friday he had received a request", "diplomatic channels.",
  ("Venezuela", N, neu, "", "Saab = Venezuela (new_actors alias); procedural: request received, will be answered; the channel remark is procedural"))
U(d, "Saab said Venezuelan prosecutors would look for the suspects", "in the country.",
  ("Venezuela", N, neu, "", "cooperation with the inquiry = neutral (as batch22a)"))
U(d, "Venezuela's foreign ministry rejected any suggestion that the state had a hand", "calling the claim baseless.",
  ("Venezuela", N, neg, "", "denial of the charge = neutral, negative tone"))
U(d, "In a statement, the ministry accused sectors of the Chilean right and foreign media", "pointing fingers abroad.",
  ("Venezuela", C, neg, "Chile", "accusation of a smear campaign + 'look at its own failures' = condemning"))
U(d, "Opposition lawmakers from the Independent Democratic Union (UDI) asked the government to expel", "International Criminal Court.",
  ("Independent Democratic Union", C, neg, "Venezuela", "Chilean party (parties.csv); calls for expulsion and an ICC case = calls for measures"))
U(d, "Venezuelan opposition leader María Corina Machado wrote on X that the murder showed", "refusing to look away.",
  ("Unitary Platform", C, neg, "Venezuela", "Machado = Unitary Platform (name files); judgement + thanks to Chile: rule 1"))
U(d, "Argentina's security minister, Patricia Bullrich, said her country had offered", "if asked.",
  ("Argentina", S, pos, "Chile", "backing by act: files offered, investigators on request"))
U(d, "Organization of American States Secretary General Luis Almagro said the crime bore the signature", "international investigation.",
  ("Organization of American States", C, neg, "Venezuela", "judgement + call for an inquiry: rule 1"))
U(d, "A spokesperson for the UN human rights office said it was disturbed", "following the case closely.",
  ("United Nations", N, neg, "", "alarm with no appeal = neutral, negative"))
U(d, "The Senate's foreign relations committee said it had received the government's request", "on Tuesday.",
  ("Chile", N, neu, "", "procedural line: request received, hearing scheduled; the Senate resolves to its state"))
# "In Talca, where several hundred Venezuelan families have settled ..." = narration, no row.
U(d, "Yusleidy Marcano, who runs a Venezuelan community association in the city", "safe anywhere.",
  ("Yusleidy Marcano", N, neg, "", "invented community leader (person); fear described, no appeal"))
U(d, "\"Some of our members have stopped posting anything about Venezuela.", "Marcano said.",
  ("Yusleidy Marcano", N, neg, "", "effects of the crime described; no judgement of a named actor, no appeal"))
U(d, "The regional government of Maule said it would hold a meeting with migrant associations", "security concerns.",
  ("Chile", N, neu, "", "regional government resolves to its state; plan = neutral"))
U(d, "Patricio Ferrada Soto, who teaches international relations at the Universidad de Talca", "consular help.",
  ("Patricio Ferrada Soto", T, neu, "", "invented academic; approval of the recall joined to a warning against a full rupture (an implied appeal to keep ties): rule 2 before rule 3; unsure"))
U(d, "\"The goal has to be getting the suspects into a Chilean court.", "Ferrada said.",
  ("Patricio Ferrada Soto", T, pos, "", "hope that both governments keep talking"))
