# ------------------------------------------------------------------ The Saudi-led blockade of Qatar (full HTML, Beirut English daily, 2017-06-05)
d = "page_qatar_blockade_webpage.html"
U(d, "Saudi Arabia, Bahrain, the United Arab Emirates and Egypt severed", "meddling in their affairs.",
  ("Saudi Arabia", C, neg, "Qatar", "lead after the 'BEIRUT:' dateline; list of four states (no Oxford comma): severing ties + accusation"),
  ("Bahrain", C, neg, "Qatar", "same list"),
  ("United Arab Emirates", C, neg, "Qatar", "same list"),
  ("Egypt", C, neg, "Qatar", "same list"))
U(d, "Doha called the decision unjustified", "no basis in fact.",
  ("Qatar", C, neg, "", "'unjustified' = judgement (rule 1 over the denial); aimed at the four states -> target empty"))
U(d, "Riyadh said it was also closing its land border", "Saudi Press Agency.",
  ("Saudi Arabia", C, neg, "Qatar", "border closure = measure; 'an official source' of a named government speaks for it; the news agency is not an actor"))
U(d, "The source charged that Qatar gave shelter", "in the kingdom's east.",
  ("Saudi Arabia", C, neg, "Qatar", "accusation; 'The source' = the Saudi official source"))
U(d, "The Saudi-led military coalition fighting in Yemen said", "in its operations.",
  ("Saudi Arabia", C, neg, "Qatar", "the coalition is led and spoken for by Riyadh (no canonical coalition actor); expelling a member = measure (unsure: actor)"))
U(d, "Bahrain's foreign ministry said Qatar had persisted", "within two weeks.",
  ("Bahrain", C, neg, "Qatar", "accusation + expulsion of diplomats and citizens"))
U(d, "The UAE also gave Qatari diplomats 48 hours", "the state news agency WAM said.",
  ("United Arab Emirates", C, neg, "Qatar", "expulsion + travel ban; WAM reports and is not an actor"))
U(d, "Egypt's foreign ministry said it was closing its airspace", "which Cairo has outlawed.",
  ("Egypt", C, neg, "Qatar", "closure + accusation; Cairo = Egypt"))
U(d, "Yemen's internationally recognised government and the Maldives followed suit", "later in the day.",
  ("Yemen", C, neg, "Qatar", "'followed suit' = severed ties, an act reported as done; the recognised government = Yemen (Houthis separate)"),
  ("Maldives", C, neg, "Qatar", "same"))
U(d, "In its statement, the Qatari foreign ministry said the campaign", "doomed to fail.",
  ("Qatar", C, neg, "", "accusation of seeking tutelage; the neighbours (several) -> target empty"))
U(d, "The ministry said the steps would not affect the daily lives", "keep supplies flowing.",
  ("Qatar", N, pos, "", "'The ministry' = Qatari MFA by context; reassurance about own conduct = neutral, positive tone"))
U(d, "Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani said in an interview", "measures of its own.",
  ("Qatar", N, neu, "", "quotation opened after a colon and left open; no retaliation = own conduct, no appeal (unsure: could be read as restraint = talks); Al Jazeera is not an actor"))
U(d, "\u201cOur neighbours know where to find us", "he said.",
  ("Qatar", T, pos, "", "quotation continued over the paragraph break, closed by 'he said'; offer of talks to anyone"))
U(d, "Qatar Airways said it had suspended all flights", "until further notice.",
  ("Qatar Airways", N, neu, "", "state-owned carrier as its own actor (companies are actors in the name files); operational fact"))
U(d, "Kuwait's ruler, Emir Sheikh Sabah al-Ahmad al-Sabah, telephoned", "a Qatari official said.",
  ("Kuwait", T, neu, "Qatar", "position of Kuwait reported by a Qatari official = Kuwait's statement (Qatar takes no position here); request addressed to Qatar's emir"))
U(d, "In Ankara, Turkish Foreign Minister Mevlut Cavusoglu", "offering Ankara's help.",
  ("Turkey", T, neg, "", "sorrow + dialogue + offer of help; Gabriel only mentioned (no row)"))
U(d, "In Sydney, where he was holding talks with Australian ministers", "and quickly.",
  ("United States", T, neu, "", "appeal to settle the dispute; Gulf partners (several) -> target empty; Sydney = place"))
U(d, "Iranian Foreign Minister Mohammad Javad Zarif said Tehran was watching", "through dialogue.",
  ("Iran", T, neg, "", "concern + appeal = calling_for_talks"))
U(d, "Hamid Aboutalebi, a deputy chief of staff", "visit to Riyadh last month.",
  ("Iran", C, neg, "United States", "insinuation blaming Trump's visit for the rift = judgement (unsure: could be read as commentary); Riyadh = place"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow did not interfere", "restore their unity.",
  ("Russia", T, pos, "", "non-interference + hope that unity returns = calling_for_talks (hope)"))
U(d, "UN spokesman Stephane Dujarric said Secretary-General Antonio Guterres was following", "with concern.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "He said the United Nations stood ready to support any effort", "ease the tension.",
  ("United Nations", T, pos, "", "offer to support de-escalation efforts"))
U(d, "In Islamabad, foreign office spokesman Nafees Zakaria said Pakistan had no plans", "ties with Qatar.",
  ("Pakistan", N, neu, "", "declines to follow the measures, no reason or judgement stated"))
