# ------------------------------------------------------------------ US recognition of Jerusalem (Chinese MFA press-conference transcript in Q/A form, 2017-12-07)
d = "page_jerusalem_recognition_mfaqa.txt"
U(d, "On December 6, US President Donald Trump formally recognized", "from Tel Aviv.",
  ("United States", S, neu, "Israel", "position reported inside a journalist's question: recognising Jerusalem as Israel's capital and ordering the embassy move = backing of Israel by act (unsure: could be read as neutral narration of a decision)"))
U(d, "Jerusalem is among the questions that Palestinians and Israelis agreed", "three faiths.",
  ("China", N, neu, "", "spokesperson's answer ('A:'), speaker named only in the heading; a description of the issue, no judgement, no appeal"))
U(d, "We are worried that the decision may stir up fresh tension", "fragile region.",
  ("China", N, neg, "", "concern without an appeal (guide) = neutral, negative; the US decision is worried about, not judged"))
U(d, "China calls on all parties to act with prudence", "Palestine and Israel.",
  ("China", T, neu, "", "appeal to all parties for prudence and negotiations; target empty (all parties)"))
U(d, "China backs the Palestinian people in their effort", "East Jerusalem.",
  ("China", S, pos, "Palestine", "backing of the Palestinian cause = supporting; 'the Palestinian people' = Palestine"))
U(d, "In a televised address on Wednesday night, Palestinian President Mahmoud Abbas said", "peace process.",
  ("Palestine", C, neg, "United States", "position reported inside a journalist's question; 'disqualified itself' = negative judgement; Washington = metonym"))
U(d, "Israeli Prime Minister Benjamin Netanyahu, for his part, hailed the announcement", "his country.",
  ("Israel", S, pos, "United States", "position reported inside a question: praise of the US announcement = supporting the US"))
U(d, "China's position is that the international community should keep pushing", "the two sides.",
  ("China", T, neu, "", "appeal for the peace process and talks, declines to judge the US role"))
U(d, "We are willing to work with all parties and play a constructive role", "to that end.",
  ("China", T, pos, "", "offer to help the talks = calling_for_talks"))
U(d, "Turkish President Recep Tayyip Erdogan said he would convene an emergency summit", "December 13.",
  ("Turkey", N, neu, "", "position reported inside a question: a summit announced with a date, no judgement in the sentence (not talks between the parties) = neutral"))
U(d, "China will take part in the Council's deliberations", "constructive way.",
  ("China", N, neu, "", "attendance at a Security Council meeting announced = a plan (unsure: could be read as committing to talks)"))
U(d, "Our position on the Palestinian question is consistent and clear", "set it out there.",
  ("China", N, neu, "", "plain diplomatic wording, no position beyond restating it"))
U(d, "The Chinese Embassy in Israel and the Office of China to the State of Palestine have reminded", "reported hurt.",
  ("China", N, neu, "", "consular measures and a fact about its citizens"))
