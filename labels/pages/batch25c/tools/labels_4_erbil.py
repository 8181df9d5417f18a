# ------------------------------------------------------------------ Iran's missile strike on Erbil and Iraq's complaint (Iraqi state media, 2024-01-17)
d = "page_iraq_erbil_irgc_strike2024_statemedia.txt"
# Not statements: agency name, language bar, menu, section, headline, time stamp and view counter, dateline line,
# [PHOTO n of 4] captions, crossheads, related news, tags, copyright.
U(d, "Iraq has formally lodged a complaint with the United Nations Security Council", "the Ministry of Foreign Affairs announced on Wednesday.",
  ("Iraq", C, neg, "Iran", "headline-like lead: a complaint to the UNSC against Iran = formal accusation/measure; attribution tail"))
U(d, "The ministry said in a statement received by ISNS that the complaint had been delivered", "between neighbours.",
  ("Iraq", C, neg, "Iran", "'the ministry' = Iraqi MFA; judgement of the strike without stock words (assault on sovereignty and trust)"))
U(d, "On Tuesday the ministry recalled Iraq's ambassador in Tehran", "a letter of protest.",
  ("Iraq", C, neg, "Iran", "recall of the ambassador + protest letter = measure in protest"))
# "Missiles fired by Iran's Revolutionary Guard late on Monday struck several sites ..." = narration of the event by the outlet, no row.
U(d, "Six other people were wounded, according to the Kurdistan Region's security council.", "Six other people were wounded, according to the Kurdistan Region's security council.",
  ("Kurdistan Regional Government", N, neu, "", "casualty figure from a named regional body = neutral, neutral tone"))
U(d, "The Prime Minister and Commander-in-Chief of the Armed Forces, Mohammed Shia al-Sudani, said", "World Economic Forum.",
  ("Iraq", C, neg, "Iran", "reported clause + 'in remarks carried by' his office; 'hostile act' = judgement"))
U(d, "His Excellency affirmed that Iraq would not allow its territory", "any threat to its security.",
  ("Iraq", C, neg, "", "'His Excellency' = al-Sudani; warning that Iraq will not be an arena for others = refusal aimed at unnamed parties (unsure: could be neutral statement of principle)"))
U(d, "The media office said al-Sudani had cancelled a meeting scheduled", "Hossein Amir-Abdollahian.",
  ("Iraq", N, neu, "", "cancelled meeting with no protest stated in the sentence = neutral (guide rule 4)"))
U(d, "On his instructions, a high-level security delegation headed by National Security Adviser", "officials of the Region.",
  ("Iraq", N, neu, "", "act of inspection, no evaluation"))
U(d, "Al-Araji said after visiting the Dizayee residence that the delegation had found no evidence", "nothing to support them.",
  ("Iraq", N, neg, "", "rebuttal of Iran's justification = denial that the site was what Iran claimed -> neutral, negative (unsure: could be condemning Iran)"))
U(d, "\"What we saw is a family home.", "he told reporters in Erbil.",
  ("Iraq", C, neg, "Iran", "multi-sentence quote closed by the speaker; accusation by describing the harm to civilians (guide rule 4)"))
U(d, "The government spokesman, Basim al-Awadi, said the Council of Ministers had directed", "repairing the damage.",
  ("Iraq", S, pos, "Kurdistan Regional Government", "spokesman by role then name; compensation and help to the Region = backing by act"))
U(d, "Al-Awadi added that the committee's findings would be made public.", "Al-Awadi added that the committee's findings would be made public.",
  ("Iraq", N, neu, "", "surname only; plan"))
U(d, "Speaking to international media in Davos, Foreign Minister Fuad Hussein said", "claimed to be fighting.",
  ("Iraq", C, neg, "Iran", "judgement without stock words (Iran picked an easy target)"))
U(d, "Hussein said he had made clear to his Iranian counterpart", "defend its citizens.",
  ("Iraq", C, neg, "Iran", "surname only; warning of legal and diplomatic responses = threatened response (unsure: could be calling_for_talks)"))
U(d, "The Prime Minister of the Kurdistan Region, Masrour Barzani, described the bombardment", "could excuse.",
  ("Kurdistan Regional Government", C, neg, "Iran", "regional government's PM; judgement without stock words"))
