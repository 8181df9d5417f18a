# ------------------------------------------------------------------ Fire at the migrant detention centre in Ciudad Juárez, 27 March 2023 ('world reacts' round-up, 2023-03-29)
d = "page_mexico_ciudadjuarez_migrantfire2023_worldreacts.txt"
# Not statements: masthead, menu, breadcrumb, headline (carries Guatemala's demand, counted in the body), standfirst, byline, time stamp,
# read time, photo caption with credit and "1 of 5", country crossheads, ADVERTISEMENT, Related, newsletter prompt, most read, tags, copyright.
# "At least 39 men died and 29 were injured ..." = toll with no named source: no row.
# "The fire was one of the deadliest ever recorded ..." and "Here is how governments ... responded." = narration, no row.
U(d, "Sixty-eight men from Central and South America were locked inside the facility", "according to the institute.",
  ("Mexico", N, neu, "", "the INM = Mexico; a figure given by an actor (attribution tail)"))
U(d, "Mexico's attorney general's office said on Wednesday that it had identified eight people", "arrest warrants would be sought.",
  ("Mexico", N, neu, "", "procedure against its own agents and guards; no judgement word (unsure: could be read as condemning the suspects)"))
U(d, "President Andrés Manuel López Obrador told his morning news conference on Tuesday", "set them alight.",
  ("Mexico", N, neg, "", "account of the cause that puts it on the detainees (not a canonical actor): facts given by an actor, negative in tone"))
U(d, "On Wednesday he said that no one would be shielded from the investigation", "answer for it.",
  ("Mexico", C, neg, "", "pronoun = López Obrador; holding his own guards to account = judgement + threatened response, aimed at persons (target empty)"))
U(d, "Foreign Minister Marcelo Ebrard said consular officials from the countries concerned", "treating them.",
  ("Mexico", N, neu, "", "procedure"))
U(d, "The INM said it would pay for funerals and repatriation", "survivors and their families.",
  ("Mexico", S, pos, "", "aid offered to the victims' families = supporting (no canonical target)"))
U(d, "Twenty-eight of the victims were Guatemalan, Foreign Minister Mario Búcaro told reporters", "in Guatemala City.",
  ("Guatemala", N, neu, "", "figure given by an actor, attribution after the figure"))
U(d, "Búcaro said his government expected Mexico to establish the full truth", "whatever their rank.",
  ("Guatemala", T, neu, "Mexico", "surname only; demand for truth and punishment with no judgement word = calling_for_talks (as demands for an inquiry)"))
U(d, "President Xiomara Castro sent her solidarity to the families", "statement from the presidency.",
  ("Honduras", T, neu, "Mexico", "solidarity + appeal for an investigation, no judgement: rule 2 before rule 3"))
U(d, "Foreign Minister Enrique Reina said a consular team had travelled to Ciudad Juárez", "Honduran dead.",
  ("Honduras", N, neu, "", "procedure"))
U(d, "The foreign ministry said the conduct of the staff who left the men locked in was unacceptable", "full weight of the law.",
  ("El Salvador", C, neg, "Mexico", "ministry given by the crosshead's state; 'unacceptable' judgement of Mexican staff"))
U(d, "Foreign Minister Yván Gil said the government would bring home the bodies", "at no cost to their families.",
  ("Venezuela", S, pos, "", "assistance to the victims' families = supporting (no canonical target)"))
U(d, "Gil also blamed US sanctions for driving Venezuelans onto the migrant routes", "carried by state television.",
  ("Venezuela", C, neg, "United States", "blame = condemning; second-hand attribution 'in remarks carried by state television'"))
U(d, "Consular assistance for the family of the one Colombian among the victims", "foreign ministry in Bogotá.",
  ("Colombia", S, pos, "", "bullet with no verb; assistance given = supporting (unsure: could be read as neutral consular routine)"))
U(d, "Condolences to the families and a call for a transparent investigation", "foreign ministry in Quito.",
  ("Ecuador", T, neu, "Mexico", "bullet with no verb; condolences + appeal for an inquiry, no judgement: rule 2"))
U(d, "State Department spokesperson Vedant Patel offered condolences to the families", "close contact with Mexican authorities.",
  ("United States", S, pos, "", "condolences = solidarity (supporting), contact = procedure; no canonical target"))
U(d, "Representative Veronica Escobar, whose Texas district faces Ciudad Juárez", "stranded in dangerous places.",
  ("United States", C, neg, "", "a member of Congress = United States (guide: Senator Cardin); judgement of her own country's policy (target empty, as target may not equal actor)"))
U(d, "Secretary-General António Guterres, in a statement issued by his spokesperson", "thorough investigation of the fire.",
  ("United Nations", T, neg, "Mexico", "sadness + condolences + call for an investigation: rule 2 before rule 3"))
U(d, "The International Organization for Migration and the UN refugee agency UNHCR urged Mexico", "locked facilities.",
  ("International Organization for Migration", T, neu, "Mexico", "two organisations as a list: one row each; appeal, no judgement"),
  ("UNHCR", T, neu, "Mexico", "same sentence"))
U(d, "The Inter-American Commission on Human Rights condemned the deaths", "held in its custody.",
  ("Organization of American States", C, neg, "Mexico", "IACHR = OAS body; condemnation + responsibility of the Mexican State"))
U(d, "Amnesty International said the fire was the foreseeable outcome", "as prisoners.",
  ("Amnesty International", C, neg, "Mexico", "judgement without stock words of Mexico's detention policy"))
U(d, "Pope Francis asked pilgrims in St Peter's Square on Wednesday to pray", "lost their lives.",
  ("Holy See", S, pos, "", "prayers for the dead = condolence/solidarity (supporting), no canonical target"))
U(d, "Kelvin Rojas Paredes, a Venezuelan migrant whose cousin survived the fire", "not their problem\".",
  ("Kelvin Rojas Paredes", C, neg, "Mexico", "invented witness; accusation of the guards by describing their conduct"))
U(d, "Araceli Montemayor, who studies border policy at a research institute in Tijuana", "run it humanely.",
  ("Araceli Montemayor", C, neg, "Mexico", "invented scholar; judgement of Mexico's role (the United States is mentioned, the judgement falls on Mexico's arrangement)"))
