# ------------------------------------------------------------------ Bangladesh: the disputed December 2018 election and the reactions abroad (Bangladeshi news site, full HTML, 2019-01-02)
d = "page_bangladesh_oikya_polls2018_bdsite.html"
# Not statements: top bar, nav, breadcrumb, kicker, headline, standfirst, byline/time, captions with credits, ADVERTISEMENT, crossheads,
# tags, share bar, Related News, readers' comments, most read, footer.
U(d, "Governments in New Delhi and Beijing have lined up behind", "complaints of rigging in Sunday's parliamentary polls.",
  ("India", S, pos, "Bangladesh", "lede with five positions; New Delhi = metonym; backing the winner = supporting (the incumbent government)"),
  ("China", S, pos, "Bangladesh", "Beijing = metonym; backing the winner"),
  ("United States", T, neu, "Bangladesh", "urging the Election Commission (a state body) to look into complaints, no judgement = calling_for_talks"),
  ("European Union", T, neu, "Bangladesh", "same appeal, listed"),
  ("United Kingdom", T, neu, "Bangladesh", "Britain, listed"))
U(d, "The Awami League-led Grand Alliance won 288", "Bangladesh Nationalist Party.",
  ("Bangladesh", N, neu, "", "'according to the commission's final count': the Election Commission (state body) gives results = neutral"))
U(d, "At least 17 people were killed in clashes on polling day", "before a single ballot was cast.",
  ("Jatiya Oikya Front", C, neg, "", "death toll with no source (narration) + 'the opposition says' = the alliance named just before; accusation of driving out agents, culprit unnamed -> target empty (unsure: 'the opposition' could be read as unnamed)"))
U(d, "Kamal Hossain told a crowded news conference", "a parliament born of it.",
  ("Jatiya Oikya Front", C, neg, "", "the alliance's convener; judgement of the election + refusal to recognise parliament in protest; aimed at the election as a whole -> target empty"))
U(d, "He said the alliance would keep demanding a new election", "\"as soon as it can be arranged\".",
  ("Jatiya Oikya Front", T, neg, "", "demand for a fresh vote, no judgement in this sentence = calling_for_talks (like a recount demand)"))
U(d, "BNP Secretary General Mirza Fakhrul Islam Alamgir, who won the Bogura-6 seat", "theft of the people's vote.",
  ("Bangladesh Nationalist Party", C, neg, "", "refusal of the oath in protest, with the grievance stated = condemning; target empty"))
U(d, "Chief Election Commissioner KM Nurul Huda, however, said", "no question of a fresh vote.",
  ("Bangladesh", N, neu, "", "refusal of a fresh vote with no judgement = neutral"))
U(d, "\"Voting went off without serious trouble", "Huda told reporters at the Nirbachan Bhaban.",
  ("Bangladesh", N, neu, "", "surname only; own account and procedure"))
U(d, "Awami League General Secretary Obaidul Quader said", "discredit the election.",
  ("Awami League", C, neg, "Jatiya Oikya Front", "the ruling party's accusation of the opposition alliance"))
U(d, "Jatiya Party chairman HM Ershad, whose party won 22 seats", "opposition in parliament.",
  ("Jatiya Party", N, neu, "", "plan, no evaluation"))
U(d, "Indian Prime Minister Narendra Modi was the first foreign leader", "Ministry of External Affairs.",
  ("India", S, pos, "Bangladesh", "congratulations = backing the winner; 'according to a readout from'"))
U(d, "The Indian statement said Modi looked forward", "greater heights.",
  ("India", S, pos, "Bangladesh", "'the Indian statement' (adjective); partnership praise"))
U(d, "Chinese Ambassador Zhang Zuo called on the prime minister", "already under way.",
  ("China", S, pos, "Bangladesh", "congratulations + readiness to work with the new government"))
U(d, "Russian President Vladimir Putin also sent his congratulations", "third straight term.",
  ("Russia", S, pos, "Bangladesh", "'the Kremlin said'; congratulations"),
  ("Bhutan", S, pos, "Bangladesh", "prime ministers of Bhutan and Nepal as a list: one row each"),
  ("Nepal", S, pos, "Bangladesh", "listed"))
U(d, "State Minister for Foreign Affairs Md Shahriar Alam said", "the view of a few.",
  ("Bangladesh", N, neu, "", "reading of the messages + dismissal of criticism without a judgement of an actor = neutral (unsure: the dismissal could be read as condemning the critics)"))
U(d, "In Washington, the State Department said it was disturbed", "resolve the disputes.",
  ("United States", T, neg, "Bangladesh", "concern joined to an appeal to engage all parties = calling_for_talks"))
U(d, "The department's deputy spokesman, Robert Palladino, said", "elected representatives.",
  ("United States", S, pos, "Bangladesh", "goodwill + will to work with the elected representatives = backing (unsure: could be neutral)"))
U(d, "A spokesperson for the European Union's external action service said", "in a transparent way.",
  ("European Union", T, neg, "Bangladesh", "negative assessment of conditions with no actor named + appeal to resolve complaints = calling_for_talks, negative"))
U(d, "British officials took a similar line", "swiftly and openly.",
  ("United Kingdom", T, neu, "Bangladesh", "'British officials' (adjective) and the minister; hope that complaints are dealt with = calling_for_talks"))
U(d, "UN Secretary-General Antonio Guterres called on all sides", "told reporters in New York.",
  ("United Nations", T, neu, "", "appeal for calm and legal channels to all sides -> target empty"))
U(d, "The foreign ministry in Dhaka had already rejected", "full mission in time.",
  ("Bangladesh", C, neg, "Asian Network for Free Elections", "rejecting the monitors' statement as 'biased and premeditated' = judgement of the group"),
  ("Asian Network for Free Elections", N, neu, "", "the monitoring group's own statement that it could not send a mission = procedure"))
U(d, "Meenakshi Ganguly, South Asia director at Human Rights Watch", "to blame for that.",
  ("Human Rights Watch", C, neg, "Bangladesh", "blame of the government for the crackdown"))
U(d, "Rezaul Karim Talukder, who teaches political science", "any foreign statement could.",
  ("Rezaul Karim Talukder", N, neg, "", "invented scholar; assessment, no explicit judgement"))
U(d, "\"Nobody needed 288 seats;", "Talukder said.",
  ("Rezaul Karim Talukder", C, neg, "Awami League", "judgement of the ruling party without a stock word"))
U(d, "He said the opposition's own choices", "little room to mobilise.",
  ("Rezaul Karim Talukder", N, neu, "", "analysis of the opposition's position, no explicit judgement"))
U(d, "Shahana Begum, a garment worker in Bogura, said", "\"already been taken care of\".",
  ("Shahana Begum", N, neg, "", "invented voter; account of what she was told, no actor judged"))
U(d, "\"I went home. There was nothing else to do,\" she said.", "\"I went home. There was nothing else to do,\" she said.",
  ("Shahana Begum", N, neg, "", "two-sentence quote closed by its speaker; account"))
