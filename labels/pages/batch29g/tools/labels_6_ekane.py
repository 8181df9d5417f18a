# ------------------------------------------------------------------ Anicet Ekane's death in detention (MANIDEM press-release page, 30 Nov - 5 Dec 2025)
d = "page_cameroon_ekane_custodydeath2025_partyreleases.html"
M = "African Movement for New Independence and Democracy"
# Not statements: logo, nav, breadcrumbs, page title, intro note, communiqué headings, date lines, captions with credits
# and "1 of 3", ADVERTISEMENT, share bar, comments, footer.
U(d, "The National Bureau of MANIDEM informs the public that the health of President Anicet Ekane", "over the weekend.",
  (M, N, neg, "", "the party's bureau = the party; facts of detention and health"))
U(d, "The party demands that he be moved without delay to a civilian hospital", "handed back to his doctors.",
  (M, T, neg, "Cameroon", "humanitarian demand addressed to the authorities, no judgement word = talks, negative"))
U(d, "MANIDEM states that anyone who blocks that transfer will carry the weight", "of what follows.",
  (M, C, neg, "Cameroon", "warning that holds the authorities responsible in advance = judgement/threat"))
U(d, "It is with immense grief that the National Bureau announces the death", "his arrest in Douala.",
  (M, N, neg, "", "announcement of the death = fact, grief"))
U(d, "The party holds that his death was not a misfortune but the outcome of deliberate choices", "from his lawyers.",
  (M, C, neg, "Cameroon", "accusation made by describing the treatment = condemning"))
U(d, "The vice-president of the party, Valentin Dongmo, said Ekane had been arrested for his opinions", "as noise.",
  (M, C, neg, "Cameroon", "reported clause; arrest for opinions + alarms ignored = judgement"))
U(d, "\"We asked, we wrote, we begged.", "the vice-president said.",
  (M, C, neg, "Cameroon", "quote over several sentences closed by 'the vice-president said' (title only); state responsible = judgement"))
U(d, "MANIDEM asks its members and sympathisers to gather in dignity, without violence", "in Douala.",
  (M, T, neg, "", "appeal to own members for calm = talks"))
U(d, "The party has read the statement by the Minister of Communication, René Emmanuel Sadi", "the gendarmerie's medical centre.",
  (M, N, neu, "", "the party notes a statement (no judgement in this sentence)"),
  ("Cameroon", N, neu, "", "the minister's claim of proper care, reported by the party = Cameroon's statement; reassurance about own conduct"))
U(d, "The Ministry of Defence, for its part, announced that an investigation had been opened", "would be communicated.",
  ("Cameroon", N, neu, "", "procedure announced"))
U(d, "Both statements offered condolences to the family.", "to the family.",
  ("Cameroon", N, neg, "", "condolences to a family = neutral, grieving tone"))
U(d, "MANIDEM rejects the Government's version as an attempt to wash its hands", "its own walls.",
  (M, C, neg, "Cameroon", "rejection as evasion = judgement (not a bare denial)"))
U(d, "An investigation run by the very institution that held him cannot be trusted", "the family's lawyers.",
  (M, C, neg, "Cameroon", "speaker named after the quote ('the National Bureau said'); distrust = judgement + appeal for an independent inquiry (rule 1)"))
U(d, "The Secretary General of the party, speaking at a press conference in Douala, added", "failed to act.",
  (M, C, neg, "Cameroon", "title only; a murder complaint + threat to take the case to the African Commission = a response announced against the state"))
U(d, "The National Bureau thanks all those in Cameroon and abroad", "the family and the party.",
  (M, N, pos, "", "thanks, no actor named = neutral, positive"))
U(d, "The party notes that Human Rights Watch has called for a swift inquiry", "Cameroonian custody.",
  ("Human Rights Watch", C, neg, "Cameroon", "HRW's position reported by the party; 'long record of neglect' = judgement + appeal (rule 1)"))
U(d, "The UN human rights office has said it is troubled by the death", "since the October election.",
  ("United Nations", T, neg, "Cameroon", "concern + appeals (investigation, release), no explicit judgement = talks"))
U(d, "The Cameroon Renaissance Movement of Maurice Kamto sent a delegation", "a stain on the Republic.",
  ("Cameroon Renaissance Movement", C, neg, "Cameroon", "solidarity visit + 'a stain on the Republic' = judgement decides"))
U(d, "The Social Democratic Front sent condolences to the family and the party.", "and the party.",
  ("Social Democratic Front", S, neg, M, "condolences addressed to a party (an actor) = solidarity, supporting (unsure: condolences alone could be neutral)"))
U(d, "The French foreign ministry, asked about the case at its daily briefing", "no further comment.",
  ("France", N, neu, "", "no comment = neutral"))
U(d, "Pierre Essomba, a political scientist at a university in Douala", "the lives of its opponents.",
  ("Pierre Essomba", C, neg, "Cameroon", "invented scholar; questions whether the state can be trusted with opponents' lives = judgement without stock words (unsure: could be read as analysis = neutral)"))
U(d, "Marthe Ngo Bassong, a party activist who was held in the same facility", "could no longer stand.",
  ("Marthe Ngo Bassong", C, neg, "Cameroon", "invented witness; describing mistreatment of detainees = accusation by description"))
U(d, "The family and the party will announce the date of the funeral", "has taken place.",
  (M, N, neu, "", "plan"))
U(d, "MANIDEM calls on the Government to release the body without conditions", "in peace.",
  (M, T, neu, "Cameroon", "appeal, no judgement = talks"))
U(d, "The vice-president said the party would continue President Ekane's fight by peaceful means only.", "by peaceful means only.",
  (M, T, pos, "", "commitment to peaceful means = talks (unsure: own conduct could be neutral)"))
U(d, "\"He never asked anyone to take up a weapon, and we will not dishonour him,\" Dongmo said.", "Dongmo said.",
  (M, N, pos, "", "surname only; reassurance about own conduct = neutral"))
