# ------------------------------------------------------------------ Kosovo police closing Serbian-run institutions (Balkan regional site, full HTML, 2025-01-16)
d = "page_kosovo_parallel_institutions_webpage.html"
U(d, "Kosovo police on Wednesday closed Serbian-run municipal offices", "in the country.",
  ("Kosovo", C, neg, "Serbia", "lead carrying narration and Sveçla's position: Serbia's 'criminal' structures = judgement"))
U(d, "\"Today we kept our word.", "Sveçla wrote on Facebook.",
  ("Kosovo", N, pos, "", "multi-sentence quote closed by its speaker; self-praise of own act = neutral, positive"))
U(d, "Local Government Administration Minister Elbert Krasniqi said 28 parallel municipalities", "closed for good.",
  ("Kosovo", N, neu, "", "figures; Belgrade = place"))
U(d, "In an unusual twist, the Basic Prosecution Office in Pristina said", "submitted to it.",
  ("Kosovo", N, neu, "", "a Kosovo state body stating a procedural fact (it did not authorise the raid) = neutral (unsure: could be read as no position at all)"))
U(d, "Serbian Prime Minister Miloš Vučević said Belgrade would stand by the Serbs", "at their expense.",
  ("Serbia", C, neg, "Kosovo", "Kurti = Kosovo; accusation of hunting for votes at the Serbs' expense"))
U(d, "Foreign Minister Marko Đurić described the closures as a reckless escalation", "encourage Pristina.",
  ("Serbia", C, neg, "Kosovo", "'reckless escalation' = judgement; Pristina = metonym"))
U(d, "\"Pristina is stripping the Serb community", "he wrote on X.",
  ("Serbia", C, neg, "Kosovo", "'he' = Đurić; Pristina = metonym; accusation"))
U(d, "Petar Petković, director of the Serbian government's Office for Kosovo and Metohija, said", "reining Kurti in.",
  ("Serbia", C, neg, "", "judges Pristina's move (Kosovo) and blames Brussels (EU): two actors -> target empty"))
U(d, "The Office said Belgrade would keep paying the salaries", "used to handle.",
  ("Serbia", S, neu, "", "'The Office' = Petković's office = Serbia; financial support for Kosovo Serbs by act = supporting; recipients are not an actor -> target empty"))
U(d, "President Aleksandar Vučić said Serbia would not be drawn into any confrontation", "diplomatic means.",
  ("Serbia", T, neu, "", "commitment to peaceful, diplomatic means with no judgement = calling_for_talks"))
U(d, "Srpska Lista, the main Kosovo Serb party, called the operation an act of intimidation", "Serb institutions.",
  ("Srpska Lista", C, neg, "Kosovo", "'act of intimidation' = judgement; KFOR and the EU only mentioned"))
U(d, "The European Union said that shutting the offices in the middle of an election campaign", "dialogue to settle.",
  ("European Union", C, neg, "Kosovo", "'at odds with what Kosovo had committed to' = judgement, with a pointer to the dialogue (rule 1)"))
U(d, "EU spokesperson Anitta Hipper said such steps did nothing to help", "to ease them.",
  ("European Union", C, neg, "Kosovo", "warning that the closures weigh on lifting the measures = a threatened sanction (condemning); Pristina = Kosovo"))
U(d, "The EU's rule-of-law mission, EULEX, said its staff were observing", "mandate provides.",
  ("European Union", N, neu, "", "EULEX = EU mission; monitoring = neutral"))
U(d, "German Ambassador Jörn Rohde said Berlin had no quarrel", "to get there.",
  ("Germany", C, neg, "Kosovo", "agreement on the goal but 'the wrong way' = judgement of the method (rule 1; unsure: mixed); Berlin = metonym"))
U(d, "The US embassy in Pristina said it regretted", "belongs to the dialogue.",
  ("United States", C, neg, "Kosovo", "'regretted' that Pristina moved alone = judgement (guide: 'regrettable')"))
U(d, "The British embassy said the timing risked stirring up tensions again", "in Brussels instead.",
  ("United Kingdom", T, neg, "Kosovo", "worry about tensions + request to use the Brussels dialogue, no judgement word = calling_for_talks (contrast with the US row)"))
U(d, "NATO's KFOR peacekeeping force said it was following the situation closely", "UN mandate.",
  ("NATO", N, neu, "", "KFOR = NATO (name files); monitoring and readiness, no judgement = neutral"))
U(d, "Kosovo's ambassador to the EU, Agron Bajrami, took issue with the bloc's language", "without incident.",
  ("Kosovo", C, neg, "Serbia", "rebuttal of the EU (a denial) that calls the offices 'illegal outposts of the Serbian state' = judgement of Serbia (rule 1; unsure)"))
U(d, "Prime Minister Albin Kurti, campaigning ahead of the vote, said Serbs", "own institutions.",
  ("Kosovo", N, pos, "", "reassurance about one's own conduct = neutral, positive"))
U(d, "In Moscow, Russian foreign ministry spokeswoman Maria Zakharova accused Pristina", "the other way.",
  ("Russia", C, neg, "", "accuses Pristina and 'Western capitals' (several) -> target empty; Moscow = place"))
