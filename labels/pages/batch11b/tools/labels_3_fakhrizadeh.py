# ------------------------------------------------------------------ Killing of Mohsen Fakhrizadeh near Tehran (Iranian state media, IRNA style, 2020-11-29)
d = "page_fakhrizadeh_statemedia.txt"
U(d, "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei has ordered", "are punished.",
  ("Iran", C, neg, "", "the Leader orders the killers and their senders punished = a threatened response (condemning); perpetrators unnamed -> target empty; the dateline 'Tehran, IRNA -' is left out of the unit"))
U(d, "In a message issued on Saturday, the Leader also said", "without interruption.",
  ("Iran", N, pos, "", "own programme to go on = plan, no judgement"))
U(d, "The Defense Ministry said in a statement that doctors", "also hurt.",
  ("Iran", N, neu, "", "Defence Ministry = Iran; facts of the death and the wounded"))
U(d, "President Hassan Rouhani told a meeting of the government's coronavirus task force", "an Iranian scientist.",
  ("Iran", C, neg, "Israel", "accusation: 'usurper Zionist regime' = Israel; murdered = judgement"))
U(d, "\"The Islamic Republic will answer this crime when it judges the moment right", "he said.",
  ("Iran", C, neg, "", "quotation closed by its speaker; threat of a response; 'our enemies' unnamed -> target empty"))
U(d, "Rouhani added that those behind the crime feared", "scientific progress.",
  ("Iran", C, neg, "", "surname only; insinuation about 'those behind the crime' (a judgement) + defiance; Washington = place/metonym of the coming change, not judged; target empty (unsure: could be neutral)"))
U(d, "Foreign Minister Mohammad Javad Zarif, in messages published in several languages", "would continue.",
  ("Iran", C, neg, "Israel", "blame on Israel + reproach of European silence ('state terror'); Israel the main target"))
U(d, "Ministry spokesman Saeed Khatibzadeh rejected the claim", "International Atomic Energy Agency.",
  ("Iran", N, neg, "", "denial ('rejected the claim') = neutral, negative tone; the IAEA is only mentioned"))
U(d, "The ministry added that Iran had asked the UN Secretary-General and the Security Council", "condemn the crime.",
  ("Iran", C, neg, "", "'The ministry' = the foreign ministry by context; asking others to condemn 'the crime' = judgement; perpetrator unnamed -> target empty"))
U(d, "In a letter to Secretary-General Antonio Guterres, Iran's Ambassador", "its interests.",
  ("Iran", C, neg, "Israel", "blame on Israel + veiled threat; Guterres only addressed (no UN row)"))
U(d, "Major General Mohammad Bagheri, chief of staff of the armed forces", "harsh response.",
  ("Iran", C, neg, "", "threat; perpetrators unnamed"))
U(d, "Hossein Dehghan, the Leader's military adviser", "they had done.",
  ("Iran", C, neg, "", "adviser to the Leader speaks for Iran; threat on social media"))
U(d, "Lebanon's Hezbollah condemned the assassination", "full responsibility for it.",
  ("Hezbollah", C, neg, "Israel", "'Zionist enemy' = Israel; 'full responsibility' (guide cue); Lebanon's = possessive of place"))
U(d, "The governments of Syria, Iraq and Venezuela sent messages of condolence", "Iranian government and nation.",
  ("Syria", S, pos, "Iran", "list of three governments: condolences = solidarity (supporting), one row each"),
  ("Iraq", S, pos, "Iran", "same list"),
  ("Venezuela", S, pos, "Iran", "same list"))
U(d, "Syria's foreign ministry said the terrorist act carried the fingerprints of Israel", "new confrontation.",
  ("Syria", C, neg, "Israel", "one sentence, two actors: Syria's accusation"),
  ("Iraq", T, neu, "", "same sentence: Iraq's hope that the region is spared = calling_for_talks (guide: hopes)"))
U(d, "Venezuelan Foreign Minister Jorge Arreaza said Caracas stood shoulder to shoulder", "painful moment.",
  ("Venezuela", S, pos, "Iran", "solidarity; Caracas = metonym"))
U(d, "The Palestinian resistance movements Hamas and Islamic Jihad said in separate statements", "occupation regime.",
  ("Hamas", C, neg, "Israel", "two groups, one row each; 'the occupation regime' = Israel"),
  ("Palestinian Islamic Jihad", C, neg, "Israel", "same sentence; 'Islamic Jihad' = Palestinian Islamic Jihad (name files)"))
U(d, "The United Arab Emirates condemned the assassination and said all parties", "further instability.",
  ("United Arab Emirates", C, neg, "", "condemnation + appeal for restraint: rule 1; nobody named -> target empty"))
U(d, "Qatar's foreign ministry expressed deep concern over the killing", "stability of the region.",
  ("Qatar", N, neg, "", "concern without an appeal = neutral, negative (guide)"))
U(d, "A spokesman for UN Secretary-General Antonio Guterres said the UN chief wanted", "inflame the region further.",
  ("United Nations", T, neu, "", "appeal for restraint to all sides, no judgement"))
U(d, "The European Union said in a statement that it condemned the killing as a crime", "avoid any escalation.",
  ("European Union", C, neg, "", "condemned as a crime + call for calm: rule 1; nobody named -> target empty"))
U(d, "A German foreign ministry spokeswoman said Berlin wanted every side", "behind the attack.",
  ("Germany", T, neu, "", "appeal for restraint + 'no information on who was behind it' (declines to judge) = calling_for_talks; Berlin = metonym"))
U(d, "John Brennan, a former director of the US Central Intelligence Agency", "cycle of violence.",
  ("John Brennan", C, neg, "", "former office holder speaking for himself = independent person (his own actor); 'unlawful and dangerously reckless' = judgement; the killers are not named -> target empty"))
U(d, "Israeli officials have declined to comment on the assassination.", "on the assassination.",
  ("Israel", N, neu, "", "officials of a named government = Israel; declining to comment = neutral (as batch5c's Peskov)"))
U(d, "Ali Akbar Salehi, head of the Atomic Energy Organization of Iran", "students and colleagues.",
  ("Iran", N, pos, "", "state agency head = Iran; resolve to continue = own plans, positive tone"))
