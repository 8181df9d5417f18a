# Page 4: Saudi Arabia, execution of the Indonesian worker Tuti Tursilawati in Taif (29 Oct 2018), radio interview
# transcript (host + one guest), broadcast 2018-11-01.
# Left without a row: programme furniture, greetings, the host's questions and links ("Let's start with the notification ...",
# "The timing is striking. Adel al-Jubeir was in Jakarta only last week.", "Ratih, campaigners in Indonesia have gone further
# than the government, haven't they?", "Is that a fair comparison?", "And this lands on a Saudi government already under
# enormous pressure over the killing of Jamal Khashoggi in Istanbul." (narration), "So what should happen now?", the closing
# background line on Majalengka); the guest's connectives with no content of their own: "Much further.", "Exactly, and that is
# what has made this so bitter.", "None of that was enough.", "Barely a week later Tuti was dead.", "But the question
# Indonesians are asking is not whether the court had jurisdiction.", "And Usman did not spare his own government either."
# (summary before the next sentence), "At the same time, the foreign ministry has its own numbers." (lead-in).
# The host's "On Monday, in the city of Taif, Saudi Arabia executed Tuti Tursilawati ..." narrates the event itself (like the
# attack narrated in the lead of the other pages): no row.
DOC = "page_saudi_tursilawati_execution2018_radiointerview.txt"
DK = "Ratih Sasmita"
ROWS = [
 ("She always said he had sexually abused her and that she acted to defend herself.",
  "Tuti Tursilawati", "condemning", "negative", "", "new actor (person); her own accusation against her employer (not an actor) reported by the host"),
 ("Indonesia says it was told nothing, neither before nor after.",
  "Indonesia", "neutral", "negative", "", "host reports Indonesia's account; a fact stated with grievance but no explicit judgement (unsure: could be condemning Saudi Arabia)"),
 ("Its president, Joko Widodo, said on Wednesday that he had telephoned the Saudi foreign minister, Adel al-Jubeir, to register Indonesia's protest and to ask why Jakarta had not been informed.",
  "Indonesia", "condemning", "negative", "Saudi Arabia", "formal protest to the Saudi foreign minister"),
 ("Foreign Minister Retno Marsudi had already summoned the Saudi ambassador in Jakarta, Osamah Al-Shuaibi, on Tuesday and handed him a formal note of protest.",
  "Indonesia", "condemning", "negative", "Saudi Arabia", "summons + protest note = taken measure"),
 ("For Indonesia, sadly, it is not unusual at all, and that is precisely why people are so angry this week.",
  DK, "neutral", "negative", "", "invented guest; assessment of the public mood"),
 ("Lalu Muhammad Iqbal, who runs the citizen protection directorate at the foreign ministry, told reporters on Tuesday that neither the embassy in Riyadh nor the consulate in Jeddah had received any notice, and that this was the fourth such case in three years.",
  "Indonesia", "condemning", "negative", "Saudi Arabia", "ministry official = Indonesia; a repeated failure charged to Riyadh = accusation (unsure: could be neutral facts)"),
 ("Zaini Misrin, a driver, was executed in March with the same silence, and two women, Siti Zaenab and Karni, in 2015.",
  DK, "neutral", "negative", "", "guest gives the earlier cases as facts"),
 ("Executing a foreign woman without telling her government, without letting her family say goodbye, is a basic failure of decency between two states that call each other brothers.",
  DK, "condemning", "negative", "Saudi Arabia", "explicit judgement on the Saudi conduct"),
 ("Saudi Arabia has never signed up to mandatory notification with Jakarta, and it behaves as if that settles the matter.",
  DK, "condemning", "negative", "Saudi Arabia", "reproach of the Saudi attitude; Jakarta is an object, not a speaker"),
 ("We asked the Saudi embassy in Jakarta for comment, and a spokesman told us the sentence had been carried out under a final court ruling and that the kingdom applies its laws equally to its own citizens and to foreigners.",
  "Saudi Arabia", "neutral", "neutral", "", "embassy spokesman = Saudi Arabia; legal justification, no position on Indonesia"),
 ("That is the standard answer, and legally they will point out that this was classed as a murder for which neither the family of the victim nor the king could grant a pardon.",
  DK, "neutral", "neutral", "", "guest explains the Saudi legal category; no stance"),
 ("It is whether a woman who says she was defending herself from rape was ever properly heard, with a competent interpreter, in the early interrogations.",
  DK, "condemning", "negative", "Saudi Arabia", "doubt about the fairness of the Saudi process, framed as a question (unsure: could be neutral)"),
 ("Indonesia's embassy provided her with lawyers later on, and two presidents, Susilo Bambang Yudhoyono and now Jokowi, wrote to the king asking for clemency.",
  "Indonesia", "calling_for_talks", "neutral", "Saudi Arabia", "legal aid + clemency appeals to the king = appeal for a humane course (unsure: the legal aid alone would be supporting with an empty target)"),
 ("During that visit al-Jubeir told Retno that Riyadh took the welfare of the Indonesians working in the kingdom very seriously; there are some 600,000 of them, most of them housemaids.",
  "Saudi Arabia", "neutral", "positive", "", "Saudi FM's assurance about its own conduct = neutral, positive"),
 ("Retno thanked him publicly for that.",
  "Indonesia", "supporting", "positive", "Saudi Arabia", "surname-less first name as used in Indonesia; thanks for the assurance = welcome"),
 ("When Jokowi spoke to al-Jubeir on Tuesday he also demanded, in very direct language for him, that Saudi Arabia guarantee the safety and the legal rights of every Indonesian worker there.",
  "Indonesia", "calling_for_talks", "negative", "Saudi Arabia", "protection demand addressed to Riyadh, no judgement word in the sentence"),
 ("I think the palace in Jakarta felt it had been made to look foolish.",
  DK, "neutral", "negative", "", "guest's reading of the presidency's mood, not Indonesia's statement"),
 ("Migrant CARE, the main advocacy group for migrant workers, said the execution was an outrage and a deliberate insult to Indonesia.",
  "Migrant CARE", "condemning", "negative", "Saudi Arabia", "new actor (organisation)"),
 ("It wants the government to freeze the pilot scheme that recently reopened the door to sending domestic workers to Saudi Arabia until Riyadh agrees to notify Jakarta of every death sentence and every execution.",
  "Migrant CARE", "condemning", "negative", "Saudi Arabia", "'It' = Migrant CARE; call for a measure against Saudi Arabia (freeze until it complies) = pressure, like a call for sanctions"),
 ("Amnesty International Indonesia, through its director Usman Hamid, said the kingdom had once again trampled on the basic courtesy that diplomacy depends on.",
  "Amnesty International", "condemning", "negative", "Saudi Arabia", "Amnesty International Indonesia and Usman Hamid are aliases of Amnesty International"),
 ("He said Jakarta is in a weak position to plead for its citizens abroad while it keeps executing people at home, which is a fair point: Indonesia put foreigners in front of firing squads in 2015 and 2016.",
  "Amnesty International", "condemning", "negative", "Indonesia", "'He' = Usman Hamid; criticism of Indonesia's own executions"),
 ("He said Jakarta is in a weak position to plead for its citizens abroad while it keeps executing people at home, which is a fair point: Indonesia put foreigners in front of firing squads in 2015 and 2016.",
  DK, "supporting", "neutral", "Amnesty International", "the guest endorses Amnesty's point ('which is a fair point')"),
 ("It is uncomfortable, but it is fair.",
  DK, "supporting", "neutral", "Amnesty International", "answer to 'Is that a fair comparison?': agreement with Amnesty's criticism (unsure: could be read as condemning Indonesia)"),
 ("It says Saudi courts sentenced 103 Indonesian migrant workers to death between 2011 and 2018, and that most of them were eventually saved through diplomacy, blood money or appeals.",
  "Indonesia", "neutral", "neutral", "", "'It' = the foreign ministry; figures"),
 ("The trouble is that the cases where it fails end like this, without a phone call.",
  DK, "neutral", "negative", "", "guest's assessment of quiet diplomacy; no judgement aimed at an actor"),
 ("Yes, and I would be careful not to link the two too directly; the Saudi judicial calendar does not follow the news cycle.",
  DK, "neutral", "neutral", "", "caution against linking the execution to the Khashoggi affair"),
 ("But Khashoggi has changed how people in Jakarta hear Saudi assurances.",
  DK, "neutral", "negative", "", "assessment of Indonesian opinion"),
 ("There is much more suspicion now, and the government is under pressure from parliament and from Muslim organisations to show that it is not afraid of Riyadh.",
  DK, "neutral", "negative", "", "assessment; parliament and Muslim organisations are not named speakers"),
 ("I would like to see the two governments sit down and negotiate a consular agreement with mandatory notification.",
  DK, "calling_for_talks", "neutral", "", "appeal for bilateral negotiation; two governments -> target empty"),
 ("That is a concrete, achievable step.",
  DK, "calling_for_talks", "positive", "", "continuation of the same appeal"),
 ("And Jakarta should stop sending women into private homes in the Gulf until that agreement is signed, because the moratorium of 2015 has been full of holes from the start.",
  DK, "condemning", "negative", "Indonesia", "judgement on Indonesia's moratorium + call to stop sending workers; Jakarta = Indonesia as object"),
]
