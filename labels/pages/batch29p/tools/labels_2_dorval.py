# ------------------------------------------------------------------ Haiti: killing of bar president Monferrier Dorval (live blog, full HTML, 2020-08-29)
d = "page_haiti_dorval_killing2020_liveblog.html"
# Not statements: title, nav, breadcrumbs, LIVE badge, headline, standfirst, byline, time stamps, captions with credits and
# "(1 of 4)", ADVERTISEMENT, tags, share bar, Related, comments, newsletter prompt, most read, footer.
# "That is where we will leave our live coverage for tonight." = blog furniture, no row.
U(d, "Marie-Claude Vilaire, who teaches constitutional law", "speaks on the radio.",
  ("Marie-Claude Vilaire", N, neg, "", "invented scholar introduced by role; feared effect on lawyers = concern without appeal"))
U(d, "\"He was shot for thinking aloud", "Vilaire said.",
  ("Marie-Claude Vilaire", C, neg, "", "surname only; judgement of the killing (killers unnamed) -> target empty"))
U(d, "She said the government owed the bar a public account", "no patrol had been there.",
  ("Marie-Claude Vilaire", C, neg, "Haiti", "speaker carried by pronoun; demand for accountability implying the state failed to protect = judgement (unsure: could be calling_for_talks)"))
U(d, "The Federation of Haitian Bar Associations said in a statement that lawyers", "in Dorval's memory.",
  ("Federation of Haitian Bar Associations", N, neg, "", "work stoppage in mourning announced; plan with no judgement stated in the sentence"))
U(d, "The federation said the state had failed in its most basic duty", "the president's own residence.",
  ("Federation of Haitian Bar Associations", C, neg, "Haiti", "'the federation'; judgement of the state's failure"))
U(d, "Ottawa: \"Canada offers its deepest condolences", "Haiti's legal community.\"",
  ("Canada", S, neg, "", "live-blog label + quotation, no verb; condolences = solidarity = supporting; grief tone"))
U(d, "The Canadian embassy added that it expected the investigation", "impartial and complete.",
  ("Canada", T, neu, "Haiti", "state given by its adjective; appeal for a proper investigation, no judgement = calling_for_talks"))
U(d, "France's embassy in Port-au-Prince said it was deeply saddened", "Haitian lawyers.",
  ("France", N, neg, "", "sorrow at a death, no condolences addressed, no appeal = neutral, negative (unsure: could be supporting)"))
U(d, "CARICOM: the Caribbean Community's secretariat said the region mourned with Haiti", "Dorval had been debating.",
  ("CARICOM", T, pos, "Haiti", "solidarity joined to a hope for common ground among leaders: the appeal decides (rule 2 before rule 3)"))
# "The UN Integrated Office in Haiti (BINUH) has spoken." = lead-in, no row.
U(d, "Its head, Helen La Lime, said in a statement that the killing", "the rule of law.",
  ("United Nations", C, neg, "", "BINUH = United Nations; 'intolerable blow' = judgement; killers unnamed -> target empty"))
U(d, "La Lime called on the Haitian authorities to find and prosecute", "keep the debate over the constitution peaceful.",
  ("United Nations", T, neu, "", "surname only; appeals to the authorities and to all political actors (two addressees -> target empty)"))
U(d, "From Washington, the top State Department official for the Western Hemisphere", "working for a fair state.",
  ("United States", C, neg, "", "office holder introduced by role; judgement of the killing, perpetrators unnamed"))
# "The U.S. embassy followed with its own message." = lead-in, no row.
U(d, "U.S. Embassy: \"We stand with the Port-au-Prince bar", "defend the law with words.\"",
  ("United States", S, pos, "Port-au-Prince Bar Association", "label + quotation; solidarity with the bar = supporting"))
U(d, "Prime Minister Joseph Jouthe's office issued a statement promising", "those behind them.",
  ("Haiti", N, neu, "", "own plans for the investigation; reassurance about own conduct = neutral"))
U(d, "\"Haitians are tired of burying their best people", "the statement said.",
  ("Haiti", C, neg, "", "anger at the killers (unnamed) = negative judgement of the crime"))
# "President Jovenel Moïse has reacted on Twitter." = lead-in, no row.
U(d, "\"Haiti has lost one of its sharpest legal minds tonight.", "every member of the bar.\"",
  ("Haiti", S, neg, "", "the president's quotation after a lead-in (speaker from the previous line); condolences = supporting, grieving tone"))
U(d, "In a second message the president said those who ordered the murder", "faced a judge.",
  ("Haiti", C, neg, "", "'the president' by title; accusation of masterminds + vow to pursue them; target unnamed"))
U(d, "Renan Hédouville, head of the Office for the Protection of Citizens", "name suspects quickly.",
  ("Haiti", T, neu, "", "state ombudsman resolves to Haiti; demand addressed to the police for a quick investigation, no judgement (unsure)"))
U(d, "\"A country that cannot protect the head of its bar", "Hédouville said.",
  ("Haiti", C, neg, "", "the ombudsman's judgement of the state's failure; own state -> target empty (unsure)"))
U(d, "Deputy police spokesman Garry Desrosiers said Dorval had been shot", "searched by the attackers.",
  ("Haiti", N, neu, "", "police account of facts = neutral"))
U(d, "The spokesman said investigators believed the killing had been planned", "no arrest had yet been made.",
  ("Haiti", N, neu, "", "'the spokesman'; state of the inquiry, facts"))
U(d, "Neighbour Wilner Saint-Fleur, who lives two doors down", "driving off fast.",
  ("Wilner Saint-Fleur", N, neu, "", "named witness = independent person; account of what he heard"))
U(d, "\"We heard the shots and we stayed on the floor", "Saint-Fleur said.",
  ("Wilner Saint-Fleur", N, neg, "", "witness account; slow police arrival stated as fact, no explicit judgement"))
U(d, "The OAS secretary general, Luis Almagro, wrote that he rejected", "in the investigation.",
  ("Organization of American States", C, neg, "", "rejection of a 'cowardly murder' + offer of support to Haitian justice: the judgement decides (rule 1)"))
U(d, "The European Union delegation in Haiti said it was alarmed", "this week.",
  ("European Union", N, neg, "", "alarm with no appeal = neutral, negative"))
# "Good morning. Monferrier Dorval, 64, head of the Port-au-Prince bar ..." = narration, no row.
U(d, "Hours earlier he had told a radio station that Haiti needed a new kind of state", "its constitution.",
  ("Monferrier Dorval", C, neg, "Haiti", "the victim's own earlier position, reported: 'not a rushed rewrite' = criticism of the government's constitution plan (unsure: background)"))
# "At least two other people were shot dead in the capital on Friday." = figures from no named source, no row.
