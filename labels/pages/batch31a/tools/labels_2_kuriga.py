# ------------------------------------------------------------------ Nigeria: the Kuriga pupils freed (News Agency of Nigeria dispatch, 2024-03-25)
d = "page_nigeria_kuriga_release2024_stateagency.txt"
# Not statements: agency masthead, menu, breadcrumb, headline, date/byline, photo caption, ADVERTISEMENT, "(NAN)" tag,
# editors, share/like prompts, Related, tags, copyright.
U(d, "President Bola Tinubu has commended the Office of the National Security Adviser", "Chikun Local Government Area of Kaduna State.",
  ("Nigeria", N, pos, "", "dateline excluded; the President praising Nigeria's own agencies and a state government = self-praise of the state -> neutral, positive"))
# "The President's commendation was contained in a statement issued ... by ... Ngelale." = attribution line, no new position, no row.
U(d, "Ngelale said the President had directed the relevant agencies to pursue the abductors", "under the laws of the Federation.",
  ("Nigeria", C, neg, "", "spokesman for the President; ordered pursuit and punishment of the attackers = announced response; attackers unnamed -> target empty"))
U(d, "\"Mr President assures parents across the country", "the statement said.",
  ("Nigeria", N, pos, "", "reassurance about the government's own conduct = neutral, positive"))
# "It will be recalled that gunmen on motorcycles stormed ..." = agency narration, no row.
U(d, "The Director, Defence Media Operations, Maj.-Gen. Edward Buba, said", "in Zamfara State.",
  ("Nigeria", N, neu, "", "the military speaks for its state; own rescue reported as done with figures = neutral"))
U(d, "He said the rescued persons would be handed over", "reunion with their families.",
  ("Nigeria", N, neu, "", "'He' = Buba; plan/procedure"))
U(d, "Buba said the operation showed the resolve of the armed forces", "to bring the terrorists responsible to justice.",
  ("Nigeria", C, neg, "", "vow to hunt down 'the terrorists' = announced response against the attackers (unsure: self-praise part could make it neutral); unnamed -> target empty"))
U(d, "\"The criminals who carried out this act should know", "he said.",
  ("Nigeria", C, neg, "", "threat ('the net is closing', 'no hiding place') = condemning; attackers unnamed -> target empty"))
U(d, "The Governor of Kaduna State, Sen. Uba Sani, who first announced", "tireless work behind the scenes.",
  ("Nigeria", N, pos, "", "state governor resolves to Nigeria; thanking the federal government and army = praise within the same state -> neutral, positive"))
U(d, "Sani said he had spoken with the President several times", "acted as one throughout the ordeal.",
  ("Nigeria", N, pos, "", "surname only; account of own government's cooperation, self-praise"))
U(d, "He also dismissed reports that the state government had engaged private negotiators", "the work of mischief makers.",
  ("Nigeria", N, neg, "", "denial (negotiators, money) = neutral, negative; 'mischief makers' are unnamed"))
U(d, "Speaking on Monday in Abuja, the Minister of Information and National Orientation", "to secure the release of the pupils.",
  ("Nigeria", N, neg, "", "denial that a ransom was paid = neutral, negative"))
U(d, "The minister said the Federal Government would not reward criminality", "speculation on social media.",
  ("Nigeria", N, neg, "", "policy of not paying kidnappers + asking the public to ignore rumours: no judgement of a named actor, no peace appeal"))
U(d, "In his reaction, the President of the Senate, Sen. Godswill Akpabio, praised", "in the coming budget cycle.",
  ("Nigeria", N, pos, "", "the Senate speaks for the state (guide: parliament = state); praise of own agencies + support pledge = self-praise -> neutral, positive"))
U(d, "The Speaker of the House of Representatives, Rep. Tajudeen Abbas, also lauded", "guarding rural schools.",
  ("Nigeria", N, pos, "", "praise of own rescue + domestic policy appeal to state governments (unsure: the call to guard schools could be read as protection of civilians = calling_for_talks)"))
U(d, "The United Nations Children's Fund (UNICEF) welcomed the return", "their families in Kaduna State.",
  ("UNICEF", S, pos, "Nigeria", "welcome + offer of psychosocial support = aid offered"))
U(d, "UNICEF Representative in Nigeria, Ms Cristian Munduate, said in a statement", "as protected places.",
  ("UNICEF", T, neu, "", "appeal to all parties to respect schools = protection of civilians, no judgement; all parties -> target empty"))
U(d, "\"Every school that is attacked teaches a whole community", "Munduate said.",
  ("UNICEF", T, neg, "", "multi-sentence quote closed by its speaker; 'we must reverse that lesson together' = appeal for protection of schools, grim tone"))
U(d, "The President of the ECOWAS Commission, Dr Omar Alieu Touray", "against terrorism and organised crime.",
  ("ECOWAS", S, pos, "Nigeria", "congratulations + commitment to work with Nigeria = backing"))
U(d, "Also reacting, Amnesty International Nigeria said the authorities must explain", "for more than two weeks.",
  ("Amnesty International", T, neg, "Nigeria", "national office of Amnesty = Amnesty International; demand for an account, no judgement word (like a call for an inquiry) (unsure: the 'why' clause implies blame = condemning)"))
U(d, "Its Director, Malam Isa Sanusi, said the repeated abduction", "into school kidnappings.",
  ("Amnesty International", C, neg, "Nigeria", "'Its' = Amnesty's; 'a failure of the authorities to protect' = judgement; the request to publish follows (rule 1)"))
U(d, "The Peoples Democratic Party (PDP), in a statement by its National Publicity Secretary", "a public relations exercise.",
  ("Peoples Democratic Party", C, neg, "All Progressives Congress", "welcome + accusation against the ruling party: the judgement decides (rule 1)"))
U(d, "However, the APC, in a reply by its National Publicity Secretary", "during its 16 years in power.",
  ("All Progressives Congress", C, neg, "Peoples Democratic Party", "'unpatriotic' + blame for past failure = judgement"))
U(d, "In Kuriga, the District Head, Alhaji Idris Danladi-Kuriga, told NAN", "thanksgiving on Friday.",
  ("Idris Danladi-Kuriga", N, pos, "", "invented traditional ruler speaking for himself/the community; plan of prayers"))
U(d, "\"We thank the President, the governor and the soldiers.", "he said.",
  ("Idris Danladi-Kuriga", S, pos, "Nigeria", "thanks = supporting; the request that soldiers stay is asking for help, not giving it (unsure: could be read as a protection appeal = calling_for_talks)"))
# "NAN reports that the abductors had demanded a ransom ..." = agency narration (abductors unnamed); "Initial figures given by community leaders ..." = unnamed speakers, no row.
