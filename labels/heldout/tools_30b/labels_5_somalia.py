# ------------------------------------------------------------------ Somalia: the two-year term extension, the Mogadishu clashes and Farmajo's climbdown (East African regional site, full HTML, 2021-04-28)
d = "page_somalia_extension_eastafricasite.html"
U(d, "Somalia's President Mohamed Abdullahi Mohamed said early on Wednesday", "in the streets of the capital.",
  ("Somalia", T, neu, "", "dateline excluded; long lead: asking parliament to scrap the extension and return to the agreed election deal = a return to the negotiated course; the allies' defection and the fighting are summary clauses (no rows: the specific statements follow)"))
U(d, "The president, widely known as Farmajo, spoke in a televised address", "to bring down the state.",
  ("Somalia", C, neg, "", "accusation of unnamed politicians and foreign governments -> target empty"))
U(d, "He called on the leaders who signed the 17 September agreement", "protect civilians.",
  ("Somalia", T, neu, "", "meeting without preconditions + protect civilians = calling_for_talks; no single party addressed"))
U(d, "\"The people of Somalia have waited long enough for an election", "Farmajo said.",
  ("Somalia", N, pos, "", "own pledge, no evaluation of another actor"))
# No row: "The lower house of parliament voted on 12 April ..." (background narration: the vote, the signature, the Senate's refusal).
U(d, "On Tuesday, the presidents of Galmudug, Ahmed Abdi Karie 'Qoorqoor'", "without further delay.",
  ("Galmudug", C, neg, "Somalia", "federal member state under its own name (like Puntland, Jubaland); 'rejected any extension' of the federal government's term = judgement of its act; joint statement = one row per signatory"),
  ("Hirshabelle", C, neg, "Somalia", "same joint statement, second signatory"))
U(d, "The two leaders, both of whom had stood by Farmajo throughout the dispute, urged", "stay out of politics.",
  ("Galmudug", T, neu, "", "appeal to refrain from division, addressed to all parties and the army"),
  ("Hirshabelle", T, neu, "", "same"))
U(d, "Prime Minister Mohamed Hussein Roble welcomed their statement", "to follow.",
  ("Somalia", S, pos, "", "prime minister = Somalia (he and the president speak for the same state here); welcome of two states' stand: two targets -> empty"))
U(d, "Roble, whom Farmajo had put in charge of organising the elections, had on Sunday called the fighting", "fragile security.",
  ("Somalia", C, neg, "", "'a deliberate attempt to wreck' = a judgement with no author named -> target empty (rule 1)"))
# No row: "The clashes began on Sunday afternoon ..." (narration of the fighting, actors as subjects).
U(d, "Former president Hassan Sheikh Mohamud, who leads the opposition Union for Peace and Development Party", "blood that was spilled.",
  ("Union for Peace and Development Party", C, neg, "Somalia", "former president speaking as leader of his opposition party (named in the sentence) = the party; not his own actor nor Somalia (he became president again in 2022, so no alias is declared); accusation + holding the president responsible"))
U(d, "Internal Security Minister Hassan Hundubey Jimale denied", "the claim made no sense.",
  ("Somalia", N, neg, "", "denial of the accusation = neutral, negative"))
U(d, "The Council of Presidential Candidates, an alliance of opposition leaders", "a credible election deal signed.",
  ("Council of Presidential Candidates", C, neg, "Somalia", "opposition alliance under its own name; refusal to withdraw forces until conditions are met = an ultimatum (unsure: could be neutral)"))
U(d, "Sharif Sheikh Ahmed told The Horn Review by telephone", "in the first place.",
  ("Council of Presidential Candidates", C, neg, "Somalia", "a leader of the alliance speaking on its stance = the alliance (named in the sentence before); accusation; 'told The Horn Review' = the outlet"))
U(d, "\"We will judge him by what parliament does on Saturday", "he said.",
  ("Council of Presidential Candidates", N, neg, "", "quote in the next paragraph closed by 'he said' = Sharif; a condition, no judgement in the sentence"))
U(d, "Puntland's president, Said Abdullahi Deni, whose region never accepted the extension", "built on it.",
  ("Puntland", C, neg, "Somalia", "refusing a process in protest, the grievance stated in the relative clause = condemning"))
U(d, "The African Union mission, AMISOM, said its troops had stayed in their bases", "not taking sides.",
  ("African Union", N, neu, "", "AMISOM = African Union (name files); own conduct, no evaluation"))
# No rows: families leaving ("local officials said": no tie to a named body); Faduma (resident, not an actor).
U(d, "The US State Department said on Wednesday that the president's promise was a start", "the 12 April law quickly.",
  ("United States", T, neu, "Somalia", "acknowledgement + demand that parliament strike down the law, no judgement word = calling_for_talks (demand to one side)"))
U(d, "The US embassy in Mogadishu had earlier thanked Qoorqoor, Gudlawe and Roble", "the only way out.",
  ("United States", T, pos, "Somalia", "thanks + talks as the only way out, addressed to Farmajo: rule 2 before rule 3 (welcome with a peace appeal = calling_for_talks); Mogadishu = place"))
U(d, "Secretary of State Antony Blinken warned on 13 April", "among the options.",
  ("United States", C, neg, "Somalia", "earlier threat of sanctions and visa restrictions recalled as a specific act = condemning; Washington = metonym"))
U(d, "Nicolas Berlanga, the European Union's ambassador, appealed on Sunday for calm", "before the weekend.",
  ("European Union", T, neu, "", "role after name; appeal for calm and withdrawal to all forces"))
U(d, "Brussels had warned earlier in the month that it could take measures", "blocking the elections.",
  ("European Union", C, neg, "", "Brussels = metonym for the EU; threatened measures = condemning; 'those blocking' not named -> target empty"))
U(d, "UN Secretary-General Antonio Guterres was deeply concerned by the clashes", "his spokesman said in New York.",
  ("United Nations", T, neg, "", "concern + appeal for restraint = calling_for_talks; attribution tail via the spokesman; New York = place"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat, called on Somali leaders", "the civilian population.",
  ("African Union", T, neg, "", "AU Commission chair = African Union; dialogue + protection of civilians"))
# No rows: "Analysts in Nairobi said ..." and the unnamed regional security analyst (not actors); "Parliament is due to sit on
# Saturday ..." (schedule); credits, tags, newsletter, the three reader comments, most read, footer.
