# ------------------------------------------------------------------ Namibia: ECN declares Nandi-Ndaitwah president-elect, IPC rejects (state news agency dispatch, 2024-12-04)
d = "page_namibia_nandindaitwah_declaration2024_stateagency.txt"
# Not statements: agency masthead, menu, section, time stamp, headline, the agency tag "(NNPS)", the slug line, Related stories, copyright.
U(d, "The Chairperson of the Electoral Commission of Namibia (ECN), Dr Elsie Nghikembua, on Tuesday evening declared", "under the Namibian Constitution.",
  ("Namibia", N, neu, "", "dateline excluded; the ECN is a state body (as the Zanzibar commission = Tanzania in earlier pages); declaration of the result = facts"))
U(d, "Dr Nghikembua, who made the announcement at the Commission's national results centre", "was third.",
  ("Namibia", N, neu, "", "surname after a full introduction; figures"))
U(d, "In the National Assembly election, the SWAPO Party obtained 51", "the Chairperson said.",
  ("Namibia", N, neu, "", "'the Chairperson' = Nghikembua; seat figures"))
U(d, "Dr Nghikembua acknowledged that the shortage of ballot papers", "their democratic right.",
  ("Namibia", N, neg, "", "admission of its own failings and regret for voters' inconvenience: not a judgement on another actor = neutral, negative"))
U(d, "\"The Commission takes full responsibility for the logistical difficulties", "she said.",
  ("Namibia", N, neu, "", "multi-sentence quote closed by its speaker; responsibility for own failings + a promised review = neutral"))
U(d, "The Chairperson further explained that the extension of voting", "opportunity to cast a ballot.",
  ("Namibia", N, neu, "", "procedure (extension proclaimed on the ECN's advice); implicit defence against the opposition's charge, no evaluation"))
U(d, "Receiving the result, President-elect Nandi-Ndaitwah thanked the Namibian electorate", "for which they voted.",
  ("SWAPO", N, pos, "", "the Vice-President speaks here as SWAPO's winning candidate (not head of state or government until March 2025) -> SWAPO; thanks to voters (not an actor) + pledge = neutral, positive"))
U(d, "\"Elections divide us for a season", "the President-elect said.",
  ("SWAPO", T, pos, "", "hand extended to every party + supporters asked not to provoke anyone = appeal for a peaceful course after a disputed vote (unsure: could be neutral)"))
U(d, "In a statement issued shortly after the declaration, the President of the Republic of Namibia", "under difficult circumstances.",
  ("Namibia", S, pos, "SWAPO", "head of state = Namibia; congratulations to the president-elect (SWAPO's candidate; the winner's party is the target until she takes office) + praise of the ECN (own body)"))
U(d, "President Mbumba called on all political parties and candidates who are dissatisfied", "the Namibian nation is known.",
  ("Namibia", T, neu, "", "appeal to pursue grievances through the courts and not disturb the peace, no judgement = calling_for_talks; several parties -> target empty"))
U(d, "The IPC, the PDM and several other opposition parties did not attend the announcement.", "did not attend the announcement.",
  ("Independent Patriots for Change", N, neg, "", "staying away from the declaration with no protest stated in the sentence = neutral (labels/README, withdrawing from a meeting); negative tone"),
  ("Popular Democratic Movement", N, neg, "", "same list; 'several other opposition parties' unnamed, no row"))
U(d, "Addressing a press conference on Saturday, Dr Itula said his party would not accept", "have them set aside.",
  ("Independent Patriots for Change", C, neg, "Namibia", "party leader speaks for the IPC; refusal to accept the result as legitimate + 'fatally compromised by deliberate mismanagement' + court challenge; the mismanagement is the ECN's (state body)"))
U(d, "The Landless People's Movement (LPM) and the PDM were reported to have joined the IPC", "rejecting the results.",
  ("Landless People's Movement", C, neg, "Namibia", "rejecting the results of the state's election = condemning; hedged report ('were reported to have') still attributes the position"),
  ("Popular Democratic Movement", C, neg, "Namibia", "same list"))
U(d, "Speaking to NNPS on Wednesday morning, the Secretary-General of the SWAPO Party", "in any forum.",
  ("SWAPO", C, neg, "", "secretary-general speaks for the party; 'an attempt to overturn the clear choice of the people' = judgement on the opposition; several parties -> target empty"))
U(d, "The Head of the Southern African Development Community (SADC) Electoral Observation Mission", "shown by Namibian voters.",
  ("SADC", N, neu, "", "observation mission = SADC; shortcomings noted + voters (not an actor) commended = mixed assessment, neutral (unsure: tone could be positive)"))
# "Meanwhile, messages of congratulations continued to arrive at State House on Wednesday." = narration, no named actor.
U(d, "The President of the Republic of Zimbabwe and Chairperson of SADC", "the liberation struggle.",
  ("Zimbabwe", S, pos, "SWAPO", "Mnangagwa is introduced as SADC chair too, but speaks for 'the people of Zimbabwe' and 'Harare' (capital as metonym), not in SADC's name -> Zimbabwe; congratulations = supporting"))
U(d, "South Africa's President Cyril Ramaphosa said in a message", "binds the two neighbours.",
  ("South Africa", S, pos, "SWAPO", "head of state; congratulations + Pretoria (metonym) looking forward to cooperation"))
U(d, "The Chairperson of the African Union Commission, His Excellency Moussa Faki Mahamat", "peaceful and legal means.",
  ("African Union", T, pos, "", "congratulations joined to an appeal to settle disputes peacefully, no judgement: welcome with a peace appeal = calling_for_talks (rule 2 before 3, labels/README)"))
U(d, "The Namibian Police Force said in a statement that the country remained calm", "in accordance with the law.",
  ("Namibia", C, neg, "", "police = state; warning that inciters will be dealt with firmly = threatened response; no named side -> target empty (unsure: could be a neutral security notice)"))
# "President-elect Nandi-Ndaitwah will be sworn in on 21 March 2025 ..." = narration of the timetable, no row.
