# ------------------------------------------------------------------ Bolivia's failed uprising led by General Juan José Zúñiga (Latin American news site in English, scraped, 2024-06-27)
d = "page_bolivia_zuniga_latamsite.txt"
# No row: masthead, date/weather, menu, BREAKING ticker, section path, headline, standfirst, byline, share, reading time, photo captions with credits and "1 of 3", ADVERTISEMENT, crossheads, Related:, tags, WhatsApp prompt, most read, copyright.
U(d, "President Luis Arce denounced an attempted coup d'état on Wednesday", "the old presidential palace.",
  ("Bolivia", C, neg, "Juan José Zúñiga", "dateline excluded; long lead: Arce's denunciation with the uprising narrated in the same sentence (Zúñiga is narrated, no row for him here)"))
U(d, "In a video recorded inside the palace with his cabinet at his side", "in defense of democracy.",
  ("Bolivia", C, neg, "", "judgement (deployed in defiance of the constitution) + call to mobilise; 'some army units' is not a canonical party -> target empty"))
# Footage of Arce facing Zúñiga in the corridor: narration of broadcast images, no row.
U(d, "Within hours Arce swore in a new high command.", "Within hours Arce swore in a new high command.",
  ("Bolivia", N, neu, "", "own measure reported as done, no judgement"))
U(d, "The new army commander, General José Wilson Sánchez, ordered all the troops", "return to their units.",
  ("Bolivia", N, neu, "", "army commander = Bolivia (an army speaks for its state); order reported as done"))
U(d, "\"I ask the soldiers not to let our uniform be stained.", "Sánchez said.",
  ("Bolivia", T, neg, "", "two-sentence quote closed by the speaker = one unit; appeal to stand down, no judgement"))
# Withdrawal and supporters pouring in: narration.
U(d, "Standing in the square before the withdrawal, Zúñiga told reporters", "for decades.",
  ("Juan José Zúñiga", C, neg, "Bolivia", "the rebel general is his own actor (name files); judgement on the government/elite"))
U(d, "He said the military would free \"political prisoners\"", "Luis Fernando Camacho.",
  ("Juan José Zúñiga", C, neg, "Bolivia", "pronoun subject; announced action against the government (freeing its prisoners) = threat"))
# "Zúñiga had been removed from his post a day earlier ..." background (his earlier remark about Morales is reported only as the reason for dismissal): no row.
U(d, "Minutes before police put him into a car, he claimed that Arce had asked him", "sagging popularity.",
  ("Juan José Zúñiga", C, neg, "Bolivia", "accusation that the president staged it"))
U(d, "\"The president told me the situation was very bad", "without offering any proof.",
  ("Juan José Zúñiga", C, neg, "Bolivia", "quote + attribution tail with the outlet's caveat; same accusation"))
U(d, "Government Minister Eduardo del Castillo rejected the account on Thursday", "save himself.",
  ("Bolivia", N, neg, "Juan José Zúñiga", "denial of the accusation = neutral, negative tone (the jab at the general is part of the denial; unsure)"))
U(d, "\"Nobody in this government asked anyone to take up arms against democracy,\" he said.", "\"Nobody in this government asked anyone to take up arms against democracy,\" he said.",
  ("Bolivia", N, neg, "", "denial in a quote closed by 'he said'"))
U(d, "Del Castillo said 17 people had been arrested so far", "searching for others.",
  ("Bolivia", N, neu, "", "figures and police work"))
U(d, "The Attorney General's Office said it had opened a criminal case", "pre-trial detention.",
  ("Bolivia", N, neu, "", "prosecution = state procedure reported as done (unsure: could be read as a measure against Zúñiga)"))
U(d, "Defense Minister Edmundo Novillo called the uprising a disgrace", "all its units.",
  ("Bolivia", C, neg, "Juan José Zúñiga", "judgement ('a disgrace') + reassurance; the judgement decides"))
