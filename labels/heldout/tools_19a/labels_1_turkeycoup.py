# ------------------------------------------------------------------ failed coup attempt in Turkey and reactions (live blog, plain text, reverse order, 2016-07-16)
d = "page_turkey_coup_liveblog.txt"
PHC = "Peace at Home Council"
U(d, "Fethullah Gulen, the Pennsylvania-based preacher whom Ankara accuses", "no part in it.",
  ("Fethullah Gulen", N, neg, "", "independent person under his own name; bare denial of the accusation = neutral, negative (guide); 'Ankara accuses' sits in a relative clause (narrative)"))
U(d, "He went further, suggesting that the government itself", "purging its opponents.",
  ("Fethullah Gulen", C, neg, "Turkey", "'He' = Gulen; counter-accusation that the government staged the uprising = judgement"))
U(d, "Turkey's labour minister, Suleyman Soylu, told a television channel", "had a hand in the plot.",
  ("Turkey", C, neg, "United States", "minister introduced by role = Turkey; accusation; Washington = metonym"))
U(d, "Secretary of State John Kerry hit back in a telephone call", "the State Department said.",
  ("United States", N, neg, "", "denial of the accusation ('played no part whatsoever') with an attribution tail = neutral, negative; Cavusoglu only addressed"))
U(d, "The ruling AK Party, the main opposition Republican People's Party (CHP)", "on parliament itself.",
  ("Turkey", C, neg, PHC, "joint declaration of four parties, one row each; AK Party is an alias of Turkey in the name files (ruling party); target = the faction that named itself on the page"),
  ("Republican People's Party", C, neg, PHC, "same joint declaration (list of four parties)"),
  ("Nationalist Movement Party", C, neg, PHC, "same joint declaration"),
  ("Peoples' Democratic Party", C, neg, PHC, "same joint declaration; HDP declared in new_actors.csv"))
U(d, "Athens said it would return the helicopter to Turkey", "as quickly as possible.",
  ("Greece", S, pos, "Turkey", "backing by act: handing back the Black Hawk to Ankara; Athens = metonym (unsure: could be read as a neutral procedure)"))
U(d, "Government spokeswoman Olga Gerovasili said the asylum claims", "overthrow democracy.",
  ("Greece", N, neu, "", "spokeswoman by role, Greek government by context; procedure (asylum under international law), no judgement of an actor"))
U(d, "Speaking outside his office in Ankara with the chief of general staff", "had been detained.",
  ("Turkey", N, neu, "", "PM's casualty and detention figures = neutral, neutral tone; Akar only mentioned"))
U(d, "Yildirim then turned to the cleric across the Atlantic:", "as the head of one.",
  ("Turkey", C, neg, "Fethullah Gulen", "quotation opened after a colon and left open (continues in the next paragraph); 'terror network' = accusation of Gulen"))
U(d, "\"Those who give him shelter will have to explain themselves", "he said.",
  ("Turkey", C, neg, "", "quotation continued over the paragraph break, same speaker (Yildirim); veiled warning to whoever shelters Gulen, no state named -> target empty"))
U(d, "Iran's foreign minister, Mohammad Javad Zarif, praised the Turks", "future in the region.",
  ("Iran", S, pos, "Turkey", "praise for those who defended the elected government = support; minister introduced by role"))
U(d, "Erdogan, who flew into Istanbul's Ataturk airport before dawn", "made to answer for it.",
  ("Turkey", C, neg, PHC, "surname only (well-known leader); treason + threat of punishment"))
U(d, "Jens Stoltenberg, the alliance's secretary-general, said he had been on the phone", "had to be upheld.",
  ("NATO", T, neu, "", "'the alliance' = NATO by context (heading); appeal to keep calm and uphold the democratic order, no judgement"))
U(d, "He added that Turkey remained a trusted member of the alliance.", "He added that Turkey remained a trusted member of the alliance.",
  ("NATO", S, pos, "Turkey", "'He' = Stoltenberg; approval of an ally = supporting"))
U(d, "UN Secretary-General Ban Ki-moon said through his spokesman", "keep calm.",
  ("United Nations", T, neg, "", "worry + appeal to stop the violence and keep calm = calling_for_talks (guide: concern with an appeal)"))
U(d, "In a joint statement issued at the Asia-Europe summit in Mongolia", "democratic institutions.",
  ("European Union", S, pos, "Turkey", "joint statement of three EU leaders = one EU row; backing the elected leaders; 'Europe' = EU by context"))
U(d, "Mogherini, who is in Ulaanbaatar, had earlier asked for restraint", "delegation in Ankara.",
  ("European Union", T, neu, "", "appeal for restraint on all sides; Ankara = place"))
U(d, "The White House said Barack Obama, speaking by phone with Kerry", "from spreading.",
  ("United States", T, neg, "", "backing of the elected government + appeal for restraint and no bloodshed, no judgement: rule 2 before rule 3 (welcome/backing + appeal)"))
U(d, "In a statement emailed to reporters, Gulen said he condemned", "nothing to do with it.",
  ("Fethullah Gulen", C, neg, PHC, "condemns the putsch (judgement) + denies any link: rule 1 -> condemning, aimed at the plotters"))
U(d, "Appearing on CNN Turk through a video call", "answered accordingly.",
  ("Turkey", C, neg, PHC, "'a small clique in uniform had rebelled' + threatened response"))
U(d, "\"Fill the squares, go to the airports.", "he said.",
  ("Turkey", C, neg, PHC, "multi-sentence quote closed by its speaker = one unit; call to mobilise against the plotters + 'not to tanks' = response/judgement (unsure: could be read as a neutral call)"))
U(d, "Zarif wrote on Twitter that he was alarmed by the crisis", "act with care.",
  ("Iran", T, neg, "", "alarm + appeal to stay united and act with care = concern with an appeal -> calling_for_talks"))
U(d, "A newsreader at the state broadcaster TRT, apparently under duress", "the government had trampled.",
  ("Peace at Home Council", C, neg, "Turkey", "the putschists' own statement; a mutinous faction is not the state (the government stayed in power), so it is its own actor (unsure); takeover justified by a judgement of the government; TRT and the newsreader are not actors"))
U(d, "The statement also announced a nationwide curfew", "martial law.",
  ("Peace at Home Council", N, neg, "", "curfew and martial law announced for the population, not a measure against another named side = neutral (unsure)"))
U(d, "Yildirim told the NTV channel by telephone", "full force of the law.",
  ("Turkey", C, neg, PHC, "PM: group acting without orders + threat of punishment"))
