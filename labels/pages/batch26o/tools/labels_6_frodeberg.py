# ------------------------------------------------------------------ Frode Berg: arrest in Moscow, verdict and the Russia-Lithuania-Norway exchange (Norwegian Embassy in Moscow news page, 2017-12-12 to 2019-11-15)
d = "page_frodeberg_swap2019_embassynews.txt"
# Not statements: site header, language bar, menu, breadcrumb, archive title, item count, item titles with dates, separators,
# photo caption, "See also", share bar, address, copyright.
U(d, "Frode Berg, the Norwegian citizen who was convicted of espionage in Moscow in April", "at the Lithuanian border.",
  ("Norway", N, neu, "", "the embassy's own news item: facts of the release"))
U(d, "He was received by the Norwegian Ambassador to Lithuania", "the Embassy can confirm.",
  ("Norway", N, neu, "", "attribution tail 'the Embassy can confirm'; facts"))
U(d, "\"This is a day of great relief for Frode Berg", "press conference in Oslo.",
  ("Norway", N, pos, "", "relief; no actor addressed"))
U(d, "The Prime Minister thanked the Lithuanian authorities", "would not have been possible.",
  ("Norway", S, pos, "Lithuania", "title only ('The Prime Minister'); thanks and praise = supporting"))
U(d, "Foreign Minister Ine Eriksen Søreide said the case had been a long ordeal", "campaigned for him.",
  ("Norway", N, neg, "", "hardship described, no evaluation of Russia in the unit"))
U(d, "\"The work did not always show in public, but it never stopped,\" Søreide said.", "Søreide said.",
  ("Norway", N, neu, "", "own conduct described"))
U(d, "Earlier today the President of Lithuania, Gitanas Nausėda, pardoned", "the way for the exchange.",
  ("Lithuania", N, neu, "", "pardon reported as done: an own legal act within an agreed exchange (unsure: could be supporting Norway, as backing by act)"))
U(d, "In a statement carried by the Lithuanian presidency, Nausėda said", "held in Russia.",
  ("Lithuania", N, neu, "", "'in a statement carried by': the reason for the pardon, no evaluation of Russia"))
U(d, "The Russian side had granted Mr Berg a pardon by presidential decree", "before the exchange.",
  ("Russia", N, neu, "", "pardon reported as done, no evaluation"))
U(d, "The Embassy wishes to thank everyone in Moscow who helped", "past two years.",
  ("Norway", N, pos, "", "thanks to unnamed helpers: no actor -> neutral, positive"))
# "Foreign Minister Ine Eriksen Søreide met Russian Foreign Minister Sergey Lavrov in Kirkenes today ..." = a meeting narrated, no row.
U(d, "At a joint press appearance, Lavrov said that the legal formalities", "in the near future.",
  ("Russia", N, pos, "", "procedure and an expected outcome, no evaluation"))
U(d, "Søreide said she welcomed the Russian signal", "a swift resolution.",
  ("Norway", T, pos, "Russia", "welcome joined to a commitment to quiet diplomacy, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "Asked by journalists whether the case had harmed relations", "served both sides.",
  ("Norway", N, pos, "", "'the Minister' by title; relations described as intact, no evaluation of an actor (unsure: could be supporting Russia)"))
U(d, "Kari Nystad, who has led the Kirkenes support group", "after the ministers' remarks.",
  ("Kari Nystad", N, neu, "", "invented local voice; mood in the town"))
U(d, "\"People here have crossed that border for thirty years", "Nystad said.",
  ("Kari Nystad", N, neu, "", "rejects the spy framing without judging an actor = denial-like, neutral"))
# "The Moscow City Court today found Frode Berg guilty ..." = the court's act narrated, no row (as in page 4).
# "Representatives of the Embassy were present in the courtroom ..." = what someone did, no row.
U(d, "The Norwegian Government takes note of the verdict.", "of the verdict.",
  ("Norway", N, neu, "", "procedural line"))
U(d, "In a comment to Norwegian media, Foreign Minister Søreide said the sentence was very severe", "bringing him home.",
  ("Norway", C, neg, "Russia", "'very severe' sentence = judgement of Russia's act, plus a plan"))
U(d, "The Russian Federal Security Service has stated", "Norwegian intelligence.",
  ("Russia", C, neg, "Norway", "the FSB speaks for its state; espionage charge against Norway's service = accusation"))
U(d, "The Ministry of Foreign Affairs has said on several occasions that it does not comment", "Norwegian Intelligence Service.",
  ("Norway", N, neu, "", "no comment = neither denial nor judgement"))
U(d, "Arvid Solheim, a researcher at the High North Policy Centre in Tromsø, said", "something to trade.",
  ("Arvid Solheim", C, neg, "Russia", "invented researcher: the sentence as a bargaining chip = judgement of Moscow (unsure: could be analysis)"))
U(d, "\"A verdict like this is rarely the last word.", "Solheim said.",
  ("Arvid Solheim", N, neu, "", "multi-sentence quote; a forecast"))
U(d, "The Embassy will continue to provide consular assistance", "his lawyers.",
  ("Norway", N, neu, "", "plan"))
# "An official from the Embassy visited Frode Berg at the Lefortovo detention centre today." = what someone did, no row.
U(d, "The Embassy had requested consular access repeatedly since his arrest", "take place sooner.",
  ("Norway", C, neg, "Russia", "'regrets' the delay in access = judgement of Russia's conduct"))
U(d, "Under the Vienna Convention on Consular Relations", "without delay.",
  ("Norway", N, neu, "", "legal reminder, no judgement or appeal in the unit"))
U(d, "The Embassy has asked the Russian authorities to ensure", "medical care he needs.",
  ("Norway", T, neu, "Russia", "request addressed to one side, no judgement word (unsure: consular procedure, could be neutral)"))
U(d, "The Embassy can confirm that a Norwegian citizen was detained", "on 5 December.",
  ("Norway", N, neu, "", "fact confirmed"))
U(d, "The Ministry of Foreign Affairs has been informed of the arrest by the Russian authorities.", "by the Russian authorities.",
  ("Norway", N, neu, "", "fact"),
  ("Russia", N, neu, "", "Russia's consular notification reported = an act, no evaluation"))
U(d, "The Embassy has requested consular access and is in contact with the family.", "with the family.",
  ("Norway", N, neu, "", "procedural request"))
U(d, "The Ministry of Foreign Affairs does not wish to speculate", "at this stage.",
  ("Norway", N, neu, "", "declines to speculate"))
