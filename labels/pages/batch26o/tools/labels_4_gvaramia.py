# ------------------------------------------------------------------ Sentence of Nika Gvaramia, Mtavari Arkhi director (world-reacts roundup, regional news site, 2022-05-17)
d = "page_georgia_gvaramia_verdict2022_worldreacts.txt"
# Not statements: masthead, section bar, breadcrumb, headline (it carries positions, but headlines never count), byline, time stamps,
# reading time, [Photo n/3] captions with credits, ADVERTISEMENT, section heads (GOVERNMENTS ...), "Here is how ...", Related list,
# tags, share bar, newsletter prompt, most read, footer.
# "Tbilisi City Court on Monday sentenced ..." and "Judge Lasha Chkhikvadze found Gvaramia guilty ..." = the court's act narrated
# (as prosecutors' charges are in batch22a), no row.
U(d, "Gvaramia, who had pleaded not guilty, told the court", "goes on air\".",
  ("Nika Gvaramia", C, neg, "", "the defendant (real person, independent) says he is tried for his channel's work = charge of a political trial; target left empty (the prosecution, unnamed)"))
# "The verdict came less than a week after ..." = background narration, no row.
U(d, "• United States — A ruling that sits uneasily", "U.S. Embassy in Tbilisi.",
  ("United States", C, neg, "Georgia", "verbless bullet; 'in the words of' the embassy = judgement of the ruling"))
U(d, "The embassy said Washington had doubted the case", "trust their institutions.",
  ("United States", C, neg, "Georgia", "judgement of the prosecutions of critics"))
U(d, "It called again for a thorough judicial reform.", "judicial reform.",
  ("United States", T, neu, "Georgia", "appeal addressed to one side with no judgement word in the unit"))
U(d, "• European Union — \"Deeply concerned,\"", "EU Delegation to Georgia.",
  ("European Union", N, neg, "", "'according to a statement from': concern with no appeal = neutral"))
U(d, "The delegation said it would follow the appeal closely", "would be assessed.",
  ("European Union", N, neu, "", "monitoring + reminder of the criteria; no judgement or appeal stated (unsure: could be read as a veiled warning)"))
U(d, "• United Kingdom — The British Embassy said it had followed the trial", "media organisations.",
  ("United Kingdom", N, neu, "", "notes others' concerns without its own judgement"))
U(d, "It urged the authorities to ensure that the appeal was heard fairly", "without delay.",
  ("United Kingdom", T, neu, "Georgia", "appeal for a fair hearing, no judgement"))
U(d, "• Lithuania — Foreign Minister Gabrielius Landsbergis, on Twitter:", "knocking on the EU's door\".",
  ("Lithuania", C, neg, "Georgia", "verbless bullet with a quoted tweet = judgement"))
# "• Ukraine — No comment from Kyiv ..." = a non-answer, no row.
U(d, "• Georgia — Prime Minister Irakli Garibashvili, asked about the Western criticism", "\"to please anyone\".",
  ("Georgia", N, neg, "", "denial of interference = neutral, negative tone; the jab names no one"))
U(d, "• OSCE — The Representative on Freedom of the Media, Teresa Ribeiro, said", "with the Georgian authorities.",
  ("OSCE", T, neg, "Georgia", "concern + taking the case up with the authorities = concern with an appeal (unsure: could be neutral)"))
U(d, "• Council of Europe — The Commissioner for Human Rights, Dunja Mijatović, called on the authorities", "critical journalists.",
  ("Council of Europe", T, neg, "Georgia", "appeal to the authorities, no explicit judgement"))
U(d, "• Reporters Without Borders — Condemnation of what the organisation called", "immediate release.",
  ("Reporters Without Borders", C, neg, "Georgia", "verbless bullet: condemnation + demand (rule 1)"))
U(d, "• Committee to Protect Journalists — The group said the conviction", "its staff.",
  ("Committee to Protect Journalists", C, neg, "Georgia", "the conviction as part of a campaign = accusation"))
U(d, "Irakli Kobakhidze, chairman of the ruling Georgian Dream party, dismissed", "\"for a crime, not for journalism\".",
  ("Georgian Dream", C, neg, "", "the foreign statements judged 'pressure on the court' (several senders -> target empty)"))
U(d, "Kobakhidze added that some foreign diplomats", "from them.",
  ("Georgian Dream", C, neg, "", "surname only; judgement of unnamed diplomats + refusal of their 'lessons'"))
U(d, "The opposition United National Movement, which Gvaramia once served as a minister", "Tuesday evening.",
  ("United National Movement", C, neg, "Georgia", "'political revenge' = judgement; the rally is the protest that follows"))
U(d, "A spokesperson for the Ministry of Internal Affairs said police would guarantee", "remained peaceful.",
  ("Georgia", N, neu, "", "assurance about own conduct, conditional; no judgement"))
U(d, "Mtavari Arkhi said in an on-air statement", "kept for him.",
  ("Mtavari Arkhi", N, pos, "", "the channel's own plans; defiant but no judgement or appeal"))
U(d, "Nino Kvirikashvili, a senior analyst at the Tbilisi-based Institute for Democratic Transition, said", "European ambitions.",
  ("Nino Kvirikashvili", N, neg, "", "invented analyst: reading of the timing, no judgement of an actor"))
U(d, "\"Brussels will read this verdict alongside the questionnaire.", "she said.",
  ("Nino Kvirikashvili", N, neg, "", "multi-sentence quote; a forecast, not a judgement (unsure: 'it cannot' could be read as criticism of the government)"))
U(d, "Levan Gogichaishvili, who teaches media law at Ilia State University, said", "not for a criminal court.",
  ("Levan Gogichaishvili", N, neu, "", "invented scholar: comparative legal reading of the charges, no explicit judgement yet"))
U(d, "\"Sending a broadcaster's director to prison over the use of company cars", "Gogichaishvili said.",
  ("Levan Gogichaishvili", C, neg, "Georgia", "'disproportionate' = judgement + hope the appeal court corrects it (rule 1)"))
U(d, "Gvaramia's lawyers said they would appeal the verdict.", "appeal the verdict.",
  ("Nika Gvaramia", N, neu, "", "his lawyers speak for him; a plan"))
U(d, "• Estonia — A \"worrying signal\" for a candidate-in-waiting", "await his appeal at liberty.",
  ("Estonia", T, neg, "Georgia", "verbless bullet: concern + an appeal, no explicit judgement = calling_for_talks"))
U(d, "Landsbergis added that Vilnius would keep backing the Georgian people", "road to the EU.",
  ("Lithuania", S, pos, "Georgia", "backing of Georgia's EU path (the people, not the government; target the state) = supporting"))
