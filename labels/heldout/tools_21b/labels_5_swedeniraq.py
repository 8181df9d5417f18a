# ------------------------------------------------------------------ Quran desecration in Stockholm; Iraq expels Sweden's ambassador (live blog, full HTML, 2023-07-20/21)
d = "page_sweden_iraq_quran_liveblog.html"
U(d, "Iran's foreign minister, Hossein Amir-Abdollahian, told state television", "attacks on the Quran.",
  ("Iran", C, neg, "Sweden", "refusal to receive an ambassador and holding back its own = diplomatic measure; Stockholm = metonym"))
U(d, "Sweden's foreign ministry said its diplomats in Baghdad had been flown home", "for the time being.",
  ("Sweden", N, neu, "", "own security measure, no judgement"))
U(d, "A ministry spokeswoman said Stockholm was not breaking off relations", "bring tensions down.",
  ("Sweden", T, neu, "Iraq", "unnamed spokeswoman of a named ministry = Sweden; denial of a break + wish to keep talking to calm tensions (talks)"))
U(d, "Separately, the Swedish Security Service said it was following the reactions abroad closely", "threat to the country.",
  ("Sweden", N, neu, "", "state agency = Sweden; monitoring and an unchanged assessment = neutral"))
U(d, "Moqtada al-Sadr, the Shia cleric whose followers stormed the embassy", "every link with Stockholm.",
  ("Sadrist Movement", C, neg, "Sweden", "Sadr = Sadrist Movement (name files), not Iraq; call for severing ties = call for measures (condemning)"))
U(d, "Saudi Arabia's foreign ministry said it would summon Sweden's chargé d'affaires", "attacks on the holy book.",
  ("Saudi Arabia", C, neg, "Sweden", "summons + 'reckless habit of licensing' = measure and judgement"))
U(d, "The Organisation of Islamic Cooperation said no appeal to free speech", "again and again.",
  ("Organisation of Islamic Cooperation", C, neg, "Sweden", "judgement of the Swedish authorities' permits"))
U(d, "Turkey's foreign ministry denounced the treatment of the Quran", "look the other way.",
  ("Turkey", C, neg, "Sweden", "denunciation + accusation that Sweden looks away; 'Iraq's embassy' is a possessive place, not a speaker"))
U(d, "The US State Department said the overnight assault on the Swedish mission was a lawless act", "keep the protesters out.",
  ("United States", C, neg, "Iraq", "judgement of the attack + blame on Iraqi security forces (= Iraq)"))
U(d, "It said Washington had told Stockholm it could count on American help.", "It said Washington had told Stockholm it could count on American help.",
  ("United States", S, pos, "Sweden", "pronoun 'It' = the State Department; offer of help = supporting"))
U(d, "The EU's foreign policy chief, Josep Borrell, said the bloc condemned the overnight assault", "keep foreign embassies safe.",
  ("European Union", C, neg, "", "condemnation of the attack by unnamed protesters + reminder to Iraq (rule 1); attackers not named -> target empty"))
U(d, "Borrell said he wanted Baghdad and Stockholm to get their relationship back", "quickly.",
  ("European Union", T, pos, "", "wish for normal relations between both = calling_for_talks; both sides -> target empty"))
U(d, "Stéphane Dujarric, spokesperson for UN Secretary-General António Guterres", "with respect.",
  ("United Nations", T, neg, "", "concern + appeal to all sides to lower tensions (talks)"))
U(d, "Finland, whose embassy stands in the same compound in Baghdad", "its Nordic neighbour.",
  ("Finland", S, pos, "Sweden", "solidarity; 'its Nordic neighbour' = Sweden by context; Helsinki = metonym"))
U(d, "Iraqi Prime Minister Mohammed Shia al-Sudani has ordered Sweden's ambassador to leave Iraq", "said in a statement.",
  ("Iraq", C, neg, "Sweden", "expulsion + recall of its own envoy = measures; attribution tail via the government spokesman"))
U(d, "Iraq's state news agency INA later reported that the communications ministry had suspended", "Ericsson in Iraq.",
  ("Iraq", C, neg, "", "retaliatory measure by act reported via the state agency (INA is not an actor); aimed at a company -> target empty (as batch5c's measures against firms; unsure)"))
U(d, "Sweden's foreign minister, Tobias Billström, said nothing could excuse the assault", "owes foreign diplomats.",
  ("Sweden", C, neg, "Iraq", "'nothing could excuse' + Baghdad (metonym) failed its duty = judgement"))
U(d, "The ministry said it had summoned Iraq's chargé d'affaires in Stockholm to protest.", "The ministry said it had summoned Iraq's chargé d'affaires in Stockholm to protest.",
  ("Sweden", C, neg, "Iraq", "'The ministry' = Swedish MFA by context; summons in protest = measure"))
U(d, "Prime Minister Ulf Kristersson told reporters that he understood why many Muslims were offended", "not by the government.",
  ("Sweden", N, neu, "", "explanation that the government does not decide permits = a denial of responsibility without a judgement (neutral)"))
U(d, "Iraq's foreign ministry condemned the storming of the Swedish embassy", "diplomatic mission in the country.",
  ("Iraq", C, neg, "", "condemns an attack by unnamed protesters + own commitment; no actor named -> target empty"))
U(d, "It added that Baghdad had told the Swedish government on Wednesday", "on Swedish soil again.",
  ("Iraq", C, neg, "Sweden", "pronoun 'It' = Iraqi MFA; conditional threat to cut relations"))
U(d, "Sudani ordered that those who set the fire be prosecuted", "his office said.",
  ("Iraq", N, neu, "", "surname only; own legal measures against its own citizens and officers, no judgement of another actor"))
U(d, "The Swedish foreign ministry said all of its staff were safe.", "The Swedish foreign ministry said all of its staff were safe.",
  ("Sweden", N, neu, "", "fact given by an actor"))
