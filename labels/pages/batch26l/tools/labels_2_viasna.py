# ------------------------------------------------------------------ Bialiatski / Viasna verdicts at the OSCE Permanent Council (OSCE statement page, 2023-03-10)
d = "page_belarus_viasna_bialiatski_verdict2023_oscestatements.txt"
# Not statements: site name, menu, breadcrumb, meeting title and agenda item, compiler line and time stamps, editor's note,
# numbered section headings, the photo caption with credit, side-event heading, correction, 'Full texts' links, Related list,
# subscribe prompt, copyright.
# "On 3 March 2023 the Leninski District Court of Minsk sentenced ..." and "Valiantsin Stefanovich received nine years, ..." =
# the editor's background on the event itself, no row.
U(d, "The Chairman-in-Office, Foreign Minister Bujar Osmani of North Macedonia, said", "participating States to protect.",
  ("OSCE", C, neg, "Belarus", "the chair speaking as Chairman-in-Office speaks for the OSCE; judgement without stock words: punished for protected work"))
U(d, "\"Defending the rights of others is not a crime", "Osmani said.",
  ("OSCE", C, neg, "Belarus", "surname only; implicit judgement of Minsk"))
U(d, "The Chairman-in-Office called on the Belarusian authorities to release the four men", "without conditions.",
  ("OSCE", T, neg, "Belarus", "appeal for release with no judgement word in the sentence = calling_for_talks (unsure: 'held for their views' leans toward a judgement)"))
U(d, "He said the Chairmanship still hoped Belarus would take up the offers", "remained open.",
  ("OSCE", T, pos, "Belarus", "hope for engagement + open door to dialogue"))
U(d, "Matteo Mecacci, Director of ODIHR, said from Warsaw that the trial", "under pressure of their own.",
  ("OSCE", C, neg, "Belarus", "ODIHR = OSCE institution; the trial judged unfair; Warsaw = place"))
U(d, "Mecacci said his office had asked in writing to observe the proceedings", "from the Belarusian side.",
  ("OSCE", N, neu, "", "procedural fact: request unanswered"))
U(d, "\"We will go on documenting every one of these cases", "the director added.",
  ("OSCE", N, neu, "", "'the director' = Mecacci; own plans"))
U(d, "The EU statement, delivered by the Deputy Head of the EU Delegation, described the sentences", "independent civil society in Belarus.",
  ("European Union", C, neg, "Belarus", "verdict decided in advance + courts used to wipe out civil society = judgement without stock words"))
U(d, "\"The European Union will keep raising the cost of this repression", "the statement said.",
  ("European Union", C, neg, "Belarus", "threat of further sanctions"))
U(d, "The EU said it would go on funding Belarusian human rights defenders", "the democratic forces.",
  ("European Union", S, pos, "Sviatlana Tsikhanouskaya", "funding + standing with the opposition leader = supporting"))
U(d, "The candidate countries Ukraine and the Republic of Moldova, and Georgia", "aligned themselves with the statement.",
  ("Ukraine", C, neu, "Belarus", "states as a list, one row each: aligning with the EU statement = adopting its condemnation (unsure: could be read as supporting the EU, or procedural)"),
  ("Moldova", C, neu, "Belarus", "as above; 'the Republic of Moldova' = Moldova"),
  ("Georgia", C, neu, "Belarus", "as above"),
  ("Iceland", C, neu, "Belarus", "as above"),
  ("Norway", C, neu, "Belarus", "as above"))
# "Delivered by the United Kingdom's Permanent Representative, Ambassador Neil Holland, on behalf of the four delegations." = delivery note under a heading, no row.
U(d, "Canada, Switzerland, the United Kingdom and the United States jointly condemned", "respect the rule of law.",
  ("Canada", C, neg, "Belarus", "joint statement by a list of states: one row per state"),
  ("Switzerland", C, neg, "Belarus", "joint statement"),
  ("United Kingdom", C, neg, "Belarus", "joint statement"),
  ("United States", C, neg, "Belarus", "joint statement"))
