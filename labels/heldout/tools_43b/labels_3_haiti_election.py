# ------------------------------------------------------------------ Haiti annuls the October 2015 presidential first round (wire copy, 2016-06-07)
d = "page_haiti_election_annulled_2016_wire.txt"
# Not statements: wire name, menu, section, UPDATE headline, byline, read time, time stamp, the four bullets, crosshead
# FOREIGN REACTION, reporting credits, Our Standards, Related Coverage, Topics.
U(d, "Haiti's electoral council on Monday night annulled the results", "by at least seven months.",
  ("Haiti", N, neu, "", "dateline 'PORT-AU-PRINCE, June 7 (CWS) - ' excluded; the electoral council (state body) takes a procedural decision; the outlet's 'set back' is its own gloss"))
U(d, "The Provisional Electoral Council said a second round would follow", "take office on Feb. 7.",
  ("Haiti", N, neu, "", "dates announced"))
U(d, "Council president Léopold Berlanger told reporters", "that Haitians did not trust.",
  ("Haiti", N, neu, "", "explains the decision; irregularities named without an actor blamed"))
# "The verification commission, set up by ... reported on May 30 ..." = background, no row.
U(d, "Privert, whose 120-day mandate under a February agreement", "parliament decided about his post.",
  ("Haiti", N, neu, "", "own plan + deference to parliament, no evaluation"))
U(d, "In a televised address he appealed to all political parties", "rather than in the streets.",
  ("Haiti", T, neu, "", "appeal to settle differences peacefully"))
U(d, "Prime Minister Enex Jean-Charles said the government was prepared", "if foreign donors held back.",
  ("Haiti", N, neu, "", "plan for funding; no judgement of donors"))
U(d, "Jovenel Moïse, the banana exporter who came first in October", "who had voted for him.",
  ("Haitian Tèt Kale Party", C, neg, "Haiti", "the party's candidate: 'a coup' = judgement of the electoral council's decision"))
U(d, "\"They could not beat us at the polls, so they have decided to erase the polls,\" Moïse told supporters", "Pétion-Ville.",
  ("Haitian Tèt Kale Party", C, neg, "", "accusation against unnamed opponents ('they') -> target empty"))
U(d, "Moïse urged them to protest peacefully", "excuse for violence.",
  ("Haitian Tèt Kale Party", T, neu, "", "appeal for peaceful protest, no judgement in the unit"))
# "Several hundred PHTK supporters marched ..., police said." and "There were no reports of injuries." = narration, no row.
U(d, "Jude Célestin, who finished second and had refused to take part in the runoff, welcomed the ruling.", "welcomed the ruling.",
  ("LAPEH", S, pos, "Haiti", "the LAPEH candidate welcomes the council's ruling"))
U(d, "His LAPEH party said he would be on the ballot in October", "run a clean vote.",
  ("LAPEH", N, pos, "", "own plan + confidence (unsure: trust in the council could be supporting)"))
U(d, "Fanmi Lavalas, the party of former President Jean-Bertrand Aristide, said the annulment vindicated", "massive fraud of October.",
  ("Fanmi Lavalas", C, neg, "Haitian Tèt Kale Party", "welcome ('vindicated') + accusation of fraud against the Tèt Kale camp: the judgement decides (rule 1)"))
U(d, "Former senator Moïse Jean-Charles of Pitit Desalin hailed the decision", "ordinary Haitians.",
  ("Pitit Desalin", S, pos, "Haiti", "party leader hails the decision"))
U(d, "Senate President Ronald Larêche said parliament would meet next week", "after June 14.",
  ("Haiti", N, neu, "", "parliament's procedure (state body -> Haiti)"))
# "The United States, which has spent ..., was the most critical." = summary line, no row.
U(d, "State Department spokesman Mark Toner said Washington was dismayed", "a struggling economy.",
  ("United States", C, neg, "Haiti", "'dismayed by a decision' = judgement of the council's decision"))
U(d, "He said the United States would now review its financial support", "electoral process.",
  ("United States", C, neg, "Haiti", "'He' = Toner; a review of funding after the judgement = a veiled measure (unsure: could be neutral procedure)"))
U(d, "Kenneth Merten, the State Department's special coordinator for Haiti, urged", "without further slippage.",
  ("United States", T, neu, "Haiti", "appeal to hold the vote, no judgement"))
U(d, "The European Union said it was withdrawing its election observation mission", "justify starting again.",
  ("European Union", C, neg, "Haiti", "withdrawal of the mission with the grievance stated (no fraud to justify a rerun) = refusal in protest"))
U(d, "The Organization of American States took a softer line", "observe the October vote.",
  ("Organization of American States", S, pos, "Haiti", "respects the decision + offers observers = backing"))
U(d, "CARICOM Secretary-General Irwin LaRocque urged all Haitian actors", "any act of violence.",
  ("CARICOM", T, neu, "", "appeal to respect the calendar and refrain from violence"))
U(d, "In New York, U.N. spokesman Stéphane Dujarric said Secretary-General Ban Ki-moon had taken note", "so that they were kept.",
  ("United Nations", T, neu, "", "takes note + encourages the parties to work together"))
U(d, "The head of the U.N. stabilization mission, Sandra Honoré, said MINUSTAH would go on providing", "to the electoral council.",
  ("United Nations", S, neu, "Haiti", "continued logistical and security support = assistance provided"))
U(d, "The Core Group of ambassadors in Port-au-Prince", "after June 14.",
  ("Core Group", T, neu, "Haiti", "appeal to the authorities to settle the transition"))
U(d, "Canada's foreign ministry said it was concerned by the length of the delay.", "length of the delay.",
  ("Canada", N, neg, "", "concern without an appeal = neutral"))
U(d, "France's foreign ministry said it took note of the decision", "during the new campaign.",
  ("France", T, neu, "", "takes note + appeal for calm"))
