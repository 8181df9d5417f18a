# ------------------------------------------------------------------ New Caledonia unrest, France vs Azerbaijan (full HTML, Pacific site, 2024-05-17)
d = "page_newcaledonia_azerbaijan_webpage.html"
CCAT = "Field Action Coordination Cell"
U(d, "France's government on Thursday accused Azerbaijan of interfering", "change to its voting rules.",
  ("France", C, neg, "Azerbaijan", "accusation in the lead (body text, not the headline)"))
U(d, "Asked on France 2 television whether foreign powers", "\"an arrangement\" with Baku.",
  ("France", C, neg, "Azerbaijan", "Darmanin introduced by role; accusation without stock words ('no invention', 'an arrangement'); Baku = metonym"))
U(d, "Darmanin added that whatever attempts at interference", "master on its own soil.",
  ("France", C, neg, "", "surname only; defiance against 'attempts at interference' from an unnamed abroad -> target empty (unsure: could be neutral)"))
U(d, "He also described the Field Action Coordination Cell (CCAT)", "placed under house arrest.",
  ("France", C, neg, CCAT, "'He' = Darmanin; judgement ('violent criminal outfit') + measure taken (house arrest)"))
U(d, "Prime Minister Gabriel Attal said the state of emergency", "La Tontouta international airport.",
  ("France", N, neu, "", "measures announced against no canonical actor (rioters) = neutral; the preceding toll 'the authorities said' has no actor"))
U(d, "President Emmanuel Macron, who chaired a defence and security council", "until order was restored.",
  ("France", C, neg, "", "judgement + threatened response aimed at the rioters (not a canonical actor) -> target empty"))
U(d, "Macron has also written to New Caledonia's elected leaders", "the territory's future.",
  ("France", T, pos, "", "offer of talks"))
U(d, "A video conference he had planned with them on Thursday", "the Élysée said.",
  ("France", N, neu, "", "postponement with no protest or judgement = neutral; the Élysée = France"))
U(d, "In Nouméa, High Commissioner Louis Le Franc told reporters", "greater Nouméa area.",
  ("France", N, neu, "", "figures; Nouméa = place"))
U(d, "Le Franc said he saw no sign of foreign interference", "in the recent past.",
  ("France", N, neu, "", "surname only; assessment without judgement on any actor (contrast with Darmanin's accusation)"))
U(d, "Azerbaijan's foreign ministry spokesman, Aykhan Hajizada, said Baku", "independence leaders.",
  ("Azerbaijan", N, neg, "", "denial = neutral, negative tone"))
U(d, "The unrest, he said, was the fruit of France's own colonial policies", "answering for its failures.",
  ("Azerbaijan", C, neg, "France", "'he' = Hajizada, mid-sentence attribution; counter-accusation; Paris = metonym"))
U(d, "The Baku Initiative Group, a body set up in Azerbaijan last year", "against civilians.",
  ("Baku Initiative Group", C, neg, "France", "condemnation of French arrests and force (own actor, not Azerbaijan: unsure)"))
U(d, "It said it stood in solidarity with the Kanak people.", "the Kanak people.",
  ("Baku Initiative Group", S, pos, "", "solidarity; 'the Kanak people' is not a canonical actor -> target empty"))
U(d, "The FLNKS, the main pro-independence coalition, called for calm", "withdraw the constitutional bill.",
  ("FLNKS", T, neu, "", "appeal for calm + demand to withdraw the bill, no judgement word; several addressees -> target empty"))
U(d, "\"This bill was forced through against the advice of the Kanak people", "the coalition said in a statement.",
  ("FLNKS", C, neg, "France", "body by context ('the coalition'); holds the state responsible; attribution tail"))
U(d, "Louis Mapou, the pro-independence president of New Caledonia's government, appealed", "rebuild the country on ashes.",
  ("New Caledonia", T, neg, "", "appeal for calm; the territory's own government as its own actor (unsure: could resolve to France as a sub-national government)"))
U(d, "Vanuatu's Prime Minister Charlot Salwai, speaking as chair of the Melanesian Spearhead Group, said", "through the National Assembly.",
  ("Melanesian Spearhead Group", C, neg, "France", "head of government speaking as chair of a regional body = the body (guide); 'could have been avoided had Paris listened' = judgement without stock words"))
U(d, "He urged France to accept the FLNKS proposal", "acceptable to both sides.",
  ("Melanesian Spearhead Group", T, neu, "France", "appeal for a dialogue and mediation mission, addressed to France"))
U(d, "The group reaffirmed its backing for the FLNKS position", "Salwai added.",
  ("Melanesian Spearhead Group", S, pos, "FLNKS", "backing of a party; body by context ('The group')"))
U(d, "Vanuatu's government said separately that it was following events closely", "all its nationals were safe.",
  ("Vanuatu", N, neu, "", "monitoring without appeal + consular facts = neutral"))
U(d, "New Zealand's Foreign Minister Winston Peters, whose visit", "give talks a chance.",
  ("New Zealand", T, neu, "", "appeal to all sides to de-escalate"))
U(d, "Australia's Foreign Minister Penny Wong said Canberra was deeply troubled", "closure of the airport.",
  ("Australia", N, neg, "", "concern without an appeal = neutral, negative; Canberra = metonym; the mother in Rivière-Salée and the political scientists that follow are not actors"))
