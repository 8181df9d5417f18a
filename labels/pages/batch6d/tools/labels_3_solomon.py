# ------------------------------------------------------------------ Honiara riots and the Australian deployment (scraped Pacific regional page, 2021-11-27)
d = "page_solomon_honiara_riots_scraped.txt"
U(d, "Australian police and soldiers patrolled the streets of Honiara", "in Chinatown.",
  ("Solomon Islands", N, neu, "", "the Royal Solomon Islands Police Force = Solomon Islands; a death finding reported as a fact (casualty figures: neutral tone); the Australian patrols are narration"))
U(d, "Police said more than 100 people had been arrested", "until further notice.",
  ("Solomon Islands", N, neu, "", "figures and a procedure"))
U(d, "Prime Minister Manasseh Sogavare, who asked Canberra for help on Wednesday", "from Taipei to Beijing.",
  ("Solomon Islands", C, neg, "", "blames unnamed foreign countries: target empty; Canberra, Taipei and Beijing are only mentioned"))
U(d, "He again refused to step down", "a vote in Parliament.",
  ("Solomon Islands", N, neu, "", "own position on his office, no judgement of an actor"))
U(d, "\"What happened in Honiara this week was not a protest.", "he said.",
  ("Solomon Islands", C, neg, "", "multi-sentence quotation closed by its speaker = one unit; judgement + threat aimed at the organisers (not an actor): target empty"))
U(d, "The health ministry said the city's clinics would remain closed", "stop at once.",
  ("Solomon Islands", T, neg, "", "'the health ministry' resolved by context; appeal to stop the violence, no judgement word = calling_for_talks"))
U(d, "Australian Prime Minister Scott Morrison said the deployment", "under control.",
  ("Australia", S, neu, "Solomon Islands", "deployment of police and troops at the government's request = backing by act"))
U(d, "He said Canberra had no view on who should govern", "political quarrel.",
  ("Australia", N, neu, "", "reassurance about its own conduct = neutral"))
U(d, "Home Affairs Minister Karen Andrews said about 50 more", "on the ground.",
  ("Australia", N, neu, "", "deployment figures and plans = neutral (unsure: the deployment itself is backing by act)"))
U(d, "All staff at the Australian High Commission had been accounted for", "Foreign Affairs and Trade said.",
  ("Australia", N, pos, "", "DFAT = Australia (resolved by context); a fact about its own staff"))
U(d, "In a joint statement, Australian Foreign Minister Marise Payne", "on the streets.",
  ("Australia", T, neu, "", "joint statement: help to return calm + appeal to settle by talking, no judgement; rule 2 before rule 3"),
  ("Papua New Guinea", T, neu, "", "second signatory of the joint statement; counterpart introduced by role"))
U(d, "About 50 officers of the Royal Papua New Guinea Constabulary", "as it was needed.",
  ("Papua New Guinea", S, pos, "Solomon Islands", "officers sent + solidarity = supporting; the arrival itself is narration"))
U(d, "Sogavare's office thanked both governments", "\"as true friends\".",
  ("Solomon Islands", S, pos, "", "thanks = approval; aimed at two actors (Australia and Papua New Guinea) -> target empty"))
U(d, "In Beijing, foreign ministry spokesman Zhao Lijian said China had asked", "businesses safe.",
  ("China", T, neg, "Solomon Islands", "appeal to protect Chinese nationals (protection of civilians), no judgement = calling_for_talks; the one party addressed = target"))
U(d, "He added that any attempt to damage the relationship", "doomed to fail.",
  ("China", C, neg, "", "a warning aimed at unnamed spoilers (implicitly Taiwan and its backers): condemning with target empty (unsure: no actor named)"))
U(d, "In Taipei, foreign ministry spokeswoman Joanne Ou said the island", "encouraged them.",
  ("Taiwan", N, neg, "", "'the island' = Taiwan; denial = neutral, negative"))
U(d, "New Zealand Prime Minister Jacinda Ardern said Wellington had not been asked", "events closely.",
  ("New Zealand", N, neu, "", "monitoring, no appeal = neutral"))
U(d, "Foreign Minister Nanaia Mahuta welcomed the deployments", "grievances peacefully.",
  ("New Zealand", T, pos, "", "welcome + peaceful appeal with no judgement: rule 2 before rule 3 = calling_for_talks; speaker introduced by role only, her state by the previous sentence"))
U(d, "Opposition leader Matthew Wale said the prime minister's refusal", "into a catastrophe.",
  ("Matthew Wale", C, neg, "Solomon Islands", "opposition leader as his own actor (not the state); blames the prime minister = the government"))
U(d, "He called on Sogavare to resign", "any more bloodshed.",
  ("Matthew Wale", C, neg, "Solomon Islands", "demand for the prime minister's resignation = judgement of his fitness (unsure)"))
U(d, "Earlier in the week, Malaita's provincial premier, Daniel Suidani", "he should go.",
  ("Malaita Provincial Government", C, neg, "Solomon Islands", "provincial premier in open opposition to the national government: his province's government as actor, not the state (unsure); Beijing only mentioned"))
