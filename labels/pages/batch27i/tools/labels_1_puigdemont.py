# ------------------------------------------------------------------ Puigdemont's arrest in Schleswig-Holstein (Spanish national daily, English edition, 2018-03-26)
d = "page_puigdemont_neumunster2018_dailyiberia.txt"
# Not statements: masthead, menu, breadcrumb, headline (carries Madrid's position: never a statement), standfirst, byline,
# time stamp, share bar, [Photo n of 4] captions with credits, ADVERTISEMENT, crossheads, Related, Tags, MOST READ, newsletter, copyright.
# "German motorway police detained Carles Puigdemont ..." = narration of the arrest (police act, no position), no row.
# "The arrest was made under the European warrant reissued on Friday by Supreme Court judge Pablo Llarena ..." = background of the charges, no row.
U(d, "A spokesman for the Schleswig-Holstein prosecutors said", "pending the extradition procedure.",
  ("Germany", N, neu, "", "state prosecutors = state agency of Germany; procedure (court date) = neutral"))
U(d, "The Spanish government welcomed the detention within hours", "outrun the courts for ever.",
  ("Spain", S, pos, "Germany", "welcome of the detention carried out by German police = approval of an act; judgement of Puigdemont only implied ('no one who defies the law'); target = the state whose act is welcomed (unsure: could be condemning Catalonia authorities)"))
U(d, "\"It shows that the rule of law is not a slogan.", "Méndez de Vigo said.",
  ("Spain", S, pos, "", "surname only; approval of the arrest as proof that justice works; no actor judged"))
U(d, "Justice Minister Rafael Catalá, in remarks carried by the state news agency", "\"quickly and with all the guarantees\".",
  ("Spain", S, pos, "Germany", "'carried by the state news agency' = agency not an actor; confidence in the German judiciary = backing"))
U(d, "Asked whether the government had been in contact with Berlin before the arrest", "and the Supreme Court.",
  ("Spain", N, neu, "", "'the spokesman' = Méndez de Vigo; procedural account of contacts"))
# "In Berlin, the federal government was at pains to stay out of the affair." = summary line before the specific statements, no row.
U(d, "Steffen Seibert, Chancellor Angela Merkel's spokesman, said", "an ongoing judicial procedure.",
  ("Germany", N, neu, "", "procedural line + refusal to comment = neutral"))
U(d, "The conflict in Catalonia had to be resolved within the Spanish legal and constitutional order", "the chancellor has used since October.",
  ("Germany", S, neu, "Spain", "reported clause with the attribution at the end ('Seibert added'); backing Spain's constitutional order (unsure: could be neutral)"))
U(d, "Justice Minister Katarina Barley, who took office less than a fortnight ago", "politics had no part in it.",
  ("Germany", N, neu, "", "'was quoted by a German broadcaster as saying' = second-hand; the decision is for the courts = procedural"))
# "Not everyone in the German parliament was so restrained." = summary line, no row.
U(d, "Sevim Dağdelen, a deputy chair of the Left party's parliamentary group, said", "called for his immediate release.",
  ("Die Linke", C, neg, "Spain", "opposition party speaks for itself (not for Germany); 'a disgrace' + 'treats political opponents as criminals' = judgement; the release demand does not soften it (rule 1)"))
# "In Barcelona, tens of thousands marched ..." = narration; "Emergency services said 89 people were treated" = figures from no named actor, no row.
U(d, "Roger Torrent, the speaker of the Catalan parliament, said in a televised address", "to keep their protests peaceful.",
  ("Catalonia authorities", C, neg, "Spain", "speaker of the Catalan parliament = Catalan institutions; 'a disgrace for European democracy' = judgement, with an appeal for calm (rule 1); target Spain (the warrant's issuer)"))
U(d, "According to a statement from Mr Puigdemont's office in Brussels", "remained in good spirits.",
  ("Catalonia authorities", N, neu, "", "'according to a statement from' = second-hand attribution; Puigdemont is an alias of Catalonia authorities; facts on his treatment, no evaluation"))
U(d, "\"He was heading home to Waterloo", "told Catalan radio.",
  ("Catalonia authorities", N, neu, "", "his lawyer speaks for Puigdemont; denial that he fled = neutral, mild negative tone? kept neutral: plain reassurance"))
U(d, "The lawyer said the defence would argue that rebellion as defined in Spain", "should therefore be refused.",
  ("Catalonia authorities", N, neu, "", "'The lawyer' carried over; legal argument / plan of the defence, no judgement of an actor"))
U(d, "Elsa Artadi, a leading figure in Mr Puigdemont's Junts per Catalunya list", "ballots with prison cells.",
  ("Junts", C, neg, "Spain", "party figure on social media; judgement without a stock word (answering ballots with prison cells)"))
U(d, "The Republican Left of Catalonia, whose leader Oriol Junqueras has been in custody since November", "the result of the December election.",
  ("Republican Left of Catalonia", T, neu, "", "appeal for dialogue between governments; the defiance line states no explicit judgement of an actor (unsure: could be condemning)"))
# "The European Commission declined to take sides." = summary line before its spokesman's sentence, no row.
U(d, "Its chief spokesman, Margaritis Schinas, said the Commission had full trust", "under the European arrest warrant.",
  ("European Union", N, neu, "", "Commission spokesman; trust in both judiciaries + non-interference = procedural, aimed at no one side"))
U(d, "In Brussels, Prime Minister Charles Michel's office said Belgium had taken note", "had been closed in December.",
  ("Belgium", N, neu, "", "taking note + no comment + procedure = neutral"))
U(d, "Finland's foreign ministry confirmed that Mr Puigdemont had left the country", "in contact with the Spanish authorities.",
  ("Finland", N, neu, "", "facts and police contacts, no evaluation"))
U(d, "In Scotland, where former Catalan education minister Clara Ponsatí", "for organising a vote.",
  ("Scottish Government", N, neg, "", "First Minister speaks for the Scottish Government; respect for courts + unease about the charges: concern without an appeal and without an explicit judgement = neutral, negative (unsure: 'deeply uneasy about charges' could read as a judgement of Spain)"))
U(d, "Montserrat Vilalta, a professor of criminal law at the University of Girona, said", "could be shown.",
  ("Montserrat Vilalta", N, neu, "", "invented scholar; legal forecast, no position on an actor"))
U(d, "\"A warrant for embezzlement is one thing.", "Vilalta said.",
  ("Montserrat Vilalta", C, neg, "Spain", "surname only; judges the rebellion charge as unfounded ('without tanks in the street') = judgement of Spain's warrant"))
U(d, "Jan-Hendrik Lorenzen, who follows extradition cases", "\"a gift\" to prosecutors.",
  ("Jan-Hendrik Lorenzen", N, neu, "", "invented analyst; assessment of the odds, no judgement of an actor"))
U(d, "Lorenzen added that the case should be settled on the law alone", "harder, not easier.\"",
  ("Jan-Hendrik Lorenzen", N, neu, "", "advice to keep politicians silent: not an appeal for talks/de-escalation, no judgement = neutral (unsure)"))
# "Mr Puigdemont's Catalan allies have called further rallies for Tuesday." = narration (rallies called), no row.
U(d, "Interior Minister Juan Ignacio Zoido thanked the German police", "between two partners.",
  ("Spain", S, pos, "Germany", "thanks/praise for the German police's act = supporting"))
U(d, "Foreign Minister Alfonso Dastis, interviewed on Cadena SER", "with every right of defence.\"",
  ("Spain", N, neg, "", "denial that the separatists are political prisoners = denial (neutral, negative tone); quote opened after a colon"))
