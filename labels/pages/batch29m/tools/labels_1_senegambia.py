# ------------------------------------------------------------------ Senegal-Gambia border blockade, failed Dakar talks (wire, 2016-05-16)
d = "page_senegambia_blockade2016_wire.txt"
# Not statements: outlet line, headline, byline, dateline, lede (narration of talks ending), "The blockade began ..." (background),
# reporting credits, copyright, related coverage.
U(d, "Senegalese Foreign Minister Mankeur Ndiaye said after the meeting", "for as long as it took.",
  ("Senegal", T, pos, "Gambia", "commitment to keep negotiating = calling_for_talks; Dakar = place"))
U(d, "\"We do not close borders, and we have never asked anyone", "Ndiaye told reporters.",
  ("Senegal", N, neg, "", "denial that Senegal closed the border = neutral, negative tone"))
U(d, "He said the two delegations had agreed to meet again in Banjul", "at Farafenni.",
  ("Senegal", T, neu, "", "'He' = Ndiaye; agreement to a further round = calling_for_talks"),
  ("Gambia", T, neu, "", "the other delegation's agreement reported by Ndiaye = Gambia's position too"))
U(d, "Gambian Foreign Minister Neneh Macdouall-Gaye was quoted by the state broadcaster GRTS", "before any further step.",
  ("Gambia", N, neu, "", "passive attribution via state broadcaster; procedural line (report to the president) = neutral"))
U(d, "Gambia had already cut the fee back to its old level in March", "not by any Gambian rule.",
  ("Gambia", N, neg, "", "presidency statement: fact (fee reverted) + denial that Gambia keeps trucks out (unsure: shifting the cause to the unions could be read as blame, but the unions are no canonical target and no judgement word is used)"))
U(d, "President Yahya Jammeh said at a rally in Farafenni last week", "he had not started.",
  ("Gambia", C, neg, "Senegal", "refuses to travel to talks with the grievance stated (a dispute he did not start) = refusal in protest"))
U(d, "\"Our side of the border is open day and night.", "Jammeh said.",
  ("Gambia", C, neg, "Senegal", "blames Dakar for the shortages ('ask Dakar') = holding someone responsible"))
U(d, "The Senegalese government has rejected that account", "to its neighbour.",
  ("Senegal", C, neg, "Gambia", "judgement without a stock word: unilateral decision 'without a word of warning'"))
U(d, "A senior Senegalese diplomat, who asked not to be named", "between its north and its south\".",
  ("Senegal", C, neg, "Gambia", "unnamed official of a named government speaks for it; the fee called a tax on Senegal's road = judgement"))
U(d, "The Economic Community of West African States (ECOWAS), to which Gambia complained in April", "to both capitals.",
  ("ECOWAS", T, neu, "", "mediation missions sent = act of mediation"),
  ("Gambia", C, neu, "Senegal", "a formal complaint to the regional body = a specific act of accusation (unsure: could be neutral procedure)"))
U(d, "In a statement issued from Abuja on Monday, the ECOWAS Commission urged", "at the negotiating table.",
  ("ECOWAS", T, neu, "", "appeal to keep the border open and negotiate, no judgement"))
U(d, "The commission's president, Kadre Desire Ouedraogo, said he was", "divide them\".",
  ("ECOWAS", T, pos, "", "confidence/hope that the two peoples settle = calling_for_talks (hope)"))
U(d, "Guinean President Alpha Conde, who flew to Banjul last month to mediate", "his office said.",
  ("Guinea", T, neu, "", "offer to host talks = calling_for_talks"))
U(d, "Conde hoped the frontier would", "carried by the Guinean news agency.",
  ("Guinea", T, pos, "", "hope for normality, reported via state news agency = calling_for_talks"))
U(d, "The African Development Bank, which is financing most of the Senegambia bridge", "whatever the state of the talks.",
  ("African Development Bank", S, pos, "", "backing by act: loan tranche released for the bridge; aimed at both states -> target empty"))
# "Shortages have pushed the price of a bag of rice ... traders said." = unnamed speakers, figures, no row.
U(d, "The drivers' coalition in Karang said it would lift the blockade only if", "holding lorries for days.",
  ("Senegalese truck drivers' coalition", C, neg, "Gambia", "blockade kept as a measure until demands are met (unsure: could be read as conditions = neutral)"))
U(d, "Its spokesman, Abdou Karim Faye, said Gambian patrols had fined and jailed", "for years.",
  ("Senegalese truck drivers' coalition", C, neg, "Gambia", "spokesman named by role; accusation of abuse by Gambian patrols"))
U(d, "\"Our members have been treated like smugglers", "Faye said.",
  ("Senegalese truck drivers' coalition", C, neg, "Gambia", "surname only; judgement (treated like smugglers, no one answered)"))
U(d, "\"We will go round by Tambacounda for as long as it takes,\" he added.", "he added.",
  ("Senegalese truck drivers' coalition", N, neu, "", "plan of the boycott's route, no judgement or appeal"))
U(d, "The Gambian interior ministry denied that drivers were mistreated", "to every vehicle.",
  ("Gambia", N, neg, "", "denial = neutral, negative tone"))
U(d, "Fatou Sowe, a market trader in Farafenni, said", "sit down together.",
  ("Fatou Sowe", T, neg, "", "invented witness; demand to stop quarrelling and talk, no explicit judgement word (labels/README: demand to stop = calling_for_talks)"))
U(d, "\"We are the ones paying for their pride,\" she said.", "she said.",
  ("Fatou Sowe", C, neg, "", "judgement on both governments' pride -> target empty"))
U(d, "Aminata Diallo, who teaches regional integration", "about trust.",
  ("Aminata Diallo", N, neu, "", "invented scholar; analysis without judgement or appeal"))
U(d, "\"Banjul used the toll to remind Dakar", "Diallo said.",
  ("Aminata Diallo", C, neg, "", "judgement on both capitals' conduct -> target empty"))
U(d, "\"Neither capital has made a single move", "she said.",
  ("Aminata Diallo", C, neg, "", "speaker carried across a paragraph break ('she'); judgement on both sides' rigidity (unsure: could be neutral analysis)"))
U(d, "The United States embassy in Banjul said it was following the dispute closely", "on the negotiations.",
  ("United States", N, neu, "", "monitoring + no comment, no appeal = neutral"))
# "Senegal's President Macky Sall has not spoken publicly about the blockade." = no statement (says what he did not do).