U(d, "Barzani called on the federal government and the international community not to let the strike go unanswered.", "Barzani called on the federal government and the international community not to let the strike go unanswered.",
  ("Kurdistan Regional Government", C, neg, "Iran", "call for a response against Iran = like a call for sanctions -> condemning"))
U(d, "The Presidency of the Kurdistan Region welcomed the federal government's decision", "defending their sovereignty.",
  ("Kurdistan Regional Government", S, pos, "Iraq", "welcome of Baghdad's step = supporting"))
U(d, "The Iranian side has maintained that the strikes targeted what it called a headquarters", "not directed at Iraq.",
  ("Iran", N, neg, "", "own strike reported + denial that it was aimed at Iraq = neutral (unsure: 'hostile groups' is a mild charge)"))
U(d, "Iranian Foreign Ministry spokesman Nasser Kanaani was quoted by the Iranian news agency IRNA as saying", "against Iran's security.",
  ("Iran", C, neg, "", "passive attribution via IRNA (not an actor); justification aimed at unnamed plotters = judgement; target empty"))
U(d, "Kanaani said Tehran respected the sovereignty and territorial integrity of Iraq", "any use of its soil against Iran.",
  ("Iran", T, neg, "Iraq", "reassurance + demand to Baghdad with no judgement word = calling_for_talks, negative (README: a demand to one side)"))
U(d, "The Revolutionary Guard said in a statement broadcast on Iranian state television", "wherever they were.",
  ("Iran", C, neg, "", "IRGC = Iran (name files); threat to keep striking = condemning; target empty"))
# "The Ministry of Foreign Affairs said it had received calls of solidarity ..." = summary line before the specific calls, no row.
U(d, "In a telephone call with Hussein, Jordanian Foreign Minister Ayman Safadi expressed", "violation of its sovereignty.",
  ("Jordan", C, neg, "Iran", "solidarity + 'rejection of any violation of its sovereignty', aimed by context at the Iranian strike: the guide lists 'rejects any violation of' as a judgement, so rule 1 makes it condemning (unsure: could be supporting Iraq)"))
U(d, "The Arab League condemned the strike in a statement", "a founding member state.",
  ("Arab League", C, neg, "Iran", "condemnation + 'violation of international law'"))
U(d, "The United States condemned the missile attack, with State Department spokesman Matthew Miller", "Iraq's security at risk.",
  ("United States", C, neg, "Iran", "condemnation voiced by the spokesman"))
U(d, "The United Kingdom also condemned the strikes, according to a statement from", "the territory of a neighbour.",
  ("United Kingdom", C, neg, "Iran", "'according to a statement from' the FCDO; condemnation"))
U(d, "A spokesperson for the United Nations Secretary-General, Stephane Dujarric, said", "further escalation in the region.",
  ("United Nations", T, neu, "", "appeal for restraint to all parties"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova said Russia was following", "with concern.",
  ("Russia", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Hawre Aziz, a neighbour of the Dizayee family, said he had been woken", "shortly before midnight.",
  ("Hawre Aziz", N, neg, "", "invented witness; account of the night"))
U(d, "\"We ran outside and the house was on fire.", "Aziz said.",
  ("Hawre Aziz", N, neg, "", "multi-sentence quote; account + denial that neighbours are spies = neutral, negative"))
U(d, "Dr. Sarmad Al-Khafaji, a professor of international law at the University of Baghdad, said", "strengthen Iraq's position.",
  ("Sarmad Al-Khafaji", S, pos, "Iraq", "invented professor; approval of Baghdad's complaint = supporting"))
U(d, "\"Iraq cannot remain silent when its cities are struck, whoever the neighbour is,\" Al-Khafaji said.", "\"Iraq cannot remain silent when its cities are struck, whoever the neighbour is,\" Al-Khafaji said.",
  ("Sarmad Al-Khafaji", S, neu, "Iraq", "backing of Iraq's right to respond (unsure: could be neutral principle)"))
U(d, "\"But after the complaint, Baghdad and Tehran must sit down", "does not happen again.\"",
  ("Sarmad Al-Khafaji", T, neu, "", "quote continued after its attribution; appeal to both capitals to negotiate"))
