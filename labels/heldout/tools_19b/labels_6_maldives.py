# ------------------------------------------------------------------ Maldives state of emergency (full HTML, South Asian regional site, 2018-02-08)
d = "page_maldives_emergency_webpage.html"
U(d, "The Maldives government has dispatched three cabinet ministers", "and the United Nations.",
  ("Maldives", N, neu, "", "own diplomatic act (envoys sent to brief), no position on another actor; 'drawn sharp words from New Delhi, Washington and the UN' is the reporter's summary (no rows: their statements are labelled below)"))
U(d, "In a televised address late on Tuesday, Yameen said he had declared the emergency", "the conspiracy reached.",
  ("Maldives", C, neg, "", "President = Maldives; accusation that the judges plotted to remove him = condemning; the judges of its own Supreme Court are not a canonical actor -> target empty"))
U(d, "\"Daily life will go on as normal.", "Yameen said.",
  ("Maldives", N, pos, "", "multi-sentence quote closed by its speaker = one unit; reassurance about own conduct = neutral, positive"))
U(d, "The Maldivian ambassador in New Delhi, Ahmed Mohamed, said Malé had wanted", "travel plans.",
  ("Maldives", N, neu, "", "ambassador = Maldives; account of own envoy plans, no judgement; New Delhi = place, Malé = metonym"))
U(d, "India's Ministry of External Affairs said New Delhi was unsettled", "worried it as well.",
  ("India", C, neg, "Maldives", "concern combined with an explicit fault (a government 'that had defied a unanimous ruling of its own highest court') = judgement of the government (unsure: could be read as concern without an appeal = neutral); crosshead 'India troubled' is not a statement"))
U(d, "India was keeping a careful eye on events", "the ministry added.",
  ("India", N, neg, "", "attribution tail, 'the ministry' = India's MEA; monitoring without an appeal = neutral, negative"))
U(d, "New Delhi has also advised Indians to put off non-essential travel", "inhabited islands.",
  ("India", N, neu, "", "own travel advisory = a measure for its citizens, not against another side"))
U(d, "Asked about Beijing's remarks, ministry spokesperson Raveesh Kumar said", "a solution in the Maldives.",
  ("India", T, neu, "", "appeal to all countries to help a solution, no judgement word (a veiled reply to China; unsure); 'Beijing's remarks' = possessive, not a speaker"))
U(d, "Chinese Foreign Ministry spokesman Geng Shuang said Beijing wanted the Maldivians", "back to normal quickly.",
  ("China", T, neu, "Maldives", "hope for dialogue among the Maldivian parties = calling_for_talks"))
U(d, "Foreign governments ought to leave the Maldivians to settle their own affairs", "a reply to Nasheed.",
  ("China", T, neu, "", "appeal to outsiders aimed at no one named ('opposes any escalation' aimed at no one = talks); the reporters' reading adds no actor; attribution tail"))
U(d, "Former President Mohamed Nasheed, who lives in exile between Colombo and London, urged India", "through American banks.",
  ("Mohamed Nasheed", C, neg, "Maldives", "Nasheed is his own canonical actor (name files), not the Maldives; asking for a military-backed intervention and financial sanctions = calls for measures against the government (condemning); crosshead is not a statement"))
U(d, "\"What happened on Monday night is a coup against our Constitution.", "Nasheed told reporters in Colombo.",
  ("Mohamed Nasheed", C, neg, "Maldives", "multi-sentence quote closed by its speaker; 'a coup' + demand that Yameen go"))
U(d, "Nasheed's call for foreign troops was an attempt to drag outsiders", "said in a statement.",
  ("Maldives", C, neg, "Mohamed Nasheed", "possessive 'Nasheed's' is the target, the speaker is the Maldivian Foreign Ministry (attribution tail)"))
U(d, "It rejected suggestions that democracy in the islands was under threat", "within the Constitution.",
  ("Maldives", N, neg, "", "'It' = the Foreign Ministry; denial + own legality = neutral, negative"))
U(d, "Attorney General Mohamed Anil told reporters that the government would not carry out", "issued unlawfully.",
  ("Maldives", C, neg, "", "refusal with a judgement ('issued unlawfully') of the court's order; the court is not a canonical actor -> target empty"))
U(d, "The Maldivian Democratic Party, Nasheed's party, said more than 200 of its supporters", "the court ruling.",
  ("Maldivian Democratic Party", N, neu, "", "opposition party under its own name; figures given by an actor = neutral"))
U(d, "Former President Maumoon Abdul Gayoom, Yameen's half-brother", "being detained.",
  ("Maumoon Abdul Gayoom", N, neg, "", "former president in opposition = independent person under his own name; denial of wrongdoing = neutral, negative"))
U(d, "State Department spokeswoman Heather Nauert said Washington was dismayed", "sit freely.",
  ("United States", T, neg, "Maldives", "dismay (concern, no judgement word) + appeal to abide by the ruling and let Parliament sit = calling_for_talks; Yameen = Maldives; crosshead is not a statement"))
U(d, "She said the arrests of the chief justice and a former president showed", "turned its back on democracy.",
  ("United States", C, neg, "Maldives", "'She' = Nauert; judgement"))
U(d, "UN Secretary-General Antonio Guterres called on the government to respect the Constitution", "Stéphane Dujarric said.",
  ("United Nations", T, neu, "Maldives", "appeal, no judgement; attribution tail via the spokesman"))
U(d, "The UN High Commissioner for Human Rights, Zeid Ra'ad Al Hussein, said", "checks and balances of the state.",
  ("United Nations", C, neg, "Maldives", "OHCHR = United Nations (name files); 'gutted the checks and balances' = judgement"))
U(d, "Commonwealth Secretary-General Patricia Scotland, whose organisation the Maldives left in 2016", "with deep concern.",
  ("Commonwealth", N, neg, "", "concern without an appeal = neutral, negative (guide)"))
U(d, "In Islamabad, Pakistan's Foreign Office said after receiving Foreign Minister Mohamed Asim", "keep the country stable.",
  ("Pakistan", S, pos, "Maldives", "backing of the government; Islamabad = place; Asim (the Maldivian FM) is only received, not a speaker; the background paragraph after it is narrative"))
