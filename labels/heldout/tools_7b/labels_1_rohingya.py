# ------------------------------------------------------------------ Rohingya exodus from Rakhine (scraped Dhaka daily, .txt, 2017-09-13)
d = "page_rohingya_exodus_regional.txt"
U(d, "Prime Minister Sheikh Hasina on Tuesday walked through the mud", "as long as they had to stay.",
  ("Bangladesh", S, pos, "", "aid offered to the refugees = supporting; the Rohingya are not an actor, target empty"))
U(d, "“These people came to us with nothing", "local officials.",
  ("Bangladesh", C, neg, "Myanmar", "multi-sentence quote closed by its speaker ('she' = Hasina); accusation ('drove them out') + demand to take them back: rule 1"))
U(d, "Her visit came a day after she told parliament", "words could describe.",
  ("Bangladesh", N, neg, "", "alarm with no actor judged and no appeal = neutral, negative"))
U(d, "The number of Rohingya who have crossed into Bangladesh", "near Teknaf.",
  ("UNHCR", N, neu, "", "figures; Bangladesh is only a place"))
U(d, "The office of the refugee relief and repatriation commissioner", "for new shelters.",
  ("Bangladesh", N, neu, "", "state office, own plan reported (not a news agency)"))
U(d, "In Geneva on Monday, the UN High Commissioner for Human Rights", "let his investigators in.",
  ("United Nations", C, neg, "Myanmar", "OHCHR = UN; 'ethnic cleansing' judgement + demand for access: rule 1"))
U(d, "He also criticised India's plans to deport Rohingya", "such violence.",
  ("United Nations", C, neg, "India", "'He' = Zeid; criticism of India's deportation plans"))
U(d, "The UN Security Council was due to meet behind closed doors", "Britain and Sweden.",
  ("United Kingdom", T, neu, "", "requesting a Council meeting = convening talks (README: host convening = calling_for_talks); the Council's meeting itself is a scheduled event, no UN row"),
  ("Sweden", T, neu, "", "same request, second requester"))
U(d, "Secretary-General Antonio Guterres has asked the Myanmar authorities", "his spokesman said.",
  ("United Nations", T, neg, "Myanmar", "demand to halt + humanitarian access, no judgement word"))
U(d, "In Naypyitaw, government spokesman Zaw Htay said on Wednesday", "go instead.",
  ("Myanmar", N, neu, "", "announcement of who attends the UNGA; Naypyitaw = place"))
U(d, "Zaw Htay said the state counsellor needed to stay at home", "aid effort in Rakhine.",
  ("Myanmar", N, neu, "", "own reasons, no judgement"))
U(d, "The Arakan Rohingya Salvation Army (ARSA), the insurgent group", "return to the area.",
  ("Arakan Rohingya Salvation Army", T, neu, "", "unilateral ceasefire + humanitarian access = calling_for_talks; the relative clause is narration"))
U(d, "The government brushed the offer aside", "terrorist organisation.",
  ("Myanmar", C, neg, "Arakan Rohingya Salvation Army", "refusal of a party in protest + 'terrorist organisation' = condemning"))
U(d, "The office of the commander-in-chief, Senior General Min Aung Hlaing", "Maungdaw township.",
  ("Myanmar", N, neu, "", "the army speaks for its state; own operation reported as done"))
U(d, "Myanmar's envoy in Geneva, Htin Lynn, rejected the charge", "within the law.",
  ("Myanmar", N, neg, "", "denial of an accusation = neutral, negative"))
U(d, "Foreign Minister AH Mahmood Ali, who briefed Western and Arab ambassadors", "migrants from Bangladesh.",
  ("Bangladesh", C, neg, "Myanmar", "toll + accusation of propaganda: the accusation decides; the ambassadors are only addressed"))
U(d, "Foreign Secretary Md Shahidul Haque said after a separate briefing", "would not stop.",
  ("Bangladesh", T, neg, "", "demand that the fighting end, no judgement; Dhaka = metonym"))
U(d, "Bangladesh lodged a formal protest with Myanmar earlier this month", "along the frontier.",
  ("Bangladesh", C, neg, "Myanmar", "formal protest = a taken response ('reports of' mines is not a speaker)"))
U(d, "In Beijing, foreign ministry spokesman Geng Shuang said on Tuesday", "situation in Rakhine.",
  ("China", S, pos, "Myanmar", "backing of Naypyitaw; Beijing = place"))
U(d, "He said Beijing condemned the attacks of August 25", "return quickly.",
  ("China", C, neg, "Arakan Rohingya Salvation Army", "condemns ARSA's attacks (the August 25 raids are ARSA's by the page) + hope: rule 1"))
U(d, "Washington, which had faced questions over its silence", "stop the violence.",
  ("United States", C, neg, "Myanmar", "Washington = metonym, White House = US; 'failed in their duty' judgement + appeal: rule 1"))
U(d, "Turkey has sent relief through its aid agency TIKA", "way to Cox's Bazar.",
  ("Turkey", S, pos, "", "aid sent and announced = supporting; Ankara = metonym; target empty (refugees)"))
U(d, "The foreign ministers of Indonesia and Malaysia", "reach the Rohingya.",
  ("Indonesia", T, neu, "Myanmar", "appeal for security and humanitarian access, no judgement"),
  ("Malaysia", T, neu, "Myanmar", "same sentence, second minister"))
U(d, "Iran's Supreme Leader Ayatollah Ali Khamenei on Tuesday blamed", "put pressure on it.",
  ("Iran", C, neg, "Myanmar", "blame + call for pressure"))
U(d, "The Organisation of Islamic Cooperation, whose leaders met", "return home.",
  ("Organisation of Islamic Cooperation", T, neg, "Myanmar", "demand to halt the violence and allow return, no judgement word"))
