# ------------------------------------------------------------------ Zvečan clashes in northern Kosovo (full HTML, Balkan regional paper, 2023-05-30)
d = "page_kosovo_zvecan_webpage.html"
U(d, "About 30 soldiers of the NATO-led KFOR peacekeeping mission were injured on Monday", "the mission said.",
  ("NATO", N, neu, "", "dateline 'ZVEČAN/PRISTINA – ' excluded; KFOR = NATO; casualty figure of its own troops, no blame"))
U(d, "KFOR said its Italian and Hungarian troops had been targeted", "police apart.",
  ("NATO", C, neg, "", "accusation by describing attacks ('without any provocation'); protesters non-canonical -> target empty"))
U(d, "The mission's commander, Italian Major General Angelo Michele Ristuccia, said", "mandate impartially.",
  ("NATO", N, neg, "", "'The mission' = KFOR; own posture/defiance, no judgement of an actor"))
U(d, "Kosovo police said five people had been arrested", "set on fire.",
  ("Kosovo", N, neu, "", "police figures, no judgement"))
U(d, "\"They brought in mayors nobody here voted for, and now they call us criminals,\"", "first name, Dragan.",
  ("Dragan", C, neg, "Kosovo", "named protester = independent person; grievance against the Kosovo authorities; quote before the speaker"))
U(d, "Kosovo's Prime Minister Albin Kurti blamed", "elected under the law.",
  ("Kosovo", C, neg, "Serbia", "blame ('steered from Belgrade': capital as metonym) + refusal"))
U(d, "\"We are ready to talk about everything, except about whether the law applies in the north,\"", "in Pristina.",
  ("Kosovo", T, neu, "", "conditional offer of talks = calling_for_talks (labels/README); surname only; Pristina = place"))
U(d, "Serbian President Aleksandar Vučić, who on Friday put the army on the highest level", "for the bloodshed.",
  ("Serbia", C, neg, "Kosovo", "long sentence: army alert (threat) narrated + blame of Kurti; target Kosovo"))
U(d, "\"We asked KFOR to protect our people.", "Vučić said late on Monday.",
  ("Serbia", C, neg, "", "multi-sentence quote closed by its speaker; conditional threat; addressed to 'the international community' -> target empty; unsure, could be read as aimed at Kosovo"))
U(d, "He rejected claims that Belgrade had organised the protests", "\"simply had enough\".",
  ("Serbia", N, neg, "", "denial = neutral, negative tone; 'He' = Vučić"))
U(d, "Srpska Lista, the main Kosovo Serb party, said the protests would continue", "the municipal buildings.",
  ("Srpska Lista", C, neg, "Kosovo", "continued protest with a condition + 'illegitimate' mayors"))
U(d, "NATO Secretary General Jens Stoltenberg called the attacks on the peacekeepers", "troops from its reserve forces to Kosovo.",
  ("NATO", C, neg, "", "judgement ('wholly unacceptable') + reinforcements; attackers non-canonical -> target empty"))
U(d, "\"Both Pristina and Belgrade must step back.", "told reporters in Oslo.",
  ("NATO", T, neg, "", "multi-sentence quote; appeal to both capitals (metonyms), dialogue; Oslo = place"))
U(d, "EU foreign policy chief Josep Borrell condemned the violence", "could not be tolerated.",
  ("European Union", C, neg, "", "condemnation of the violence with no named party -> target empty"))
U(d, "Borrell said the bloc expected Kosovo's authorities to step back", "without delay.",
  ("European Union", T, neu, "", "'the bloc' by context; demands to both sides + return to dialogue, no judgement word"))
U(d, "The United States' ambassador in Pristina, Jeffrey Hovenier, said Washington had removed Kosovo", "without need.",
  ("United States", C, neg, "Kosovo", "measure taken against a party (exclusion from an exercise) + criticism; Washington = speaker's capital"))
U(d, "The State Department urged both Kosovo and Serbia to take immediate steps", "calm the situation.",
  ("United States", T, neu, "", "appeal to both sides; no state word, tied by 'State Department'"))
U(d, "Italian Prime Minister Giorgia Meloni condemned the attack on the Italian soldiers", "unilateral step\".",
  ("Italy", C, neg, "", "condemnation of the attackers + warning to Pristina: two targets -> target empty"))
U(d, "Foreign Minister Antonio Tajani said 11 Italian soldiers were among the injured", "in danger of dying.",
  ("Italy", N, neu, "", "casualty figures; minister by role with no state word (tied by context)"))
U(d, "Hungary's defence minister, Kristóf Szalay-Bobrovniczky, said more than 20", "several of them seriously.",
  ("Hungary", N, neu, "", "casualty figures"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov said Russia stood", "\"with great concern\".",
  ("Russia", S, pos, "Serbia", "solidarity with Serbia (+ concern without appeal); Moscow = place"))
U(d, "He held the West responsible for a crisis", "fester for years.",
  ("Russia", C, neg, "", "'He' = Peskov; blame on 'the West' (non-canonical) -> target empty"))
U(d, "President Vjosa Osmani thanked the KFOR soldiers", "a quick recovery.",
  ("Kosovo", S, pos, "NATO", "thanks to KFOR (= NATO); Osmani by role with no state word, tied by context"))
