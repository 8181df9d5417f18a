# ------------------------------------------------------------------ Arrest of Edgar Zambrano (8 May 2019): Venezuelan state news agency (2019-05-09)
d = "page_venezuela_zambrano_arrest2019_statenews.txt"
# Not statements: agency masthead, language bar, menu, section, headline, crossheads ("Bolivarian Government answers
# foreign interference", "Dialogue remains the path, says the Head of State"), [PHOTO n/3] captions with credits,
# ADVERTISEMENT, RELATED NEWS, tags, share bar, copyright.
U(d, "The President of the National Constituent Assembly (ANC)", "action of justice.",
  ("Venezuela", C, neg, "National Assembly of Venezuela", "dateline 'Caracas, 9 May 2019 (VENPRESS).- ' excluded; Cabello with his long titles = Venezuela (name files); 'no one ... will escape the action of justice' = threat against the Assembly's deputies"))
# "Zambrano, first vice-president of the National Assembly ... was taken ..." = narration of the arrest, no row.
U(d, "The TSJ had asked the ANC on 7 May to lift the parliamentary immunity", "the same day.",
  ("Venezuela", C, neg, "National Assembly of Venezuela", "the court's request and the ANC's vote = measures against deputies, reported as done (TSJ and ANC = Venezuela)"))
U(d, "\"The people of Venezuela saw with their own eyes", "weekly press conference of the party.",
  ("Venezuela", C, neg, "National Assembly of Venezuela", "'the head of the ANC' (title only) = Cabello; accusation of calling a military uprising"))
U(d, "He stressed that the deputies whose immunity was lifted", "due process.",
  ("Venezuela", N, pos, "", "reassurance about one's own conduct = neutral (labels/README)"))
U(d, "The President of the ANC added that the Bolivarian Revolution had never persecuted", "political opinion.",
  ("Venezuela", C, neg, "National Assembly of Venezuela", "denial joined to a judgement ('a coup dressed up as opinion'): the judgement decides"))
U(d, "Attorney General of the Republic, Tarek William Saab, reported", "set by law.",
  ("Venezuela", N, neu, "", "proceedings reported as done with no judgement (as one's own act reported without evaluation = neutral; unsure: a measure against deputies could be condemning)"))
U(d, "The Minister of Popular Power for Interior Relations, Justice and Peace", "respected at all times.",
  ("Venezuela", N, neu, "", "denial of any use of force = neutral"))
U(d, "For his part, deputy Juan Guaidó", "called on his followers to mobilise.",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "Guaidó = alias of the National Assembly of Venezuela; 'a kidnapping' = judgement; state media's framing ('in contempt') is the outlet's"))
U(d, "The Minister of Popular Power for Foreign Affairs, Jorge Arreaza, rejected", "belong only to Venezuelans.",
  ("Venezuela", C, neg, "", "rejection of three actors' statements as interference; several targets -> empty"))
U(d, "The United States Department of State had demanded Zambrano's immediate release", "violation of the Constitution.",
  ("United States", C, neg, "Venezuela", "demand + warning that those responsible will be held accountable = threat"),
  ("European Union", C, neg, "Venezuela", "EEAS spokesperson = EU; 'serious violation' = judgement; second actor of the same sentence"))
U(d, "In a statement issued the same day, the Lima Group said", "demanded the deputy's release.",
  ("Lima Group", C, neg, "Venezuela", "'systematic persecution' = judgement"))
U(d, "\"Those who finance and celebrate a military coup in Venezuela", "seat of the Chancellery.",
  ("Venezuela", C, neg, "", "judgement without stock words; 'those who finance' names no one -> target empty"))
# "Later that afternoon, the Chancellor received the Ambassador ..." = narration of a meeting, no row.
U(d, "The two sides agreed to continue coordinating their positions in the United Nations", "internal affairs of States.",
  ("Venezuela", S, pos, "Russia", "'the two sides' = Venezuela and Russia; pledge of joint diplomatic action = mutual backing"),
  ("Russia", S, pos, "Venezuela", "same sentence, second side"))
U(d, "The spokeswoman of the Ministry of Foreign Affairs of the Russian Federation, Maria Zakharova", "further meddling.",
  ("Russia", C, neg, "United States", "Washington as metonym; accusation of meddling"))
U(d, "Cuba's Foreign Minister Bruno Rodríguez Parrilla conveyed", "new campaign of aggression.",
  ("Cuba", C, neg, "", "solidarity joined to an explicit judgement ('campaign of aggression'): rule 1 makes it condemning; the aggressor is unnamed -> target empty (unsure)"))
U(d, "The Constitutional President of the Bolivarian Republic of Venezuela, Nicolás Maduro Moros", "remained open.",
  ("Venezuela", T, pos, "", "offer of dialogue = calling_for_talks"))
U(d, "\"I call once again on every Venezuelan who wants peace", "the Head of State said.",
  ("Venezuela", T, pos, "", "'the Head of State' = Maduro; appeal to talk; 'without foreign tutelage' is a condition, not a judgement of a named actor"))
U(d, "He recalled that the Government had accepted every initiative of dialogue", "the Caribbean Community.",
  ("Venezuela", N, pos, "", "self-praise about past conduct = neutral, positive tone"),
  ("Mexico", T, neu, "", "offer of accompaniment (mediation) reported as an act = calling_for_talks"),
  ("Uruguay", T, neu, "", "same"),
  ("CARICOM", T, neu, "", "Caribbean Community = CARICOM (alias)"))
U(d, "Professor Ramón Velasco Tirado, of the Instituto de Estudios Constitucionales", "granted to that body in 2017.",
  ("Ramón Velasco Tirado", S, neu, "Venezuela", "invented scholar quoted by state media; approval of the state's act = supporting, informational tone"))
U(d, "\"Parliamentary immunity was never meant to shield anyone", "Velasco said.",
  ("Ramón Velasco Tirado", C, neg, "", "surname after first mention; judgement of those who called the uprising, unnamed -> target empty"))
U(d, "Political analyst Marilyn Ochoa Guevara, for her part, said", "divisions deepened.",
  ("Marilyn Ochoa Guevara", C, neg, "", "judgement of the opposition ('tied its fate to Washington') joined to an appeal to negotiate: rule 1 (unsure: mild); the opposition is not one canonical actor -> target empty"))
