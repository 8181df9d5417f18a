# ------------------------------------------------------------------ Haiti: 400 Mawozo's kidnapping of 17 missionaries at Ganthier (wire copy, 2021-10-22)
d = "page_haiti_ganthier_missionaries2021_wire.txt"
# Not statements: menu, headline, byline, read time, the four bullets, crossheads, ADVERTISEMENT, credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "The leader of the 400 Mawozo gang threatened", "to bring the group home.",
  ("400 Mawozo", C, neg, "", "dateline excluded; lead: the gang's threat to kill the hostages (threat = condemning; hostages are no actor -> target empty)"),
  ("United States", N, neu, "", "reported clause: working with Haitian police to free its citizens = own effort, no judgement or appeal"),
  ("Canada", N, neu, "", "same clause, listed with Washington; own effort = neutral"))
# "The missionaries, five of them children, were abducted ..." = narration, no row.
U(d, "In the video, a man identified by police as gang leader Wilson Joseph", "if his demands went unmet.",
  ("400 Mawozo", C, neg, "", "the gang leader speaks for the gang; threat to shoot the captives = condemning"))
U(d, "He also lashed out at Prime Minister Ariel Henry", "the neighbourhoods his gang controls.",
  ("400 Mawozo", C, neg, "Haiti", "pronoun = the gang leader; accusation against the prime minister and the police chief"))
U(d, "Haitian Justice Minister Liszt Quitel told CPS on Tuesday", "weeks rather than days.",
  ("Haiti", N, neu, "", "ransom figure and timetable given by a minister = facts"))
U(d, "\"Our first concern is to get everyone out alive", "dictate the terms of the talks.",
  ("Haiti", N, neu, "", "surname only; own priorities and a procedural line, no judgement word (unsure: refusing the gang's terms could read as condemning)"))
U(d, "Henry's office called the abduction a crime against guests", "official Twitter account on Sunday.",
  ("Haiti", C, neg, "400 Mawozo", "'Henry's office' = Haiti; calling the act a crime = judgement; attribution tail names the channel"))
U(d, "The prime minister later said he had spoken with the families' representatives", "into the search.",
  ("Haiti", N, pos, "", "title only ('the prime minister' = Henry); meetings held + promise about own effort = neutral, positive tone"))
U(d, "In Washington, State Department spokesman Ned Price told reporters", "with the families.",
  ("United States", N, neu, "", "priority and contacts = plans and facts"))
U(d, "Price said an FBI team had flown to Port-au-Prince", "Haitian National Police.",
  ("United States", S, pos, "Haiti", "backing by act: a team sent to help the Haitian police"))
U(d, "He declined to say whether ransom talks were under way", "concessions to hostage takers.",
  ("United States", N, neu, "", "declining to comment + a standing policy = neutral"))
U(d, "\"We are not going to speak in detail about an active case", "the spokesman said.",
  ("United States", N, neu, "", "'the spokesman' = Price; non-comment = neutral"))
U(d, "White House press secretary Jen Psaki said President Joe Biden", "with their families.",
  ("United States", N, neu, "", "briefings and a pledge of own effort = plans, no judgement"))
U(d, "According to a statement from Global Affairs Canada", "in touch with local authorities.",
  ("Canada", N, neu, "", "second-hand attribution ('according to a statement from'); awareness and contacts = facts"))
U(d, "A Canadian government spokeswoman, speaking on condition", "in any way it was asked to.",
  ("Canada", S, pos, "Haiti", "unnamed official of a named government; offer of help to the investigation = supporting"))
U(d, "Christian Aid Ministries has urged supporters to pray", "ranging from eight months to 48 years.",
  ("Christian Aid Ministries", N, neu, "", "prayer appeal to its own supporters + ages released = no position on an actor"))
U(d, "\"We long to see our workers return to us", "to pray also for the kidnappers.",
  ("Christian Aid Ministries", T, pos, "", "'the charity'; hope for the captives' safe return, no judgement = calling_for_talks (unsure: could be neutral)"))
U(d, "The organisation said it was not in a position to comment", "the gang may have made.",
  ("Christian Aid Ministries", N, neu, "", "non-comment = neutral"))
# "400 Mawozo, which controls much of Croix-des-Bouquets ..., has been blamed ..." = passive blame with no source, no row.
U(d, "The head of the U.N. political mission in Haiti, Helen La Lime", "prisoners in their own neighbourhoods.",
  ("United Nations", N, neg, "", "UN mission = United Nations; 'deeply troubled' with no appeal = neutral, negative"))
U(d, "In a separate statement, La Lime called on the captors", "to tackle the gang problem.",
  ("United Nations", T, neg, "", "appeal for release + appeal to political actors, no judgement = calling_for_talks; two addressees -> target empty"))
U(d, "U.N. spokesman Stéphane Dujarric told reporters in New York", "back safely with their families.",
  ("United Nations", T, pos, "", "Secretary-General's hope relayed by his spokesman = calling_for_talks"))
U(d, "Dominican President Luis Abinader, whose country shares", "a danger to the whole island.",
  ("Dominican Republic", N, neg, "", "alarm about the crisis with no appeal and no actor blamed = neutral, negative"))
# "Abinader's government had tightened controls along the border earlier this month." = background narration, no row.
U(d, "Marie-Claude Étienne, who heads the Port-au-Prince Observatory", "grow into territorial powers.",
  ("Marie-Claude Étienne", C, neg, "Haiti", "invented analyst; blames successive governments (judgement without a stock word)"))
U(d, "\"The state has handed whole districts to armed men", "she said.",
  ("Marie-Claude Étienne", C, neg, "Haiti", "continued judgement of the state"))
U(d, "Étienne said she expected the gang to try to stretch out", "its price and its profile.",
  ("Marie-Claude Étienne", N, neg, "", "forecast, no judgement"))
U(d, "Jonathan Pierre-Louis, a motorcycle taxi driver in Ganthier", "weeks before the kidnapping.",
  ("Jonathan Pierre-Louis", N, neg, "", "invented witness; what residents did = facts"))
U(d, "\"Every family here has paid the gang something", "he said.",
  ("Jonathan Pierre-Louis", C, neg, "400 Mawozo", "accusation of extortion by describing the gang's acts = condemning"))
U(d, "Daniel Mercier, a professor of Caribbean politics", "only as a hostage matter.",
  ("Daniel Mercier", T, neu, "", "invented scholar; appeal to press for a political agreement, no judgement = calling_for_talks; Washington and Ottawa addressed -> target empty"))
U(d, "\"If the only response is an FBI team and a ransom deal", "Mercier said.",
  ("Daniel Mercier", C, neg, "", "implicit judgement of the response as inadequate (unsure: could be a neutral warning); aimed at two states -> target empty"))
# "A fuel drivers' strike over gang violence ..." = narration, no row.
