# ------------------------------------------------------------------ Venezuela's detention of the Guyanese fishing vessels Lady Nayera and Sea Wolf (OAS press release of a Permanent Council meeting, 2021-01-27)
d = "page_guyana_ladynayera_seawolf2021_oasreadout.txt"
# Not statements: site banner, breadcrumb, language bar, PRESS RELEASE label, headline, date, reference numbers, crossheads,
# "The meeting can be viewed ...", contact line, social prompt, copyright and address.
# "The Permanent Council ... today held its regular meeting ..., during which the delegation of Guyana presented a report ..."
#   = the release's summary lead of the meeting (the report's content follows, sentence by sentence): no row.
U(d, "According to the account presented by the Permanent Representative of Guyana", "remain held aboard.",
  ("Guyana", N, neu, "", "'according to the account presented by' = second-hand attribution; facts given by Guyana, no evaluation"))
U(d, "The Representative said that the interception came two weeks after a decree", "west of the Essequibo River.",
  ("Guyana", N, neu, "", "'the Representative' (named first by role); sequence of events + Guyana's reading of the decree, no judgement word"))
U(d, "He informed the Council that Guyana's Minister of Foreign Affairs and International Cooperation, Hugh Todd, had delivered a note of protest", "welfare of the crews.",
  ("Guyana", C, neg, "Venezuela", "a protest note delivered to the Venezuelan envoy = protest by act (the call with Arreaza alone would be neutral)"))
U(d, "The Representative stated that Guyana would not be intimidated", "men and their boats.",
  ("Guyana", C, neg, "Venezuela", "'would not be intimidated' implies the charge of intimidation + demand for unconditional release: rule 1"))
U(d, "Before the Council took the floor, Secretary General Luis Almagro recalled the statement", "without delay.",
  ("Organization of American States", C, neg, "Venezuela", "the General Secretariat's rejection of the detention as contrary to international law + call for release: rule 1"))
U(d, "The Secretary General told the Council that the boundary question belonged before the Court", "change its course.",
  ("Organization of American States", C, neg, "Venezuela", "'the Secretary General'; denying any effect to Venezuela's decree = rejecting its act (unsure: could be read as a neutral legal position)"))
U(d, "He added that the General Secretariat would remain at the disposal of both parties", "fishermen home.",
  ("Organization of American States", T, pos, "", "offer of good offices to both parties = calling_for_talks"))
U(d, "The representative of Belize, speaking on behalf of the member states of the Caribbean Community (CARICOM)", "territorial integrity of Guyana.",
  ("CARICOM", S, pos, "Guyana", "a state speaking in the name of the bloc's members = CARICOM (guide: speaking in a body's name); backing"))
U(d, "The CARICOM states, the representative said, regarded the seizure as an unfriendly act", "Caribbean basin.",
  ("CARICOM", C, neg, "Venezuela", "attribution in the middle; 'unfriendly act' = judgement without a stock word"))
U(d, "The delegation of the United States said that Washington condemned", "crews to be freed.",
  ("United States", C, neg, "Venezuela", "'the regime' = Venezuela's government; condemnation + release demand: rule 1"))
U(d, "It said the United States wanted the border question resolved peacefully", "already been referred.",
  ("United States", T, neu, "", "appeal for a peaceful settlement, no judgement"))
U(d, "Canada's Permanent Representative said the detention showed once more", "bind the hemisphere.",
  ("Canada", C, neg, "Venezuela", "judgement without a stock word; 'Caracas' = metonym for the government"))
U(d, "The Ambassador said Canada stood with Guyana", "next steps.",
  ("Canada", S, pos, "Guyana", "'The Ambassador' = Canada's representative; solidarity"))
U(d, "In a joint statement read by the delegation of Colombia, the delegations of Chile, Colombia, Paraguay and Peru described", "of the kind.",
  ("Chile", C, neg, "Venezuela", "joint statement by a list of four states: one row each; 'violation of sovereign rights' + appeal to abstain: rule 1"),
  ("Colombia", C, neg, "Venezuela", "same joint statement"),
  ("Paraguay", C, neg, "Venezuela", "same joint statement"),
  ("Peru", C, neg, "Venezuela", "same joint statement"))
