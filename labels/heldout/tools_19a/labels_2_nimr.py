# ------------------------------------------------------------------ Nimr al-Nimr execution, storming of the Saudi embassy in Tehran, Gulf states cut ties (Reuters-style wire, 2016-01-04)
d = "page_nimr_embassy_wire.txt"
U(d, "Bahrain and Sudan severed diplomatic relations with Iran on Monday", "embassy in Tehran.",
  ("Bahrain", C, neg, "Iran", "lead; dateline excluded; severing ties = measure against another side (list of states, one row each)"),
  ("Sudan", C, neg, "Iran", "same lead, severing ties"),
  ("United Arab Emirates", C, neg, "Iran", "same lead, downgrading ties = measure; 'lining up behind Saudi Arabia' does not outweigh the measure (rule 1)"))
U(d, "Bahrain gave Iranian diplomats 48 hours to leave", "interference in Gulf affairs.",
  ("Bahrain", C, neg, "Iran", "expulsion + 'repeated and reckless interference' (attribution tail: its foreign ministry)"))
U(d, "Sudan's foreign ministry said Khartoum, which also expelled the Iranian ambassador", "threaten its security.",
  ("Sudan", S, pos, "Saudi Arabia", "solidarity with 'the kingdom' (= Saudi Arabia by context); the expulsion sits in a relative clause (narrative, already labelled in the lead)"))
U(d, "The UAE said it was recalling its ambassador", "allowed to stay in the country.",
  ("United Arab Emirates", C, neg, "Iran", "recall of the ambassador + cap on Iranian diplomats = measures"))
U(d, "It blamed the decision on what it described as Tehran's long record", "meddling in Arab countries.",
  ("United Arab Emirates", C, neg, "Iran", "'It' = the UAE; blame = judgement"))
U(d, "In a statement carried by state news agency WAM, the Emirati foreign ministry", "Riyadh had taken.",
  ("United Arab Emirates", S, pos, "Saudi Arabia", "backing of the Saudi steps; WAM only carries the statement (not an actor); Riyadh = metonym"))
U(d, "The moves by Riyadh's allies followed Saudi Foreign Minister Adel al-Jubeir's announcement", "two days to get out.",
  ("Saudi Arabia", C, neg, "Iran", "the Saudi break in relations and expulsion, reported as Jubeir's announcement = measure; 'Riyadh's allies' only mentioned"))
U(d, "On Monday Jubeir told Reuters that Saudi Arabia would also halt all flights", "travelling there.",
  ("Saudi Arabia", C, neg, "Iran", "flight, trade and travel bans = measures against another side"))
U(d, "Iranian pilgrims would still be welcome to perform the haj", "he said.",
  ("Saudi Arabia", N, neu, "", "procedure for pilgrims, no evaluation"))
U(d, "\"Tehran has to decide whether it is a state", "Jubeir said.",
  ("Saudi Arabia", C, neg, "Iran", "multi-sentence quote closed by its speaker = one unit; judgement of Iran's conduct + conditional opening: rule 1"))
U(d, "He rejected suggestions that the executions had been aimed", "over several years.",
  ("Saudi Arabia", N, neg, "", "denial = neutral, negative tone (guide)"))
U(d, "The interior ministry said all 47 had been convicted", "several levels of courts.",
  ("Saudi Arabia", N, neu, "", "'The interior ministry' = Saudi by context; own procedure and convictions reported, no judgement of another actor"))
U(d, "Iranian President Hassan Rouhani called the attack on the embassy", "prosecute those involved.",
  ("Iran", C, neg, "", "judgement ('wrong and damaging') of the attack by unnamed protesters + prosecution ordered; attackers not an actor -> target empty"))
U(d, "Tehran's prosecutor said about 40 people had been arrested.", "Tehran's prosecutor said about 40 people had been arrested.",
  ("Iran", N, neu, "", "figures from a state official (prosecutor = Iran)"))
U(d, "Rouhani also denounced the execution itself", "spoken his mind.",
  ("Iran", C, neg, "Saudi Arabia", "'the kingdom' = Saudi Arabia; condemnation of the execution"))
U(d, "Riyadh's decision to sever ties was a pretext", "said on Monday.",
  ("Iran", C, neg, "Saudi Arabia", "possessive before the speaker ('Riyadh's decision'): the speaker is the Iranian foreign ministry spokesman (attribution tail); accusation"))
U(d, "Supreme Leader Ayatollah Ali Khamenei said on Sunday that Saudi politicians", "taken up arms.",
  ("Iran", C, neg, "Saudi Arabia", "veiled threat + judgement"))
U(d, "U.N. Secretary-General Ban Ki-moon said the executions troubled him greatly", "conduct of their trials.",
  ("United Nations", C, neg, "", "'troubled him greatly' + doubts about the fairness of the trials = a judgement of the executions (unsure: could be read as concern without appeal); no actor named in the sentence -> target empty"))
U(d, "His spokesman said Ban had spoken to the Saudi and Iranian foreign ministers", "further.",
  ("United Nations", T, neu, "", "appeal to both sides to avoid escalation"))
U(d, "The U.S. State Department said on Saturday it was worried", "sectarian divide.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative (guide)"))
U(d, "On Monday spokesman John Kirby said Washington was pressing leaders on both sides", "their differences.",
  ("United States", T, neu, "", "appeal to both sides to de-escalate + direct contact"))
U(d, "Russia's foreign ministry said storming a foreign mission was unlawful", "grievance behind it.",
  ("Russia", C, neg, "", "judgement ('unlawful') of the embassy storming; no perpetrator named -> target empty"))
U(d, "A ministry source told reporters Moscow was prepared to act as a go-between", "wanted it.",
  ("Russia", T, pos, "", "unnamed source of a named ministry speaks for Russia; offer of mediation"))
U(d, "The Gulf Cooperation Council's secretary-general, Abdullatif al-Zayani", "its security.",
  ("Gulf Cooperation Council", S, pos, "Saudi Arabia", "secretary-general speaks for the body; 'the six-nation bloc' = GCC; backing of Saudi measures"))
U(d, "Lebanon's Hezbollah leader Sayyed Hassan Nasrallah said the execution", "sectarian war.",
  ("Hezbollah", C, neg, "Saudi Arabia", "party/armed group under its own name; judgement + accusation; the preceding 'Elsewhere ... hostile' is narration"))
U(d, "In Baghdad, Prime Minister Haider al-Abadi said putting critics to death", "across the region.",
  ("Iraq", C, neg, "", "judgement of the executions without strong words; Baghdad = place; the kingdom is implied but not named -> target empty"))
U(d, "In Qatif, the cleric's hometown in the kingdom's Eastern Province", "protests peaceful.",
  ("Mohammed al-Nimr", T, neu, "", "named relative = independent person under his own name; appeal for peaceful protest; Qatif = place"))
