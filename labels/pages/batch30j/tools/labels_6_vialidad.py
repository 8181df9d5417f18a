# ------------------------------------------------------------------ Cristina Fernández de Kirchner's Vialidad conviction (Argentine national daily, scraped, 2022-12-07)
d = "page_argentina_vialidad_verdict2022_nationaldaily.txt"
# The daily names its own government by title only: "the President", "the head of state", "the presidential spokeswoman",
# "the Justice Minister", "the Foreign Ministry" = Argentina. The Vice-President speaks as a defendant and as the leading figure of
# the ruling coalition, not in an official function -> Frente de Todos (unsure; see README).
# Not statements: masthead, weather/dollar bar, menu, breadcrumb, headline and standfirst (carry the government's position),
# byline, time stamps, comment counts, [Photo] captions with "1 of 4", ADVERTISEMENT, "ALSO READ" links, crossheads, tags,
# share bar, most read, copyright.
U(d, "The Federal Oral Court No. 2 on Tuesday sentenced Vice-President Cristina Fernández de Kirchner", "the Vialidad case.",
  ("Argentina", N, neu, "", "a court's sentence = a state organ's decision stated as fact; no judgement in the sentence"))
U(d, "The three judges, Jorge Gorini, Rodrigo Giménez Uriburu and Andrés Basso, acquitted her", "had sought 12 years.",
  ("Argentina", N, neu, "", "court decision + the prosecutors' request = procedure"))
# "Because she holds parliamentary immunity ..." = background narration, no row.
U(d, "The court also sentenced businessman Lázaro Báez", "on March 9.",
  ("Argentina", N, neu, "", "sentences and schedule = procedure"))
U(d, "Minutes after the verdict, Fernández de Kirchner, the dominant figure of the ruling Frente de Todos coalition, said", "\"that answers to no voter.\"",
  ("Frente de Todos", C, neg, "Argentina", "accusation against the judges who convicted her (Argentina's judiciary) = condemning"))
U(d, "\"They wanted me in prison and they wanted me off the ballot.", "any office in 2023.",
  ("Frente de Todos", C, neg, "", "quote closed by 'she said' + announcement; 'they' = her unnamed accusers -> target empty"))
U(d, "She said she would not hide behind her immunity", "\"to the last court that exists.\"",
  ("Frente de Todos", N, neu, "", "plan to appeal = procedure"))
U(d, "The President, in a message posted on his social media accounts on Tuesday evening, said an innocent woman", "against her.",
  ("Argentina", C, neg, "", "the daily's own president by title only; judgement of the trial (his own state's court) -> target would equal actor, left empty; also a defence of the Vice-President"))
U(d, "The head of state added that a faction of the courts had delivered exactly the result", "\"in every forum.\"",
  ("Argentina", C, neg, "", "'the head of state' = the President; judgement of a faction of the judiciary + backing of the Vice-President: rule 1"))
U(d, "The presidential spokeswoman told reporters at the Casa Rosada", "before the trial began.\"",
  ("Argentina", C, neg, "", "respect for the division of powers joined to a judgement of a pre-written sentence: rule 1"))
U(d, "The Justice Minister, for his part, said he would send Congress a bill", "disciplines judges.",
  ("Argentina", N, neu, "", "'the Justice Minister' by title; a planned bill = neutral"))
U(d, "Mexican President Andrés Manuel López Obrador wrote that he stood with the Vice-President", "governed for the poor.",
  ("Mexico", C, neg, "", "solidarity + 'punished by her political enemies' = judgement of her unnamed opponents: rule 1; target empty"))
U(d, "At his morning news conference on Wednesday, López Obrador praised her courage.", "praised her courage.",
  ("Mexico", S, pos, "Frente de Todos", "praise of the Vice-President (as the ruling coalition's leader)"))
U(d, "Colombian President Gustavo Petro said the sentence was one more chapter in the persecution", "expressed his solidarity.",
  ("Colombia", C, neg, "Argentina", "'persecution of progressive leaders through the courts' = judgement of the Argentine ruling; solidarity joined to it: rule 1"))
U(d, "Bolivia's President Luis Arce and Venezuela's Nicolás Maduro also sent messages of support", "on Tuesday night.",
  ("Bolivia", S, pos, "Frente de Todos", "a pair of leaders: one row each; messages of support"),
  ("Venezuela", S, pos, "Frente de Todos", "same sentence, second state"))
U(d, "The Venezuelan foreign ministry, according to a statement from Caracas, described the ruling", "Argentine democracy.\"",
  ("Venezuela", C, neg, "Argentina", "state adjective + ministry; 'an aggression' aimed at the ruling = condemning"))
U(d, "In a joint letter, more than twenty members of the Puebla Group", "the most basic guarantees.",
  ("Puebla Group", C, neg, "Argentina", "joint letter of a group of former leaders (new organisation); rejection of the judicial process = condemning; the former heads of government speak for no state"))
U(d, "The Foreign Ministry said it had received the messages and thanked the leaders", "no further comment.",
  ("Argentina", S, pos, "", "thanks to several foreign leaders = supporting; several targets -> empty"))
U(d, "The opposition Together for Change coalition said in a statement that the ruling showed", "\"no one is above the law.\"",
  ("Juntos por el Cambio", S, pos, "Argentina", "approval of the court's ruling = supporting (the court = Argentina's judiciary)"))
U(d, "Its leaders also accused the government of attacking judges", "run their course.",
  ("Juntos por el Cambio", C, neg, "Argentina", "'its leaders' = the coalition; accusation + appeal: rule 1"))
U(d, "Mariana Echeverry, a professor of constitutional law at the University of Buenos Aires, said the acquittal", "prosecution's case.",
  ("Mariana Echeverry", N, neu, "", "invented scholar; legal assessment"))
U(d, "\"People will not like to hear it, but this court wrote a measured ruling.", "Echeverry said.",
  ("Mariana Echeverry", C, neg, "", "praise of the court + judgement of politicians on both sides ('reckless'): rule 1; both sides -> target empty"))
U(d, "She said both the government and the opposition should lower their tone", "the case calmly.",
  ("Mariana Echeverry", T, neu, "", "appeal to both sides for calm"))
U(d, "Tomás Rivadavia, director of the consultancy Pulso Federal, said the Vice-President's decision", "the sentence itself.",
  ("Tomás Rivadavia", N, neu, "", "invented analyst; electoral analysis"))
U(d, "Rivadavia said he expected the ruling coalition to close ranks around her", "in the short term.",
  ("Tomás Rivadavia", N, neu, "", "forecast"))
U(d, "Police reported no incidents.", "no incidents.",
  ("Argentina", N, neu, "", "police = Argentina; a fact"))
# "Supporters gathered outside the Comodoro Py courthouse ..." = narration, no row.
