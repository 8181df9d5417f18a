# Brazil: the Yanomami health emergency (national daily, English edition, scraped text, 2023-01-24)
d = "page_brazil_yanomami_emergency2023_nationaldaily.txt"
U(d, "President Luiz Inácio Lula da Silva on Sunday accused the government of his predecessor", "malnutrition and malaria.",
  ("Brazil", C, neg, "Jair Bolsonaro", "head of state = Brazil; accusation of genocide aimed at the former government; Bolsonaro, out of office, is his own actor"))
U(d, "\"What I saw in Boa Vista was not bad luck or neglect.", "on his social media accounts.",
  ("Brazil", C, neg, "Jair Bolsonaro", "two-sentence quote closed by the speaker; 'a policy that abandoned these people' = judgement of the previous government (target by context)"))
U(d, "The Health Ministry declared a public health emergency in the territory on Friday", "food baskets and medicines.",
  ("Brazil", N, pos, "", "own emergency measures and relief at home, aimed at no actor = neutral (labels/pages convention for own measures); unsure: relief could be read as supporting"))
U(d, "\"We found children weighing half of what they should", "after returning from Roraima.",
  ("Brazil", N, neg, "", "health minister = Brazil; what she found = facts, no one blamed in the sentence"))
U(d, "According to the Ministry of Indigenous Peoples, 570 Yanomami children died", "of the previous government.",
  ("Brazil", N, neg, "", "figures from a ministry = neutral; 'during the previous government' dates the figure, it does not blame"))
U(d, "Justice Minister Flávio Dino said on Sunday he had ordered the Federal Police to open an inquiry", "against the Yanomami.",
  ("Brazil", C, neg, "", "inquiry ordered into 'serious evidence' of genocide = accusation of crimes by unnamed perpetrators (target empty)"))
U(d, "\"The State will find out who profited from this suffering and who looked away", "news conference in Brasília.",
  ("Brazil", C, neg, "", "promise that culprits will answer = threatened response; no named target; 'in Brasília' = place"))
U(d, "Minister of Indigenous Peoples Sônia Guajajara said the government would remove every illegal miner", "and the Armed Forces.",
  ("Brazil", N, neu, "", "operation announced against illegal miners (no canonical actor) = own measure, neutral (labels/pages convention for measures against non-actors)"))
U(d, "\"There will be no negotiation with those who poisoned the rivers,\"", "reporters in Boa Vista.",
  ("Brazil", C, neg, "", "'those who poisoned the rivers' = explicit judgement of the miners (not an actor: target empty) + refusal to negotiate"))
U(d, "Dino urged the miners to leave the territory on their own", "bloodshed in the forest.",
  ("Brazil", T, neu, "", "surname only; appeal to leave peacefully and avoid bloodshed, no judgement in the sentence = calling_for_talks; miners are no canonical actor: target empty"))
U(d, "Bolsonaro, who has been in the United States since before Lula's inauguration", "a fabrication by the left.",
  ("Jair Bolsonaro", N, neg, "", "former president out of office = his own actor; rejection of the accusation = denial (neutral, negative); 'the left' is no canonical actor"))
U(d, "He said his government had carried out some 20 health missions", "to Indigenous communities.",
  ("Jair Bolsonaro", N, neu, "", "figures in his own defence = neutral"))
U(d, "\"Nobody did more for the Indigenous people's health than we did during the pandemic,\"", "the former president wrote.",
  ("Jair Bolsonaro", N, pos, "", "self-praise = neutral, positive tone (labels/README)"))
U(d, "Former Human Rights Minister Damares Alves, who takes her seat as a senator", "political revenge.",
  ("Damares Alves", C, neg, "Brazil", "former minister, senator-elect not yet sworn in = her own actor (new); accuses the government of using the images for revenge"))
U(d, "Roraima Governor Antonio Denarium, an ally of the former president, said the state had asked federal agencies", "the whole of Roraima.",
  ("Brazil", N, neg, "", "state governor resolves to Brazil (provincial officials, labels/README); self-defence + reproach aimed at federal agencies of the same state: no canonical target (unsure)"))
U(d, "Workers' Party president Gleisi Hoffmann said Bolsonaro should be made to answer in court", "in Roraima.",
  ("Workers' Party", C, neg, "Jair Bolsonaro", "party president = party; demand that he answer in court = holds him responsible"))
U(d, "Dário Kopenawa, vice-president of the Hutukara Yanomami Association, said the organisation had sent letter after letter", "without receiving any reply.",
  ("Hutukara Yanomami Association", C, neg, "Jair Bolsonaro", "association (new) through its vice-president; warnings ignored by the previous government = accusation by description (target = its head, unsure)"))
U(d, "\"The miners bring malaria, mercury and hunger.", "Kopenawa said.",
  ("Hutukara Yanomami Association", C, neg, "", "judgement of the miners (no canonical actor: target empty) + demand that they leave"))
U(d, "The Articulation of Indigenous Peoples of Brazil (Apib) welcomed the emergency measures", "had been dismantled.",
  ("Articulation of Indigenous Peoples of Brazil", S, pos, "Brazil", "welcome + request to keep security forces deployed (not a peace appeal) = supporting (labels/README: welcome with an appeal for force or money)"))
U(d, "Survival International said the suffering in the territory was the foreseeable outcome", "Indigenous health care.",
  ("Survival International", C, neg, "Jair Bolsonaro", "'authorities had encouraged invaders and dismantled health care' over the four previous years = judgement of the former government (target by context, unsure)"))
U(d, "The United Nations system in Brazil said in a note that its agencies were ready to support", "water supply.",
  ("United Nations", S, pos, "Brazil", "offer of specialists = offer of assistance"))
U(d, "For anthropologist Luciana Furtado, who has worked with Yanomami communities for two decades", "once miners felt protected.",
  ("Luciana Furtado", N, neg, "", "invented anthropologist = independent person; analysis without an explicit judgement (unsure: 'felt protected' hints at blame)"))
U(d, "\"Every speech that treated Indigenous land as an obstacle", "she said.",
  ("Luciana Furtado", C, neg, "Jair Bolsonaro", "speeches heard as a licence for invasion = judgement of the former president's rhetoric (target by context, unsure)"))
# no row: "Images of emaciated children ..." (narration), "The Federal Police and the Armed Forces have not yet said ..."
# (no position), headline, standfirst, byline, caption, crossheads, "Read also", tags, most-read list, furniture.
