# ------------------------------------------------------------------ Death in custody of Caracas councilman Fernando Albán (OAS Permanent Council readout, 2018-10-10)
d = "page_fernando_alban_2018_oasreadout.txt"
# Not statements: OAS banner and menu, breadcrumb, "Press Release", title, date, reference numbers, "For more information",
# "Follow the OAS", address line, copyright.
# "The Permanent Council ... today devoted part of its regular meeting ..." = agenda narrative, no row.
# "Mr. Albán, a member of the opposition party ..." = background facts from no source, no row.
U(d, "The Venezuelan Attorney General, Tarek William Saab, told state television", "opened an investigation.",
  ("Venezuela", N, neu, "", "official account (suicide) + announced investigation = facts given by an actor"))
U(d, "Primero Justicia has rejected the official account", "death of its councilman.",
  ("Justice First", C, neg, "Venezuela", "party (canonical, alias Primero Justicia); holds the government responsible"))
U(d, "Opening the discussion, the Secretary General of the OAS, Luis Almagro, said", "with the State alone.",
  ("Organization of American States", C, neg, "Venezuela", "Secretary General speaks for the OAS; responsibility assigned to the state"))
U(d, "\"There is no version of these events", "the Secretary General said.",
  ("Organization of American States", C, neg, "Venezuela", "'the regime' answerable = judgement"))
U(d, "\"The people who detained him, the people who questioned him", "are the same people.\"",
  ("Organization of American States", C, neg, "Venezuela", "quote continued after the attribution; discredits the official account"))
U(d, "Secretary General Almagro said the General Secretariat would send", "situation in Venezuela.",
  ("Organization of American States", C, neg, "Venezuela", "referral of the case to the ICC prosecutor = a taken measure"))
U(d, "He recalled that the Inter-American Commission on Human Rights (IACHR) had asked", "independent investigation.",
  ("Organization of American States", T, neu, "Venezuela", "the IACHR is listed as an alias of the OAS; request for information and an independent inquiry (the Secretary General's recall adds no own position)"))
U(d, "The Secretary General also noted that the Office of the United Nations High Commissioner", "Human Rights Council.",
  ("United Nations", T, neu, "Venezuela", "position of OHCHR reported by another speaker; asks for an open inquiry"))
U(d, "The Permanent Representative of the United States, Ambassador Carlos Trujillo, said", "those who oppose it.",
  ("United States", C, neg, "Venezuela", "judgement without stock words ('the Maduro regime ... how it treats')"))
U(d, "Ambassador Trujillo added that his government would keep using", "death of Mr. Albán.",
  ("United States", C, neg, "Venezuela", "threat of diplomatic and economic measures"))
U(d, "The Representative of Canada expressed her delegation's alarm", "made public.",
  ("Canada", T, neg, "Venezuela", "alarm + appeal for an independent inquiry, no judgement word"))
U(d, "The Representative of Colombia recalled that Mr. Albán held Colombian", "official account credible.",
  ("Colombia", C, neg, "Venezuela", "rejects the official account as not credible (unsure: could be neutral)"))
U(d, "He said the Colombian Foreign Ministry had sent a diplomatic note", "a Colombian national.",
  ("Colombia", N, neu, "", "consular request for information = procedure"))
U(d, "The Representative of Peru read the declaration issued on October 9", "establish what happened.",
  ("Lima Group", T, neg, "Venezuela", "Peru reads the group's declaration = speaks for the group; appeal for an internationally backed inquiry"))
U(d, "In the same declaration, the Lima Group again denounced", "political views.",
  ("Lima Group", C, neg, "Venezuela", "'denounced' the jailing of opponents"))
U(d, "The Representatives of Chile, Paraguay and Guatemala also condemned", "political dissent in Venezuela.",
  ("Chile", C, neg, "Venezuela", "states acting as a list: one row each"),
  ("Paraguay", C, neg, "Venezuela", "same sentence, list"),
  ("Guatemala", C, neg, "Venezuela", "same sentence, list"))
U(d, "The Representative of Argentina expressed his government's support", "situation in Venezuela.",
  ("Argentina", S, pos, "Organization of American States", "support for the Secretary General and the IACHR (both OAS)"))
U(d, "The Representative of Mexico regretted the loss of life", "way out of the crisis.",
  ("Mexico", T, neu, "", "regret of the death (no actor judged) + appeal for an inquiry and a negotiated solution"))
U(d, "The Representative of Costa Rica proposed that the Council formally request", "by the IACHR.",
  ("Costa Rica", T, neu, "Venezuela", "proposes a request for an on-site visit = diplomatic course"))
U(d, "The Permanent Representative of Venezuela, Ambassador Samuel Moncada, said", "investigating his death.",
  ("Venezuela", N, neu, "", "own account of the detention and the investigation"))
U(d, "Ambassador Moncada rejected what he called the use of a personal tragedy", "internal affairs of his country.",
  ("Venezuela", C, neg, "", "accuses the Secretary General (OAS) and the United States: two targets, empty"))
U(d, "\"This Council is being asked to pass judgment", "he said.",
  ("Venezuela", C, neg, "Organization of American States", "complaint that the Council judges without evidence"))
U(d, "\"Venezuela will not accept lessons from governments", "respected its sovereignty.\"",
  ("Venezuela", C, neg, "", "quote continued; rebuke of unnamed governments"))
U(d, "The Representative of Bolivia said it was regrettable", "principle of non-intervention.",
  ("Bolivia", C, neg, "", "'regrettable' aimed at the use of the Council by other members (several, unnamed): target empty"))
U(d, "He said that only dialogue among Venezuelans, without external pressure", "country's differences.",
  ("Bolivia", T, neu, "", "appeal for dialogue"))
U(d, "The Representative of Nicaragua expressed his government's solidarity", "its own institutions.",
  ("Nicaragua", S, pos, "Venezuela", "solidarity with the government"))
U(d, "The Representative of Saint Vincent and the Grenadines said her delegation trusted", "return to dialogue.",
  ("Saint Vincent and the Grenadines", T, pos, "", "trust in Caracas's inquiry + appeal to all parties for dialogue: welcome with a peace appeal = rule 2"))
U(d, "The Chair of the Permanent Council took note of the statements", "minutes of the meeting.",
  ("Organization of American States", N, neu, "", "procedure of the chair"))
