# ------------------------------------------------------------------ Chibok schoolgirls: offers of help (wire round of reactions, 2014-05-08)
d = "page_chibok_reactions_wire.txt"
U(d, "Offers of help to find more than 200 schoolgirls", "against the insurgency.",
  ("Nigeria", N, pos, "", "lead mixes narration with Jonathan's prediction of a turning point: no judgement, no appeal = neutral, positive; dateline excluded (unsure: could be read as a vow against Boko Haram)"))
U(d, "Jonathan thanked the United States, Britain, France and China", "brought the girls home.",
  ("Nigeria", S, pos, "", "thanks to four states = approval; several actors -> target empty"))
U(d, "In a video released on Monday, Boko Haram leader Abubakar Shekau", "threatened to sell them.",
  ("Boko Haram", C, neg, "", "threat to sell the girls (victims, not an actor) -> target empty; own claim in the same sentence"))
U(d, "Chinese Premier Li Keqiang, on a state visit", "intelligence services.",
  ("China", S, neu, "Nigeria", "offer of intelligence help"))
U(d, "U.S. Secretary of State John Kerry said a team", "arriving in Abuja.",
  ("United States", S, neu, "Nigeria", "specialists sent = assistance"))
U(d, "\"We will do everything we can", "Kerry told reporters in Washington.",
  ("United States", S, pos, "Nigeria", "pledge of help"))
U(d, "In London, Prime Minister David Cameron called the abduction", "within days.",
  ("United Kingdom", C, neg, "Boko Haram", "'wicked crime' judgement (rule 1 over the offered team); the page says who took the girls, so target = Boko Haram (batch5c convention)"))
U(d, "French President Francois Hollande said France was sending", "on the threat.",
  ("France", T, pos, "", "team sent + offer to host a meeting of Nigeria's neighbours: rule 2 (offering a meeting) before rule 3 (aid), as batch5c Scholz; several parties -> target empty (unsure: could be supporting Nigeria)"))
U(d, "Separately, the U.N. human rights chief, Navi Pillay, warned", "could be prosecuted.",
  ("United Nations", C, neg, "Boko Haram", "warning of prosecution + 'crime against humanity' addressed to the group"))
U(d, "In a separate statement, Canada's Foreign Minister John Baird", "equipment and personnel.",
  ("Canada", S, neu, "Nigeria", "offer of equipment; Ottawa = metonym"))
U(d, "Nigerian police said on Wednesday they would pay", "girls' rescue.",
  ("Nigeria", N, neu, "", "own measure (reward)"))
U(d, "A Borno senator, Ahmed Zanna, said the town of Gamboru Ngala", "search for the girls.",
  ("Nigeria", C, neg, "", "a federal senator = Nigeria (as 'Nigeria's Senate' in the name files) blaming his own army's redeployment; target left empty (own state) (unsure: could be his own name)"))
U(d, "The Nigerian army has denied that the search", "undefended.",
  ("Nigeria", N, neg, "", "denial = neutral, negative"))