U(d, "Brazil's representative stated that his country was following developments", "with attention.",
  ("Brazil", N, neu, "", "monitoring with no appeal and no judgement = neutral"))
U(d, "He said Brazil trusted that the crews were being treated properly.", "treated properly.",
  ("Brazil", T, neu, "", "a hope for humane treatment of the detained crews (protection of civilians), addressed to no one by name (unsure: could be neutral)"))
U(d, "The representative of Trinidad and Tobago, whose country holds the chairmanship", "peaceful outcome.",
  ("Trinidad and Tobago", T, neu, "Venezuela", "appeal for a swift peaceful outcome, made to Venezuela's envoy; speaking for its own government, not as CARICOM chair"))
U(d, "She expressed the hope that good sense would prevail", "Gulf of Paria.",
  ("Trinidad and Tobago", T, pos, "", "hope for calm on both sides = calling_for_talks"))
U(d, "The delegation of Mexico said it was confident that direct contacts", "channel open.",
  ("Mexico", T, pos, "", "confidence in direct contacts + encouragement of dialogue to both"))
U(d, "Argentina's representative said the OAS should avoid any step", "if both parties wished.",
  ("Argentina", T, neu, "", "appeal to keep dialogue possible + offer of good offices; no judgement"))
U(d, "The representative of Nicaragua objected to the inclusion of the item", "against a sister nation.",
  ("Nicaragua", C, neg, "Organization of American States", "objection to the agenda item with a grievance stated ('being used once again against a sister nation') = condemning the Council"))
U(d, "He said Nicaragua rejected what it called a campaign of aggression", "Bolivarian Republic.",
  ("Nicaragua", C, neg, "", "rejection of a 'campaign of aggression' by unnamed parties -> target empty"))
U(d, "The representative designated by the National Assembly of Venezuela, Gustavo Tarre, said", "suffering of Venezuelans.",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "Guaidó's envoy = the National Assembly of Venezuela (Guaidó's actor in the name files); judgement of the Maduro government"))
U(d, "He said the legitimate authorities of Venezuela recognised no decree", "waters of a neighbour.",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "rejection of the Maduro government's decree"))
U(d, "The Government of Nicolás Maduro, which does not participate in the Organization", "its own sea.",
  ("Venezuela", N, neg, "", "earlier communiqué reported in the past perfect; justification of its own navy's act against the fishermen (not an actor) = neutral, negative"))
U(d, "In that text, the Venezuelan foreign ministry accused Guyana", "as a smear.",
  ("Venezuela", C, neg, "Guyana", "accusation + dismissal of Guyana's account"))
U(d, "At the invitation of the Chair, the Council heard a presentation by Professor Marcia Bovell-Greaves", "in that manner.",
  ("Marcia Bovell-Greaves", N, neu, "", "invented independent scholar; a reading of the coordinates = facts/assessment"))
U(d, "\"A decree cannot move a line on the sea.", "she said.",
  ("Marcia Bovell-Greaves", C, neg, "Venezuela", "multi-sentence quote; imputing an intent to frighten = judgement of Venezuela's decree"))
U(d, "The professor recommended that the Council ask both governments to agree on a hotline", "bargaining chips.",
  ("Marcia Bovell-Greaves", T, neu, "", "'the professor'; appeal for a coast-guard hotline"))
U(d, "The Council also heard, by video link, from Desmond Persaud", "had been taken.",
  ("Desmond Persaud", N, neg, "", "invented cooperative chair (witness for the families); facts"))
U(d, "\"Our men are fishermen, not soldiers.", "he said.",
  ("Desmond Persaud", T, neg, "", "humanitarian appeal for the crews' return, no judgement"))
U(d, "The Chair of the Permanent Council took note of the report", "of the delegations.",
  ("Organization of American States", N, neu, "", "procedural line"))
U(d, "The Council agreed to keep the matter under consideration.", "under consideration.",
  ("Organization of American States", N, neu, "", "procedural decision"))
U(d, "The delegation of Guyana thanked the member states", "solidarity of the hemisphere.",
  ("Guyana", S, pos, "", "thanks = approval of several actors' support (member states and the Secretariat) -> target empty"))
