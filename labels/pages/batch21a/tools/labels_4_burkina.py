# ------------------------------------------------------------------ Burkina Faso's uprising, the army's takeover and the AU's ultimatum (West African regional site, scraped, 2014-11-17)
d = "page_burkina_uprising_regionalsite.txt"
U(d, "Lieutenant-Colonel Isaac Zida, the officer the army installed as head of state", "deadline for the military to step aside ran out.",
  ("Burkina Faso", N, pos, "", "dateline excluded; long lead: the army-installed head of state (a junta speaks for its state) announces the handover, with Kafando's selection and the AU deadline as narration"))
# "Kafando, who represented Burkina Faso at the United Nations ... was picked ... He will not be allowed to stand ..." : narration of the selection (passive) -> no row
U(d, "United Nations Secretary-General Ban Ki-moon welcomed the charter", "said in New York.",
  ("United Nations", S, pos, "Burkina Faso", "welcome + pledge to accompany the transition = supporting; attribution tail via the spokesman"))
U(d, "African Union Commission Chairperson Nkosazana Dlamini-Zuma welcomed the agreement", "until the vote.",
  ("African Union", T, pos, "", "welcome + appeal for continued dialogue with no judgement: rule 2 before rule 3 = calling_for_talks"))
# "The crisis began on October 30 ..." / "Compaoré resigned the next day ... General Honoré Traoré first announced ... the army's senior officers backed Zida" : background narration -> no rows
U(d, "Meeting in Addis Ababa on November 3, the AU's Peace and Security Council said", "or face sanctions.",
  ("African Union", C, neg, "Burkina Faso", "judgement + two-week ultimatum with sanctions = condemning"))
U(d, "The council's chairman, Simeon Oyono Esono of Equatorial Guinea, said", "the crowds had won.",
  ("African Union", C, neg, "Burkina Faso", "a state's diplomat chairing the PSC speaks for the AU, not Equatorial Guinea; judgement without stock words"))
U(d, "Zida told diplomats in Ouagadougou that the army had stepped in", "no wish to govern.",
  ("Burkina Faso", N, neu, "", "surname only; denial of a seizure of power / reassurance about own intentions = neutral"))
U(d, "He also said the army would not bow to ultimatums from abroad", "pace of the transition.",
  ("Burkina Faso", C, neg, "African Union", "pronoun subject; 'would not bow to ultimatums' = refusal in protest aimed at the AU's deadline (judgement without stock words)"))
# "READ ALSO: Who is Michel Kafando? ..." : link title -> no row
U(d, "A joint mission of the United Nations, the African Union and ECOWAS", "in line with the constitution.",
  ("United Nations", T, neu, "Burkina Faso", "joint statement: one row per body; appeal for restraint and a civilian transition, no judgement"),
  ("African Union", T, neu, "Burkina Faso", "same joint mission"),
  ("ECOWAS", T, neu, "Burkina Faso", "same joint mission"))
U(d, "On November 5, Ghana's President John Mahama, the current chairman of ECOWAS, flew to Ouagadougou", "parties and civil society.",
  ("ECOWAS", T, neu, "", "the ECOWAS chair with two other heads of state on the bloc's mediation = one ECOWAS row (not Ghana, Nigeria, Senegal); mediation by act"))
U(d, "After a day of talks, Mahama said the mediators had brought no names", "the Burkinabe alone.",
  ("ECOWAS", N, pos, "", "surname only, speaking as ECOWAS mediator; procedure, respect for the Burkinabe choice"))
U(d, "At an extraordinary summit in Accra the next day, ECOWAS leaders said", "risen for its rights.",
  ("ECOWAS", S, pos, "Burkina Faso", "'ECOWAS leaders' at their summit = ECOWAS; refusing sanctions and asking others to hold off = backing of the population (Accra = place)"))
U(d, "In Washington, State Department spokeswoman Jen Psaki said the United States rejected", "civilians without delay.",
  ("United States", C, neg, "Burkina Faso", "Washington = place; 'rejected any attempt by the military to take ... what belonged to the people' = judgement + demand (rule 1)"))
U(d, "The United States said it was reviewing its assistance to Burkina Faso", "in the light of the takeover.",
  ("United States", C, neg, "Burkina Faso", "aid review announced as a response to the takeover = threatened measure (unsure: could be neutral procedure)"))
U(d, "The European Union's new foreign policy chief, Federica Mogherini", "led by civilians.",
  ("European Union", T, pos, "", "hope for a peaceful, inclusive transition = calling_for_talks"))
U(d, "In Quebec, where he was on a state visit to Canada, French President François Hollande said", "lead the transition.",
  ("France", N, neu, "", "own act (helping Compaoré leave) + denial of influence = neutral; Quebec/Canada = place"))
U(d, "He added that France stood by the Burkinabe people", "to the elections.",
  ("France", S, pos, "Burkina Faso", "pronoun subject; backing of the civilian transition"))
U(d, "The Ivorian government said Compaoré was staying in Yamoussoukro", "as long as he wished.",
  ("Ivory Coast", S, neu, "", "sheltering the ousted president = backing by act; target empty (Compaoré is a former office holder, not a canonical actor)"))
U(d, "Zéphirin Diabré, who heads the Union for Progress and Change (UPC)", "head of the transition.",
  ("Union for Progress and Change", C, neg, "Burkina Faso", "party leader = his party; refusal of a soldier at the head of the transition = rejection in protest of the army (Burkina Faso)"))
U(d, "Le Balai Citoyen, the movement founded by the rapper Smockey", "won in the street.",
  ("Balai Citoyen", S, pos, "Burkina Faso", "welcome of the selection = supporting the transition"))
U(d, "Members of Compaoré's party, the Congress for Democracy and Progress (CDP), said", "revenge attacks.",
  ("Congress for Democracy and Progress", C, neg, "Burkina Faso", "members of a named party speak for it; accusation of the new authorities"))
U(d, "Aminata Sawadogo, a political analyst in Ouagadougou", "real but incomplete.",
  ("Aminata Sawadogo", N, neu, "", "independent analyst; assessment"))
U(d, "\"The presidential guard, the RSP, has not gone anywhere.", "Sawadogo said.",
  ("Aminata Sawadogo", N, neg, "", "multi-sentence quote closed by the speaker; interests and power of the guard, no judgement"))
U(d, "\"The risk is not a new coup next week.", "she said.",
  ("Aminata Sawadogo", N, neg, "", "quote continued in the next paragraph; risk scenario"))
U(d, "Kwesi Owusu-Ansah, who researches West African security", "came with a clear date.",
  ("Kwesi Owusu-Ansah", N, pos, "", "independent researcher; assessment of the AU's pressure (approval of a method, not backing of an actor)"))
U(d, "\"Two weeks was short enough to focus minds", "he said.",
  ("Kwesi Owusu-Ansah", N, neu, "", "multi-sentence quote; analysis of the deadline and of sanctions' cost"))
U(d, "Owusu-Ansah said the AU and ECOWAS should now stay engaged", "the next crisis.",
  ("Kwesi Owusu-Ansah", T, neu, "", "appeal to two bodies to stay engaged (diplomatic course) -> target empty"))
# The young man selling phone credit and "Diplomats in Ouagadougou said ..." : unnamed speakers -> no rows
