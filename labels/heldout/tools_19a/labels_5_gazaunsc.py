# ------------------------------------------------------------------ Gaza border protests and the US embassy opening in Jerusalem (UN Security Council meetings coverage, press-release style, full HTML, 2018-05-15)
d = "page_gaza_embassy_unsc_pressrelease.html"
U(d, "The meeting took place the day after the United States opened its embassy in Jerusalem", "capital of Israel.",
  ("United States", S, pos, "Israel", "specific act reported as done: opening the embassy in Jerusalem after recognising the city as Israel's capital = backing by act (unsure: could be read as narrative context)"))
U(d, "NICKOLAY MLADENOV, Special Coordinator for the Middle East Peace Process", "by live fire.",
  ("United Nations", N, neu, "", "Special Coordinator = UN; casualty figures = neutral, neutral tone"))
U(d, "The deaths were inexcusable, he said", "answer for them.",
  ("United Nations", C, neg, "", "'he' = Mladenov; judgement + accountability; no perpetrator named -> target empty"))
U(d, "Israeli forces, he went on, should fire live rounds", "nothing else would do.",
  ("United Nations", T, neg, "Israel", "demand addressed to one side with no judgement word = calling_for_talks (labels/README)"))
U(d, "Hamas, for its part, should keep its fighters", "from the demonstrations.",
  ("United Nations", T, neg, "Hamas", "demand addressed to the other side, no judgement word"))
U(d, "NIKKI HALEY (United States) said Hamas had been inciting unrest", "as a success.",
  ("United States", C, neg, "Hamas", "speaker by delegation; accusation of Hamas"))
U(d, "She doubted that any Council member, faced with crowds", "as Israel had.",
  ("United States", S, pos, "Israel", "praise of Israel's restraint = approval"))
U(d, "The relocation of the embassy was a sovereign decision", "she said.",
  ("United States", N, pos, "", "defence of its own act, no judgement of another actor = neutral, positive"))
U(d, "Ms. Haley left the Chamber as the Permanent Observer", "took the floor.",
  ("United States", N, neg, "", "leaving the meeting with no protest stated in the sentence = neutral (labels/README: withdrawing with no protest stated); unsure"))
U(d, "RIYAD MANSOUR, Permanent Observer for the State of Palestine", "called a massacre.",
  ("Palestine", C, neg, "Israel", "accusation by describing attacks on civilians + 'massacre'"))
U(d, "He asked the Council to back an independent and transparent investigation", "civilian population.",
  ("Palestine", T, neg, "United Nations", "request to the Council (a body) for an inquiry and protection of civilians, no judgement word; target = the one body addressed"))
U(d, "By moving its embassy to Jerusalem, he said, the United States had disqualified itself", "honest broker.",
  ("Palestine", C, neg, "United States", "judgement of the US role"))
U(d, "He thanked Kuwait for calling the meeting", "Arab Group.",
  ("Palestine", S, pos, "Kuwait", "thanks = approval"))
U(d, "DANNY DANON (Israel) said Hamas had turned the protests", "as human shields.",
  ("Israel", C, neg, "Hamas", "accusation"))
U(d, "He rejected the charge that Israeli troops had fired at peaceful protesters", "Israeli communities.",
  ("Israel", N, neg, "", "denial = neutral, negative (guide)"))
U(d, "MANSOUR AYYAD ALOTAIBI (Kuwait), whose delegation had requested the meeting", "Fourth Geneva Convention.",
  ("Kuwait", C, neg, "Israel", "judgement: flagrant breach of law; the request for the meeting sits in a relative clause"))
U(d, "He said Kuwait would put forward a draft resolution", "in the coming days.",
  ("Kuwait", T, neu, "", "pursuing a UN resolution to protect civilians = calling_for_talks (labels/README)"))
U(d, "FRANÇOIS DELATTRE (France) denounced the use of force", "strictly proportionate.",
  ("France", C, neg, "Israel", "denunciation + appeal in one sentence: rule 1"))
U(d, "France, he recalled, had not approved of the decision of the United States", "contrary to international law.",
  ("France", C, neg, "United States", "disapproval + 'contrary to international law' = judgement without strong words"))
U(d, "KAREN PIERCE (United Kingdom) said the number of people killed", "extremely troubling.",
  ("United Kingdom", N, neg, "", "concern without an appeal = neutral, negative (guide)"))
U(d, "Her delegation backed calls for an independent and transparent inquiry", "as a last resort.",
  ("United Kingdom", T, neu, "", "backing an inquiry + Israel's right + force only as a last resort: no judgement word, rule 2 before rule 3; target empty (inquiry aimed at no one, Israel only one part)"))
U(d, "DMITRY POLYANSKIY (Russian Federation) said his country had warned repeatedly", "already tense situation.",
  ("Russia", C, neg, "United States", "'Russian Federation' = Russia; 'unilateral steps' of the US = judgement without strong words"))
U(d, "He called on all sides to exercise restraint and to refrain", "further bloodshed.",
  ("Russia", T, neu, "", "appeal to all sides"))
U(d, "MA ZHAOXU (China) urged Israel in particular to show restraint", "further escalation.",
  ("China", T, neu, "Israel", "appeal addressed to one party, no judgement"))
U(d, "SACHA SERGIO LLORENTTY SOLÍZ (Bolivia) said the killings amounted to a massacre", "moving its embassy.",
  ("Bolivia", C, neg, "", "'massacre' + responsibility of 'the occupying Power' (Israel) and encouragement by the US: two actors -> target empty"))
U(d, "KAREL VAN OOSTEROM (Netherlands) said his country was shocked", "live ammunition.",
  ("Netherlands", N, neg, "", "shock without an appeal = neutral, negative (guide: concern/alarm with no appeal)"))
U(d, "JOANNA WRONECKA (Poland), speaking in her national capacity", "escalate tensions.",
  ("Poland", T, neu, "", "the Council President speaking in her national capacity = Poland, not the UN; Israel's right + proportionality + appeal to both, no judgement: rule 2 before rule 3"))
