# ------------------------------------------------------------------ Guaido declares himself interim president of Venezuela (Reuters-style wire, 2019-01-24)
d = "page_guaido_recognition_wire.txt"
U(d, "Venezuela's armed forces rejected opposition leader Juan Guaido's claim", "eastern Caracas.",
  ("Venezuela", C, neg, "National Assembly of Venezuela", "dateline excluded; the army speaks for its state; refusal of a party's claim in protest (the quote that follows gives the grievance)"))
U(d, "“The armed forces answer to the constitution", "high command.",
  ("Venezuela", C, neg, "National Assembly of Venezuela", "quote closed by its speaker; ridicule of Guaido's oath = judgement"))
U(d, "“What is under way is a coup against our institutions", "will not allow it.”",
  ("Venezuela", C, neg, "National Assembly of Venezuela", "quote continued after the attribution, same speaker; 'coup' + threat"))
U(d, "President Nicolas Maduro, who began a second term", "leave the country.",
  ("Venezuela", C, neg, "United States", "breaking relations + expelling diplomats = a taken response"))
U(d, "U.S. Secretary of State Mike Pompeo replied that Maduro", "firm response.",
  ("United States", C, neg, "Venezuela", "denies Maduro's standing + warning = threat"))
U(d, "Addressing the Organization of American States in Washington", "back Guaido.",
  ("United States", S, pos, "National Assembly of Venezuela", "aid pledged + urging backing of Guaido; the OAS is only addressed ('the bloc')"))
U(d, "U.S. President Donald Trump recognised Guaido within minutes", "legitimate mandate.",
  ("United States", S, pos, "National Assembly of Venezuela", "recognition = backing by act"))
U(d, "Asked later whether military action was possible", "ruled out.",
  ("United States", C, neg, "Venezuela", "veiled threat of force"))
U(d, "Canada, Brazil, Colombia, and Argentina were among", "on Wednesday.",
  ("Canada", S, pos, "National Assembly of Venezuela", "recognition (list with Oxford comma); 'more than a dozen governments' unnamed: no row"),
  ("Brazil", S, pos, "National Assembly of Venezuela", "same list"),
  ("Colombia", S, pos, "National Assembly of Venezuela", "same list"),
  ("Argentina", S, pos, "National Assembly of Venezuela", "same list"))
U(d, "Most members of the Lima Group", "new elections.",
  ("Lima Group", S, pos, "National Assembly of Venezuela", "joint statement of a regional group = the group"))
U(d, "“Maduro's claim to the presidency ended", "reporters in Ottawa.",
  ("Canada", C, neg, "Venezuela", "'fraudulent vote' = judgement; Ottawa = place"))
U(d, "Brazil's vice president, Hamilton Mourao, said", "in its neighbour.",
  ("Brazil", N, neu, "", "rules out own participation, no judgement or appeal"))
U(d, "In Brussels, the European Union called in a statement", "had to be respected.",
  ("European Union", T, neu, "", "appeal for a political process and elections + safety of the Assembly; no recognition, no judgement"))
U(d, "Spanish Prime Minister Pedro Sanchez telephoned Guaido", "his office said.",
  ("Spain", S, pos, "National Assembly of Venezuela", "support"))
U(d, "Guaido's self-proclamation amounts to an attempt to usurp power", "legitimate leader.",
  ("Russia", C, neg, "National Assembly of Venezuela", "possessive before the speaker (Guaido is not a speaker here); 'usurp power' judgement; backing of Maduro in the same sentence: rule 1"))
U(d, "President Vladimir Putin spoke to Maduro by telephone", "the Kremlin said.",
  ("Russia", S, pos, "Venezuela", "support"))
U(d, "Chinese foreign ministry spokeswoman Hua Chunying said Beijing opposed", "resolve their differences peacefully.",
  ("China", C, neg, "", "'opposed foreign interference' aimed at an act (implicitly the US, not named) = judgement; appeal in the same sentence: rule 1; target empty (unsure: could be read as a general appeal)"))
U(d, "She said China supported the efforts of the Venezuelan government", "sovereignty and stability.",
  ("China", S, pos, "Venezuela", "support"))
U(d, "Turkish President Tayyip Erdogan phoned Maduro", "said on Twitter.",
  ("Turkey", S, pos, "Venezuela", "backing; Ankara = metonym"))
U(d, "Cuban President Miguel Diaz-Canel and the government of Bolivia", "support for Maduro.",
  ("Cuba", S, pos, "Venezuela", "support"),
  ("Bolivia", S, pos, "Venezuela", "support"))
U(d, "The governments of Mexico and Uruguay, which have not recognised Guaido", "Venezuelan parties.",
  ("Mexico", T, neu, "", "joint statement: rejects violence aimed at no one + proposes negotiation"),
  ("Uruguay", T, neu, "", "same joint statement"))
U(d, "At least 13 people were killed in protests", "monitoring group.",
  ("Venezuelan Observatory of Social Conflict", N, neu, "", "named monitoring NGO giving a toll"))
U(d, "U.N. Secretary-General Antonio Guterres said in Davos", "open conflict.",
  ("United Nations", T, neg, "", "appeal for talks, negative tone"))
U(d, "U.N. human rights chief Michelle Bachelet called for", "hold back.",
  ("United Nations", T, neg, "Venezuela", "demand for an investigation + restraint, no judgement word"))
U(d, "Guaido, speaking to the U.S. Spanish-language network Univision", "constitutional order.",
  ("National Assembly of Venezuela", T, neu, "Venezuela", "conditional offer (amnesty for restoring order) = calling_for_talks (README: conditional offers)"))
