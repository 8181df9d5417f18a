# ------------------------------------------------------------------ Maldives state of emergency after the speedboat blast (scraped regional daily, 2015-11-06)
d = "page_maldives_adeeb_emergency2015_regionaldaily.txt"
# Not statements: masthead, date/weather line, menu, section, headline, byline, print/share line, the picture caption with
# credit, ADVERTISEMENT, capitals crossheads, Related, tags, most read, comments-closed line, copyright.
U(d, "The Maldives government yesterday defended the state of emergency", "rights it has suspended.",
  ("Maldives", N, neg, "", "justification of its own measure; 'Western governments' is no named actor -> no row for them"))
U(d, "Foreign Minister Dunya Maumoon said the government had acted", "had not been recovered.",
  ("Maldives", N, neu, "", "facts given in justification"))
U(d, "\"No government that found guns and explosives", "she said.",
  ("Maldives", N, neg, "", "defence of its own step, no judgement on another actor"))
U(d, "She said the decree would not stay in force a day longer", "at the opposition.",
  ("Maldives", N, neu, "", "plan + denial of targeting the opposition"))
U(d, "President's Office spokesman Ibrahim Muaz Ali said the resorts", "nothing to fear.",
  ("Maldives", N, pos, "", "reassurance = neutral, positive tone"))
# "The 30-day decree ..." and "Vice President Ahmed Adeeb was removed from office by a vote in parliament ..." = narration, no row.
U(d, "Adeeb has denied any role in the explosion, according to his family.", "according to his family.",
  ("Ahmed Adeeb", N, neg, "", "denial reported by his family = neutral, negative"))
U(d, "The Maldives National Defence Force said troops had searched", "detained three people.",
  ("Maldives", N, neu, "", "the army speaks for its state; operations reported without judgement"))
U(d, "The opposition Maldivian Democratic Party said the emergency had been timed", "terrorism charges.",
  ("Maldivian Democratic Party", C, neg, "Maldives", "accusation that the decree targets its rally"))
U(d, "\"The only threat this government is worried about", "by telephone.",
  ("Maldivian Democratic Party", C, neg, "Maldives", "spokesman named by role after the quote; judgement"))
U(d, "The party said it had called off the rally", "mass arrests.",
  ("Maldivian Democratic Party", N, neg, "", "own decision with a cautious reason; 'excuse' implies no explicit judgement (unsure)"))
U(d, "The United States, Britain and the European Union all called on", "in the investigation.",
  ("United States", T, neu, "Maldives", "list of three: one row each; appeal to restore rights, no judgement"),
  ("United Kingdom", T, neu, "Maldives", "listed (Britain)"),
  ("European Union", T, neu, "Maldives", "listed"))
U(d, "State Department spokesman John Kirby said the timing of the decree", "muzzle dissent.",
  ("United States", C, neg, "Maldives", "judgement without stock words"))
U(d, "Britain's Foreign Office minister Hugo Swire said he was concerned", "Maldivian government.",
  ("United Kingdom", N, neg, "", "concern + plan to raise it, no appeal = neutral, negative"))
U(d, "An EU spokesperson said the bloc expected the Maldives", "without delay.",
  ("European Union", T, neg, "Maldives", "'the bloc'; demand to lift the decree, no judgement word"))
U(d, "Commonwealth Secretary-General Kamalesh Sharma said", "later this month.",
  ("Commonwealth", N, neu, "", "monitoring + procedure"))
U(d, "India, the Maldives' largest neighbour, is watching the situation closely", "officials in New Delhi.",
  ("India", N, neu, "", "'according to officials in New Delhi' = officials of a named government; monitoring, no comment"))
U(d, "In remarks carried by local television, Sri Lankan Foreign Minister", "normal life.",
  ("Sri Lanka", T, pos, "", "hope for a return to normal = calling_for_talks"))
U(d, "Chinese foreign ministry spokesman Hong Lei said Beijing respected", "keep the country stable.",
  ("China", S, pos, "Maldives", "backing of the government"))
U(d, "Amnesty International said the decree handed the security forces sweeping powers", "peaceful dissent.",
  ("Amnesty International", C, neg, "Maldives", "judgement of the decree"))
U(d, "The UN human rights office said the emergency must not be used", "arising from the blast.",
  ("United Nations", T, neg, "Maldives", "appeal with no explicit judgement"))
U(d, "In a statement issued late yesterday, the Maldivian foreign ministry said", "engage with it directly.",
  ("Maldives", C, neg, "", "'the Maldivian foreign ministry'; judgement ('rushed to conclusions') + invitation: rule 1; several governments -> target empty (unsure)"))
# "Yameen, who escaped unhurt ... has not spoken in public since the decree." = non-answer, no row.
U(d, "\"My clients now have fewer rights in a police cell", "several opposition figures.",
  ("Mohamed Shafeeq", C, neg, "Maldives", "invented lawyer; judgement"))
U(d, "Shafeeq said he would challenge the decree in the Supreme Court", "little hope.",
  ("Mohamed Shafeeq", N, neg, "", "plan"))
U(d, "Dr Ruwan Jayatilleke, a senior fellow at the Colombo-based Institute", "the 2018 election.",
  ("Ruwan Jayatilleke", C, neg, "Maldives", "invented analyst; judgement (using the probe to clear rivals)"))
U(d, "Jayatilleke urged New Delhi and Colombo to use their influence quietly", "lift the decree.",
  ("Ruwan Jayatilleke", T, neu, "", "appeal to two capitals -> target empty"))
U(d, "He said he expected the emergency to end within weeks", "the government did.",
  ("Ruwan Jayatilleke", N, neu, "", "forecast"))
# "Tour operators in Britain and Germany reported ..." = unnamed companies, narration, no row.
