# ------------------------------------------------------------------ Death of Idriss Deby and the military council's takeover, Chad (Anadolu-style state media, 2021-04-21)
d = "page_chad_deby_anadolu.txt"
U(d, "Chad's army announced on Tuesday that President Idriss Deby Itno had died", "a sixth term in office.",
  ("Chad", N, neu, "", "the army announces the death = a fact given by Chad (the army speaks for its state)"))
U(d, "Army spokesman General Azem Bermandoa Agouna, reading a statement", "defending the country's territory.",
  ("Chad", N, pos, "", "praise of its own fallen leader = self-praise, neutral with positive tone"))
U(d, "Agouna said a Transitional Military Council headed", "\"free and democratic\" elections.",
  ("Chad", N, neu, "", "surname only; the council's plan and timetable"))
U(d, "The council dissolved the government and the National Assembly", "he added.",
  ("Chad", N, neu, "", "own measures announced ('he' = Agouna); 'the council' = the junta = Chad"))
U(d, "On Wednesday, the council published a transition charter", "carried by state media.",
  ("Chad", N, neu, "", "the council's decision as carried by state media = Chad; the outlet is not an actor"))
U(d, "The Front for Change and Concord in Chad (FACT), a rebel group", "rejected the council outright.",
  ("Front for Change and Concord in Chad", C, neg, "Chad", "rejects the council (a party) in protest = condemning"))
U(d, "\"No family owns this country", "toward N'Djamena.",
  ("Front for Change and Concord in Chad", C, neg, "Chad", "judgement of the dynastic handover without stock words + announced offensive (threat)"))
U(d, "Kingabe Ogouzeimi de Tapol, the group's spokesman", "\"in the capital within days.\"",
  ("Front for Change and Concord in Chad", C, neg, "Chad", "'the group's spokesman' = FACT; announced military advance on the capital = threat"))
U(d, "The army said on Monday it had killed more than 300 rebels", "with 36 wounded.",
  ("Chad", N, neu, "", "own figures, no judgement"))
U(d, "Some 30 opposition parties, among them the Transformers", "joint statement on Wednesday.",
  ("Les Transformateurs", C, neg, "Chad", "joint statement, two named parties = one row each; 'institutional coup' = judgement of the council (Chad); the ~28 unnamed parties get no row"),
  ("National Union for Development and Renewal", C, neg, "Chad", "same joint statement (UNDR of Saleh Kebzabo)"))
U(d, "They called for a civilian-led transition", "open to all Chadians.",
  ("Les Transformateurs", T, neu, "", "'They' = the parties; appeal for inclusive dialogue, no judgement in the sentence; target empty (all Chadians)"),
  ("National Union for Development and Renewal", T, neu, "", "same"))
U(d, "They also warned France against meddling", "internal affairs.",
  ("Les Transformateurs", C, neg, "France", "warning to a foreign power = judgement of its interference"),
  ("National Union for Development and Renewal", C, neg, "France", "same"))
U(d, "Turkish Foreign Minister Mevlut Cavusoglu said on Twitter", "Chadian people.",
  ("Turkey", C, neg, "Front for Change and Concord in Chad", "'denounced the attacks' + condolences: rule 1; the attackers are the rebels by context"))
U(d, "In a written statement on Wednesday, Türkiye's Foreign Ministry said", "Chadian government and people.",
  ("Turkey", S, pos, "Chad", "condolences and praise of the ties = solidarity (supporting); Türkiye = Turkey"))
U(d, "UN Secretary-General Antonio Guterres was deeply saddened", "across the Sahel.",
  ("United Nations", S, pos, "Chad", "condolences + praise of Deby's record = supporting"))
U(d, "Turkish diplomat Volkan Bozkir, the president of the UN General Assembly", "to honor Deby's memory.",
  ("United Nations", S, pos, "Chad", "the General Assembly's president speaks for the UN (not Turkey, despite 'Turkish diplomat'); condolences + a tribute meeting"))
U(d, "African Union Commission Chairperson Moussa Faki Mahamat, a former Chadian prime minister", "military commander.",
  ("African Union", S, pos, "Chad", "tribute = praise; speaks as AU Commission chair (his Chadian past does not make it Chad)"))
U(d, "The White House offered its condolences to the people of Chad", "loss of life in the country.",
  ("United States", C, neg, "", "'condemned the recent violence' = rule 1 over condolences; no perpetrator named, target empty; Washington = metonym"))
U(d, "State Department spokesman Ned Price said the United States wanted", "Chadian constitution.",
  ("United States", T, neu, "Chad", "asks for a peaceful, constitutional transfer of power, no judgement of the council in the sentence = calling_for_talks"))
U(d, "The French presidency said France was mourning a courageous ally", "territorial integrity.",
  ("France", S, pos, "Chad", "mourning an ally + attachment to Chad's stability = supporting"))
U(d, "Paris said it had noted the council's creation", "civilian government.",
  ("France", T, neu, "Chad", "'noted' (no approval) + wish for a short, calm transition back to civilian rule = calling_for_talks; Paris = metonym"))
