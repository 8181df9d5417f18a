# ------------------------------------------------------------------ The Egyptian army's removal of President Mohamed Morsi (live blog, scraped, 2013-07-03/04)
d = "page_egypt_morsi_ousted_liveblog.txt"
# No rows: masthead, menu, headline, standfirst, byline/time, share bar, key events, photo captions with credits, timestamps,
# entry headings, the "Summary" bullets, ADVERTISEMENT, Related:, "Show earlier updates", topics, newsletter, reader comments, most viewed.
# No row: "Turkey's foreign minister, Ahmet Davutoglu, has been the sharpest critic so far ..." (summary line before the statement; role then name).
U(d, "He told reporters in Ankara that it was unacceptable", "anything but what it was.",
  ("Turkey", C, neg, "Egypt", "'He' = Davutoglu; 'unacceptable'; In Ankara = place; the army = Egypt"))
U(d, "\"Legitimacy does not come from tanks,\" Davutoglu said.", "\"Legitimacy does not come from tanks,\" Davutoglu said.",
  ("Turkey", C, neg, "Egypt", "judgement without stock words; surname only"))
# No row: "Gulf states have been quick to welcome the new order." (summary line)
U(d, "Saudi Arabia's King Abdullah sent a cable to Mansour", "a dark tunnel.",
  ("Saudi Arabia", S, pos, "Egypt", "congratulations to the new leader = backing by act; the press agency is not an actor"))
U(d, "The United Arab Emirates' foreign minister, Sheikh Abdullah bin Zayed, said", "stood by Egypt.",
  ("United Arab Emirates", S, pos, "Egypt", "satisfaction + standing by = supporting"))
U(d, "Qatar's new emir, Sheikh Tamim bin Hamad Al Thani, also sent a message", "most generous backer.",
  ("Qatar", S, pos, "Egypt", "congratulations by act; the outlet's remark on Qatar's past is narration in the same sentence"))
U(d, "From Damascus, President Bashar al-Assad has told the state newspaper", "would fall.",
  ("Syria", C, neg, "", "judgement of 'political Islam' (the Brotherhood not named) -> target empty; Damascus = place; the newspaper is not an actor"))
# No row: "The African Union's Peace and Security Council will meet ..." (a meeting listed in narration)
U(d, "The AU Commission said the council would consider the situation", "normally suspended.",
  ("African Union", N, neu, "", "procedure under its rules; no judgement yet (unsure: a hinted suspension could be read as a threat)"))
# No row: "The UK foreign secretary, William Hague, has spoken on BBC radio." (lead-in)
U(d, "He said Britain did not back armed forces stepping in", "calling the move a coup.",
  ("United Kingdom", C, neg, "Egypt", "'did not back' the army's step = opposition to an actor's act (unsure: 'stopped short of calling it a coup' softens it)"))
U(d, "It was now vital that Egypt returned to democratic government quickly", "Hague said.",
  ("United Kingdom", T, neu, "", "appeal to return to democracy and avoid violence, no judgement; all sides -> target empty"))
U(d, "Germany's foreign minister, Guido Westerwelle, was blunter", "as fast as possible.",
  ("Germany", C, neg, "Egypt", "'serious blow to democracy' + appeal (rule 1); Berlin = metonym"))
# No row: "The Muslim Brotherhood's spokesman, Gehad El-Haddad, has just posted on Twitter." (lead-in)
U(d, "He says the group will not work with", "arrest of its leaders.",
  ("Muslim Brotherhood", C, neg, "Egypt", "refuses a party in protest ('usurpers') + rejects arrests"))
U(d, "\"They are trying to silence us with handcuffs.", "he wrote.",
  ("Muslim Brotherhood", C, neg, "Egypt", "two-sentence quote closed by the speaker: accusation + vow of (peaceful) street action"))
U(d, "The Brotherhood denied reports that its members had attacked troops", "overnight.",
  ("Muslim Brotherhood", N, neg, "", "bare denial = neutral, negative"))
U(d, "El-Haddad said the stories had been invented to justify a crackdown.", "El-Haddad said the stories had been invented to justify a crackdown.",
  ("Muslim Brotherhood", C, neg, "Egypt", "counter-accusation (not a bare denial)"))
# No row: "Adly Mansour has been sworn in ..." (narration of the act)
U(d, "In a short speech, he paid tribute to the protesters", "take part in building it.",
  ("Egypt", T, pos, "Muslim Brotherhood", "'he' = Mansour, interim president = Egypt; offer of inclusion = reconciliation offer (talks)"))
