DOC = "page_algeria_tebboune_disputedtally2024_wire.txt"
A, MSP, FFS = "Algeria", "Movement of Society for Peace", "Socialist Forces Front"
L1 = "Algerian President Abdelmadjid Tebboune and the two challengers he beat in Saturday's election jointly challenged the figures published by the national election authority, an unusual rift that clouded a victory officially put at 94.65% of the vote."
J1 = "Hours later, the campaign teams of all three candidates issued a statement, read on state television, saying that the numbers Charfi had read out did not match the records that local and provincial counting commissions had handed to the candidates' representatives, and that no one could tell from the announcement how the turnout figure had been reached."
J2 = "The statement asked the authority to explain the discrepancies and said the candidates would submit their observations to the Constitutional Court."
TEB = "the sitting president speaks for the state even as a candidate -> Algeria; his criticism is aimed at ANIE, a state body, so the target (Algeria) would equal the actor -> target empty (unsure)"
ROWS = [
(L1, A, "condemning", "negative", "", "dateline not part of the unit; joint challenge of the official figures = accusation against the election authority; " + TEB),
(L1, MSP, "condemning", "negative", A, "Hassani Cherif's party; ANIE is a state body -> Algeria"),
(L1, FFS, "condemning", "negative", A, "Aouchiche's party"),
("The Independent National Authority for Elections (ANIE) said on Sunday evening that Tebboune had won 5.33 million votes, against 178,797 for Abdelaali Hassani Cherif of the Islamist Movement of Society for Peace (MSP) and 122,146 for Youcef Aouchiche of the Socialist Forces Front (FFS).",
 A, "neutral", "neutral", "", "the state election authority = Algeria; figures"),
("The authority's president, Mohamed Charfi, put turnout at 48.03%, or about 11.7 million of the 24.35 million registered voters, a figure that would leave more than six million ballots unaccounted for in the candidates' totals.",
 A, "neutral", "neutral", "", "figure given by ANIE's head; the last clause is the reporters' arithmetic, no one's position"),
(J1, A, "condemning", "negative", "", "joint statement of the three campaigns: one row per candidate's actor; " + TEB),
(J1, MSP, "condemning", "negative", A, "accuses ANIE of figures that contradict the local records"),
(J1, FFS, "condemning", "negative", A, "same joint statement"),
(J2, A, "calling_for_talks", "neutral", "", "request for an explanation + recourse to the court, no judgement in this sentence; " + TEB),
(J2, MSP, "calling_for_talks", "neutral", A, "request for an explanation addressed to ANIE (like asking for an inquiry)"),
(J2, FFS, "calling_for_talks", "neutral", A, "same"),
("Tebboune, 78, who ran as an independent with the backing of the former single party, the National Liberation Front (FLN), and several other parties, had urged Algerians to turn out in large numbers to give his second term a strong mandate.",
 A, "neutral", "positive", "", "appeal to his own voters to vote: no stance toward another actor"),
("Tebboune, 78, who ran as an independent with the backing of the former single party, the National Liberation Front (FLN), and several other parties, had urged Algerians to turn out in large numbers to give his second term a strong mandate.",
 "National Liberation Front", "supporting", "positive", A, "backing by act (endorsing the president's candidacy) reported in a relative clause (unsure: background); 'several other parties' unnamed -> no row"),
("\"What was read out tonight is not a result. It is an insult to the men and women who stood in line to vote, and we will not put our name to it,\" an MSP spokesman told Meridian by telephone, asking that the party's objections be examined polling station by polling station.",
 MSP, "condemning", "negative", A, "unnamed spokesman of a named party; 'an insult' = judgement (rule 1 before the request)"),
("Aouchiche told reporters at FFS headquarters in Algiers that his party would lodge a formal appeal with the Constitutional Court by the legal deadline.",
 FFS, "neutral", "neutral", "", "legal procedure announced; Algiers is a place"),
("\"We took part in this election to defend the ballot box, and we will defend it now,\" he said.",
 FFS, "neutral", "negative", "", "determination, implied grievance but no explicit judgement (unsure: could be condemning)"),
("In a brief post on its Facebook page, the election authority said it had taken note of the candidates' remarks and that the Constitutional Court would have the final word on the results.",
 A, "neutral", "neutral", "", "ANIE's reply: procedure, no denial"),
("Nadia Belkacemi, a political scientist in Paris who studies elections in North Africa, said the dispute showed the limits of a system built on managed participation.",
 "Nadia Belkacemi", "condemning", "negative", A, "independent analyst (invented): judgement of the system"),
("\"The authorities wanted a big turnout more than a big score, and the way these numbers were produced has cost them both,\" she said.",
 "Nadia Belkacemi", "condemning", "negative", A, "criticism of how the authorities produced the numbers"),
("French President Emmanuel Macron, whose relations with Algiers have been strained since Paris endorsed Morocco's autonomy plan for Western Sahara in July, sent Tebboune his congratulations and wrote that the two countries had too much in common to let their relationship drift.",
 "France", "supporting", "positive", A, "congratulations + goodwill; France's July endorsement of Morocco's plan is background in a relative clause"),
("U.S. State Department spokesman Matthew Miller congratulated Algeria on holding the election and said Washington intended to build on its ties with Algiers in trade, culture and security.",
 "United States", "supporting", "positive", A, "congratulations"),
("Turkish President Tayyip Erdogan telephoned Tebboune on Sunday, told him Algerians had clearly endorsed his first term and invited him to visit Turkey, Erdogan's office said.",
 "Turkey", "supporting", "positive", A, "congratulatory call + invitation"),
("The Algerian presidency said messages had also come from Russian President Vladimir Putin, Chinese President Xi Jinping and Tunisian President Kais Saied.",
 "Russia", "supporting", "positive", A, "congratulation messages listed: one row per state; the presidency only relays them (no row for Algeria)"),
("The Algerian presidency said messages had also come from Russian President Vladimir Putin, Chinese President Xi Jinping and Tunisian President Kais Saied.",
 "China", "supporting", "positive", A, "listed state"),
("The Algerian presidency said messages had also come from Russian President Vladimir Putin, Chinese President Xi Jinping and Tunisian President Kais Saied.",
 "Tunisia", "supporting", "positive", A, "listed state"),
("Brahim Ghali, the leader of the Algeria-backed Polisario Front, which seeks independence for Western Sahara, praised what he called Algeria's unwavering support for the Sahrawi people.",
 "Polisario Front", "supporting", "positive", A, "praise of Algeria"),
("Amnesty International said last week that the authorities had spent the months before the election arresting activists, journalists and opposition supporters, and called on them to free everyone held for peacefully expressing an opinion.",
 "Amnesty International", "condemning", "negative", A, "accuses the authorities of arrests (rule 1 before the call for release)"),
]
# No row: headline and bullet summaries; "It is rare in Algeria ..." (analysis by the reporters); "The MSP had already gone further
# on its own on Sunday night ..." (lead-in to the quote); "The court is due to rule ..." (narration); "Messages of congratulation
# nonetheless arrived from Algeria's partners." (summary before the specific messages); "There was no comment from Rabat ...";
# "Rights groups had criticised the climate ahead of the vote." (unnamed, summary); credits, related coverage.
