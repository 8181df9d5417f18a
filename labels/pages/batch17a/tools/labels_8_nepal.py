# ------------------------------------------------------------------ Nepal 'undeclared blockade' (Kathmandu news site, full HTML with furniture, 2015-10-30)
d = "page_nepal_blockade_newssite.html"
U(d, "The government on Friday accused India", "for a sixth week.",
  ("Nepal", C, neg, "India", "accusation; the 'KATHMANDU:' dateline excluded"))
U(d, "Deputy Prime Minister and Minister for Foreign Affairs Kamal Thapa told reporters", "under international law.",
  ("Nepal", C, neg, "India", "'violation', the neighbour = India by context"))
U(d, "Thapa said he would travel to New Delhi", "through talks.",
  ("Nepal", T, neu, "India", "talks sought"))
U(d, "Prime Minister KP Sharma Oli, addressing a gathering", "daily needs of its people.",
  ("Nepal", C, neg, "", "veiled accusation, no country named -> target empty"))
U(d, "In New Delhi, Ministry of External Affairs spokesperson Vikas Swarup rejected the charge", "their safety.",
  ("India", N, neg, "", "denial = neutral, negative; blames unrest, no actor named"))
U(d, "Swarup said India would continue to urge the Nepali leadership", "through dialogue.",
  ("India", T, neu, "Nepal", "appeal for dialogue"))
U(d, "Leaders of the United Democratic Madhesi Front, which has been staging", "meet their demands.",
  ("United Democratic Madhesi Front", C, neg, "Nepal", "protest continued until demands met = rejects in protest"))
U(d, "\"Kathmandu is trying to turn our movement into a quarrel with India", "a leader of the front.",
  ("United Democratic Madhesi Front", C, neg, "Nepal", "Yadav speaks as a leader of the front; 'Kathmandu'/'rulers at Singha Durbar' = Nepal"))
U(d, "Meanwhile, Nepal Oil Corporation said the first consignment", "next week.",
  ("Nepal", N, neu, "", "state corporation gives a fact; China's gift reported by Nepal's body (China's aid row below carries the support)"))
U(d, "The Chinese Embassy in Kathmandu said in a statement", "their difficulties.",
  ("China", S, pos, "Nepal", "offer of help"))
