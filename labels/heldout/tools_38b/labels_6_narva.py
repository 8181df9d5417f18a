# ------------------------------------------------------------------ Russian border guards remove Estonian buoys from the Narva River (regional daily, scraped, 2024-05-25)
d = "page_narva_buoys_2024_regionaldaily.txt"
# Not statements: masthead, edition line, menu, subscription prompt, section path, headline, byline, time stamps, read time,
# comment count, photo caption with credit, ADVERTISEMENT, crossheads, Related lines, tags, newsletter prompt, most read,
# copyright.
U(d, "Estonia summoned Russia's chargé d'affaires on Friday", "the bloc's external border.",
  ("Estonia", C, neg, "Russia", "long lead: summoning an envoy in protest = a taken response"),
  ("European Union", C, neg, "Russia", "same sentence: the EU's judgement ('deliberate provocation'); 'several allies' unnamed, no row"))
# "Russian border guards took 24 of the 50 buoys ..." = the incident narrated by the outlet, no speaker, no row.
# "The buoys show boats where ... Moscow has since rejected ..." = background narration, no row (as the EU's past resistance in batch22a).
U(d, "Foreign Minister Margus Tsahkna said the Russian diplomat, Lenar Salimullin", "expected it to be reversed.",
  ("Estonia", C, neg, "Russia", "'hostile act' = judgement"))
U(d, "\"We asked for a clear explanation and for the buoys to be put back", "Tsahkna told reporters after the meeting.",
  ("Estonia", C, neg, "Russia", "demand + warning ('will not let this pass quietly')"))
U(d, "\"Russia is testing whether its neighbours will flinch.", "We will not.\"",
  ("Estonia", C, neg, "Russia", "quote continued after the attribution; accusation of testing its neighbours"))
U(d, "Prime Minister Kaja Kallas said on Thursday that Estonia would answer calmly", "diplomatic channels.",
  ("Estonia", N, neu, "", "own course of action, no appeal to others"))
U(d, "\"We are not going to be drawn into the escalation they want,\" she said.", "she said.",
  ("Estonia", C, neg, "Russia", "accuses Russia ('they') of seeking escalation"))
U(d, "The head of the PPA, Egert Belitšev, said officers", "on his orders.",
  ("Estonia", N, neu, "", "border guard board = state agency; own conduct"))
U(d, "He said the board would carry on laying the remaining markers", "2022 positions.",
  ("Estonia", N, neu, "", "plan"))
U(d, "\"If Moscow believes the riverbed has shifted", "Belitšev said.",
  ("Estonia", N, neg, "", "challenge to produce evidence; no judgement word, no appeal for talks (unsure)"))
U(d, "The EU's foreign policy chief, Josep Borrell, said on Friday that the removal", "on land and at sea.",
  ("European Union", C, neg, "Russia", "'hostile and destabilising moves' = judgement"))
U(d, "\"Moscow owes Tallinn an answer, and it owes it the buoys,\"", "full solidarity with Estonia.",
  ("European Union", C, neg, "Russia", "holds Russia accountable + solidarity with Estonia; one actor, rule 1 (unsure: the solidarity clause alone would be supporting Estonia)"))
U(d, "NATO Secretary General Jens Stoltenberg said he had spoken to Kallas", "the whole alliance.",
  ("NATO", S, pos, "Estonia", "assurance of backing"))
U(d, "Latvian Prime Minister Evika Siliņa condemned the removal", "with the Baltic states.",
  ("Latvia", C, neg, "Russia", "condemnation"))
U(d, "Finnish Foreign Minister Elina Valtonen called the incident another example", "in close contact with Tallinn.",
  ("Finland", C, neg, "Russia", "judgement without stock words ('another example of the behaviour')"))
U(d, "Lithuanian Foreign Minister Gabrielius Landsbergis wrote on X", "new sanctions.",
  ("Lithuania", C, neg, "Russia", "call for sanctions"))
U(d, "The US embassy in Tallinn said Washington stood firmly", "measured response.",
  ("United States", S, pos, "Estonia", "backing and approval of Estonia's response"))
# "Russia did not explain the removal on Thursday." = non-answer, no row.
U(d, "Asked about the incident on Friday, Kremlin spokesman Dmitry Peskov said", "border service of the FSB.",
  ("Russia", N, neu, "", "deflection to the border service, no position"))
U(d, "The Russian embassy in Tallinn later said on its Telegram channel", "political scandal.",
  ("Russia", C, neg, "Estonia", "accuses Estonian officials of inflating the matter"))
U(d, "Foreign ministry spokeswoman Maria Zakharova said Tallinn", "anti-Russian feeling in Europe.",
  ("Russia", C, neg, "Estonia", "accusation; Tallinn = metonym"))
# "The incident came days after Russia's defence ministry published, and then removed, a draft ..." = background, no row.
U(d, "The Kremlin later said Russia had no plans to change its borders.", "change its borders.",
  ("Russia", N, neu, "", "reassurance/denial about the draft decree"))
U(d, "President Alar Karis said the two episodes should be read together.", "read together.",
  ("Estonia", N, neu, "", "reading of events"))
U(d, "\"First a draft on paper, then buoys in the water.", "he said.",
  ("Estonia", T, neu, "", "appeal for a calm and united answer, no judgement word"))
U(d, "Defence Minister Hanno Pevkur said there was no military threat", "because of the incident.",
  ("Estonia", N, neu, "", "assessment and readiness facts"))
# "In Narva, a city of around 55,000 ..." = narrative, no row.
U(d, "\"Every spring there is something on the river.", "a small boat on the river.",
  ("Sergei Volkov", N, neu, "", "invented named resident = person; resignation, no judgement"))
U(d, "\"I will fish on our side and keep away from the middle.\"", "keep away from the middle.\"",
  ("Sergei Volkov", N, neu, "", "own intention"))
U(d, "Kristjan Tamm, a researcher at the Tallinn Institute for Security Policy, said", "trigger a NATO response.",
  ("Kristjan Tamm", C, neg, "Russia", "invented analyst; attributes a hostile design to Russia = judgement"))
U(d, "\"It is cheap for Moscow and costly for us in attention.", "he said.",
  ("Kristjan Tamm", N, neg, "", "cost analysis (unsure: 'the aim' could count as a further judgement)"))
U(d, "Tamm said the best answer was to keep placing the markers", "every Russian move.",
  ("Kristjan Tamm", N, neu, "", "advice to Estonia, no peace appeal or judgement"))
U(d, "\"Estonia and Russia still need a working channel between border guards", "he said.",
  ("Kristjan Tamm", T, neu, "", "appeal for a channel between the two sides"))
