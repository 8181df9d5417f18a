# ---------------------------------------------------------------- 4. Serbia: recall of the embassy staff from Skopje (MFA press releases, HTML)
d = "page_serbia_skopje_embassyrecall2017_mfa.html"
RS, MK = "Serbia", "North Macedonia"
# release of 23 August
U(d, "First Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Serbia Ivica Dačić had a telephone conversation today", "at the initiative of the Macedonian side.",
  (MK, T, neu, RS, "a call listed in narrative is no statement of its participants, but the side that initiated it takes a diplomatic course (labels/README: the host convening a meeting); 'Macedonia' = North Macedonia (name files)"))
U(d, "Minister Dačić informed his interlocutor of the reasons which had led to the decision", "of the institutions of the Republic of Serbia.",
  (RS, N, neu, "", "explanation of its own measure + denial that it is aimed at the Macedonian people or government -> neutral (unsure: the security justification implies an accusation)"))
U(d, "Minister Dimitrov expressed the readiness of the Macedonian side to clarify all open questions through direct contacts", "friendly and close relations with Belgrade.",
  (MK, T, pos, RS, "Macedonian foreign minister = North Macedonia; readiness for direct contacts + wish for friendly relations = calling_for_talks; Skopje/Belgrade = metonyms"))
U(d, "The two Ministers agreed that the dialogue between the two Ministries should continue", "upon the completion of consultations.",
  (RS, T, neu, MK, "agreeing to continue dialogue and meet = calling_for_talks; the partial return of staff is the same actor's plan in the same sentence"),
  (MK, T, neu, RS, "'the two Ministers agreed' = both sides commit to dialogue"))
U(d, "\"Serbia has no better friend in the region than the Macedonian people,", "Minister Dačić said.",
  (RS, C, neg, MK, "multi-sentence quote; praise of the people, then the reproach of decisions taken 'behind the back of a friend' on its territorial integrity (the UNESCO vote) = judgement of Skopje (unsure: mild, could be read as a neutral warning)"))
# release of 22 August
U(d, "First Deputy Prime Minister and Minister of Foreign Affairs Ivica Dačić received today Ambassador of the Russian Federation", "current issues in the region.",
  (RS, N, neu, "", "routine courtesy meeting with no stated aim of settling a dispute = plain diplomatic wording, neutral (unsure: a hosted meeting could be read as calling_for_talks)"))
U(d, "Minister Dačić informed Ambassador Chepurin about the circumstances of the recall", "good-neighbourly relations with Macedonia.",
  (RS, N, pos, "", "briefing an ally + self-description of its efforts to keep good relations = neutral, positive (unsure: could be calling_for_talks)"))
U(d, "Ambassador Chepurin reiterated the principled position of the Russian Federation", "Security Council resolution 1244.",
  ("Russia", C, neg, "Kosovo", "ambassador = Russia; support for Serbia's territorial integrity AND opposition to Kosovo's admission 'contrary to resolution 1244' = a judgement of Kosovo's bid (rule 1 before rule 3; guide: 'opposes X's annexation' is a judgement) (unsure: supporting Serbia is the other reading); Moscow = metonym"))
U(d, "Minister Dačić thanked the Russian Federation for its consistent support on the question of Kosovo and Metohija,", "Scientific-Technical Cooperation.",
  (RS, S, pos, "Russia", "gratitude for Russia's support = approval -> supporting; the committee preparations are a neutral second clause"))
# statement of 21 August
U(d, "First Deputy Prime Minister and Minister of Foreign Affairs Ivica Dačić stated today that the staff of the Embassy", "a number of state institutions.",
  (RS, C, neg, MK, "recalling the whole embassy staff over 'hostile actions' = a diplomatic measure taken in protest (guide: recalled its envoy) + accusation; the actions took place in Macedonia -> target North Macedonia (unsure: the foreign element is not named)"))
U(d, "Minister Dačić said that a foreign element was also involved in these activities,", "further details at this moment.",
  (RS, C, neg, "", "accuses an unnamed 'foreign element' -> target empty"))
U(d, "President of the Republic of Serbia Aleksandar Vučić said earlier today that the services had gathered solid proof", "much more within ten days.",
  (RS, C, neg, "", "president = Serbia; 'solid proof of hostile intelligence work' = accusation, no named author in the sentence -> target empty"))
U(d, "Minister Dačić stressed that Serbia had for years supported the European path of Macedonia", "including in international organizations.",
  (RS, T, neg, MK, "its own past support (self-praise) + 'expected the same respect' = a demand addressed to one side with no judgement word -> calling_for_talks, negative (labels/README) (unsure: implicit warning, could be condemning)"))
U(d, "\"If Skopje decides to support the admission of the so-called Kosovo to UNESCO,", "Dačić said.",
  (RS, C, neg, MK, "threat of consequences for relations despite 'we do not threaten anyone' (guide: a threat -> condemning); 'the so-called Kosovo' is a jab at Kosovo but the threat aims at Skopje"))
U(d, "The Ministry of Foreign Affairs informed the Embassy of the Republic of Macedonia in Belgrade about the decision by a note verbale.", "by a note verbale.",
  (RS, N, neu, "", "procedure (note verbale) -> neutral; Belgrade = place"))
U(d, "According to reports from Skopje, the Ministry of Foreign Affairs of Macedonia stated that it had not been informed", "Member States of the European Union.",
  (MK, N, neu, "", "two positions of the same actor (ministry and government): not informed (fact) + plan to vote with the EU majority = neutral; one row per actor; the EU is only the reference of the vote"))
U(d, "Minister Dačić described that explanation as unconvincing,", "free to take its own position.",
  (RS, C, neg, MK, "'unconvincing' = a judgement of Skopje's explanation"))
U(d, "He added that Belgrade wanted to keep the best possible relations with Skopje", "wanted the same.",
  (RS, T, neu, MK, "'He' = Dačić; readiness to talk at any level = calling_for_talks; 'up to the Macedonian side' carries no judgement word"))
# release of 18 August
U(d, "First Deputy Prime Minister and Minister of Foreign Affairs Ivica Dačić strongly condemned the terrorist attacks", "were killed and injured.",
  (RS, C, neg, "", "condemnation of attacks whose authors are not named -> target empty"))
U(d, "In a telegram of condolences addressed to the Minister of Foreign Affairs and Cooperation of the Kingdom of Spain Alfonso Dastis,", "a speedy recovery to the injured.",
  (RS, S, pos, "Spain", "condolences to Spain through its foreign minister = solidarity -> supporting"))
U(d, "Serbia stands in solidarity with the friendly Kingdom of Spain", "Minister Dačić stated.",
  (RS, S, pos, "Spain", "solidarity = supporting"))
U(d, "The Consular Service of the Ministry said that, according to the information available so far,", "in constant contact with the Spanish authorities.",
  (RS, N, neu, "", "consular facts = neutral; Madrid = place"))
