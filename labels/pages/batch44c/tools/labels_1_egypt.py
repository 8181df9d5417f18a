# ------------------------------------------------------------------ Egypt: rows over Mohamed Mursi's death (international wire copy, 2019-06-20)
d = "page_egypt_mursideath2019_wire.txt"
# Not statements: menu, section, timestamp, headline, byline, read time, photo caption, ADVERTISEMENT, crossheads,
# Reporting-by credits, Our Standards, Related Coverage, footer.
U(d, "Egypt's foreign minister on Thursday accused Turkish President", "that Mursi had been killed.",
  ("Egypt", C, neg, "Turkey", "dateline excluded; accusation of exploiting the death = judgement"),
  ("Turkey", C, neg, "Egypt", "second actor in the lead: Erdogan's claim that Mursi was killed = accusation of Egypt (reported position)"))
U(d, "In a written statement, Foreign Minister Sameh Shoukry said", "lists as a terrorist organisation.",
  ("Egypt", C, neg, "Turkey", "FM = Egypt; 'hostile remarks', Ankara backing the Brotherhood = judgement; Ankara = metonym for Turkey; the Brotherhood is only mentioned"))
U(d, "\"The Turkish president is the last person entitled", "Shoukry said.",
  ("Egypt", C, neg, "Turkey", "two-sentence quote closed by its speaker (one unit); surname only"))
U(d, "Speaking to supporters in Istanbul on Wednesday, Erdogan said nobody", "died a natural death.",
  ("Turkey", C, neg, "Egypt", "Erdogan = Turkey; accusation made by describing neglect, no stock word; Istanbul = place"))
U(d, "\"This file will not be closed.", "put the case on its agenda.",
  ("Turkey", C, neg, "Egypt", "vow to pursue those responsible internationally = threatened response; the OIC appeal rides on it (unsure: the OIC part alone would be calling_for_talks)"))
U(d, "On Monday evening he had already called Mursi a martyr", "for his death.",
  ("Turkey", C, neg, "Egypt", "'he' = Erdogan; blames Egypt's rulers"))
# "Thousands of people joined funeral prayers in absentia ..." = narration, no row.
# "Cairo has also turned its fire on the United Nations." = summary line before the specific statement, no row.
U(d, "On Wednesday, foreign ministry spokesman Ahmed Hafez rejected a call", "Egypt regards as terrorist.",
  ("Egypt", C, neg, "United Nations", "rejects the OHCHR call in protest, accuses it of politicising on terrorist claims = judgement; the possessive 'office of the U.N. High Commissioner' is the target, not a speaker"))
U(d, "\"We expected an office of this standing", "Hafez said.",
  ("Egypt", C, neg, "United Nations", "quote closed by the speaker; reproach of the UN office"))
U(d, "The rights office's spokesman, Rupert Colville, told reporters in Geneva", "almost six years behind bars.",
  ("United Nations", T, neu, "Egypt", "demand for an independent inquiry, no judgement word = calling_for_talks (labels/README); addressed to the state holding him"))
U(d, "Colville said his office had heard repeated complaints", "diabetes and high blood pressure.",
  ("United Nations", N, neg, "", "concern relayed without an appeal = neutral, negative (guide)"))
U(d, "Egypt's public prosecutor said on Monday that Mursi had been taken to hospital", "no recent injuries on his body.",
  ("Egypt", N, neu, "", "public prosecutor = Egypt; facts of the state's own conduct (an implicit denial), no judgement"))
U(d, "The prosecutor's office added that it had ordered a forensic report", "surveillance cameras.",
  ("Egypt", N, neu, "", "procedure"))
U(d, "The Muslim Brotherhood, banned in Egypt since the army removed Mursi in 2013", "through years of neglect.",
  ("Muslim Brotherhood", C, neg, "Egypt", "'bore full responsibility', 'deliberate killing' = judgement; London = place"))
U(d, "The group urged Egyptians living abroad to gather outside Egyptian embassies", "on Friday.",
  ("Muslim Brotherhood", C, neg, "Egypt", "'The group' = the Brotherhood; call to protest at Egypt's embassies after the accusation = protest act (unsure: could be neutral as a plan)"))
U(d, "Mursi's son Ahmed wrote on Facebook", "had been turned down.",
  ("Ahmed Mursi", N, neg, "", "family member = own actor (named relative, like named residents); refused request reported without a judgement word"))
U(d, "Crispin Blunt, the British Conservative lawmaker", "would now be credible.",
  ("Conservative Party", T, neg, "", "MP = his party (project practice for legislators; unsure: he speaks as chair of an independent panel); call for an international inquiry = calling_for_talks; the panel's past warning is background"))
U(d, "Amnesty International said the authorities had to hand over", "held in isolation for years.",
  ("Amnesty International", T, neg, "Egypt", "demands addressed to Egypt (records, independent doctors, explanation), no explicit judgement word (unsure: 'explain why ... held in isolation' leans to condemning)"))
U(d, "Human Rights Watch said the way Mursi had been held", "had chosen to ignore.",
  ("Human Rights Watch", C, neg, "Egypt", "'abuse', 'chosen to ignore' = judgement"))
U(d, "Qatar's emir, Sheikh Tamim bin Hamad al-Thani", "to the Egyptian people.",
  ("Qatar", S, pos, "", "condolences to the family and people = solidarity (supporting); family and people are not actors -> target empty"))
U(d, "In Gaza, the Palestinian Islamist group Hamas mourned Mursi", "his year in office.",
  ("Hamas", S, pos, "Mohamed Morsi", "praise of the late president = supporting; Gaza = place"))
# "President Abdel Fattah al-Sisi ... has made no public comment" = absence of a statement, no row.
# "Egyptian state television reported it in a brief item ..." = narration about coverage, no row.
# "Relations between Cairo and Ankara have been frozen ..." = background, no row.
