# ------------------------------------------------------------------ Kuwait's expulsion of Iranian diplomats after the Abdali cell verdict (Gulf state media, 2017-07-21)
d = "page_kuwait_iran_abdali_expulsions2017_statemedia.txt"
# Not statements: agency masthead, menu, language bar, date line, headline, section/time stamp, [PHOTO ...] captions with "1 of 3",
# ADVERTISEMENT, "-- Saudi Arabia --" style crossheads, "(end)" slug, related news, tags, share bar, most read, copyright.
U(d, "The Kingdom of Saudi Arabia, the Kingdom of Bahrain and the United Arab Emirates have voiced", "its security and stability.",
  ("Saudi Arabia", S, pos, "Kuwait", "dateline 'KUWAIT, July 21 (KONS) -- ' excluded; list of three states: one row each"),
  ("Bahrain", S, pos, "Kuwait", "same sentence, second state"),
  ("United Arab Emirates", S, pos, "Kuwait", "same sentence, third state"))
U(d, "The Ministry of Foreign Affairs had on Thursday summoned the Iranian Ambassador", "between the two countries.",
  ("Kuwait", C, neg, "Iran", "summons + expulsion of diplomats + closure of offices + freeze = measures against Iran = condemning"))
U(d, "An official source at the ministry said the steps followed the final ruling", "from Iranian parties.",
  ("Kuwait", C, neg, "Iran", "unnamed official of a named ministry; accusation that Iranian parties backed the cell"))
# "The Court of Cassation on June 18 convicted 21 defendants ..." = background (court ruling), no row.
U(d, "Acting Minister of Information and Minister of State for Cabinet Affairs Sheikh Mohammad", "governing diplomatic relations.",
  ("Kuwait", N, neu, "", "procedural justification of the own decision, no judgement in the sentence"))
U(d, "\"The security of Kuwait and its people is not open to bargaining", "Sheikh Mohammad said.",
  ("Kuwait", C, neg, "", "warning to whoever tampers with Kuwait's security = threat; no one named -> target empty"))
U(d, "Deputy Foreign Minister Khaled Al-Jarallah told KONS that Kuwait still hoped", "remained open.",
  ("Kuwait", T, pos, "Iran", "hope for good-neighbourly relations + open door to dialogue = calling_for_talks; KONS (invented outlet) is not an actor"))
U(d, "An official source at the Saudi Ministry of Foreign Affairs, quoted by the Saudi Press Agency", "safety of its citizens.",
  ("Saudi Arabia", S, pos, "Kuwait", "backing of Kuwait's steps; SPA is not an actor"))
U(d, "The source said the Abdali case was fresh proof of Iran's continued interference", "sponsorship of terrorism.",
  ("Saudi Arabia", C, neg, "Iran", "accusation of interference and sponsorship of terrorism"))
U(d, "The Bahraini Ministry of Foreign Affairs affirmed in a statement the Kingdom's solidarity", "measures it has taken.",
  ("Bahrain", S, pos, "Kuwait", "solidarity + backing"))
U(d, "The ministry called on the international community to take a decisive stand", "hostile policies in the region.",
  ("Bahrain", C, neg, "Iran", "call for a firm stand against 'hostile policies' = judgement + call for measures"))
U(d, "UAE Minister of State for Foreign Affairs Dr Anwar Gargash praised Kuwait's measured response", "in a post on Twitter.",
  ("United Arab Emirates", S, pos, "Kuwait", "praise of Kuwait's response; leader on social media"))
U(d, "He added that Tehran's meddling was now plain", "counselled patience with it.",
  ("United Arab Emirates", C, neg, "Iran", "pronoun = Gargash; judgement ('meddling') of Tehran (metonym)"))
U(d, "GCC Secretary-General Dr Abdullatif bin Rashid Al-Zayani expressed the Council's full backing", "a legitimate sovereign right.",
  ("Gulf Cooperation Council", S, pos, "Kuwait", "backing of Kuwait's measures"))
U(d, "He called on Iran to build its relations with the GCC states on good neighbourliness", "respect for their sovereignty.",
  ("Gulf Cooperation Council", T, neu, "Iran", "appeal to Iran for good-neighbourly relations, no judgement word = calling_for_talks"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit affirmed the League's solidarity with Kuwait", "protect its national security.",
  ("Arab League", S, pos, "Kuwait", "solidarity + support"))
U(d, "Speaker of the Arab Parliament Dr Meshaal bin Fahm Al-Salami condemned", "through cells and militias.",
  ("Arab Parliament", C, neg, "Iran", "the Arab League's parliamentary body (new actor); condemnation"))
U(d, "In Cairo, Egyptian Foreign Ministry spokesman Ahmed Abu Zeid said Egypt supported Kuwait", "safeguard its security.",
  ("Egypt", S, pos, "Kuwait", "support; Cairo = place"))
U(d, "Jordan's Minister of State for Media Affairs and government spokesman Dr Mohammad Al-Momani said the Kingdom stood by Kuwait", "undermine its stability.",
  ("Jordan", S, pos, "Kuwait", "'the Kingdom' = Jordan by context; solidarity"))
U(d, "The Organisation of Islamic Cooperation Secretary-General Dr Yousef Al-Othaimeen expressed", "solidarity with Kuwait.",
  ("Organisation of Islamic Cooperation", S, pos, "Kuwait", "solidarity"))
U(d, "The Yemeni government also announced its support for Kuwait's measures", "issued in Riyadh.",
  ("Yemen", S, pos, "Kuwait", "support; Riyadh = place of issue"))
U(d, "Qatar's Ministry of Foreign Affairs said it hoped that differences in the region", "security of the Gulf.",
  ("Qatar", T, pos, "", "hope for settlement through dialogue = calling_for_talks; aimed at no one"))
U(d, "In Tehran, Iranian Foreign Ministry spokesman Bahram Qasemi rejected the accusations", "according to Iranian media.",
  ("Iran", N, neg, "", "denial ('baseless') = neutral, negative"))
U(d, "Qasemi said Tehran had summoned Kuwait's charge d'affaires to protest", "weigh a matching step.",
  ("Iran", C, neg, "Kuwait", "summons in protest + 'regrettable' + a reciprocal step weighed = condemning"))
U(d, "Speaker of the National Assembly Marzouq Ali Al-Ghanim said the government's decision had the backing", "behind their leadership.",
  ("Kuwait", N, pos, "", "the own parliament's backing for the own government = same state, self-praise = neutral, positive"))
U(d, "The Ministry of Interior said in a separate statement that the security services were pursuing", "any information about them.",
  ("Kuwait", N, neu, "", "operational facts and a request to citizens"))
U(d, "Dr Fahad Al-Mutairi, professor of political science at Kuwait University, told KONS", "without severing relations.",
  ("Fahad Al-Mutairi", N, neu, "", "invented scholar (person); analysis"))
U(d, "\"Kuwait has left room for Tehran to review its conduct", "Al-Mutairi said.",
  ("Fahad Al-Mutairi", T, neu, "Iran", "advice that Iran take the chance to change course = appeal; no explicit judgement"))
