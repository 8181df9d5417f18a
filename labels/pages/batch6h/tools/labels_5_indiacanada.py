# ------------------------------------------------------------------ India–Canada row over the killing of Hardeep Singh Nijjar (full HTML, B.C. news site, 2023-09-19)
d = "page_india_canada_nijjar_webpage.html"
U(d, "India on Tuesday ordered a senior Canadian diplomat to leave", "in British Columbia.",
  ("India", C, neg, "Canada", "expulsion + dismissal of Trudeau's claim as 'absurd and politically driven' = condemning; lead sentence"))
U(d, "The Ministry of External Affairs said it had summoned Canada's high commissioner", "working against its interests.",
  ("India", C, neg, "Canada", "summons + expulsion framed as a response to Canadian diplomats' interference = accusation"))
U(d, "In an earlier statement, the ministry said Trudeau had raised similar allegations", "rejected outright then as well.",
  ("India", N, neg, "", "denial of the allegations (reported as already rejected) = neutral, negative (guide)"))
U(d, "The statement cast Ottawa's accusations as a diversion", "from Canadian soil.",
  ("India", C, neg, "Canada", "possessive 'Ottawa's' before the speaker ('The statement' = MEA); calls the accusations a diversion + accusation about extremists = condemning; quote opened after a colon inside the paraphrase"))
U(d, "It said Ottawa had done little about such groups for years", "courting them.",
  ("India", C, neg, "Canada", "'It' = the MEA statement; inaction + courting = accusation"))
U(d, "Trudeau told the House of Commons on Monday", "Gurdwara in Surrey.",
  ("Canada", C, neg, "India", "well-known office holder by surname; 'credible allegations tying agents of India's government' to the killing = accusation"))
U(d, "Speaking to reporters on Parliament Hill on Tuesday, Trudeau said Ottawa had no wish", "establish the facts.",
  ("Canada", T, neu, "India", "no wish to escalate + wants to work with India = calling_for_talks"))
U(d, "“We're not asking anyone to pick a side.", "he said.",
  ("Canada", T, neu, "India", "multi-sentence quote: asks India's help to find the truth; no judgement in the unit"))
U(d, "Foreign Affairs Minister Mélanie Joly announced on Monday that Canada had expelled", "Indian intelligence in Canada.",
  ("Canada", C, neg, "India", "expulsion of a diplomat = condemning (guide)"))
U(d, "“If these allegations hold up, it would be an intolerable breach", "Joly said.",
  ("Canada", C, neg, "India", "conditional judgement ('intolerable breach') (unsure: the condition could make it neutral)"))
U(d, "Public Safety Minister Dominic LeBlanc said the RCMP's investigation", "wherever it led.",
  ("Canada", N, neu, "", "procedure: the investigation continues; no one named"))
U(d, "New Democratic Party Leader Jagmeet Singh", "if the allegations were confirmed.",
  ("New Democratic Party", C, neg, "India", "opposition party under its own name; 'chilling' + India must be held to account (conditional) = judgement"))
U(d, "The World Sikh Organization of Canada said the prime minister had confirmed", "Sikh activists abroad.",
  ("World Sikh Organization of Canada", C, neg, "India", "advocacy group under its own name; quote opened after a colon; accusation that India targets activists"))
U(d, "In India, the opposition Congress party backed the government's stance.", "In India, the opposition Congress party backed the government's stance.",
  ("Indian National Congress", S, pos, "India", "opposition backs its own government = supporting, target India"))
U(d, "Its general secretary for communications, Jairam Ramesh", "security was at stake.",
  ("Indian National Congress", S, pos, "India", "'Its' = Congress; Ramesh speaks for the party; standing with the government"))
U(d, "In Washington, National Security Council spokesperson Adrienne Watson said", "talking to Ottawa about them.",
  ("United States", N, neg, "", "Washington = place; 'deeply troubled' + consultations, no appeal = neutral, negative"))
U(d, "She said Washington wanted the Canadian inquiry to be allowed to do its work", "to be prosecuted.",
  ("United States", T, neu, "", "wish for an investigation to proceed and for prosecution, no judgement word = calling_for_talks (labels/README: demands for an investigation); addressed to no one -> target empty"))
U(d, "Australia's foreign minister, Penny Wong, speaking in New York", "with Indian counterparts.",
  ("Australia", N, neg, "", "'concerning' + concerns raised with India, no appeal = neutral, negative; Canberra = metonym, New York = place"))
U(d, "British Foreign Secretary James Cleverly said London would not comment", "in close touch with Ottawa.",
  ("United Kingdom", N, neu, "", "declines to comment + in touch with Ottawa = neutral"))
U(d, "India designated Nijjar a terrorist in 2020", "charges his supporters denied.",
  ("India", C, neg, "", "terrorist designation + accusation of a person (background act) = condemning; target empty (Nijjar is not an actor); his unnamed supporters' denial gets no row"))
