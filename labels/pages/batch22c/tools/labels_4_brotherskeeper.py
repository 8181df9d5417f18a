# ------------------------------------------------------------------ Abduction of three Israeli teenagers / Operation Brother's Keeper (live blog, scraped .txt, 2014-06-30/07-01)
d = "page_brotherskeeper_liveblog.txt"
# No row: menu, headline, standfirst, live-coverage credit, last updated, share bar, KEY EVENTS bullets, timestamps and entry headings,
# photo captions + credits + "1 of 4", ADVERTISEMENT, Related, "Show earlier updates", topics, newsletter, most viewed, comments, copyright.
U(d, "The Israeli army says its aircraft struck 34 targets", "since Sunday.",
  ("Israel", N, neg, "", "own strikes reported as done, with a stated reason, no judgement word = neutral"))
# Lerner's quote ("The targets were chosen ...") left without a row; Gaza residents and the outlet's own line: no rows.
U(d, "Hamas spokesman Sami Abu Zuhri has again denied", "abduction of the three.",
  ("Hamas", N, neg, "", "denial = neutral, negative"))
U(d, "Speaking from Gaza, Abu Zuhri said Israel was building a story", "Netanyahu's threats.",
  ("Hamas", C, neg, "Israel", "accusation that Israel fabricates a pretext; Gaza = place; Netanyahu's threats = object"))
U(d, "\"If they bring a war to Gaza, they will find us ready", "he said.",
  ("Hamas", C, neg, "Israel", "quote opened mid-paragraph, closed by 'he said'; threat"))
# "President Barack Obama has issued a written statement." + the citizenship line = narration, no row.
U(d, "Obama said his thoughts were with the boys' parents and condemned", "nothing could justify.",
  ("United States", C, neg, "", "condemnation of the killing; perpetrators not named -> target empty"))
U(d, "He said Israel could count on the United States", "from the first day.",
  ("United States", S, pos, "Israel", "pronoun = Obama; backing + help offered = supporting; Washington = metonym"))
U(d, "The statement also urged Israelis and Palestinians to avoid any action", "find those responsible.",
  ("United States", T, neu, "", "appeal for restraint to both sides + cooperation = calling_for_talks; target empty (two parties)"))
# "Prime Minister Benjamin Netanyahu opened the emergency meeting ..." = narration; his first quoted sentence (the finding of the bodies) left without a row.
U(d, "\"They were taken and killed by men without a shred of humanity.", "without a shred of humanity.",
  ("Israel", C, neg, "", "quote continued after 'he said' = own unit; judgement of the killers (unnamed) -> target empty"))
U(d, "Those who sent them will answer for it, and Hamas first of all.\"", "first of all.\"",
  ("Israel", C, neg, "Hamas", "threat naming Hamas = condemning"))
U(d, "He spoke of the families at length before returning to the same theme", "he said.",
  ("Israel", C, neg, "", "summary clause, then a position after a colon: the killers will be found (threat) + decision pending; target empty"))
# "Ministers were reported to be divided ..." = unnamed speakers, no row.
# "Palestinian president Mahmoud Abbas has called an urgent meeting ..., his office said." = procedure, left without a row.
U(d, "His spokesman, Nabil Abu Rudeineh, told Levant Live", "Palestinian people.",
  ("Palestine", C, neg, "Israel", "role then name; warning against 'collective punishment' = judgement aimed at Israel (rule 1 over the opposition to harming civilians)"))
U(d, "Abbas had already condemned the abduction in unusually direct language", "in the search.",
  ("Palestine", C, neg, "", "earlier condemnation recalled as a specific act; perpetrators unnamed -> target empty; Jeddah = place; the defence of cooperation with Israel sits in the same sentence"))
U(d, "The EU's foreign policy chief, Catherine Ashton, says she is appalled", "three boys.",
  ("European Union", N, neg, "", "shock without a judgement of an actor or an appeal = neutral, negative"))
U(d, "In a statement issued in Brussels, Ashton called it a cruel and cowardly crime", "further loss of life.",
  ("European Union", C, neg, "", "judgement + justice + restraint appeal: rule 1; target empty; Brussels = place"))
