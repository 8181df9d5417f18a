# ------------------------------------------------------------------ Zimbabwe's fuel-price protests and the crackdown (southern African daily, full HTML, 2019-01-24)
d = "page_zimbabwe_fuelprotests_southernafricandaily.html"
# never statements: cookie bar, edition strip, logo, tagline, nav, breadcrumbs, headline, standfirst, byline, share bar, figcaptions with credits and "1 of 4", ADVERTISEMENT, crossheads, Related, credits, tags, newsletter, comments, most read, footer
U(d, "Zimbabwe's President Emmerson Mnangagwa returned to Harare this week", "if necessary, removed.",
  ("Zimbabwe", N, neu, "", "long lead: narration of the return + the leader on social media promising investigations of his own forces = own procedure, no judgement of another actor (unsure: could be read as condemning misconduct, but the target would be his own state)"))
U(d, "He also invited the leaders of political parties, churches and civil society to a national dialogue", "economic crisis together.",
  ("Zimbabwe", T, pos, "", "invitation to a national dialogue = calling_for_talks"))
U(d, "The president defended the decision that triggered the protests", "subsidise smuggling and queues.",
  ("Zimbabwe", N, neu, "", "justification of its own economic measure"))
U(d, "The Zimbabwe Human Rights NGO Forum said on Tuesday that at least 12 people", "assault and torture.",
  ("Zimbabwe Human Rights NGO Forum", N, neg, "", "rights coalition giving figures, no judgement in this sentence"))
# no row: "The government's first response to the unrest was very different in tone." (summary line)
U(d, "On the evening of the first day of the protests, State Security Minister Owen Ncube", "respond firmly.",
  ("Zimbabwe", C, neg, "MDC-T", "accusation of a plot by the opposition + a threatened firm response = condemning; 'the opposition MDC' = MDC-T (name files); NGOs also accused -> target = the party named"))
U(d, "Police spokesperson Charity Charamba said more than 700 people had been arrested", "Chitungwiza.",
  ("Zimbabwe", N, neu, "", "arrest figures = neutral"))
U(d, "Information Minister Monica Mutsvangwa told state television the official death toll", "verified by anyone.",
  ("Zimbabwe", N, neg, "", "official toll + dismissal of rights groups' figures = denial, neutral with a negative tone"))
# no row: "The internet was cut off twice ... the country's largest mobile operator said in a message to customers." (an unnamed company passing on a fact; the order itself is narration here, unsure)
# no row: "On Monday the High Court ruled that the minister had no power to order the shutdown." (a court ruling on the government: narration, no actor row)
U(d, "The leader of the Movement for Democratic Change, Nelson Chamisa, said the crackdown had exposed a regime", "neutral outside party.",
  ("MDC-T", C, neg, "Zimbabwe", "role then name; judgement ('a regime that speaks of reform abroad ...') + call for mediated talks = condemning (rule 1)"))
U(d, "\"People are being dragged out of their beds", "on Tuesday.",
  ("MDC-T", C, neg, "Zimbabwe", "multi-sentence quote closed by its speaker; accusation described through attacks on civilians = condemning"))
U(d, "The party's spokesman, Jacob Mafume, denied that the MDC had planned or led the protests.", "The party's spokesman, Jacob Mafume, denied that the MDC had planned or led the protests.",
  ("MDC-T", N, neg, "", "denial = neutral, negative tone"))
U(d, "\"We did not call the stayaway.", "he said.",
  ("MDC-T", N, neg, "", "quote continuing the denial in the same paragraph; 'he' = Mafume"))
U(d, "The Zimbabwe Congress of Trade Unions, which called the three-day stayaway, said its secretary-general", "charged with subversion.",
  ("Zimbabwe Congress of Trade Unions", N, neg, "", "the union reports its leader's arrest = fact, negative tone"))
U(d, "The union said the stayaway had been peaceful and rejected the charge", "incited the violence.",
  ("Zimbabwe Congress of Trade Unions", N, neg, "", "'the union' = ZCTU by context; denial"))
