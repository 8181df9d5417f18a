# ------------------------------------------------------------------ Attack on the Shah Cheragh shrine, Shiraz (Iranian state media, 2022-10-27)
d = "page_iran_shahcheraghshrine2022_statemedia.txt"
# Not statements: agency masthead, menu, language bar, section line, headline, date line, news ID, photo caption, "Read more:"
# link, crossheads ("International condemnation", "Witnesses and experts"), ADVERTISEMENT, tags, related news, share bar, copyright.
U(d, "Tehran, Oct 27, PONA - The Leader of the Islamic Revolution", "punish the perpetrators.",
  ("Iran", C, neg, "", "the Leader = Iran; blames the riot instigators (not a canonical actor) + demand for punishment -> condemning, target empty"))
# "A terrorist armed with an assault rifle stormed ..." = narration in the agency's voice, no row.
U(d, "According to the governor of Fars province, Mohammad-Hadi Imanieh", "some 40 others were wounded.",
  ("Iran", N, neu, "", "provincial governor = Iran; casualty figures"))
U(d, "President Seyyed Ebrahim Raisi, chairing an emergency session", "shed in the holy shrine.",
  ("Iran", C, neg, "", "threat of retribution against the planners and their backers (unnamed)"))
U(d, "Interior Minister Ahmad Vahidi said the attacker, a foreign national", "were under way.",
  ("Iran", N, neu, "", "facts and procedure"))
U(d, "Judiciary chief Hojatoleslam Gholam-Hossein Mohseni-Ejei ordered", "everyone involved.",
  ("Iran", C, neg, "", "warning of harsh punishment = threatened response; no canonical target"))
U(d, "The Takfiri Daesh terrorist group claimed responsibility", "late on Wednesday.",
  ("Islamic State", N, neu, "", "Daesh = Islamic State; a claim of its own act reported without its words (the epithets are the agency's)"))
U(d, "Foreign Minister Hossein Amir-Abdollahian said the attack exposed the true face", "friends of the Iranian people.",
  ("Iran", C, neg, "", "judgement of unnamed governments ('true face', 'cheering on violence')"))
U(d, "Foreign Ministry spokesman Nasser Kanaani said the messages of sympathy", "called for bloodshed in Iran.",
  ("Iran", C, neg, "", "judgement of 'certain Western capitals' (several, unnamed) -> target empty"))
U(d, "Kanaani also dismissed as baseless reports on Persian-language satellite channels", "slow to respond at the shrine.",
  ("Iran", N, neg, "", "denial = neutral, negative tone; the channels are not actors"))
U(d, "Fars province announced three days of public mourning", "in Shiraz on Saturday.",
  ("Iran", N, neu, "", "province = Iran; plan/procedure"))
U(d, "UN Secretary-General Antonio Guterres, through his spokesman Stephane Dujarric", "people of the Islamic Republic.",
  ("United Nations", C, neg, "", "'denounced the attack' + condolences; perpetrator unnamed"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow resolutely denounced", "cooperation with Tehran.",
  ("Russia", C, neg, "", "denunciation + offer of cooperation: rule 1 -> condemning"))
U(d, "Chinese Foreign Ministry spokesman Wang Wenbin said Beijing firmly supported", "security and stability.",
  ("China", S, pos, "Iran", "support"))
U(d, "Syria's foreign ministry said the Syrian people, who had suffered", "solidarity of Damascus with Tehran.",
  ("Syria", S, pos, "Iran", "solidarity; Damascus and Tehran = metonyms"))
U(d, "Oman's foreign ministry sent condolences to the families of the martyrs", "spared further tragedies.",
  ("Oman", T, pos, "", "condolences + hope that Iran is spared further violence = hope for stability -> calling_for_talks (unsure: could be read as supporting)"))
U(d, "Pakistan's Foreign Office said Islamabad stood with the brotherly people of Iran", "threaten both countries.",
  ("Pakistan", S, pos, "Iran", "solidarity + offer of counter-terrorism cooperation = backing"))
U(d, "Azerbaijan, Armenia, Turkey, Venezuela and Iraq also sent messages denouncing", "offering condolences.",
  ("Azerbaijan", C, neg, "", "list of states: one row each; denouncing the attack, perpetrator unnamed"),
  ("Armenia", C, neg, "", "same list"),
  ("Turkey", C, neg, "", "same list"),
  ("Venezuela", C, neg, "", "same list"),
  ("Iraq", C, neg, "", "same list"))
U(d, "The European Union, which has been imposing sanctions on Iranian officials", "condemning the attack.",
  ("European Union", C, neg, "", "the EU's condemnation of the attack; the relative clause is the agency's background"))
U(d, "Even the US State Department issued a statement denouncing the killing of pilgrims", "from Syria to Iraq\".",
  ("United States", C, neg, "", "the US denounced the killing (perpetrator unnamed)"),
  ("Iran", C, neg, "United States", "same sentence: Kanaani's dismissal of the US statement as hypocrisy + charge of arming terrorists"))
U(d, "Zahra Karimi, a pilgrim from Marvdasht", "without looking at whom he hit.",
  ("Zahra Karimi", N, neg, "", "invented witness; account"))
U(d, "Dr. Mehdi Sadeghian, a lecturer in political science", "into bloodshed.",
  ("Mehdi Sadeghian", C, neg, "", "invented scholar; blames 'the enemies of Iran' (unnamed) for the attack"))
U(d, "He said Iran's neighbours should now sit down with Tehran", "cross the region.",
  ("Mehdi Sadeghian", T, neu, "", "appeal for regional talks/cooperation"))
