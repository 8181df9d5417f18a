# ------------------------------------------------------------------ Maguindanao massacre (Philippine daily, full HTML, 2009-11-26)
d = "page_maguindanao_massacre_phdaily_2009.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, the three figcaptions with
# "1 of 3" and credits, ADVERTISEMENT, crossheads, Related, tags, share bar, readers' comments, most read, newsletter, footer.
U(d, "Datu Unsay Mayor Andal Ampatuan Jr. gave himself up", "multiple murder within days.",
  ("Andal Ampatuan Jr.", N, neg, "", "dateline excluded; the suspect's denial = neutral, negative (he speaks for himself, not a body)"),
  ("Philippines", C, neg, "Andal Ampatuan Jr.", "Justice Secretary announces a murder charge = holds him responsible = condemning"))
# "Ampatuan, the son of Maguindanao Gov. ..., was flown ..." = narration, no row.
U(d, "Presidential adviser on Mindanao Jesus Dureza, who went to the Ampatuan family compound", "attached to his surrender.",
  ("Philippines", N, neu, "", "presidential adviser = Philippines; account of the surrender, no judgement"))
U(d, "\u201cHe came out, he shook my hand and he got on the helicopter,\u201d Dureza said.", "Dureza said.",
  ("Philippines", N, neu, "", "quote closed by its speaker; description"))
U(d, "\u201cWhatever he has to say, he can now say to the prosecutors.\u201d", "say to the prosecutors.\u201d",
  ("Philippines", N, neu, "", "quote continued after the attribution; procedure"))
U(d, "Speaking briefly to reporters before he boarded, Ampatuan said he was innocent", "operate in the area.",
  ("Andal Ampatuan Jr.", C, neg, "Moro Islamic Liberation Front", "denial + blame on an MILF commander: the accusation decides = condemning"))
U(d, "The MILF dismissed the claim as a desperate attempt", "from Camp Darapanan.",
  ("Moro Islamic Liberation Front", C, neg, "Andal Ampatuan Jr.", "unnamed spokesman of a named group; denial + judgement of the claim ('desperate attempt') and a pointed accusation = condemning"))
U(d, "Police said the bodies of 57 people had been recovered", "on Monday morning.",
  ("Philippines", N, neu, "", "police = state; figures with no blame = neutral"))
# "Among the dead were Mangudadatu's wife ..." = narration, no row.
U(d, "Mangudadatu, who had sent his wife to file the papers", "responsible for the deaths.",
  ("Esmael Mangudadatu", C, neg, "", "the rival candidate under his own name (a vice mayor speaking as bereaved rival, not for the state); holds the clan responsible; family -> target empty"))
U(d, "Mangudadatu thanked the soldiers who escorted his family", "the local police would not.",
  ("Esmael Mangudadatu", S, pos, "Philippines", "thanks to the army (the state's forces) = supporting; the jab at the local police is secondary (unsure: mixed)"))
U(d, "\u201cThey knew I was coming for the governorship and they answered with guns,\u201d", "at his home in Buluan.",
  ("Esmael Mangudadatu", C, neg, "", "accusation without a stock word; 'They' = the Ampatuan family -> target empty"))
U(d, "\u201cI will still file.", "my wife died for nothing.\u201d",
  ("Esmael Mangudadatu", N, neg, "", "quote continued; own plan, grief"))
U(d, "President Gloria Macapagal-Arroyo, who declared Thursday a national day of mourning", "under a state of emergency.",
  ("Philippines", C, neg, "", "order to disarm the private armies = announced operation against armed groups = condemning; no canonical target"))
U(d, "Press Secretary Cerge Remonde said the President had instructed Devanadera", "party of the accused.\u201d",
  ("Philippines", C, neg, "", "pledge to prosecute the accused whoever they are = announced legal response (unsure: could be neutral procedure)"))
