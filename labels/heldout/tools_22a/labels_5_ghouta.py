# ------------------------------------------------------------------ Chemical attack in Eastern Ghouta (UN noon briefing, excerpts, 2013-08-23)
d = "page_ghouta_noonbriefing.txt"
U(d, "The Secretary-General was deeply troubled to learn", "are said to have died.",
  ("United Nations", N, neg, "", "site menu, document fields, transcript note and '** Syria' crosshead are furniture; concern with no appeal and no judgement = neutral, negative"))
U(d, "He has asked that the United Nations mission led by Dr. Åke Sellström", "the Government of Syria.",
  ("United Nations", T, neu, "Syria", "'He' = the SG; request for the mission's access = calling_for_talks, addressed to the Syrian Government"))
U(d, "The Secretary-General has decided to send the High Representative", "access to the sites.",
  ("United Nations", T, neu, "Syria", "envoy sent to press for access = calling_for_talks"))
U(d, "Speaking in Seoul this morning, the Secretary-General said:", "do its work at once.\"",
  ("United Nations", T, neu, "", "quotation opened after a colon; appeal for immediate access, no judgement = calling_for_talks; Seoul = place"))
U(d, "\"And if it is confirmed that chemical weapons were used", "he added.",
  ("United Nations", C, neg, "", "the quotation continued in the next paragraph by the same speaker; demand that whoever used them answer for it = condemning (accountability, a threatened response), no perpetrator named -> target empty (unsure)"))
U(d, "Afterwards, the Council President, Ambassador María Cristina Perceval", "had to be made clear.",
  ("United Nations", T, neg, "", "Security Council members via the Council President = United Nations; concern + appeal for clarity = calling_for_talks; Eliasson's closed briefing in the preceding sentence is narrative (no row)"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) says", "running very low.",
  ("United Nations", N, neu, "", "OCHA = United Nations; facts given by an actor = neutral, neutral tone"))
U(d, "Our humanitarian colleagues are asking for a pause", "can reach the area.",
  ("United Nations", T, neu, "", "appeal for a humanitarian pause = calling_for_talks"))
U(d, "Eduardo, the National Coalition says more than 1,300 people died", "loaded with nerve gas.",
  ("Syrian National Coalition", C, neg, "Syria", "position reported inside a journalist's question (the question itself is no statement); accusation + toll = condemning; 'Government forces' = Syria"))
U(d, "Its president, Ahmad al-Jarba, has called on the Security Council", "an emergency meeting.",
  ("Syrian National Coalition", T, neu, "United Nations", "'Its president' = the Coalition's leader; asking the Council to meet = calling_for_talks, target = the body addressed"))
U(d, "The Secretary-General is not in a position to say that", "the mission may find.",
  ("United Nations", N, neu, "", "Deputy Spokesperson: label excluded; declines to attribute = neutral"))
U(d, "The Government in Damascus says the accusations are fabricated", "used no such weapons.",
  ("Syria", N, neg, "", "Government + Information Minister in one sentence, one actor = one row; denial = neutral, negative; Damascus = place"))
U(d, "And the Foreign Ministry says the timing, just days after the inspectors arrived", "from its work.",
  ("Syria", C, neg, "", "'the Foreign Ministry' = Syria's by context; accusation that the reports were invented to distract the mission = condemning; no one named -> target empty"))
U(d, "We have seen those statements, but what matters now", "expects it to do so.",
  ("United Nations", T, neu, "Syria", "demand for access addressed to the Government, no judgement = calling_for_talks"))
U(d, "Russia's Foreign Ministry spokesman, Alexander Lukashevich, said", "to act against Damascus.",
  ("Russia", C, neg, "", "accusation of a staged attack by 'the rebels' (no canonical actor) -> target empty"))
U(d, "I am not going to comment on what individual Member States", "to establish the facts.",
  ("United Nations", N, neu, "", "declines to comment = neutral"))
U(d, "Foreign Minister Laurent Fabius of France said yesterday", "a forceful response against Damascus.",
  ("France", C, neg, "Syria", "conditional threat of force = condemning; Damascus = metonym for the Syrian Government"))
U(d, "And the British Foreign Secretary, William Hague, says", "carried out the attack.",
  ("United Kingdom", C, neg, "Syria", "attribution of the attack to Assad's forces = accusation"))
U(d, "The Secretary-General's position has not changed:", "the Geneva conference.",
  ("United Nations", T, neu, "", "'no military solution' + Geneva = calling_for_talks (a reply to talk of force, no judgement)"))
U(d, "Iran's Foreign Ministry spokesman, Abbas Araghchi, says", "used chemical weapons.",
  ("Iran", C, neg, "", "accusation against 'terrorist groups' (no canonical actor) -> target empty; 'not the army' defends Syria inside the same accusation"))
U(d, "And the Arab League has asked that the inspectors be sent", "immediately.",
  ("Arab League", T, neu, "United Nations", "asking that the UN inspectors go to the site = calling_for_talks, addressed to the UN"))
U(d, "That is what the Secretary-General wants, and Ms. Kane", "the authorities in Damascus.",
  ("United Nations", T, neu, "", "the SG's wish that the inspectors go + talks on arrangements = calling_for_talks"))
U(d, "The Coalition has also said it will guarantee the inspectors' safety", "the areas it holds.",
  ("Syrian National Coalition", T, neu, "", "'The Coalition' = Syrian National Coalition; offer that makes the inquiry possible = calling_for_talks (unsure: could be supporting the UN)"))
U(d, "It welcomed the Arab League's call.", "It welcomed the Arab League's call.",
  ("Syrian National Coalition", S, pos, "Arab League", "'It' = the Coalition; welcome with no appeal = supporting"))
U(d, "The mission is in contact with all those who can help it", "do its job.",
  ("United Nations", N, neu, "", "fact given by the Spokesperson = neutral"))
U(d, "The State Department says Washington is trying to establish the facts", "on any response.",
  ("United States", N, neu, "", "fact-finding + no decision, no appeal, no judgement = neutral; the Spokesperson's 'no calls to read out' is a non-answer (no row)"))
