# ------------------------------------------------------------------ Police raid on the UNM headquarters and arrest of Nika Melia, Tbilisi (wire copy, 2021-02-23)
d = "page_melia_arrest_tbilisi2021_wire.txt"
# Not statements: agency bar, menu, section, time stamp, UPDATE headline, byline, read time, the four bullets, ADVERTISEMENT,
# capitals crossheads, reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
# Lead "Georgian police stormed the headquarters ... before dawn on Tuesday and arrested its leader" = the event itself narrated, no row.
# "Riot police fired tear gas inside ..." = scene narration, no row.
U(d, "More than 20 other people were detained, according to the party.", "according to the party.",
  ("United National Movement", N, neu, "", "a figure given by an actor = neutral, neutral tone; 'the party' = the UNM by context"))
U(d, "The interior ministry said officers had used tear gas only after", "enforcement of a court order.",
  ("Georgia", N, neu, "", "the ministry's own account of the operation, justification without judging another actor"))
# "Melia, 41, is charged with organising mass violence ..." = background on the case, no row.
U(d, "Prime Minister Giorgi Gakharia resigned last Thursday, saying that enforcing the order", "into a deeper crisis.",
  ("Georgia", N, neg, "", "resignation with a warning of escalation, no appeal and no judgement of another actor = neutral, negative (unsure: could be read as an appeal for restraint)"))
U(d, "Irakli Garibashvili, confirmed by parliament as prime minister only on Monday, praised the police", "stood above the law.",
  ("Georgia", N, pos, "", "praise of the own police = self-praise = neutral, positive (labels/README)"))
U(d, "He accused Melia and his party of deliberately provoking the confrontation", "drag the country into chaos.",
  ("Georgia", C, neg, "United National Movement", "pronoun = Garibashvili; accusation against Melia's party"))
U(d, "Irakli Kobakhidze, chairman of the ruling Georgian Dream party, said the police had shown", "should be carried out.",
  ("Georgian Dream", S, pos, "Georgia", "the ruling party approves the state's operation = supporting (unsure: party and government are close, could be read as self-praise)"))
U(d, "Melia, shouting to television cameras from the barricaded room", "to punish the opposition.",
  ("United National Movement", C, neg, "Georgia", "the party chairman speaks for the UNM; denial carrying an accusation of political persecution"))
U(d, "\"This government fears the ballot box more than it fears anything", "told supporters outside the building.",
  ("United National Movement", C, neg, "Georgia", "senior UNM figure; judgement of the government"))
U(d, "The party called on supporters to gather outside parliament on Tuesday evening.", "on Tuesday evening.",
  ("United National Movement", N, neu, "", "plan for a rally, no judgement in the sentence"))
U(d, "President Salome Zourabichvili, whose role is largely ceremonial, urged all sides", "ending the crisis.",
  ("Georgia", T, neu, "", "head of state's appeal for restraint and talks"))
U(d, "The U.S. embassy in Tbilisi said the arrest set back Georgia's democratic progress", "its partners had urged.",
  ("United States", C, neg, "Georgia", "judgement ('set back democratic progress', regret that force was chosen)"))
U(d, "\"We call on all parties to return to negotiations without delay,\" the embassy said", "in a statement.",
  ("United States", T, neu, "", "appeal to all parties; attribution tail"))
U(d, "In Washington, State Department spokesman Ned Price said the United States was greatly disturbed", "free of political influence.",
  ("United States", T, neg, "Georgia", "alarm + appeal, no explicit judgement = calling_for_talks (unsure: the appeal implies political bias)"))
U(d, "U.S. Congressman Adam Kinzinger, a longtime supporter of Georgia's bid to join NATO, called on the government", "before it was too late.",
  ("United States", T, neg, "Georgia", "a congressman = United States (as in batch22a); appeal to back down, no judgement word"))
U(d, "European Union foreign policy spokesman Peter Stano said the bloc regretted the police action", "efforts to lower tensions.",
  ("European Union", C, neg, "Georgia", "'regretted' aimed at an act = judgement (guide)"))
U(d, "He said European Council President Charles Michel remained ready to help the parties", "in the coming days.",
  ("European Union", T, neu, "", "offer of mediation = calling_for_talks"))
U(d, "Britain's ambassador Mark Clayton wrote on Twitter that he was appalled", "in the days ahead.",
  ("United Kingdom", T, neg, "", "alarm without a judgement on an actor + appeal for restraint = calling_for_talks, negative"))
U(d, "Estonia's foreign ministry denounced the raid as a blow to Georgian democracy", "sit down together again.",
  ("Estonia", C, neg, "Georgia", "denunciation + appeal: rule 1, the judgement decides"))
U(d, "Lithuanian Foreign Minister Gabrielius Landsbergis said he hoped Georgia's leaders", "back from the brink.",
  ("Lithuania", T, neu, "Georgia", "hope of de-escalation = calling_for_talks"))
U(d, "Amnesty International said the authorities had not even waited for an appeal court", "pointed to a political motive.",
  ("Amnesty International", C, neg, "Georgia", "judgement: politically motivated arrest"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov told reporters Russia was following events", "the country's internal affair.",
  ("Russia", N, neu, "", "monitoring + 'internal affair', no judgement or appeal"))
U(d, "Georgian Dream won October's parliamentary election with just over 48 percent of the vote", "take up their seats.",
  ("", C, neg, "Georgian Dream", "unnamed 'opposition parties' (no canonical actor) say the vote was rigged and boycott parliament in protest; kept as a stance example with an empty actor"))
# "Talks brokered by Western ambassadors late last year ended without a deal." = background, no row.
U(d, "\"The government has won the morning, but it has lost the argument", "a Tbilisi think-tank.",
  ("Levan Tsintsadze", N, neu, "", "invented analyst (person); assessment of the government's position, no explicit judgement or appeal"))
U(d, "He said the most likely result was weeks of street protests", "on both sides.",
  ("Levan Tsintsadze", N, neg, "", "forecast"))
U(d, "\"Someone from outside has to get both sides into one room now", "Tsintsadze said.",
  ("Levan Tsintsadze", T, neg, "", "appeal for outside mediation"))
U(d, "Natia Gelashvili, a lecturer in politics at Ilia State University, said the arrest had handed", "a cause to rally around.",
  ("Natia Gelashvili", N, neu, "", "invented scholar (person); analysis"))
