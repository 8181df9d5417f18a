# ------------------------------------------------------------------ Killing of Jordanian pilot Muath al-Kasasbeh and Jordan's response (pan-Arab site, full HTML, 2015-02-05)
d = "page_kasasbeh_pilot_panarab_2015.html"
# Not statements: edition bar, brand, nav, breaking ticker, section label, headline, summary, meta line, figcaptions with
# credits, Advertisement, crossheads, topics, share, Read more, comments, most read, footer.
U(d, "Jordanian warplanes struck Islamic State targets in Syria on Thursday", "the start of a campaign to avenge him.",
  ("Jordan", C, neg, "Islamic State", "dateline excluded; strikes + the army's framing as a campaign of revenge = announced military response = condemning; long sentence with narration"))
U(d, "The armed forces said in a statement read on state television", "returned safely to base.",
  ("Jordan", N, neu, "", "the army speaks for its state; own strike reported as done, no judgement = neutral"))
U(d, "The strikes came a day after Jordan hanged two Iraqi prisoners", "inside a cage.",
  ("Jordan", C, neg, "Islamic State", "executions carried out in response = a taken response (specific act reported as done) = condemning (unsure: mostly narration)"))
# "Kasasbeh was captured on December 24 ..." = narration; "Jordanian state television has said he was killed as early as
# January 3 ..." = a fact reported by a broadcaster (news outlets reporting a fact are not actors), no row.
U(d, "The king, who cut short a visit to Washington on Wednesday, told the pilot", "according to the Royal Court.",
  ("Jordan", C, neg, "Islamic State", "king speaks for Jordan; vow of punishment = threat"))
U(d, "\u201cThese killers have nothing to do with our religion", "the king was quoted as saying.",
  ("Jordan", C, neg, "Islamic State", "judgement + veiled threat, no stock word"))
U(d, "Government spokesman Mohammad al-Momani said Jordan would not leave the coalition", "its part in it.",
  ("Jordan", C, neg, "Islamic State", "announced escalation of its military role against the group = condemning (unsure: could be neutral policy)"))
U(d, "\u201cIf they thought they could frighten us into running", "he said.",
  ("Jordan", C, neg, "Islamic State", "defiance aimed at the group, quote closed by the speaker"))
U(d, "Foreign Minister Nasser Judeh said Amman had asked its allies", "had been positive.",
  ("Jordan", N, neu, "", "request for support (asking for aid is not supporting) + facts"))
U(d, "In the video, released on Tuesday by the group\u2019s media arm", "other airmen.",
  ("Islamic State", C, neg, "Jordan", "bounty on Jordanian pilots = threat"))
U(d, "The Grand Imam of Al-Azhar, Sheikh Ahmed al-Tayeb, said the men who burned the pilot", "of the Prophet.",
  ("Al-Azhar", C, neg, "Islamic State", "call for the harshest penalty + 'enemies of God' = judgement"))
U(d, "Egyptian President Abdel Fattah al-Sisi telephoned King Abdullah", "fight against terrorism.",
  ("Egypt", S, neg, "Jordan", "condolences + solidarity with Jordan = supporting; grief tone"))
U(d, "Iraqi Prime Minister Haider al-Abadi called the king to offer condolences", "their common border.",
  ("Iraq", S, neu, "Jordan", "condolences + offer to share intelligence = offered assistance = supporting"))
U(d, "Bahrain\u2019s foreign ministry said the kingdom stood with Jordan", "protect its security.",
  ("Bahrain", S, pos, "Jordan", "solidarity and backing of Jordan's measures = supporting"))
U(d, "Saudi Arabia, Qatar and the United Arab Emirates each condemned the killing", "official news agencies.",
  ("Saudi Arabia", C, neg, "Islamic State", "states as a list, one row each; condemnation"),
  ("Qatar", C, neg, "Islamic State", "listed state; condemnation"),
  ("United Arab Emirates", C, neg, "Islamic State", "listed state; condemnation"))
U(d, "The Arab League\u2019s Secretary-General Nabil Elaraby called the killing", "to confront the group.",
  ("Arab League", C, neg, "Islamic State", "judgement + resolve to confront the group"))
U(d, "In Tehran, foreign ministry spokeswoman Marzieh Afkham condemned the burning", "in Islam\u2019s name.",
  ("Iran", C, neg, "Islamic State", "condemnation; target by context (the group)"))
U(d, "In Amman, the Islamic Action Front, the political arm of Jordan\u2019s Muslim Brotherhood", "could justify.",
  ("Islamic Action Front", C, neg, "Islamic State", "the party as its own actor (not the Brotherhood as a whole); judgement; the clause on its opposition to the air campaign is narration"))
U(d, "At the United Nations, the Security Council condemned the killing in a press statement", "human rights law.",
  ("United Nations", C, neg, "Islamic State", "Council and Secretary-General are both the UN: one row; condemnation + sympathy + appeal, judgement decides (rule 1)"))
U(d, "In Washington, Secretary of State John Kerry and Judeh signed an agreement", "in the campaign.",
  ("United States", S, pos, "Jordan", "aid raised by agreement + pledge of help = backing by act; Jordan's signature is receiving aid, no row"))
U(d, "Japanese Prime Minister Shinzo Abe, whose country lost two hostages", "closely with Amman.",
  ("Japan", S, neg, "Jordan", "shared grief + continued cooperation = solidarity = supporting"))
U(d, "Amnesty International said hanging prisoners in response to the pilot\u2019s murder", "further executions.",
  ("Amnesty International", C, neg, "Jordan", "'act of revenge that would bring no justice' = judgement of the executions; the appeal follows (rule 1)"))
# "In Ay, the pilot's village, mourners filled a large tent on Thursday." = narration, no row.
U(d, "\u201cMuath went up in his plane for his country, and his country has answered for him,\u201d", "sat near the king.",
  ("Salem al-Maaytah", S, pos, "Jordan", "invented clan elder (independent person); approval of the state's response = supporting"))
U(d, "\u201cWe want the state to finish what it started.\u201d", "finish what it started.\u201d",
  ("Salem al-Maaytah", C, neg, "Islamic State", "quote continued; demand that the military campaign go on = call for a response against the group (unsure: could be supporting Jordan)"))
U(d, "Rami Khasawneh, a researcher at the Amman Centre for Security Studies, said the video had backfired", "asking that.\u201d",
  ("Rami Khasawneh", N, neu, "", "invented analyst; assessment of public opinion, quote opened after 'adding:'; no judgement"))
U(d, "Khasawneh said the executions had pleased a grieving public", "states and Muslims.",
  ("Rami Khasawneh", C, neg, "Jordan", "judgement of Jordan's executions (they serve the group's narrative), no stock word"))
U(d, "He said Jordan and its partners should put as much effort", "into the air war.",
  ("Rami Khasawneh", T, neu, "", "appeal for a non-military course alongside the air war (unsure: not a peace appeal in the strict sense); several addressees"))
