# ------------------------------------------------------------------ Aid convoy standoff on the Colombia-Venezuela border (live blog, 2019-02-23)
d = "page_venezuela_aid_liveblog.txt"
U(d, "Juan Guaido, the National Assembly leader recognised", "to free the country.",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "Guaido = National Assembly of Venezuela (actors.csv); asking allies to keep 'all options' (force included) open against Maduro's government = a threatened response"))
U(d, "He said the day's events had left him no choice.", "He said the day's events had left him no choice.",
  ("National Assembly of Venezuela", N, neg, "", "'He' = Guaido; a justification of his own request with no actor judged = neutral, negative (unsure: read with the previous sentence it extends the threat)"))
U(d, "Colombia's foreign ministry said it would host a meeting of the Lima Group", "will attend.",
  ("Colombia", N, neu, "", "meeting date announced; Pence's attendance is narration"))
U(d, "U.S. Secretary of State Mike Pompeo said the violence against civilians", "families of the dead.",
  ("United States", C, neg, "Venezuela", "'criminal' = judgement + sympathy (rule 1); 'armed gangs loyal to Maduro' = the Maduro government's side"))
U(d, "He warned that the United States would act against anyone", "democracy in Venezuela.",
  ("United States", C, neg, "Venezuela", "threat"))
U(d, "Earlier, National Security Adviser John Bolton said the masked gangs", "were defending.",
  ("United States", C, neg, "Venezuela", "judgement of Maduro's side put to his backers (a rebuke without stock words); the backing governments are not named"))
U(d, "Speaking to a crowd of supporters in Caracas, Nicolas Maduro said", "24 hours to leave.",
  ("Venezuela", C, neg, "Colombia", "breaking relations + expulsion of diplomats = condemning; Caracas = place"))
U(d, "He accused Bogota of lending its territory", "against Venezuela.",
  ("Venezuela", C, neg, "Colombia", "accusation; Bogota = metonym"))
U(d, "The aid, he said, was a cheap show staged by the United States", "military intervention.",
  ("Venezuela", C, neg, "United States", "attribution inside the sentence; accusation"))
U(d, "Colombia's migration agency said that by evening 60 members", "asked for protection.",
  ("Colombia", N, neu, "", "a state agency giving figures"))
U(d, "Colombian President Ivan Duque said that setting fire to food and medicine", "regime in Caracas.",
  ("Colombia", C, neg, "Venezuela", "judgement ('cruelty', 'usurping regime')"))
U(d, "Duque said the cargo would be stored again", "as long as it took.",
  ("Colombia", S, neu, "", "keeps the aid ready for delivery = offering aid; target empty (Venezuelans, not the Venezuelan state) (unsure: could be a neutral plan)"))
U(d, "Colombia's migration agency confirmed that two trucks", "Cucuta and Urena.",
  ("Colombia", N, neg, "", "a fact confirmed, no blame assigned"))
U(d, "Guaido said on Twitter that destroying humanitarian aid", "Geneva conventions.",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "'crime against humanity' = judgement"))
U(d, "Brazil's foreign ministry condemned the use of force by the Maduro government", "collect the aid.",
  ("Brazil", C, neg, "Venezuela", "condemnation"))
U(d, "Two trucks that had tried to cross from Brazil's Roraima state", "said.",
  ("Brazil", N, neu, "", "the presidency's spokesman (introduced by role) gives a fact"))
U(d, "Defence Minister Vladimir Padrino Lopez said the armed forces", "through.",
  ("Venezuela", C, neg, "", "deployment against 'an invasion disguised as aid' = announced response + accusation; the invader is not named -> target empty"))
U(d, "The International Committee of the Red Cross, which declined to take part", "at the crossings.",
  ("ICRC", T, neu, "", "declining to take part (no protest) is narration in a relative clause; the position is the appeal for neutral aid and protection of civilians"))
U(d, "Duque, Chilean President Sebastian Pinera, Paraguayan President Mario Abdo Benitez", "outside Cucuta.",
  ("Colombia", S, pos, "National Assembly of Venezuela", "backing by act: seeing off Guaido's convoy; list with Oxford comma, one row per actor"),
  ("Chile", S, pos, "National Assembly of Venezuela", "same list"),
  ("Paraguay", S, pos, "National Assembly of Venezuela", "same list"),
  ("Organization of American States", S, pos, "National Assembly of Venezuela", "OAS Secretary General = the OAS"))
U(d, "Guaido thanked them and the donor governments", "\"one way or another\".",
  ("National Assembly of Venezuela", S, pos, "", "thanks to several actors = approval, target empty; the resolve to deliver is part of the same act"))
U(d, "Pinera told reporters in Cucuta that Maduro's government", "would have to go.",
  ("Chile", C, neg, "Venezuela", "surname only after introduction; 'lost all legitimacy' = judgement"))
U(d, "Vice President Delcy Rodriguez announced late on Friday", "closed temporarily.",
  ("Venezuela", N, neu, "", "a measure announced with no reason or judgement stated"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said on Friday", "against Venezuela.",
  ("Russia", C, neg, "United States", "accusation of Washington (metonym)"))
U(d, "U.N. spokesman Stephane Dujarric said on Friday", "political or military ends.",
  ("United Nations", T, neu, "", "appeal to avoid violence + aid not to be politicised, aimed at all"))