# No row: "State news agency MENA reports that ... has been detained" (an agency reporting a fact; no speaker)
U(d, "The army has also taken several Islamist television channels off the air", "stop incitement.",
  ("Egypt", C, neg, "", "measure against the other side + 'incitement' accusation by the army's media officer; channels are not canonical -> target empty"))
U(d, "Iran's foreign ministry spokesman, Abbas Araghchi, said Tehran", "least possible damage.",
  ("Iran", T, neu, "", "hope for unity and little damage = talks; Tehran = metonym"))
U(d, "Russia's foreign ministry called on all political forces in Egypt", "without violence.",
  ("Russia", T, neu, "", "appeal for restraint to all forces -> target empty"))
# No row: "The UN Secretary-General, Ban Ki-moon, has issued a statement through his spokesman." (lead-in)
U(d, "Ban noted the deep frustration of the people", "a matter of concern.",
  ("United Nations", N, neg, "", "concern without an appeal (the appeal follows in its own sentence) = neutral, negative"))
U(d, "He urged an early return to civilian rule", "peaceful assembly.",
  ("United Nations", T, neu, "Egypt", "'He' = Ban; appeal, no judgement"))
# No row: the reader's message from Giza (a reader submission, like a comment; first name only)
# No row: "EU foreign policy chief Catherine Ashton has put out a statement overnight." (lead-in)
U(d, "She urged all sides to return swiftly to the democratic process", "the rule of law.",
  ("European Union", T, pos, "", "appeal + hope = talks; all sides -> target empty"))
# No row: "Barack Obama has issued a statement from the White House, and it is carefully worded." (the outlet's comment)
U(d, "The president said the United States was deeply worried", "open to all Egyptians.",
  ("United States", T, neg, "Egypt", "concern + appeal to hand back power, no judgement word = talks, negative"))
U(d, "He also said he had asked government lawyers and agencies", "aid to Egypt.",
  ("United States", N, neg, "Egypt", "legal review of aid = procedure, not an announced sanction (unsure: could be read as a veiled threat)"))
# No row: "Obama did not use the word coup." (the outlet's observation)
# No row: "Morsi's office has posted a statement on his official Facebook page." (lead-in)
U(d, "It calls the army's step a coup in every sense", "would refuse.",
  ("Mohamed Morsi", C, neg, "Egypt", "'It' = the statement of the deposed president's office; after his removal Morsi speaks for himself, the army for Egypt (unsure)"))
U(d, "In a recorded message aired on a pro-Morsi channel", "obey the constitution.",
  ("Mohamed Morsi", N, neg, "", "claim to remain the elected leader + appeal to obey the constitution: no explicit judgement (unsure: could be condemning)"))
U(d, "He urged his supporters to avoid shedding blood.", "He urged his supporters to avoid shedding blood.",
  ("Mohamed Morsi", T, neg, "", "appeal against violence"))
# No row: "After Sisi finished, the Nobel laureate and opposition figure Mohamed ElBaradei spoke." (lead-in)
U(d, "He said the plan answered the demands of the millions", "as one nation.",
  ("Mohamed ElBaradei", S, pos, "Egypt", "backs the army's roadmap; ElBaradei is his own actor in the name files"))
U(d, "The Sheikh of Al-Azhar, Ahmed el-Tayeb, and Coptic Pope Tawadros II", "in brief remarks.",
  ("Al-Azhar", S, pos, "Egypt", "joint backing of the roadmap, one row per listed body"),
  ("Coptic Orthodox Church", S, pos, "Egypt", "joint backing of the roadmap; the Pope speaks for his church"))
# No row: "Leaders of the Salafist Nour party were also seated on the stage." (narration)
# No row: "General Abdel Fattah al-Sisi ... has appeared on state television ..." (narration)
U(d, "He said the armed forces had tried to avoid taking sides", "failed to do so.",
  ("Egypt", C, neg, "Mohamed Morsi", "'He' = Sisi, army chief = Egypt; blames the president for failing"))
U(d, "The constitution is suspended, and the chief justice will run the country", "Sisi said.",
  ("Egypt", N, neu, "", "measures and plan announced, attribution tail"))
U(d, "The army, he added, would deal firmly with anyone who resorted to violence.", "The army, he added, would deal firmly with anyone who resorted to violence.",
  ("Egypt", C, neg, "", "threat aimed at no named actor -> target empty"))
