# ------------------------------------------------------------------ Republic of the Congo: the disputed March 2016 election and the 4 April fighting in Brazzaville (French-African news site in English, full HTML, 2016-04-05)
d = "page_brazzaville_2016_postelection_afrique.html"
# Not statements: language bar, nav, breadcrumbs, rubric, headline, lede, byline/meta, captions ("2/5"), crossheads, ADVERTISEMENT, endnote, keywords, share bar, newsletter, Read also, comments, most read, footer.
U(d, "Congo's Constitutional Court on Monday confirmed President Denis Sassou Nguesso's victory", "where support for the opposition is strongest.",
  ("Republic of the Congo", N, neu, "", "the court is a state body; a ruling reported as done; the gunfire is narration"))
U(d, "The court's president, Auguste Iloki, said Sassou Nguesso had won 60 percent", "could change the outcome.",
  ("Republic of the Congo", N, neu, "", "results and dismissal of complaints = procedure, no judgement"))
# "Shooting broke out before dawn ..., where residents said ..." = narration with unnamed residents, no row.
U(d, "Government spokesman Thierry Moungalla said armed men linked to the former", "set some of them on fire.",
  ("Republic of the Congo", C, neg, "National Resistance Council", "accusation of the Ninja fighters of Pastor Ntoumi's movement (declared in new_actors.csv)"))
U(d, "\"These were not protesters but armed criminals", "Moungalla said on state television.",
  ("Republic of the Congo", C, neg, "National Resistance Council", "'armed criminals' + 'will be hunted down' = judgement and threat"))
U(d, "He said the security forces had regained control of the districts", "no figure for casualties.",
  ("Republic of the Congo", N, neu, "", "own operation reported as done"))
U(d, "A spokesman for Pastor Ntoumi, whose real name is Frédéric Bintsamou", "crackdown on the Pool region.",
  ("National Resistance Council", C, neg, "Republic of the Congo", "denial + accusation that the charge is a pretext for a crackdown (the accusation decides)"))
# "The opposition has rejected the result since ..." = background; "the opposition" as a whole is no named actor, no row.
U(d, "Guy-Brice Parfait Kolelas, who came second with 15 percent", "recognise Sassou Nguesso as president.",
  ("UDH-Yuki", C, neg, "Republic of the Congo", "candidate of his party (declared in new_actors.csv); 'a robbery' + refusal to recognise the president"))
U(d, "\"The Congolese people voted for change", "Kolelas told Afrique Horizon by telephone.",
  ("UDH-Yuki", C, neg, "Republic of the Congo", "accusation that the vote was stolen; the outlet is not an actor"))
U(d, "He nevertheless urged his supporters to stay calm", "an excuse for violence.",
  ("UDH-Yuki", T, neu, "", "appeal for calm to his own supporters (unsure: the 'excuse for violence' clause hints at a charge against the authorities)"))
U(d, "General Jean-Marie Michel Mokoko, a former army chief of staff", "poorly followed in the capital.",
  ("Jean-Marie Michel Mokoko", C, neg, "Republic of the Congo", "independent candidate (declared as a person); a strike called in protest against the result = condemning (unsure)"))
U(d, "Mokoko said he held Sassou Nguesso personally responsible", "in the presence of foreign observers.",
  ("Jean-Marie Michel Mokoko", C, neg, "Republic of the Congo", "'personally responsible' + demand for a recount"))
U(d, "Several of his aides have been detained since the vote", "according to his campaign.",
  ("Jean-Marie Michel Mokoko", N, neg, "", "his campaign reports detentions = facts given by an actor"))
U(d, "Sassou Nguesso, who has ruled Congo for 32 years in total, said", "peace and continuity.",
  ("Republic of the Congo", N, pos, "", "self-praise of the vote = neutral, positive"))
U(d, "\"I extend my hand to all those who wish to build the country with us", "at his campaign headquarters.",
  ("Republic of the Congo", T, pos, "", "offer of reconciliation to opponents = calling_for_talks"))
U(d, "The government has defended the communications blackout as a security measure", "inflaming the country.",
  ("Republic of the Congo", N, neu, "", "justification of its own measure, no judgement of another actor"))
U(d, "France, the former colonial power, said it was concerned by the violence", "exercise restraint.",
  ("France", T, neg, "", "concern + appeal for restraint"))
U(d, "\"France calls on all political actors to reject violence", "told reporters in Paris.",
  ("France", T, neu, "", "appeal to settle disputes by legal means"))
U(d, "Nadal said Paris had taken note of the court's decision", "without elaborating.",
  ("France", C, neg, "Republic of the Congo", "veiled doubt on the conduct of the vote = a judgement without stock words (unsure: could be neutral)"))
U(d, "The European Union had earlier regretted the cutting of communications", "to trust the result.",
  ("European Union", C, neg, "Republic of the Congo", "'regretted' aimed at the government's act = judgement (guide), with an appeal (rule 1)"))
U(d, "In Washington, State Department spokesman John Kirby said the United States was \"deeply troubled\"", "reports of irregularities.",
  ("United States", N, neg, "", "concern without an appeal or judgement word"))
U(d, "\"The government of the Republic of Congo must release those detained for their political views", "Kirby said.",
  ("United States", C, neg, "Republic of the Congo", "demand to release people 'detained for their political views' = accusation of political detention (unsure: could be calling_for_talks)"))
U(d, "The African Union's election observation mission, in contrast, had described the vote", "peaceful turnout.",
  ("African Union", S, pos, "Republic of the Congo", "approval of the vote and congratulations"))
U(d, "The chairperson of the AU Commission, Nkosazana Dlamini-Zuma, urged candidates", "rather than the street.",
  ("African Union", T, neu, "", "appeal to use legal channels"))
U(d, "UN Secretary-General Ban Ki-moon was following the situation in Brazzaville with concern", "in contact with the parties.",
  ("United Nations", N, neg, "", "concern + the UN office's contacts, no appeal stated (unsure: contacts could count as mediation = calling_for_talks)"))
U(d, "Amnesty International said at least a dozen opposition activists had been arrested", "\"a clear attempt to silence dissent.\"",
  ("Amnesty International", C, neg, "Republic of the Congo", "arrest figures + judgement"))
# "The Pool region south of the capital ..." and "Residents reached by telephone said ..." = narration / unnamed residents, no row.
U(d, "Brice Nzaba, a researcher at the Central Africa Governance Observatory", "to justify a hard line.",
  ("Brice Nzaba", C, neg, "Republic of the Congo", "invented researcher; judgement of the government's motives"))
U(d, "\"Whoever fired the first shot", "Nzaba said.",
  ("Brice Nzaba", N, neg, "", "risk assessment, no judgement of a named actor"))
U(d, "He said the African Union and the Economic Community of Central African States should send a joint envoy", "slipped out of control.",
  ("Brice Nzaba", T, neu, "", "appeal for mediation"))
