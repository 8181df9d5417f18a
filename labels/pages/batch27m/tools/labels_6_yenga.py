# ------------------------------------------------------------------ Yenga: Guinea-Sierra Leone border standoff (international wire copy, 2025-05-05)
d = "page_sierraleone_yenga_border2025_wire.txt"
# Not statements: agency name, menu, section, headline (it carries Sierra Leone's demand, but headlines are never statements), byline, time stamp, the three summary bullets,
# crossheads (CAPITALS AND BODIES REACT, OPPOSITION CRITICISM, VOICES FROM THE BORDER), reporting credits, Our Standards, related coverage, most read, copyright.
U(d, "Sierra Leone demanded on Monday that Guinean soldiers withdraw", "urged the two governments to talk.",
  ("Sierra Leone", C, neg, "Guinea", "dateline excluded; lede: demand + accusation of tearing up agreements (judgement decides); 'West African bodies' are unnamed here (their statements are in the body), no row for them"))
# "Guinean troops have held several crossing points ... residents and local officials say ..." = facts from unnamed speakers, no row.
U(d, "\"What Guinea has done at Yenga is a breach of the word it gave", "told a news conference in Freetown.",
  ("Sierra Leone", C, neg, "Guinea", "judgement + refusal; wire names the speaker fully once"))
U(d, "Bah said the army had been ordered to \"hold every inch\"", "unless fired upon.",
  ("Sierra Leone", C, neg, "Guinea", "surname only; announced military posture against the other side = threat (condemning), tempered by restraint (unsure: could be neutral)"))
U(d, "Foreign Minister Timothy Musa Kabba, speaking from New York", "according to a statement from his ministry.",
  ("Sierra Leone", T, neu, "", "appeal for calm to residents + contact with the army; attribution tail 'according to a statement'"))
U(d, "Kabba said the government preferred to settle the matter", "proposing a meeting within the week.",
  ("Sierra Leone", T, neu, "Guinea", "proposal of talks through the joint commission"))
U(d, "President Julius Maada Bio has asked the Economic Community of West African States", "his office said.",
  ("Sierra Leone", T, neu, "", "request for mediation = calling_for_talks; attribution tail"))
U(d, "In Conakry, government spokesman Ousmane Gaoual Diallo said Guinean soldiers", "had not crossed any border.",
  ("Guinea", N, neg, "", "denial = neutral, negative"))
U(d, "\"There is no incursion and no occupation", "carried by state broadcaster RTG.",
  ("Guinea", N, neg, "", "denial; 'in remarks carried by' attribution; RTG is not an actor"))
U(d, "He said Guinea remained attached to its brotherly ties with Sierra Leone", "\"calmly, with maps on the table\".",
  ("Guinea", T, pos, "Sierra Leone", "offer to discuss demarcation = calling_for_talks"))
U(d, "The ECOWAS Commission said in a statement that it was following the situation with concern", "through dialogue.",
  ("ECOWAS", T, neg, "", "concern + appeal for restraint and dialogue"))
U(d, "The commission's president, Omar Alieu Touray, was quoted in the statement", "send a mission to the area.",
  ("ECOWAS", T, neu, "", "passive attribution; contacts with both + offer of a mission = mediation offer"))
U(d, "The Mano River Union's secretariat in Freetown said it had offered its good offices", "would travel to Conakry this week.",
  ("Mano River Union", T, neu, "", "good offices offered = calling_for_talks"))
U(d, "Liberia, whose border lies a few kilometres from Yenga, said it hoped", "offered to host talks in Monrovia.",
  ("Liberia", T, pos, "", "hope + offer to host talks"))
U(d, "The United Nations Office for West Africa and the Sahel said its head", "from the immediate border area.",
  ("United Nations", T, neu, "", "welcome of the stated commitment joined to an appeal to pull back: peace appeal, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "The African Union Commission chairperson, Mahmoud Ali Youssouf, said he supported", "the Mano River Union.",
  ("African Union", S, pos, "", "backing of two bodies' mediation = supporting; two targets -> empty"))
U(d, "In Sierra Leone, the opposition All People's Congress accused the government", "from social media.",
  ("All People's Congress", C, neg, "Sierra Leone", "opposition accusation of its own government"))
U(d, "\"Yenga did not fall last week.", "signed by its national secretary general.",
  ("All People's Congress", C, neg, "Sierra Leone", "multi-sentence quote closed by 'the party said'; judgement"))
U(d, "The APC added that it would support any lawful measure", "the country's territory.",
  ("All People's Congress", S, neu, "Sierra Leone", "backing of the government's defence measures = supporting"))
U(d, "Sahr Tengbeh Kamanda, a councillor on the Kailahun district council", "with relatives in Koindu town.",
  ("Sahr Tengbeh Kamanda", N, neg, "", "local elected official (invented), independent voice; displacement figures"))
U(d, "\"The women cannot go to the swamps to farm", "Kamanda said.",
  ("Sahr Tengbeh Kamanda", N, neg, "", "description, no judgement"))
U(d, "He said the council had received rice from the government", "blankets and medicine were short.",
  ("Sahr Tengbeh Kamanda", N, neg, "", "facts on aid received and shortages; asking for aid is not supporting"))
U(d, "Aminata Conteh-Sesay, a senior fellow at the Freetown-based Centre", "physical demarcation of the border.",
  ("Aminata Conteh-Sesay", N, neg, "", "independent analyst (invented); diagnosis without judgement of one actor"))
U(d, "\"Both capitals like to sign documents", "she said.",
  ("Aminata Conteh-Sesay", C, neg, "", "judgement of both governments' neglect; two targets -> empty"))
U(d, "Conteh-Sesay said ECOWAS should insist on a joint boundary survey", "make the area inaccessible.",
  ("Aminata Conteh-Sesay", T, neu, "ECOWAS", "appeal to ECOWAS for a joint survey = peaceful course"))
# "Yenga lies on the Makona River ..." and "Guinean troops entered the village during Sierra Leone's 1991-2002 civil war ..." = background, no row.
U(d, "Guinea's foreign ministry summoned Sierra Leone's ambassador in Conakry", "two diplomats told Westline.",
  ("Guinea", C, neg, "Sierra Leone", "summoning an envoy in protest = a measure by act with a grievance; reported by unnamed diplomats, the act is Guinea's"))
U(d, "The U.S. embassy in Freetown said it was monitoring the situation", "keep talking.",
  ("United States", T, neu, "", "monitoring + encouragement of dialogue = calling_for_talks"))
