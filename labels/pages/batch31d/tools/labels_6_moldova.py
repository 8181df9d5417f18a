# ------------------------------------------------------------------ Expulsion of the Orizont teachers (national daily scraped as text, 2018-09-08)
d = "page_moldova_orizont_teachers2018_daily.txt"
# Not statements: masthead, tagline, language bar, date/weather/rates line, menu, login, rubric, headline, standfirst, byline,
# read time, share prompts, photo captions with credits, ADVERTISEMENT, crossheads, tags, Read also, like/share prompt,
# comments notice, Most read, newsletter prompt, footer, cookie notice, copyright.
U(d, "Moldova's Intelligence and Security Service (SIS) said on Thursday", "risk to national security.",
  ("Moldova", C, neu, "", "SIS = state agency; expulsion of foreigners declared undesirable + suspected Islamist links = a measure and an accusation; the seven people are not actors and the organisation is unnamed -> target empty"))
U(d, "The service gave no further details, saying only that the operation", "\"foreign partner services\".",
  ("Moldova", N, neu, "", "procedural detail about the operation, no judgement"))
# "Six of the seven were managers and teachers at the Orizont lyceum ..." = narration, no row.
U(d, "Turkey's state news agency Anadolu reported on Thursday evening", "failed coup of July 2016.",
  ("Turkey", C, neg, "Fethullah Gulen", "state agency reporting an operation of Turkey's intelligence = Turkey (the outlet is not an actor); transfer of the seven + labelling them senior 'FETO' figures = measure and accusation against the movement"))
U(d, "In a statement, the Orizont management said the teachers had been taken from their homes", "still being examined.",
  ("Orizont Lyceum", C, neg, "Moldova", "the school's management = the school (new actor); accusation about the manner of the arrests during asylum procedures"))
U(d, "\"These are people who have lived here for twenty years", "the lyceum's legal adviser.",
  ("Orizont Lyceum", C, neg, "Moldova", "two-sentence quote closed by its speaker; legal adviser speaks for the school; 'handed over like parcels' = judgement of the authorities"))
# "On Friday several hundred teachers, parents and pupils gathered outside Parliament ..." = narration of an unnamed crowd, no row.
U(d, "Prime Minister Pavel Filip instructed the Education Ministry", "could justify its decision.",
  ("Moldova", N, neu, "", "head of government = Moldova; instruction + review of legality = procedure, no judgement"))
U(d, "The Education Ministry said classes at Orizont's branches in Chisinau had resumed", "replacement teachers.",
  ("Moldova", N, neu, "", "ministry = Moldova; facts"))
U(d, "Parliament Speaker Andrian Candu asked the national security committee", "materials of the case.",
  ("Moldova", N, neu, "", "Speaker of Parliament = state body -> Moldova; request for hearings = oversight procedure"))
U(d, "President Igor Dodon said he had asked the SIS, as a matter of urgency", "about the expulsion.",
  ("Moldova", N, neu, "", "head of state in 2018 = Moldova (not the Socialist party he later led again); request for information"))
U(d, "In a Facebook post on Friday, Dodon also accused some media outlets of selective outrage", "in the past.",
  ("Moldova", C, neg, "", "accusation against media outlets (not canonical actors) -> target empty"))
U(d, "Nicolae Esanu, state secretary at the Justice Ministry, said the SIS had better be able to show convincing evidence", "in Strasbourg.",
  ("Moldova", N, neg, "", "ministry official = Moldova; warning that the evidence must hold up + worry about Strasbourg = concern without an appeal to another actor -> neutral, negative (unsure: a warning to the state's own agency)"))
U(d, "Maia Sandu, leader of the opposition Party of Action and Solidarity (PAS), said", "by the thousand.",
  ("Party of Action and Solidarity", C, neg, "Moldova", "opposition leader in 2018 = her party; accusation against the government (and implicitly Turkey)"))
U(d, "\"This is not about security.", "Sandu said.",
  ("Party of Action and Solidarity", C, neg, "", "three-sentence quote closed by its speaker; 'a favour between two regimes' = judgement of Moldova and Turkey -> target empty"))
U(d, "Andrei Nastase, leader of the Dignity and Truth Platform, accused Vlad Plahotniuc", "Vasile Botnari.",
  ("Dignity and Truth Platform", C, neg, "Democratic Party of Moldova", "party leader = party; accusation against the Democratic Party's chairman + resignation demand"))
U(d, "Sergiu Ostaficiuc, a lawyer for two of the families, said he had lodged an urgent request", "before the plane left.",
  ("Sergiu Ostaficiuc", N, neu, "", "invented lawyer, person; a procedural act reported, no judgement"))
U(d, "The court has since sent the government a list of questions", "Ostaficiuc said.",
  ("European Court of Human Rights", N, neu, "", "position of the Court reported by the lawyer = the Court's act; questions to the government = procedure"))
U(d, "Amnesty International said Moldova had broken the ban on sending people back", "every step of the operation.",
  ("Amnesty International", C, neg, "Moldova", "'had broken the ban' on refoulement = judgement; plus a demand for accountability"))
U(d, "The European Union's delegation in Chisinau said it was following the case closely", "principle of non-refoulement.",
  ("European Union", T, neu, "Moldova", "monitoring + expectation that obligations are respected = appeal with no judgement"))
U(d, "In Bucharest, Lumina Educational Institutions, a group of Turkish-owned schools in Romania, said", "the European Union's doorstep.",
  ("Lumina Educational Institutions", C, neg, "Turkey", "organisation (new actor); 'Ankara's campaign against the movement' = judgement of Turkey; Bucharest = place"))
# "The Turkish embassy in Chisinau did not answer the Courier's questions on Friday." = non-answer, no row.
U(d, "Victoria Ciobanu, a political analyst at the Centre for European Neighbourhood Studies", "suspicion of a deal.",
  ("Victoria Ciobanu", N, neg, "", "invented analyst, person; analysis of suspicion, no judgement of her own"))
U(d, "\"Whatever the truth, the government has just given Brussels one more reason", "Ciobanu said.",
  ("Victoria Ciobanu", C, neg, "Moldova", "quote closed by its speaker; criticism of the government's handling; Brussels = metonym for the EU, object"))
