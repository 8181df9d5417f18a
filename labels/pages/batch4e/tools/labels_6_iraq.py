# ------------------------------------------------------------------ Iraq: Sadr supporters storm the Green Zone (Gulf state-media style, 2022-08-30)
d = "page_iraq_greenzone_statemedia.txt"
U(d, "The United Arab Emirates has welcomed the call by Sayyed Muqtada Al Sadr", "blood of Iraqis.",
  ("United Arab Emirates", S, pos, "Sadrist Movement", "dateline 'ABU DHABI, 30th August, 2022 (KNA) -- ' excluded; welcome + praise of Sadr's call, no appeal in this sentence"))
U(d, "In a statement, the Ministry of Foreign Affairs and International Cooperation (MoFAIC) expressed the hope", "every other consideration.",
  ("United Arab Emirates", T, pos, "", "ministry with no state word (UAE from the lead); hope for dialogue addressed to all Iraqi parties"))
U(d, "The Ministry reaffirmed the UAE's full support for the security and stability of sisterly Iraq", "development and prosperity.",
  ("United Arab Emirates", S, pos, "Iraq", "backing of the state's stability"))
U(d, "The Ministry also extended its sincere condolences", "to the injured.",
  ("United Arab Emirates", S, neg, "Iraq", "condolences = solidarity (supporting), tone of grief; unsure, could be read as neutral"))
U(d, "The call came after a day of deadly clashes in and around the Green Zone", "from political life.",
  ("Sadrist Movement", N, neu, "", "narration + Sadr's own withdrawal announced (a specific act); no evaluation; Muqtada al-Sadr = Sadrist Movement (name files)"))
U(d, "Speaking at a news conference in Najaf on Tuesday, Al Sadr gave his followers sixty minutes", "anyone who stayed.",
  ("Sadrist Movement", T, neg, "", "ultimatum to his own followers to end the sit-in and the fighting = de-escalation, not a threat against another side; Najaf = place"))
U(d, "He apologised to the Iraqi people for the bloodshed", "movement for reform.",
  ("Sadrist Movement", N, neg, "", "apology and self-criticism, no judgement on another actor"))
U(d, "Caretaker Prime Minister Mustafa Al Kadhimi thanked Al Sadr for his call", "as they left.",
  ("Iraq", S, pos, "Sadrist Movement", "thanks and praise ('high sense of patriotism'); the order to protect protesters is own procedure"))
U(d, "Al Kadhimi had suspended cabinet sessions on Monday, and earlier on Tuesday he warned", "fighting continued.",
  ("Iraq", N, neg, "", "own suspension of cabinet sessions + threat to resign (pressure on no named side); not a threat against another actor; unsure, could be read as calling_for_talks"))
U(d, "The Joint Operations Command announced that the nationwide curfew", "on Tuesday.",
  ("Iraq", N, neu, "", "army command = the state; procedure"))
U(d, "The Iraqi Ministry of Health said 30 people had been killed", "two days of violence.",
  ("Iraq", N, neu, "", "toll"))
U(d, "The Coordination Framework, the alliance of Shiite parties that rivals the Sadrist Movement", "nobody could justify.",
  ("Coordination Framework", C, neg, "Sadrist Movement", "'assault on the state that nobody could justify' aimed at the storming by the Sadrists"))
U(d, "The Framework said it was ready for a national dialogue with all parties", "to resume.",
  ("Coordination Framework", T, neu, "Sadrist Movement", "'The Framework' = the Coordination Framework; offer of dialogue including the Sadrists"))
U(d, "The Popular Mobilization Forces denied in a statement", "fire on demonstrators.",
  ("Popular Mobilization Forces", N, neg, "", "denial"))
U(d, "In Kuwait, the Ministry of Foreign Affairs said it was following the developments", "with deep concern.",
  ("Kuwait", N, neg, "", "Kuwait = place and state by context; concern without an appeal = neutral, negative"))
U(d, "Kuwait's embassy in Baghdad had earlier urged Kuwaiti citizens in Iraq to leave", "their trips.",
  ("Kuwait", N, neu, "", "travel advice to own citizens = neutral (no judgement on Iraq)"))
U(d, "The Kingdom of Saudi Arabia called on all Iraqi parties to close ranks", "Saudi Press Agency reported.",
  ("Saudi Arabia", T, neu, "", "appeal for peaceful means + backing of efforts against strife: appeal without judgement = calling_for_talks (rule 2 before rule 3); the agency is not an actor"))
U(d, "The State of Qatar expressed its concern over the events in Baghdad", "in a statement.",
  ("Qatar", T, neg, "", "concern + appeal for restraint and dialogue; attribution tail"))
U(d, "The Kingdom of Bahrain condemned the rocket attacks on the Green Zone", "innocent people.",
  ("Bahrain", C, neg, "", "condemnation of attacks by unnamed perpetrators -> target empty"))
U(d, "GCC Secretary-General Dr. Nayef Falah Al Hajraf affirmed the Council's full support", "all its territory.",
  ("Gulf Cooperation Council", S, pos, "Iraq", "'the Council' = GCC; backing"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit urged the Iraqi political forces", "negotiating table.",
  ("Arab League", T, neu, "", "appeal to return to negotiations"))
U(d, "The United Nations Assistance Mission for Iraq (UNAMI) described Monday's events", "further bloodshed.",
  ("United Nations", T, neg, "", "alarm + appeal to refrain = calling_for_talks, negative"))
U(d, "UNAMI later welcomed the withdrawal of the protesters", "critical moment.",
  ("United Nations", S, pos, "Sadrist Movement", "welcome of the Sadrists' withdrawal, no appeal in the sentence"))
U(d, "The Islamic Republic of Iran closed its land border crossings with Iraq", "Iranian state television said.",
  ("Iran", N, neu, "", "precautionary measure, no protest stated (not a measure against Iraq); state television = agency, not an actor"))
U(d, "Iranian Foreign Ministry spokesman Nasser Kanaani said the developments were an internal Iraqi matter", "among Iraqis.",
  ("Iran", T, neu, "", "dialogue among Iraqis"))
U(d, "He rejected suggestions that Tehran was taking sides in the dispute.", "in the dispute.",
  ("Iran", N, neg, "", "'He' = Kanaani; denial; Tehran = metonym"))
U(d, "In Washington, White House National Security Council spokesman John Kirby said", "reports of violence.",
  ("United States", N, neg, "", "concern and monitoring without an appeal = neutral, negative"))
U(d, "A US State Department spokesperson denied reports that the American embassy", "being evacuated.",
  ("United States", N, neu, "", "unnamed spokesperson of a named government; denial of a factual report (not an accusation) -> neutral tone"))
