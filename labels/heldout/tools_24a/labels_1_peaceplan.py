# ------------------------------------------------------------------ Reactions to the US "Peace to Prosperity" plan (Reuters-style wire round-up, 2020-01-29)
d = "page_peaceplan_reactions_wire.txt"
U(d, "Palestinian President Mahmoud Abbas on Wednesday dismissed", "chose their words with care.",
  ("Palestine", C, neg, "United States", "dateline excluded; long lead: Abbas's judgement of the US plan ('a scheme drawn up to bury Palestinian statehood')"),
  ("Israel", S, pos, "United States", "same lead: Israel's PM 'hailed it' = approval of the US plan (one row per actor); 'Arab governments … chose their words with care' is a summary of later paragraphs (no row)"))
# 'Trump unveiled the 181-page proposal …' and the map/background paragraphs = narration of the event and of the plan's content, no row.
# 'No Palestinian official was present …' = narration.
U(d, "\"This is a fair deal for both peoples, and I say to President Abbas", "in the East Room.",
  ("United States", T, pos, "Palestine", "quote before the speaker; an offer addressed to Abbas ('if you choose peace, we will be there') = offering a diplomatic course"))
U(d, "Netanyahu, speaking after him, said no American president had done more", "finally drawn.",
  ("Israel", S, pos, "United States", "surname only (role given in the narration above); praise of the US = supporting"))
U(d, "He told reporters later that his cabinet would meet on Sunday", "to the settlements.",
  ("Israel", N, neu, "", "'He' = Netanyahu; an own procedure/plan (cabinet vote on applying Israeli law) stated without evaluation = neutral (unsure: could be read as a step against the Palestinians)"))
# 'In Ramallah, Abbas spoke after an emergency meeting of Palestinian factions …' = narration of the setting, no position.
U(d, "\"Our rights are not goods to be traded for money or promises.", "Abbas said in a televised address.",
  ("Palestine", C, neg, "United States", "multi-sentence quote closed by its speaker = one unit; rejection of the plan as a trade of rights (judgement without the usual words)"))
U(d, "Palestinian Prime Minister Mohammad Shtayyeh called on the world's governments", "turn the occupation into law.",
  ("Palestine", C, neg, "United States", "an appeal to boycott the plan + 'written in Washington to turn the occupation into law' = judgement (rule 1); Washington = metonym"))
U(d, "A senior Hamas official in Gaza, Khalil al-Hayya, said", "for what followed.",
  ("Hamas", C, neg, "", "threat ('confront … by every means') + holds Israel and the US responsible; aimed at two actors -> target empty"))
U(d, "Hundreds of protesters burned tyres and pictures of Trump", "to the Jordan Valley.",
  ("Israel", N, neu, "", "the protests are narration (no row); 'the Israeli military said it was sending reinforcements' = own measure, no judgement = neutral"))
U(d, "Jared Kushner, Trump's son-in-law and senior adviser, who led the drafting", "put in front of it.",
  ("United States", C, neg, "Palestine", "senior White House adviser; blames the Palestinian leadership for rejecting every offer = negative judgement"))
# 'Related: Explainer …' = link title; 'CAREFUL WORDS' = crosshead; 'Arab governments … gave the plan a guarded hearing.' = summary line, the specific statements follow (no row).
U(d, "The ambassadors of Oman, Bahrain and the United Arab Emirates attended", "on Tuesday.",
  ("Oman", S, neu, "United States", "list of three states = three rows; attending the unveiling = backing by act, narrated in a neutral tone (unsure: attendance without endorsement could be neutral)"),
  ("Bahrain", S, neu, "United States", "same list"),
  ("United Arab Emirates", S, neu, "United States", "same list"))
U(d, "Yousef al-Otaiba, the UAE's ambassador in Washington, said", "over the years.",
  ("United Arab Emirates", S, pos, "United States", "ambassador speaks for his state; praise of the initiative with no appeal = supporting; Washington = place"))
U(d, "Egypt's foreign ministry said it appreciated the efforts of the U.S. administration", "under U.S. sponsorship.",
  ("Egypt", T, pos, "", "appreciation + appeal to resume negotiations = calling_for_talks (rule 2 before rule 3); addressed to both sides -> target empty"))
