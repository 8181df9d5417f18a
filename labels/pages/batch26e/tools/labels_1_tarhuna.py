# ------------------------------------------------------------------ Tarhuna mass graves, Libya (international wire copy, 2020-06-23)
d = "page_libya_tarhuna_graves2020_wire.txt"
# Not statements: menu, headline (carries the ICC's warning, but headlines are never statements), byline, read time,
# ADVERTISEMENT, crossheads, credits, standards line, Related Coverage, tags, most read, copyright.
U(d, "The International Criminal Court's prosecutor warned on Tuesday", "since the town changed hands.",
  ("International Criminal Court", C, neg, "", "lede carrying a position: threat of prosecution for the killers (a threatened response) = condemning; culprits unnamed -> target empty; the rivals' blame-trading is narration"))
# "Forensic teams working for the Tripoli-based Government ..." = narration of recoveries, no named source: no row.
U(d, "\"These are not battlefield graves,\" Interior Minister Fathi Bashagha", "row of white body bags.",
  ("Government of National Accord", N, neg, "", "the interior minister speaks for the GNA; a finding about the graves, no actor judged yet = neutral, grim tone"))
U(d, "\"Some of the dead still had their hands tied behind them.", "every Libyan knows who ran this town.\"",
  ("Government of National Accord", C, neg, "Libyan National Army", "quote carried across the paragraph break by the same speaker; blame by insinuation ('every Libyan knows who ran this town'), no stock word"))
U(d, "Bashagha said investigators had also found a metal container", "offensive on Tripoli.",
  ("Government of National Accord", C, neg, "Kaniyat", "surname only; 'laid the killings at the door of' = blames the militia; long sentence with background on the LNA"))
U(d, "The LNA denied any part in the deaths.", "The LNA denied any part in the deaths.",
  ("Libyan National Army", N, neg, "", "denial = neutral, negative"))
U(d, "\"The armed forces ran no prisons in Tarhuna", "in a televised address from Benghazi.",
  ("Libyan National Army", N, neg, "", "spokesman named by role; denial of own involvement = neutral"))
U(d, "Mismari went on to call the graves a \"media show\"", "abuses of their own.",
  ("Libyan National Army", C, neg, "", "surname only, speaker carried on; counter-accusation against Tripoli's militias and Turkey (two targets -> empty)"))
U(d, "The prosecutor, Fatou Bensouda, said in a written statement", "referred to the court in 2011.",
  ("International Criminal Court", N, neu, "", "procedure: what the office received and is assessing; no judgement in this sentence"))
U(d, "She asked the authorities in Tripoli to fence off the sites", "damage a future prosecution.",
  ("International Criminal Court", T, neu, "Government of National Accord", "appeal to preserve evidence for an inquiry, no judgement = calling_for_talks (README: demands for an inquiry); addressed to one party"))
U(d, "The GNA's head, Fayez al-Sarraj, wrote to Bensouda", "from his Presidential Council.",
  ("Government of National Accord", T, neu, "International Criminal Court", "second-hand attribution ('according to a statement from'); asking for investigators = calling_for_talks (asking for an inquiry/help, not supporting)"))
U(d, "In Geneva, the U.N. Human Rights Council agreed on Monday", "in Libya since 2016.",
  ("United Nations", T, neu, "", "the Council's decision to send an inquiry into all sides = calling_for_talks (a UN measure for accountability, no judgement, both sides)"))
U(d, "The U.N. Support Mission in Libya (UNSMIL), which first drew attention", "return the remains to their families.",
  ("United Nations", T, neu, "Government of National Accord", "welcome joined to an appeal with no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "\"Families in Tarhuna have waited a year and more", "told a video briefing.",
  ("United Nations", N, neg, "", "the acting head speaks for the UN; a fact about the families, grim tone, no appeal"))
U(d, "\"What was done to this town was a crime,", "answer for it before a court.\"",
  ("United Nations", C, neg, "", "quote continued after a paragraph break by Williams; calls it a crime and demands the culprits answer = judgement; culprits unnamed -> target empty"))
# "Washington took a harder line." = summary line, no row.
U(d, "In a statement posted by the U.S. embassy, which works from Tunis,", "until the killers were named.",
  ("United States", C, neg, "Kaniyat", "'according to a statement posted by' style attribution; judgement on the Kaniyat's record + backing of investigators: rule 1 decides"))
U(d, "U.S. Ambassador Richard Norland, in a separate post, accused", "pulled back with Haftar's forces.",
  ("United States", C, neg, "Wagner Group", "accusation of mining homes"))
# "Turkey, the GNA's main military backer, was quicker still to assign blame." = summary line, no row.
U(d, "Foreign ministry spokesman Hami Aksoy said the graves showed Libyans", "could not wash their hands of it.",
  ("Turkey", C, neg, "Libyan National Army", "judgement of Haftar's forces and their backers without stock words; backers unnamed so the target is the LNA"))
# "Egypt, which backs Haftar, did not comment on the graves." = a non-answer, no row.
U(d, "President Abdel Fattah al-Sisi, addressing troops at an air base", "beyond the country's borders.",
  ("Egypt", C, neg, "Government of National Accord", "veiled threat of military action if Tripoli's forces advance = condemning (threat)"))
U(d, "Cairo's June 6 initiative, drawn up with Haftar", "the departure of foreign fighters.",
  ("Egypt", T, neu, "", "speaker carried across the paragraph break ('he said'); ceasefire appeal, no judgement = calling_for_talks"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova said Russia was disturbed", "too early to say who was responsible.",
  ("Russia", N, neg, "", "concern with no appeal, and no blame = neutral, negative"))
U(d, "An EU spokesman, Peter Stano, said the bloc expected", "free access to the sites.",
  ("European Union", T, neu, "", "appeal for investigators' access addressed to all parties, no judgement = calling_for_talks"))
U(d, "The EU was ready to send forensic specialists", "Stano added.",
  ("European Union", S, pos, "Government of National Accord", "offer of expert help = supporting; attribution tail"))
U(d, "Britain's ambassador, Nicholas Hopton, said London had backed", "within weeks.",
  ("United Kingdom", S, neu, "United Nations", "backing by act: voted for the Geneva resolution and wants the UN mission deployed = supporting the UN inquiry"))
# "Analysts said the discoveries would make it harder ..." = unnamed analysts, no row.
U(d, "\"Haftar's command cannot now say it did not know,\" said Marwa Ben Ayed", "Security Studies in Tunis.",
  ("Marwa Ben Ayed", C, neg, "Libyan National Army", "invented independent researcher named by role; holds Haftar's command responsible, no stock word"))
U(d, "\"The Kaniyat were its gatekeepers in the west", "for a whole year.\"",
  ("Marwa Ben Ayed", C, neg, "Libyan National Army", "quote continued after the attribution, same speaker; ties the militia to Haftar's command = holds the LNA responsible"))
U(d, "Ben Ayed said she expected both camps to use the graves", "open a real inquiry.",
  ("Marwa Ben Ayed", N, neg, "", "forecast, sceptical tone, no actor judged by name"))
U(d, "At the town hospital, Abdelsalam Fakroun, 58, said four of his nephews", "so the bodies could be matched.",
  ("Abdelsalam Fakroun", N, neg, "", "invented relative of victims (named witness = actor); facts of his own case"))
U(d, "\"I am not asking for revenge,\" he said.", "know where they lie.\"",
  ("Abdelsalam Fakroun", N, neg, "", "wish to bury the dead, no appeal to a party, no judgement = neutral"))
# "The fighting since Haftar launched his assault ..." = casualty background from UN figures given by the outlet, narration: no row.
