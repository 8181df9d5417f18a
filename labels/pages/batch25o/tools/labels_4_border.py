# ------------------------------------------------------------------ Nigeria's land-border closure: the Nigeria-Benin-Niger tripartite committee (Nigerian state news agency, 2019-11-15)
d = "page_nigeria_benin_border_tripartite2019_statemedia.txt"
# Not statements: agency header, menu, section, headline, byline, time stamps, photo caption line, crossheads, ADVERTISEMENT,
# the agency's own "FNA reports that ..." background, desk codes, editor, related stories, tags, follow prompt, copyright.
U(d, "Nigeria, Benin and Niger have agreed to set up a joint anti-smuggling", "Mr Geoffrey Onyeama, has said.",
  ("Nigeria", N, pos, "", "dateline excluded; joint decision of a list of states reported by Nigeria's minister: one row each; a plan, no evaluation"),
  ("Benin", N, pos, "", "listed state; agreed plan (joint patrol), no evaluation"),
  ("Niger", N, pos, "", "listed state; agreed plan (joint patrol), no evaluation"))
# "Onyeama briefed newsmen in Abuja on Thursday at the end of a four-hour meeting ..." = narration, no row.
U(d, "He said the security services of the three countries", "how the patrol would operate.",
  ("Nigeria", N, neu, "", "'He' = Onyeama; schedule of a meeting = procedure"))
U(d, "\"Nigeria did not close its borders to punish any neighbour.", "the minister said.",
  ("Nigeria", N, neg, "", "multi-sentence quote closed by 'the minister'; justification of its own measure, denies punitive intent, no judgement of another actor"))
U(d, "Onyeama dismissed suggestions that the exercise breached ECOWAS protocols", "admit contraband.",
  ("Nigeria", N, neg, "", "denial of a breach = neutral, negative"))
U(d, "Benin's Minister of Foreign Affairs, Mr Aurélien Agbénonci, said his country", "re-export to Nigeria.",
  ("Benin", N, neu, "", "own measures reported, no evaluation"))
U(d, "Agbénonci told FNA that Cotonou saw Thursday's meeting as a turning point", "normal rhythm again.",
  ("Benin", T, pos, "", "surname only; hope that normal trade resumes = calling_for_talks"))
U(d, "In a statement read on Beninese state radio on Wednesday", "not as an adversary\".",
  ("Benin", T, pos, "Nigeria", "spokesman by role only (official of a named government); commitment to keep working with Nigeria = conciliatory course"))
U(d, "Niger's Minister of Foreign Affairs, Mr Kalla Ankourao, described the closure", "concerns behind it.",
  ("Niger", N, neg, "", "harm described + understanding of the reasons: no judgement, no appeal = neutral, negative"))
U(d, "The ECOWAS Commissioner for Trade, Customs and Free Movement", "persons and goods.",
  ("ECOWAS", C, neg, "Nigeria", "welcome joined to a judgement (closure runs against the protocol): rule 1"))
U(d, "Konzi said the Commission stood ready to provide technical support", "of the three countries.",
  ("ECOWAS", S, pos, "", "offer of assistance = supporting; three states -> target empty"))
U(d, "Nigerien President Mahamadou Issoufou, speaking in his capacity as chairman", "\"within the family\".",
  ("ECOWAS", T, pos, "", "speaks as chair of the ECOWAS Authority -> ECOWAS, not Niger; hope of a settlement"))
U(d, "The Comptroller-General of the Nigeria Customs Service", "police their side.",
  ("Nigeria", C, neg, "", "customs (state agency) = Nigeria; condition + charge that neighbours let goods pile up = judgement; two neighbours -> target empty"))
U(d, "The service's national public relations officer, Deputy Comptroller Joseph Attah", "petroleum products.",
  ("Nigeria", N, pos, "", "results of its own measure (self-praise) = neutral, positive"))
U(d, "Attah warned that anyone caught moving contraband", "arrested and prosecuted.",
  ("Nigeria", C, neg, "", "threat of arrest aimed at smugglers (not an actor) -> target empty"))
U(d, "The National Security Adviser, Maj.-Gen. Babagana Monguno (retd), had earlier told", "since August.",
  ("Nigeria", N, neu, "", "figures given by an official"))
U(d, "President Muhammadu Buhari had told his Beninese counterpart", "from the ground up.",
  ("Nigeria", N, neu, "", "reported clause: Buhari's reason for the measure; Talon is addressed, not a speaker"))
U(d, "The Rice Farmers Association of Nigeria (RIFAN) commended", "first time in years.",
  ("Rice Farmers Association of Nigeria", S, pos, "Nigeria", "praise of the government's measure"))
U(d, "The Manufacturers Association of Nigeria (MAN) also backed the exercise", "protection for local industry.",
  ("Manufacturers Association of Nigeria", S, pos, "Nigeria", "backing of the measure"))
U(d, "In Accra, Ghana's Minister of Trade and Industry, Mr Alan Kyerematen, said", "through diplomatic channels.",
  ("Ghana", T, neg, "Nigeria", "stranded trucks + taking it up through diplomatic channels = diplomatic course, no judgement (unsure: could be neutral)"))
U(d, "The Ghana Union of Traders' Associations (GUTA) was blunter", "press Nigeria to lift it.",
  ("Ghana Union of Traders' Associations", C, neg, "Nigeria", "'a betrayal of the spirit of ECOWAS' = judgement, plus call for pressure"))
U(d, "Dr Folasade Adebanjo-Eze, a development economist", "shut indefinitely.",
  ("Folasade Adebanjo-Eze", N, neg, "", "invented economist; analysis and a warning without an appeal or judgement = neutral"))
U(d, "\"Abuja, Cotonou and Niamey should now sit down as often as it takes", "she said.",
  ("Folasade Adebanjo-Eze", T, neu, "", "appeal for negotiations among the three capitals"))
U(d, "At the Seme border post, Mrs Bisola Akande-Houngbo", "since August.",
  ("Bisola Akande-Houngbo", N, neg, "", "invented trader (person); her situation, no position"))
U(d, "\"They say it is for our good, but my children are eating my savings,\"", "she told FNA.",
  ("Bisola Akande-Houngbo", C, neg, "Nigeria", "'They' = the government; complaint about the measure read as a judgement (unsure: could be neutral hardship)"))