U(d, "The four delegations urged Minsk to grant the prisoners immediate access", "and to their families.",
  ("Canada", T, neu, "Belarus", "humanitarian appeal with no judgement in the sentence = calling_for_talks"),
  ("Switzerland", T, neu, "Belarus", "as above"),
  ("United Kingdom", T, neu, "Belarus", "as above"),
  ("United States", T, neu, "Belarus", "as above; Minsk = metonym, addressee"))
U(d, "Speaking in his national capacity, U.S. Ambassador Michael Carpenter told the Council", "involved in the case.",
  ("United States", C, neg, "Belarus", "visa restrictions = sanctions, a measure"))
U(d, "Carpenter said a government that jails a Nobel laureate for a decade", "of its own citizens.",
  ("United States", C, neg, "Belarus", "judgement without stock words"))
U(d, "In a separate national statement, the Swiss delegation said it was deeply troubled", "held incommunicado.",
  ("Switzerland", N, neg, "", "state given by its adjective; concern with no appeal = neutral, negative"))
U(d, "Lithuania's Deputy Permanent Representative said Vilnius had given residence", "from Lithuanian soil.",
  ("Lithuania", S, pos, "", "backing by act (residence for Viasna staff) = supporting; Viasna not a canonical actor -> target empty"))
U(d, "Russia's Permanent Representative, Ambassador Alexander Lukashevich, said the Council", "of their own police.",
  ("Russia", C, neg, "", "accusation of the Western delegations (several, non-canonical group) -> target empty"))
U(d, "Lukashevich said Moscow fully supported the right of its ally", "within Belarusian law.",
  ("Russia", S, pos, "Belarus", "backing of an ally's court = supporting"))
U(d, "The delegation of Belarus, in a right of reply, said that Bialiatski", "imprisoned for his opinions.",
  ("Belarus", N, neg, "", "denial: convicted for crimes, no political prisoners = neutral, negative"))
U(d, "The Belarusian delegation said the statements heard in the Council", "would not be answered further.",
  ("Belarus", C, neg, "", "'open interference' = judgement of the delegations; target empty (several)"))
U(d, "It asked that its reply be attached to the journal of the day.", "journal of the day.",
  ("Belarus", N, neu, "", "procedural request"))
U(d, "The Chair of the Permanent Council took note of the statements", "on the Council's agenda.",
  ("OSCE", N, neu, "", "procedural closing line"))
# "A side event in the Neuer Saal of the Hofburg on 9 March brought together delegations and civil society." = narration, no row.
U(d, "The Norwegian Nobel Committee, in a written message read out by its secretary", "the grief of his family.",
  ("Norwegian Nobel Committee", S, neg, "", "solidarity with the laureate + sympathy for his family = supporting (Bialiatski not canonical -> target empty); tone of grief (unsure: 'confirmed why the committee had honoured him' implies a judgement of Minsk)"))
U(d, "Tsikhanouskaya, speaking by video from Vilnius, said the four men", "any contact with Minsk.",
  ("Sviatlana Tsikhanouskaya", C, neg, "Belarus", "judgement ('punished on behalf of a whole society') + call for conditionality (a measure) = condemning; Vilnius = place"))
U(d, "Nasta Yarmolich, a Belarusian lawyer who left the country in 2021", "for weeks before the trial.",
  ("Nasta Yarmolich", N, neg, "", "invented lawyer (witness); a fact about the detention, no judgement stated"))
U(d, "\"He is 60 years old and in poor health.", "Yarmolich said.",
  ("Nasta Yarmolich", C, neg, "Belarus", "multi-sentence quote; reads the sentence as meant to keep him in prison for life = judgement"))
U(d, "Prof. Henrik Dahlberg of the Uppsala Institute for East European Studies said", "change anything in Minsk.",
  ("Henrik Dahlberg", N, neg, "", "invented scholar; assessment of the OSCE's leverage, no judgement of an actor"))
U(d, "\"States that want these men free should talk to each other", "Dahlberg said.",
  ("Henrik Dahlberg", T, neu, "", "appeal for coordination and use of channels to Minsk"))
