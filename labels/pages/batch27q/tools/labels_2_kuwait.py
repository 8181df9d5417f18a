# ------------------------------------------------------------------ Kuwait: the Amir suspends the National Assembly (KUNA state-agency article, 12 May 2024)
d = "page_kuwait_assembly_suspension2024_kuna.txt"
# Not statements: masthead, menu, language bar, section line, headline, date/byline line, "(end) mk.sd", the KUNA slug,
# "Related news", "Most read", copyright. Dateline 'KUWAIT, May 12 (KUNA) -- ' is excluded from the first unit.
U(d, "Leaders of the sisterly Gulf Cooperation Council (GCC) states and senior Arab officials expressed", "its supreme interests.",
  ("", S, pos, "Kuwait", "lede summary of the reactions below; the leaders are named one by one later: kept as an unnamed-speaker example, never counts for an actor"))
U(d, "His Highness the Amir had on Friday evening delivered an address", "will be studied.",
  ("Kuwait", N, neu, "", "the Amir's decision (dissolution + suspension for up to four years): a domestic constitutional measure, no actor judged = neutral"))
U(d, "In the address, His Highness the Amir said the country had passed through a period of strain", "away from harm.",
  ("Kuwait", N, neg, "", "reported clause: account of a strained period, no actor named or judged yet"))
U(d, "\"Some have chosen to close every door that we opened", "His Highness said.",
  ("Kuwait", C, neg, "", "judgement without stock words of unnamed politicians ('Some'); target not canonical -> empty"))
U(d, "His Highness the Amir affirmed that no one would be allowed to use democracy", "whatever his position.",
  ("Kuwait", C, neg, "", "warning of accountability aimed at unnamed wrongdoers = threat (condemning), target empty"))
U(d, "He stressed, at the same time, that the people of Kuwait remained the source", "not an end of the path.",
  ("Kuwait", N, pos, "", "reassurance about own conduct = neutral, positive tone"))
U(d, "The Amiri Order provides that the powers of the National Assembly", "issued by decrees.",
  ("Kuwait", N, neu, "", "procedure of the order"))
U(d, "Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud", "Kuwait's security and stability.",
  ("Saudi Arabia", S, pos, "Kuwait", "backing of the measures in a phone call"))
U(d, "His Highness the Amir expressed his deep thanks and appreciation", "two countries and peoples.",
  ("Kuwait", S, pos, "Saudi Arabia", "thanks to the King = supporting; 'the two sides' also stress relations"),
  ("Saudi Arabia", S, pos, "Kuwait", "'the two sides stressed' gives the Saudi side's position too"))
U(d, "The Saudi Ministry of Foreign Affairs, in a statement carried by the Saudi Press Agency", "stability and prosperity.",
  ("Saudi Arabia", S, pos, "Kuwait", "second-hand attribution ('in a statement carried by'); the agency is not an actor"))
U(d, "His Highness the Amir also received a telephone call from His Highness Sheikh Mohamed bin Zayed", "the decisions announced.",
  ("United Arab Emirates", S, pos, "Kuwait", "confidence and backing in a call"))
U(d, "His Majesty King Hamad bin Isa Al Khalifa", "continued security.",
  ("Bahrain", S, pos, "Kuwait", "solidarity in a cable"))
U(d, "His Highness Sheikh Tamim bin Hamad Al-Thani, Amir of the sisterly State of Qatar", "under His Highness's leadership.",
  ("Qatar", S, pos, "Kuwait", "good wishes under the leader's leadership = approval (unsure: a hope for stability could be read as calling_for_talks, but no conflict is at stake and the wish praises the leadership)"))
U(d, "The Sultanate of Oman, according to a statement from its Foreign Ministry", "and their aspirations.",
  ("Oman", S, pos, "Kuwait", "'according to a statement from'; confidence in the measures = approval"))
U(d, "GCC Secretary General Jasem Mohamed Albudaiwi affirmed in a press statement", "security of the GCC states.",
  ("Gulf Cooperation Council", S, pos, "Kuwait", "the secretary general speaks for the GCC; full support"))
U(d, "Albudaiwi said the Secretariat General was following developments closely", "through this stage.",
  ("Gulf Cooperation Council", S, pos, "Kuwait", "surname only; monitoring + confidence in the leadership = approval"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit was quoted by the League's spokesperson", "in the brotherly country.",
  ("Arab League", T, pos, "", "'was quoted as saying'; respect for sovereign decisions + hope for calm: the hope decides (calling_for_talks), no approval word"))
U(d, "Speaker of the Arab Parliament Adel bin Abdulrahman Al-Asoumi said", "national gains.",
  ("Arab Parliament", S, pos, "Kuwait", "backing"))
U(d, "The Arab Republic of Egypt, in remarks by its Foreign Ministry spokesperson", "preserve the country's stability.",
  ("Egypt", S, pos, "Kuwait", "'Cairo' metonym; confidence in the leadership"))
# "Locally, the Council of Ministers held an extraordinary session ..." = narration of a meeting, no row.
U(d, "In a statement after the session, the Council of Ministers said the government would shoulder", "within weeks.",
  ("Kuwait", N, pos, "", "plans of the government = neutral, positive tone"))
U(d, "The Ministry of Information said it would keep citizens informed", "across the country.",
  ("Kuwait", N, neu, "", "facts and plans"))
U(d, "Dr. Fahad Al-Mutawa, Professor of Constitutional Law at Kuwait University", "parliamentary system.",
  ("Fahad Al-Mutawa", N, neu, "", "invented scholar; reading of the order + 'must be used' for a domestic review, no actor judged and no peace appeal = neutral"))
U(d, "\"What matters now is that the review be serious", "Dr. Al-Mutawa said.",
  ("Fahad Al-Mutawa", T, neu, "", "appeal for an open, consultative review (dialogue with citizens) = calling_for_talks (unsure: could be neutral advice)"))
U(d, "Economic analyst Nouf Al-Shammari, of a Kuwait-based research firm", "watching for the first decrees.",
  ("Nouf Al-Shammari", N, neu, "", "invented analyst; market reading, no position on an actor"))
# "Several former members of the dissolved Assembly could not be reached for comment." = non-answer of unnamed people, no row.
