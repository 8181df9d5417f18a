# ------------------------------------------------------------------ Nicaragua v. Germany at the ICJ, hearings to order (international wire copy, 2024-04-30)
d = "page_nicaragua_icj_wire.txt"
# Not statements: agency menu, section, headline, byline, time/updated/read time, photo captions with credits and
# "Photo N of 3", ADVERTISEMENT, capitals crossheads, "Related:", reporting/editing credits, Trust Principles line,
# topics, newsletter prompt, Most read, copyright.
U(d, "The World Court on Tuesday turned down Nicaragua's request for emergency orders", "conditions in the Gaza Strip.",
  ("International Court of Justice", N, neg, "", "dateline 'THE HAGUE, April 30 (CPS) - ' excluded; the court's decision + worry, no appeal in this sentence"))
U(d, "By 15 votes to one, the judges of the International Court of Justice ruled", "read out the decision.",
  ("International Court of Justice", N, neu, "", "the order's operative finding, read by the president (attribution tail)"))
# "The only vote against came from the judge ad hoc chosen by Nicaragua, Awn Shawkat Al-Khasawneh." -> a vote inside the
# court's decision, no separate position reported (no row; unsure: his dissent could be read as his own position)
U(d, "The court said it was gravely concerned by the conditions", "scarce for months.",
  ("International Court of Justice", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "It reminded all states of their duty under the 1949 Geneva Conventions", "armed conflict.",
  ("International Court of Justice", T, neu, "", "'It' = the court; reminder to all states to ensure respect for humanitarian law, including in arms transfers = appeal to protect civilians (unsure: could be neutral)"))
U(d, "The judges also rejected a request from Germany to strike the case off", "take years.",
  ("International Court of Justice", N, neu, "", "procedural decision"),
  ("Germany", N, neu, "", "Germany's request to remove the case, reported inside the court's decision = its own procedural position"))
U(d, "Nicaragua's government said in a statement that it viewed the outcome with satisfaction.", "with satisfaction.",
  ("Nicaragua", S, pos, "International Court of Justice", "approval of the court's order = supporting"))
U(d, "It credited its own legal campaign", "since the autumn.",
  ("Nicaragua", N, pos, "", "'It' = Nicaragua's government; self-praise = neutral, positive"),
  ("Germany", N, neu, "", "Berlin's own account to the judges (export figures) reported inside Nicaragua's sentence"))
U(d, "The order made it clear that no government could look away", "the statement said.",
  ("Nicaragua", T, neg, "", "appeal to all governments with an attribution tail (unsure: could be read as an implied judgement of Germany)"))
U(d, "Tania von Uslar-Gleichen, the German foreign office's legal adviser", "any foundation.",
  ("Germany", S, pos, "International Court of Justice", "welcome of the decision + denial: the welcome decides (rule 3 before rule 4)"))
U(d, "The foreign office in Berlin said Germany would keep working for a two-state solution", "civilians in Gaza.",
  ("Germany", T, pos, "", "peace and aid efforts = calling_for_talks; Berlin = place"))
# "Israel, which is not a party to the case, did not comment." -> non-answer (no row)
# "The case is formally titled ..." -> narration (no row)
U(d, "Nicaragua filed the case on March 1, accusing Germany of breaching", "UNRWA.",
  ("Nicaragua", C, neg, "Germany", "a specific act (filing) with an accusation"))
# "Germany approved arms exports to Israel worth about 326 million euros in 2023 ..." -> government data as narration (no row)
# "Provisional measures are emergency orders ..." -> explanation (no row)
U(d, "At hearings on April 8, Nicaragua's agent, Ambassador Carlos Jose Arguello Gomez", "Germany's obligations.",
  ("Nicaragua", C, neg, "Germany", "arms-and-airdrops accusation; Berlin = metonym"))
U(d, "Alain Pellet, a French lawyer on Nicaragua's team, argued", "stop the deliveries.",
  ("Nicaragua", C, neg, "Germany", "counsel speaks for the state; accusation of knowing the risk + demand to stop: rule 1"))
U(d, "Managua asked the court to order Germany to suspend any military assistance", "funding UNRWA.",
  ("Nicaragua", T, neg, "Germany", "Managua = metonym; request for orders to stop arms and restore funding, no judgement word in this sentence (unsure: legal recourse against Germany could be read as condemning)"))
U(d, "Von Uslar-Gleichen told reporters outside the court that day", "out of hand.",
  ("Germany", N, neg, "", "denial = neutral, negative"))
U(d, "\"We will show the judges, point by point", "she said.",
  ("Germany", N, neg, "", "rebuttal of the facts alleged = denial (no judgement word)"))
U(d, "Opening Germany's reply on April 9, she told the court", "complicity in genocide.",
  ("Germany", N, neg, "", "'she' = von Uslar-Gleichen; denial"))
U(d, "She said Nicaragua's presentation of the facts was deeply one-sided", "going to court.",
  ("Germany", C, neg, "Nicaragua", "judgement of Nicaragua's case and conduct; Berlin = Germany as object"))
U(d, "Germany's commitment to Israel's security followed from its history", "aid to Palestinians.",
  ("Germany", S, pos, "", "backing for Israel's security and aid to Palestinians in one sentence (two beneficiaries -> target empty); attribution in mid-sentence"))
U(d, "Christian Tams, a law professor on the German team, told the judges", "communications technology.",
  ("Germany", N, neu, "", "counsel for Germany; facts on licences"))
U(d, "Berlin, which paused new funding for UNRWA in January", "neutrality.",
  ("Germany", S, pos, "UNRWA", "Berlin = metonym; resumed cooperation = supporting (the January pause is background in a relative clause; the allegations are in the passive, no actor)"))
U(d, "In Berlin, Michael Roth, the Social Democrat who chairs the Bundestag's foreign affairs committee", "lecture a democracy.",
  ("Germany", C, neg, "Nicaragua", "a parliamentary committee chair = Germany (as a senator is the US); Managua = metonym; Berlin = place"))
U(d, "Nicaragua has said it is also considering cases against Britain, Canada and the Netherlands", "arms sales to Israel.",
  ("Nicaragua", C, neg, "", "threatened legal action against three states -> target empty"))
# "Rights groups have long accused ... and some diplomats in The Hague said ..." -> unnamed speakers (no row)
# The Leiden professor's quote -> unnamed speaker (no row)
# "South Africa's separate case ... which has ordered Israel in January and March ..." -> background (no row)
