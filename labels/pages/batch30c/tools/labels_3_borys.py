# ------------------------------------------------------------------ Belarus jails Andżelika Borys; Poland-Belarus row (wire copy, 2021-03-24)
d = "page_borys_grodno2021_wire.txt"
# Not statements: wire masthead, UPDATE headline, byline, read time, time stamp, the four bullets, capitals crossheads,
# reporting credits, Our Standards, Related coverage, Most read.
U(d, "A court in the Belarusian city of Grodno on Wednesday sentenced Andżelika Borys", "several diplomats this month.",
  ("Belarus", C, neg, "Union of Poles in Belarus", "dateline excluded; a court's 15-day sentence = a state measure against the group's leader (unsure: could be narration of a court act)"))
U(d, "Borys, who was re-elected to lead the group on Saturday, was detained on Tuesday", "her colleagues said.",
  ("Union of Poles in Belarus", N, neu, "", "'her colleagues said' = the Union's members giving the facts of the charge = neutral"))
# "The Union is not recognised by the Belarusian authorities." = background, no row.
U(d, "Poland's foreign ministry summoned the Belarusian charge d'affaires on Tuesday evening", "the ministry said in a statement.",
  ("Poland", C, neg, "Belarus", "summoning the envoy + charge of breached commitments, attribution tail"))
U(d, "\"What we are seeing is an attempt to intimidate an entire community", "the statement said.",
  ("Poland", C, neg, "Belarus", "accusation without a stock word ('attempt to intimidate'), speaker = the ministry's statement"))
U(d, "Prime Minister Mateusz Morawiecki said Poland would not stand by", "on Thursday.",
  ("Poland", C, neg, "Belarus", "judgement ('used ... as bargaining chips') + announced step at the EU"))
U(d, "\"This is a test of whether the European Union means what it says about minority rights,\" Morawiecki told reporters in Warsaw.", "Morawiecki told reporters in Warsaw.",
  ("Poland", N, neu, "European Union", "challenge to the EU: no judgement, no appeal for talks, no support (unsure: could be read as a call on the EU to act); target = the party addressed"))
U(d, "Deputy Foreign Minister Marcin Przydacz said on Twitter that Poland's consul in Grodno", "a meeting with Borys.",
  ("Poland", N, neu, "", "consular steps reported, no evaluation"))
U(d, "Przydacz later told private broadcaster Polsat News that Warsaw was preparing further measures", "new national sanctions.",
  ("Poland", C, neg, "Belarus", "announced measures and possible sanctions = condemning"))
U(d, "Belarus's foreign ministry spokesman Anatoly Glaz said the case was a matter for Belarusian courts", "prosecuted for their nationality.",
  ("Belarus", N, neg, "", "procedural answer + denial of ethnic targeting = neutral, negative tone"))
U(d, "Glaz accused Warsaw of using the Polish minority as a tool", "\"any unfriendly step\" in kind.",
  ("Belarus", C, neg, "Poland", "accusation of interference + threat of reciprocal response"))
# "Belarusian state television said Borys had been detained ..." = outlet reporting the official charge; an agency/outlet is not an actor, no row.
# "The detention comes two weeks after Belarus expelled Poland's consul ..." = background of past expulsions, narration, no row.
U(d, "Lithuanian Foreign Minister Gabrielius Landsbergis said Vilnius stood fully behind Poland", "did not bow to it.",
  ("Lithuania", C, neg, "Belarus", "backing of Poland + judgement of the Lukashenko government: the judgement decides (rule 1); two positions, one actor"))
U(d, "Peter Stano, spokesman for the European Union's foreign policy chief Josep Borrell, said the bloc was following", "released without delay.",
  ("European Union", T, neu, "Belarus", "monitoring + demand of release, no judgement word = calling_for_talks (unsure: a release demand could read as condemning)"))
U(d, "\"The EU will continue to look at all options, including further restrictive measures", "Stano said.",
  ("European Union", C, neg, "Belarus", "threat of sanctions + 'ongoing repression' = condemning"))
U(d, "Exiled opposition leader Sviatlana Tsikhanouskaya, speaking from Vilnius, said the arrest showed", "as an enemy.",
  ("Sviatlana Tsikhanouskaya", C, neg, "Belarus", "judgement of the authorities; Vilnius = place"))
U(d, "She called on Poland and Belarusians of every background to stand together", "at the Council of Europe.",
  ("Sviatlana Tsikhanouskaya", S, pos, "Poland", "call for solidarity with Poland + taking the case to the CoE (unsure: calling_for_talks also defensible)"))
U(d, "The U.S. embassy in Minsk said on Twitter it was concerned", "pressure on the Polish minority.",
  ("United States", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "Irena Wasilewska, a retired teacher who said she attended the March 7 fair in Grodno", "cakes and handicrafts.",
  ("Irena Wasilewska", N, neu, "", "invented witness; account of the event"))
U(d, "\"There were grandmothers with baskets, not rebels.", "she told Meridian by telephone.",
  ("Irena Wasilewska", C, neg, "Belarus", "ridicule of the charge = judgement of the authorities' case"))
U(d, "Piotr Zawada, an analyst at the Centre for Eastern Affairs in Warsaw, said Lukashenko was using", "last year's protests.",
  ("Piotr Zawada", C, neg, "Belarus", "invented analyst; accusation of instrumentalising the minority"))
U(d, "\"Minsk needs an external enemy, and Warsaw is the closest one at hand.", "Zawada said.",
  ("Piotr Zawada", N, neg, "", "risk scenario of escalating expulsions, no appeal in the unit"))
U(d, "He said both governments should keep at least one channel open", "their political differences.",
  ("Piotr Zawada", T, neu, "", "appeal to both sides to keep a channel = calling_for_talks"))
U(d, "President Andrzej Duda wrote on Twitter that he had spoken to Borys's family", "leave her on her own.",
  ("Poland", S, pos, "Union of Poles in Belarus", "solidarity with the jailed leader (and her group) = supporting"))
U(d, "The Union of Poles said in a statement posted on its website", "whatever pressure they faced.",
  ("Union of Poles in Belarus", N, pos, "", "own conduct and resolve, no judgement, no appeal = neutral, positive tone"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova said Warsaw should stop lecturing", "its own record.",
  ("Russia", C, neg, "Poland", "rebuke ('stop lecturing', 'look at its own record') = judgement"))
U(d, "Latvian Foreign Minister Edgars Rinkevics said Riga joined the calls", "freed at once.",
  ("Latvia", T, neu, "Belarus", "demand of release, no judgement word = calling_for_talks (same reading as the EU's)"))
