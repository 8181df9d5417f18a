# ------------------------------------------------------------------ Dispersal of the Khartoum sit-in (full HTML, African English-language site, 2019-06-05)
d = "page_khartoum_sitin_webpage.html"
SD, FFC, UN, AU = "Sudan", "Forces of Freedom and Change", "United Nations", "African Union"
U(d, "Sudan's ruling generals on Tuesday tore up every agreement", "killed dozens of people.",
  (SD, N, neu, "", "dateline excluded; the junta (TMC) speaks for its state; ending talks/agreements + an election plan with no protest or judgement stated in the sentence = neutral (guide rule 4); the raid clause is narrative"))
U(d, "In a speech broadcast on state television before dawn", "until the vote.",
  (SD, N, neu, "", "Burhan introduced by role; stopping negotiations + caretaker government plan, no judgement in the sentence = neutral"))
U(d, "He blamed the alliance for dragging out the talks", "left to \"chaos\".",
  (SD, C, neg, FFC, "'He' = Burhan, 'the alliance' = FFC by context; blame = condemning"))
U(d, "Burhan said the council was sorry that Monday's operation", "not the sit-in itself.",
  (SD, N, neg, "", "regret about its own operation (not a judgement of another actor) + denial that the sit-in was the target = neutral, negative"))
U(d, "The council's spokesman, Lt Gen Shams al-Din Kabbashi", "put on trial.",
  (SD, N, neu, "", "'the council' = TMC; own investigation and procedure = neutral"))
U(d, "In a second address on Tuesday evening, marking the Eid al-Fitr holiday", "\"without conditions\".",
  (SD, T, pos, "", "offer of talks = calling_for_talks"))
U(d, "Lt Gen Mohamed Hamdan Dagalo, the council's deputy head", "those who blocked roads.",
  (SD, C, neg, "", "speaks as the TMC's deputy head = Sudan (unsure: he also commands the RSF, which is only mentioned here); threat against protesters (not a canonical actor) -> target empty"))
U(d, "The Forces of Freedom and Change, the alliance that led the protests, dismissed the offer", "generals step aside.",
  (FFC, C, neg, SD, "refuses to talk with the council in protest + 'murdered' + civil disobedience against it = condemning"))
U(d, "The Sudanese Professionals Association, the union alliance", "old regime in power.",
  ("Sudanese Professionals Association", C, neg, SD, "judgement of the council's election promise"))
U(d, "The Central Committee of Sudanese Doctors, which is aligned with the protesters", "by live rounds.",
  ("Central Committee of Sudanese Doctors", N, neu, "", "named professional body as its own actor; casualty figures = neutral"))
U(d, "The health ministry put the nationwide toll at 46.", "The health ministry put the nationwide toll at 46.",
  (SD, N, neu, "", "ministry = Sudan; figure = neutral"))
U(d, "Moussa Faki Mahamat, the chairperson of the African Union Commission", "whoever gave the orders.",
  (AU, C, neg, "", "AU Commission chair = African Union; condemnation + call for an inquiry and punishment (rule 1); names no perpetrator -> target empty"))
U(d, "He told the council it had a duty to keep civilians safe", "handover to civilian rule.",
  (AU, T, neg, "", "'He' = Faki; appeals to protect civilians and negotiate = calling_for_talks; addressed to the council and all parties -> target empty"))
U(d, "The Forces of Freedom and Change welcomed Faki's statement", "hand power to civilians.",
  (FFC, C, neg, SD, "'the bloc' = the AU by context; welcome + call for a suspension (a measure): calls for sanctions are condemning, rule 1 before rule 3 (unsure)"))
U(d, "Ethiopia's foreign ministry spokesman, Nebiyat Getachew", "with great concern.",
  ("Ethiopia", N, neg, "", "concern without an appeal = neutral, negative; Addis Ababa = metonym"))
U(d, "He said Ethiopia hoped the Sudanese parties", "help them do so.",
  ("Ethiopia", T, pos, "", "'He' = Nebiyat; hope for dialogue + offer of the PM's help = calling_for_talks"))
U(d, "The United States, Britain and Norway, the so-called Troika", "handover to civilian rule.",
  ("United States", C, neg, SD, "joint statement of a list of three states = one row per state; blame for ordering the attack (rule 1 over the demand)"),
  ("United Kingdom", C, neg, SD, "Britain = United Kingdom; same joint statement"),
  ("Norway", C, neg, SD, "same joint statement"))
U(d, "The three governments also threw their weight behind", "to end the crisis.",
  ("United States", S, pos, AU, "'The three governments' = the Troika; backing = supporting"),
  ("United Kingdom", S, pos, AU, "same"),
  ("Norway", S, pos, AU, "same"))
U(d, "Tibor Nagy, the top U.S. diplomat for Africa", "free or fair.",
  ("United States", C, neg, SD, "judgement of the generals' election plan"))
U(d, "British Foreign Secretary Jeremy Hunt said the generals alone were to blame", "set Sudan back by years.",
  ("United Kingdom", C, neg, SD, "blame on the generals (= Sudan) = condemning"))
U(d, "The Foreign Office said it had withdrawn the families", "embassy in Khartoum.",
  ("United Kingdom", N, neu, "", "own measure = neutral"))
U(d, "UN Secretary-General Antonio Guterres denounced the killing of protesters", "protest leaders resume.",
  (UN, C, neg, SD, "condemnation + appeal for talks: rule 1; the Sudanese security forces are named"))
U(d, "The UN human rights chief, Michelle Bachelet, asked the Sudanese authorities", "look into the killings.",
  (UN, T, neg, SD, "High Commissioner = United Nations (name files); medical access + demand for an investigation with no judgement word = calling_for_talks, addressed to the authorities"))
