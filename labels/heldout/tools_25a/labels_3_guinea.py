# ------------------------------------------------------------------ Military coup in Guinea (UN noon briefing, excerpts, 2021-09-06)
d = "page_guinea_coup_unbriefing.txt"
# UN banner, languages, menu, title, date, note on the excerpt, "GUINEA", "Good afternoon. I will start with Guinea.": no rows
U(d, "As you will have seen, the Secretary-General, speaking over the weekend, said no seizure", "released without delay.",
  ("United Nations", C, neg, "Guinea", "the SG via his spokesman; 'could not be accepted' = judgement + release demand (rule 1); the junta = Guinea (guide)"))
U(d, "The Secretary-General continues to follow developments in Conakry hour by hour.", "The Secretary-General continues to follow developments in Conakry hour by hour.",
  ("United Nations", N, neu, "", "monitoring without an appeal = neutral; Conakry = place"))
U(d, "His Special Representative for West Africa and the Sahel, Mahamat Saleh Annadif", "return to constitutional order.",
  ("United Nations", T, neu, "", "envoy's contacts to press for a peaceful return to constitutional order = calling_for_talks; ECOWAS and the AU are counterparts, not speakers"))
U(d, "Our colleagues in the UN country team tell us", "remain restricted.",
  ("United Nations", N, neu, "", "facts about UN staff and programmes"))
U(d, "The UN Human Rights Office said today that it was troubled", "respected.",
  ("United Nations", T, neg, "", "OHCHR = United Nations; concern + appeal for release and respect of rights, no judgement of an actor = calling_for_talks"))
U(d, "\"Coups have no place in today's world.", "the Secretary-General told reporters yesterday evening.",
  ("United Nations", C, neg, "", "multi-sentence quote closed by its speaker; judgement of coups + appeal (rule 1); no actor named"))
# "QUESTIONS AND ANSWERS" and the journalists' own questions: not statements
U(d, "The leader of the special forces, Colonel Mamady Doumbouya, told ministers", "would be formed.",
  ("Guinea", N, pos, "", "position of a named actor reported inside a question (as 24a); the junta leader (= Guinea) reassuring about his own conduct and plans = neutral, positive"))
# "Does the Secretary-General take him at his word?" : question, no row
U(d, "Spokesman: I'm not going to do a running commentary on every statement coming out of Conakry.", "Spokesman: I'm not going to do a running commentary on every statement coming out of Conakry.",
  ("United Nations", N, neu, "", "declining to comment = neutral"))
U(d, "What matters to us is what happens on the ground", "a clear path back to constitutional order.",
  ("United Nations", T, neu, "", "release, safety of detainees and return to constitutional order, no judgement = calling_for_talks"))
U(d, "Question: The colonel also said former ministers who failed to appear", "rebelling against the new authorities.",
  ("Guinea", C, neg, "", "'The colonel' = Doumbouya; threat against ex-ministers (not a canonical actor) = condemning, target empty"))
# "Isn't that a threat?" : the journalist's question, no row; "Spokesman: We have seen those reports." : no position
U(d, "I would simply say that everyone's rights need to be respected", "restraint from all sides.",
  ("United Nations", T, neu, "", "appeal for restraint to all sides, no judgement = calling_for_talks"))
# "Question: Has the Secretary-General spoken to Colonel Doumbouya?" : question, no row
# "Spokesman: I'm not going to go into the details ..." : a deflection (no row)
# "Mr. Annadif is talking to a wide range of people, and I'll leave it at that." : no position (no row)
U(d, "Question: On ECOWAS, Ghana's President Nana Akufo-Addo, who chairs the bloc, said", "if that did not happen.",
  ("ECOWAS", C, neg, "Guinea", "inside a question; the chair of ECOWAS speaking for the bloc = ECOWAS (guide), not Ghana; demand + threat of sanctions = condemning"))
U(d, "Spokesman: We fully support the efforts of ECOWAS and of the African Union", "hand in hand with both organizations.",
  ("United Nations", S, pos, "", "backing of two bodies' efforts = supporting; two targets -> empty"))
U(d, "Question: Steph, the African Union Chairperson, President Félix Tshisekedi, and the AU Commission Chairperson", "to meet urgently.",
  ("African Union", C, neg, "Guinea", "two AU office holders (Tshisekedi as AU chair, Faki) in a list = one African Union row; condemnation + convening the PSC"))
