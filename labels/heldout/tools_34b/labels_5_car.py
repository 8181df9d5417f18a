# ------------------------------------------------------------------ Seleka takes Bangui, Bozizé flees (UN noon briefing transcript, .txt, 2013-03-26)
d = "page_car_seleka_unbriefing.txt"
# No rows: skip link, UN banner, languages, menu, "Press Briefings", title, date, transcript note, "Good afternoon",
# "**" topic headings, "I will start with ...", the press-conference schedule, "* *** *", "For information media. Not an
# official record.", related documents, share bar, footer.
U(d, "As you will have seen, on Sunday this office issued a statement in which the Secretary-General condemned", "restored without delay.",
  ("United Nations", C, neg, "Seleka", "the spokesperson relays the SG's statement = UN; condemnation + demand (rule 1)"))
U(d, "He said he was deeply troubled by reports of serious human rights violations", "in the areas it controls.",
  ("United Nations", C, neg, "Seleka", "'He' = the SG; alarm + holding Seleka responsible for civilians' safety = judgement (unsure: could be read as concern + appeal)"))
U(d, "The Secretary-General remains convinced that the Libreville Agreements", "return to that framework.",
  ("United Nations", T, neu, "", "appeal to all parties to return to the agreements"))
U(d, "Last night, the members of the Security Council issued a press statement denouncing", "consider further steps.",
  ("United Nations", C, neg, "Seleka", "Security Council press statement = UN (guide); denunciation + readiness for further steps"))
U(d, "They also asked all sides to refrain from violence against civilians", "people in need.",
  ("United Nations", T, neu, "", "'They' = Council members; protection of civilians + humanitarian access, all sides -> target empty"))
U(d, "Margaret Vogt, the Secretary-General's Special Representative", "UN premises and vehicles.",
  ("United Nations", N, neu, "", "role then name; BINUCA = UN; situation report = facts given by an actor (neutral, neutral tone per the guide)"))
U(d, "She says that non-essential international staff were moved temporarily to Yaoundé", "stayed on in Bangui.",
  ("United Nations", N, neu, "", "'She' = Vogt; own staffing measures; Yaoundé = place (it is an alias of Cameroon in the name files, but here only a destination)"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) says", "premises and supplies.",
  ("United Nations", T, neg, "", "OCHA = UN (name files); looting reported + appeal to 'all armed groups' (no single party) -> target empty"))
U(d, "The UN refugee agency, UNHCR, says that several thousand people have crossed the Ubangi River", "border town of Zongo.",
  ("UNHCR", N, neu, "", "UNHCR is its own actor in the name files; figures + own deployment (facts, neutral tone)"))
U(d, "The UN Children's Fund, UNICEF, is concerned about reports that children", "streets of Bangui.",
  ("UNICEF", N, neg, "", "UNICEF is its own actor; concern without appeal = neutral, negative (guide)"))
U(d, "Yesterday, the African Union's Peace and Security Council, meeting in Addis Ababa, barred", "travel ban and an asset freeze.",
  ("African Union", C, neg, "Seleka", "AU's measures reported by the UN spokesperson = AU's statement (act reported as done); suspension of the state + sanctions on the Seleka leaders; target = Seleka (the sanctioned party; the suspension hits the state Seleka now controls, unsure); Addis Ababa = place"))
U(d, "The Secretary-General welcomes the African Union's firm response", "Economic Community of Central African States, ECCAS.",
  ("United Nations", S, pos, "African Union", "welcome of another body's measures, no peace appeal in the sentence = supporting"))
# No row: "This morning, the Secretary-General spoke by telephone with President Idriss Déby Itno of Chad, in his capacity as chair of ECCAS." (a call reported as narration)
U(d, "They agreed that the region and the wider international community must remain united", "chart a way forward.",
  ("United Nations", T, pos, "", "joint position of the two speakers: unity behind the peace framework = calling_for_talks"),
  ("ECCAS", T, pos, "", "Déby speaks 'in his capacity as chair of ECCAS' = ECCAS, not Chad (guide); a summit convened to chart a way forward = calling_for_talks; N'Djamena = place"))
U(d, "The Secretary-General also extends his condolences to the Government and people of South Africa", "full recovery.",
  ("United Nations", S, neg, "South Africa", "condolences = solidarity (supporting), grief = negative tone"))
