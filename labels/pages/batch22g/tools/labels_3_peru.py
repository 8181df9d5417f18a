# ------------------------------------------------------------------ Peru: Vizcarra removed, Merino's five days, Sagasti sworn in (Latin American site, scraped, 2020-11-17)
d = "page_peru_merino_latamsite.txt"
# No row: masthead, menu, section path, headline, standfirst, byline, share line, reading time, image caption with credit,
# ADVERTISEMENT, crossheads, "Related:", reporting credits, tags, newsletter prompt, MOST READ, copyright.
U(d, "Francisco Sagasti, a 76-year-old engineer and centrist lawmaker", "predecessor, Manuel Merino.",
  ("Peru", N, pos, "", "dateline excluded; long lead: the new president's own commitment to establish responsibility = neutral plan (positive); Merino as object"))
U(d, "Sagasti told Congress that his government would guarantee the right to protest", "handled the marches.",
  ("Peru", N, pos, "", "own measures and reassurance; Congress as addressee"))
U(d, "\"Inti and Bryan were not numbers.", "first speech as head of state.",
  ("Peru", N, neg, "", "multi-sentence quote closed by its speaker: grief and a duty of the state, no judgement of a named actor"))
U(d, "He also pledged that the general election would go ahead", "power on July 28.",
  ("Peru", N, pos, "", "pronoun subject = Sagasti; dates and plans"))
# No row: "Peru has had three presidents in eight days." (summary line).
U(d, "On November 9, Congress voted 105 to 19 to remove Martín Vizcarra", "Moquegua years ago.",
  ("Congress of Peru", C, neg, "Martín Vizcarra", "removal from office = a measure taken against another side; Congress is its own actor in this dispute with the executive"),
  ("Martín Vizcarra", N, neg, "", "'which he denies' = denial reported inside the sentence = neutral, negative"))
U(d, "The chamber said in a resolution that Vizcarra's conduct", "remedy for it.",
  ("Congress of Peru", C, neg, "Martín Vizcarra", "'the chamber' = Congress; judgement of his conduct"))
U(d, "Vizcarra told reporters outside the presidential palace", "fight the vote.",
  ("Martín Vizcarra", N, neg, "", "former president speaking for himself: denial + accepts the vote without legal challenge = neutral"))
# No row: "Merino, the speaker of Congress ... took office ..." (narration; the marchers are unnamed).
U(d, "His prime minister, Ántero Flores-Aráoz, said on Friday", "cabinet to resign.",
  ("Peru", N, neg, "", "role then name; denial that the police did wrong = neutral, negative"))
# No row: the two deaths (narration).
U(d, "The health ministry said 94 people were injured", "by Sunday morning.",
  ("Peru", N, neu, "", "figures from the health ministry; 'rights groups' are unnamed, no row"))
U(d, "Merino's interior minister, Gastón Rodríguez, said the police had not used lead pellets", "would be punished.",
  ("Peru", N, neg, "", "denial + procedure (discipline) = neutral"))
# No row: "By Sunday, 13 of Merino's 18 ministers had resigned." (narration, no position stated).
U(d, "Luis Valdez, who was running Congress after Merino left it", "proceeding against him.",
  ("Congress of Peru", C, neg, "", "ultimatum to the president = condemning; aimed at Merino (not a declared actor), target left empty"))
U(d, "Popular Action's own leadership told Merino", "asked him to go.",
  ("Popular Action", C, neg, "", "party under its own name; withdrawing support + demanding resignation = a measure against him (unsure)"))
U(d, "Merino resigned in a televised address shortly after midday", "stay calm and come together.",
  ("Peru", T, neg, "", "still president while speaking: resignation to spare violence + appeal for calm = calling_for_talks"))
# No row: "Congress then took a day to agree on a successor." (narration, no position).
# No row: "On Monday it elected Sagasti, whose Purple Party ..." (narration of the vote; the Purple Party's earlier vote is background).
U(d, "Vizcarra, speaking to local radio on Monday", "answer for it.",
  ("Martín Vizcarra", C, neg, "Congress of Peru", "blames 'a group of lawmakers' for the deaths = condemning Congress"))
U(d, "The Inter-American Commission on Human Rights condemned the killings", "and pellet guns.",
  ("Organization of American States", C, neg, "Peru", "IACHR = OAS in the name files; condemnation + accusation of disproportionate force by Peru's security forces"))
U(d, "The commission, an autonomous body of the Organization of American States", "reported missing.",
  ("Organization of American States", T, neg, "Peru", "'the commission' = IACHR; demand to account for the missing, no judgement word = calling_for_talks"))
U(d, "The OAS General Secretariat said on Monday it welcomed", "return the country to stability.",
  ("Organization of American States", T, pos, "", "welcome + appeal to all forces (rule 2 before rule 3) = calling_for_talks"))
U(d, "The UN human rights office in Geneva said it was deeply troubled", "arbitrary detentions.",
  ("United Nations", N, neg, "", "OHCHR = United Nations; alarm at reports without an appeal = neutral, negative; Lima = place"))
U(d, "A spokesperson for the office said on Monday that it was sending a team", "into the two deaths.",
  ("United Nations", T, neg, "Peru", "mission + demand for investigations, no judgement = calling_for_talks"))
U(d, "In Washington, the State Department said the United States respected", "peaceful demonstrators.",
  ("United States", T, neu, "Peru", "respect for institutions + appeal to protect protesters = calling_for_talks; Washington = place"))
U(d, "On Tuesday the department congratulated Sagasti", "recovery from the pandemic.",
  ("United States", S, pos, "Peru", "'the department' = State Department; congratulations + cooperation = supporting the new government"))
U(d, "The European Union offered its condolences", "an EU spokesperson said in Brussels.",
  ("European Union", T, neg, "", "condolences + a constitutional way out through dialogue = calling_for_talks; attribution tail"))
U(d, "Human Rights Watch said the Congress had stretched a vague clause", "with bullets.",
  ("Human Rights Watch", C, neg, "", "judgements of Congress and of Merino's government (two targets, left empty)"))
# No row: "Analysts in Lima said ..." (unnamed speakers, summary line).
U(d, "Lucía Arévalo, a political scientist at a private university in Lima", "in the second quarter.",
  ("Lucía Arévalo", N, neg, "", "independent scholar: constraints and risks"))
U(d, "\"The danger is that the same Congress decides to use the vacancy again", "she said.",
  ("Lucía Arévalo", N, neg, "", "scenario, no judgement"))
U(d, "Tomás Quiroga, a constitutional lawyer who has advised two previous governments", "had become moot.",
  ("Tomás Quiroga", N, neu, "", "procedure and what may happen next"))
U(d, "\"Congress turned a clause written for a president who has lost his mind", "he said.",
  ("Tomás Quiroga", C, neg, "Congress of Peru", "'abuse', 'weapon for settling scores' = judgement"))
U(d, "Quiroga said he hoped the parties would agree on a narrow reform", "the same threat.",
  ("Tomás Quiroga", T, pos, "", "hope for agreement among parties = calling_for_talks"))
# No row: the 23-year-old student (unnamed resident); reporting credits.
