# ------------------------------------------------------------------ Venezuela's Essequibo referendum and the Guyana border row (international wire, 2023-12-06)
d = "page_essequibo_referendum_wire.txt"
# No rows: agency menu, headline, byline, caption lines with credits and "1 of 4", capitals crossheads, Related, credits, Trust Principles, topics, newsletter, most read.
U(d, "Guyana's President Irfaan Ali said he would take Venezuela", "a Venezuelan state.",
  ("Guyana", C, neg, "Venezuela", "dateline excluded; long lead: complaint to the UNSC + military alert, 'denouncing as a danger' = judgement; Maduro's orders are narrated here"))
U(d, "Maduro on Tuesday presented a new official map of Venezuela", "Guayana Esequiba.",
  ("Venezuela", C, neg, "Guyana", "a measure taken against a neighbour's territory, read like an announced operation = condemning (unsure: could be a neutral plan)"))
U(d, "He also told state oil company PDVSA", "the Venezuelan side of the border.",
  ("Venezuela", C, neg, "Guyana", "pronoun = Maduro; licences + a general as 'sole authority' over Guyana's territory = measures against another side (unsure, as above)"))
U(d, "The orders follow Sunday's referendum in which more than 95% of votes", "according to the National Electoral Council.",
  ("Venezuela", N, neu, "", "state electoral body's figures = Venezuela, neutral; attribution tail"))
# No row: "Reporters saw thin queues ..." (reporters' observation; the council's non-answer)
U(d, "\"Venezuela has now shown the world exactly what it intends to do.", "late on Tuesday.",
  ("Guyana", C, neg, "Venezuela", "multi-sentence quote closed by the speaker = one unit; judgement + veiled warning of a response"))
U(d, "He said the Guyana Defence Force had been put on heightened alert", "Antonio Guterres.",
  ("Guyana", N, neg, "", "own defensive measure and a phone call reported as facts, no judgement = neutral"))
U(d, "Guyana would ask the Security Council to take the measures open to it", "Britain and France.",
  ("Guyana", T, neg, "", "turning to the Council and to partners = diplomatic recourse (calling_for_talks, unsure: could be read as a complaint); the contacted states are objects"))
U(d, "Vice President Bharrat Jagdeo said the thin turnout showed the vote had flopped", "dangerous adventure.",
  ("Guyana", C, neg, "Venezuela", "judgement of the vote and of Maduro's 'dangerous adventure'"))
U(d, "Foreign Minister Hugh Todd said Guyana had briefed the diplomats", "the Commonwealth secretariat.",
  ("Guyana", N, pos, "", "own diplomacy reported = neutral; 'across the Caribbean and beyond' names no one"),
  ("United Kingdom", S, pos, "Guyana", "position reported by another speaker: Britain's message of support (Todd reporting it) = a UK statement"),
  ("Commonwealth", S, pos, "Guyana", "same: the Commonwealth secretariat's message of support, reported by Todd"))
U(d, "ExxonMobil, which leads the consortium", "a dispute between two states.",
  ("ExxonMobil", N, neu, "", "company under its own name; facts + declining to comment = neutral"))
U(d, "Venezuela's Foreign Minister Yvan Gil said in a statement that Ali was speaking", "settled its affairs without them.",
  ("Venezuela", C, neg, "Guyana", "accusation of Ali (= Guyana; Georgetown = metonym); ExxonMobil and Southern Command are only mentioned"))
U(d, "\"Venezuela will never again sit back while others carve up", "Gil said.",
  ("Venezuela", C, neg, "", "judgement of unnamed 'others' -> target empty"))
U(d, "\"The people spoke on Sunday, and the government will carry out", "within the law.\"",
  ("Venezuela", N, pos, "", "quote continued in its own paragraph; own plan + reassurance ('peacefully') = neutral"))
U(d, "Attorney General Tarek William Saab said on Wednesday he had issued arrest warrants", "wreck the referendum.",
  ("Venezuela", C, neg, "", "state prosecutor = Venezuela; warrants + accusation against opposition aides (non-canonical target) -> target empty"))
U(d, "Machado's campaign said the warrants were persecution", "real problems.",
  ("Unitary Platform", C, neg, "Venezuela", "Machado's campaign resolved to the opposition coalition she leads in the name files (unsure); judges its own government"))
U(d, "Jorge Rodriguez, the president of the National Assembly, said lawmakers", "within days.",
  ("Venezuela", N, neu, "", "the assembly speaker speaks for his state (like the guide's senator); legislative timetable = neutral"))
# No row: "Governments in the region have watched ..." (summary line)
U(d, "Brazil's defence ministry said it had strengthened its presence", "to the area.",
  ("Brazil", N, neu, "", "own precautionary deployment, no judgement or appeal = neutral"))
U(d, "Celso Amorim, chief foreign policy adviser to President Luiz Inacio Lula da Silva", "gain from a war.",
  ("Brazil", T, neg, "", "adviser speaks for Brazil (name files); appeal to keep talking, both sides"))
U(d, "In Washington, State Department spokesperson Matthew Miller said the United States stood firmly", "sovereignty.",
  ("United States", S, pos, "Guyana", "backing of Guyana's sovereignty; Washington = place"))
U(d, "He urged Caracas to respect the order issued last Friday", "peaceful means.",
  ("United States", T, neu, "Venezuela", "pronoun = Miller; Caracas = metonym (addressee); appeal without judgement"))
U(d, "U.N. spokesperson Stephane Dujarric said Guterres expected both countries", "binding on them.",
  ("United Nations", T, neu, "", "the SG via his spokesperson; appeal to both to comply"))
U(d, "The World Court on Friday ordered Venezuela to refrain", "did not explicitly forbid the referendum.",
  ("International Court of Justice", T, neu, "Venezuela", "'The World Court' = ICJ; an order to refrain reported as a specific act = calling_for_talks (restraint) (unsure: could be background)"))
U(d, "The 15-member Caribbean Community said after the ruling", "the court's own findings.",
  ("CARICOM", T, neu, "Venezuela", "expectation that Venezuela abides by the order = appeal"),
  ("Venezuela", C, neg, "CARICOM", "second position in the same sentence: Caracas (metonym) rejects the statement as one-sided = judgement"))
# No rows: the Lethem shopkeeper, "Analysts", the unnamed Caracas-based consultant; the background paragraphs
# ("Venezuela has claimed ...", "Guyana maintains the award is final ..." = long-standing positions as background, "The dispute intensified ...").
# Note: "Guyana ... asked the ICJ in 2018 to confirm it" is a past act inside the background paragraph (no row).