U(d, "President Zuma said yesterday that his soldiers died fighting what he called bandits", "pull its troops out.",
  ("South Africa", C, neg, "Seleka", "position reported inside a journalist's question = South Africa's statement (as batch5c); 'bandits' = judgement of the rebels (rule 1 over the neutral troop decision)"))
# No row: "Does the Secretary-General think foreign troops should stay?" (question); "That's clearly a decision for the Government of South Africa." (no position)
U(d, "What the Secretary-General wants is for the fighting and looting to stop", "whoever is in Bangui.",
  ("United Nations", T, neg, "", "appeal to stop fighting and protect civilians, no judgement; 'whoever is in Bangui' = no party named"))
U(d, "France has sent several hundred more soldiers and says they are there only", "and the airport.",
  ("France", N, neu, "", "own deployment and its stated purpose, reported in a question = France's statement; neutral"))
U(d, "President Hollande also called on all sides to stay calm", "government of national unity.",
  ("France", T, neu, "", "appeal for calm and talks, reported in a question; all sides -> target empty"))
# No row: the spokesperson's referral to the French authorities (no position).
# No row: "There are reports that Chadian troops in the regional force stood aside ..." (unnamed reports)
U(d, "N'Djamena has denied it.", "N'Djamena has denied it.",
  ("Chad", N, neg, "", "capital as metonym for Chad; denial = neutral, negative"))
# No row: "I don't have anything on that." / the referral to ECCAS (no position).
U(d, "But Chad's Foreign Minister, Moussa Faki Mahamat, said on Monday", "including on elections.",
  ("Chad", T, neg, "Seleka", "Faki speaks as Chad's foreign minister in 2013 (in the name lists he is later the AU Commission chair, so the page's role decides); demand addressed to one side with no judgement word = calling_for_talks (labels README); N'Djamena = metonym inside the sentence"))
U(d, "The Secretary-General is relying on all the countries of the region", "from President Déby.",
  ("United Nations", T, pos, "", "hope that the region and the AU act with one voice for the settlement = calling_for_talks (unsure: could be neutral)"))
U(d, "Michel Djotodia has named himself President, suspended the constitution", "elections in three years.",
  ("Seleka", N, neu, "", "Djotodia's acts and plan reported in a question; his self-proclaimed presidency is not recognised on the page, so he speaks for Seleka, not the Central African Republic (unsure); own measures, no judgement = neutral"))
U(d, "The Secretary-General's position is very clear: power in the Central African Republic cannot be taken with guns", "respect the Libreville framework.",
  ("United Nations", C, neg, "", "judgement of a seizure of power by force; no actor named in the sentence -> target empty"))
U(d, "Djotodia has also said that Prime Minister Nicolas Tiangaye", "will keep his post.",
  ("Seleka", N, neu, "", "Djotodia's decision reported in a question = plan, neutral; Tiangaye is an object"))
U(d, "The Libreville Agreements provided for a government of national unity", "on the transition.",
  ("United Nations", S, pos, "Central African Republic", "commitment to keep working with the Prime Minister's government = backing (unsure: could be neutral procedure)"))
U(d, "The Seleka spokesman said yesterday that fighters caught looting", "arrested and punished.",
  ("Seleka", N, pos, "", "unnamed spokesman of a named group speaks for it; reassurance about its own fighters = neutral"))
# No row: "Not yet." (fragment)
U(d, "BINUCA reports that looting continued overnight", "near the airport.",
  ("United Nations", N, neu, "", "BINUCA = UN; facts given by an actor (neutral tone)"))
U(d, "UNHCR's appeal for the Central African Republic was already badly underfunded", "movement across the river continues.",
  ("UNHCR", N, neu, "", "funding need = asking for aid is not supporting (labels README); a plain statement of need (neutral tone); the spokesperson relays the agency"))
U(d, "That's a question you should put to the authorities of Cameroon, who have said", "on their territory.",
  ("Cameroon", N, neu, "", "Cameroon's statement (Bozizé is on its territory) reported inside the spokesperson's answer; the UN itself takes no position here"))
# No rows: the Security Council question and answer, closing (no position).
