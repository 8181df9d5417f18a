# ------------------------------------------------------------------ Turkey's Operation Peace Spring in north-east Syria (Anadolu-style state media, full HTML, 2019-10-11)
d = "page_peacespring_statemedia.html"
U(d, "Turkey's anti-terror Operation Peace Spring east of the Euphrates River", "said on Friday.",
  ("Turkey", N, neu, "", "own operation's progress and a 'neutralized' count = figures, no evaluation of another actor"))
U(d, "\u201cThe operation is aimed only at terrorists.", "meeting with commanders in Ankara.",
  ("Turkey", N, pos, "", "multi-sentence quote closed by its speaker; reassurance about own conduct"))
U(d, "Akar said the goal was to rid the region of the PKK/YPG and Daesh", "return in dignity.",
  ("Turkey", C, neg, "", "stated aim of a military operation against other sides = condemning; two targets (PKK/YPG, Islamic State) -> target empty"))
U(d, "The ministry said Turkish forces and the Syrian National Army had taken control", "Tal Abyad and Ras al-Ain.",
  ("Turkey", N, neu, "", "'The ministry' = defense ministry by context; gains reported as done"))
U(d, "Youssef Hammoud, a spokesman for the Syrian National Army", "alongside Turkish troops.",
  ("Syrian National Army", N, neu, "", "allied armed group under its own name; battlefield claim"))
U(d, "President Recep Tayyip Erdogan on Thursday dismissed criticism", "on to Europe.",
  ("Turkey", C, neg, "European Union", "rejection of criticism + conditional threat to send refugees on to Europe"))
U(d, "\u201cTurkey has no eye on anyone's territory.", "Erdogan said.",
  ("Turkey", N, pos, "", "reassurance about own aims"))
U(d, "\u201cBut we will not stop until the last terrorist", "from our border.\u201d",
  ("Turkey", C, neg, "", "quotation continued after its attribution = its own unit, same speaker; pledge to press on with the operation against the 'terrorists' (PKK/YPG, not named) -> target empty"))
U(d, "\u201cWords of understanding cost nothing.", "told a joint news conference.",
  ("Turkey", C, neg, "NATO", "reproach to the allies for words without deeds, addressed at NATO's chief (unsure: could be read as a neutral request for support)"))
U(d, "Stoltenberg said Turkey, which sits on the front line", "legitimate security concerns.",
  ("NATO", S, pos, "Turkey", "surname only; acknowledging Turkey's concerns as legitimate = backing"))
U(d, "He also urged Ankara to show restraint", "must not be set back.",
  ("NATO", T, neu, "Turkey", "appeal for restraint addressed to Turkey (Ankara = metonym), no judgement"))
U(d, "Pakistani Prime Minister Imran Khan phoned Erdogan on Friday", "according to his office.",
  ("Pakistan", S, pos, "Turkey", "support and solidarity; his office is the source"))
U(d, "Turkish Cypriot Prime Minister Ersin Tatar wished", "stood with Ankara.",
  ("Northern Cyprus authorities", S, pos, "Turkey", "Ersin Tatar = Northern Cyprus authorities (name files); Ankara = Turkey"))
U(d, "The Sanliurfa governor's office said a nine-month-old Syrian baby", "the town of Akcakale.",
  ("Turkey", N, neu, "", "provincial office = its state; casualty fact with no perpetrator named"))
U(d, "In Washington, U.S. Treasury Secretary Steven Mnuchin said", "in reserve for now.",
  ("United States", C, neg, "Turkey", "order enabling sanctions on Turkish officials, held in reserve = threatened measure"))
U(d, "European Council President Donald Tusk, visiting Nicosia, claimed", "threats over refugees.",
  ("European Union", C, neg, "Turkey", "rejection of Erdogan's threats (Erdogan = Turkey); 'claimed' is the outlet's framing"))
U(d, "Russian President Vladimir Putin said at a summit in Turkmenistan", "during the fighting.",
  ("Russia", N, neg, "", "worry without an appeal or a judgement"))
U(d, "The Arab League announced an emergency meeting", "on Saturday.",
  ("Arab League", N, neu, "", "meeting announced = procedure"))
U(d, "The Assad regime's foreign ministry described the operation as an aggression", "Syrian territory.",
  ("Syria", C, neg, "Turkey", "'the Assad regime' = Syria; 'aggression'"))
U(d, "The PKK/YPG terror group, which uses the name SDF, claimed", "Turkish officials reject.",
  ("Syrian Democratic Forces", C, neg, "Turkey", "the statement is the SDF's (state media calls it 'PKK/YPG'); accusation of hitting civilians"),
  ("Turkey", N, neg, "", "'Turkish officials' of a named government = Turkey; denial = neutral, negative"))
