# ------------------------------------------------------------------ Al-Aqsa metal detector crisis (Jordanian state agency in English, Petra style, .txt, 2017-07-25)
d = "page_aqsa_metal_detectors_petra.txt"
# No rows: agency banner, language bar, menu, date line, section label, repeated headline, dateline "Amman, July 25 (Petra) -- "
# (excluded from the first unit), "Photo N of 3" captions, crossheads, ADVERTISEMENT, the editor's initials line, share line,
# Related news, Most read, copyright.
U(d, "The Government on Tuesday welcomed the removal of the electronic gates", "before the crisis.",
  ("Jordan", T, neu, "Israel", "welcome + demand to lift all measures, no judgement word in the sentence: the appeal decides (rule 2 before 3, as welcome + appeal); 'The Government' = Jordan (Petra's own government, by context) (unsure: could be supporting)"))
U(d, "Minister of State for Media Affairs and Government Spokesperson, Dr. Mohammad Momani, said", "imposed on worshippers again.",
  ("Jordan", C, neg, "Israel", "'violated the status quo' = judgement"))
U(d, "Momani said that Israel, as the occupying power in East Jerusalem, bears full responsibility", "any change at the holy site.",
  ("Jordan", C, neg, "Israel", "'bears full responsibility' = holding responsible (guide)"))
U(d, "The Kingdom will go on exercising its historical role", "manage the affairs of the mosque.",
  ("Jordan", N, neu, "", "'The Kingdom' = Jordan; own role and procedure, self-description = neutral; attribution 'he said' mid-sentence"))
U(d, "His Majesty King Abdullah II, in a telephone call on Monday", "a Royal Court statement said.",
  ("Jordan", T, neg, "Israel", "demand to remove the measures + agreement between the sides, no judgement word = calling_for_talks; attribution tail"))
U(d, "His Majesty also stressed that the Israeli security guard", "the statement added.",
  ("Jordan", T, neg, "Israel", "demand for legal procedures against the guard (an accountability demand without a judgement word, like a demand for an investigation) = calling_for_talks (unsure: could be condemning); Amman = place"))
U(d, "In an earlier call with Netanyahu on the day of the shooting", "to avoid any escalation.",
  ("Jordan", T, neg, "Israel", "rejects violence in general + demand to reopen + avoid escalation = appeal (rule 2); no actor judged"))
U(d, "The Public Security Directorate said in a statement that two Jordanian citizens", "by the public prosecutor.",
  ("Jordan", N, neg, "", "PSD = Jordan; casualty facts and a procedure"))
U(d, "Israel's foreign ministry said the guard had opened fire in self-defence", "diplomatic immunity.",
  ("Israel", N, neg, "", "justification of its guard = denial of wrongdoing, neutral negative"))
U(d, "Momani said the guard's status was being dealt with under the Vienna Convention", "rights of its citizens.",
  ("Jordan", N, neu, "", "procedure + firmness without judgement"))
# no row: "The embassy staff, including the guard, crossed into Israel late on Monday night." (narration)
U(d, "In Occupied Jerusalem, the Israeli security cabinet said after a meeting", "a statement from Netanyahu's office said.",
  ("Israel", N, neu, "", "own decision (replacing the gates) = neutral; the dateline-like 'In Occupied Jerusalem' is the agency's wording, Jerusalem = place"))
# no row: the dismantling by police and the cameras that remained (narration)
U(d, "Palestinian Presidency spokesman Nabil Abu Rudeineh said the step fell short", "until everything was removed.",
  ("Palestine", C, neg, "Israel", "keeps the freeze of contacts (a measure in protest) with the grievance stated"))
U(d, "Abbas had announced the freeze on Friday, July 21", "in Ramallah.",
  ("Palestine", C, neg, "Israel", "freezing all contacts = a measure against the other side, reported as done; Ramallah = place"))
U(d, "The Islamic Waqf Council in Jerusalem said after a meeting on Tuesday morning", "before July 14.",
  ("Islamic Waqf Council in Jerusalem", C, neg, "Israel", "the council under its own name (new actor, unsure: the Waqf is administered by Jordan's ministry, so it could be Jordan); boycott continued in protest = refusal with the grievance stated"))
U(d, "Lower House Speaker Atef Tarawneh described the closure", "the people of Jerusalem.",
  ("Jordan", C, neg, "Israel", "Speaker of Jordan's parliament = Jordan; 'assault on the freedom of worship' (Israel's acts by context)"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit warned that Jerusalem was a line", "identity of the holy city.",
  ("Arab League", C, neg, "Israel", "red-line warning + 'bear the consequences' = threat"))
U(d, "The Organisation of Islamic Cooperation (OIC) condemned the closure", "violation of international law.",
  ("Organisation of Islamic Cooperation", C, neg, "Israel", "explicit condemnation (Israel's acts by context)"))
U(d, "OIC Secretary-General Dr. Yousef Al-Othaimeen said the organisation's executive committee would meet", "on August 1.",
  ("Organisation of Islamic Cooperation", N, neu, "", "meeting date = plan; Istanbul = place"))
U(d, "King Mohammed VI of Morocco, in his capacity as chairman of the Al-Quds Committee", "freedom of worship.",
  ("Organisation of Islamic Cooperation", T, neu, "", "a head of state speaking as chair of a body (the OIC's Al-Quds Committee) speaks for it (guide), not Morocco (unsure); request to the UN to protect the sites = calling_for_talks; the UN is the addressee"))
U(d, "Egypt's Foreign Ministry expressed concern over the situation in Jerusalem", "exercise restraint.",
  ("Egypt", T, neg, "Israel", "concern + appeal addressed to Israel, no judgement"))
U(d, "Turkish President Recep Tayyip Erdogan, in a telephone call on Thursday", "the Turkish presidency said.",
  ("Turkey", T, neu, "Israel", "appeal to remove the detectors to calm the situation; Rivlin is the addressee"))
U(d, "The UN Special Coordinator for the Middle East Peace Process, Nickolay Mladenov, briefed", "security and the status quo.",
  ("United Nations", T, neg, "", "appeal to all sides + solution with Jordan; closed consultations = place of the briefing"))
U(d, "Secretary-General Antonio Guterres had condemned the July 14 shooting", "his spokesman said at the time.",
  ("United Nations", C, neg, "", "condemnation of the attack + appeal (rule 1); the gunmen are not a canonical actor -> target empty"))
U(d, "A spokesperson for EU High Representative Federica Mogherini said the Union welcomed", "understandings of 2014.",
  ("European Union", T, pos, "", "welcome + appeal for restraint to all sides = calling_for_talks (rule 2 before 3)"))
U(d, "The US State Department said Washington was very concerned about the tensions", "to help ease them.",
  ("United States", T, neg, "", "concern + envoy sent to ease tensions (an act of mediation) = calling_for_talks; Washington = metonym"))
# no row: "Greenblatt met Netanyahu in Jerusalem on Monday before travelling to Amman." (a meeting listed in narrative)
# no row: the July 14 shooting and the closure (narration)
U(d, "On the day of the closure, the Government condemned the decision", "situation at the holy site.",
  ("Jordan", C, neg, "Israel", "explicit condemnation + demand (rule 1)"))
U(d, "Three Palestinians were killed in clashes with Israeli forces", "days of protest that followed.",
  ("Palestine", N, neg, "", "casualty figures attributed to the Palestinian Ministry of Health (a ministry of the Palestinian Authority = Palestine)"))
# no row: the custodianship background (1924, 1994 treaty, 2013 agreement)
