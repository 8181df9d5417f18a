# ------------------------------------------------------------------ Doha airport searches of women travellers (wire copy, 2020-10-28)
d = "page_qatar_doha_airportsearches2020_wire.txt"
# Not statements: masthead, menu, section, headline, byline, time stamp, bullets, dateline "SYDNEY/DOHA, Oct 28 (GPW) - ",
# crossheads, ADVERTISEMENT, the background paragraph on the World Cup, the credits, Related Coverage, tags, most read, copyright.
U(d, "Qatar said on Wednesday it was sorry for any distress", "to undergo physical examinations.",
  ("Qatar", N, neg, "", "dateline excluded; regret for distress caused by its own authorities' searches: no judgement of another actor, no appeal"),
  ("Australia", N, neu, "", "the 'as Australia said' clause: a figure (women on 10 aircraft) given by an actor = neutral"))
U(d, "Foreign Minister Marise Payne told a Senate committee", "had also been affected.",
  ("Australia", N, neu, "", "foreign minister speaks for the state; facts and figures of the incident"))
U(d, "\"These women were subjected to something", "Payne said.",
  ("Australia", C, neg, "Qatar", "multi-sentence quote closed by its speaker (surname only); 'unacceptable' aimed at Doha's conduct"))
U(d, "She said the matter had been referred to the Australian Federal Police", "the full report of Qatar's inquiry.",
  ("Australia", T, neu, "Qatar", "'She' = Payne; police referral + expectation to see the inquiry's report = a demand for accountability without a judgement word (unsure: could be neutral procedure)"))
U(d, "The secretary of the Department of Foreign Affairs and Trade, Frances Adamson", "Qatar's ambassador in Canberra.",
  ("Australia", C, neg, "Qatar", "the DFAT secretary speaks for the state; a formal protest (strong objections) conveyed to the ambassador = condemning"))
U(d, "In a statement issued late on Tuesday, Qatar's Government Communications Office said", "in a terminal washroom.",
  ("Qatar", N, neu, "", "the government's media office = Qatar; facts about the abandoned baby"))
U(d, "The office said airport officials had acted quickly", "caused to any passenger.",
  ("Qatar", N, neg, "", "justification of its officials' conduct + apology; the suspicion is aimed at an unknown person, not an actor"))
U(d, "It said a full inquiry had been ordered", "whose citizens were affected.",
  ("Qatar", N, neu, "", "'It' = the office; an inquiry into its own authorities + promise to share = own procedure, reassurance"))
U(d, "The baby was safe and being cared for", "the statement added.",
  ("Qatar", N, neu, "", "fact given by an actor"))
U(d, "A Qatari official, who spoke on condition of anonymity, said", "no senior official had approved them.",
  ("Qatar", N, neg, "", "unnamed official of a named government speaks for it; deflects responsibility from senior officials = a denial (neutral, negative)"))
U(d, "Prime Minister Scott Morrison told reporters in Canberra", "nothing of the kind could happen again.",
  ("Australia", C, neg, "Qatar", "'outrageous' = judgement of the episode in Doha + continued pressure"))
U(d, "\"We'll wait for their investigation.", "Morrison said.",
  ("Australia", N, neg, "Qatar", "quote closed by its speaker; waits for the inquiry with a firm tone but no judgement word, no threat named (unsure: a veiled warning)"))
U(d, "Payne said she had been encouraged that Doha had now admitted", "could only be a beginning.",
  ("Australia", S, pos, "Qatar", "approval of Doha's admission and inquiry = welcome of a step (supporting), with a reservation"))
U(d, "Penny Wong, the opposition Labor Party's foreign affairs spokeswoman", "as soon as it learned of it.",
  ("Australian Labor Party", C, neg, "Australia", "opposition spokeswoman in 2020 speaks for her party (she became foreign minister only in 2022); criticism of her own government"))
U(d, "Wong also called on Qatar Airways to explain publicly", "kept in the dark.",
  ("Australian Labor Party", T, neg, "Qatar Airways", "demand for an explanation addressed to one side, no judgement word = calling_for_talks (negative tone)"))
U(d, "In a brief statement, Qatar Airways said the searches had been carried out", "taken part in them.",
  ("Qatar Airways", N, neg, "", "the airline denies its staff took part = denial (neutral, negative)"))
U(d, "\"I kept asking what was happening and nobody would tell me anything,\" she said.",
  "\"I kept asking what was happening and nobody would tell me anything,\" she said.",
  ("", C, neg, "", "unnamed passenger kept as a stance example only (empty actor): complaint about her treatment = accusation by describing it (unsure: could be neutral)"))
U(d, "France's foreign ministry said a French woman was among those examined", "a full account of what had happened.",
  ("France", T, neu, "Qatar", "figure + a request for an account from the Qatari authorities, no judgement = calling_for_talks (unsure: could be neutral)"))
U(d, "Amnesty International said the examinations were a serious violation", "ordered or carried them out.",
  ("Amnesty International", C, neg, "Qatar", "'serious violation' + demand for accountability: rule 1"))
U(d, "The International Transport Workers' Federation, which represents aviation staff", "told to assist.",
  ("International Transport Workers' Federation", C, neg, "Qatar", "'abuse of power' = judgement of the airport searches ordered by Qatari authorities"))
U(d, "Marcus Penhallow, who studies Gulf politics", "a great deal of money building.",
  ("Marcus Penhallow", N, neg, "", "invented analyst; risk to Doha's image assessed, no judgement of conduct, no appeal"))
U(d, "\"What matters now is whether the inquiry names names.", "Penhallow said.",
  ("Marcus Penhallow", N, neg, "", "conditional assessment of the inquiry's consequences; implied expectation but no appeal addressed to anyone (unsure: could be calling_for_talks)"))
