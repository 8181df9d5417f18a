# ------------------------------------------------------------------ Bulla Hawa fighting spills into Mandera; Kenya-Somalia row (scraped regional daily, 2020-03-05)
d = "page_mandera_bullahawa2020_regionaldaily.txt"
# Not statements: masthead, edition line, menu, breadcrumb, headline, byline, time stamp, share bar, [Photo n of 3] captions,
# ADVERTISEMENT, capitals crossheads, RELATED STORIES, topics, comments line, newsletter prompt, most read, copyright.
U(d, "Kenya has accused Somalia's army of violating its territory", "damaging homes and shops on the Kenyan side.",
  ("Kenya", C, neg, "Somalia", "lede carrying a position: accusation + warning to defend the border = condemning; long sentence with narration"))
U(d, "A statement read by State House spokesperson Kanze Dena", "in Mandera town.",
  ("Kenya", C, neg, "Somalia", "accusation made by describing the other side's attacks on civilians' property = condemning; meeting chaired by Kenyatta is narration inside"))
U(d, "The council said Kenya would not stand by while foreign troops", "secure the border.",
  ("Kenya", C, neg, "Somalia", "'the council' = the National Security Council; threat of a response = condemning"))
U(d, "The statement said Kenya's commitment to peace in Somalia", "had not changed.",
  ("Kenya", N, pos, "", "reassurance about its own conduct = neutral (labels/README), positive tone"))
U(d, "Interior Cabinet Secretary Fred Matiang'i, who flew to Mandera on Tuesday, said", "helped to return.",
  ("Kenya", N, neu, "", "own deployments on its own side + help for residents, no judgement of another side = neutral (unsure: the deployment could be read as a threatened response)"))
U(d, "Mandera Governor Ali Roba said stray bullets and mortar rounds", "to Kenya's doorstep.",
  ("Kenya", C, neg, "Somalia", "county governor resolves to his state (labels/README: provincial officials); accusation = condemning"))
U(d, "Foreign Affairs Cabinet Secretary Raychelle Omamo said Kenya had delivered a protest note", "embassy in Nairobi.",
  ("Kenya", C, neg, "Somalia", "formal protest = a taken diplomatic response, condemning"))
U(d, "She added that she had spoken to her Somali counterpart", "needed calm.",
  ("Kenya", T, neu, "", "'She' = Omamo; agreement that the border needs calm = calling_for_talks"),
  ("Somalia", T, neu, "", "Somalia's position reported by Kenya's minister ('both had agreed') is Somalia's statement too (guide)"))
U(d, "In Mogadishu, the federal information ministry said Somali forces", "from inside Kenya.",
  ("Somalia", C, neg, "Kenya", "accusation that Kenya lets the militia operate from its soil = condemning; 'rebel militia' is a short tag quoted"))
U(d, "Somalia, the ministry said, expected its neighbour to hand Janan over", "give him shelter.",
  ("Somalia", C, neg, "Kenya", "attribution in the middle; demand + implied charge of sheltering = condemning"))
U(d, "The commander of the Somali National Army, General Odowaa Yusuf Rageh, said", "had been hit.",
  ("Somalia", N, neg, "", "army commander speaks for his state; denial of hitting Kenya = neutral, negative"))
U(d, "Foreign Minister Ahmed Isse Awad told reporters that Somalia respected", "the Kenyan people.",
  ("Somalia", N, pos, "", "reassurance, no judgement or appeal = neutral"))
U(d, "Somalia's embassy in Nairobi said in a short message", "offered them its sympathy.",
  ("Somalia", S, pos, "", "sympathy offered to the Mandera families = solidarity, supporting; families not an actor -> target empty (unsure, as for condolences)"))
U(d, "Prime Minister Hassan Ali Khaire, in remarks carried by the state news agency SONNA", "fully under state authority.",
  ("Somalia", C, neg, "", "announced continuation of a military operation against another side = condemning; remarks carried by SONNA (agency not an actor); 'armed groups' not canonical -> target empty"))
U(d, "In Kismayo, Jubaland's president, Ahmed Mohamed Islam, known as Madobe, said", "be withdrawn.",
  ("Jubaland", C, neg, "Somalia", "accusation + demand for withdrawal = condemning"))
U(d, "The United States embassy in Nairobi said it was concerned about the fighting", "campaign against al-Shabaab.",
  ("United States", N, neg, "", "concern with no appeal in the sentence = neutral, negative (the appeal comes in the next sentence)"))
U(d, "In a separate statement, the US mission to Somalia urged", "through dialogue.",
  ("United States", T, neu, "", "appeal for dialogue between the federal government and Jubaland = calling_for_talks (two parties -> target empty)"))
U(d, "British High Commissioner Jane Marriott said on Twitter", "both sides of the border.",
  ("United Kingdom", T, pos, "", "hope that calm holds = calling_for_talks"))
U(d, "The African Union Mission in Somalia said its troops had played no part", "focused on their mandate.",
  ("African Union", N, neu, "", "AU mission = African Union; denial of involvement + mandate = neutral"))
U(d, "The UN's special representative for Somalia, James Swan, told reporters", "to pull back.",
  ("United Nations", C, neg, "", "'a gift to al-Shabaab' = negative judgement of the fighting by both sides, joined to an appeal: rule 1 (unsure: the judgement is on the fighting rather than a named actor); target empty"))
U(d, "IGAD's executive secretary, Workneh Gebeyehu, said the bloc was ready", "through their differences.",
  ("IGAD", T, pos, "", "offer to help the neighbours talk = calling_for_talks"))
U(d, "Abdullahi Hassan Dakane, who runs a shop a few hundred metres", "on the floor.",
  ("Abdullahi Hassan Dakane", N, neg, "", "invented resident (witness); facts = neutral"))
U(d, "He said soldiers from both sides should take their fight", "people's homes.",
  ("Abdullahi Hassan Dakane", T, neg, "", "appeal to spare civilians = calling_for_talks"))
U(d, "Halima Osman Gure, a researcher at the Nairobi-based", "not without foundation.",
  ("Halima Osman Gure", C, neg, "Kenya", "invented researcher; endorsing Mogadishu's charge of Kenyan backing for Madobe = judgement of Kenya (unsure: could be read as neutral analysis)"))
U(d, "\"Nairobi's stern language is aimed at Mogadishu's calculations", "she said.",
  ("Halima Osman Gure", N, neg, "", "reading of motives + risk line, no judgement or appeal = neutral"))
