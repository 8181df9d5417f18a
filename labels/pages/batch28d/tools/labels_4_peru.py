# ------------------------------------------------------------------ Peru: deaths near the Juliaca airport, 9 January 2023 (live blog, full HTML, 2023-01-10)
d = "page_peru_juliaca_airport_deaths2023_liveblog.html"
# Not statements: nav, kicker, headline, standfirst, byline, figcaption, live controls, time stamps, ADVERTISEMENT, share bar, newsletter, tags, most read, footer.
# "That is where we will leave ..." and the curfew line, the correspondent's scene ("Coffins have been carried ...") and the opening entry = narration, no row.
# "Congress has given ... a vote of confidence" = domestic procedure of Peru's own institutions, narrated; no row (the state cannot back itself as a target).
U(d, "Otárola told lawmakers before the vote that the police in Juliaca had faced", "the airport to be taken.",
  ("Peru", C, neg, "", "prime minister speaks for Peru; the march judged an 'organised assault' + warning = condemning; protesters are not a canonical actor -> target empty"))
U(d, "\"We are saddened by the loss of life in Puno", "respect the right to protest.\"",
  ("United States", T, neg, "", "entry given only as a label ('Washington:') and a quotation; grief + appeal to all and to the authorities, no judgement"))
# "That is from the U.S. ambassador in Lima, Lisa Kenna, posting on Twitter." = attribution line, no row of its own.
U(d, "Bolivia's president, Luis Arce, offered his condolences", "Bolivia's population.",
  ("Bolivia", S, neg, "", "condolences = solidarity = supporting, grieving tone; aimed at the families -> target empty"))
U(d, "\"The peoples of the altiplano do not deserve to be answered with bullets,\" Arce wrote", "democratic way out.",
  ("Bolivia", C, neg, "Peru", "judgement of the shootings + hope for a peaceful way out: rule 1, the judgement decides"))
U(d, "Peru's foreign ministry has sent a protest note to Colombia", "on social media.",
  ("Peru", C, neg, "Colombia", "a protest note = a diplomatic response in protest; Petro's 'commented' is only narrated here"))
U(d, "Petro had written that Peruvians were being \"hunted like enemies\"", "for demanding a vote.",
  ("Colombia", C, neg, "Peru", "surname only; judgement of the crackdown"))
U(d, "In a statement, the ministry described his remarks as unacceptable meddling", "internal affairs.",
  ("Peru", C, neg, "Colombia", "'the ministry' = Peru's foreign ministry (context); 'unacceptable meddling'"))
U(d, "preliminary investigation opened into President Dina Boluarte", "aggravated homicide and serious injuries.",
  ("Peru", N, neg, "", "live-blog label with no verb ('Prosecutor's office:'); the prosecution service is a state body = Peru; opening an investigation into its own government = procedure, neutral (unsure)"))
U(d, "Chile's foreign minister, Antonia Urrejola, said Santiago was following events", "agreed among themselves.",
  ("Chile", T, neg, "", "sorrow + backing for a dialogue among Peruvians = calling_for_talks (support for talks, not for a party)"))
U(d, "Defence Minister Jorge Chávez Cresta denied that soldiers had fired", "in police hands.",
  ("Peru", N, neg, "", "denial = neutral, negative"))
U(d, "The UN human rights office in Geneva has asked Peru to open prompt", "deaths in Juliaca.",
  ("United Nations", T, neg, "Peru", "appeal for investigations, no judgement = calling_for_talks"))
U(d, "Spokesperson Marta Hurtado told reporters the office was \"alarmed\"", "rising toll.",
  ("United Nations", N, neg, "", "spokesperson named by role; alarm with no appeal = neutral"))
U(d, "She said security forces must ensure that any use of force complies", "demonstrate peacefully.",
  ("United Nations", T, neu, "", "appeal to both sides (restraint, peaceful protest) = calling_for_talks"))
U(d, "The Inter-American Commission on Human Rights confirmed that a delegation", "at the invitation of the government.",
  ("Organization of American States", N, neu, "", "IACHR = OAS body; plans of a visit; Peru's invitation only narrated"))
U(d, "The commission said it condemned the violence \"from whatever quarter\"", "had not taken place.",
  ("Organization of American States", C, neg, "", "condemnation aimed at violence from any side + regret = condemning, target empty"))
U(d, "Elsa Mamani, a nurse at the Carlos Monge Medrano hospital, told us", "head or chest.",
  ("Elsa Mamani", N, neg, "", "invented witness; injuries described, no blame stated"))
U(d, "\"We ran out of blood and of hands,\" Mamani said.", "Mamani said.",
  ("Elsa Mamani", N, neg, "", "scene from the hospital, no position on an actor"))
U(d, "\"The European Union calls on all sides to exercise restraint", "to be identified.\"",
  ("European Union", T, neu, "", "label and quotation only ('EU:'); restraint + dialogue + accountability expectation, no judgement word"))
U(d, "Former Bolivian president Evo Morales, whose entry into Peru is now barred", "in a post on Twitter.",
  ("Movement for Socialism", C, neg, "Peru", "Evo Morales is an alias of Movement for Socialism in the name files (he holds no state office); 'a regime of massacres'"))
U(d, "The Peruvian interior ministry said on Monday that Morales and eight other Bolivians", "national security.",
  ("Peru", C, neg, "Movement for Socialism", "entry ban on Morales = an expulsion-type measure = condemning"))
U(d, "President Andrés Manuel López Obrador told his morning news conference", "the legitimate president.",
  ("Mexico", C, neg, "Peru", "entry labelled 'Mexico:'; 'repressing the people' + non-recognition of the government"))
U(d, "Giovanna Paredes, a political scientist at the Andean Centre for Public Policy", "rather than a political one.",
  ("Giovanna Paredes", C, neg, "Peru", "invented analyst; judgement of the government's approach without a stock word"))
U(d, "\"Every death in Puno makes the early election harder to negotiate", "Paredes said.",
  ("Giovanna Paredes", N, neg, "", "analysis of consequences, no judgement, no appeal"))
U(d, "Boluarte, speaking at the National Agreement forum on Monday", "within her government's reach.",
  ("Peru", N, neu, "", "the president on what is within her powers; no judgement"))
U(d, "She said the government had already sent Congress a bill", "to allow it to pass.",
  ("Peru", T, neu, "", "appeal for a 'national truce' = calling_for_talks"))
U(d, "The Ombudsman's Office raised the toll from Monday's clashes", "set on fire.",
  ("Peru", N, neg, "", "Ombudsman = state body; casualty figures = neutral"))
U(d, "The office said each death had to be clarified by prosecutors", "prevent more bloodshed.",
  ("Peru", T, neg, "", "'the office' = the Ombudsman; appeal for investigation and restraint to both sides"))
