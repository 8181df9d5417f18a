# ------------------------------------------------------------------ The Emtrasur Boeing 747 grounded at Ezeiza (Latin American outlet's English edition, full HTML, 2022-06-19)
d = "page_argentina_emtrasur2022_latamenglish.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, standfirst, byline/time/read time, share bar, figcaptions "n of 3",
# crossheads (incl. the quoted crosshead "If there is anything, it will come out"), ADVERTISEMENT, tags, newsletter, Related, comments, most read, footer.
U(d, "President Alberto Fernández said on Saturday that there was nothing irregular", "one of its Iranian crew members.",
  ("Argentina", N, neg, "", "lede: the president denies any irregularity in the arrival = neutral, negative tone (guide on denials); the trailing clause is narration"))
# "The Boeing 747, operated by Emtrasur ..." and "Two days later it took off for Montevideo ..." = narration, no row (the refusal by Uruguay and the fuel suppliers is told by the outlet; Uruguay's own account follows).
U(d, "Speaking on Radio 10, the president said the opposition had tried to conjure a dark plot", "sell it fuel.",
  ("Argentina", C, neg, "", "'the president' carried; accuses 'the opposition' of inventing a plot; generic 'opposition' -> target empty (labels/README), though Juntos por el Cambio is named further down"))
U(d, "Security Minister Aníbal Fernández, no relation to the president, told reporters on Monday", "found on board.",
  ("Argentina", N, neu, "", "facts from intelligence + nothing found; no judgement"))
U(d, "\"If there is anything, it will come out, and this government is not going to cover for anybody,\" the minister said.", "the minister said.",
  ("Argentina", N, neu, "", "'the minister' = Aníbal Fernández; reassurance about own conduct"))
U(d, "Federal judge Federico Villena, who is investigating the crew, has barred the five Iranians", "according to court sources.",
  ("Argentina", N, neu, "", "judicial measure in an investigation of individuals (a court is an organ of the state); unnamed court sources tied to a named body; procedure, not a judgement of Iran (unsure)"))
U(d, "His court said on Thursday that the cargo had been searched twice", "had turned up.",
  ("Argentina", N, neu, "", "'his court'; findings"))
U(d, "Foreign Minister Santiago Cafiero said Argentina was cooperating with the court", "passing through the country.",
  ("Argentina", N, neu, "", "procedure and equal treatment, no appeal"))
# "The alarm was first raised in Paraguay, where the same aircraft landed ..." = narration, no row.
U(d, "In Asunción, Interior Minister Federico González said two civil aviation officials", "had been dismissed.",
  ("Paraguay", N, neu, "", "own disciplinary measure reported as done; Asunción = place"))
U(d, "Paraguay's intelligence chief, Esteban Aquino, went further on Friday", "a member of the Quds Force.",
  ("Paraguay", C, neg, "Iran", "'went further' introduces an accusation: the captain is a Quds Force member (target Iran, whose Revolutionary Guards are named; unsure: could be neutral identification)"))
U(d, "Aquino said his office had shared its file with Argentina, Uruguay and the United States", "left Ciudad del Este.",
  ("Paraguay", N, neu, "", "reported clause; own act of information sharing"))
U(d, "In Montevideo, Defence Minister Javier García said the jet had already crossed much of the estuary", "permission to land.",
  ("Uruguay", N, neu, "", "account of own decision, no reason or judgement stated"))
U(d, "Interior Minister Luis Alberto Heber said Uruguay had acted on intelligence", "neighbouring country.",
  ("Uruguay", N, neu, "", "procedure"))
U(d, "Paraguay and Uruguay have both said they acted on their own judgement", "pressure from Washington.",
  ("Paraguay", N, neg, "", "two states as a list: one row each; denial of pressure = neutral, negative tone"),
  ("Uruguay", N, neg, "", "same sentence"))
# "The US Embassy in Buenos Aires declined to comment on the case." = non-answer, no row.
U(d, "In Tehran, Foreign Ministry spokesman Saeed Khatibzadeh said the Iranians aboard were airline staff", "the Islamic Republic's enemies.",
  ("Iran", C, neg, "", "denial + 'media operation run by ... enemies' = judgement; enemies unnamed -> target empty"))
U(d, "Khatibzadeh said Tehran expected the Argentine authorities to let its citizens return home", "further delay.",
  ("Iran", T, neu, "Argentina", "surname only; demand addressed to one side with no judgement word"))
U(d, "Mahan Air spokesman Amir Hossein Zolanvari was quoted by the IRNA news agency as saying", "nothing more to do with it.",
  ("Mahan Air", N, neg, "", "'was quoted by ... as saying'; company's denial of any link (new actor, organisation); IRNA is not an actor"))
U(d, "Venezuela's foreign ministry said in a statement that the crew were being held hostage", "go home.",
  ("Venezuela", C, neg, "", "'held hostage to a media campaign' = judgement + appeal (rule 1); the campaign is nobody named -> target empty"))
U(d, "Conviasa said the car parts had been delivered to their Argentine buyer", "civil aviation rules.",
  ("Venezuela", N, neu, "", "state airline = state body of Venezuela (unsure: could be its own organisation); facts"))
U(d, "Opposition deputy Gerardo Milman, of the Juntos por el Cambio coalition", "answer to Congress.",
  ("Juntos por el Cambio", C, neg, "Argentina", "deputy speaks for his coalition; judgement of the government + demand"))
U(d, "The DAIA, the umbrella body of Argentina's Jewish organisations, has joined the case as a plaintiff", "look the other way.",
  ("DAIA", C, neg, "Iran", "joining as plaintiff (act) + a charge against Iran over the AMIA suspects (new actor, organisation)"))
U(d, "The Israeli embassy in Buenos Aires said it was following the investigation closely", "Argentine courts.",
  ("Israel", N, pos, "", "monitoring + confidence in the courts, no appeal (unsure: could be supporting Argentina)"))
U(d, "\"Nineteen people on a freighter that needs five is a red flag", "Hemispheric Studies Centre in Buenos Aires.",
  ("Lucía Benavídez", C, neg, "Argentina", "invented researcher; quote before the name; judgement of the authorities' slowness"))
U(d, "She urged Buenos Aires and Caracas to settle the fate of the aircraft", "rather than on television.",
  ("Lucía Benavídez", T, neu, "", "appeal to two capitals for a legal, consular course"))
U(d, "Martín Ojeda, a retired air force commodore who now advises cargo airlines", "not a security finding.",
  ("Martín Ojeda", N, neu, "", "former officer = independent person (invented); assessment, no judgement"))
U(d, "Ojeda said he expected the aircraft to stay on the ground for months", "about the crew.",
  ("Martín Ojeda", N, neu, "", "forecast"))