U(d, "Saudi Arabia said it valued Trump's efforts", "citing the foreign ministry.",
  ("Saudi Arabia", T, pos, "", "appreciation + 'encouraged direct talks' = calling_for_talks (rule 2); SPA only carries the statement (not an actor)"))
U(d, "Qatar said it welcomed any effort to achieve a just peace", "as its capital.",
  ("Qatar", T, neu, "", "welcome of 'any effort' + the conditions of a lasting settlement, no judgement of an actor = calling_for_talks (unsure: the condition reads as a reservation)"))
# 'Jordan, whose population … was sharper.' = narration introducing the next quote, no row.
U(d, "\"Jordan rejects any Israeli attempt to annex Palestinian land", "Foreign Minister Ayman Safadi said in a statement.",
  ("Jordan", C, neg, "Israel", "quote before the speaker; 'rejects any Israeli attempt to annex' = aimed at an actor's act (guide: rejects any violation of = condemning)"))
U(d, "Safadi added that an independent Palestinian state on the lines of June 4, 1967", "serious negotiations.",
  ("Jordan", T, neu, "", "surname only; 'only road to a lasting peace' + reviving negotiations = calling_for_talks"))
U(d, "The Arab League's Secretary-General Ahmed Aboul Gheit said the league would convene", "request of the Palestinians.",
  ("Arab League", N, neu, "", "a meeting of its own ministers announced = plan/procedure (not talks between the parties) = neutral"))
U(d, "A first reading, Aboul Gheit said, showed that the plan ignored", "for decades.",
  ("Arab League", C, neg, "United States", "attribution in the middle of the sentence; 'ignored the rights' = negative judgement of the US plan"))
U(d, "Turkey's foreign ministry called the plan an annexation project", "would not back it.",
  ("Turkey", C, neg, "United States", "'annexation project … strip the Palestinians of their land' = judgement; Ankara = metonym"))
U(d, "In Tehran, Foreign Minister Mohammad Javad Zarif wrote on Twitter", "would accept.",
  ("Iran", C, neg, "United States", "Tehran = place; 'shameful imposition' = judgement"))
# 'EUROPE, RUSSIA, U.N.' = crosshead.
U(d, "European Union foreign policy chief Josep Borrell said the bloc would study", "the proposals.",
  ("European Union", N, neu, "", "'the bloc would study and assess' = a procedure, no evaluation"))
U(d, "The EU remained committed to a negotiated two-state solution", "Borrell said in a statement.",
  ("European Union", T, neu, "", "attribution tail; commitment to a negotiated solution = calling_for_talks"))
U(d, "British Foreign Secretary Dominic Raab said the proposal was clearly the product", "direct talks.",
  ("United Kingdom", T, pos, "", "praise of the proposal + appeal to both leaders to move back toward direct talks in one sentence = calling_for_talks (rule 2 before rule 3)"))
U(d, "\"Only a two-state solution that both sides can accept through negotiations", "Heiko Maas said.",
  ("Germany", T, neu, "", "quote before the speaker; a negotiated solution = calling_for_talks"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow had only just received the text", "both could accept.",
  ("Russia", T, neu, "", "Peskov (will examine the text, neutral) and the foreign ministry (appeal for direct negotiation) are both Russia in one sentence: one row per actor, the appeal decides = calling_for_talks; Moscow = metonym"))
U(d, "At the United Nations, a spokesman for Secretary-General Antonio Guterres said", "bound the Secretariat.",
  ("United Nations", N, neu, "", "unnamed spokesman of a named body; the UN's position 'set out in resolutions' = unchanged status, no evaluation = neutral"))
U(d, "Guterres remained committed to supporting Palestinians and Israelis", "the spokesman said.",
  ("United Nations", T, neu, "", "attribution tail; commitment to help both sides resolve the conflict = calling_for_talks"))
# 'Hundreds of Israeli settlers held celebrations …' = narration; reporting credits, 'Our Standards' and 'More From Reuters' = furniture.
