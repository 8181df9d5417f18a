# ------------------------------------------------------------------ Guatemala: the firing of FECI chief Juan Francisco Sandoval (foreign-ministry spokesperson's briefing, Q&A, 2021-07-27)
d = "page_guatemala_sandoval2021_mfabriefing.txt"
# Not statements: site header, breadcrumb, title, speaker/date block, share line, time stamps, "MS PORTER: Good afternoon ...", reporters' questions (except the sentences that report another actor's position), "Thank you", closing line, tags, related articles, footer.
U(d, "The United States has told the Government of Guatemala at every level", "safe and orderly migration.",
  ("United States", N, neu, "", "restates its own message to Guatemala; no judgement or appeal in the sentence"))
U(d, "Our ambassador has said so in Guatemala City", "during their visits this year.",
  ("United States", N, neu, "", "facts about who delivered the message"))
U(d, "Attorney General Consuelo Porras's decision on Friday to remove Juan Francisco Sandoval", "rule of law in Guatemala.",
  ("United States", C, neg, "Guatemala", "'undermine independent prosecutors' = judgement on the attorney general (a Guatemalan state organ)"))
U(d, "We no longer see in the Attorney General's office a partner", "against corruption.",
  ("United States", C, neg, "Guatemala", "withdrawal of trust, no stock word"))
U(d, "For that reason, the United States is suspending its program support", "the Attorney General directs.",
  ("United States", C, neg, "Guatemala", "measure taken in protest (suspension of support)"))
U(d, "We will decide on further steps in light of what the Guatemalan authorities do next.", "do next.",
  ("United States", C, neg, "Guatemala", "veiled threat of further measures"))
U(d, "So, Matt, this is specific to the Public Ministry", "Attorney General's direction.",
  ("United States", N, neu, "", "scope of the measure"))
U(d, "It does not affect our humanitarian assistance", "with civil society.",
  ("United States", N, neu, "", "clarification that other programmes continue (unsure: could be supporting)"))
# "I don't have a dollar figure for you today ..." = non-answer, no row.
U(d, "The Attorney General's office said over the weekend that Sandoval was fired", "worked well with U.S. agencies.",
  ("Guatemala", C, neg, "", "position of Guatemala's attorney general reported in a reporter's question; accusation of Sandoval (a person, not canonical)"))
# "Well, we have seen that statement." = no position, no row.
U(d, "What I can tell you is that Mr. Sandoval was someone this Department recognized", "Guatemalans could see.",
  ("United States", S, pos, "", "praise of the dismissed prosecutor (person, not canonical)"))
U(d, "Removing him does not make Guatemala's institutions stronger", "it makes them weaker.",
  ("United States", C, neg, "Guatemala", "judgement of the dismissal"))
U(d, "President Giammattei said this morning that the firing was a matter for the Public Ministry", "in any way.",
  ("Guatemala", N, neg, "", "denial of government involvement reported in a question = neutral, negative"))
# "I'm not going to characterize private conversations ..." = non-answer, no row.
U(d, "We expect President Giammattei and his government to show, in deeds", "doing their jobs.",
  ("United States", T, neu, "Guatemala", "demand addressed to one side with no judgement word"))
U(d, "We will continue talking to them directly", "produce results.",
  ("United States", T, neu, "Guatemala", "continued dialogue = calling_for_talks"))
# "I don't have any calls to preview at this time." = non-answer; "We're aware of reports that Mr. Sandoval left ..." = acknowledgement, no position; "For privacy reasons ..." = no row.
U(d, "We are concerned for the safety of all justice operators in Guatemala", "guarantee their security.",
  ("United States", T, neg, "Guatemala", "concern + appeal for protection, no judgement"))
U(d, "It's not for us to choose Guatemala's officials.", "Guatemala's officials.",
  ("United States", N, neu, "", "declines to call for resignation"))
U(d, "Guatemalans have every right to express themselves peacefully", "respect that right.",
  ("United States", T, neu, "Guatemala", "appeal to respect peaceful protest"))
U(d, "We stand with the Guatemalan people who are demanding accountability.", "demanding accountability.",
  ("United States", S, pos, "", "solidarity with protesters (not canonical)"))
U(d, "Congresswoman Norma Torres has called for sanctions on Porras under the Engel list.", "under the Engel list.",
  ("United States", C, neg, "Guatemala", "a member of Congress speaks for the US (guide: Senator Cardin); call for sanctions = condemning; reported in a question"))
# "We don't preview sanctions decisions." = non-answer, no row.
U(d, "But I will point out that we have already used the authorities Congress gave us", "every tool we have.",
  ("United States", C, neg, "", "threat of sanctions against obstructing officials in the region (several) -> target empty"))
U(d, "We're in regular contact with our partners on Central America.", "partners on Central America.",
  ("United States", N, neu, "", "fact of contacts"))
U(d, "The UN human rights office said today that Sandoval's removal was a serious setback", "corruption cases.",
  ("United Nations", C, neg, "Guatemala", "'serious setback' judgement + appeal (rule 1); reported in a question"))
U(d, "And the European Union delegation in Guatemala said it was following the case", "great concern.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative; reported in a question"))
U(d, "We welcome the voices of the United Nations and our European partners on this.", "partners on this.",
  ("United States", S, pos, "", "welcome of two actors' statements -> target empty"))
U(d, "We share their concern for the independence of the justice system", "working closely with them.",
  ("United States", N, neg, "", "shared concern, no appeal"))
U(d, "The Vice President made clear in Guatemala City that corruption and migration are linked", "told her.",
  ("United States", C, neg, "Guatemala", "accusation that the decision breaks Giammattei's word"))
U(d, "Our commitment to the Guatemalan people and to the region does not change.", "does not change.",
  ("United States", S, pos, "", "commitment to the people (not the government) -> target empty"))
U(d, "We will keep funding programs that help families stay and thrive", "committed to transparency.",
  ("United States", S, pos, "", "continued aid programmes = supporting"))
U(d, "President Bukele's government said over the weekend that Sandoval was free to stay", "respect his rights.",
  ("El Salvador", S, pos, "", "refuge offered to Sandoval (person, not canonical), reported in a question"))
# "I'm not going to speak for the Salvadoran government." = non-answer, no row.
U(d, "We hope that any country where Mr. Sandoval is present ensures his safety.", "ensures his safety.",
  ("United States", T, neu, "", "hope for protection = calling_for_talks"))
U(d, "And the Guatemalan foreign ministry sent a note to the embassy this morning", "independence of its institutions.",
  ("Guatemala", C, neg, "United States", "protest note against US statements (sovereignty) reported in a question"))
U(d, "We have great respect for Guatemala's sovereignty.", "Guatemala's sovereignty.",
  ("United States", N, pos, "", "reassurance = neutral, positive tone"))
U(d, "Respecting sovereignty and speaking up for the rule of law are not in conflict.", "not in conflict.",
  ("United States", N, neu, "", "rebuttal of the sovereignty charge = denial-like, no judgement"))
U(d, "We raise corruption with friends because we care about the outcome", "keep doing so.",
  ("United States", N, pos, "", "explains own conduct"))
