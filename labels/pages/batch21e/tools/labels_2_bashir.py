# ------------------------------------------------------------------ ICC warrant for al-Bashir and the expulsion of aid agencies (UN noon-briefing highlights + press conference, .txt, 2009-03-06)
d = "page_bashir_warrant_unreadout.txt"
# No rows: site menus, document header, section headings in capitals, "* *** *", "For information media", related documents, share bar, footer.
U(d, "The Secretary-General remains deeply troubled by the Government of Sudan's decision", "the Spokesperson said.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative; attribution tail"))
U(d, "He has asked the Government to reverse the decision at once", "she added.",
  ("United Nations", T, neg, "Sudan", "pronoun subject (the SG); demand to reverse the expulsions with no judgement word = calling_for_talks (humanitarian access)"))
U(d, "As reported on Wednesday, Pre-Trial Chamber I of the International Criminal Court", "the charge of genocide.",
  ("International Criminal Court", C, neg, "Sudan", "the Court's warrant against a sitting head of state, a specific act reported = a measure against the other side (unsure: could be neutral procedure)"))
U(d, "The Court's Registry said on Thursday it had transmitted requests", "that are not parties.",
  ("International Criminal Court", N, neu, "", "Registry = the Court; procedure"))
U(d, "The Spokesperson recalled that the Court is an independent institution", "resolution 1593 (2005).",
  ("United Nations", N, neu, "", "reminder of facts, no evaluation"))
U(d, "The Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, John Holmes", "without clean water.",
  ("United Nations", N, neu, "", "role then name; figures of the gap = neutral, neutral tone (guide: figures)"))
U(d, "Holmes said neither the United Nations agencies nor the Sudanese ministries", "nothing to do with the Court.",
  ("United Nations", C, neg, "Sudan", "surname only; judgement without stock words (a decision that penalized the innocent)"))
U(d, "The World Food Programme (WFP) said it held enough food", "among the organizations ordered out.",
  ("World Food Programme", N, neu, "", "WFP kept separate from the UN (name files); stocks and lost partners = facts"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) will publish", "early next week.",
  ("United Nations", N, neu, "", "OCHA = United Nations; a plan"))
U(d, "The African Union-United Nations Hybrid Operation in Darfur (UNAMID) said its troops", "what was essential.",
  ("United Nations", N, neu, "", "UNAMID = United Nations (name files); security measures in crisis vocabulary"))
# "The mission has about 12,000 uniformed personnel ..." : the document's background figure, no speaker: no row.
# "The Security Council held closed consultations ..." : narration, no row.
U(d, "Speaking to reporters afterwards in his capacity as President of the Council for March", "for the time being.",
  ("United Nations", N, neu, "", "the Council President speaking as such = the Council (United Nations); no agreement = neutral"))
U(d, "He informed reporters that, on behalf of the African Group, he had told members", "article 16 of the Rome Statute.",
  ("African Union", T, neu, "", "the AU's decision reported by Dabbashi (speaking for the African Group, no row of his own): a request for deferral by diplomatic means, no judgement in the sentence"),
  ("Arab League", T, neu, "", "'together with the League of Arab States' = joint act, one row per body"))
U(d, "Speaking then in his national capacity, Mr. Dabbashi said:", "had never spoken.\"",
  ("Libya", C, neg, "International Criminal Court", "national capacity = Libya; quote opened after a colon, two sentences = one unit; worry + 'as if ... had never spoken' = judgement on the Court"))
U(d, "Sudan's Permanent Representative, Abdalmahmood Abdalhaleem Mohamad, told reporters", "false testimony to the Court.",
  ("Sudan", C, neg, "", "rejection of the warrant + accusation of the expelled agencies (two targets: empty)"))
U(d, "He said his Government's Humanitarian Aid Commission was already moving", "without bread or water.",
  ("Sudan", N, pos, "", "own measures + reassurance = neutral, positive"))
U(d, "Asked whether the Secretary-General would still deal with President Bashir", "of United Nations staff.",
  ("United Nations", N, neu, "", "working relations + the Government's responsibility stated as fact, no appeal"))
U(d, "Asked about the position of the African Union, the Spokesperson said", "requests for a deferral.",
  ("African Union", C, neg, "International Criminal Court", "the AU PSC communiqué reported by the UN spokesperson = the AU's statement; 'regretted' aimed at the Court = condemning; 'taken note' is no UN position"))
U(d, "A correspondent noted that the Chinese Foreign Ministry spokesman, Qin Gang", "shared that view.",
  ("China", C, neg, "International Criminal Court", "China's position reported inside a correspondent's question; 'ill-timed' = judgement"))
U(d, "The Spokesperson replied that the Secretary-General respected the independence", "individual Member States.",
  ("United Nations", N, neu, "", "declines to comment = neutral"))
U(d, "Another correspondent asked about President Bashir's address to a rally in Khartoum", "working as spies.",
  ("Sudan", C, neg, "", "Bashir's rally remarks reported inside a question; Khartoum = place; accusation of the Court and the agencies (target empty)"))
U(d, "The Spokesperson said she had seen reports of the rally", "stood.",
  ("United Nations", T, neg, "Sudan", "repeated call on the Government to let aid workers work and protect people = calling_for_talks"))
U(d, "Asked for a reaction to remarks by the United States Permanent Representative, Susan Rice", "nothing to add to what the Secretary-General had said.",
  ("United States", C, neg, "Sudan", "Rice's position reported in a question: 'indefensible' + pressing for reversal; Washington = metonym; the Spokesperson's non-answer gives no UN row"))
U(d, "A correspondent said the Arab League Secretary-General, Amr Moussa", "for the whole region.",
  ("Arab League", N, neg, "", "alarm without an appeal or a named culprit = neutral, negative; Cairo = place"))
# "The Spokesperson noted that the Secretary-General and Mr. Moussa had spoken by telephone ..." : a call listed in narrative, no row.
# Press conference: "Two scholars of Sudan briefed correspondents ..." : narration, no row.
U(d, "Nadia Osman, a lecturer in international law at the University of Westbrook", "she said.",
  ("Nadia Osman", N, neg, "", "independent scholar; risks and scenarios, multi-sentence quote closed by 'she said'; Khartoum = metonym in her quote"))
U(d, "She called the expulsions a collective punishment of the displaced", "the judges' decision.",
  ("Nadia Osman", C, neg, "Sudan", "scholar's explicit judgement of the expulsions"))
U(d, "Peter Lindqvist, a researcher on the Horn of Africa", "he said.",
  ("Peter Lindqvist", N, neg, "", "researcher on scenarios; the Doha talks and the goodwill agreement are background inside his sentence"))
U(d, "He pointed out that JEM's leader, Khalil Ibrahim, had welcomed the warrant", "bring Mr. Bashir before it.",
  ("Justice and Equality Movement", S, pos, "International Criminal Court", "JEM's welcome reported by the researcher = JEM's statement; Lindqvist takes no position here"))
U(d, "\"The one thing the Council can still do is put its full weight behind the Doha track", "Lindqvist said.",
  ("Peter Lindqvist", T, neu, "United Nations", "appeal to the Council (United Nations) to back talks and a ceasefire"))
U(d, "Asked whether the Court should have waited, Ms. Osman said", "applied the Statute as written.",
  ("Nadia Osman", N, neu, "", "declines to judge the timing; the judges' reading stated as fact (unsure: mild backing of the Court)"))
