# page 1: Egypt, Palm Sunday church bombings (9 April 2017), world-reactions round-up
D = "page_egypt_palmsunday_churches2017_worldreacts.txt"
# no rows: headline, standfirst, byline, caption, the four opening sentences of narration,
# "Al-Azhar is due to host Pope Francis ..." (a planned meeting given by the narrator), Related, furniture.
U(D, "In a statement carried by its Amaq outlet", "would face more attacks.",
  ("Islamic State", C, neg, "", "claim of the attacks + threat of more = a threatened response (condemning); Egypt's Christians are not a canonical actor -> target empty"))
U(D, "President Abdel Fattah al-Sisi declared", "vital sites across the country.",
  ("Egypt", N, neg, "", "state of emergency and army guards: own security measures aimed at no named side = neutral (unsure: a taken response to the attackers could be read as condemning)"))
U(D, "In a televised address he said", "of arming and financing them.",
  ("Egypt", C, neg, "", "'he' = Sisi; judgement of the planners + accusation of unnamed foreign states -> target empty"))
U(D, "The Health Ministry put the toll", "had been wounded.",
  ("Egypt", N, neu, "", "casualty figures given by a ministry = neutral"))
U(D, "The church said funerals would be held", "without the usual receptions.",
  ("Coptic Orthodox Church", N, neg, "", "plans (funerals, Easter limited to prayers): neutral, mourning tone"))
U(D, "\"Those who planned this crime", "a statement from the papal residence in Cairo said.",
  ("Coptic Orthodox Church", C, neg, "", "'this crime' + the planners' aim = judgement; planners unnamed -> target empty; the papal residence = the church"))
U(D, "Grand Imam Ahmed el-Tayeb called the bombings", "the murder of people at prayer.",
  ("Al-Azhar", C, neg, "", "'despicable crime', 'murder' = judgement; perpetrators unnamed"))
U(D, "Pope Francis, celebrating the Palm Sunday mass", "prayed for the dead and the wounded.",
  ("Holy See", S, neg, "Coptic Orthodox Church", "condolences and prayer = supporting (sympathy), grief tone; addressed to Tawadros II = the Coptic church"))
U(D, "The Vatican said on Monday", "would go ahead as planned.",
  ("Holy See", N, neu, "", "the Vatican = Holy See; a plan confirmed"))
U(D, "President Donald Trump, who received Sisi", "the United States stood with Egypt.",
  ("United States", S, neg, "Egypt", "sadness + 'stood with Egypt' = supporting; the relative clause is narration"))
U(D, "Secretary of State Rex Tillerson called", "to defeat the Islamic State.",
  ("United States", C, neg, "Islamic State", "'barbaric' = judgement (rule 1 over the cooperation pledge); the group that claimed the bombings is named in the sentence (unsure: target could be left empty)"))
U(D, "Foreign Secretary Boris Johnson said he was appalled", "any help Britain could give.",
  ("United Kingdom", C, neg, "", "'designed to sow hatred' = judgement of the attacks; the offer of help is secondary (rule 1); perpetrators unnamed"))
U(D, "President François Hollande said France shared", "side by side with Cairo.",
  ("France", S, neg, "Egypt", "shared grief + continued joint fight = supporting; Cairo = Egypt (metonym)"))
U(D, "Foreign Minister Sigmar Gabriel said he was horrified", "with the families of the dead.",
  ("Germany", S, neg, "", "horror (no judgement word) + thoughts with families = condolences = supporting; families are not an actor -> target empty"))
U(D, "Kremlin spokesman Dmitry Peskov said President Vladimir Putin had telephoned", "against terrorism.",
  ("Russia", S, pos, "Egypt", "condolences + readiness to deepen cooperation = supporting; tone taken from the offer (unsure: negative for the condolences)"))
U(D, "Asked whether Russia would now resume passenger flights", "which were continuing.",
  ("Russia", N, neu, "", "no change to ongoing aviation talks: a fact about its own policy, no appeal"))
U(D, "Ibrahim Kalin, President Recep Tayyip Erdogan's spokesman", "at odds since 2013.",
  ("Turkey", C, neg, "", "'atrocity' = judgement; the 'pointedly' clause is the writer's narration, not Turkey's; Ankara = place/metonym in narration"))
U(D, "Prime Minister Benjamin Netanyahu's office said Israel", "against terror.",
  ("Israel", S, neg, "Egypt", "condolences + standing with Egypt = supporting"))
U(D, "Saudi Arabia, the United Arab Emirates, Kuwait, Bahrain and Jordan", "solidarity with Egypt.",
  ("Saudi Arabia", C, neg, "", "states acting as a list: one row each; condemning + solidarity -> rule 1 condemning; perpetrators unnamed"),
  ("United Arab Emirates", C, neg, "", "listed state, as above"),
  ("Kuwait", C, neg, "", "listed state, as above"),
  ("Bahrain", C, neg, "", "listed state, as above"),
  ("Jordan", C, neg, "", "listed state, as above"))
U(D, "The Security Council, in a press statement, called the bombings vile", "must be brought to justice.",
  ("United Nations", C, neg, "", "Security Council = United Nations; 'vile' + call for justice = condemning"))
U(D, "Stéphane Dujarric, the spokesman for Secretary-General", "wished the injured a swift recovery.",
  ("United Nations", S, neg, "Egypt", "sympathy to the government and people = supporting"))
U(D, "Federica Mogherini, the bloc's foreign policy chief, said", "against terrorism.",
  ("European Union", S, pos, "Egypt", "solidarity + continued support = supporting; 'the bloc' = EU"))
U(D, "Her spokesperson added that the state of emergency", "international human rights obligations.",
  ("European Union", T, neu, "Egypt", "a reminder that emergency powers respect rights: appeal with no judgement = calling_for_talks (unsure: could be neutral as a caveat)"))
U(D, "Secretary-General Ahmed Aboul Gheit said the attackers", "nor human life.",
  ("Arab League", C, neg, "", "judgement of the attackers (unnamed)"))
U(D, "Moussa Faki Mahamat, chairperson of the African Union Commission", "a difficult hour.",
  ("African Union", S, neg, "Egypt", "solidarity = supporting; grief tone"))
U(D, "Amnesty International urged the Egyptian authorities", "since the bombing of a Cairo church in December.",
  ("Amnesty International", T, neg, "Egypt", "demand to protect worshippers, no judgement word = calling_for_talks (protection of civilians); the 'noting' clause implies a failing but states none"))
U(D, "Its regional office warned that the state of emergency", "in North Sinai had been.",
  ("Amnesty International", C, neg, "Egypt", "'as earlier emergency measures ... had been' = accusation that past measures were used against critics (unsure: a warning alone would be neutral)"))
