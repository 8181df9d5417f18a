# ------------------------------------------------------------------ Greece expels Russian diplomats (Russian MFA briefing transcript, 2018-07-12)
d = "page_greece_russia_expulsions2018_mfapresser.txt"
# Not statements: masthead, breadcrumb, title, posting line, the intro paragraph (narration of the Greek press reports),
# section heads, speaker labels, reporters' questions (except where a question reports a named third party's position,
# see below), related documents, tags, copyright.
# "Good afternoon. I will begin with the upcoming meeting ..." = agenda line, no row.
U(d, "Preparations for the talks between Vladimir Putin and Donald Trump in Helsinki", "expanded format.",
  ("Russia", N, neu, "", "schedule and format of a meeting = neutral"))
U(d, "We hope that the presidents will be able to give a fresh start", "international security as a whole.",
  ("Russia", T, pos, "United States", "hope for renewed dialogue = calling_for_talks"))
U(d, "We extend our sincere condolences to the families", "swift recovery to the injured.",
  ("Russia", S, neg, "Japan", "condolences = supporting (solidarity); grief -> negative tone; 'Now, on a sadder note.' lead-in has no row"))
U(d, "The Russian Ministry for Emergency Situations has told our Japanese colleagues", "considers it useful.",
  ("Russia", S, pos, "Japan", "offer of rescuers and equipment = supporting (offer of aid)"))
U(d, "The process of national reconciliation in the south-west of the country", "over the past week.",
  ("Russia", N, neu, "", "'On Syria.' lead-in excluded; figures from Russia's own reconciliation centre = neutral"))
U(d, "Once again, London rushed to point at Moscow", "since March.",
  ("Russia", C, neg, "United Kingdom", "accusation of blame without evidence; London = UK; 'A few words on the tragedy' lead-in has no row"))
U(d, "We repeat our offer to the British side of a joint investigation", "Salisbury and Amesbury.",
  ("Russia", T, neu, "United Kingdom", "offer of joint investigation = calling_for_talks (an offer of cooperation, no judgement in the sentence)"))
U(d, "Government spokesman Dimitris Tzanakopoulos said today", "internal affairs.",
  ("Greece", C, neg, "", "inside a reporter's question, but a named official's position reported = Greece's statement (not the spokeswoman's); warning to unnamed meddlers -> target empty (unsure)"))
U(d, "We have seen the reports in the Greek press.", "supposed to have done.",
  ("Russia", N, neg, "", "complaint that Athens has not explained; no explicit judgement -> neutral, negative (unsure: could be read as reproach)"))
U(d, "I want to be clear: if these decisions are confirmed", "Athens knows this very well.",
  ("Russia", C, neg, "Greece", "threatened reciprocal response = condemning"))
U(d, "Steps of this kind are out of keeping with the centuries of friendship", "on both sides.",
  ("Russia", C, neg, "Greece", "judgement without a stock word"))
U(d, "The story appears on the very day the NATO summit opens in Brussels", "guiding the pen here.",
  ("Russia", C, neg, "", "insinuation of an outside hand (unnamed) -> condemning, target empty; 'And look at the date.' lead-in no row"))
U(d, "None whatsoever. Russian diplomats in Athens have not funded any rallies", "to anyone.",
  ("Russia", N, neg, "", "denial = neutral, negative"))
U(d, "It is too early to talk about the schedule", "we will announce it.",
  ("Russia", N, neu, "", "procedural non-answer"))
U(d, "We value our ties with the Greek people, our shared faith and our history.", "our shared faith and our history.",
  ("Russia", N, pos, "", "attachment to the Greek people (not a state's act) = neutral, positive (unsure: could be read as supporting)"))
U(d, "We hope that common sense will prevail in Athens", "only recently.",
  ("Russia", T, pos, "Greece", "hope for a return to dialogue = calling_for_talks"))
U(d, "NATO yesterday invited Skopje to begin accession talks.", "NATO yesterday invited Skopje to begin accession talks.",
  ("NATO", S, neu, "North Macedonia", "inside a reporter's question; a specific act reported as done (invitation) = NATO supporting the candidate; Skopje = North Macedonia (unsure: question text)"))
U(d, "The alliance is dragging another Balkan country into its ranks", "stability in the region.",
  ("Russia", C, neg, "NATO", "judgement on NATO enlargement"))
U(d, "Our position has always been that the name question should be settled", "imposed from outside.",
  ("Russia", T, neu, "", "the two peoples should settle it themselves = appeal for a negotiated settlement, no judgement; two parties -> target empty"))
U(d, "At the same time, our Macedonian interlocutors have told us", "directed against Russia.",
  ("North Macedonia", N, pos, "", "position of unnamed officials of a named government, reported by Russia; reassurance = neutral"))
U(d, "The question of Crimea's status is closed.", "set by the two presidents.",
  ("Russia", N, neu, "", "refusal to discuss + procedure; no judgement on anyone"))
U(d, "President Trump said in Brussels that Germany was held hostage by Russian gas.", "President Trump said in Brussels that Germany was held hostage by Russian gas.",
  ("United States", C, neg, "Germany", "inside a reporter's question; a named leader's position reported = US statement (unsure: question text)"))
U(d, "What we see is a crude attempt by Washington", "a question of security.",
  ("Russia", C, neg, "United States", "accusation of coercion"))
U(d, "Berlin, as far as we understand from Chancellor Merkel's remarks yesterday", "energy supplies.",
  ("Germany", N, neu, "", "Germany's position reported by Russia ('as far as we understand'); asserting own decisions = neutral; no row for Russia (no position of its own)"))
U(d, "Sentsov was convicted by a Russian court of preparing terrorist acts.", "all the medical care he needs.",
  ("Russia", N, neu, "", "facts and reassurance about own conduct = neutral"))
U(d, "I have already answered. The principle of reciprocity has not been cancelled.", "The principle of reciprocity has not been cancelled.",
  ("Russia", C, neg, "Greece", "implied reciprocal expulsion = threat (context: question on Greek diplomats)"))
U(d, "The Russian Foreign Ministry summoned Greece's ambassador, Andreas Fryganas", "formal protest.",
  ("Russia", C, neg, "Greece", "editor's note: summons to protest = measure reported as done"))
U(d, "Asked by Diplomatic Review about the briefing, Eleni Vlachou", "Lavrov's trip.",
  ("Eleni Vlachou", N, neu, "", "invented specialist; reading of the tone, no position"))
U(d, "\"The reciprocity line is a ritual", "Vlachou said.",
  ("Eleni Vlachou", N, neu, "", "forecast, no judgement"))
U(d, "\"Athens had every right to act, but announcing it through leaks", "he said.",
  ("Dimitris Kalogeropoulos", C, neg, "Greece", "invented retired ambassador (independent); criticism of his own government's handling; quote unit after the summary 'was less forgiving' sentence"))
