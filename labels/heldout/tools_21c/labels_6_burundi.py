# ------------------------------------------------------------------ Failed coup attempt in Burundi (UN noon briefing in excerpts, 2015-05-15)
d = "page_burundi_coup_noonbriefing.txt"
CRNC = "Committee for the Restoration of National Concord"
U(d, "I will start with Burundi, where the Secretary-General continues", "deep concern.",
  ("United Nations", N, neg, "", "'Good afternoon.' excluded; concern without an appeal = neutral, negative"))
U(d, "Over the past two days he has been in contact with several leaders", "Bujumbura today.",
  ("United Nations", N, neu, "", "own contacts and the envoy's travel = neutral (the EAC summit only mentioned)"))
U(d, "The Secretary-General condemns the attempt to overturn the constitutional order", "deeper into crisis.",
  ("United Nations", C, neg, CRNC, "condemnation of the coup attempt + warning against reprisals: rule 1; the coup's authors are named on the page -> target the coup leaders' committee"))
U(d, "He stresses that the Arusha Agreement, which ended the civil war", "dialogue can resume.",
  ("United Nations", T, pos, "", "'He' = the SG; framework + hope for calm and dialogue = calling_for_talks"))
U(d, "The Secretary-General also welcomes the decision of the leaders of the East African Community", "back to the table.",
  ("United Nations", T, pos, "East African Community", "welcome + encouragement to bring the parties to the table: rule 2 before rule 3; addressed to the EAC"))
U(d, "Refugee arrivals from Burundi have now passed 100,000", "past few days.",
  ("UNHCR", N, neu, "", "UN refugee agency = UNHCR (canonical in the name files); figures given without blame = neutral, neutral tone"))
U(d, "The agency, working with the Tanzanian authorities, has started moving refugees", "water purification supplies.",
  ("UNHCR", S, pos, "", "'The agency' = UNHCR by context; aid provided by act = supporting; refugees are not an actor -> target empty"))
U(d, "The Government of Tanzania has kept its border open", "for its generosity.",
  ("Tanzania", S, pos, "", "backing by act (open border, land for a camp) = supporting; reported by the spokesman"),
  ("United Nations", S, pos, "Tanzania", "the SG's thanks = supporting"))
U(d, "You will also have seen that, after closed consultations yesterday afternoon", "had to stop.",
  ("United Nations", T, neg, "", "Security Council members via the Council president = United Nations; demands that no one seize power and that violence stop, no judgement word and no side named = calling_for_talks"))
U(d, "Farhan, one of the coup leaders, General Cyrille Ndayirukiye", "loyal to the Government.",
  ("Committee for the Restoration of National Concord", N, neg, "", "'Question: ' excluded; a position reported inside a journalist's question; coup leader's admission of failure = neutral, negative"))
U(d, "The presidency says three generals have been arrested", "still at large.",
  ("Burundi", N, neu, "", "presidency = Burundi; facts on arrests; the question that follows gets no row"))
U(d, "We expect anyone who has been detained to be treated", "right to a fair trial.",
  ("United Nations", T, neu, "Burundi", "'Deputy Spokesman: ' excluded; demand to the authorities without a judgement word = calling_for_talks"))
U(d, "We are also troubled by the attacks on several independent radio stations", "put off the air.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative; the attackers are not named"))
U(d, "The chairperson of the African Union Commission, Nkosazana Dlamini-Zuma, condemned", "are not in place.",
  ("African Union", C, neg, CRNC, "position reported inside a question; condemnation of the coup + doubt about the elections: rule 1"))
U(d, "We are in close contact with the chairperson, and we fully support", "out of this crisis.",
  ("United Nations", S, pos, "", "support for the AU's and EAC's efforts = supporting; two bodies -> target empty"))
U(d, "When the elections are held is for the Burundians to decide", "and without fear.",
  ("United Nations", T, neu, "Burundi", "'for the Burundians to decide' + a demand for a free, fearless vote = calling_for_talks (unsure: the first half alone would be neutral)"))
U(d, "President Kikwete, speaking for the East African Community leaders", "postpone the elections.",
  ("East African Community", C, neg, CRNC, "Tanzania's president speaking as chair, in the summit's name = East African Community (guide); condemnation + call to postpone: rule 1"))
U(d, "Tanzania's government spokesman also said at the time", "to fly home.",
  ("Tanzania", N, neu, "", "Tanzania as host state, distinct from the EAC; a fact"))
U(d, "Not yet. A call is being arranged", "taken place.",
  ("United Nations", N, neu, "", "procedure: a call being arranged = neutral"))
U(d, "The United States said yesterday that it still recognises Nkurunziza", "legitimate President.",
  ("United States", S, neu, "Burundi", "recognition of the President = backing of the government = supporting (unsure: could be neutral)"))
U(d, "But Washington has also told him for weeks that running for a third term", "the Arusha Agreement.",
  ("United States", C, neg, "Burundi", "Washington = metonym; 'would violate' = judgement of Nkurunziza's bid"))
U(d, "Our position has been consistent: the Arusha Agreement and the Constitution", "not through force.",
  ("United Nations", T, neu, "", "appeal for dialogue, not force, to all sides"))
U(d, "The President's communications adviser, Willy Nyamitwe, says Nkurunziza is back", "later today.",
  ("Burundi", N, neu, "", "adviser introduced by role; facts and plans"))
U(d, "He also said the plotters will be brought before the courts", "part of the plot.",
  ("Burundi", C, neg, CRNC, "'He' = Nyamitwe; announced trial + accusation (radio stations are not actors) = condemning the plotters"))
U(d, "And on Wednesday night the army chief of staff, General Prime Niyongabo", "face the consequences.",
  ("Burundi", C, neg, CRNC, "the loyal army = Burundi; ultimatum to the mutineers = condemning"))
U(d, "Yes, and that is why the Secretary-General has said that there must be no reprisals", "or journalists.",
  ("United Nations", T, neg, "", "appeal against reprisals, no judgement word = calling_for_talks"))
U(d, "On Wednesday, General Niyombare announced on a private radio station", "until elections.",
  ("Committee for the Restoration of National Concord", C, neg, "Burundi", "the coup leaders as a parallel authority under their committee's name; dismissal of the President with an accusation = condemning the government"))
U(d, "Today his spokesman told reporters that they had decided to surrender", "to surrender.",
  ("Committee for the Restoration of National Concord", N, neu, "", "'his spokesman' = the coup leaders' spokesman; own surrender announced = neutral"))
