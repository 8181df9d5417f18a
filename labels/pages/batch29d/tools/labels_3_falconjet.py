# ------------------------------------------------------------------ U.S. seizure of Maduro's Falcon jet in the Dominican Republic (wire story, 2024-09-03)
d = "page_venezuela_falconjet_seizure2024_wire.txt"
# Not statements: agency name, section, "UPDATE 3" headline, byline, reporting/editing tail, copyright.
U(d, "The United States has seized a Dassault Falcon 900EX jet used by Venezuelan President Nicolas Maduro", "sanctions and export rules.",
  ("United States", C, neg, "Venezuela", "dateline excluded; a seizure against Venezuela's leader = a measure taken (condemning)"))
U(d, "Venezuela's government responded with fury, calling the seizure an act of theft", "recover the plane.",
  ("Venezuela", C, neg, "United States", "'act of theft' + legal fight = judgement and response"))
# "The jet, which U.S. officials have likened to Venezuela's Air Force One, left Santo Domingo ..." = narration (flight data), no row.
U(d, "U.S. Attorney General Merrick Garland said in a statement that Maduro", "in violation of U.S. law.",
  ("United States", C, neg, "Venezuela", "accusation of illegal purchase and export (attribution 'said in a statement')"))
U(d, "Justice Department prosecutors allege that people linked to Maduro", "late 2022 and early 2023.",
  ("United States", C, neg, "Venezuela", "allegation = accusation"))
U(d, "A spokesperson for the White House National Security Council said the seizure was one of several steps", "available to Washington.",
  ("United States", C, neg, "Venezuela", "spokesperson named by role; punishment + more measures threatened"))
U(d, "\"We will keep using every tool we have,\" the spokesperson said.", "the spokesperson said.",
  ("United States", C, neg, "Venezuela", "'the spokesperson' later; threat of further measures"))
U(d, "At the State Department, spokesperson Matthew Miller told reporters the move was a law-enforcement matter", "won the vote.",
  ("United States", S, neu, "Unitary Platform", "procedural framing + reaffirming that the opposition's candidate won = backing the opposition's claim (González = Unitary Platform in the name files); unsure: could be neutral"))
U(d, "Miller called on Maduro's government to release people detained since the election.", "since the election.",
  ("United States", T, neg, "Venezuela", "surname-only; demand to one side with no judgement word = calling_for_talks (labels/README)"))
U(d, "In Caracas, the foreign ministry said in a statement that the United States had once again placed itself outside international law", "other nations.",
  ("Venezuela", C, neg, "United States", "'outside international law' = judgement; Caracas = place"))
U(d, "The ministry said Venezuela would use every legal avenue", "hold those responsible to account.",
  ("Venezuela", C, neg, "United States", "announced response (legal action, accountability)"))
# "It did not say which courts it would approach." = no position, no row.
U(d, "Foreign Minister Yvan Gil later went further, telling state television", "by other means.",
  ("Venezuela", C, neg, "United States", "'desperation' of a failed administration = judgement"))
U(d, "\"They could not take the presidency, so they take a plane,\" Gil said.", "Gil said.",
  ("Venezuela", C, neg, "United States", "judgement without a stock word"))
# "Maduro himself did not comment directly on Monday." = narration, no row.
U(d, "At a rally in Caracas on Tuesday he told supporters that no aircraft", "would not be intimidated.",
  ("Venezuela", N, neg, "", "defiance without an explicit judgement of an actor (unsure: 'would not be intimidated' implies intimidation, could be condemning)"))
# "The Dominican Republic distanced itself from the U.S. investigation." = summary line of the next sentence, no row (template practice).
U(d, "Foreign Minister Roberto Alvarez told reporters in Santo Domingo that Dominican authorities had played no part", "brought in for servicing.",
  ("Dominican Republic", N, neu, "", "denial of involvement + fact; no accusation to answer, so tone neutral"))
U(d, "Alvarez said a Dominican court had ordered the jet held in May", "complied with that ruling.",
  ("Dominican Republic", N, neu, "", "procedure"),
  ("United States", C, neu, "Venezuela", "reported clause: the U.S. request to hold the jet, relayed by Alvarez, is a U.S. measure against Venezuela (unsure: could be neutral procedure)"))
U(d, "President Luis Abinader added that the jet's papers listed", "not the Venezuelan state.",
  ("Dominican Republic", N, neu, "", "fact given by an actor"))
U(d, "Venezuela suspended commercial flights to and from the Dominican Republic in late July", "official election result.",
  ("Venezuela", C, neg, "Dominican Republic", "suspending flights in retaliation = measure (act reported as done)"),
  ("Dominican Republic", N, neg, "Venezuela", "questioning the result: doubt without an explicit judgement or appeal in this sentence (unsure: could be condemning)"))
U(d, "In Moscow, Foreign Ministry spokeswoman Maria Zakharova said the seizure was further evidence", "as its own.",
  ("Russia", C, neg, "United States", "judgement of Washington"))
U(d, "She said Russia stood with the Venezuelan people and their elected authorities.", "elected authorities.",
  ("Russia", S, pos, "Venezuela", "solidarity = supporting"))
U(d, "Cuba's foreign minister, Bruno Rodriguez, wrote on X that the seizure was an outrage", "Maduro's government.",
  ("Cuba", C, neg, "United States", "'outrage' + solidarity: rule 1 (judgement decides)"))
U(d, "Bolivia's foreign ministry, in a statement carried by the state news agency ABI, said the measure violated", "return the aircraft.",
  ("Bolivia", C, neg, "United States", "violation charge + demand: rule 1; carried by ABI (agency not an actor)"))
U(d, "Colombia's foreign ministry said it was following events closely and had no further comment.", "no further comment.",
  ("Colombia", N, neu, "", "monitoring without concern or appeal = neutral"))
U(d, "Carolina Ibarra-Lentz, a Miami attorney who advises companies on sanctions compliance, said", "legally sound but unusual.",
  ("Carolina Ibarra-Lentz", N, neu, "", "invented independent lawyer; legal assessment"))
U(d, "\"Civil forfeiture of aircraft is routine; doing it to a head of state's plane is not,\" she said.", "she said.",
  ("Carolina Ibarra-Lentz", N, neu, "", "analysis"))
U(d, "\"The message is aimed less at Maduro than at the dealers and brokers who help him.\"", "who help him.\"",
  ("Carolina Ibarra-Lentz", N, neu, "", "speaker carried on; analysis of intent"))
U(d, "Julian Whitcombe, a senior fellow at the Inter-American Policy Institute in Washington, said", "Maduro's calculations.",
  ("Julian Whitcombe", N, neg, "", "invented analyst; sceptical assessment without a judgement of an actor"))
U(d, "\"It is a symbolic blow, and Caracas will turn it into a rallying cry,\" he said, adding that", "serious diplomatic track.",
  ("Julian Whitcombe", T, neu, "United States", "appeal for a diplomatic track addressed to Washington"))
# "The Venezuelan opposition did not comment officially." = no position, no row.
