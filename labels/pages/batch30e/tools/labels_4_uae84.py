# ------------------------------------------------------------------ the "UAE84" mass-trial verdict, with Gaza, Sudan and Ukraine (UN noon briefing, 2024-07-11)
d = "page_uae84_masstrial_verdict2024_unnoon.txt"
# Not statements: site header, menu, title, date, the transcript note, topic headings (** ...), the journalists' bare questions
# ("Does the Secretary-General accept that account?", "Has the UN raised that ...?", "Is the Secretary-General planning ...?",
# "Is the Secretary-General worried ...?", "Does the UN have its own assessment?", "Question: Stéphane, on the UAE trial.",
# "Question: A follow-up.", "Question: Thank you. On Gaza.", "Question: On Ukraine."), closing formulas, footer.
U(d, "Our humanitarian colleagues tell us that the evacuation orders issued yesterday", "damaged by months of fighting.",
  ("United Nations", N, neg, "", "humanitarian facts relayed, no judgement, no appeal"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) says", "no safe place for them to go.",
  ("United Nations", N, neg, "", "OCHA = United Nations; facts, grim tone"))
U(d, "The UN Relief and Works Agency for Palestine Refugees (UNRWA) reports", "UN premises are inviolable.",
  ("UNRWA", T, neg, "", "UNRWA is canonical on its own; a fact + reminder to all parties to respect its premises = appeal, no judgement"))
U(d, "The Secretary-General once again calls for an immediate humanitarian ceasefire", "throughout Gaza.",
  ("United Nations", T, neu, "", "appeal for a ceasefire, release of hostages and aid"))
U(d, "Turning to Sudan, the International Organization for Migration (IOM) says", "late last month.",
  ("United Nations", N, neg, "", "IOM (a UN agency) displacement figure = neutral facts"))
U(d, "Our colleagues on the ground say that partners are scaling up support", "far short of what is needed.",
  ("United Nations", N, neg, "", "relief facts and a funding gap, no appeal stated"))
U(d, "We once again urge the parties to allow safe and unhindered humanitarian access", "front lines and borders.",
  ("United Nations", T, neu, "", "appeal for humanitarian access"))
U(d, "On Ukraine, the Secretary-General reiterates his condemnation of Monday's missile attacks", "children's hospital in Kyiv.",
  ("United Nations", C, neg, "Russia", "condemnation relayed by the Spokesperson"))
U(d, "Our humanitarian colleagues say repairs to the hospital's damaged wards have begun", "generators to the facility.",
  ("United Nations", S, pos, "Ukraine", "supplies delivered = aid provided (backing by act)"))
U(d, "The High Commissioner for Human Rights, Volker Türk, today asked the Emirati authorities", "already in prison.",
  ("United Nations", T, neg, "United Arab Emirates", "OHCHR = United Nations; a demand to set aside verdicts with no judgement word in the sentence = calling_for_talks, negative (labels/README: a demand addressed to one side) (unsure: could be condemning)"))
U(d, "He said the proceedings had been marred by serious fair-trial concerns", "already served sentences.",
  ("United Nations", C, neg, "United Arab Emirates", "judgement of the trial ('marred', second trial for the same conduct)"))
U(d, "Türk also called for the release of all those detained solely", "freedom of expression and association.",
  ("United Nations", T, neu, "United Arab Emirates", "appeal for release, no judgement in the sentence"))
U(d, "Closing with a thank you, to Ecuador, which has paid its regular budget dues", "fully paid-up Member States to 101.",
  ("United Nations", S, pos, "Ecuador", "thanks for a payment = approval"))
U(d, "The Emirati Foreign Ministry said in a statement last night that the defendants", "not peaceful activism.",
  ("United Arab Emirates", N, neg, "", "a journalist's question reporting the UAE's position = the UAE's statement (labels/README); rebuttal of the critics = denial, neutral (unsure: 'terrorist organization' charges the defendants, a non-canonical group)"))
U(d, "Spokesperson: The Secretary-General shares the High Commissioner's concerns", "to address them.",
  ("United Nations", T, neg, "United Arab Emirates", "concern + hope that the appeal addresses it = calling_for_talks"))
U(d, "Mariam Al-Sayegh, a lawyer advising several of the defendants' families", "solitary confinement for months.",
  ("Mariam Al-Sayegh", C, neg, "United Arab Emirates", "invented independent voice reported in a question; accusation of mistreatment"))
U(d, "Spokesperson: I'm not going to go into the details of our diplomatic contacts.", "diplomatic contacts.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "The human rights office has been engaging with the Emirati authorities", "continue to do so.",
  ("United Nations", N, neu, "", "engagement described as fact, no appeal stated"))
U(d, "Question: And on the same subject, Ingrid Halvorsen, who teaches Gulf politics", "ever signed a petition.",
  ("Ingrid Halvorsen", C, neg, "United Arab Emirates", "invented scholar's judgement reported in a question; the question's lead-in is no one's"))
U(d, "Spokesperson: I think the Secretary-General's position is clear", "what I just said.",
  ("United Nations", N, neu, "", "procedural non-answer"))
U(d, "Prime Minister Netanyahu said yesterday that Israel would not stop the war", "deliberately stalling the talks.",
  ("Israel", N, neu, "", "own war aims stated as a plan, no judgement of another actor (unsure)"),
  ("Hamas", C, neg, "Israel", "'Hamas officials' of a named body = Hamas; accusation of stalling"))
U(d, "Spokesperson: We want to see an agreement reached as quickly as possible", "to bring the parties to that point.",
  ("United Nations", T, pos, "", "wish for an agreement + backing of the mediators: the peace appeal decides (rule 2 before rule 3)"))
U(d, "Every day without a ceasefire is another day of death and suffering", "the hostages and their families.",
  ("United Nations", T, neg, "", "continues the Spokesperson's answer; an implicit appeal for a ceasefire"))
U(d, "The Russian ambassador, Vassily Nebenzia, told the Security Council on Tuesday", "not by a Russian strike.",
  ("Russia", N, neg, "", "reported in a question; denial of responsibility = neutral, negative"))
U(d, "Spokesperson: Our colleagues at the Human Rights Monitoring Mission in Ukraine", "by an intercepted missile.",
  ("United Nations", N, neu, "", "a factual finding relayed, no judgement word"))
# "I would refer you to what they said." = procedural, no position (not labelled).
U(d, "Spokesperson: Ramtane Lamamra continues his contacts with both delegations", "the distribution of aid.",
  ("United Nations", T, neu, "", "the Personal Envoy's talks and encouragement = calling_for_talks"))
