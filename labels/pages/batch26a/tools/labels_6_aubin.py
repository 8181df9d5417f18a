# ------------------------------------------------------------------ Niger expels the UN resident coordinator Louise Aubin (scraped Ghanaian regional daily, 2023-10-12)
d = "page_niger_aubin_expulsion2023_regionaldaily.txt"
# Not statements: masthead, tagline, login bar, menu, section, headline, date/byline, font/print/share bar, crossheads, ADVERTISEMENT, Related, MOST READ, comments note, copyright.
U(d, "Niger's military authorities have ordered the United Nations resident and humanitarian coordinator", "relations between the junta and its former partners.",
  ("Niger", C, neg, "United Nations", "expulsion of a UN official = condemning (guide: expulsions)"))
# "The order was contained in a foreign ministry statement dated Tuesday and made public on Wednesday." = narration, no row.
U(d, "It did not name any act by Ms Aubin herself, but accused the UN Secretary-General", "General Assembly debate in New York last month.",
  ("Niger", C, neg, "United Nations", "'It' = the ministry statement; accusation against the Secretary-General"))
U(d, "According to the statement, the Secretariat had also tried to shut Niger's chosen delegates out", "a congress of the Universal Postal Union.",
  ("Niger", C, neg, "United Nations", "'according to the statement' = second-hand attribution; further accusation (reported clause: only Niger's position is a statement)"))
U(d, "\"These manoeuvres, carried out behind the backs of the Nigerien people", "the ministry said.",
  ("Niger", C, neg, "United Nations", "judgement ('manoeuvres ... behind the backs') + announced consequences"))
# "Ms Aubin, a Canadian national, has led the UN system in Niger since January 2021." = background, no row.
# "Foreign Minister Bakary Yaou Sangaré ... was named by the junta to address ... but never took the floor ..." = what someone did, narration: no row.
U(d, "Colonel-Major Amadou Abdramane, spokesman for the ruling National Council", "the UN agencies or their staff working in Niger.",
  ("Niger", C, neg, "United Nations", "the junta speaks for its state; the measure aimed at the Secretariat's conduct = condemning, with a reassurance to the agencies"))
U(d, "He insisted that humanitarian programmes would continue", "the safety of all aid workers.",
  ("Niger", N, pos, "", "reassurance about its own conduct = neutral (labels/README)"))
U(d, "At UN headquarters, spokesman Stéphane Dujarric said Mr Guterres had been informed of the decision", "found it hard to accept.",
  ("United Nations", C, neg, "Niger", "'found it hard to accept' = judgement on the act (like 'not acceptable')"))
U(d, "\"Sending away the person who coordinates aid for millions of Nigeriens", "Dujarric told reporters.",
  ("United Nations", C, neg, "Niger", "judgement without a stock word ('punishes the very people')"))
U(d, "The spokesman rejected the charge that the Secretariat had barred Niger's delegation", "and not by the Secretary-General.",
  ("United Nations", N, neg, "", "'the spokesman' = Dujarric; denial = neutral, negative"))
U(d, "He said the UN would keep its humanitarian operations in Niger running", "needed assistance this year.",
  ("United Nations", S, pos, "Niger", "aid kept going = supporting (backing by act)"))
U(d, "The World Food Programme said separately that its distributions", "going ahead as planned.",
  ("World Food Programme", N, neu, "", "facts about its own operations"))
U(d, "Canada, Ms Aubin's home country, said it was concerned by the decision and called on Niger's military authorities", "in a statement from Global Affairs Canada.",
  ("Canada", T, neg, "Niger", "concern + appeal to reverse and keep channels open, no judgement word = calling_for_talks"))
U(d, "The expulsion comes a day after the United States formally designated the July takeover a coup", "suspends most American assistance to Niger.",
  ("United States", C, neg, "Niger", "a specific act reported as done: coup designation suspending aid = a measure against Niger"))