# "The episode has deepened the feud within the ruling MAS ..." background: no row.
U(d, "On Wednesday afternoon Morales had been among the first to warn", "the elected government.",
  ("Movement for Socialism", C, neg, "Juan José Zúñiga", "Morales = Movement for Socialism (name files); warning of a coup + mobilisation in defence of the government (unsure: target)"))
# "By Thursday his tone had changed." summary line: no row.
U(d, "He said the truth about what happened in Plaza Murillo had to come out", "the government's own role.",
  ("Movement for Socialism", T, neg, "Bolivia", "demand for an independent investigation with no judgement word = calling_for_talks (labels/README)"))
U(d, "Former president Carlos Mesa, the leader of the largest opposition bloc, said", "in shambles.",
  ("Civic Community", C, neg, "Bolivia", "Mesa = Civic Community (name files: his alliance); opposition leader judging the government"))
# Salteña vendor: not an actor. "Condemnation from across the Americas came within minutes ..." summary line: no row.
U(d, "The Secretary General of the Organization of American States, Luis Almagro, said from Asunción", "constitutional order.",
  ("Organization of American States", C, neg, "", "'would not accept any rupture' = judgement/warning; Asunción = place (not Paraguay)"))
U(d, "On Thursday the assembly approved by acclamation a resolution", "the elected government.",
  ("Organization of American States", C, neg, "Juan José Zúñiga", "'the assembly' = the OAS General Assembly by context; condemnation + backing (rule 1)"))
U(d, "Mexican President Andrés Manuel López Obrador condemned the attempted coup", "a brother nation.",
  ("Mexico", C, neg, "Juan José Zúñiga", "condemnation + support in one sentence: one row, rule 1"))
U(d, "Chilean President Gabriel Boric wrote on X", "with concern.",
  ("Chile", C, neg, "Juan José Zúñiga", "'unacceptable' aimed at part of the army = judgement; leader on social media"))
U(d, "Colombia's foreign ministry said it stood with the Bolivian people", "be respected.",
  ("Colombia", T, pos, "", "solidarity + appeal to respect institutions, no judgement = calling_for_talks (rule 2 before rule 3; unsure)"))
U(d, "Paraguayan President Santiago Peña urged respect for democracy", "neighboring country.",
  ("Paraguay", T, neu, "", "appeal, no judgement"))
U(d, "In Caracas, Venezuelan President Nicolás Maduro denounced what he called a coup", "foreign interests.",
  ("Venezuela", C, neg, "", "denunciation + accusation of serving unnamed foreign interests; target empty; Caracas = place"))
U(d, "Brazil's President Luiz Inácio Lula da Silva condemned the uprising", "accept another one.",
  ("Brazil", C, neg, "Juan José Zúñiga", "condemnation"))
U(d, "In Washington, a spokesperson for the White House National Security Council said", "calm and restraint.",
  ("United States", T, neu, "", "monitoring + appeal for calm, no judgement"))
U(d, "United Nations Secretary-General António Guterres, through his spokesperson, called on all actors", "the constitutional order.",
  ("United Nations", T, neu, "", "appeal to all, including the armed forces"))
U(d, "The European Union's foreign policy chief, Josep Borrell, condemned any attempt", "Bolivian government and people.",
  ("European Union", C, neg, "", "condemnation of 'any attempt' (no one named) + solidarity; rule 1; target empty"))
# "Argentina struck a different note." summary line: no row.
U(d, "The office of President Javier Milei said on Thursday it had doubts", "official version of events.",
  ("Argentina", C, neg, "Bolivia", "doubting the official version = implied accusation that the government staged it (unsure: could be neutral)"))
U(d, "Bolivia's foreign ministry rejected the remark as an insult", "the Argentine envoy.",
  ("Bolivia", C, neg, "Argentina", "'an insult' = judgement + summoning the envoy (act of protest)"))
# Analysts in La Paz, the unnamed political scientist, historians' counts, 2019 background: no rows.
