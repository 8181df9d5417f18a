# ------------------------------------------------------------------ Venezuela expels the EU ambassador after new EU sanctions (Venezuelan state media, English service, 2021-02-26)
d = "page_venezuela_eu_envoy_expelled2021_statemedia.txt"
# Not statements: agency name, menu, date line, section label, headline, capitals crossheads, [PHOTO n/3] captions with credits,
# ADVERTISEMENT, sign-off "ABI/jr/mc", RELATED NEWS, tags, share bar, subscribe prompt, most read, copyright.
U(d, "The Bolivarian Government on Friday reaffirmed its decision", "19 Venezuelan public servants.",
  ("Venezuela", C, neg, "European Union", "dateline 'Caracas, February 26, 2021 (ABI).- ' excluded; lede: expulsion upheld + blame on the EU"))
U(d, "Foreign Minister Jorge Arreaza handed the notice to Ambassador Isabel Brilhante Pedrosa", "leave the national territory.",
  ("Venezuela", C, neg, "European Union", "expulsion of a diplomat = condemning (guide's recurring cases)"))
U(d, "\"Venezuela does not accept that any foreign body pass sentence on its institutions.", "at the Casa Amarilla.",
  ("Venezuela", C, neg, "European Union", "multi-sentence quote closed by its speaker ('the foreign minister'); rejection + threat of an answer"))
U(d, "Arreaza said he had also delivered notes of protest to the ambassadors of Germany", "within the bloc.",
  ("Venezuela", C, neg, "", "protest notes to four states = measure in protest; several targets -> empty"))
U(d, "In a televised address from Miraflores Palace, President Maduro said the European Union would have to choose", "chosen the second.",
  ("Venezuela", C, neg, "European Union", "ultimatum-like choice + judgement that the EU chose confrontation"))
U(d, "\"Venezuela is ready to turn the page tomorrow if Brussels rectifies,\" the head of state added.", "the head of state added.",
  ("Venezuela", T, neu, "European Union", "speaker carried across the paragraph break ('the head of state'); conditional offer to mend ties = calling_for_talks (labels/README: conditional offers of talks)"))
U(d, "Vice Minister for Europe Yván Gil, in an interview with VTV, said", "continue to do so.",
  ("Venezuela", T, neu, "", "keeping channels open = readiness for dialogue (unsure: could be neutral)"))
U(d, "On Tuesday, the National Assembly installed on January 5 approved by a majority a resolution", "Jorge Rodríguez.",
  ("Venezuela", C, neg, "European Union", "the government-controlled legislature = an organ of the state (guide: parliament -> state); NOT the name files' 'National Assembly of Venezuela' actor, which stands for the Guaidó-led body (unsure); urging an expulsion = call for a measure"))
U(d, "Rodríguez said the measures were an attempt to punish the Venezuelan people", "on December 6.",
  ("Venezuela", C, neg, "European Union", "surname only; judgement of the sanctions"))
# "The EU, which did not recognize the December 6 parliamentary election, added the 19 officials ..." = background narration of a measure already reported, no row.
U(d, "The extremist sector of the opposition led by Juan Guaidó", "lobbied for in Brussels.",
  ("National Assembly of Venezuela", S, pos, "European Union", "Guaidó = 'National Assembly of Venezuela' in the name files; applauding the sanctions = backing; 'extremist' is the outlet's framing"))
U(d, "In Brussels, the spokeswoman for the European foreign policy chief Josep Borrell, Nabila Massrali", "to think again.",
  ("European Union", C, neg, "Venezuela", "spokeswoman named by role first; 'a step backwards' judgement + appeal to reverse (rule 1)"))
U(d, "The spokeswoman said Brussels still wanted Venezuelans to settle their crisis at the negotiating table.", "at the negotiating table.",
  ("European Union", T, neu, "", "'the spokeswoman' only; appeal for negotiation"))
U(d, "On Thursday, at Borrell's initiative, the Council of the EU declared Venezuela's ambassador", "a direct answer to Caracas.",
  ("European Union", C, neg, "Venezuela", "declaring an envoy persona non grata in reply = expulsion-type measure"))
U(d, "Ambassador Salerno said on social media that she would go on defending Venezuela", "sent her.",
  ("Venezuela", N, pos, "", "Venezuela's envoy on her own duty; no judgement or appeal"))
U(d, "The German Foreign Office said that sending the ambassador away served no one", "harder to reach.",
  ("Germany", C, neg, "Venezuela", "judgement without stock words"))
U(d, "Spanish Foreign Minister Arancha González Laya said Madrid would keep working within the EU", "free elections in Venezuela.",
  ("Spain", T, neu, "", "commitment to a negotiated outcome"))
U(d, "Portugal, which holds the rotating presidency of the Council of the EU", "Portuguese foreign ministry.",
  ("Portugal", S, pos, "European Union", "'according to a statement from'; solidarity with the EU's envoy (target the EU, whose ambassador she is)"))
U(d, "In Washington, State Department spokesman Ned Price said the United States stood with its European partners", "fears scrutiny.",
  ("United States", C, neg, "Venezuela", "backing of the EU joined to a judgement of Caracas = rule 1"))
U(d, "Arreaza replied on Twitter that Washington, the author of the blockade", "on diplomacy.",
  ("Venezuela", C, neg, "United States", "judgement of the US"))
U(d, "In Moscow, Foreign Ministry spokeswoman Maria Zakharova said the EU's sanctions policy was a road to nowhere", "defend its sovereignty.",
  ("Russia", C, neg, "European Union", "judgement of the EU's policy + backing of Venezuela = rule 1"))
U(d, "Cuban Foreign Minister Bruno Rodríguez expressed on Twitter Cuba's firm solidarity", "government and people.",
  ("Cuba", S, pos, "Venezuela", "solidarity"))
U(d, "The Bolivarian Alliance for the Peoples of Our America (ALBA-TCP) said in a communique", "Venezuelan State.",
  ("Bolivarian Alliance for the Peoples of Our America", S, pos, "Venezuela", "backing of the decision"))
U(d, "The governments of Nicaragua and Bolivia also sent messages of support", "the Foreign Ministry reported.",
  ("Nicaragua", S, pos, "Venezuela", "list of two states, one row each; their support reported by Venezuela's ministry is their own position (guide: a position of X reported by Y)"),
  ("Bolivia", S, pos, "Venezuela", "same sentence"))
U(d, "Political analyst Ramón Urdaneta, a professor of international relations", "acting as a mediator.",
  ("Ramón Urdaneta", C, neg, "European Union", "invented scholar; judgement of the EU; 'told ABI' (the agency is not an actor)"))
U(d, "Urdaneta said the two sides would nevertheless have to talk again", "has not stopped.",
  ("Ramón Urdaneta", T, neu, "", "talks as a necessity"))
U(d, "Economist Gladys Marcano, of the Centre for Sovereign Economic Studies in Caracas", "little practical effect.",
  ("Gladys Marcano", N, neu, "", "invented economist; assessment, no judgement"))