U(d, "State Department spokesman Matthew Miller said more than 500 million dollars in programmes would remain frozen", "a return to civilian rule.",
  ("United States", C, neg, "Niger", "aid freeze with a condition = sanction (condemning)"))
U(d, "Miller said life-saving humanitarian and food aid would not be affected by the suspension.", "Miller said life-saving humanitarian and food aid would not be affected by the suspension.",
  ("United States", N, neu, "", "scope of the measure = procedural (unsure: could be read as supporting by aid)"))
U(d, "France, meanwhile, has begun pulling its roughly 1,400 troops out of Niger.", "France, meanwhile, has begun pulling its roughly 1,400 troops out of Niger.",
  ("France", N, neu, "", "a specific act reported as done (withdrawal), no protest or judgement stated = neutral"))
U(d, "The first convoy left the base at Ouallam on Tuesday under a Nigerien escort, the CNSP said.", "The first convoy left the base at Ouallam on Tuesday under a Nigerien escort, the CNSP said.",
  ("Niger", N, neu, "", "facts given by an actor"))
U(d, "In Bamako, Mali's state broadcaster reported that the transitional government had told Niamey", "describing it as a sovereign choice.",
  ("Mali", S, pos, "Niger", "'state broadcaster reported' = second-hand; backing Niger's decision = supporting"))
U(d, "An ECOWAS spokesperson in Abuja declined to comment on the expulsion", "the decisions of its heads of state.",
  ("ECOWAS", N, neu, "", "declining to comment + procedural reference = neutral"))
U(d, "Ghana's Minister for Foreign Affairs, Shirley Ayorkor Botchwey, told the Herald", "\"talk to each other rather than about each other\".",
  ("Ghana", T, pos, "", "hope for direct talks between two sides"))
U(d, "\"Whatever the quarrel in New York, the people of Niger should not lose the help", "bring the two sides together.",
  ("Ghana", T, neu, "", "'the minister' by title; appeal + offer to mediate"))
U(d, "Efua Mensah-Bonsu, a senior fellow at the West Africa Policy Institute in Accra, said the expulsion followed a script", "Barbara Manzi, in December.",
  ("Efua Mensah-Bonsu", N, neg, "", "invented analyst; comparison, no explicit judgement"),
  ("Burkina Faso", C, neg, "United Nations", "a specific act reported as done (expelled the UN coordinator) = condemning (unsure: background act cited by the analyst)"))
U(d, "\"The juntas have discovered that picking a fight with the UN costs them very little", "she said.",
  ("Efua Mensah-Bonsu", C, neg, "", "cynical judgement on the juntas (several) -> target empty"))
U(d, "Mensah-Bonsu said the UN had itself been slow to explain", "the junta's version to take hold.",
  ("Efua Mensah-Bonsu", C, neg, "United Nations", "criticism of the UN's slowness"))
U(d, "\"Both sides are playing to their audiences", "she said.",
  ("Efua Mensah-Bonsu", C, neg, "", "judgement on both sides -> target empty"))
U(d, "In Niamey, Professor Issoufou Garba Maïkassoua, who teaches international law", "needlessly abrupt.",
  ("Issoufou Garba Maïkassoua", C, neg, "Niger", "invented scholar; defends the right but judges the manner: rule 1"))
U(d, "\"A state may ask an official to leave, that is its privilege,\"", "he said.",
  ("Issoufou Garba Maïkassoua", N, neu, "", "statement of a legal principle, no evaluation of an actor"))
U(d, "\"But seventy-two hours for the head of the whole UN system is a message, not a procedure.\"", "\"But seventy-two hours for the head of the whole UN system is a message, not a procedure.\"",
  ("Issoufou Garba Maïkassoua", C, neg, "Niger", "quote continued; the deadline read as a punitive signal = judgement without a stock word"))
U(d, "Niger's humanitarian needs have grown since ECOWAS imposed border closures", "food in several regions.",
  ("ECOWAS", C, neg, "Niger", "a specific act reported as done: sanctions = condemning (unsure: background clause; the 'aid agencies' are unnamed, no row)"))