# "Is there going to be a Security Council meeting here?" : question
# "Spokesman: That's a question for Council members ..." : procedural deflection, no position (no row)
U(d, "The French Foreign Ministry condemned what it called an attempt to seize power by force", "immediate and unconditional release.",
  ("France", C, neg, "Guinea", "inside a question ('Question: On France.' is its own fragment); condemnation + release demand (rule 1)"))
U(d, "China, which has large investments in Guinea, also said it was against the seizure", "by the military.",
  ("China", C, neg, "Guinea", "'opposed any attempt to seize power through a coup', aimed at the coup that happened = judgement (guide: 'opposes X's act'), not 'opposes any escalation'; Beijing in the next sentence = metonym inside the journalist's own question"))
# "Spokesman: You'll have to ask the Chinese Mission about their policy." : a deflection with no position (no row)
# "For our part, I think the message from the international community has been fairly consistent." : summary, no position on an actor (no row)
U(d, "Foreign Ministry spokesman Wang Wenbin also said he hoped all parties in Guinea", "by talking.",
  ("China", T, pos, "", "inside a question; hope for calm, restraint and dialogue = calling_for_talks; addressed to all parties"))
U(d, "Spokesman: Obviously, we want to see a peaceful resolution", "part of that.",
  ("United Nations", T, pos, "", "wish for a peaceful resolution and dialogue = calling_for_talks"))
U(d, "Question: The State Department in Washington said the use of violence and moves outside the constitution", "keep helping the country.",
  ("United States", C, neg, "Guinea", "inside a question; negative judgement of the coup makers' acts + warning about US support (threatened consequence); Washington = place"))
U(d, "Our humanitarian and development work is there for the people of Guinea, and it will continue.", "Our humanitarian and development work is there for the people of Guinea, and it will continue.",
  ("United Nations", S, pos, "Guinea", "continued aid to the people of Guinea = supporting (aid); target by the demonym, as 5c's airdrops (unsure: could be neutral, a plan)"))
U(d, "Question: On the economy, the colonel told mining companies on Monday", "commitments to partners.",
  ("Guinea", N, pos, "", "inside a question; 'the colonel' = Doumbouya; reassurance about the country's own conduct = neutral, positive; bauxite prices in the next sentence = narration"))
U(d, "Spokesman: We've seen reports of people being killed", "confirm any figures at this point.",
  ("United Nations", N, neg, "", "no figures, deaths reported by others = neutral, negative"))
U(d, "Question: The main opposition party, the Union of Democratic Forces of Guinea, said in a statement", "lead to free elections.",
  ("Union of Democratic Forces of Guinea", T, neu, "Guinea", "inside a question; opposition party as its own actor; taking note (no judgement) + asking the junta for an inclusive transition and elections = calling_for_talks (unsure: could be neutral)"))
U(d, "The junta also said it was replacing regional governors with military commanders.", "The junta also said it was replacing regional governors with military commanders.",
  ("Guinea", N, neu, "", "the junta = Guinea; own measure reported, no judgement"))
U(d, "It is for Guineans to agree on a transition, with the support of ECOWAS and the African Union", "as quickly as possible.",
  ("United Nations", T, neu, "", "appeal for an agreed transition back to constitutional rule = calling_for_talks; 'It's not for us to set timelines' before it is a deflection (no row)"))
U(d, "Spokesman: The Secretary-General has been very clear, and he said it again this weekend", "wherever they happen.",
  ("United Nations", C, neg, "", "'unacceptable' aimed at unconstitutional changes of government (no actor named) = judgement; quote opened after a colon"))
U(d, "Spokesman: We have seen statements from the junta saying that the President is in good health", "we would like to see him released.",
  ("United Nations", T, neg, "Guinea", "wish to verify + demand for release, no judgement word = calling_for_talks"),
  ("Guinea", N, pos, "", "the junta's own claim reported by the spokesman (a position of X reported by Y): reassurance = neutral"))
U(d, "Spokesman: He is expected to travel with the ECOWAS mission in the coming days.", "Spokesman: He is expected to travel with the ECOWAS mission in the coming days.",
  ("United Nations", N, neu, "", "the envoy's travel plan = neutral (unsure: joining a mediation mission could be read as calling_for_talks)"))
# "Okay, let's move on ...", "* *** *", "For information media. Not an official record.", related documents, share, footer: no rows
