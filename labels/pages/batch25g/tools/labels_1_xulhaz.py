# ------------------------------------------------------------------ Dhaka: the murders of Xulhaz Mannan and Mahbub Rabbi Tonoy (international wire copy, 2016-04-26)
d = "page_dhaka_xulhaz_kalabagan2016_wire.txt"
# Not statements: menu, headline, byline, time stamp, the four bullets, ADVERTISEMENT, capitals crossheads, credits, Related Coverage, Our Standards, tags, most read.
U(d, "The United States on Tuesday pressed Bangladesh", "defending others.",
  ("United States", C, neg, "", "dateline excluded; lede: appeal to Dhaka + 'an act of pure cowardice' (judgement decides, rule 1); aimed at the unknown killers -> target empty"))
U(d, "A Bangladeshi group that says it is part of al Qaeda", "Muslim-majority country.",
  ("Ansar al-Islam", C, neg, "", "claim of the killings with the group's own charge against the victims (persons, not actors) -> condemning, target empty (unsure: a claim of one's own act could be read neutral)"))
# "Xulhaz Mannan, 35, ...", "Five or six young men ...", "The murders are the latest ..." = narration/background, no row.
U(d, "Secretary of State John Kerry said in a statement late on Monday", "their own cowardice.",
  ("United States", C, neg, "", "judgement of the killers without a stock word ('shown the world nothing but their own cowardice')"))
U(d, "He said Mannan had been", "in the weeks ahead.",
  ("United States", N, pos, "", "'He' = Kerry; tribute to the victim and a pledge to his family (not an actor) = neutral, positive in tone (unsure: could be read supporting)"))
U(d, "State Department spokesman John Kirby told the daily briefing", "in their own home.",
  ("United States", C, neg, "", "reported clause; the killing cannot be explained away = judgement"))
U(d, "\"We expect the government of Bangladesh to bring every one", "to do it quickly.",
  ("United States", T, neu, "Bangladesh", "quote opened in one paragraph and carried into the next; demand for prosecution with no judgement = calling_for_talks (as demands for an inquiry)"))
U(d, "\"People who speak up for the rights of others", "Kirby said.",
  ("United States", T, neg, "Bangladesh", "speaker carried across the paragraph break; appeal to protect activists = calling_for_talks"))
U(d, "The spokesman said Washington had offered", "with the case.",
  ("United States", S, neu, "Bangladesh", "'the spokesman' = Kirby; offer of forensic help = backing by act"))
U(d, "According to a statement from the U.S. embassy in Dhaka", "nearly a decade.",
  ("United States", N, neg, "", "'according to a statement from'; grief without appeal or judgement = neutral, negative"))
U(d, "Nisha Desai Biswal, the State Department's top official", "the department said.",
  ("United States", N, neu, "", "travel plan, attribution tail"))
U(d, "Prime Minister Sheikh Hasina accused the opposition", "news agency BSS.",
  ("Bangladesh", C, neg, "", "'in remarks carried by the state news agency' (BSS is not an actor); accusation of two parties -> target empty"))
U(d, "Home Minister Asaduzzaman Khan told reporters", "\"very soon\".",
  ("Bangladesh", N, neu, "", "progress of the inquiry and plans"))
U(d, "He said the killers belonged to local militant outfits", "presence in Bangladesh.",
  ("Bangladesh", N, neg, "", "'He' = the home minister; denial of an IS/al Qaeda presence = neutral, negative"))
# "Officers sealed off the building ..." = narration of police work, no row.
U(d, "Mirza Fakhrul Islam Alamgir, secretary general of the BNP", "scapegoat for them.",
  ("Bangladesh Nationalist Party", N, neg, "", "denial of the prime minister's charge = neutral, negative"))
U(d, "\"A government that cannot keep a man safe", "Fakhrul told a news conference.",
  ("Bangladesh Nationalist Party", C, neg, "Bangladesh", "surname only; judgement of the government's failure without a stock word"))
U(d, "Jamaat-e-Islami, in a statement signed by its acting secretary general", "as baseless.",
  ("Jamaat-e-Islami", N, neg, "", "rejecting an accusation = denial, neutral, negative"))
U(d, "In a joint local statement, the delegation of the European Union", "stand trial.",
  ("European Union", T, neu, "Bangladesh", "joint statement by a list: one row per listed actor; appeal to protect people at risk and try the killers"),
  ("Norway", T, neu, "Bangladesh", "listed in the joint statement"),
  ("Switzerland", T, neu, "Bangladesh", "listed in the joint statement"))
U(d, "The diplomats said they were deeply troubled", "believe or are.",
  ("European Union", N, neg, "", "'the diplomats' = the joint statement's signatories; concern without an appeal = neutral, negative"),
  ("Norway", N, neg, "", "same joint statement"),
  ("Switzerland", N, neg, "", "same joint statement"))
U(d, "Hugo Swire, the British Foreign Office minister", "work without fear.",
  ("United Kingdom", C, neg, "", "judgement ('a vicious assault') joined to an appeal: rule 1; aimed at the unknown killers -> target empty"))
U(d, "A spokesman for the U.N. human rights office in Geneva, Rupert Colville", "over the past year.",
  ("United Nations", N, neg, "", "UN human rights office = United Nations; alarm without an appeal = neutral, negative"))
U(d, "Colville said the government had a duty", "who the victims are\".",
  ("United Nations", T, neu, "Bangladesh", "surname only; appeal to investigate and protect, no judgement = calling_for_talks"))
U(d, "Amnesty International's South Asia director, Champa Patel", "take root.",
  ("Amnesty International", C, neg, "Bangladesh", "judgement of the authorities' response ('arrests for show')"))
U(d, "Nusrat Jahan Chowdhury, who studies political violence", "\"a comfort that costs lives\".",
  ("Nusrat Jahan Chowdhury", C, neg, "Bangladesh", "invented analyst; judgement of the government's line without a stock word"))
U(d, "\"The claim tells you these cells", "Chowdhury said.",
  ("Nusrat Jahan Chowdhury", N, neu, "", "assessment of the networks, no judgement or appeal"))
U(d, "She said the greater danger in the coming weeks", "networks behind them.",
  ("Nusrat Jahan Chowdhury", N, neg, "", "risk forecast, no appeal"))
U(d, "Abdul Karim, who runs a tea stall", "turned the corner.",
  ("Abdul Karim", N, neu, "", "invented named witness; account of what he saw"))
U(d, "\"I thought it was a fight over money", "he said.",
  ("Abdul Karim", N, neg, "", "witness account, no position"))
