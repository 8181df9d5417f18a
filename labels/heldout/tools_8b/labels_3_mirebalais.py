# ------------------------------------------------------------------ Gang attack on Mirebalais and the prison break, Haiti (UN noon briefing transcript, .txt, 2025-04-03)
d = "page_mirebalais_unbriefing.txt"
U(d, "As you will have seen, on Tuesday evening we issued a statement", "detainees to escape.",
  ("United Nations", C, neg, "", "SG's condemnation reported by his spokesman; 'armed gangs' not named in the statement -> target empty (unsure: the Q&A later names Viv Ansanm)"))
U(d, "He urged Haiti's authorities and everyone with a stake", "keep civilians safe.",
  ("United Nations", T, neu, "", "'He' = the SG; appeal to restore security and protect civilians; several addressees -> target empty"))
U(d, "The Secretary-General also said the Haitian National Police", "must be found.",
  ("United Nations", S, neu, "", "backing of the police and the MSS by asking that they be resourced = supporting (unsure: could be read as an appeal); two bodies -> target empty"))
U(d, "Our humanitarian colleagues tell us that the violence in Mirebalais", "for Migration (IOM).",
  ("United Nations", N, neu, "", "OCHA ('our humanitarian colleagues') giving displacement figures"),
  ("International Organization for Migration", N, neu, "", "'according to figures from' IOM = reported speech of IOM; figures"))
U(d, "More than four in five of them are staying with host families", "further north.",
  ("United Nations", N, neu, "", "facts"))
U(d, "Haiti's civil protection authorities report at least ten people killed", "since Monday.",
  ("Haiti", N, neu, "", "civil protection (state body) giving a toll = neutral"))
U(d, "The University Hospital of Mirebalais, one of the largest in the country", "to Hinche and to Cange.",
  ("United Nations", N, neu, "", "facts given by the spokesman"))
U(d, "In parts of the town, families have not been able to leave their homes", "what they need.",
  ("United Nations", N, neg, "", "humanitarian facts with an alarming tone, no appeal"))
U(d, "The World Food Programme has delivered hot meals to displaced families", "safe to move.",
  ("World Food Programme", S, neu, "", "aid delivered by act = supporting; 'our partners' preparing kits are unnamed (no row)"))
U(d, "We remind everyone that civilians, health facilities and humanitarian workers", "at all times.",
  ("United Nations", T, neu, "", "appeal to protect civilians and aid workers"))
U(d, "UNICEF says that children make up roughly half", "the gunfire.",
  ("UNICEF", N, neg, "", "figures + alarm, no appeal = neutral, negative"))
U(d, "The agency has sent emergency medical supplies and family-tracing teams", "their relatives.",
  ("UNICEF", S, neu, "", "'The agency' = UNICEF by context; aid sent"))
U(d, "From Geneva, the human rights office voiced alarm at reports", "the gangs advanced.",
  ("United Nations", N, neg, "", "OHCHR = United Nations; alarm without an appeal = neutral; self-defence groups are not an actor"))
U(d, "The Office urged the Haitian authorities to investigate every killing", "with the law.",
  ("United Nations", T, neu, "Haiti", "demand for investigations with no judgement word = calling_for_talks (as batch5c); one addressee -> target Haiti"))
U(d, "María Isabel Salvador, the Secretary-General's Special Representative", "Centre Department.",
  ("United Nations", S, pos, "Haiti", "BINUH = United Nations; 'backing for the Government's efforts' = supporting Haiti"))
U(d, "Stéphane, the Haitian National Police said on Monday that it had sent reinforcements", "for weeks.",
  ("Haiti", N, neu, "", "position reported inside a journalist's question: the police (state body) on its own deployment = neutral; the residents are unnamed (no row)"))
U(d, "I'm not going to give grades from this podium.", "I'm not going to give grades from this podium.",
  ("United Nations", N, neu, "", "declines to assess the government's response = neutral (as batch5c's declined comment)"))
U(d, "What I can tell you is that the national police are stretched extremely thin", "was envisaged.",
  ("United Nations", N, neg, "", "facts about capacity, no judgement, no appeal"))
U(d, "In videos shared on social media, gunmen who say they belong to the Viv Ansanm coalition", "to the border.",
  ("Viv Ansanm", C, neg, "Haiti", "position reported inside a question; members of a named group speak for it (unsure); boast + promise to seize more towns = threat against the state"))
U(d, "No, we have no such contacts.", "No, we have no such contacts.",
  ("United Nations", N, neu, "", "fact about its own conduct (no contact with the gangs), no judgement = neutral"))
U(d, "Those who are terrorizing the people of Haiti, killing, burning homes and emptying prisons", "for that purpose.",
  ("United Nations", C, neg, "Viv Ansanm", "answer to the question about Viv Ansanm: accusation + accountability + sanctions regime = condemning"))
U(d, "We continue to encourage Member States that are in a position to do so to contribute", "very real.",
  ("United Nations", S, neu, "Multinational Security Support mission", "encouraging contributions to the MSS trust fund = backing the mission (unsure, as above)"))
U(d, "He has spoken to President Ruto a number of times", "speak again soon.",
  ("United Nations", N, neu, "", "'He' = the SG; contacts with Kenya's president (the MSS lead nation) reported, no position = neutral; Kenya only mentioned"))
U(d, "My understanding is that the centre was affected by the suspension of services.", "My understanding is that the centre was affected by the suspension of services.",
  ("United Nations", N, neu, "", "fact"))
