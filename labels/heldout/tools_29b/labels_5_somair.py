# ------------------------------------------------------------------ Niger nationalises Orano's Somair uranium mine; French response (West African news site, full HTML, 2025-06-21)
d = "page_niger_somair_westafricasite.html"
# No rows: consent bar, LATEST ticker, masthead, nav, section label, headline, summary, meta line, share, figures and
# figcaptions with credits, ADVERTISEMENT, crossheads, "Also read", author box, tags, WhatsApp prompt, comments, most read, footer.
U(d, "Niger's military government has nationalised Somair", "its former colonial ruler.",
  ("Niger", C, neg, "Orano", "dateline excluded; 'military government' = Niger; nationalisation + accusation = a measure against the company; Niamey = object"))
# No row: "The decision was announced on Thursday evening in the communique ..., read on state television RTN." (narration; RTN is not an actor)
U(d, "The government said it had acted in full sovereignty in the face of years of bad faith", "as if it were its own property.",
  ("Niger", C, neg, "Orano", "judgement of the company"))
U(d, "It said the company answered to the French government", "on July 26, 2023.",
  ("Niger", C, neg, "France", "pronoun 'It' = the government; accusation aimed at the French state; the 2023 coup is narrated in the relative clause"))
U(d, "The communique also blamed Orano for letting Somair's mining convention lapse", "into the ground.",
  ("Niger", C, neg, "Orano", "blame"))
U(d, "Under the ordinance adopted by the council, the state becomes", "the communique said.",
  ("Niger", N, neu, "", "terms of the measure (transfer, compensation); attribution tail"))
U(d, "The government said state control would allow Nigeriens, at last", "for more than fifty years.",
  ("Niger", N, pos, "", "own aim, self-praise (unsure: 'taken from their soil' hints at blame, but no actor is named)"))
U(d, "Mines Minister Colonel Abarchi Ousmane told state television on Friday", "respected its mining code.",
  ("Niger", N, pos, "", "reassurance and plans"))
U(d, "Prime Minister Ali Mahaman Lamine Zeine, speaking at a business forum in Niamey", "obeyed its laws.",
  ("Niger", N, pos, "", "reassurance to investors; Niamey = place"))
U(d, "The mines ministry said Sopamin, the state holding company", "a new structure was put in place.",
  ("Niger", N, neu, "", "Sopamin is only mentioned (a state company, not a speaker); procedure"))
# No row: "Orano, which is more than 90 percent owned by the French state ..., answered within hours." (summary line)
U(d, "In a statement on Friday, the group said the junta had been working", "never stopped offering to talk.",
  ("Orano", C, neg, "Niger", "'the group' = Orano (company under its own name); 'the junta' = Niger; accusation of a campaign to get rid of it"))
U(d, "The group accused Niamey of stripping it", "it had already turned to.",
  ("Orano", C, neg, "Niger", "Niamey = metonym for Niger inside the reported speech; accusation + legal action"))
U(d, "In January, when it filed its arbitration claim over Somair", "had met with silence.",
  ("Orano", C, neg, "Niger", "arbitration claim = legal action against the other side, with a grievance (unsure: could be neutral, a procedure)"))
U(d, "It said it would hold the Nigerien state liable", "its assets and its staff.",
  ("Orano", C, neg, "Niger", "threat of legal liability"))
U(d, "Orano also said it still had no news of the director of its Niger mining unit", "in Niamey in May.",
  ("Orano", N, neg, "", "worry about its detained director, no appeal = neutral, negative; the security officers' search is narrated"))
U(d, "According to the company, more than 1,000 tonnes of uranium concentrate", "closed after the coup.",
  ("Orano", N, neg, "", "'According to the company' = reported speech; figures and a grievance without a named culprit"))
U(d, "The company said it remained ready to look for a negotiated way out", "came back to the table.",
  ("Orano", T, neu, "Niger", "offer of negotiation (conditional) = calling_for_talks"))
# No row: "Also read:" link
U(d, "In Paris, the French foreign ministry said on Friday that France had taken note", "it was pursuing.",
  ("France", S, pos, "Orano", "backing of the company's legal action; Paris = place"))
U(d, "A spokesperson at the Quai d'Orsay said France regretted a unilateral step", "for decades.",
  ("France", C, neg, "Niger", "Quai d'Orsay = France (name files); 'regretted' + 'disregarded' aimed at Niger's act = judgement"))
U(d, "The ministry added that France's quarrel was not with the people of Niger", "could one day be rebuilt.",
  ("France", T, pos, "Niger", "hope for rebuilt relations = calling_for_talks"))
U(d, "Asked whether Paris would raise the matter with its European partners", "run its course.",
  ("France", N, neu, "", "procedural answer, no position on Niger"))
# No rows: "France has had no ambassador in Niamey since September 2023 ..." (background);
# "The announcement came on the same day as one of the deadliest attacks on the army this year." (narration)
U(d, "The defence ministry said 34 soldiers were killed and 14 wounded", "the border with Mali.",
  ("Niger", N, neu, "", "casualty figures given by an actor, no blame = neutral, neutral"))
U(d, "The ministry said the attackers, whom it described as mercenaries", "more than 200 motorcycles.",
  ("Niger", C, neg, "", "'mercenaries in the pay of Niger's enemies' = judgement; no actor named -> target empty"))
# No rows: "Analysts in Niamey say ..." (unnamed), the unnamed local official in Arlit ("A local official" has no tie to a named
# body), the background paragraph on production figures and Orano's loss of control (narration).
