# ------------------------------------------------------------------ Benin: the arrest and charging of Reckya Madougou before the April 2021 election (West African news site, full HTML, 2021-03-10)
d = "page_benin_madougou_arrest2021_westafricasite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, time, read time, figcaptions with credits,
# ADVERTISEMENT, crossheads, credit line, tags, share, newsletter, Read more, comments, most read, footer.
U(d, "Benin's special anti-terrorism prosecutor has accused opposition politician Reckya Madougou", "clear the field for President Patrice Talon.",
  ("Benin", C, neg, "The Democrats", "lede with two positions: the prosecutor (the state) accuses the party's barred candidate of funding killings"),
  ("The Democrats", C, neg, "Benin", "her party calls the charge a fabrication aimed at clearing the field for the incumbent = judgement (more than a denial)"))
# "Madougou, a former justice minister whose candidacy ..." = background narration of the arrest, no row.
U(d, "Speaking to reporters in Cotonou, Mario Mètonou, the special prosecutor", "in custody since.",
  ("Benin", N, neu, "", "facts of the investigation (two arrests), no judgement = neutral"))
U(d, "According to Mètonou, one of them, a retired colonel, told investigators", "come from Madougou.",
  ("Benin", C, neg, "The Democrats", "'According to' + surname; accusation that the money came from Madougou, the party's candidate"))
U(d, "\"This investigation is not political and nobody is being pursued for who they are,\" Mètonou said.", "\"This investigation is not political and nobody is being pursued for who they are,\" Mètonou said.",
  ("Benin", N, neg, "", "denial of political motives = neutral, negative tone"))
U(d, "\"The evidence will be heard in court.\"", "\"The evidence will be heard in court.\"",
  ("Benin", N, neu, "", "quote continued after the attribution, same speaker; procedure = neutral"))
U(d, "Government spokesman Alain Orounla, in remarks carried by the national broadcaster ORTB", "functioning normally.",
  ("Benin", N, neu, "", "'in remarks carried by' the state broadcaster (not an actor); reassurance about own institutions = neutral"))
U(d, "Talon himself, campaigning in the north on Tuesday, told supporters", "would not give them.",
  ("Benin", C, neg, "", "warning to 'anyone' who would use violence = threat of a response; no actor named -> target empty"))
U(d, "Interior Minister Sacca Lafia said security would be reinforced", "weeks before the vote.",
  ("Benin", N, neu, "", "security plan, no target or judgement = neutral"))
U(d, "In a handwritten letter passed to her lawyers and published on Monday, Madougou rejected the charges", "campaign mobilisation.",
  ("The Democrats", N, neg, "", "the party's candidate denies the charge and explains the payment = denial, neutral, negative"))
# "Her lawyers said she had been denied private access ..." = unnamed lawyers, not an actor, no row.
U(d, "The Democrats, the party founded by former president Thomas Boni Yayi, said in a statement", "stay mobilised but peaceful.",
  ("The Democrats", C, neg, "Benin", "judgement (campaign to silence challengers) + appeal for peaceful mobilisation: rule 1"))
U(d, "Boni Yayi, who was quoted by Radio France Internationale as calling the affair", "heads of state to intervene.",
  ("The Democrats", C, neg, "Benin", "party founder speaks for it; second-hand quote ('was quoted by ... as calling') = judgement; appeal for intervention follows (rule 1)"))
U(d, "Joël Aïvo, a constitutional law professor whose own candidacy was also thrown out", "an arm of the executive.",
  ("Front for the Restoration of Democracy", C, neg, "Benin", "Aïvo = leader and barred candidate of his movement (declared in new_actors.csv); courts as an arm of the executive = judgement"))
U(d, "The Progressive Union for Renewal, one of the two parties in Talon's camp", "file valid candidacies.",
  ("Progressive Union for Renewal", C, neg, "", "accusation against 'the opposition' (several parties) -> target empty"))
U(d, "The Republican Bloc, the other party in the president's camp", "keep the election safe.",
  ("Republican Bloc", S, pos, "Benin", "pro-government party backs the authorities = supporting (declared in new_actors.csv)"))
U(d, "The United States embassy in Cotonou said it was following the cases", "before an independent court.",
  ("United States", T, neu, "Benin", "monitoring + reminder of the right to a fair hearing, no judgement word = appeal = calling_for_talks (unsure: could be neutral)"))
U(d, "The European Union delegation, in a statement issued jointly with the embassies of EU member states", "through the courts and dialogue.",
  ("European Union", T, neg, "", "joint EU + member states statement, labelled at the EU (the member states are not named one by one); concern + appeal = calling_for_talks; all parties -> target empty"))
U(d, "France said it had taken note of the proceedings", "according to a spokesperson at the French embassy.",
  ("France", N, neu, "", "taking note and declining to comment on courts = neutral; attribution tail"))
U(d, "ECOWAS said it would send an observation mission", "inclusive and peaceful.",
  ("ECOWAS", T, neu, "Benin", "plan (mission) + encouragement for a peaceful, inclusive process = calling_for_talks"))
U(d, "The UN Office for West Africa and the Sahel, whose head Mohamed Ibn Chambas", "before polling day.",
  ("United Nations", T, neu, "", "UNOWAS = United Nations; appeal for dialogue to both sides; the visit clause is narration"))
U(d, "Amnesty International said the arrest was the latest in a series of moves", "2019 legislative election.",
  ("Amnesty International", C, neg, "Benin", "series of moves against critics = judgement without stock words"))
U(d, "Benin's Catholic bishops, in a message read in churches on Sunday", "felt shut out.",
  ("Episcopal Conference of Benin", T, pos, "", "bishops as a body (declared); appeal for calm and an inclusive vote = calling_for_talks"))
# "Togo's government ... declined to comment." = non-answer, no row.
U(d, "Adjoa Houngbédji, a political scientist at the University of Abomey-Calavi", "turned out to show.",
  ("Adjoa Houngbédji", N, neg, "", "invented independent scholar; forecast, no judgement"))
U(d, "\"A court created to fight terrorism and corruption now shapes who may run for office", "Houngbédji said.",
  ("Adjoa Houngbédji", C, neg, "Benin", "judgement of the special court's role without stock words"))
U(d, "She said the government could still lower the temperature", "access to polling stations.",
  ("Adjoa Houngbédji", T, neu, "Benin", "pronoun = Houngbédji; suggestion to de-escalate = calling_for_talks"))
U(d, "Christelle Dossou, a party supporter who said she was in the car behind", "driving away with the candidate.",
  ("Christelle Dossou", N, neg, "", "invented witness under her own name; account of the arrest, no judgement word = neutral, negative (unsure: an account of police conduct could read as an accusation)"))
