# ------------------------------------------------------------------ Ecuadorian police storm Mexico's embassy in Quito (Latin American English-language site, full HTML, 2024-04-07)
d = "page_ecuador_embassy_latamsite.html"
# No rows: headline, standfirst, kicker, byline, captions ("1 of 3"), crossheads, Related links, tags, newsletter, comments, most read.
U(d, "QUITO/MEXICO CITY — Mexico's government on Saturday flew its diplomats home", "granted him asylum.",
  ("Mexico", C, neg, "Ecuador", "long lead mixing narration and Mexico's measures: recall of its diplomats + case at the ICJ = response against Ecuador; the police raid is narration"))
# No row: "The raid, carried out late on Friday ..." (scene, no speaker); "Glas, 54, served ..." (background).
U(d, "By Saturday night he was being held in a maximum-security prison", "according to Ecuador's prison service.",
  ("Ecuador", N, neu, "", "state agency (prison service) giving a fact = Ecuador, neutral"))
U(d, "Ecuador's Foreign Minister Gabriela Sommerfeld said the order to enter", "run their course.",
  ("Ecuador", N, neg, "", "own decision and its reasons, no judgement word on Mexico = neutral"))
U(d, "\"Asylum exists to protect people who are hunted for their ideas", "she told reporters in Quito.",
  ("Ecuador", N, neg, "", "pronoun speaker (Sommerfeld); denial that Glas is a persecuted person = neutral, negative; Quito = place"))
U(d, "\"Mexico chose to hide a convicted man", "to do it.\"",
  ("Ecuador", C, neg, "Mexico", "quote continued in the next paragraph, same speaker; accusation of abusing immunities"))
U(d, "The presidency said in a statement issued shortly after midnight", "avoid serving it.",
  ("Ecuador", N, neg, "", "'the presidency' = Ecuador by context; own resolve and sovereignty, no judgement of Mexico stated (unsure: 'foreign flag' is a jab)"))
# No row: "Noboa himself did not speak in public on Saturday." (non-statement)
U(d, "Quito has also accused President Andrés Manuel López Obrador", "on Thursday.",
  ("Ecuador", C, neg, "Mexico", "Quito = metonym; accusation of meddling + expulsion of the ambassador (measure)"))
U(d, "In Mexico City, López Obrador said on Friday night", "suspending relations with Ecuador.",
  ("Mexico", C, neg, "Ecuador", "Mexico City = place; judgement + suspension of relations"))
U(d, "Foreign Secretary Alicia Bárcena said several members of staff", "every embassy in the world.",
  ("Mexico", C, neg, "Ecuador", "accusation by describing the attack on staff + ICJ accountability"))
# No row: "The head of the embassy's chancery, Roberto Canseco, was knocked ..." (narration about him; he does not speak in it)
U(d, "\"They came over the wall with their guns out.", "Canseco said.",
  ("Mexico", C, neg, "Ecuador", "multi-sentence quote closed by the speaker = one unit; the diplomat speaks for Mexico; account of force against him = accusation"))
U(d, "\"Nobody will tell me where they are taking him", "frightens me.\"",
  ("Mexico", N, neg, "", "quote continued in the next paragraph; fear without appeal or judgement = neutral, negative"))
U(d, "Bárcena, who met the returning staff and their families", "much of Europe.",
  ("Mexico", S, pos, "", "thanks to the governments that backed Mexico = supporting; many targets -> empty"))
# No row: "The reaction across Latin America was fast ..." (summary line before the specific statements)
U(d, "Brazil's foreign ministry said the raid was a plain breach", "solidarity with Mexico.",
  ("Brazil", C, neg, "Ecuador", "judgement + solidarity in one sentence: the judgement decides (one row per actor)"))
U(d, "Colombian President Gustavo Petro wrote on X", "with its neighbours.",
  ("Colombia", C, neg, "Ecuador", "judgement of the break-in without stock words; Bogotá = metonym"))
U(d, "Argentina, Chile and Uruguay also issued statements rejecting the incursion", "the entire hemisphere.",
  ("Argentina", C, neg, "Ecuador", "list of three states rejecting = one row each"),
  ("Chile", C, neg, "Ecuador", "same list"),
  ("Uruguay", C, neg, "Ecuador", "same list"),
  ("Bolivia", C, neg, "Ecuador", "second clause of the same sentence: Bolivia's judgement"))
# No row: "Nicaragua went further." (summary line)
U(d, "Daniel Ortega's government said on Saturday that it was breaking off", "foreign masters.",
  ("Nicaragua", C, neg, "Ecuador", "breaking relations (measure) + insult; Quito = metonym for Ecuador's government"))
U(d, "Honduran President Xiomara Castro, who holds the rotating presidency", "discuss the crisis.",
  ("CELAC", T, neu, "", "head of state acting as chair of the bloc = CELAC; convening an urgent meeting = calling_for_talks"))
U(d, "In a separate post, Castro said the raid violated the right of asylum", "given the world.",
  ("Honduras", C, neg, "Ecuador", "surname only; a separate post not in the bloc's name = Honduras (unsure: could be CELAC)"))
U(d, "Venezuela's Foreign Minister Yván Gil joined the chorus against Ecuador", "anywhere else.",
  ("Venezuela", C, neg, "", "judgement of Ecuador and, mainly, of the US and Canada (Washington, Ottawa = metonyms): several targets -> empty"))
# No row: "The State Department had in fact commented on Saturday." (the outlet's correction of Gil, narration)
U(d, "Spokesman Matthew Miller said the United States condemned any breach", "respect diplomatic premises.",
  ("United States", C, neg, "", "'condemned any breach' with no side named -> target empty"))
U(d, "He said Washington wanted its two partners to work out their quarrel", "within the rules.",
  ("United States", T, neu, "", "pronoun = Miller; appeal to both sides to settle peacefully"))
U(d, "The Organization of American States said no member could place its own laws", "to talk.",
  ("Organization of American States", T, neu, "", "a reminder of treaty obligations with no explicit judgement + an appeal for dialogue = calling_for_talks (unsure: the reminder is aimed at Ecuador)"))
U(d, "Its secretary general, Luis Almagro, said he had asked", "this week.",
  ("Organization of American States", T, neu, "", "'Its' = the OAS; asking the Permanent Council to meet = convening talks"))
U(d, "The European Union's diplomatic service said on Saturday that forcing entry", "could not be accepted.",
  ("European Union", C, neg, "", "'could not be accepted' = judgement; no actor named -> target empty"))
U(d, "Spain's foreign ministry said Ecuador's entry into the embassy broke", "restore good relations.",
  ("Spain", C, neg, "Ecuador", "judgement + appeal (rule 1); Madrid = object, not a speaker"))
U(d, "Britain's Foreign Office said on Sunday it was concerned by the incursion", "in all circumstances.",
  ("United Kingdom", T, neg, "", "concern + 'had to be protected' (an appeal) with no judgement word = calling_for_talks (unsure)"))
# No row: "Inside Ecuador, where Noboa has built his popularity ..." (narration)
U(d, "Correa, who lives in Belgium and whose Citizen Revolution movement", "had been kidnapped.",
  ("Citizen Revolution", C, neg, "Ecuador", "former president speaking as leader of his movement (canonical party); judges his own country's government"))
# No rows: the shopkeeper (unnamed resident), "Analysts in Quito", "Glas's lawyers" (unnamed, no state or body).
U(d, "Ecuador's foreign ministry said on Sunday it would give the departing Mexican diplomats", "empty embassy building.",
  ("Ecuador", N, pos, "", "reassurance about own conduct = neutral, positive"))