U(d, "The bloc, she added, stood by the families and the people of Israel", "in their grief.",
  ("European Union", S, pos, "Israel", "'The bloc' = EU; solidarity = supporting"))
U(d, "UN Secretary-General Ban Ki-moon \"strongly condemns\" the killings", "in a statement.",
  ("United Nations", C, neg, "", "condemnation + hope for justice: rule 1; target empty"))
U(d, "Ban asked both sides to hold back", "protect civilians.",
  ("United Nations", T, neg, "", "restraint + protection of civilians, no judgement = calling_for_talks"))
U(d, "The UN's Middle East envoy, Robert Serry, said earlier this month", "during raids.",
  ("United Nations", N, neg, "", "concern without an appeal, with figures = neutral, negative"))
# "We asked two analysts how the next days could unfold." = the outlet, no row; Ben-Ami's introductory clause is inside the first unit's paragraph.
U(d, "\"The public wants a response, the army has spent 18 days inside Hebron", "he said.",
  ("Yossi Ben-Ami", N, neg, "", "independent analyst (former officer now at a think tank); pressures and risks, no judgement"))
U(d, "\"My guess is that we will see air strikes first", "border towns.\"",
  ("Yossi Ben-Ami", N, neg, "", "continued quote: scenario = neutral"))
U(d, "Ben-Ami said the two suspects named by Israel last week", "gave the order.",
  ("Yossi Ben-Ami", N, neu, "", "surname alone; analysis; Israel is an object"))
# Sarraj's introductory sentence and "If there is a war in Gaza ..." left without rows.
U(d, "\"Abbas is squeezed between an Israeli public that holds him responsible", "Sarraj said.",
  ("Nadim Sarraj", N, neg, "", "independent scholar; Abbas's dilemma; the Israeli public's view inside his sentence is not an actor's position"))
U(d, "\"More than 400 people are in detention", "before the violence spread.",
  ("Nadim Sarraj", C, neg, "", "judgement of the arrests ('not an investigation, a campaign') + appeal: rule 1; Israel implied, not named -> target empty; 'He said the scale ...' before it = summary line, no row"))
U(d, "Defence minister Moshe Ya'alon said in a televised statement", "were caught.",
  ("Israel", N, neg, "", "troops stay until the suspects are caught = plan in war vocabulary, neutral (the threat follows in the quote)"))
U(d, "\"We will reach them, and anyone who helped them,\" Ya'alon said.", "Ya'alon said.",
  ("Israel", C, neg, "", "threat against the suspects and helpers; the continued quote ('The army and the Shin Bet ...') gets no row"))
# "The Israeli army says the three bodies were found ..." and "Military officials said ..." = facts, left without rows.
U(d, "The army last week named two Hamas members from Hebron", "night of the abduction.",
  ("Israel", C, neg, "Hamas", "naming Hamas members as the suspects = accusation (unsure: could be read as a neutral investigative step)"))
# Recap: "For readers just joining us ..." (outlet) and the disappearance (narration): no rows.
U(d, "Netanyahu blamed Hamas within three days and held Abbas responsible", "Palestinian Authority's business.",
  ("Israel", C, neg, "", "blame on Hamas and the PA = two targets -> empty"))
U(d, "The PA security forces' spokesman, Adnan al-Damiri, dismissed that charge", "allowed to enter.",
  ("Palestine", N, neg, "", "PA security forces = Palestine; rebuttal of a charge = denial, neutral"))
# "The army detained about 400 Palestinians ..." (narration) and the toll "according to Palestinian health officials" left without rows.
U(d, "US secretary of state John Kerry spoke to both Netanyahu and Abbas", "home safely.",
  ("United States", T, pos, "", "diplomacy with both governments for a safe return = calling_for_talks; Washington = metonym"))
U(d, "Israel's army chief, Lieutenant General Benny Gantz, said at the time", "in the West Bank.",
  ("Israel", C, neg, "Hamas", "announced aim of the operation against Hamas = condemning"))