U(d, "South African President Cyril Ramaphosa, speaking to reporters on the sidelines of the Davos forum", "for its neighbour.",
  ("South Africa", S, pos, "Zimbabwe", "call to lift sanctions + a package of economic support being prepared = backing by act"))
U(d, "He said what happened in Zimbabwe was a concern for the whole region", "coming weeks.",
  ("South Africa", N, neg, "", "concern without an appeal + a meeting plan = neutral"))
U(d, "The Southern African Development Community, currently chaired by Namibia, said in a statement", "economic hardship.",
  ("SADC", S, pos, "Zimbabwe", "solidarity with the government + appeal to lift sanctions (an appeal for help, not for peace) = supporting"))
U(d, "South Africa's Economic Freedom Fighters, by contrast, accused Mnangagwa", "made it complicit.",
  ("Economic Freedom Fighters", C, neg, "", "accusation of Mnangagwa + 'complicit' aimed at Pretoria = two actors judged -> target empty; Pretoria = metonym (object, not speaker)"))
U(d, "Britain's Minister for Africa, Harriett Baldwin, summoned Zimbabwe's ambassador", "the Foreign Office said.",
  ("United Kingdom", C, neg, "Zimbabwe", "summoning the ambassador to hear objections = diplomatic protest (measure) = condemning; attribution tail; London = place then metonym"))
U(d, "She said afterwards that the government in Harare had to investigate the deaths", "move forward.",
  ("United Kingdom", T, neg, "Zimbabwe", "demand to investigate and respect the right to protest, no judgement word = calling_for_talks; the condition on relations could be read as a threat (unsure)"))
U(d, "The European Union's delegation in Harare, together with the embassies of the EU member states", "full internet access.",
  ("European Union", C, neg, "Zimbabwe", "joint statement: 'disproportionate ... unacceptable' = judgement + appeals = condemning (rule 1); member states unnamed -> one EU row"))
U(d, "The United States embassy in Harare said it was deeply troubled", "a new Zimbabwe.",
  ("United States", C, neg, "Zimbabwe", "two US voices in one sentence = one row: concern (embassy) + judgement on social media (Nagy: actions do not match words) -> the judgement decides"))
U(d, "In Geneva, the spokesperson of the UN human rights office, Ravina Shamdasani", "their grievances.",
  ("United Nations", T, neg, "Zimbabwe", "reports of raids + demand to halt the crackdown and engage with citizens, no judgement word = calling_for_talks, negative; Geneva = place"))
U(d, "UN Secretary-General António Guterres was following the situation with concern", "said in New York.",
  ("United Nations", T, neg, "", "concern + appeal to all sides = calling_for_talks; attribution tail"))
# no row: "Economists and political analysts in Harare say the government has bought time ..." (unnamed analysts, summary)
U(d, "Tendai Musekiwa, a political economist at the University of Zimbabwe, said", "every week.",
  ("Tendai Musekiwa", N, neg, "", "scholar's analysis of the price rise, no judgement of an actor"))
U(d, "\"The government has two problems now", "Musekiwa said.",
  ("Tendai Musekiwa", N, neg, "", "multi-sentence quote closed by its speaker; scenario (loans, trust)"))
U(d, "He expects more stayaways if the promised dialogue does not start", "increase in prices.",
  ("Tendai Musekiwa", N, neg, "", "scenario"))
U(d, "Lindiwe Ngwenya, a governance researcher at a Johannesburg policy institute, said SADC's call", "blank cheque.",
  ("Lindiwe Ngwenya", N, neg, "", "how SADC's call will be read = analysis (the judgement comes in the next unit)"))
U(d, "\"SADC has once again chosen the comfort of the ruling party", "she said.",
  ("Lindiwe Ngwenya", C, neg, "SADC", "independent voice with an explicit judgement ('failure of leadership') = condemning"))
U(d, "Ngwenya said the most likely outcome in the short term", "president's allies.",
  ("Lindiwe Ngwenya", N, neg, "", "scenario"))
# no row: the Chitungwiza vendor (unnamed resident)
