# ------------------------------------------------------------------ Mali's arrest of Yann Vezilier and two generals (wire copy, 2025-08-16)
d = "page_mali_vezilier_arrest2025_wire.txt"
# Not statements: menu, time stamp, headline (carries France's position: no row), byline, read time, bullets, ADVERTISEMENT,
# crossheads, reporting credits, standards line, Related Coverage, tags, most read.
U(d, "France on Saturday dismissed as fiction Mali's claim", "demanded to see him without delay.",
  ("France", N, neg, "", "dateline excluded; lede: denial of the spying charge (neutral, negative) + demand to see him (consular access, no judgement); the denial frame dominates (unsure: could be calling_for_talks)"))
U(d, "The French foreign ministry said the man, Yann Vezilier,", "according to a statement released in Paris.",
  ("France", C, neg, "Mali", "second-hand attribution ('according to a statement'); detention 'breached the protections owed' = judgement without a stock word"))
U(d, "\"Nothing in what has been said on Malian television corresponds to reality,\"", "\"without delay\".",
  ("France", N, neg, "", "denial + expectation of release; no judgement word (denial = neutral, negative) (unsure)"))
U(d, "Mali's security minister, General Daoud Aly Mohammedine, announced the arrests", "Abass Dembele and Nema Sagara.",
  ("Mali", N, neu, "", "announcement of arrests of its own officers, facts"))
U(d, "Mohammedine said the group had planned to overthrow", "before it could move.",
  ("Mali", C, neg, "", "surname only; reported clause: plot 'with the help of foreign states' = accusation, no named state -> target empty"))
U(d, "The Frenchman, he said, had been acting on behalf of a French intelligence service", "civil society figures and officers.",
  ("Mali", C, neg, "France", "speaker carried from the previous paragraph ('he said'); accusation of French intelligence"))
# "Security sources have put the number of soldiers held ..." = unnamed sources, figures, no row.
U(d, "\"Those who imagined they could use a handful of officers", "on state television on Friday.",
  ("Mali", C, neg, "", "ministry statement; judgement of the plotters and their backers, no stock word; target unnamed -> empty"))
U(d, "It warned that Mali would respond", "to have had a hand in the affair.",
  ("Mali", C, neg, "", "'It' = the ministry; threat of a response = condemning; no state named -> target empty"))
U(d, "Foreign Minister Abdoulaye Diop told the state broadcaster ORTM", "a formal account of the charges.",
  ("Mali", C, neg, "France", "summoning the French charge d'affaires = a diplomatic measure of protest (act) (unsure: could be neutral)"))
U(d, "Diop said foreign partners who respected Mali's sovereignty", "nothing to fear from the investigation.",
  ("Mali", N, neu, "", "reassurance about its own inquiry, no appeal and no named target (veiled)"))
# "In Paris, French Foreign Minister Jean-Noel Barrot spoke to reporters on the sidelines of a meeting ..." = narration of what he did, no row (kept as a comment).
U(d, "\"We are asking for one thing: that our compatriot be allowed to see our consul", "Barrot said.",
  ("France", T, neu, "Mali", "appeal for consular access and settlement 'through the proper channels', no judgement = calling_for_talks"))
U(d, "A French diplomatic source said Paris had not decided", "\"every option remains on the table\".",
  ("France", C, neg, "Mali", "unnamed source of a named government; veiled threat ('every option') = condemning"))
U(d, "A day earlier, a spokesperson for the ministry had told reporters", "while it gathered information.",
  ("France", N, neu, "", "declining to comment = neutral"))
U(d, "Burkina Faso and Niger, which with Mali form the Alliance of Sahel States,", "at its disposal for the inquiry.",
  ("Burkina Faso", S, pos, "Mali", "joint statement by two states: solidarity + intelligence offered = backing by act"),
  ("Niger", S, pos, "Mali", "joint statement by two states: one row per state"))
U(d, "Niger's military government also accused what it called", "carried by the national broadcaster RTN.",
  ("Niger", C, neg, "", "'in remarks carried by' the broadcaster; accusation of unnamed 'sponsors' -> target empty (RTN is not an actor)"))
U(d, "The West African bloc ECOWAS, which Mali left in January,", "\"calm and the rule of law will prevail\".",
  ("ECOWAS", T, neu, "", "following closely + hope for calm = calling_for_talks (hopes)"))
U(d, "The commission's president, Omar Alieu Touray, was quoted by the bloc's press office", "\"through dialogue rather than escalation\".",
  ("ECOWAS", T, neu, "", "passive attribution ('was quoted'); appeal for dialogue to all sides"))
U(d, "In New York, U.N. spokesperson Stephane Dujarric said Secretary-General", "large-scale arrests of officers in Mali.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "He did not say whether the United Nations had been in contact", "with the detainees.",
  ("United Nations", N, neu, "", "non-answer on a procedural point by a named speaker (unsure: could be no row)"))
U(d, "Russia's foreign ministry spokeswoman Maria Zakharova said Moscow supported", "its security cooperation with Bamako.",
  ("Russia", S, pos, "Mali", "support for the arrests + continued security cooperation"))
U(d, "Moussa Diabate, a researcher at the Bamako-based Sahel Institute", "without showing the public any evidence.",
  ("Moussa Diabate", C, neg, "Mali", "invented analyst; reported clause criticising the government for showing no evidence"))
U(d, "\"Putting faces on television before a single hearing", "he said.",
  ("Moussa Diabate", C, neg, "Mali", "'verdict by broadcast' = judgement without a stock word"))
U(d, "Diabate added that the army's own divisions were a greater danger", "than any foreign service.",
  ("Moussa Diabate", N, neg, "", "assessment of risk, no judgement on an actor, no appeal"))
U(d, "Claire Vautrin, who follows the Sahel for the Paris-based Observatoire des Afriques,", "to keep the quarrel within limits.",
  ("Claire Vautrin", N, neu, "", "invented analyst; analysis of interests, no position"))
U(d, "\"If Paris and Bamako want to avoid another rupture,", "Vautrin said.",
  ("Claire Vautrin", T, neu, "", "appeal for a quiet diplomatic channel, both sides addressed"))
# "Relations between Mali and France have been poor since ..." = background narration, no row.
U(d, "Human Rights Watch said in a statement that the detained officers", "to let their lawyers see them.",
  ("Human Rights Watch", C, neg, "Mali", "detention 'more than a week without being brought before a judge' = accusation by describing the act + appeal (rule 1)"))
