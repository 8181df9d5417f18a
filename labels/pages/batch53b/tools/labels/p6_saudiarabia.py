DOC = "page_saudiarabia_sultanthamer_executions2023_ngopage.txt"
# (sentence, actor, stance, sentiment, target, note)
_JOINT1 = "Americans for Democracy & Human Rights in Bahrain (ADHRB), ALQST for Human Rights, the Bahrain Institute for Rights and Democracy (BIRD) and the European Saudi Organisation for Human Rights (ESOHR) condemn in the strongest terms the execution by the Kingdom of Saudi Arabia of the Bahraini nationals Jaafar Mohammed Sultan and Sadiq Majeed Thamer on 29 May 2023."
_JOINT2 = "We call on the Saudi authorities to halt all executions at once, to commute every death sentence still pending, and to return the bodies of Jaafar, Sadiq and every other executed prisoner to their families, and we ask the governments of the United Kingdom and the United States, which keep close security ties with Riyadh, to raise these cases publicly."
_COURT = "Court records show that both men told the judges that their confessions had been beaten out of them during interrogation in Dammam."
_SIGN = ["Americans for Democracy & Human Rights in Bahrain", "ALQST", "Bahrain Institute for Rights and Democracy",
         "European Saudi Organisation for Human Rights"]
ROWS = (
    [(_JOINT1, a, "condemning", "negative", "Saudi Arabia",
      "joint statement: one row per signatory named in the sentence") for a in _SIGN]
    + [(_COURT, a, "condemning", "negative", "Saudi Arabia",
        "the executed men's own testimony in court, reported: allegation of torture = accusation; one row per man (new actors)")
       for a in ["Jaafar Sultan", "Sadiq Thamer"]]
    + [("According to figures compiled by ESOHR, Jaafar and Sadiq were the 40th and 41st people put to death in Saudi Arabia since January, and at least 61 people are now on death row in the Kingdom, nine of whom were children at the time of their alleged offences.",
        "European Saudi Organisation for Human Rights", "neutral", "negative", "",
        "figures from a monitoring NGO = neutral (grim subject -> negative tone)")]
    + [(_JOINT2, a, "calling_for_talks", "negative", "Saudi Arabia",
        "'We' = the signatories: appeal to halt executions, commute sentences and return bodies, no judgement word in this sentence; the UK and US are addressed, not targets")
       for a in _SIGN]
    + [
    ("Saudi Arabia this morning executed two young Bahraini men, Jaafar Mohammed Sultan and Sadiq Majeed Thamer, eight years after they were seized at the King Fahd Causeway, the Saudi Ministry of Interior announced through the official Saudi Press Agency.",
     "Saudi Arabia", "neutral", "negative", "",
     "dateline 'London -' excluded; the state announcing its own executions = act reported without judgement; SPA is the channel"),
    ("The ministry said the two men had belonged to a terrorist group headed by a Bahraini fugitive, had been trained in militant camps abroad and had helped bring explosives into the Kingdom.",
     "Saudi Arabia", "condemning", "negative", "",
     "'The ministry' = Saudi interior ministry; accusation of terrorism against the executed men (not canonical actors -> target empty) (unsure: could be read as a neutral account of a court's findings)"),
    ("BIRD considers these executions to be arbitrary killings carried out after a trial that rested on confessions the two men said were taken from them under torture.",
     "Bahrain Institute for Rights and Democracy", "condemning", "negative", "Saudi Arabia",
     "'arbitrary killings' = judgement"),
    ("According to information gathered by BIRD, the two men were held incommunicado for more than three months after their arrest in May 2015 and had no access to a lawyer during their interrogation.",
     "Bahrain Institute for Rights and Democracy", "condemning", "negative", "Saudi Arabia",
     "accusation made by describing abuses in detention (guide rule 4 by analogy) (unsure: could be neutral documentation)"),
    ("\"The Saudi authorities have executed two men whose only evidence against them was a confession signed in an interrogation room in Dammam. Bahrain's silence while its own citizens were led to their deaths will not be forgotten by their families or by us,\" said Sayed Ahmed Alwadaei, BIRD's Director of Advocacy.",
     "Bahrain Institute for Rights and Democracy", "condemning", "negative", "",
     "multi-sentence quote closed by its speaker = one unit; judgements of Saudi Arabia and of Bahrain -> two targets, left empty"),
    ("In a communication sent before the executions, UN Special Rapporteurs wrote to the Saudi government expressing serious concern that the two men faced execution on the strength of confessions allegedly obtained under torture, and asked that their sentences be annulled.",
     "United Nations", "calling_for_talks", "negative", "Saudi Arabia",
     "UN special rapporteurs = UN; concern + request to annul, no explicit judgement ('allegedly')"),
    ("BIRD has written to the Bahraini Ministry of Foreign Affairs asking it to secure the return of the bodies so that the two men can be buried at home.",
     "Bahrain Institute for Rights and Democracy", "calling_for_talks", "neutral", "Bahrain",
     "humanitarian request addressed to Bahrain"),
    ("BIRD stands with the families of Jaafar and Sadiq and will support them in every legal and diplomatic effort to recover the bodies and to establish the truth about what was done to their sons.",
     "Bahrain Institute for Rights and Democracy", "supporting", "positive", "Families of Jaafar Sultan and Sadiq Thamer",
     "solidarity + offered assistance = supporting"),
    ("The families said in a message shared with BIRD that they had learned of the executions from the news and had never been granted a final visit.",
     "Families of Jaafar Sultan and Sadiq Thamer", "neutral", "negative", "",
     "the families' own account, no judgement word (unsure: could be read as an implicit grievance, condemning)"),
    ("They asked the Saudi authorities to hand over the bodies so that the men could be buried in Bahrain.",
     "Families of Jaafar Sultan and Sadiq Thamer", "calling_for_talks", "neutral", "Saudi Arabia",
     "'They' = the families; humanitarian request"),
    ("Al-Wefaq National Islamic Society, Bahrain's dissolved main opposition group, described the executions as a crime committed against two young men whose only hope had been a fair hearing.",
     "Al Wefaq", "condemning", "negative", "Saudi Arabia",
     "'a crime'"),
    ("It also said the Bahraini authorities bore part of the responsibility for failing to intervene on behalf of their own citizens.",
     "Al Wefaq", "condemning", "negative", "Bahrain",
     "'It' = Al-Wefaq; 'bore part of the responsibility'"),
    ("The society offered its condolences to the two families.",
     "Al Wefaq", "supporting", "positive", "Families of Jaafar Sultan and Sadiq Thamer",
     "'The society' = Al-Wefaq; condolence = solidarity"),
    ("Amnesty International, which had campaigned for a retrial, said the executions showed the Saudi authorities' utter disregard for the right to life and for the most basic guarantees of a fair hearing.",
     "Amnesty International", "condemning", "negative", "Saudi Arabia",
     "'utter disregard' = judgement"),
    ]
)
