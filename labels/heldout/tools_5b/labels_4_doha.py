# ------------------------------------------------------------------ Israeli strike in Doha (live blog, full HTML, 2025-09-09)
d = "page_doha_strike_liveblog.html"
U(d, "The Israeli military and the Shin Bet security agency said they had struck", "without saying where.",
  ("Israel", N, neu, "", "own strike reported as done, no judgement in this sentence (guide)"))
U(d, "Those targeted had steered the group for years", "the military said in a statement.",
  ("Israel", C, neg, "Hamas", "position before the speaker; accusation of responsibility for October 7"))
U(d, "Qatari foreign ministry spokesman Majed al-Ansari said the strike", "every international norm.",
  ("Qatar", C, neg, "Israel", "'reckless and criminal act'; Israel named only in the entry heading/context"))
U(d, "\"Our country's security is a red line", "opened a full inquiry.",
  ("Qatar", C, neg, "Israel", "quote before the speaker (surname only); threat of accountability"))
U(d, "The interior ministry said one member of Qatar's Internal Security Force", "several others wounded.",
  ("Qatar", N, neu, "", "'The interior ministry' = Qatar's (context); casualty figures"))
U(d, "\"No other country had a hand in today's operation.", "Netanyahu's office said.",
  ("Israel", N, neu, "", "multi-sentence quote closed by the PM's office; claiming sole responsibility for its own act, no judgement"))
U(d, "Defence Minister Israel Katz wrote that Hamas's leaders", "wherever they hide.",
  ("Israel", C, neg, "Hamas", "threat"))
U(d, "Senior Hamas official Suhail al-Hindi told Al Jazeera", "survived the attack.",
  ("Hamas", N, neu, "", "fact; Al Jazeera = media, not an actor"))
U(d, "In a later statement, Hamas said five of its members had been killed", "director of his office.",
  ("Hamas", N, neu, "", "casualty figures without blame in this sentence"))
U(d, "The group said the strike was an attempt to sabotage", "no interest in any agreement.",
  ("Hamas", C, neg, "Israel", "'The group' = Hamas; accusation"))
U(d, "Hamas also held the US administration jointly responsible", "emboldened the Israeli government.",
  ("Hamas", C, neg, "United States", "'jointly responsible'"))
U(d, "White House press secretary Karoline Leavitt said the US military had informed", "to warn Qatar.",
  ("United States", N, neu, "", "facts about notification and a warning passed on"))
U(d, "The president did not believe that a unilateral strike", "Leavitt told reporters.",
  ("United States", C, neg, "Israel", "judgement without stock words on Israel's act; unsure: mild (could be read as neutral)"))
U(d, "She added that, in Trump's view, destroying Hamas", "a legitimate aim.",
  ("United States", C, neg, "Hamas", "unsure: endorsing the aim of destroying Hamas read as hostile judgement on Hamas; could be supporting Israel"))
U(d, "Al-Ansari dismissed the US account", "already being heard in Doha.",
  ("Qatar", N, neg, "", "denial of the US account of an advance warning -> neutral, negative; 'a US official' takes no position; Doha = place"))
U(d, "UN Secretary-General António Guterres said Israel had trampled", "sabotaging the effort.",
  ("United Nations", C, neg, "Israel", "judgement + appeal for a truce: rule 1"))
U(d, "Saudi Crown Prince Mohammed bin Salman told Qatar's emir", "chose to take.",
  ("Saudi Arabia", S, pos, "Qatar", "solidarity + backing"))
U(d, "The Saudi foreign ministry separately denounced", "Qatari sovereignty.",
  ("Saudi Arabia", C, neg, "Israel", "'brutal Israeli aggression'"))
U(d, "Jordan, Egypt, Kuwait, and Turkey condemned the attack", "threatened regional security.",
  ("Jordan", C, neg, "Israel", "list with Oxford comma: one row per state"),
  ("Egypt", C, neg, "Israel", "list: one row per state"),
  ("Kuwait", C, neg, "Israel", "list: one row per state"),
  ("Turkey", C, neg, "Israel", "list: one row per state"))
U(d, "Gulf Cooperation Council Secretary-General Jasem Albudaiwi said", "full solidarity with Doha.",
  ("Gulf Cooperation Council", C, neg, "Israel", "'treacherous act' + solidarity: rule 1; Doha = Qatar, only mentioned"))
U(d, "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani called", "respond to the attack.",
  ("Qatar", C, neg, "Israel", "'state terrorism' + reserving the right to respond (threat); Doha = Qatar, the same actor"))
U(d, "British Prime Minister Keir Starmer said the strikes were a breach", "aid to flow.",
  ("United Kingdom", C, neg, "Israel", "judgement + appeals: rule 1"))
U(d, "French President Emmanuel Macron said no justification could make the strike acceptable", "Qatar and its emir.",
  ("France", C, neg, "Israel", "'no justification ... acceptable' = judgement without stock words; solidarity in the same sentence: rule 1"))
U(d, "Pope Leo told reporters at Castel Gandolfo", "pressing for peace.",
  ("Holy See", T, neg, "", "alarm + appeal for peace, no judgement"))
U(d, "Opposition leader Yair Lapid praised the security services", "bold and precise operation.",
  ("Yesh Atid", S, pos, "Israel", "opposition leader = his party (Yesh Atid), praising his state's security services"))
U(d, "The Hostages and Missing Families Forum said it feared", "bring all of them home.",
  ("Hostages and Missing Families Forum", T, neg, "Israel", "fear + appeal to the government for a deal, no judgement"))
U(d, "Trump said on his social media platform that he had spoken to the emir", "on Qatari territory.",
  ("United States", S, pos, "Qatar", "reassurance to the emir = backing Qatar"))
