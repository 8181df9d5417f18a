# ------------------------------------------------------------------ Killing of the El Comercio team kidnapped at Mataje (wire copy, 2018-04-14)
d = "page_ecuador_mataje_journalists2018_wire.txt"
# Not statements: masthead, menu, UPDATE headline, byline, read time, time stamp, the four bullets, crossheads
# (COLOMBIA SENDS COMMANDERS, REACTION), ADVERTISEMENT, reporting credits, Our Standards, Related Coverage, tags,
# most read, copyright. Dateline 'QUITO, April 14 (HNW) - ' is excluded from the first unit.
U(d, "Ecuador's President Lenín Moreno confirmed on Friday that a reporter", "grieving press room.",
  ("Ecuador", C, neg, "Oliver Sinisterra Front", "long wire lead: narration (deaths confirmed) + announced operation against the group = condemning"))
# "Reporter Javier Ortega, 32, ..." = narration (who, when, where), no row.
U(d, "\"From the first day they were playing with us", "his voice breaking.",
  ("Ecuador", C, neg, "Oliver Sinisterra Front", "judgement without stock words (the captors toyed with the country); multi-sentence quote closed by the speaker"))
U(d, "Moreno said he had authorised a reward of $100,000", "2016 peace deal.",
  ("Ecuador", C, neg, "Oliver Sinisterra Front", "bounty on the group's leader = a measure taken against the other side"))
U(d, "He dismissed the group's claim that the men died", "where they were held.",
  ("Ecuador", N, neg, "", "denial of the group's charge (no soldiers near the hideout): neutral, negative tone"))
U(d, "The president declared a period of national mourning", "on public buildings.",
  ("Ecuador", N, neg, "", "own mourning measures; grief, no judgement or appeal"))
U(d, "On Thursday night, back early from the Summit of the Americas in Lima", "no second offer.",
  ("Ecuador", C, neg, "Oliver Sinisterra Front", "12-hour ultimatum with a threat = condemning"))
U(d, "Interior Minister César Navas told reporters that the captors had asked", "on the table.",
  ("Ecuador", N, neu, "", "minister gives facts of the talks and says no exchange was considered; no judgement"),
  ("Oliver Sinisterra Front", C, neg, "Ecuador", "the captors' demands (prisoner release, end of the security pact) reported by Navas = an ultimatum on the state; unsure"))
U(d, "Colombian President Juan Manuel Santos, speaking on the sidelines", "caught or dead.",
  ("Colombia", C, neg, "Oliver Sinisterra Front", "judgement (drug runners hiding behind a disbanded guerrilla's name) + threat of pursuit"))
U(d, "Santos sent his condolences to the families", "said in a statement.",
  ("Colombia", C, neg, "Oliver Sinisterra Front", "condolences joined to a judgement of the crime: rule 1 decides; attribution tail"))
U(d, "Colombia's defence minister, Luis Carlos Villegas, flew to Quito", "across that border.",
  ("Colombia", S, pos, "Ecuador", "backing by act: commanders sent to plan joint operations with Ecuador; unsure (the planned operations against the group could make it condemning)"))
U(d, "Asked whether the two governments had been too slow to act together", "from the first day.",
  ("Colombia", N, neg, "", "denial of the criticism ('unfounded'): neutral, negative tone"))
U(d, "The Oliver Sinisterra Front, in a message sent to a Colombian television channel", "repeated warnings.",
  ("Oliver Sinisterra Front", C, neg, "", "blames both governments -> target empty"))
U(d, "The International Committee of the Red Cross said from Bogotá", "recover the bodies.",
  ("ICRC", N, neu, "", "procedure: consent received for a humanitarian mission"))
U(d, "The Red Cross urged everyone with influence in the area", "bury their dead.",
  ("ICRC", T, neu, "", "appeal for safe humanitarian access, addressed to no single side"))
U(d, "U.N. Secretary-General António Guterres condemned the kidnapping", "said in a statement.",
  ("United Nations", C, neg, "Oliver Sinisterra Front", "condemnation + condolences: rule 1; the group is the kidnapper named throughout"))
U(d, "Guterres was encouraged that Quito and Bogotá were working hand in hand", "the statement added.",
  ("United Nations", S, pos, "", "approval of the two states' cooperation + offer of help = supporting; aimed at two states -> target empty"))
U(d, "UNESCO Director-General Audrey Azoulay said the murders had taken the lives", "could excuse them.",
  ("UNESCO", C, neg, "", "judgement without a stock word ('nothing could excuse them'); no culprit named -> target empty"))
U(d, "She welcomed the inquiry opened by Ecuadorean prosecutors", "through to the end.",
  ("UNESCO", S, pos, "Ecuador", "welcome of the inquiry + trust; no peace appeal -> supporting"))
U(d, "Organization of American States Secretary-General Luis Almagro wrote on Twitter", "in the Americas.",
  ("Organization of American States", C, neg, "", "judgement + warning to the killers (no name given) -> target empty"))
U(d, "Edison Lanza, the special rapporteur for freedom of expression", "since January.",
  ("Organization of American States", N, neg, "", "IACHR = OAS (name files); alarm with no appeal = neutral, negative"))
U(d, "Reporters Without Borders called on Ecuador and Colombia to protect", "of the investigation.",
  ("Reporters Without Borders", T, neu, "", "appeal to protect reporters (civilians), no judgement; two states addressed -> target empty"))
U(d, "The Committee to Protect Journalists said both governments bore part", "almost three weeks.",
  ("Committee to Protect Journalists", C, neg, "", "holds both governments partly responsible -> condemning, target empty"))
U(d, "At the summit in Lima, Peru's President Martín Vizcarra asked the leaders", "in their grief.",
  ("Peru", S, pos, "Ecuador", "host's minute of silence + solidarity = condolences, supporting"))
U(d, "U.S. Vice President Mike Pence called Moreno to offer his condolences", "a White House official said.",
  ("United States", S, pos, "Ecuador", "condolences + offer of intelligence and training = backing"))
U(d, "Argentina's Mauricio Macri and Chile's Sebastián Piñera also sent messages", "to Quito.",
  ("Argentina", S, pos, "Ecuador", "list of two leaders: one row each; solidarity"),
  ("Chile", S, pos, "Ecuador", "same sentence, second state"))
U(d, "Ecuador's foreign minister, María Fernanda Espinosa, said her ministry had received", "ministers next week.",
  ("Ecuador", N, neu, "", "procedural line: offer received, will be discussed"),
  ("Colombia", S, pos, "Ecuador", "Colombia's offer of a joint command, reported by Espinosa = offer of assistance"))
# "Along the river in San Lorenzo, the mood was one of fear." and "Shops closed early ..." = scene, no row.
U(d, "\"Since January people here have been sleeping with their clothes on.", "parish council in Mataje.",
  ("Hernán Cuero", N, neg, "", "invented local official (person); fear described, no appeal"))
U(d, "Cuero said the government should send doctors, teachers and roads", "to the other side.\"",
  ("Hernán Cuero", T, neg, "Ecuador", "appeal for a civilian, non-military course addressed to the government; warning tone, no judgement"))
U(d, "Lucía Andrade, a security analyst at the Centro Andino", "instead of the hostages.",
  ("Lucía Andrade", C, neg, "", "invented analyst; judgement of both capitals -> target empty"))
U(d, "\"Quito and Bogotá need one command, one set of maps and one voice.", "she said.",
  ("Lucía Andrade", T, neg, "", "hope that the two governments act together = calling_for_talks; grim tone"))
