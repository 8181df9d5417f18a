# ------------------------------------------------------------------ Arrest of Juan Rémy Quignolot in Bangui (regional daily analysis, 2021-05-20)
d = "page_car_quignolot_arrest2021_analysis.txt"
# Not statements: masthead, city bar, date, menu, breadcrumb, ANALYSIS kicker, headline, standfirst (carries a judgement:
# no row), byline, read time, [PHOTO n of 3] captions with credits, crossheads, ADVERTISEMENT, Related, tags,
# subscribe prompt, most read, copyright.
# "When police officers led Juan Rémy Quignolot out ..." and "Within hours, images ..." = narration, no row.
U(d, "The Prosecutor General at the Bangui Court of Appeal, Eric Didier Tambo, told reporters", "the capital in January.",
  ("Central African Republic", C, neg, "", "prosecutor's accusation of espionage and rebel links against an individual (target empty: a private person)"))
U(d, "Tambo said the weapons found in the house", "rebel commanders.",
  ("Central African Republic", N, neu, "", "surname only; facts of the investigation"))
U(d, "Government spokesman Ange Maxime Kazagui insisted", "his nationality.",
  ("Central African Republic", N, neg, "", "denial that nationality was the reason = neutral"))
U(d, "\"The courts will decide this case, not social media.", "Kazagui said on national radio.",
  ("Central African Republic", N, neu, "", "reassurance about own conduct"))
# "France took two days to respond ..." = the outlet's summary line before specific statements, no row.
U(d, "The spokeswoman of the French foreign ministry, Agnès von der Mühll, said", "in the Central African Republic.",
  ("France", C, neg, "", "accusation of an orchestrated campaign; no one named -> target empty"))
U(d, "She said the embassy in Bangui had asked for consular access", "were respected.",
  ("France", N, neu, "", "consular procedure"))
U(d, "She added that France remained committed to the stability", "Central African people.",
  ("France", S, pos, "Central African Republic", "commitment to a partner = supporting"))
U(d, "The defence ministry in Paris let it be known that Quignolot had left the army", "according to a statement from the ministry.",
  ("France", N, neg, "", "'let it be known' + 'according to a statement': denial of a link = neutral"))
# "Paris did not name Moscow. It did not need to." = the outlet's gloss, no row.
U(d, "Across the street from the house, Gervais Yakoma-Ndanga", "in or out.",
  ("Gervais Yakoma-Ndanga", N, neu, "", "invented witness (a neighbour); account, no judgement"))
U(d, "Valery Zakharov, the Russian national who serves as national security adviser", "what it was meant for.",
  ("Central African Republic", N, neu, "", "adviser to the CAR president speaks for the CAR, not for Russia; facts of the seizure"))
U(d, "The Russian embassy in Bangui, asked about the accusations from Paris", "state news agency RIA Novosti.",
  ("Russia", C, neg, "France", "denial joined to a judgement ('the usual fantasies of French diplomacy'): the judgement decides; agency attribution tail"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova", "before pointing fingers.",
  ("Russia", C, neg, "France", "reproach of Paris ('look at its own record before pointing fingers') = judgement without a stock word"))
# "The president himself has said little." = narration, no row.
U(d, "Receiving a delegation of magistrates on Monday, Touadéra said", "according to a statement from the presidency.",
  ("Central African Republic", N, neu, "", "second-hand attribution ('according to a statement'); own conduct"))
# "The prime minister was more pointed." = summary line, no row.
U(d, "Addressing the National Assembly on Tuesday, he said some foreign friends", "its own security.",
  ("Central African Republic", C, neg, "", "'the prime minister' (title only, state clear from context); judgement without a stock word aimed at unnamed 'foreign friends' -> target empty"))
U(d, "Foreign Minister Sylvie Baïpo-Temon told the Courier", "independence of its judges.",
  ("Central African Republic", T, neu, "France", "relations 'cordial but frank' + expectation addressed to Paris, no judgement = appeal (unsure: could be read as an implied reproach)"))
# "The United Nations mission, MINUSCA, has kept its distance." = narration, no row.
U(d, "Its spokesperson said the mission was following the case closely", "pressure or incitement.",
  ("United Nations", T, neu, "", "MINUSCA's spokesperson; appeal to all sides, no judgement"))
U(d, "The European Union, whose training mission works with the Central African army", "foreign partners online.",
  ("European Union", N, neg, "", "concern with no appeal = neutral"))
U(d, "Angola's foreign minister, Téte António, whose country leads the regional mediation", "the peace process.",
  ("Angola", T, pos, "", "hope that the peace process continues = calling_for_talks"))
U(d, "The Union for Peace in the Central African Republic (UPC), the rebel group", "a montage.",
  ("Union for Peace in the Central African Republic", N, neg, "", "armed group; denial = neutral ('a montage' qualifies the images, no actor judged)"))
# "The arrest came in the same week as that of the minister of tourism ..." = narration, no row.
U(d, "For Thierry Ngoumbango-Kossi, a political scientist", "fighting over the country.",
  ("Thierry Ngoumbango-Kossi", N, neg, "", "invented scholar; framing of the affair, no judgement yet"))
U(d, "\"Paris and Moscow are both treating our courts as a stage", "Ngoumbango-Kossi said.",
  ("Thierry Ngoumbango-Kossi", C, neg, "", "judgement of both powers ('theatre') -> target empty (two actors)"))
U(d, "He said the suspect was entitled to a fair trial", "from any embassy.",
  ("Thierry Ngoumbango-Kossi", T, neu, "", "appeal for a fair, public trial without pressure; no judgement"))
U(d, "Élodie Marchal-Dubreuil, who follows Central Africa at the Institute for African Security Policy", "rather than shaping them.",
  ("Élodie Marchal-Dubreuil", N, neg, "", "invented analyst; assessment of France's lost leverage, no explicit judgement (unsure: could be read as criticism of France)"))
U(d, "\"The worst outcome would be for this case to freeze", "Marchal-Dubreuil said.",
  ("Élodie Marchal-Dubreuil", T, neu, "", "appeal to both governments to keep talking"))
U(d, "Quignolot, who has denied the charges through his lawyer", "remains in custody.",
  ("Juan Rémy Quignolot", N, neg, "", "the detainee (a private person) denies the charges through his lawyer; narration of custody in the same sentence"))
# "No trial date has been set." = narration, no row.