U(d, "The administration party Lakas-Kampi-CMD expelled the governor", "such gravity.",
  ("Lakas-Kampi-CMD", C, neg, "", "expulsion of three members = a measure taken with a stated grievance = condemning; three people -> target empty"))
U(d, "Interior Secretary Ronaldo Puno said the provincial police director", "pending investigation.",
  ("Philippines", N, neu, "", "disciplinary step against own officers, no judgement on another actor = neutral"))
# "Press groups and the opposition said the government shared the blame." = summary line, no row.
U(d, "The National Union of Journalists of the Philippines said the Arroyo administration", "those who armed them.\u201d",
  ("National Union of Journalists of the Philippines", C, neg, "Philippines", "blames the government for arming the clan"))
U(d, "The New York-based Committee to Protect Journalists urged President Arroyo", "to come forward.",
  ("Committee to Protect Journalists", T, neg, "Philippines", "appeal for arrests, trials and witness protection with no judgement = calling_for_talks (like demands for an inquiry)"))
U(d, "Sen. Benigno Aquino III, the Liberal Party\u2019s presidential candidate, said", "protection for votes.",
  ("Liberal Party (Philippines)", C, neg, "Philippines", "the party's presidential candidate speaks for the opposition party; judgement of the government"))
U(d, "\u201cMalaca\u00f1ang fed this monster for eight years,\u201d he said", "in Quezon City.",
  ("Liberal Party (Philippines)", C, neg, "Philippines", "judgement without a stock word; Malacanang = metonym for the government"))
U(d, "Human Rights Watch said the government should immediately dissolve", "belong to them.",
  ("Human Rights Watch", C, neg, "Philippines", "demand + accusation that the government armed the militias: the accusation decides"))
U(d, "In New York, United Nations Secretary-General Ban Ki-moon condemned the killings", "swiftly.",
  ("United Nations", C, neg, "", "condemnation + call for justice (rule 1); perpetrators unnamed -> target empty"))
U(d, "UNESCO Director-General Irina Bokova said the killing of so many media workers", "right to be informed.",
  ("UNESCO", C, neg, "", "judgement of the attack without a stock word; perpetrators unnamed"))
U(d, "The United States Embassy in Manila said Washington was shocked", "requested it.",
  ("United States", S, neg, "Philippines", "shock + offer of forensic help = offered assistance = supporting (negative tone from the shock)"))
U(d, "The European Union, in a statement issued by its delegation in Manila", "transparent investigation.",
  ("European Union", C, neg, "", "condemnation + confidence in the investigation: judgement decides (rule 1)"))
# "Analysts in Mindanao warned that ..." = unnamed analysts, no row.
U(d, "\u201cThe Ampatuans did not grow this powerful in a vacuum,\u201d", "in Cotabato City.",
  ("Amina Salendab", C, neg, "Philippines", "invented scholar; implies the state let the clan grow = judgement"))
U(d, "\u201cEvery national government since 2001 needed their votes", "in return.\u201d",
  ("Amina Salendab", C, neg, "Philippines", "quote continued; accusation that governments armed the clan"))
U(d, "Salendab said the state of emergency could help", "direct control of the province.",
  ("Amina Salendab", N, neg, "", "conditional assessment and risk forecast, no judgement"))
U(d, "She said the government and the MILF should resume", "cover to private armies.",
  ("Amina Salendab", T, neu, "", "appeal to resume peace talks; two parties -> target empty"))
U(d, "In Barangay Salman, a farmer who saw the convoy being stopped said", "off the highway.",
  ("Rodel Pasandalan", N, neg, "", "invented witness, named in the next paragraph (same speaker); eyewitness facts"))
U(d, "\u201cI saw them take the vans up the hill", "near the national road.",
  ("Rodel Pasandalan", N, neg, "", "eyewitness account, closed by the attribution"))
U(d, "\u201cWe hid in the house.", "are in jail.\u201d",
  ("Rodel Pasandalan", C, neg, "", "quote continued; wants the killers jailed = negative judgement on the (unnamed) perpetrators"))
