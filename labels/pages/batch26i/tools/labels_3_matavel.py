# ------------------------------------------------------------------ Killing of election observer Anastácio Matavel, Xai-Xai, Mozambique (Southern African news site, full HTML, 2019-10-09)
d = "page_mozambique_matavel_killing2019_southernsite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, time stamp, figure captions and credits, ADVERTISEMENT, crossheads, Related, tags, share bar, comments, most read, footer.
U(d, "Mozambique's police chief said on Tuesday that four of the five men", "next week's general election under a cloud.",
  ("Mozambique", N, neu, "", "dateline excluded; the police chief's finding on his own officers = fact; 'diplomats and rights groups' are unnamed -> no row for them"))
# "Anastácio Matavel ... was shot several times ..." and "The car carrying the gunmen crashed ..." = narration, no row.
U(d, "Commander-General Bernardino Rafael told reporters in Maputo", "had been suspended.",
  ("Mozambique", N, neu, "", "police commander = state; findings and a suspension of own officers, no judgement"))
U(d, "A commission of inquiry had been given fifteen days to report", "if the findings pointed to them.",
  ("Mozambique", N, neu, "", "surname only; procedure + reassurance about own conduct = neutral"))
U(d, "President Filipe Nyusi, campaigning for a second term", "Mozambicans had fought for.",
  ("Mozambique", C, neg, "", "'a crime against the whole country' = judgement of the killing; perpetrators unnamed -> target empty"))
U(d, "\"Whoever pulled the trigger, and whoever sent them, will answer before a court.", "carried by the public broadcaster TVM.",
  ("Mozambique", C, neg, "", "second-hand attribution ('in remarks carried by the public broadcaster'); promise of prosecution aimed at the perpetrators = threatened response"))
U(d, "The ruling Frelimo party's spokesman, Caifadine Manasse, denied", "win votes from a tragedy.",
  ("Frelimo", C, neg, "", "denial (neutral alone) + judgement of opponents exploiting a tragedy (rule 1); several opponents -> target empty"))
U(d, "Renamo, the former rebel movement and main opposition party, said the killing fitted a pattern", "its offices burned.",
  ("Renamo", C, neg, "Frelimo", "accusation made by describing intimidation in a Frelimo stronghold (unsure of the target: Frelimo is implied, not named as the culprit)"))
U(d, "Renamo's spokesman, José Manteigas, said the party held the government responsible", "the observer was killed.",
  ("Renamo", C, neg, "Mozambique", "holds the government responsible = condemning; reported clause"))
U(d, "The Democratic Movement of Mozambique, the third-largest party, said it would not withdraw", "party agents in Gaza.",
  ("Democratic Movement of Mozambique", T, neu, "Mozambique", "stays in the vote + asks the election commission (a state body) to protect observers = calling_for_talks"))
U(d, "The National Elections Commission said in response", "full access on voting day.",
  ("Mozambique", N, neu, "", "the commission is a state body; measures and plans, no evaluation"))
U(d, "The European Union's delegation in Maputo, whose observer mission", "belonged to Mozambicans alone.",
  ("European Union", C, neg, "", "judgement of the murder without stock words; perpetrators unnamed -> target empty"))
U(d, "The statement called on all parties and their supporters", "free of violence.",
  ("European Union", T, neu, "", "'the statement' = the EU's; appeal to all sides to avoid violence"))
U(d, "The United States Embassy said it condemned the killing", "to justice.",
  ("United States", C, neg, "", "condemnation + demand for justice (rule 1); perpetrators unnamed"))
U(d, "Portugal's foreign ministry conveyed its condolences", "the Portuguese embassy in Maputo.",
  ("Portugal", S, neg, "", "condolences = solidarity (supporting), grief; second-hand attribution ('according to a note'); target empty (family, civil society)"))
U(d, "The head of the SADC Electoral Observation Mission told journalists", "following the investigation closely.",
  ("SADC", N, neg, "", "troubled + monitoring, no appeal = neutral, negative"))
U(d, "The United Nations resident coordinator in Mozambique, Myrta Kaulard", "to vote in calm.",
  ("United Nations", T, neu, "", "sympathy joined to an appeal for calm, no judgement: rule 2 before rule 3"))
U(d, "Human Rights Watch said it was alarmed that officers sworn to protect voters", "taken part in the attack.",
  ("Human Rights Watch", C, neg, "Mozambique", "alarm aimed at a named actor's act (police taking part in a killing) = accusation (unsure: could be read as concern without appeal, neutral)"))
U(d, "Dewa Mavhinga, the group's southern Africa director, urged", "work without fear.",
  ("Human Rights Watch", T, neu, "Mozambique", "appeal for an inquiry and the protection of observers, no judgement"))
U(d, "The Centre for Public Integrity, a Maputo-based anti-corruption group, said the attack was aimed", "that it says do not exist.",
  ("Centre for Public Integrity", C, neg, "", "new actor; ascribes intimidation as the attack's aim = judgement of the act; long sentence also carrying its old charge of ghost voters"))
U(d, "The Mozambican Bar Association said it had assigned three lawyers", "free of charge.",
  ("Mozambican Bar Association", S, neu, "", "new actor; backing by act (free legal help) for the family; no canonical target"))
U(d, "Sala da Paz said its observers would be in place on polling day", "in every district of Gaza.",
  ("Sala da Paz", N, pos, "", "new actor (the observer platform); own plan, defiant tone"))
U(d, "\"They wanted to empty the polling stations of witnesses.", "the platform said on its Facebook page.",
  ("Sala da Paz", C, neg, "", "'the platform' = Sala da Paz; ascribes the killers' intent = judgement; perpetrators unnamed"))
U(d, "Helena Macuácua, a trainer who was at the workshop", "confrontation at polling stations.",
  ("Helena Macuácua", N, neu, "", "invented witness; what the victim told trainees = narration of facts"))
U(d, "\"He told us to stay calm whatever happened", "she said.",
  ("Helena Macuácua", C, neg, "", "anger and a demand that the killers face the family = judgement of the perpetrators (unsure: could be neutral grief)"))
U(d, "Sérgio Chilaule, a political scientist at Eduardo Mondlane University, said", "whatever the outcome of the inquiry.",
  ("Sérgio Chilaule", N, neg, "", "invented analyst; forecast of damage to credibility, no judgement of an actor"))
U(d, "\"The police commander did the right thing", "Chilaule said.",
  ("Sérgio Chilaule", T, neu, "Mozambique", "praise of the commander joined to an appeal that the courts finish the job: the appeal decides, as for the EU on page 1 (unsure: could be supporting)"))
# Last paragraph (the vote, the August peace deal) = background narration, no row.
