# ---------------------------------------------------------------- 2. Togo: abduction of Steve Amoussou (state agency)
d = "page_togo_amoussou_abduction2024_stateagency.txt"
TG = "Togo"
BJ = "Benin"
SA = "Steve Amoussou"
DEM = "The Democrats"
CNDH = "National Human Rights Commission (Togo)"
U(d, "The Public Prosecutor at the Lomé Court of First Instance, Mr Talaka Mawama, announced on Sunday,", "for several years.",
  (TG, C, neg, "", "dateline excluded; the Lomé prosecutor = Togo; international arrest warrants against four suspects = a measure taken; the suspects are not actors -> target empty; TVT is the channel, not a speaker"))
U(d, "The Public Prosecutor indicated that the victim was seized in the street", "in a position to react.",
  (TG, N, neg, "", "prosecutor's account of the abduction = facts, negative in tone"))
U(d, "He further indicated that the investigation entrusted to the Central Service", "of Togolese nationality.",
  (TG, N, neu, "", "'He' = the prosecutor; findings of the inquiry = facts"))
U(d, "Of the four presumed kidnappers, three have been formally identified,", "(Interpol).",
  (TG, C, neg, BJ, "naming the director of a Beninese state agency (CNIN) among the presumed kidnappers and passing his particulars to Interpol = accusation pointing at a Beninese state body (unsure: the prosecutor does not name the Beninese State; target could be left empty); Interpol is an object"))
U(d, "The communiqué specifies that the two accomplices,", "complicity in abduction and sequestration.",
  (TG, C, neg, "", "arrest and committal of two accomplices = measure taken (unsure: could be a neutral law-enforcement fact); individuals are not actors -> target empty"))
U(d, "In his communiqué, Mr Talaka Mawama described the operation carried out on Togolese soil", "by foreign agents.",
  (TG, C, neg, BJ, "'an intolerable affront to the sovereignty of the Togolese State', persons 'carried off by force by foreign agents' = judgement; in context the agents are those of the Beninese state body named above (unsure: target could be empty)"))
U(d, "\"The Togolese justice system will pursue this case without letting up,", "the Public Prosecutor declared.",
  (TG, C, neg, "", "two-sentence quote closed by its speaker; resolve to prosecute 'whatever the rank' of those involved = threatened response against the suspects; target empty"))
U(d, "The Public Prosecutor called on any person holding information", "nearest police or gendarmerie unit.",
  (TG, N, neu, "", "appeal to help a criminal inquiry = neutral (not an appeal for a peaceful course)"))
U(d, "For his part, the Minister of Security and Civil Protection, Colonel Calixte Batossie Madjoulba, indicated to ATOP", "drawn every lesson from them.",
  (TG, N, neu, "", "security minister = Togo; own measures (reinforced border surveillance); the agency is not an actor"))
U(d, "The Minister reassured the foreign communities living in Togo,", "whatever his nationality or his opinions.",
  (TG, N, pos, "", "reassurance about the state's own conduct = neutral, positive"))
U(d, "He warned that any person, Togolese or foreign, who lends a hand to operations of this kind", "with the utmost firmness.",
  (TG, C, neg, "", "warning of pursuit and prosecution = threat; aimed at no named actor -> target empty"))
U(d, "According to a source at the Ministry of Foreign Affairs, Regional Integration and Togolese Abroad,", "through the usual diplomatic channels.",
  (TG, N, neu, "", "unnamed official of a named ministry speaks for Togo; procedure"))
U(d, "The same source indicated that Lomé hoped the matter would be handled", "united Togo and Benin.",
  (TG, T, pos, BJ, "'Lomé' = Togo (metonym); hope for judicial cooperation and that ties are not clouded = calling_for_talks (guide: hopes); addressed to Benin"))
U(d, "It should be recalled that Mr Steve Amoussou, presented on social networks", "placed him in pre-trial detention.",
  (BJ, C, neg, SA, "the CRIET special prosecutor (a Beninese judicial authority) placing him in pre-trial detention = a measure by the Beninese state (unsure: recalled narration, could get no row); Steve Amoussou = new person actor; 'part of the Beninese opposition' is not a speaker here"))
U(d, "According to his lawyers, Mr Amoussou told the special prosecutor that he was not the author", "sympathy for their content.",
  (SA, N, neg, "", "reported through his lawyers; denial of being 'Frère Hounvi' = neutral, negative"))
U(d, "One of his counsel in Cotonou, Mr Renaud Agbodjo, said on Sunday evening", "before the Beninese judges.",
  (SA, N, neu, "", "a lawyer speaking for his client = Steve Amoussou; plan of the defence"))
U(d, "The main Beninese opposition party, Les Démocrates,", "welcomed the diligence of the Togolese judicial authorities.",
  (DEM, S, pos, TG, "Les Démocrates = The Democrats (name files); welcome of the Togolese inquiry = supporting Togo"))
U(d, "In a statement signed by its executive secretary, the party said the communiqué", "immediate and unconditional release.",
  (DEM, C, neg, BJ, "'the party' = Les Démocrates; 'kidnapped and not arrested' = accusation against the Beninese authorities + demand for release; the Lomé prosecutor's communiqué is an object"))
U(d, "Contacted by ATOP on Sunday evening, the office of the Beninese Government Spokesperson", "of the Togolese prosecutor's office.",
  (BJ, N, neu, "", "declining to comment = neutral (as in the UN briefing precedents)"))
U(d, "In Lomé, the National Human Rights Commission (CNDH) welcomed the speed", "professionalism of the SCRIC.",
  (CNDH, S, pos, TG, "national human rights institution (new actor, as batch45a's Mauritanian commission); praise of the Togolese investigators; Lomé = place"))
U(d, "The Commission recalled that no person, whatever his nationality,", "fully respected.",
  (CNDH, T, neu, "", "'The Commission' = CNDH; reminder of the law + request to both countries' authorities to respect his rights = appeal, two addressees -> target empty"))
U(d, "The West and Central Africa regional office of Amnesty International,", "in a fair procedure.",
  ("Amnesty International", T, neu, "", "regional office = Amnesty International; urges the two governments to cooperate so those responsible are tried = appeal, two addressees -> target empty"))
