# ------------------------------------------------------------------ Comoros post-election crisis, NTC and Kandani shootout (live blog, full HTML, 2019-03-28)
d = "page_comoros_kandani_transitioncouncil2019_liveblog.html"
# Not statements: nav, breadcrumb, LIVE badge, headline, standfirst, byline, time stamps, entry headings, figcaptions
# ("1 of 3"), share bar, ADVERTISEMENT, Related, newsletter prompt, comments, footer.
# "Good morning and welcome ..." = blog furniture, no row.
U(d, "The electoral commission, CENI, on Tuesday put Azali's share", "enough to avoid a run-off.",
  ("Comoros", N, neu, "", "the electoral commission is a state body; results and turnout = figures"))
# "His twelve opponents reject the count, and protests ..." = summary narration (the opponents as a loose group), no row.
U(d, "The twelve defeated candidates have announced a National Transition Council", "who came fourth on Sunday.",
  ("Comorian National Transition Council", C, neg, "Comoros", "the candidates' body announced in order to remove the president = challenge to the government (measure against it)"))
U(d, "\"The man who emptied Sunday's ballot boxes", "read on private radio stations.",
  ("Comorian National Transition Council", C, neg, "Comoros", "Soilihi as chair speaks for the council; vote-theft judgement decides over 'calmly and without weapons' (rule 1)"))
U(d, "\"Whoever proclaims a parallel authority", "before the courts.\"",
  ("Comoros", C, neg, "Comorian National Transition Council", "live-blog entry: label line + quotation, no verb; threat of prosecution = condemning"))
# "Soilihi Mohamed was taken from his home ... his lawyer told us." = the lawyer is not an actor; narration. No row.
# "We have not been able to reach the gendarmerie." = outlet, no row.
U(d, "The joint observer mission of the African Union, COMESA and the Eastern Africa Standby Force said", "counts interrupted.",
  ("African Union", C, neg, "Comoros", "joint statement by a list: one row per body; 'too badly flawed to be called credible' = judgement on the state's conduct of the vote"),
  ("COMESA", C, neg, "Comoros", "same joint statement"),
  ("Eastern Africa Standby Force", C, neg, "Comoros", "same joint statement"))
U(d, "The government has rejected the observers' findings", "a handful of polling stations.",
  ("Comoros", N, neg, "", "rejecting the findings = denial, neutral with a negative tone"))
# "Heavy gunfire is being heard ..." and "Shops ... traffic has stopped." = scene narration, no row.
U(d, "\"The shooting went on for almost an hour.", "and waited.\"",
  ("Said Ali Mbaé", N, neg, "", "named witness (invented) under his own name; account, no judgement; label line + quote"))
U(d, "The U.S. State Department has ordered its government personnel", "the security situation in Moroni.",
  ("United States", N, neg, "", "ordered departure of own staff = own measure aimed at no side, no judgement"))
U(d, "Daoudou told a news conference that three assailants had been killed", "escaped from Moroni prison this morning.",
  ("Comoros", N, neu, "", "surname only; toll and identity of the attackers = facts"))
U(d, "\"Our forces held the camp.", "the minister said.",
  ("Comoros", C, neg, "", "'the minister' = Daoudou; dismissive judgement of the attackers (not a canonical actor) -> target empty"))
U(d, "He added that the situation in the capital was calm again", "had been opened.",
  ("Comoros", N, neu, "", "reassurance + procedure (inquiry)"))
U(d, "\"I call on every Comorian leader to refrain from violence", "through lawful channels.\"",
  ("African Union", T, neu, "", "AU Commission chair; label + quotation without a verb; appeal, no judgement; all leaders -> target empty"))
U(d, "France asks all Comorian political actors to show restraint", "told reporters in Paris.",
  ("France", T, neu, "", "unnamed spokesperson of a named ministry; restraint + dialogue"))
U(d, "Stéphane Dujarric, spokesperson for the UN Secretary-General, said", "with concern.",
  ("United Nations", N, neg, "", "concern with no appeal in this sentence = neutral"))
U(d, "The spokesperson said the Secretary-General urged", "peacefully and within the law.",
  ("United Nations", T, neu, "", "'the spokesperson' carried from the previous sentence; appeal = calling_for_talks"))
U(d, "\"We will not take our case to a Supreme Court", "already written their ruling.\"",
  ("Juwa", C, neg, "Comoros", "the Juwa candidate speaks for his party; refusal of the court in protest + judgement of its bias"))
U(d, "Azali, in an address carried by state radio on Wednesday evening, told his rivals", "rebuild this country together.\"",
  ("Comoros", T, pos, "", "offer of dialogue to the opposition = calling_for_talks (opposition not canonical -> target empty)"))
U(d, "The National Transition Council said there could be no dialogue", "before Soilihi's arrest.",
  ("Comorian National Transition Council", C, neg, "Comoros", "'according to a communiqué'; refusal of talks in protest with a stated grievance (confiscated vote) = condemning"))
U(d, "The European Union's delegation said the reports of irregularities", "held for peaceful protest.",
  ("European Union", T, neg, "Comoros", "concern + appeal to free peaceful protesters, no judgement word = calling_for_talks (unsure)"))
U(d, "Amnesty International accused the security forces of arbitrary arrests", "demanded that they stop.",
  ("Amnesty International", C, neg, "Comoros", "'arbitrary arrests' = accusation; security forces = the state"))
U(d, "Beijing: China respects the choice of the Comorian people", "at his daily briefing.",
  ("China", S, pos, "Comoros", "entry opens with the capital; congratulations = support"))
U(d, "Nadia Ahmed Bacar, a political scientist at the University of the Comoros, said", "lost the argument.",
  ("Nadia Ahmed Bacar", C, neg, "Comoros", "invented scholar; judgement of the government's position"))
U(d, "\"Sending gendarmes to a candidate's house", "she said.",
  ("Nadia Ahmed Bacar", C, neg, "Comoros", "quote carried from the previous sentence; judgement of the arrest"))
U(d, "Tom Verhaegen, who studies island politics", "something to gain from talking.\"",
  ("Tom Verhaegen", T, pos, "", "invented researcher; hope for AU mediation = calling_for_talks"))
U(d, "SADC executive secretary Stergomena Lawrence Tax said", "to use the courts.",
  ("SADC", T, neu, "", "noting results (neutral) + appeal to take disputes to court = peaceful course (unsure: could be neutral)"))
# "That's all from us for today ..." = blog furniture, no row.
