# ------------------------------------------------------------------ Burkina Faso expels the Le Monde and Libération correspondents (state news agency dispatch, AIB, 2023-04-03)
d = "page_burkina_correspondents_expelled2023_stateagency.txt"
# Not statements: masthead, language bar, menu, breadcrumb, slug, headline, photo caption, sign-off, initials, share bar,
# read-also links, tags, address and copyright.
U(d, "The Government of Burkina Faso, through the voice of the Minister of Communication", "Volunteers for the Defence of the Homeland (VDP).",
  ("Burkina Faso", N, neu, "", "dateline excluded; minister with full titles speaks for the government; attachment to press freedom + reminder of the rules for accreditation, no actor judged (unsure: an implied warning to foreign media)"))
U(d, "Speaking to the press at the end of a working session", "on the part of the Government.",
  ("Burkina Faso", C, neu, "", "the expulsion notified to the two correspondents = a taken measure (expulsion), told in procedural words -> condemning with a neutral tone; the newspapers are media ('-' in the name files) -> target empty"))
# "The two journalists, whose accreditations ... according to the two newspapers." = facts reported by media (not actors): no row.
U(d, "The Minister of Communication recalled that the Government had, on Monday 27 March 2023,", "bereave the country every day.",
  ("Burkina Faso", C, neg, "", "earlier suspension of France 24 recalled (a measure) + judgement ('propaganda of the terrorist groups'); France 24 is media, terrorist groups unnamed -> target empty"))
U(d, "He further recalled that the Government had, in a communiqué issued the same week,", "the origin of the said images.",
  ("Burkina Faso", C, neg, "", "'firmly condemned' Libération's article (media, not an actor) -> target empty; long reported-speech sentence"))
U(d, "\"Burkina Faso does not expel journalism; it expels manipulation.", "declared Mr Ouédraogo.",
  ("Burkina Faso", C, neg, "", "two-sentence quote closed by its speaker; 'manipulation' = judgement of the expelled reporters' work; the open-doors line is secondary"))
U(d, "The Minister further indicated that the accreditations of the other foreign correspondents", "the regulations in force.",
  ("Burkina Faso", N, pos, "", "reassurance about own conduct = neutral, positive tone"))
U(d, "He invited the foreign media which consider themselves wronged", "against the Burkinabè nation.",
  ("Burkina Faso", C, neg, "", "pointer to legal avenues + 'campaigns of denigration' = judgement of foreign media (not actors) -> target empty"))
U(d, "The President of the Transition, Head of State, Captain Ibrahim Traoré,", "treated as such.",
  ("Burkina Faso", C, neg, "", "head of state with full titles; warning that relaying media will be treated as accomplices = threat; no canonical target"))
U(d, "Asked about the state of relations with the French Republic,", "defined by the Burkinabè people.",
  ("Burkina Faso", T, neu, "France", "'the Government Spokesperson' = Ouédraogo; ties kept + openness to cooperation 'founded on mutual respect' = offer of continued relations (Paris = France)"))
U(d, "Questioned on a possible return of the two correspondents,", "after due examination.",
  ("Burkina Faso", N, neg, "", "surname only; refusal to reconsider a measure with no new judgement or grievance stated = neutral, negative tone (unsure: upholding an expulsion could be condemning)"))
U(d, "He added, however, that no foreign capital would dictate to Burkina Faso", "against terrorism.",
  ("Burkina Faso", C, neg, "", "defiance/warning aimed at 'no foreign capital' (no one named) -> target empty (unsure: France is implied by the context)"))
U(d, "In Paris, the spokesperson of the French Ministry for Europe and Foreign Affairs,", "everywhere in the world.",
  ("France", C, neg, "Burkina Faso", "Paris = place; spokesperson by role then name; 'regretted' the decision = judgement (labels/README.md)"))
U(d, "The managements of the two Paris dailies, in statements published on Sunday,", "stood by the work of their correspondents.",
  ("", C, neg, "Burkina Faso", "the two newspapers are media outlets (Le Monde is '-' in the name files: not an actor); kept as a stance example with an empty actor; protest against an unexplained measure = judgement"))
U(d, "The international organisation Reporters Without Borders (RSF), for its part,", "France 24 in March 2023.",
  ("Reporters Without Borders", C, neg, "Burkina Faso", "'denounced' = condemning; the earlier suspensions are the context"))
U(d, "At the national level, the Association des journalistes du Burkina (AJB)", "the Conseil supérieur de la communication (CSC).",
  ("Association des journalistes du Burkina", T, neg, "Burkina Faso", "concern + invitation to dialogue, no judgement word = calling_for_talks, negative tone"))
U(d, "The Committee to Protect Journalists (CPJ), based in New York,", "work freely in the country.",
  ("Committee to Protect Journalists", T, neg, "Burkina Faso", "demand to one side to reverse the measure, no judgement word (labels/README.md) = calling_for_talks, negative; New York = place"))
U(d, "The International Federation of Journalists (IFJ) expressed its solidarity", "under difficult conditions.",
  ("International Federation of Journalists", S, pos, "", "solidarity with the reporters (not actors) = supporting, target empty"))
U(d, "The Centre national de presse Norbert Zongo (CNP-NZ)", "in the defence of their profession.",
  ("Centre national de presse Norbert Zongo", C, neg, "Burkina Faso", "'unwarranted blow' = judgement (guide word); the appeal to journalists' unity is secondary"))
U(d, "On the other hand, the coordinator of a collective of associations supporting the Transition,", "engaged at the front.",
  ("Issouf Kaboré", S, pos, "Burkina Faso", "invented pro-government activist (independent person); welcomes the government's firmness"))
U(d, "\"Those who film our soldiers only to dirty them", "in the coming days.",
  ("Issouf Kaboré", C, neg, "", "quote closed by its speaker (plus a rally announced); judgement of the foreign reporters (not actors) -> condemning, target empty; his support for the government is in the previous row"))
U(d, "It should be recalled that the Government had, in December 2022, suspended the broadcasting of Radio France Internationale (RFI)", "an armed terrorist group.",
  ("Burkina Faso", C, neg, "Radio France Internationale", "a specific earlier measure + accusation, both aimed at RFI (canonical organisation)"))
