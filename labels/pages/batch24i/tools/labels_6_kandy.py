# ------------------------------------------------------------------ Anti-Muslim riots in Kandy district (Digana, Teldeniya) (regional daily scraped, 2018-03-12)
d = "page_kandy_digana2018_dailyscrape.txt"
# Not statements: masthead, menu, breadcrumb, headline, subhead, byline/dateline, share line, picture caption, crossheads,
# ADVERTISEMENT, Related, Tags, Most read, reader comments, copyright.
# "Life slowly returned to the streets of Kandy ..." = narration (lead without a speaker), no row.
# "At least two people were killed ..., and officials said ..." = toll from unnamed officials with no tie, no row.
U(d, "Jeffrey Feltman, the United Nations Under-Secretary-General", "since the war ended.",
  ("United Nations", C, neg, "", "long sentence: narration of the visit + judgement of the attacks; attackers not named -> target empty"))
U(d, "According to the statement, Feltman told ministers", "another week like this one.",
  ("United Nations", T, neg, "Sri Lanka", "demand on the government for prosecutions, no judgement word"))
U(d, "Earlier in the week, UN spokesman Stephane Dujarric told reporters", "their way back to calm.",
  ("United Nations", T, neu, "", "hope that calm returns = calling_for_talks"))
U(d, "The European Union delegation, together with the embassies", "the situation permits.",
  ("European Union", T, neg, "Sri Lanka", "concern joined to appeals (protect minorities, lift the emergency) = calling_for_talks"),
  ("Norway", T, neg, "Sri Lanka", "joint statement: one row per listed state"),
  ("Switzerland", T, neg, "Sri Lanka", "joint statement: one row per listed state"))
U(d, "The US Embassy in Colombo had said on Wednesday", "longer than needed.",
  ("United States", T, neg, "Sri Lanka", "embassy = state; demand for prosecutions and an end to the emergency, no judgement"))
U(d, "The Organisation of Islamic Cooperation's Secretary General", "the Sri Lankan government.",
  ("Organisation of Islamic Cooperation", C, neg, "", "judgement of the arson joined to an acknowledgement of the government's measures: rule 1; authors unnamed -> target empty"))
U(d, "The Maldives' foreign ministry said it was saddened", "friendly neighbouring country.",
  ("Maldives", N, neg, "", "sorrow without an appeal = neutral, negative"))
U(d, "India's High Commission in Colombo said New Delhi stood with", "whatever way Colombo asked.",
  ("India", S, pos, "Sri Lanka", "solidarity + offer of help"))
U(d, "President Maithripala Sirisena on Saturday appointed a committee", "the President's Media Division said.",
  ("Sri Lanka", N, neu, "", "an inquiry set up = procedure"))
U(d, "Sirisena told a meeting of religious leaders in Kandy", "full weight of the law.",
  ("Sri Lanka", C, neg, "", "warning to instigators (including monks, 'whatever robes') = threatened response; no named target"))
U(d, "Prime Minister Ranil Wickremesinghe, speaking in Parliament on Friday, apologised", "a home or a livelihood.",
  ("Sri Lanka", S, pos, "", "apology + compensation promised to the victims = aid offered; victims not an actor -> target empty"))
U(d, "The Cabinet on Saturday approved an initial allocation", "Cabinet Spokesman Rajitha Senaratne said.",
  ("Sri Lanka", S, pos, "", "backing by act: money to rebuild homes and mosques"))
U(d, "Police spokesman SP Ruwan Gunasekara said 161 people had been arrested", "converge on Digana.",
  ("Sri Lanka", N, neu, "", "arrest figures and the charge against a suspect, reported by the police (unsure: the charge could be read as condemning)"))
U(d, "Gunasekara warned that the Criminal Investigation Department", "extended periods.",
  ("Sri Lanka", C, neg, "", "warning to track down inciters = threatened response"))
U(d, "The Telecommunications Regulatory Commission said Facebook", "no longer circulating.",
  ("Sri Lanka", N, neu, "", "state regulator; a measure stated as procedure"))
U(d, "Sri Lanka Muslim Congress leader Rauff Hakeem accused the police", "defending their own homes.",
  ("Sri Lanka Muslim Congress", C, neg, "Sri Lanka", "party leader (declared in new_actors.csv); accusation of police inaction"))
U(d, "\"If the state cannot protect its citizens in broad daylight", "a damaged mosque in Teldeniya.",
  ("Sri Lanka Muslim Congress", C, neg, "Sri Lanka", "judgement of the state's failure, no stock word"))
U(d, "The All Ceylon Jamiyyathul Ulama urged Muslims to stay calm", "with the security forces.",
  ("All Ceylon Jamiyyathul Ulama", T, neu, "", "appeal for calm, no judgement (declared in new_actors.csv)"))
U(d, "Bodu Bala Sena General Secretary Galagoda Aththe Gnanasara", "sent anyone to Kandy.",
  ("Bodu Bala Sena", N, neg, "", "denial = neutral, negative (declared in new_actors.csv)"))
# "In Digana, Mohamed Rizwan stood in the ashes ..." = scene, no row.
U(d, "\"They came with petrol and a list.", "said Rizwan, 42.",
  ("Mohamed Rizwan", C, neg, "", "invented trader; accusation by describing a planned attack; attackers unnamed -> target empty"))
U(d, "\"The soldiers came four hours later.\"", "\"The soldiers came four hours later.\"",
  ("Mohamed Rizwan", C, neg, "Sri Lanka", "quote continued after the attribution; grievance at the slow response (unsure: could be a neutral fact)"))
U(d, "Dr Chandrika Wijeratne, a sociologist at the Colombo Institute of Pluralism", "earlier warnings from Ampara.",
  ("Chandrika Wijeratne", C, neg, "Sri Lanka", "invented sociologist; judgement of the police"))
U(d, "\"The emergency has bought time, nothing more", "she said.",
  ("Chandrika Wijeratne", T, neu, "Sri Lanka", "appeal to bring community leaders together"))
