# ------------------------------------------------------------------ US executive order 13692 on Venezuela (March 2015) and the regional backlash (international wire copy, 2015-03-15)
d = "page_venezuela_eo13692_threat2015_wire.txt"
# Not statements: menu, section bar, date line, UPDATE headline, byline, read time, the three bullets, crossheads
# (DECREE POWERS, "WORDING IS BOILERPLATE", REGIONAL BACKLASH, OPPOSITION CAUGHT BETWEEN), ADVERTISEMENT, reporting credits,
# Our Standards, Related Coverage, MOST READ, tags, copyright.
U(d, "South American foreign ministers demanded on Saturday that the United States withdraw", "sovereign state.",
  ("Union of South American Nations", C, neg, "United States", "dateline excluded; lede carrying the bloc's position: demand to revoke + 'intrusion' = judgement"))
U(d, "The declaration, read out in Quito by Uruguayan Foreign Minister Rodolfo Nin Novoa", "countries of the hemisphere.",
  ("Union of South American Nations", C, neg, "United States", "Uruguay's minister reads the bloc's declaration (speaks for the body); 'no place' for unilateral measures = judgement"))
U(d, "President Barack Obama signed the order on Monday", "2014 street protests.",
  ("United States", C, neg, "Venezuela", "sanctions and an emergency declaration reported as done = condemning (measure)"))
U(d, "The ministers asked Washington to open a direct conversation", "according to the text.",
  ("Union of South American Nations", T, neu, "", "appeal for talks and for non-interference, no judgement word; addressed to Washington and third countries -> target empty"))
U(d, "UNASUR Secretary General Ernesto Samper, a former Colombian president, told reporters", "not with sanctions.",
  ("Union of South American Nations", T, neu, "", "settling disputes at a table = appeal for a peaceful course; no actor judged by name"))
U(d, "\"We will offer whatever good offices", "Samper said.",
  ("Union of South American Nations", T, pos, "", "offer of mediation = calling_for_talks; surname after first mention"))
U(d, "In Caracas, the National Assembly on Sunday handed President Nicolas Maduro powers", "against foreign aggression.",
  ("Venezuela", C, neg, "United States", "the 2015 assembly and its ruling majority = the Venezuelan state; a measure framed as a shield against 'aggression' (the US order) = condemning"))
U(d, "Maduro, who has accused Washington of plotting to topple him, told lawmakers", "modern history.",
  ("Venezuela", C, neg, "United States", "judgement: 'most serious attack'; the relative clause repeats the coup-plot charge"))
U(d, "\"They put a target on Venezuela's back", "state television.",
  ("Venezuela", C, neg, "United States", "multi-sentence quote closed by its speaker; judgement without stock words"))
U(d, "He said the armed forces would hold ten days of defensive exercises", "planning an incursion.",
  ("Venezuela", C, neg, "", "announced military drills as a warning = threat (condemning); 'anyone planning an incursion' names no one -> target empty"))
U(d, "Caracas had already ordered the U.S. embassy to cut its staff", "earlier this month.",
  ("Venezuela", C, neg, "United States", "embassy staff cut and visa requirement = measures against another state (as expulsions)"))
# "Venezuela holds the world's largest proven crude reserves ..." = background, no row.
U(d, "Foreign Minister Delcy Rodriguez, who spent the week touring regional capitals, was quoted by the state news agency", "in Latin America.",
  ("Venezuela", C, neg, "United States", "second-hand attribution through the state agency (agency not an actor); judgement"))
# "U.S. officials have sought to play down the language of the order." = summary line before the specific statements, no row.
U(d, "Roberta Jacobson, the State Department's top diplomat for the Western Hemisphere, told reporters", "military danger.",
  ("United States", N, neu, "", "legal explanation of the wording: procedural, no judgement"))
U(d, "\"We do not consider Venezuela a threat to our territory", "Jacobson said.",
  ("United States", N, neg, "", "denial that the US called Venezuela a threat = neutral, negative tone per the guide"))
U(d, "White House spokesman Josh Earnest said the sanctions targeted individuals", "opposition politicians.",
  ("United States", N, neg, "", "scope of the sanctions + 'deeply troubled' = concern with no appeal -> neutral (unsure: the defence of sanctions could be read as condemning)"))
U(d, "State Department spokeswoman Jen Psaki said on Friday that Maduro's account", "enemies abroad.",
  ("United States", C, neg, "Venezuela", "denial + 'political prisoners' and 'look for enemies abroad' = judgement of the government (rule 1)"),
  ("Venezuela", C, neg, "United States", "Maduro's charge of a US-backed coup plot, reported inside the US reply (reported position)"))
U(d, "Ecuador's President Rafael Correa, speaking on his weekly broadcast", "a joint answer.",
  ("Ecuador", C, neg, "United States", "'affront' = judgement; call for a joint regional answer"))
U(d, "Bolivian President Evo Morales said Obama should apologise to the region", "in every forum\".",
  ("Bolivia", C, neg, "United States", "demand for an apology implies wrongdoing + solidarity with Venezuela: the judgement decides"))
U(d, "Cuba's government said in a statement published in the official daily Granma", "a sister nation.",
  ("Cuba", C, neg, "United States", "support for Venezuela + condemnation: rule 1; 'according to a statement in Granma' = the government's own"))
U(d, "Argentine President Cristina Fernandez said on Twitter", "calling the order absurd.",
  ("Argentina", C, neg, "United States", "'absurd' = judgement"))
U(d, "Brazil's foreign ministry took a more measured line", "a way back to dialogue.",
  ("Brazil", T, neu, "", "doubt that sanctions help (no judgement word) + hope for dialogue between Caracas and its opponents = calling_for_talks (unsure: the doubt could be read as mild disapproval of the US)"))
U(d, "Colombia's government, which shares a 2,200 km", "help the two sides talk.",
  ("Colombia", T, pos, "", "calls to both sides and an offer to facilitate = calling_for_talks; narration of the calls + the offer in one long sentence"))
U(d, "In Moscow, the Russian foreign ministry described the sanctions", "legitimate government.",
  ("Russia", C, neg, "United States", "'unacceptable pressure' = judgement"))
U(d, "Chinese foreign ministry spokeswoman Hua Chunying said Beijing hoped", "mutual respect.",
  ("China", T, neu, "", "hope for dialogue between the two, no judgement"))
U(d, "Venezuela's opposition coalition, the Democratic Unity Roundtable (MUD), said in a statement", "in the first place.",
  ("Democratic Unity Roundtable", C, neg, "Venezuela", "blames the government for repression (judgement) while denying the country is a threat"))
U(d, "Gregory Halstead, a senior fellow at the Inter-American Policy Forum in Washington", "rallying cry he needed.",
  ("Gregory Halstead", C, neg, "United States", "invented analyst; the White House's blunder = judgement without stock words"))
U(d, "\"It was a legal technicality written in the language of war", "Halstead said.",
  ("Gregory Halstead", C, neg, "United States", "criticism of the order's wording; surname only after first mention"))
U(d, "Marisela Urdaneta, a political scientist at the Central University of Venezuela", "beyond foreign policy.",
  ("Marisela Urdaneta", N, neg, "", "invented scholar; forecast, no judgement yet"))
U(d, "\"The government will legislate on the economy and on dissent", "she said.",
  ("Marisela Urdaneta", C, neg, "Venezuela", "accuses the government of using the order as a pretext against dissent"))
U(d, "She said both governments should let UNASUR arrange talks", "due to attend.",
  ("Marisela Urdaneta", T, neu, "", "appeal for mediated talks; pronoun subject"))
