# ------------------------------------------------------------------ Iran suspends cooperation with the IAEA after the June war (Reuters-style wire, 2025-07-03)
d = "page_iran_iaea_wire.txt"
U(d, "Iran has put into effect a law suspending its cooperation", "Tehran's nuclear work.",
  ("Iran", N, neu, "", "lead with three actors: Iran's suspension reported as done with no protest stated in the sentence (rule 4, neutral); state media = agency, not an actor"),
  ("United States", C, neg, "Iran", "Washington = metonym; 'unacceptable' = judgement"),
  ("Germany", N, neg, "", "warning of the consequence with no appeal and no judgement word = neutral, negative"))
U(d, "President Masoud Pezeshkian signed the law", "state TV reported on Wednesday.",
  ("Iran", N, neu, "", "own law signed and sent for implementation = procedure; parliament's earlier vote is narrative"))
U(d, "Under the law, inspectors of the International Atomic Energy Agency", "was quoted as saying.",
  ("Iran", N, neu, "", "Guardian Council spokesman: conditions of the law = procedure; the attacks are not named as a grievance here"))
U(d, "Foreign Minister Abbas Araghchi said on Thursday that Iran remained bound", "because of the attacks.",
  ("Iran", N, neu, "", "reassurance about own commitments + new procedure = neutral"))
U(d, "In a post on X, he accused Germany of having backed the bombing", "lecture Tehran.",
  ("Iran", C, neg, "Germany", "pronoun 'he' = Araghchi; accusation of Germany; Berlin = metonym"))
U(d, "Pezeshkian told French President Emmanuel Macron in a phone call earlier this week", "destructive approach to Iran.",
  ("Iran", C, neg, "IAEA", "surname only; blames the IAEA chief (Grossi = IAEA); Macron only addressed (no row)"))
U(d, "The Vienna-based agency said it had learned of the law", "from Tehran officially.",
  ("IAEA", N, neu, "", "'the Vienna-based agency' = IAEA by context; facts, no appeal"))
U(d, "Grossi has said that restoring inspections is the agency's most urgent task", "close to weapons grade.",
  ("IAEA", T, neu, "Iran", "surname only; urging the return of inspections = appeal for access, no judgement (unsure: could be neutral)"))
U(d, "Tehran blames the watchdog for a May 31 report", "began its strikes.",
  ("Iran", C, neg, "IAEA", "Tehran = metonym; blame (guide cue); the Board's declaration and Israel's strikes are narrative"))
U(d, "\"That report handed the attackers the paper they needed.", "statement on Wednesday.",
  ("Iran", C, neg, "IAEA", "multi-sentence quote closed by its speaker; judgement of the agency"))
U(d, "Parliament speaker Mohammad Bagher Ghalibaf, who sent the law to the president", "condemn the strikes.",
  ("Iran", C, neg, "IAEA", "speaker of parliament = Iran; judgement of the agency's credibility"))
U(d, "U.S. State Department spokesperson Tammy Bruce told reporters on Wednesday", "inspectors at once.",
  ("United States", C, neg, "Iran", "'unacceptable' + demand (rule 1)"))
U(d, "President Donald Trump said on Thursday that Iran wanted to talk", "if needed.",
  ("United States", T, pos, "Iran", "offer to meet = offering talks; Iran's wish is reported by Trump, not an Iranian statement (no row)"))
U(d, "Israeli Foreign Minister Gideon Saar said Britain, France and Germany should now use", "restraint on its programme.",
  ("Israel", C, neg, "Iran", "call for sanctions = condemning; the three European states are only addressed (no rows)"))
U(d, "In Berlin, foreign ministry spokesman Martin Giese told a regular government news conference", "urged Tehran to reconsider.",
  ("Germany", T, neg, "Iran", "warning + appeal to reconsider, no judgement word: rule 2 (contrast with the US 'unacceptable')"))
U(d, "France, Germany, and Britain said in a joint statement last week", "their full backing.",
  ("France", C, neg, "Iran", "joint statement of three (Oxford comma): one row each; 'unacceptable' decides over the backing of the IAEA (rule 1)"),
  ("Germany", C, neg, "Iran", "same joint statement; threats 'made in Iran' -> target Iran (unsure)"),
  ("United Kingdom", C, neg, "Iran", "same joint statement; Britain = United Kingdom"))
U(d, "U.N. spokesperson Stephane Dujarric said the Iranian move was a cause for concern", "working with the agency.",
  ("United Nations", T, neg, "Iran", "concern + appeal to cooperate = calling_for_talks"))
U(d, "In Beijing, foreign ministry spokeswoman Mao Ning said China hoped", "through negotiation.",
  ("China", T, pos, "", "hope for a ceasefire + negotiation, addressed to no one side (Beijing = place)"))
