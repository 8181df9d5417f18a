# ------------------------------------------------------------------ Arrest of Abir Moussi, Tunisia (Free Destourian Party press-release page, HTML, 2023-10-03 to 10-16)
d = "page_tunisia_moussi_arrest2023_pdlreleases.html"
# Not statements: menu, breadcrumb, page title, intro note, release headlines (some carry positions: headlines, no row), dates, caption and credit, ADVERTISEMENT, share/newsletter lines, comments, footer.
U(d, "The Free Destourian Party informs Tunisian public opinion that its President", "convening voters for the local elections.",
  ("Free Destourian Party", N, neg, "", "the party's account of the arrest ('seized'), facts with a negative tone; no explicit judgement yet (unsure: could be condemning)"))
U(d, "The Party holds the authorities fully responsible for her physical safety", "dressed up as police procedure.",
  ("Free Destourian Party", C, neg, "Tunisia", "'fully responsible' + 'abduction' = condemning; the authorities = Tunisia"))
U(d, "The registry office had refused to receive the grievance", "to the Administrative Court.",
  ("Free Destourian Party", C, neg, "Tunisia", "charge that the presidency's office skipped a legal step = judgement without a stock word (unsure: could be neutral fact)"))
U(d, "The Party warns that it will hold the President of the Republic personally accountable", "any harm that comes to her.",
  ("Free Destourian Party", C, neg, "Tunisia", "threat of legal action against the head of state = condemning"))
U(d, "The Party calls on all its structures and supporters to gather peacefully", "where the President is being held.",
  ("Free Destourian Party", C, neg, "Tunisia", "call for a protest rally at the police station = an act of protest against the authorities (unsure: could be neutral mobilisation)"))
# "After the investigating judge ordered ... the Political Bureau met in extraordinary session." = narration (meeting), no row.
U(d, "The Bureau rejects the charges brought against the President", "guaranteed to every citizen.",
  ("Free Destourian Party", N, neg, "", "rejection of charges = denial, neutral, negative"))
U(d, "According to a statement published by the Ministry of the Interior, the President was detained", "refusing to leave the registry office.",
  ("Tunisia", C, neg, "Free Destourian Party", "second-hand attribution; the ministry accuses the party leader of disturbing a public service = condemning (unsure: could be a neutral account of a procedure)"))
U(d, "The Party denies that version entirely.", "The Party denies that version entirely.",
  ("Free Destourian Party", N, neg, "", "denial = neutral, negative"))
U(d, "The Bureau considers that the authorities, unable to defeat the Party", "from the race by prison.",
  ("Free Destourian Party", C, neg, "Tunisia", "charge of removing a rival by prison = condemning"))
U(d, "Hichem Ben Salah, a retired magistrate, told the Party's media unit", "in Tunisian case law.\"",
  ("Hichem Ben Salah", C, neg, "Tunisia", "invented retired magistrate (person); 'no precedent' = judgement of the detention"))
U(d, "The Party's defence committee announced that it would appeal", "before the indictment chamber.",
  ("Free Destourian Party", N, neu, "", "legal procedure = neutral"))
U(d, "The Free Destourian Party thanks the Tunisian League for the Defence of Human Rights", "her rights of defence.",
  ("Free Destourian Party", S, pos, "Tunisian League for the Defence of Human Rights", "thanks = supporting"),
  ("Tunisian League for the Defence of Human Rights", T, neu, "Tunisia", "position reported by another actor: call for release and respect of defence rights, no judgement word = calling_for_talks (unsure)"))
U(d, "The Party welcomes the League's position, while reminding certain political forces", "their talk about freedoms.",
  ("Free Destourian Party", C, neg, "", "welcome joined to a judgement on other forces: judgement decides (rule 1); target non-canonical -> empty"))
U(d, "The Party also notes the call by several members of the European Parliament", "without foreign tutelage.",
  ("Free Destourian Party", N, neu, "", "notes the MEPs' call + self-reliance, no protest against a named actor = neutral (unsure); individual MEPs do not speak for the European Parliament: no row for them"))
# "The defence committee conveyed today a message ..." = narration of an act, no row.
U(d, "In it, the President of the Party says she is in good health and high spirits", "built on a decree.\"",
  ("Free Destourian Party", C, neg, "Tunisia", "leader quoted by title; refusal to recognise the system = condemning"))
U(d, "She asks the Party's members to keep their protests peaceful", "the excuse they are looking for.\"",
  ("Free Destourian Party", T, neu, "", "appeal for peaceful conduct; the aside on the authorities' 'excuse' is implicit (unsure: could be condemning)"))
U(d, "The defence committee said the prison administration had denied the President newspapers", "four days in custody.",
  ("Free Destourian Party", C, neg, "Tunisia", "party's defence committee; accusation of mistreatment = condemning"))
U(d, "The President adds that the Party will take part in every lawful battle", "the Parliament elected in 2019.",
  ("Free Destourian Party", C, neg, "Tunisia", "elections called 'a stage set up to bury the Parliament' = judgement"))
U(d, "The Political Bureau salutes the thousands of Tunisians who marched", "the Party President.",
  ("Free Destourian Party", S, pos, "", "praise for the marchers = supporting; not a canonical actor -> target empty"))
U(d, "The march took place in a peaceful atmosphere", "without any incident.",
  ("Free Destourian Party", N, pos, "", "fact about the march = neutral"))
U(d, "The Bureau calls on the President of the Republic to end the policy of silencing opponents", "the Constitution of 2014.",
  ("Free Destourian Party", C, neg, "Tunisia", "'policy of silencing opponents' = judgement; offer of dialogue too: judgement decides (rule 1)"))
U(d, "In remarks to the Party's media unit, Professor Amel Jaziri", "aimed at a political opponent.\"",
  ("Amel Jaziri", C, neg, "Tunisia", "invented professor; 'disproportionate weapon' = judgement of the prosecution"))
U(d, "Professor Jaziri added that the courts should apply the ordinary rules", "pending trial.",
  ("Amel Jaziri", T, pos, "", "appeal for ordinary procedure + hope for release = calling_for_talks"))
U(d, "The Party reminds that the National Salvation Front", "that of the Islamists.",
  ("National Salvation Front (Tunisia)", T, neu, "Tunisia", "NSF's call for release reported by the party = calling_for_talks"),
  ("Free Destourian Party", N, neu, "", "distancing from the Islamists, no judgement = neutral (unsure)"))
