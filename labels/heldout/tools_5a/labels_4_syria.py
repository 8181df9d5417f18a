# ------------------------------------------------------------------ Fall of Assad (UN noon-briefing readout + round-up, 2024-12-09)
d = "page_syria_assad_unreadout.txt"
U(d, "The spokesman recalled the statement issued on Sunday", "a peaceful country.",
  ("United Nations", T, pos, "", "SG statement relayed by the spokesman; hope for a peaceful future = calling_for_talks; no judgement word on the old regime"))
U(d, "He called for calm and for the rights of all Syrians", "international law.",
  ("United Nations", T, neu, "", "'He' = the Secretary-General; appeal for calm and protection"))
U(d, "The Special Envoy for Syria, Geir Pedersen, told reporters in Doha", "protect institutions.",
  ("United Nations", T, neu, "", "UN envoy = United Nations; offer to help + appeal to the armed groups (several) -> target empty"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) says", "women and children.",
  ("United Nations", N, neg, "", "displacement figure, no blame"))
U(d, "Despite the insecurity, the UN and its partners continue to deliver", "the spokesman said.",
  ("United Nations", S, pos, "", "aid by act; attribution tail; beneficiaries are people, not an actor -> target empty"))
U(d, "The Security Council will hold closed consultations on Syria this afternoon at Russia's request.", "at Russia's request.",
  ("Russia", T, neu, "", "Russia's request for a council meeting = diplomatic course; the programme note itself is not a UN position"))
U(d, "Israel says its troops have moved into the buffer zone", "secure the border.",
  ("Israel", N, neu, "", "position of Israel reported inside a reporter's question (speaker label 'Question: ' excluded); own act, no judgement"))
U(d, "UNDOF, our peacekeeping force there, has informed its Israeli counterparts", "Disengagement of Forces Agreement.",
  ("United Nations", C, neg, "Israel", "speaker label 'Spokesman: ' excluded; UNDOF = UN; 'breaches the agreement' = judgement"))
U(d, "The agreement has to be respected by both sides", "in their positions.",
  ("United Nations", T, neu, "", "appeal to both sides"))
U(d, "We are in contact with everyone we need to be in contact with", "different levels.",
  ("United Nations", N, neu, "", "plain diplomatic wording"))
U(d, "The High Commissioner for Human Rights, Volker Türk, said the torture", "preserved as evidence.",
  ("United Nations", C, neg, "Syria", "OHCHR = UN; crimes of the former government -> target Syria (the Assad state), unsure"))
U(d, "Biden called the collapse of Assad's government long-overdue justice", "countless people.",
  ("United States", C, neg, "Syria", "well-known office holder named without role (the heading gives the state); the deposed leader must answer for torture and killing; target = the Assad state"))
U(d, "He said U.S. forces had carried out dozens of strikes on Islamic State camps", "on Sunday.",
  ("United States", N, neu, "", "own strike reported as done, no judgement -> neutral (guide)"))
U(d, "Russia's foreign ministry said Assad had decided to step down", "handed over peacefully.",
  ("Russia", N, neu, "", "account of Assad's departure, no judgement"))
U(d, "Moscow had not taken part in those talks, the ministry said", "refrain from violence.",
  ("Russia", T, neu, "", "denial of involvement + appeal to all sides: rule 2"))
U(d, "Iran's foreign ministry said deciding Syria's future", "off the process.",
  ("Iran", T, neu, "", "'outsiders should keep their hands off' aimed at no one = appeal (like 'opposes any escalation'), not a judgement on an actor"))
U(d, "Foreign Minister Hakan Fidan said in Doha that Syrians", "inclusive Syria.",
  ("Turkey", T, pos, "", "hope + commitment to an inclusive transition; Ankara = Turkey; Doha = place"))
U(d, "Fidan added that militants linked to the PKK", "exploit the moment.",
  ("Turkey", C, neg, "PKK", "warning to the PKK-linked militants = threat"))
U(d, "Netanyahu called it a historic day", "Iran and Hezbollah.",
  ("Israel", N, pos, "", "self-praise; Iran and Hezbollah are objects of Israel's own action, not of a judgement"))
U(d, "He said he had ordered troops to take over the buffer zone", "alongside Israel.",
  ("Israel", T, pos, "", "own deployment (neutral) + offer of peace in the same sentence: rule 2"))
U(d, "Ahmed al-Sharaa, the Hayat Tahrir al-Sham leader", "Tehran's ambitions.",
  ("Hayat Tahrir al-Sham", C, neg, "Iran", "'staging ground for Tehran's ambitions' = accusation"))
U(d, "Prime Minister Mohammed Ghazi al-Jalali, who stayed in Damascus", "orderly way.",
  ("Syria", T, pos, "", "caretaker government = Syria; offer to cooperate and hand over = diplomatic course"))
U(d, "Kaja Kallas, the EU's new foreign policy chief, welcomed", "long-awaited development.",
  ("European Union", S, pos, "", "welcome of an event, no appeal"))
U(d, "Olaf Scholz said the end of Assad's rule was good news", "ethnic minorities.",
  ("Germany", T, pos, "Hayat Tahrir al-Sham", "welcome + appeal in one sentence: rule 2 before rule 3; 'the new rulers' = the HTS-led forces by context"))
U(d, "Emmanuel Macron said the fall of a regime he called barbaric", "the Syrian people.",
  ("France", C, pos, "Syria", "'barbaric' = judgement on the Assad state (rule 1) although the tone is celebratory; unsure on sentiment"))
U(d, "Prime Minister Keir Starmer welcomed Assad's departure", "keeps civilians safe.",
  ("United Kingdom", T, pos, "", "welcome + appeal: rule 2"))
U(d, "Qatar's foreign ministry said it was following developments closely", "slide into chaos.",
  ("Qatar", T, neu, "", "monitoring + stress on preserving institutions to avoid chaos = appeal"))
U(d, "Saudi Arabia said it welcomed the steps taken", "the Syrian people.",
  ("Saudi Arabia", S, pos, "", "welcome + solidarity with the people's choices"))
U(d, "China's foreign ministry said it hoped Syria would return to stability", "as possible.",
  ("China", T, pos, "", "hope for stability = calling_for_talks"))
