# ------------------------------------------------------------------ Mali coup, ECOWAS ultimatum and sanctions, the deal of 6 April (international wire copy, 2012-04-07)
d = "page_mali_coup_ecowas_wire.txt"
# No rows: agency menu, section, headline, byline, time line, read time, photo captions with credits and "1 of 4",
# dateline (excluded from the first unit), ADVERTISEMENT, capitals crossheads, "Related:", reporting credits, Our
# Standards, Topics, newsletter prompt, MOST READ, copyright.
# The junta (Sanogo, "the soldiers") speaks for its state: Mali (guide). The ousted Toure does not speak on the page.
# No rows (narration / background): "In return, the sanctions ... are to be lifted and an amnesty will cover ..." (terms
# in the passive; ECOWAS's own position follows), "Mutinous soldiers seized power on March 22 ...", "Two days later, a
# plane carrying regional heads of state turned back ...", "In Bamako, where long queues had formed ...", the Libya background
# (inside the last body sentence, whose row is the U.N. agencies' figure).
# No rows (summary line): "The coup drew condemnation from around the world."
# No rows (speakers that are not actors): the petrol station attendant, "Analysts".
U(d, "Mali's military junta agreed late on Friday to hand power to the speaker of parliament", "quick to dismiss.",
  ("Mali", T, pos, "", "dateline excluded; long lead: the junta (= Mali) agrees to a negotiated handover = calling_for_talks; 'governments in the region and beyond' are unnamed (no row)"),
  ("National Movement for the Liberation of Azawad", N, neu, "", "the rebels' proclamation reported in a relative clause = own act, no judgement"))
U(d, "Under the framework agreement, read out on state television by junta leader Captain Amadou Sanogo", "organising elections.",
  ("Mali", N, neu, "", "terms of the deal read out by the junta leader = procedure"))
U(d, "Djibrill Bassole, Burkina Faso's foreign minister, who negotiated the deal on behalf of the ECOWAS mediator", "ended without delay.",
  ("ECOWAS", S, pos, "Mali", "Bassole speaks for the ECOWAS mediation (not for Burkina Faso) and reports the chairman's wish: lifting the embargo = approval of the junta's step (rule 3); unsure: could be calling_for_talks"))
U(d, "He said the agreement guaranteed the safety of ousted President Amadou Toumani Toure", "detained by the soldiers.",
  ("ECOWAS", N, neu, "", "'He' = Bassole; terms of the deal"))
U(d, "The National Movement for the Liberation of Azawad (MNLA) proclaimed the independence", "its officials in Paris.",
  ("National Movement for the Liberation of Azawad", N, neu, "", "own declaration, no judgement; Paris = place"))
U(d, "\"We have fought for this for half a century.", "Mossa Ag Attaher said.",
  ("National Movement for the Liberation of Azawad", N, pos, "", "multi-sentence quote closed by its speaker; reassurance about its own conduct = neutral, positive"))
U(d, "The African Union dismissed the declaration as legally void", "territorial integrity.",
  ("African Union", C, neg, "National Movement for the Liberation of Azawad", "rejection of another party's act as void = judgement"))
U(d, "Paris said it would not recognise any state carved out of Mali.", "carved out of Mali.",
  ("France", C, neg, "National Movement for the Liberation of Azawad", "Paris = metonym; refusal to recognise the rebels' state (unsure: no explicit judgement word; read as rejection of the declaration)"))
U(d, "The U.S. State Department rejected the declaration and urged the rebels to negotiate", "back in place.",
  ("United States", C, neg, "National Movement for the Liberation of Azawad", "rejection + appeal for talks = rule 1; Bamako = metonym (object)"))
U(d, "Neighbouring Niger, which fears the revolt could spread", "the break-up of Mali.",
  ("Niger", C, neg, "National Movement for the Liberation of Azawad", "'would never accept' the break-up = rejection of the rebels' aim; the fear is background"))
U(d, "Ansar Dine, an Islamist group that fought alongside the MNLA", "bid for independence.",
  ("Ansar Dine", C, neg, "National Movement for the Liberation of Azawad", "armed group under its own name; 'opposed the rebels' bid' aimed at an actor = condemning; its own demand (Islamic law) in the same sentence"))
U(d, "The African Union suspended Mali the following day", "froze their aid.",
  ("African Union", C, neg, "Mali", "suspension of a member = measure"),
  ("World Bank", C, neg, "Mali", "aid freeze = measure; list of three actors in one sentence = one row each"),
  ("African Development Bank", C, neg, "Mali", "same"))
U(d, "Washington cut off part of its assistance, and State Department spokeswoman Victoria Nuland said", "stepped aside.",
  ("United States", C, neg, "Mali", "Washington = metonym; aid cut + threat of more (measures)"))
U(d, "At an emergency summit in Abidjan on March 27, ECOWAS suspended Mali", "standby force on alert.",
  ("ECOWAS", C, neg, "Mali", "suspension + standby force on alert = measures; Abidjan = place; naming a mediator in the same sentence"))
U(d, "Meeting instead at Abidjan airport, the leaders gave the junta 72 hours", "a travel ban on its members.",
  ("ECOWAS", C, neg, "Mali", "'the leaders' = the ECOWAS heads of state by context; ultimatum = condemning (guide)"))
U(d, "\"This is not a threat against the people of Mali.", "told reporters.",
  ("ECOWAS", C, neg, "Mali", "multi-sentence quote closed by its speaker; judgement of the junta (= Mali)"))
U(d, "Sanogo said he understood the bloc's concerns but asked for patience", "in the north.",
  ("Mali", T, neu, "", "asks for patience and for outside help (asking for help is not supporting, labels/README) = calling_for_talks (unsure: could be neutral)"))
U(d, "As the rebels took Kidal, Gao and Timbuktu over three days", "prepare the transition.",
  ("Mali", T, pos, "", "long sentence: rebel gains narrated; restoring the constitution + promising a national convention = commitment to a negotiated transition"))
U(d, "ECOWAS leaders meeting in Dakar on Monday judged that step insufficient", "with immediate effect.",
  ("ECOWAS", C, neg, "Mali", "sanctions imposed; Dakar = place"))
U(d, "\"The junta must go. Until it does, nothing will cross our borders", "said after the meeting.",
  ("ECOWAS", C, neg, "Mali", "quote closed by its speaker; Ouattara as chairman of ECOWAS speaks for the body (guide); demand + embargo"))
U(d, "Military chiefs from the bloc met in Abidjan on Thursday to plan for a force", "halt the rebels.",
  ("ECOWAS", C, neg, "", "planned military force against the junta and the rebels = announced operation (unsure: could be a neutral plan); two targets -> empty"))
U(d, "French Defence Minister Gerard Longuet said France would provide logistical support", "to any such force.",
  ("France", S, pos, "ECOWAS", "offer of logistical support = supporting"))
U(d, "The U.N. Security Council on Wednesday demanded that the junta hand power back", "in the north.",
  ("United Nations", C, neg, "", "demand to the junta + condemnation of the rebels = rule 1; two targets -> empty"))
U(d, "French Foreign Minister Alain Juppe welcomed Friday's agreement", "taken office.",
  ("France", S, pos, "", "welcome + conditional resumption of cooperation = supporting; the agreement has two parties -> target empty"))
U(d, "The rebellion in the north, fuelled by heavily armed fighters", "according to U.N. agencies.",
  ("United Nations", N, neg, "", "background narration + a displacement figure given by UN agencies (attribution tail) = the agencies' neutral row"))
