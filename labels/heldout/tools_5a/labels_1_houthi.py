# ------------------------------------------------------------------ US-UK strikes on the Houthis (AP-style wire, 2024-01-12)
d = "page_houthi_strikes_wire.txt"
U(d, "The United States and Britain struck more than a dozen sites", "answered the same way.",
  ("United States", C, neg, "Houthis", "dateline 'WASHINGTON (AP) — ' excluded; long lead: narration + Biden's warning that further assaults would be answered the same way (threat)"),
  ("United Kingdom", C, neg, "Houthis", "strike taken as a response ('a show of force') against another side; unsure: the UK's own position comes only from the narrative here"))
U(d, "The strikes hit radar installations", "ongoing operation.",
  ("United States", N, neu, "", "two unnamed U.S. officials (tied to a named government) = United States; own targets listed, no judgement"))
U(d, "In a written statement, Biden called the operation a defensive step", "run its course.",
  ("United States", N, neu, "", "justification of its own act, no judgement on another actor"))
U(d, "\"For weeks the Houthis have fired on crews", "he said.",
  ("United States", C, neg, "Houthis", "multi-sentence quote closed by its speaker = one unit; accusation + threat of more strikes"))
U(d, "Defense Secretary Lloyd Austin, who has been following", "and a submarine.",
  ("United States", N, neu, "", "own strike reported as done, no judgement"))
U(d, "Austin also accused Tehran of keeping", "used against shipping.",
  ("United States", C, neg, "Iran", "surname only; 'Tehran' = Iran as target"))
U(d, "In London, Prime Minister Rishi Sunak said Britain had acted", "they had been given.",
  ("United Kingdom", C, neg, "Houthis", "self-defence justification + blame ('brushed aside every warning'); London = place"))
U(d, "Defence Secretary Grant Shapps said four Royal Air Force", "had taken part.",
  ("United Kingdom", N, neu, "", "own part in the strike, figures"))
U(d, "Shapps said the rebels had been warned", "while they did so.",
  ("United Kingdom", C, neg, "Houthis", "surname only; 'London would not stand by' = threat; capital as metonym inside reported speech"))
U(d, "The Houthis' military spokesman, Yahya Saree, said", "wounded six.",
  ("Houthis", N, neu, "", "casualty figures of its own side, no blame in the sentence"))
U(d, "He warned that the United States and Britain would pay", "would go on.",
  ("Houthis", C, neg, "", "'He' = Saree; threat + 'flagrant assault'; aimed at two states -> target empty"))
U(d, "Washington had made \"a foolish mistake,\"", "with the Palestinians.",
  ("Houthis", C, neg, "United States", "object and quote before the speaker; 'the group' = Houthis by context; Washington = United States"))
U(d, "A joint statement issued by the governments that took part", "the coalition's resolve.",
  ("Australia", C, neg, "Houthis", "joint statement, list with Oxford comma: one row per named state; warning not to test resolve = threat"),
  ("Bahrain", C, neg, "Houthis", "joint statement: one row per named state"),
  ("Canada", C, neg, "Houthis", "joint statement: one row per named state"),
  ("Netherlands", C, neg, "Houthis", "joint statement: one row per named state (the US and UK are not named in the sentence: no rows)"))
U(d, "In Berlin, government spokesman Steffen Hebestreit said", "world trade.",
  ("Germany", S, pos, "United States", "political backing of the U.S.-led strikes; Berlin = place"))
U(d, "Yemen's internationally recognized government", "into a battlefield.",
  ("Yemen", C, neg, "Houthis", "'full responsibility' = blame; the Aden-based government = Yemen"))
U(d, "Saudi Arabia, which has been holding talks with the rebels", "out of a wider fight.",
  ("Saudi Arabia", T, neg, "", "concern + appeal for restraint to all sides, no judgement"))
U(d, "Neighbouring Oman, which has long carried messages", "went on unchecked.",
  ("Oman", C, neg, "", "'could not condone' = judgement without stock words; aimed at 'friendly states' and Israel -> target empty"))
U(d, "Iran's Foreign Ministry spokesman, Nasser Kanaani, called the strikes", "across the region.",
  ("Iran", C, neg, "", "'arbitrary breach' of sovereignty and law; strikes of two states -> target empty"))
U(d, "Tehran denies arming the Houthis.", "arming the Houthis.",
  ("Iran", N, neg, "", "denial: neutral, negative tone; capital as metonym"))
U(d, "Russia asked for an emergency meeting of the U.N. Security Council", "international law.",
  ("Russia", C, neg, "United States", "meeting request + judgement in one sentence: rule 1"))
U(d, "China's Foreign Ministry said it hoped the parties concerned", "widening the conflict.",
  ("China", T, pos, "", "hope for calm = calling_for_talks"))
U(d, "Lebanon's Hezbollah said the strikes proved", "war on Gaza.",
  ("Hezbollah", C, neg, "United States", "'full partner' in Israel's war = accusation"))
U(d, "U.N. spokesman Stéphane Dujarric said Secretary-General", "attacks stop.",
  ("United Nations", T, neu, "", "SG position relayed by his spokesman; appeal to all parties + reference to the council's demand"))
U(d, "The Houthis, who seized Sanaa in 2014, have launched 27 attacks", "southern tip of Africa.",
  ("United States", N, neu, "", "figure given by the U.S. military ('according to'), no judgement word"))
