# ------------------------------------------------------------------ Sea-Watch 3 at Lampedusa and the arrest of its captain (UN noon briefing transcript, 2019-07-01)
d = "page_italy_seawatch3_rackete2019_unnoonbriefing.txt"
# Not statements: site menu, breadcrumb, title, date, transcript note, greetings, the **item** headings, journalists' own questions
# ("Does the Secretary-General have a view ...?", "Are you worried ...?", "Do you share either view?", "Has the UN been in touch ...?",
# "What has The Hague said?", "And the Commission?"), the schedule exchange, "Not that I'm aware of.", "I'd ask you to check with the
# Dutch Mission.", "Noted.", footer lines.
U(d, "I want to start with the Central Mediterranean, where the 40 people", "over the weekend.",
  ("United Nations", N, neu, "", "spokesperson gives the facts, no evaluation"))
U(d, "The UN Refugee Agency (UNHCR) and the International Organization for Migration (IOM) said today they were relieved", "instead of bargaining over each ship as it arrives.",
  ("UNHCR", T, neu, "", "relief + appeal to European States for a standing disembarkation arrangement, no judgement = calling_for_talks (rule 2)"),
  ("International Organization for Migration", T, neu, "", "same joint call"))
U(d, "IOM says that more than 680 people have died or gone missing", "since the start of the year.",
  ("International Organization for Migration", N, neu, "", "figures given by an actor = neutral, neutral tone"))
U(d, "Turning to Libya, the UN Support Mission in Libya (UNSMIL) says it is alarmed", "are being held.",
  ("United Nations", N, neg, "", "UN mission = United Nations; alarm with no appeal = neutral, negative"))
U(d, "The Mission reminds all parties that people held in detention must be protected", "move them to safe locations.",
  ("United Nations", T, neg, "", "appeal to protect and release detainees, no judgement; addressed to all parties and the authorities -> target empty"))
U(d, "And in Afghanistan, the UN Assistance Mission (UNAMA) condemned this morning's bomb attack in Kabul", "damaged a school nearby.",
  ("United Nations", C, neg, "Taliban", "UNAMA = United Nations; condemnation of an attack claimed by the Taliban"),
  ("Taliban", N, neu, "", "claiming its own attack, reported, with no judgement = neutral (guide: reporting one's own strike) (unsure: a claim of responsibility)"))
U(d, "According to the Mission, at least six people were killed", "many of them children.",
  ("United Nations", N, neu, "", "casualty figures given by an actor = neutral"))
U(d, "Italy's Interior Minister, Matteo Salvini, said on Saturday that the captain belonged in a courtroom", "about its own ports.",
  ("Italy", C, neg, "Sea-Watch", "journalist's question reporting another actor's position = that actor's statement (labels/README); judgement of the NGO and its captain"))
U(d, "I'm not going to comment on a case that is now in the hands of the Italian judicial authorities.", "the Italian judicial authorities.",
  ("United Nations", N, neu, "", "declining to comment = neutral"))
U(d, "What I can say is that the Secretary-General has always been clear that rescuing people", "without being punished for it.",
  ("United Nations", T, neu, "", "reminder of the duty of rescue + appeal that rescuers not be punished, no explicit judgement of Italy = calling_for_talks (unsure: implied criticism of the arrest)"))
U(d, "Germany's Foreign Minister, Heiko Maas, wrote over the weekend that Rome should let the captain go", "to score points at home.",
  ("Germany", T, neg, "Italy", "demand to Rome to release the captain, no judgement word = calling_for_talks (unsure: a demand for release may read as neutral)"),
  ("France", C, neg, "Italy", "accusation of using a rescue for domestic gain = judgement without stock words"))
U(d, "Look, it's not for me to referee between Member States.", "Look, it's not for me to referee between Member States.",
  ("United Nations", N, neu, "", "declining to take sides = neutral"))
U(d, "We welcome the fact that Finland, France, Germany, Luxembourg and Portugal have offered", "agree on something lasting.",
  ("United Nations", T, neu, "", "welcome joined to an appeal for a lasting European arrangement, no judgement of an actor: rule 2 before rule 3 = calling_for_talks"),
  ("Finland", S, pos, "", "list of states: offer to take in the people = backing by act; people are not an actor -> target empty"),
  ("France", S, pos, "", "same list"),
  ("Germany", S, pos, "", "same list"),
  ("Luxembourg", S, pos, "", "same list"),
  ("Portugal", S, pos, "", "same list"))
U(d, "Lucia Caravello, who teaches the law of the sea at the University of Palermo, told RAI radio", "became untenable.",
  ("Lucia Caravello", S, pos, "Sea-Watch", "invented scholar quoted in a question; approval of the captain's conduct = supporting the NGO"))
U(d, "And Hanna Vogt of the Berlin Institute for Mediterranean Affairs called the ship-by-ship bargaining", "the people on the deck.",
  ("Hanna Vogt", C, neg, "", "invented researcher; 'a failure of the European capitals' = judgement without stock words; several capitals -> target empty"))
U(d, "I'll let the academics speak for themselves.", "I'll let the academics speak for themselves.",
  ("United Nations", N, neu, "", "declining to comment = neutral"))
U(d, "I would refer you to the High Commissioner for Refugees, Filippo Grandi, who has said many times", "people rescued at sea.",
  ("UNHCR", T, neu, "", "Grandi's position relayed by the spokesman: shared responsibility across the Mediterranean = calling_for_talks"))
U(d, "Sea-Watch says the captain declared an emergency after 17 days at sea", "threatening to harm themselves.",
  ("Sea-Watch", N, neg, "", "the NGO's own account of why the ship entered port, reported in a question; facts, no judgement"))
U(d, "IOM staff were at the port in Lampedusa when the people came ashore", "since Saturday.",
  ("International Organization for Migration", S, neu, "", "assistance provided = supporting; target empty"))
U(d, "For the record, the Netherlands' State Secretary for Justice and Security", "belonged to a European arrangement.",
  ("Netherlands", N, neu, "", "correspondent reports the flag state's position; refusal with a procedural reason, no protest = neutral"))
U(d, "My understanding is that the European Commission has said it is coordinating the relocation", "that offered places.",
  ("European Union", N, neu, "", "Commission = EU; procedure"))
