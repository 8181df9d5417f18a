# ------------------------------------------------------------------ Attack on al-Rawda mosque, Bir al-Abed, North Sinai (live blog, 2017-11-24)
d = "page_egypt_rawdamosque_attack2017_liveblog.txt"
# Not statements: menu, headline, update line, byline, KEY EVENTS bullets (they carry Sisi's vow: bullets, no row), share prompt,
# time stamps, the closing note, ADVERTISEMENT, "Reaction continues to arrive from the region." (summary), Related, topics, copyright.
# "Sarah Ashcombe, senior Middle East analyst ... has been speaking to us ..." = lead-in introducing the invented analyst, no position, no row.
U(d, "\"Targeting a Sufi mosque breaks with anything", "she said.",
  ("Sarah Ashcombe", N, neg, "", "assessment of the attackers' intent; attackers unnamed, no actor judged by name"))
U(d, "Ashcombe said the army's campaign in northern Sinai", "needed as allies.",
  ("Sarah Ashcombe", C, neg, "Egypt", "judgement of the army's campaign without stock words (army = Egypt)"))
U(d, "She urged Cairo to let aid agencies and journalists", "properly assessed.",
  ("Sarah Ashcombe", T, neu, "Egypt", "appeal for humanitarian access = calling_for_talks"))
U(d, "Members of the UN Security Council have issued a press statement", "made to answer for them.",
  ("United Nations", C, neg, "", "Council press statement; judgement + demand for justice; attackers unnamed -> target empty"))
U(d, "According to a statement from the Egyptian presidency's spokesman, Bassam Rady", "backing Egypt against terrorism.",
  ("United States", S, pos, "Egypt", "position of X reported by Y: the US condolences and backing, via the Egyptian presidency; Egypt takes no position in the sentence"))
U(d, "Earlier the US president wrote on Twitter", "deserved no mercy.",
  ("United States", C, neg, "", "judgement of the unnamed killers"))
U(d, "Russia's Vladimir Putin, in a telegram published by the Kremlin", "no trace of humanity left.",
  ("Russia", C, neg, "", "judgement without stock words; attackers unnamed"))
U(d, "President Emmanuel Macron called Sisi to express France's solidarity", "the Elysée said.",
  ("France", S, pos, "Egypt", "solidarity; attribution tail 'the Elysée said'"))
U(d, "Britain's Foreign Secretary Boris Johnson said the United Kingdom would help Egypt", "dealt with the aftermath.",
  ("United Kingdom", S, pos, "Egypt", "offer of help = supporting"))
U(d, "The EU's foreign policy chief, Federica Mogherini, said the European Union stood with Egypt", "against terrorism.",
  ("European Union", S, pos, "Egypt", "solidarity + cooperation"))
U(d, "Saudi Arabia's King Salman sent a cable to Sisi calling the attack an outrage", "the state agency SPA reported.",
  ("Saudi Arabia", C, neg, "", "judgement without stock words (an outrage); attribution via the state agency (not an actor)"))
U(d, "Abu Dhabi Crown Prince Sheikh Mohammed bin Zayed said the UAE would remain", "as long as the fight took.",
  ("United Arab Emirates", S, pos, "Egypt", "solidarity"))
U(d, "Qatar, whose relations with Cairo have been severed since June", "its foreign ministry said.",
  ("Qatar", C, neg, "", "condemnation + condolences (judgement decides); relative clause is narration"))
U(d, "Turkish Foreign Minister Mevlut Cavusoglu called it a crime against humanity", "people at worship as its target.",
  ("Turkey", C, neg, "", "judgement"))
U(d, "Iran's foreign ministry spokesman, Bahram Ghasemi, denounced", "the IRNA news agency.",
  ("Iran", C, neg, "", "spokesman named by role; 'in remarks carried by' the agency"))
U(d, "Jordan's government spokesman, Mohammad Momani, condemned the attack", "war on terrorism.",
  ("Jordan", C, neg, "", "condemnation + solidarity: judgement decides (rule 1)"))
U(d, "Israeli Prime Minister Benjamin Netanyahu sent condolences", "confronted it together.",
  ("Israel", S, neu, "Egypt", "condolences (grief) with a confident call, mixed tone -> neutral; to the Egyptian people + call to fight terrorism jointly (not a peace appeal) = supporting (unsure)"))
U(d, "Hamas, the Islamist group that runs the neighbouring Gaza Strip, condemned", "in a house of God.",
  ("Hamas", C, neg, "", "condemnation"))
U(d, "The Grand Imam of Al-Azhar, Sheikh Ahmed el-Tayeb, said that those who shed blood", "claimed to defend.",
  ("Al-Azhar", C, neg, "", "judgement without stock words"))
U(d, "Coptic Pope Tawadros II offered condolences to the families", "grieving as one.",
  ("Coptic Orthodox Church", S, neg, "", "condolences and solidarity with the victims' families (not an actor) -> target empty"))
U(d, "Pope Francis said he was deeply saddened by the loss of life", "the Vatican said.",
  ("Holy See", N, neg, "", "grief and prayers, no judgement, no appeal = neutral, negative (unsure: could be supporting)"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit called on Arab governments", "Sinai militants going.",
  ("Arab League", C, neg, "", "call for measures against the militants (cut off money and recruits) = condemning; militants not a named actor -> target empty (unsure: could be read as an appeal)"))
U(d, "President Abdel Fattah al-Sisi, in a brief televised address, said the army and police would answer", "would not be wasted.",
  ("Egypt", C, neg, "", "threatened response against the attackers = condemning"))
U(d, "He told Egyptians that the attackers had badly misjudged the country", "frighten it.",
  ("Egypt", C, neg, "", "defiance aimed at the attackers (a judgement of them) (unsure: could be neutral)"))
U(d, "The presidency has declared three days of national mourning.", "national mourning.",
  ("Egypt", N, neg, "", "announcement of mourning"))
U(d, "Military spokesman Colonel Tamer el-Rifai said air force jets had destroyed", "around Bir al-Abed.",
  ("Egypt", N, neu, "", "own strikes reported as done, no judgement = neutral (guide)"))
U(d, "Health ministry spokesman Khaled Megahed said 235 people had been killed", "the state news agency MENA.",
  ("Egypt", N, neu, "", "casualty figures given by an actor"))
# "Most of the wounded were taken to hospitals ..." = narration, no row.
U(d, "Mohamed Salem, a farmer from a village near Bir al-Abed", "take the wounded away.",
  ("Mohamed Salem", N, neg, "", "invented witness; what he saw"))
U(d, "\"We carried people in the backs of pick-ups", "he said.",
  ("Mohamed Salem", N, neg, "", "witness account"))
# "What we know so far ...", "The mosque is frequented ...", "There has been no claim ...", "The Sinai affiliate ..." = narration, no row.
