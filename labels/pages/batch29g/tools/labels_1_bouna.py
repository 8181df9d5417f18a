# ------------------------------------------------------------------ Ivorian gendarmes held in Burkina Faso (wire, 2023-10-04)
d = "page_ivorycoast_bouna_gendarmes2023_wire.txt"
# Not statements: section, headline, byline, read time, time stamp, ADVERTISEMENT, tail, standards line, Read Next links.
U(d, "ABIDJAN/OUAGADOUGOU, Oct 4 (Reuters) - Ivory Coast is pushing", "military rulers in Ouagadougou.",
  ("Ivory Coast", T, neu, "Burkina Faso", "lede: pushing for release via the government = appeal, no judgement; capitals as metonyms in narration"))
# "The two non-commissioned officers ... the next day." = narration of the arrest, no named source: no row.
U(d, "Government spokesman Amadou Coulibaly told reporters", "in a summary of his remarks.",
  ("Ivory Coast", T, pos, "Burkina Faso", "reported clause: quiet contacts chosen over pressure = diplomatic course; health of the men = fact"))
U(d, "\"We have people talking to people", "Coulibaly said.",
  ("Ivory Coast", T, pos, "Burkina Faso", "surname only; open channel + expectation of release, no judgement = talks, hopeful tone"))
U(d, "He said the men had crossed the line while chasing smugglers", "not to gather intelligence.",
  ("Ivory Coast", N, neg, "", "speaker carried over; denial of spying = neutral, negative tone"))
# "Burkina Faso's government has not given an official reason for the detention." = absence of a statement, no row.
U(d, "Communication Minister Rimtalba Jean Emmanuel Ouedraogo, the government spokesman, was quoted", "would decide their case.",
  ("Burkina Faso", N, neu, "", "passive attribution via state broadcaster; facts of the arrest + procedure (courts) = neutral"))
U(d, "\"Burkina Faso does not take lessons on sovereignty from anyone,\" he added", "the state news agency AIB.",
  ("Burkina Faso", C, neg, "", "rebuff aimed at critics without a stock word = judgement; target unnamed -> empty"))
U(d, "Two Burkinabe security sources said Ouagadougou wanted", "found refuge in Ivory Coast.",
  ("Burkina Faso", C, neg, "Ivory Coast", "unnamed sources of a named government speak for it; demand for handover + accusation of sheltering plotters"))
U(d, "Ivorian Defence Minister Tene Birahima Ouattara dismissed that link on Tuesday", "from his ministry.",
  ("Ivory Coast", N, neg, "", "dismissal of the link = denial, neutral with negative tone; 'according to a statement from'"))
U(d, "The ministry said Ivory Coast would not trade its gendarmes", "sheltered on its territory.",
  ("Ivory Coast", N, neg, "", "refusal of a swap + denial of sheltering; no judgement of Burkina stated (unsure: 'not trade' could be read as rejection in protest)"))
# "The arrest comes after Mali held 49 Ivorian soldiers ..." = background, no row.
U(d, "The Economic Community of West African States, which suspended Burkina Faso", "following the case closely.",
  ("ECOWAS", N, neu, "", "monitoring with no appeal = neutral"))
U(d, "The bloc's Commission president, Omar Alieu Touray, called on both governments", "inflame the frontier.",
  ("ECOWAS", T, neu, "", "'the bloc' by context; appeal to both to settle and hold back = talks; target empty (both sides)"))
U(d, "Togo, which helped broker the release of the soldiers held in Mali", "a source in the Togolese foreign ministry said.",
  ("Togo", T, pos, "", "offer of good offices = talks; unnamed official of a named ministry speaks for Togo"))
U(d, "Togolese Foreign Minister Robert Dussey spoke by telephone with both capitals", "the two sides wished.",
  ("Togo", T, pos, "", "calls to both + offer to host a meeting = talks"))
U(d, "Dussey was described in the statement as confident", "back to each other.",
  ("Togo", T, pos, "", "hope of reconciliation = talks (guide: hopes)"))
# "The African Union Commission chairperson ... has not commented publicly." = no statement, no row.
U(d, "In Paris, a French foreign ministry spokeswoman said France had no information", "between two sovereign states.",
  ("France", N, neu, "", "no comment, procedural = neutral; Paris = place"))
U(d, "Serge Kouadio Ble, a researcher at an Abidjan security think tank, said", "each other's uniforms.",
  ("Serge Kouadio Ble", C, neg, "Burkina Faso", "invented independent voice; 'using the men as leverage' + broke courtesy = judgement without stock word"))
U(d, "\"This is a hostage-style bargaining chip dressed up as a border case,\" Ble said.", "Ble said.",
  ("Serge Kouadio Ble", C, neg, "Burkina Faso", "surname only; judgement"))
U(d, "Mariam Sanou, a trader from the Burkinabe side", "an hour later.",
  ("Mariam Sanou", N, neu, "", "invented witness; account of what she saw, no evaluation"))
U(d, "\"Nobody was hurt, nobody fired.", "she said.",
  ("Mariam Sanou", T, pos, "", "facts + wish that the site stay open (unsure: a wish for normal life read as hope for calm = talks; could be neutral)"))
# "Burkina's military government ... drawn closer to Russia." = background, no row.
U(d, "The Ivorian opposition PPA-CI party of former president Laurent Gbagbo urged the government", "any quarrel with the junta.",
  ("African Peoples' Party – Côte d'Ivoire", T, neu, "Ivory Coast", "PPA-CI = alias in parties.csv; party appeal to its own government to put lives first, no judgement = talks (target = the one party addressed)"))
U(d, "Coulibaly added that the government regretted the way the two men", "a neighbour's servicemen.",
  ("Ivory Coast", C, neg, "Burkina Faso", "'regretted' + 'poor way to treat' aimed at Burkina's act = judgement"))
U(d, "Mali and Niger, Burkina Faso's partners in the new Alliance of Sahel States", "against any intrusion.",
  ("Mali", S, pos, "Burkina Faso", "joint communique by a list of states: one row per state; solidarity = supporting"),
  ("Niger", S, pos, "Burkina Faso", "same joint communique"))
U(d, "Ghana, whose border meets both countries' near Bouna", "in a brief statement.",
  ("Ghana", T, pos, "", "hope for a quick, calm settlement = talks"))
U(d, "The U.S. State Department said it was aware of the reports", "to the two governments.",
  ("United States", N, neu, "", "awareness + referral, procedural = neutral"))
