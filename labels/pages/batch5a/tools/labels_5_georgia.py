# ------------------------------------------------------------------ Georgia's "foreign agents" law passed over protests (live blog, full HTML, 2024-05-14)
d = "page_georgia_agents_law_liveblog.html"
ZOU = "Zourabichvili under her own name (batch3b's choice): sitting president, but opposing her own government and the ruling party, so that Georgia is not condemning Georgia; "
GE = "government / state body = Georgia (Kobakhidze, the Interior Ministry, the speaker of parliament); "
U(d, "White House press secretary Karine Jean-Pierre told reporters in Washington", "parliament's vote.",
  ("United States", N, neg, "", "'deeply troubled' with no appeal = concern (neutral, negative tone); the entry heading above is not a statement"))
U(d, "\"If this law takes effect, we will have to take a hard look", "Jean-Pierre said.",
  ("United States", C, neg, "Georgia", "surname only; conditional threat to review the relationship = threatened response (condemning)"))
U(d, "She also praised the tens of thousands of Georgians", "European choice.",
  ("United States", S, pos, "", "praise of protesters (not an actor) = supporting, target empty"))
U(d, "The Interior Ministry said 13 people had been detained", "petty hooliganism.",
  ("Georgia", N, neu, "", GE + "detention figures"))
U(d, "The ministry said officers had acted strictly within the law", "throughout the day.",
  ("Georgia", N, pos, "", GE + "'The ministry' by context; reassurance about own conduct = neutral"))
U(d, "The foreign ministers of Lithuania, Latvia, Estonia, and Iceland said they would travel", "the Georgian people.",
  ("Lithuania", S, pos, "", "joint announcement, Oxford-comma list = one row per state; visit to show support for the Georgian people (not an actor) = backing by act, target empty"),
  ("Latvia", S, pos, "", "second of the four ministers (Baiba Braže)"),
  ("Estonia", S, pos, "", "third of the four ministers (Margus Tsahkna)"),
  ("Iceland", S, pos, "", "fourth of the four ministers (Þórdís Kolbrún Reykfjörð Gylfadóttir)"))
U(d, "Lithuania's Gabrielius Landsbergis wrote on X", "its own citizens.",
  ("Lithuania", C, neg, "Georgia", "'chosen Moscow's playbook over its own citizens' = judgement without a stock word; Tbilisi = the government, Moscow = only mentioned"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters in Moscow that the law was Georgia's own business", "outside meddling.",
  ("Russia", S, pos, "Georgia", "'internal business' + 'entitled to shield itself' = approval of the government's act (supporting); unsure: the first half alone would be neutral"))
U(d, "He said it was the threats of sanctions coming from abroad", "Georgia's affairs.",
  ("Russia", C, neg, "", "accusation of interference; the threatening states are not named -> target empty"))
U(d, "President Salome Zourabichvili, who has broken with the ruling party", "\"Russian law\".",
  ("Salome Zourabichvili", C, neg, "Georgian Dream", ZOU + "veto pledge + the label 'Russian law' = judgement on the ruling party's law"))
U(d, "She thanked the young people on Rustaveli Avenue", "their dignity.",
  ("Salome Zourabichvili", S, pos, "", ZOU + "praise of protesters = supporting, target empty"))
U(d, "Speaking in Brussels on Monday, EU foreign affairs spokesperson Peter Stano said", "unacceptable.",
  ("European Union", C, neg, "Georgia", "'unacceptable' aimed at the police (a state body) = condemning; a recap of Monday in Tuesday's blog"))
U(d, "He said the bloc's door remained open and urged the authorities", "Georgia had promised.",
  ("European Union", T, neu, "Georgia", "demand to withdraw addressed to one side with no judgement word = calling_for_talks (labels/README), with an open door"))
U(d, "The Secretary General of the Council of Europe, Marija Pejčinović Burić, said the adoption", "deeply regrettable.",
  ("Council of Europe", C, neg, "Georgia", "'deeply regrettable' = judgement (guide); Strasbourg = the Council itself (metonym)"))
U(d, "Germany's Foreign Office said Berlin would keep funding Georgian civil society groups", "new law.",
  ("Germany", S, pos, "", "funding civil society and media = backing by act; recipients are not canonical actors -> target empty; unsure: could be read as defiance of the law (condemning Georgia)"))
U(d, "Prime Minister Irakli Kobakhidze told a news conference that threats of American sanctions", "could not be blackmailed.",
  ("Georgia", C, neg, "United States", GE + "dismissing the threats + 'blackmailed' = accusation aimed at the US"))
U(d, "He said he hoped his meeting with the visiting US assistant secretary of state", "pushing them apart.",
  ("Georgia", T, pos, "United States", GE + "hope for closer relations = calling_for_talks (as batch4j's China hoping for relations)"))
U(d, "O'Brien, speaking to journalists after meeting government officials", "undermining Georgian democracy.",
  ("United States", C, neg, "Georgia", "surname only (named by role in the entry before); threat of restrictions = condemning"))
U(d, "Mamuka Mdinaradze, leader of the Georgian Dream majority, told lawmakers before the vote:", "nothing else.",
  ("Georgian Dream", N, pos, "", "quotation opened after a colon: each sentence its own unit; defence of own law = neutral, positive tone"))
U(d, "Those who finance street revolutions from abroad", "in the open.",
  ("Georgian Dream", C, neg, "", "same quotation, same speaker; accusation aimed at unnamed foreign funders -> target empty"))
U(d, "\"Georgia will not be lectured on democracy by the National Movement", "election it lost.\"",
  ("Georgian Dream", C, neg, "United National Movement", "quotation continued over a paragraph break with no new attribution = Mdinaradze; 'will not be lectured' = judgement without a stock word"))
U(d, "Parliament Speaker Shalva Papuashvili announced that the bill had passed", "a few minutes.",
  ("Georgia", N, neu, "", GE + "speaker of parliament announcing the result = a state body, neutral. The chanting deputies next are unnamed: no row"))
U(d, "Levan Khabeishvili, chairman of the opposition United National Movement, said", "into the constitution.",
  ("United National Movement", C, neg, "Georgian Dream", "'betrayed' = judgement; party chairman = the party"))
U(d, "Eka Gigauri, head of Transparency International Georgia, said her organisation would refuse", "in court.",
  ("Transparency International Georgia", C, neg, "Georgia", "refusal to comply in protest + court challenge = condemning the state's law; the student quoted next is unnamed: no row"))
