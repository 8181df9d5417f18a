# ------------------------------------------------------------------ Arrest of Agbeyome Kodjo in Lome (UN noon briefing transcript, 2020-04-21)
d = "page_togo_kodjo_arrest2020_unnoon.txt"
# Not statements: site header, title, date, transcript note, topic headings (**...), "Questions and Answers", "Question: Thank you.", footer.
U(d, "As you know, the Secretary-General will release later this week a policy brief", "on human rights.",
  ("United Nations", N, neu, "", "announcement of a publication"))
U(d, "In it, he warns that the virus cannot become an excuse", "under cover of emergency powers.",
  ("United Nations", N, neg, "", "general warning aimed at no actor, no peace appeal (unsure: could be calling_for_talks as a rights appeal)"))
U(d, "He says that emergency measures must be legal", "they must have a time limit.",
  ("United Nations", N, neu, "", "norms for emergency measures, no actor addressed"))
U(d, "Turning to Yemen, the Special Envoy, Martin Griffiths, continues his consultations", "a joint response to the pandemic.",
  ("United Nations", T, neu, "", "mediation on a ceasefire"))
U(d, "He urges both sides to respond positively", "proposals that are on the table.",
  ("United Nations", T, neu, "", "appeal to both parties"))
U(d, "From the Central African Republic, the peacekeeping mission tells us", "three hospitals in Bangui.",
  ("United Nations", S, pos, "Central African Republic", "aid delivered = supporting"))
# "And I have a note on Togo, in response to a number of your questions." = lead-in, no row.
U(d, "The Secretary-General is following the situation in Togo closely", "presidential candidate, Agbéyomé Kodjo, in Lomé.",
  ("United Nations", N, neu, "", "monitoring, no appeal = neutral"))
U(d, "He calls on the Togolese authorities to ensure that any legal proceedings", "his fundamental rights.",
  ("United Nations", T, neu, "Togo", "appeal for due process, no judgement"))
U(d, "The Secretary-General also encourages all political actors in Togo", "peaceful and legal means.",
  ("United Nations", T, neu, "", "appeal for dialogue"))
U(d, "The Special Representative for West Africa and the Sahel, Mohamed Ibn Chambas, remains in contact", "the ECOWAS Commission.",
  ("United Nations", T, neu, "", "envoy's contacts = diplomatic engagement (unsure: could be neutral)"))
U(d, "On Togo, the prosecutor in Lomé said in a statement today that Mr. Kodjo was arrested", "the internal security of the State.",
  ("Togo", C, neg, "Agbéyomé Kodjo", "journalist's question reporting the prosecutor's position = Togo's statement (labels/README); charges against the opponent = accusation"))
# "Does the Secretary-General find that account convincing?" = the question itself, no row.
U(d, "I'm not going to comment on the details of a judicial process", "under way in Togo.",
  ("United Nations", N, neu, "", "declining to comment"))
U(d, "What we are asking is that the process be transparent", "be respected.",
  ("United Nations", T, neu, "Togo", "appeal on rights and process"))
# "Soldiers broke down the doors ..." = narration in the question, no row.
U(d, "The bishops' conference in Togo today condemned what it called brutal treatment.", "The bishops' conference in Togo today condemned what it called brutal treatment.",
  ("Episcopal Conference of Togo", C, neg, "Togo", "reported in a question; condemnation of the arrest's brutality"))
U(d, "Obviously, we would be concerned by any reports of excessive use of force.", "Obviously, we would be concerned by any reports of excessive use of force.",
  ("United Nations", N, neg, "", "conditional concern, no appeal = neutral"))
U(d, "The High Commissioner's office is looking into these reports", "more to say.",
  ("United Nations", N, neu, "", "procedure (OHCHR = United Nations)"))
U(d, "Mr. Kodjo's party says it still considers him the winner", "February's election.",
  ("Patriotic Movement for Democracy and Development", N, neg, "", "claim of victory, no judgement in the sentence (unsure: contesting results could be condemning)"))
U(d, "The results were proclaimed by the Constitutional Court of Togo", "took note of them at the time.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "Professor Kossi Amegah of the University of Lomé told my agency", "who still doubts the results\".",
  ("Kossi Amegah", C, neg, "Togo", "independent scholar quoted in a question; judgement of the arrest"))
U(d, "I think the policy brief we are issuing this week will speak for itself.", "I think the policy brief we are issuing this week will speak for itself.",
  ("United Nations", N, neu, "", "deflection"))
U(d, "It applies to every country, and Togo is no exception.", "It applies to every country, and Togo is no exception.",
  ("United Nations", N, neu, "", "implicit reminder, no judgement or appeal stated (unsure)"))
U(d, "I'd refer you to ECOWAS for its own position.", "I'd refer you to ECOWAS for its own position.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "What I can tell you is that Mr. Chambas has been in touch", "calm must prevail.",
  ("United Nations", T, neu, "", "shared appeal for calm"),
  ("ECOWAS", T, neu, "", "the ECOWAS Commission president shares the view, relayed by the UN"))
U(d, "The Togolese government says the arrest has nothing to do with politics", "nobody is above the law.",
  ("Togo", N, neg, "", "reported in a question; denial of a political motive = neutral, negative"))
U(d, "We've heard those statements, and I've told you what we are asking for", "and a political dialogue.",
  ("United Nations", T, neu, "", "appeal repeated"))
U(d, "And the European Union's spokesperson today urged Lomé", "physical integrity.",
  ("European Union", T, neu, "Togo", "reported in a question; appeal for the detainee's safety"))
U(d, "We would certainly share any call for Mr. Kodjo's safety", "to be guaranteed.",
  ("United Nations", T, neu, "", "shares the appeal"))
U(d, "A Lomé human rights activist, Yawo Adjeoda, told journalists today", "he says he won\".",
  ("Yawo Adjeoda", C, neg, "Togo", "independent activist quoted in a question; judgement of the treatment"))
# "Will the Secretary-General call the President?" = question, no row.
U(d, "I have no calls to announce at this point.", "I have no calls to announce at this point.",
  ("United Nations", N, neu, "", "non-announcement"))
U(d, "The Secretary-General's engagement is through his Special Representative", "keep you updated.",
  ("United Nations", N, neu, "", "procedure"))
