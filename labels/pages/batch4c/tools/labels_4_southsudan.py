# ------------------------------------------------------------------ Machar's arrest (UN noon-briefing readout, 2025-03-28)
d = "page_southsudan_machar_unreadout.txt"
U(d, "The Secretary-General is deeply alarmed by the detention", "several parts of the country.",
  ("United Nations", N, neg, "", "alarm without an appeal in the sentence: neutral, negative"))
U(d, "He calls on President Salva Kiir and all the parties to release", "Revitalized Peace Agreement.",
  ("United Nations", T, neg, "", "demand for release + appeal, no judgement word; addressed to Kiir and all parties -> target empty"))
U(d, "\"Pulling South Sudan back into war would be a betrayal", "the Secretary-General said.",
  ("United Nations", T, neg, "", "multi-sentence quote; 'betrayal' is hypothetical (no act judged) + 'must put the nation first': appeal (unsure: could be read as a veiled judgement)"))
U(d, "The head of the UN Mission in South Sudan (UNMISS), Nicholas Haysom, met", "access to Mr. Machar.",
  ("United Nations", T, neu, "South Sudan", "UNMISS head -> UN; request for access, no judgement"))
U(d, "Mr. Haysom told them that detaining a signatory", "wants to protect.",
  ("United Nations", C, neg, "South Sudan", "'undermined' the agreement = judgement on the government's act; 'them' = the officials"))
U(d, "The Mission has increased its patrols around Juba", "who seek refuge.",
  ("United Nations", N, neu, "", "'The Mission' = UNMISS; own protective measures, not aid to a party"))
U(d, "Our humanitarian colleagues tell us that fighting in Upper Nile State", "crossing into Ethiopia.",
  ("United Nations", N, neg, "", "OCHA relayed by the spokesman; displacement figures without blame"))
U(d, "The Humanitarian Coordinator urges all parties", "people in need.",
  ("United Nations", T, neu, "", "humanitarian-access appeal to all parties"))
U(d, "The World Food Programme says it has moved food", "rainy season.",
  ("World Food Programme", S, pos, "", "aid by act, relayed by the UN spokesman; recipients are people, not a party -> target empty"))
U(d, "The Secretary-General is saddened by the loss of life", "felt in Thailand.",
  ("United Nations", N, neg, "", "round-up item (another crisis); grief, no appeal or judgement"))
U(d, "The UN is mobilizing its teams in the country", "released emergency funds.",
  ("United Nations", S, pos, "Myanmar", "aid by act; Emergency Relief Coordinator -> UN"))
U(d, "The SPLM-IO says the arrest has torn up the 2018 agreement", "has collapsed.",
  ("SPLM-IO", C, neg, "South Sudan", "speaker label 'Question: ' excluded; position of the SPLM-IO reported inside a reporter's question"))
U(d, "The agreement remains the framework for peace", "in the past tense.",
  ("United Nations", N, neu, "", "speaker label excluded; rebuttal of the 'collapse' claim without judging anyone: neutral"))
U(d, "The parties signed it and the parties need to implement it.", "need to implement it.",
  ("United Nations", T, neu, "", "appeal to both parties"))
U(d, "The Information Minister, Michael Makuei, said today", "brought before a court.",
  ("South Sudan", C, neg, "SPLM-IO", "accusation against Machar (leader of the SPLM-IO) reported in a question; White Army only mentioned"))
U(d, "He also said the detention was meant to protect the peace process", "not to end it.",
  ("South Sudan", N, pos, "", "reassurance about own conduct: neutral"))
U(d, "Any charges should be handled transparently", "must be respected.",
  ("United Nations", T, neu, "South Sudan", "demand for due process without judgement"))
U(d, "The Troika — the United States, the United Kingdom, and Norway — said yesterday", "release Mr. Machar.",
  ("United States", T, neg, "South Sudan", "joint statement (Oxford comma): one row per state; alarm + appeal, no judgement"),
  ("United Kingdom", T, neg, "South Sudan", "joint statement: one row per state"),
  ("Norway", T, neg, "South Sudan", "joint statement: one row per state"))
U(d, "The African Union has said it will send its Panel of the Wise to Juba", "as a special envoy.",
  ("African Union", T, neu, "", "mediators sent; two actors' acts in one sentence -> one row each"),
  ("Kenya", T, neu, "", "special envoy sent (Odinga speaks for Kenya here); Ruto named without state word besides 'Kenya's'"))
U(d, "We welcome any effort by the region to bring the parties back to dialogue.", "back to dialogue.",
  ("United Nations", S, pos, "", "welcome of regional mediation with no appeal of its own: supporting; 'the region' = AU, IGAD, envoys -> target empty (unsure: could be calling_for_talks)"))
U(d, "IGAD's emergency summit earlier this month demanded the release", "credible evidence against them.",
  ("IGAD", T, neg, "South Sudan", "conditional demand for release, no judgement word: calling_for_talks"))
U(d, "Uganda's army chief, General Muhoozi Kainerugaba, has said Ugandan forces will stay", "as they are needed.",
  ("Uganda", S, pos, "South Sudan", "army speaks for its state; backing by act (troops protecting the government)"))
U(d, "The opposition says their presence violates the peace deal and the arms embargo.", "arms embargo.",
  ("SPLM-IO", C, neg, "Uganda", "'The opposition' = SPLM-IO by context; 'their' = Ugandan forces"))
U(d, "I'm not going to comment on the deployment", "Member State's troops.",
  ("United Nations", N, neu, "", "refusal to comment"))
U(d, "What we want to see is de-escalation", "use it for calm.",
  ("United Nations", T, neu, "", "appeal to all with influence"))
U(d, "We thank our friends in Ulaanbaatar: Mongolia has paid", "fully paid-up Member States to 78.",
  ("United Nations", S, pos, "Mongolia", "round-up item; thanks = approval; Ulaanbaatar = capital metonym"))
