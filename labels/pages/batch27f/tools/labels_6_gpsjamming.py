# ------------------------------------------------------------------ GPS jamming during NATO's Trident Juncture (Arctic news site roundup, 2018-11-13)
d = "page_tridentjuncture_gps_jamming2018_roundup.txt"
# Not statements: masthead, tagline, menu, section, headline, standfirst, byline/time stamp, [Photo] caption with credit,
# government crossheads, ADVERTISEMENT, Related, tags, share/subscribe line, most read, copyright.
# The intro paragraph is narration (unnamed pilots, exercise figures). Bullet units start after "- ".
U(d, "Prime Minister Juha Sipilä, on Yle radio on Sunday: interference most likely", "known to have the means.",
  ("Finland", C, neg, "Russia", "bullet with no verb; attribution of the jamming to Russia = accusation"))
U(d, "Helsinki will decide how to respond once the investigation is complete, he said.", "he said.",
  ("Finland", C, neg, "Russia", "response announced as pending = a threatened response (unsure: could be read as neutral procedure)"))
U(d, "Foreign ministry: Russia's ambassador Pavel Kuznetsov called in on Monday", "a ministry spokesperson.",
  ("Finland", C, neg, "Russia", "ambassador summoned over the outages = diplomatic protest by act; 'according to a ministry spokesperson' (unsure: a 'conversation' is a soft summons)"))
U(d, "Finland's air navigation service issued a warning to pilots for Lapland", "north of Rovaniemi.",
  ("Finland", N, neu, "", "state agency's safety notice = facts"))
U(d, "Defence ministry, in a statement to the news agency NTB: the jamming came from Russian forces", "raised with Moscow.",
  ("Norway", C, neg, "Russia", "attribution to Russian forces + protest raised = accusation; NTB is the outlet"))
U(d, "Defence Minister Frank Bakke-Jensen told reporters in Oslo that interference", "simply let pass.",
  ("Norway", C, neg, "Russia", "judgement without stock words + veiled warning"))
U(d, "Foreign Minister Ine Eriksen Søreide said Oslo had put its findings to Moscow", "a serious answer.",
  ("Norway", T, neg, "Russia", "request for an answer through diplomatic channels, no judgement word = calling_for_talks (unsure: 'its findings' carries the accusation)"))
U(d, "Avinor, the state-owned airport operator: notices to airmen in force", "since 16 October.",
  ("Norway", N, neu, "", "state-owned operator = Norway; facts, bullet with no verb"))
U(d, "Kremlin spokesman Dmitry Peskov: no knowledge in Moscow of any disruption to GPS signals.", "to GPS signals.",
  ("Russia", N, neg, "", "denial = neutral, negative tone"))
U(d, "Russia, Peskov went on, had grown used to being named the culprit", "went wrong in the north.",
  ("Russia", C, neg, "", "speaker carried on ('Peskov went on'); sarcastic judgement of the accusers (several states) -> target empty"))
U(d, "Foreign ministry spokeswoman Maria Zakharova said NATO's decision", "measures of its own.",
  ("Russia", C, neg, "NATO", "judgement + announced counter-measures"))
U(d, "Foreign Minister Sergei Lavrov: any concerns should be raised with Moscow", "the evidence attached.",
  ("Russia", T, neu, "", "appeal to use official channels, no judgement word = calling_for_talks; addressees not named -> target empty"))
U(d, "Secretary General Jens Stoltenberg, at a news conference in Brussels:", "would be dangerous.",
  ("NATO", N, neg, "", "inquiry + 'would be dangerous': concern with no appeal and no actor blamed = neutral"))
U(d, "The exercise itself went ahead as planned, NATO's Joint Force Command in Naples said", "caused by the outages.",
  ("NATO", N, neu, "", "facts from a NATO command"))
# "Sweden: no verdict." = no position stated, no row.
U(d, "The Swedish Armed Forces said they had noted disturbances", "did not name a source.",
  ("Sweden", N, neu, "", "the armed forces speak for the state; facts without attribution of blame"))
U(d, "United States: full backing for Norway and Finland in seeking answers from Moscow", "a State Department official.",
  ("United States", S, pos, "", "bullet with no verb; backing of two states -> target empty"))
U(d, "Estonia, Latvia and Lithuania, in a joint statement by their defence ministers", "in the region.",
  ("Estonia", T, neg, "Russia", "joint statement by a list: one row per state; backing + demand to stop with no judgement word: rule 2 before rule 3 (per labels/README, a demand to stop is calling_for_talks)"),
  ("Latvia", T, neg, "Russia", "as Estonia"),
  ("Lithuania", T, neg, "Russia", "as Estonia"))
U(d, "European Union: the European Commission said it was in contact with the Finnish authorities", "of the member states.",
  ("European Union", N, neg, "", "contacts + 'shared concern' without an appeal = neutral"))
U(d, "Widerøe said its crews had flown on conventional instruments", "had not been compromised.",
  ("Widerøe", N, pos, "", "airline (company) reassurance about its own operations"))
U(d, "Kari Hovland, a researcher at the Arctic Security Institute in Tromsø", "near its northern bases.",
  ("Kari Hovland", N, neg, "", "invented researcher; analysis of motive, no judgement word"))
U(d, "Hovland urged Oslo and Moscow to revive the regular military contacts", "settled quietly.",
  ("Kari Hovland", T, pos, "", "appeal for contacts between both sides"))
U(d, "Sergei Voronin, a Moscow-based defence analyst, said that staging an exercise", "distraction from it.",
  ("Sergei Voronin", C, neg, "NATO", "invented analyst; 'a provocation' = judgement of NATO's exercise"))
U(d, "President Sauli Niinistö said he hoped the matter could be cleared up", "border authorities.",
  ("Finland", T, pos, "Russia", "hope that the matter is settled through regular contacts = calling_for_talks"))
