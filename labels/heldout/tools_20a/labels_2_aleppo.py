# ------------------------------------------------------------------ Evacuation of eastern Aleppo (UN noon briefing excerpts as on ReliefWeb, 2016-12-16)
d = "page_aleppo_evacuation_noonbriefing.txt"
U(d, "Our humanitarian colleagues tell us that the evacuation of eastern Aleppo", "without being given a reason.",
  ("United Nations", N, neu, "", "spokesman = UN; facts of the suspension, no judgement, no appeal ('Let me start with Aleppo.' is no statement)"))
U(d, "The ICRC puts the number of people who got out", "on towards Idlib.",
  ("ICRC", N, neu, "", "ICRC figures relayed by the spokesman = ICRC's statement; the UN takes no position in the sentence (no UN row)"))
U(d, "The World Health Organization says many of the patients", "inside the enclave.",
  ("World Health Organization", N, neu, "", "WHO is its own canonical actor; facts"))
U(d, "The Secretary-General is deeply worried by the suspension", "can do so safely.",
  ("United Nations", T, neg, "", "concern + appeal to resume the evacuation = calling_for_talks"))
U(d, "He reminds the parties that civilians who choose to stay", "international humanitarian law.",
  ("United Nations", T, neu, "", "'He' = the SG; protection of civilians and humane treatment = appeal"))
U(d, "In Geneva, the Office of the High Commissioner for Human Rights said today", "Government-held areas.",
  ("United Nations", N, neu, "", "OHCHR = United Nations (name files); reports received, no judgement, no appeal; facts take a neutral tone"))
U(d, "Rupert Colville, the Office's spokesman, said the Government had a duty", "detained humanely.",
  ("United Nations", T, neu, "Syria", "'the Government' = Syria by context; a duty to protect, no judgement = calling_for_talks addressed to one side (unsure: could be read as holding Damascus responsible)"))
U(d, "Yesterday, after the humanitarian task force met in Geneva", "had failed.",
  ("United Nations", T, pos, "", "Senior Adviser to the Special Envoy = UN; hope that the evacuation succeeds = calling_for_talks"))
U(d, "The Emergency Relief Coordinator, Stephen O'Brien, welcomed the departure", "wants to leave is out.",
  ("United Nations", T, pos, "", "welcome + appeal with no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "And UNICEF says it has delivered winter clothing", "western rural Aleppo and Idlib.",
  ("UNICEF", S, neu, "", "aid by act = supporting; aimed at children, no canonical target"))
U(d, "The Russian Defence Ministry said this morning that the evacuation is complete", "all women and children are out.",
  ("Russia", N, neu, "", "position reported inside a journalist's question (the 'Question:' label and the question itself are excluded); a claim of fact = neutral"))
U(d, "And Government officials say rebels opened fire on a convoy", "which is why it was stopped.",
  ("Syria", C, neg, "", "'Government officials' = unnamed officials of the Syrian Government (named by context); accusation against 'rebels' (no canonical target)"))
U(d, "I have no way of confirming either of those things.", "I have no way of confirming either of those things.",
  ("United Nations", N, neu, "", "the 'Spokesman:' label is excluded; declining to confirm either claim = neutral"))
U(d, "What our colleagues on the ground are telling us is that thousands of people", "waiting to get out.",
  ("United Nations", N, neu, "", "the spokesman's facts, which contradict the Russian claim; no judgement"))
U(d, "On Tuesday the American Ambassador told the Council that Syria, Russia and Iran", "in no position to preach to anyone.",
  ("United States", C, neg, "", "US ambassador (Power, by role) holds three states responsible -> target empty"),
  ("Russia", C, neg, "United States", "Churkin's retort = Russia judging Washington; Washington = metonym"))
U(d, "The Secretary-General has said, and he repeats it today, that those who committed crimes", "whoever they are.",
  ("United Nations", C, neg, "", "'crimes' + must answer for them = judgement; nobody named -> target empty"))
U(d, "I'm not going to rank the statements of Member States.", "I'm not going to rank the statements of Member States.",
  ("United Nations", N, neu, "", "declining to judge the two ambassadors (like 'stopped short of blaming') = neutral"))
U(d, "France has asked for Council consultations this afternoon", "on the ground in Aleppo.",
  ("France", T, neu, "", "position reported in a question; convening the Council and a draft to deploy observers for the evacuation = pursuing a UN resolution to protect civilians (calling_for_talks)"))
U(d, "We have staff in Aleppo now.", "We have staff in Aleppo now.",
  ("United Nations", N, neu, "", "a fact about its own presence"))
U(d, "We can do a great deal more the moment the parties give us access", "the safety of our people.",
  ("United Nations", T, neu, "", "appeal for humanitarian access and staff safety = calling_for_talks"))
U(d, "Turkey's Foreign Minister says only civilians have been brought out so far", "blocking the rest.",
  ("Turkey", C, neg, "Syria", "minister by role inside a question; accusation of obstruction"))
U(d, "He also says Turkish hospitals are ready to take the wounded.", "He also says Turkish hospitals are ready to take the wounded.",
  ("Turkey", S, pos, "", "'He' = the Turkish foreign minister; offer of medical aid = supporting; the militias 'reported to want' in the next sentence are unnamed (no row)"))
U(d, "I'm not going to point fingers from this podium.", "I'm not going to point fingers from this podium.",
  ("United Nations", N, neu, "", "declining to blame anyone = neutral (the appeal follows in the next sentence)"))
U(d, "Those who have the power to restart the operation should do so now", "new conditions to it.",
  ("United Nations", T, neu, "", "appeal to resume the evacuation without conditions, no one named"))
U(d, "The Syrian Ambassador, Bashar Ja'afari, has said reports of mass killings", "were fabricated.",
  ("Syria", N, neg, "", "denial reported in a question = neutral, negative"))
U(d, "The High Commissioner's office based its information on several sources", "it stands by it.",
  ("United Nations", N, neu, "", "the UN maintains its facts against the denial; no judgement of an actor"))
U(d, "The ICRC's regional director, Robert Mardini, said on Twitter", "keep the route safe.",
  ("ICRC", T, neu, "", "relayed by the spokesman = ICRC's statement; readiness + appeal to keep the route safe = calling_for_talks"))
