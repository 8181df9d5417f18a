# ------------------------------------------------------------------ Casamance rebels (MFDC) free seven Senegalese ECOMIG soldiers (West African news site, full HTML, 2022-02-15)
d = "page_senegal_mfdc_hostages2022_westafricasite.html"
# Not statements: top bar, nav, breadcrumb, headline, standfirst, byline, captions and credits ("1 of 3"), crossheads, ADVERTISEMENT, Related, tags, share bar, reader comments (unnamed users), most read, newsletter, footer.
U(d, "Separatist rebels in Senegal's Casamance region on Monday handed over seven Senegalese soldiers", "deployed in neighbouring Gambia.",
  ("Movement of Democratic Forces of Casamance", N, neu, "", "a specific act reported as done (release of captives), no evaluation; long lede with narration"))
# "The soldiers, members of the ECOWAS Mission in The Gambia (ECOMIG), were released ... at a ceremony attended by ..." = who attended, narration: no row.
U(d, "Four Senegalese soldiers died as a result of the January clash", "according to the army.",
  ("Senegal", N, neu, "", "casualty figure given by an actor (the army speaks for its state) = neutral, neutral tone"))
U(d, "In a statement issued late on Monday, the Senegalese army's information and public relations directorate said", "\"tired but unharmed\".",
  ("Senegal", N, neu, "", "facts on the soldiers' condition"))
U(d, "The directorate rejected once more the rebels' version of events", "\"at no moment crossed into Senegal\".",
  ("Senegal", N, neg, "", "denial = neutral, negative (guide)"))
U(d, "It thanked the Gambian authorities, the ECOWAS Commission, Sant'Egidio and the Red Cross", "bringing the soldiers home.",
  ("Senegal", S, pos, "", "thanks and praise for several actors = supporting; several targets -> empty"))
U(d, "At the handover, Pape Sané, who presented himself as operations commander", "cover to hunt rebel fighters.",
  ("Movement of Democratic Forces of Casamance", C, neg, "Senegal", "a commander speaks for the movement; accusation"))
U(d, "\"They came to our camps wearing the badge of ECOWAS", "gathered at the site.",
  ("Movement of Democratic Forces of Casamance", C, neg, "Senegal", "accusation that Dakar directed the patrol; quote closed by its speaker"))
U(d, "\"We defended ourselves, nothing more.\"", "\"We defended ourselves, nothing more.\"",
  ("Movement of Democratic Forces of Casamance", N, neg, "", "quote continued after the attribution; self-justification / denial of aggression = neutral"))
U(d, "He warned that any new incursion would be met with force", "what the next clash would cost.",
  ("Movement of Democratic Forces of Casamance", C, neg, "Senegal", "threat of force = condemning"))
U(d, "Sané said the movement bore The Gambia no ill will", "launch pad for Senegalese operations.",
  ("Movement of Democratic Forces of Casamance", T, neu, "Gambia", "request to Barrow to keep his territory out of the fight, no judgement of Gambia (unsure: implies a charge against Senegal)"))
U(d, "Senegal's armed forces minister, Sidiki Kaba, said in Dakar that operations", "\"until the last armed camp has been cleared\".",
  ("Senegal", C, neg, "Movement of Democratic Forces of Casamance", "announced operation against another side = condemning (guide)"))
U(d, "Kaba said the government remained open to a negotiated settlement", "where the army could patrol.",
  ("Senegal", T, neu, "Movement of Democratic Forces of Casamance", "conditional offer of talks = calling_for_talks; the refusal to be dictated to is defiance without a judgement word (unsure: could be condemning)"))
U(d, "The Gambian government, which hosts the ECOWAS force at President Barrow's request, welcomed the release", "spared further fighting.",
  ("Gambia", T, pos, "", "welcome joined to a hope that fighting stops, no judgement -> calling_for_talks (rule 2 before rule 3)"))
U(d, "Government spokesman Ebrima Sankareh said Gambian territory", "the safety of all present.",
  ("Gambia", N, pos, "", "reassurance about its own conduct = neutral"))
U(d, "The spokesman urged both the Senegalese government and the rebels", "on hold for years.",
  ("Gambia", T, neu, "", "'the spokesman' = Sankareh; appeal to both sides to resume talks"))
U(d, "ECOWAS, whose political adviser co-signed the release document, said the outcome showed", "carried by the Gambian state broadcaster.",
  ("ECOWAS", S, pos, "", "approval of the mediated release = supporting (unsure: partly self-praise, which would be neutral); 'according to a statement carried by' tail"))
U(d, "The bloc called on the parties to build on Monday's gesture", "displaced families in Casamance to go home.",
  ("ECOWAS", T, pos, "", "'the bloc' = ECOWAS; appeal to resume dialogue"))
U(d, "Father Angelo Romano of Sant'Egidio, which has mediated between Dakar", "a new round of talks in Rome.",
  ("Community of Sant'Egidio", T, pos, "", "offer to host talks"))
U(d, "In Bissau, the office of President Umaro Sissoco Embaló said Guinea-Bissau stood", "side of the Casamance border.",
  ("Guinea-Bissau", S, pos, "Senegal", "solidarity + backing by act (joint patrols) = supporting"))
U(d, "The Red Cross said its role had been limited to that of a neutral intermediary", "at the request of both sides.",
  ("ICRC", N, neu, "", "account of its own role, no evaluation"))
# "In Bwiam, ..., residents said the fighting had emptied farms along the border." = unnamed residents, no row.
U(d, "\"For three weeks we did not go to the fields", "a market trader and mother of five.",
  ("Fatou Jammeh-Bojang", N, neg, "", "invented named witness; account of hardship"))
U(d, "\"Let them talk, all of them, before our children pay again.\"", "\"Let them talk, all of them, before our children pay again.\"",
  ("Fatou Jammeh-Bojang", T, neg, "", "quote continued after the attribution; appeal for talks"))
U(d, "Ousmane Diédhiou, who teaches history at Assane Seck University", "on the rebels' doorstep.",
  ("Ousmane Diédhiou", N, neg, "", "invented scholar; analysis of an ambiguity, no explicit judgement yet"))
U(d, "\"Dakar cannot have it both ways", "Diédhiou said.",
  ("Ousmane Diédhiou", C, neg, "Senegal", "judgement on Dakar's use of the force (no stock word)"))
U(d, "He said he expected the army to step up pressure on the Sadio faction", "a quick return to negotiations unlikely.",
  ("Ousmane Diédhiou", N, neg, "", "forecast, no appeal"))
# "The Casamance conflict, one of Africa's longest, began in 1982 ..." = background, no row.
