# ------------------------------------------------------------------ Haniyeh killed in Tehran (live blog, full HTML, 2024-07-31)
d = "page_haniyeh_tehran_liveblog.html"
U(d, "In a televised address, Prime Minister Benjamin Netanyahu did not mention Haniyeh", "in recent days.",
  ("Israel", N, neu, "", "own strikes reported as done, no judgement = neutral (guide); Iran's proxies only mentioned"))
U(d, "\"Whoever strikes at Israel, from any front, will pay dearly for it,\" Netanyahu said.", "Netanyahu said.",
  ("Israel", C, neg, "", "threat to any attacker; several possible parties -> target empty"))
U(d, "Hezbollah confirmed on Wednesday evening that its senior commander", "southern suburbs.",
  ("Hezbollah", N, neg, "", "own loss confirmed, no judgement in the sentence"))
U(d, "In a separate statement, the group said the assassination of Haniyeh", "had not reckoned with.",
  ("Hezbollah", C, neg, "Israel", "'the group' = Hezbollah by context; threat of a response"))
U(d, "Hezbollah also offered its condolences to Hamas", "its fighters in Gaza.",
  ("Hezbollah", S, pos, "Hamas", "solidarity with Hamas"))
U(d, "UN spokesman Stéphane Dujarric said Secretary-General António Guterres regarded", "very volatile moment.",
  ("United Nations", N, neg, "", "alarm without an appeal = neutral, negative tone (guide); Beirut and Tehran = places"))
U(d, "Guterres urged every party to show the utmost restraint", "reporters in New York.",
  ("United Nations", T, neu, "", "appeal to all parties; same speaker relayed by the spokesman"))
U(d, "Speaking in Singapore, Secretary of State Antony Blinken said Washington had no prior knowledge", "played no part in it.",
  ("United States", N, neg, "", "denial of involvement = neutral, negative tone (guide); Washington = United States"))
U(d, "He added that a ceasefire in Gaza remained the surest way", "widen the conflict.",
  ("United States", T, neu, "", "'He' = Blinken; appeal to all sides"))
U(d, "Defense Secretary Lloyd Austin said separately in Manila", "still room for diplomacy.",
  ("United States", T, pos, "", "by role with no state word (US by context); hope for diplomacy = calling_for_talks"))
U(d, "Turkish President Recep Tayyip Erdoğan condemned what he called a despicable assassination", "Gaza ceasefire talks.",
  ("Turkey", C, neg, "Israel", "perpetrator not named in the sentence; Israel by context (accused by Hamas and Iran on the page)"))
U(d, "\"Turkey will continue to stand by our Palestinian brothers, whatever the cost,\" Erdoğan wrote on X.", "Erdoğan wrote on X.",
  ("Turkey", S, pos, "Palestine", "solidarity; leader on social media"))
U(d, "Foreign Minister Hakan Fidan told reporters in Ankara", "drag the region into war.",
  ("Turkey", C, neg, "Israel", "'the Netanyahu government' = Israel; Ankara = place"))
U(d, "Russian Deputy Foreign Minister Mikhail Bogdanov told RIA Novosti", "inflame tensions further.",
  ("Russia", C, neg, "Israel", "'could not accept' = judgement; perpetrator by context; RIA Novosti = agency, not an actor"))
U(d, "Beijing \"firmly opposes and condemns\" the killing", "said at a regular briefing.",
  ("China", C, neg, "Israel", "capital as metonym, speaker named at the end (attribution tail); opposes + condemns; perpetrator by context"))
U(d, "Qatar, which hosts Hamas's political office", "its foreign ministry said.",
  ("Qatar", C, neg, "Israel", "judgement without stock words ('tramples on international law'); attribution tail; perpetrator by context"))
U(d, "Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani wrote", "across the table from it.",
  ("Qatar", C, neg, "Israel", "by role with no state word (Qatar from the previous sentence); 'one party eliminating' = accusation of Israel by context"))
U(d, "Palestinian President Mahmoud Abbas strongly condemned the killing", "news agency reported.",
  ("Palestine", C, neg, "Israel", "condemnation + appeal for unity: rule 1; WAFA = agency, not an actor"))
U(d, "President Masoud Pezeshkian, sworn in only on Tuesday", "regret their act.",
  ("Iran", C, neg, "Israel", "threat; 'terrorist occupiers' = Israel"))
U(d, "He also said Iran's ties with the Palestinian people would grow stronger", "keep backing the resistance.",
  ("Iran", S, pos, "", "backing for Palestinians and 'the resistance' (several groups) -> target empty; Tehran = Iran"))
U(d, "Iran's mission to the United Nations said it had requested an emergency meeting", "violation of Iran's sovereignty.",
  ("Iran", C, neg, "Israel", "request for a Security Council meeting made as a protest ('flagrant violation') = condemning, not talks"))
U(d, "Foreign ministry spokesman Nasser Kanaani said Washington", "responsibility for the crime.",
  ("Iran", C, neg, "United States", "'bore responsibility' aimed at Washington; Israel only mentioned as backed party"))
U(d, "Supreme Leader Ayatollah Ali Khamenei said Israel had brought a severe punishment", "statement on his website.",
  ("Iran", C, neg, "Israel", "threat of revenge"))
U(d, "The Israeli military declined to comment on reports from Tehran", "situation assessment.",
  ("Israel", N, neu, "", "army = its state (guide); no comment, no position"))
U(d, "Its chief spokesman, Rear Adm. Daniel Hagari, said Israeli forces had killed Shukr", "were planned.",
  ("Israel", N, neu, "", "own strike reported as done, no judgement = neutral (guide)"))
U(d, "Hamas said its political bureau chief was killed in a \"Zionist strike\"", "the president's inauguration.",
  ("Hamas", C, neg, "Israel", "attributing the killing to Israel ('Zionist strike') = accusation"))
U(d, "Senior official Moussa Abu Marzouk told Al-Aqsa television", "without a price.",
  ("Hamas", C, neg, "Israel", "'cowardly crime' + threat; perpetrator by context"))
U(d, "\"They think killing our leaders will break us.", "another senior Hamas official, said.",
  ("Hamas", C, neg, "Israel", "multi-sentence quote closed by its speaker; defiance with an accusation ('killing our leaders'); 'They' = Israel by context"))
U(d, "Iran's Revolutionary Guards said Haniyeh and one of his bodyguards were killed", "was under way.",
  ("Iran", N, neu, "", "IRGC = Iran (name files); facts without blame; the unnamed analyst in the same paragraph gets no row"))
