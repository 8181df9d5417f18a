# ------------------------------------------------------------------ Barkaram raid and Chad's threat to leave the MNJTF (wire copy, 2024-11-04)
d = "page_chad_barkaram2024_wire.txt"
# Not statements: menu, section line, headline, byline, read time, time stamp, the three bullets, ADVERTISEMENT, crossheads,
# reporting credits, "Our Standards", related coverage, tags, most read, copyright.
MJ = "Multinational Joint Task Force"
U(d, "Chad's President Mahamat Idriss Deby said on Sunday his country could withdraw", "killed about 40 soldiers.",
  ("Chad", C, neg, MJ, "dateline excluded; lede carrying the position: threatened withdrawal + complaint that the coalition left Chad alone = condemning the force"))
U(d, "\"Our men are dying on this lake", "carried by the presidency.",
  ("Chad", C, neg, MJ, "judgement without stock words ('holds meetings' while men die); 'in remarks carried by the presidency' = second-hand attribution"))
# "The attack began late on Oct. 27, ..." = narration of the attack, no source, no row.
U(d, "The presidency put the toll at about 40 dead", "has not revised since.",
  ("Chad", N, neu, "", "casualty figure given by the presidency = neutral"))
U(d, "Deby, who flew to the area the following morning", "his office said.",
  ("Chad", C, neg, "Boko Haram", "announced military operation against the attackers = condemning; attribution tail 'his office said'"))
U(d, "Hassan Abdelkerim Bouyebri, the presidency's director general of communication, said", "for treatment.",
  ("Chad", N, neu, "", "facts about the president's visit (burials, evacuation of the wounded), no evaluation"))
# "The joint force, headquartered in N'Djamena, ..." = background, no row.
U(d, "Deby said the coalition had not delivered the shared intelligence", "a shared burden.",
  ("Chad", C, neg, MJ, "reported clause: a complaint that the partners failed their promises = judgement without stock words"))
# "He did not give a date for any withdrawal." = non-answer, no row.
U(d, "A Chadian army spokesman said the soldiers engaged in Haskanite", "however long it takes\".",
  ("Chad", C, neg, "Boko Haram", "unnamed spokesman of a named army speaks for Chad; threat of pursuit = condemning"))
U(d, "The spokesman dismissed as false reports circulating on social media", "had died at Barkaram.",
  ("Chad", N, neg, "", "'the spokesman' = the army spokesman of the previous paragraph; denial of a higher toll = neutral, negative"))
U(d, "Nigeria's foreign ministry spokesman, Kimiebi Ebienfa, said Abuja valued", "among the member states.",
  ("Nigeria", T, pos, "", "praise + hope that differences are settled by consultation: the appeal decides (rule 2 before 3); differences among several members -> target empty"))
# "Cameroon's reply was warmer." = summary line, no row.
U(d, "Government spokesman Rene Emmanuel Sadi said Yaounde stood with the Chadian people", "to strengthen coordination.",
  ("Cameroon", S, pos, "Chad", "solidarity with Chad + backing of the commanders' decisions"))
U(d, "Sadi added that Cameroonian units in the Far North region", "along the lake shore.",
  ("Cameroon", N, neu, "", "surname only; a measure of its own forces, no judgement = neutral"))
# "Niger, whose military rulers ... did not respond to a request for comment." = non-answer, no row.
# "The commander of the joint force visited Deby at the command post ..." = a meeting in narration, no row.
U(d, "The African Union Commission chairperson, Moussa Faki Mahamat, a former Chadian prime minister, wrote on X", "Chad's defence forces.",
  ("African Union", S, pos, "Chad", "the AU Commission chairperson speaks for the AU; condolences + solidarity = supporting"))
U(d, "The Economic Community of Central African States denounced the raid", "share intelligence faster.",
  ("ECCAS", C, neg, "Boko Haram", "denunciation + appeal to share intelligence: the judgement decides (rule 1)"))
U(d, "The United Nations system in Chad called the raid an act of savagery", "their own communities.",
  ("United Nations", C, neg, "Boko Haram", "judgement of the raid attributed to Boko Haram in this story"))
U(d, "It added that the world body would keep supporting the government and the joint force", "around the lake.",
  ("United Nations", S, pos, "", "'It' = the UN system; support for two parties -> target empty"))
U(d, "France, which keeps around 1,000 troops in Chad, condemned", "on Chadian forces.",
  ("France", C, neg, "Boko Haram", "condemnation carried by 'what its foreign ministry called'"))
U(d, "The U.S. embassy in N'Djamena offered its condolences", "violent extremism.",
  ("United States", S, pos, "Chad", "condolences + partnership = supporting"))
U(d, "The Turkish embassy, whose government has supplied armed drones", "security cooperation with N'Djamena.",
  ("Turkey", S, pos, "Chad", "offer of deeper security cooperation = supporting; the drone supply is a relative clause in the narration"))
U(d, "A European Union spokesperson said the bloc hoped", "common front intact.",
  ("European Union", T, pos, "", "hope that differences are resolved through dialogue = calling_for_talks"))
U(d, "Succes Masra, the former prime minister who now leads the opposition Transformers party, said", "air cover they needed.",
  ("Les Transformateurs", C, neg, "Chad", "opposition leader blames the government for exposing troops = condemning"))
U(d, "Moussa Abakar Haggar, a security researcher at the Centre for Sahel Security Studies", "rather than a final decision.",
  ("Moussa Abakar Haggar", N, neu, "", "invented analyst; reading of the threat, no judgement or appeal"))
U(d, "\"Chad has carried this force on its back", "Haggar said.",
  ("Moussa Abakar Haggar", N, neu, "", "assessment of Chad's weight in the force (unsure: could be read as praise of Chad = supporting)"))
U(d, "He added that the force's command structure had not been reviewed", "move between islands.",
  ("Moussa Abakar Haggar", C, neg, MJ, "judgement on the force's structure without stock words"))
U(d, "Ifeoma Nwachukwu, who studies the Lake Chad conflict", "rainy-season lull ended.",
  ("Ifeoma Nwachukwu", T, neu, "", "invented analyst; appeal for a summit of the four governments"))
U(d, "\"If N'Djamena walks out, the only winners are the men in the boats,\" she said.", "she said.",
  ("Ifeoma Nwachukwu", N, neg, "", "warning of a consequence, no appeal = neutral, negative"))
