# ------------------------------------------------------------------ Kasese clashes and the raid on the Rwenzururu palace (Ugandan state media, 2016-11-30)
d = "page_kasese_rwenzururu_2016_statemedia.txt"
# Not statements: service name, menu, section line, headline (carries the Government's rejection: no row), byline, time stamp,
# PHOTO line with credit, crossheads, RELATED STORIES, tags, share line, copyright.
U(d, "Calm has returned to Kasese town after two days of clashes", "declare a breakaway state.",
  ("Uganda", C, neg, "Rwenzururu Kingdom", "dateline 'KASESE/KAMPALA - ' excluded; lede: narration + the Government's charge of a secession plot"))
# "Shops in the town centre reopened ..." = scene, no row. "The Omusinga ... appeared before the Chief Magistrate ..." = court procedure narrated, no row.
U(d, "In a statement to the nation, President Yoweri Museveni said the royal guards had attacked police posts", "hand them over.",
  ("Uganda", C, neg, "Rwenzururu Kingdom", "reported clause: accusation against the kingdom's guards and its king"))
U(d, "\"A cultural institution is respected in this country", "the President said.",
  ("Uganda", C, neg, "Rwenzururu Kingdom", "multi-sentence quote closed by its speaker; 'a militia' = judgement"))
U(d, "He said that on Sunday morning he had given the Omusinga two hours", "after the deadline passed.",
  ("Uganda", C, neg, "Rwenzururu Kingdom", "an ultimatum and the operation that followed = condemning"))
U(d, "The President promised that anyone found to have planned or financed the attacks", "would face the law.",
  ("Uganda", C, neg, "", "threat of prosecution to unnamed backers -> target empty"))
U(d, "Police spokesman AIGP Andrew Felix Kaweesi told journalists in Kampala that 62 people had died", "were in custody.",
  ("Uganda", N, neu, "", "police figures = neutral"))
U(d, "Kaweesi said guns stolen from police posts in June had been recovered", "palace compound.",
  ("Uganda", C, neg, "Rwenzururu Kingdom", "surname only; the claim of stolen guns in the palace is an accusation (unsure: could be read as a fact given, neutral)"))
U(d, "UPDF 2nd Division commander Brig Peter Elwelu, who led the operation, described the palace", "people of Kasese.",
  ("Uganda", C, neg, "Rwenzururu Kingdom", "the army speaks for its state; judgement without a stock word ('a barracks wearing a crown')"))
U(d, "Government spokesman Ofwono Opondo said there was no basis for talk of excessive force", "killed at the palace.",
  ("Uganda", N, neg, "", "denial = neutral, negative"))
U(d, "\"Our police, our courts and our Parliament are able to answer", "Opondo said.",
  ("Uganda", N, neg, "", "refusal of a foreign investigation with no judgement of another actor in the sentence (unsure: could be read as rejecting the embassy's call, condemning)"))
U(d, "He added that the Government would not take lectures from foreign missions", "hacked bodies of policemen.",
  ("Uganda", C, neg, "", "rebuke of 'foreign missions' (several, unnamed) -> target empty"))
U(d, "The remarks followed a statement from the United States Embassy in Kampala", "so many people died.",
  ("United States", T, neu, "Uganda", "welcome joined to an appeal for an investigation, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "The embassy said it had been disturbed by accounts from Kasese", "was carried out.",
  ("United States", N, neg, "", "'the embassy'; disturbed by accounts, no appeal and no judgement of its own = concern without an appeal, neutral, negative"))
U(d, "The United Nations Resident Coordinator, Rosa Malango, said the UN family in Uganda was saddened", "do their work.",
  ("United Nations", T, neg, "", "grief + appeal against revenge attacks = calling_for_talks"))
U(d, "The European Union delegation said in a brief statement", "with concern.",
  ("European Union", N, neg, "", "concern without an appeal"))
U(d, "The Uganda Red Cross Society said its volunteers had evacuated 48 injured people", "fled the fighting.",
  ("Uganda Red Cross Society", S, pos, "", "aid provided = supporting; no actor targeted"))
U(d, "The Forum for Democratic Change said the assault on the palace was a massacre", "be suspended.",
  ("Forum for Democratic Change", C, neg, "Uganda", "opposition party: 'a massacre' + a demand to suspend commanders"))
U(d, "The Democratic Party welcomed the Omusinga's appearance in court", "could never be justified.",
  ("Democratic Party (Uganda)", C, neg, "Uganda", "welcome joined to a judgement = condemning (rule 1)"))
U(d, "A Rwenzururu kingdom official, who spoke to UBN by telephone on condition of anonymity, said", "until the last hour.",
  ("Rwenzururu Kingdom", N, neg, "", "an unnamed official of a named body speaks for it; denial that the guards were armed"))
U(d, "Internal Affairs Minister Gen Jeje Odongo dismissed the official's claims", "shown to Parliament.",
  ("Uganda", N, neg, "", "rebuttal of the kingdom's denial, with evidence promised; no new judgement"))
U(d, "Dr Sarah Kemigisha, a senior lecturer in political science at Makerere University, said", "only a security problem.",
  ("Sarah Kemigisha", C, neg, "Uganda", "invented scholar; judgement of the Government's handling"))
U(d, "\"You can arrest a king in an afternoon.", "she said.",
  ("Sarah Kemigisha", C, neg, "Uganda", "judgement without a stock word (a community ignored)"))
U(d, "Kemigisha said Kampala should open talks with Bakonzo elders", "before the trials began.",
  ("Sarah Kemigisha", T, neu, "Uganda", "appeal for talks; Kampala = the Government"))
U(d, "Canon Yosia Masereka, who leads St Paul's Cathedral parish in Kasese, said", "over revenge.",
  ("Yosia Masereka", T, pos, "", "invented cleric; hope for reconciliation = calling_for_talks"))
U(d, "In Kasese market, a hardware trader, Musa Baluku, said he had lost stock", "broken into on Saturday.",
  ("Musa Baluku", N, neg, "", "invented witness; his loss"))
U(d, "\"We are glad the shooting has stopped", "Baluku said.",
  ("Musa Baluku", S, pos, "Uganda", "thanks to the soldiers = supporting"))
