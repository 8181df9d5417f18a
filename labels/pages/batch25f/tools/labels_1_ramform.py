# ------------------------------------------------------------------ Venezuelan navy turns back the Ramform Tethys off Guyana (wire copy, 2018-12-28)
d = "page_guyana_ramformtethys2018_wire.txt"
# Not statements: site name, menu, section/date line, UPDATE headline, byline, read time, four bullets, ADVERTISEMENT,
# crossheads, reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Venezuela on Friday dismissed a statement by the Caribbean Community", "asking Caracas for its version.",
  ("Venezuela", C, neg, "CARICOM", "dateline excluded; lede carrying a position: rejects the bloc's statement with a grievance (one-sided) = judgement of CARICOM"))
# "The Ramform Tethys, a Bahamas-flagged seismic vessel ..." = narration with no source, no row.
# "There were 70 crew members aboard, and none was hurt." = narration, no row.
U(d, "Guyana's Foreign Minister Carl Greenidge said in a televised address", "the lives of the crew in danger.",
  ("Guyana", C, neg, "Venezuela", "minister speaks for Guyana; 'trespass' that endangered lives = judgement without the stock words"))
U(d, "Greenidge said Exxon had alerted his ministry", "before the warships arrived.",
  ("Guyana", N, neu, "", "reported clause 'X said Y had ...': only Guyana's statement (facts); Exxon is mentioned, not a speaker"))
U(d, "His ministry later said it had handed a formal protest note", "what their nationals had been through.",
  ("Guyana", C, neg, "Venezuela", "'his ministry' = Guyana; formal protest note + taking it to the UN = measure in protest"))
# "Caracas tells a different story." = summary line, no row.
U(d, "In a communique read on state television on Sunday, the Venezuelan foreign ministry said", "instructed them to leave.",
  ("Venezuela", N, neu, "", "own navy's act reported as routine, no judgement of anyone = neutral"))
U(d, "The ministry said Guyana had no standing to license work", "have yet to settle.",
  ("Venezuela", C, neg, "Guyana", "'the ministry' carried from the previous sentence; accuses Georgetown"))
U(d, "Foreign Minister Jorge Arreaza wrote on Twitter on Monday", "have not disputed.",
  ("Venezuela", N, pos, "", "reassurance about own conduct = neutral, positive tone; the trailing clause about Guyanese officials is the outlet's narration (no Guyana row)"))
U(d, "Arreaza also proposed that technical teams from the two governments meet", "the ministry said.",
  ("Venezuela", T, neu, "Guyana", "offer of talks with an attribution tail"))
U(d, "Greenidge was quoted by the state-owned Guyana Chronicle as saying", "to buy Caracas time.",
  ("Guyana", C, neg, "Venezuela", "'was quoted ... as saying' (second-hand attribution); refusal of the talks format in protest, grievance stated"))
U(d, "President David Granger told the Guyana Defence Force to step up patrols", "Ministry of the Presidency.",
  ("Guyana", N, neu, "", "own defensive measure, no one named or judged; 'according to a statement from' (unsure: could be read as a deterrent warning)"))
U(d, "Venezuelan Defence Minister Vladimir Padrino Lopez, in remarks carried by the state broadcaster VTV", "carried out by the book.",
  ("Venezuela", N, pos, "", "'in remarks carried by the state broadcaster'; praise of own navy = self-praise, neutral stance"))
U(d, "Padrino said any vessel that returned to the area", "in exactly the same way.",
  ("Venezuela", C, neg, "", "threat of a repeat response; aimed at 'any vessel', no named actor -> target empty"))
U(d, "The U.S. State Department said in a statement on Sunday", "over Guyana's licences.",
  ("United States", C, neg, "Venezuela", "'harass' + denial of Caracas's standing = judgement; the backing of Guyana is secondary (rule 1)"))
U(d, "It urged the Venezuelan government to keep to the law of the sea", "in peace.",
  ("United States", T, neg, "Venezuela", "'It' = the State Department; demand addressed to one side, no judgement word = calling_for_talks"))
U(d, "In a reply carried by the state news agency AVN, the Venezuelan foreign ministry said it rejected outright", "on behalf of an oil company.",
  ("Venezuela", C, neg, "United States", "rejects US statement as meddling = judgement of the US; the agency is not an actor"))
# "The Dec. 22 incident was the most serious at sea ..." and "Venezuela claims some two-thirds ..." = background narration, no row.
U(d, "In a statement issued on Thursday by its chairman, Jamaican Prime Minister Andrew Holness", "hostage to intimidation.",
  ("CARICOM", C, neg, "Venezuela", "the chair issuing the bloc's statement speaks for CARICOM (guide); judgement without stock words"))
U(d, "The bloc said Guyana could count on every member of the community", "onshore and off.",
  ("CARICOM", S, pos, "Guyana", "'the bloc' = CARICOM; solidarity with Guyana"))
U(d, "Arreaza said on Friday that Venezuela still counted the Caribbean governments among its friends", "speaking to both capitals.",
  ("Venezuela", T, neu, "CARICOM", "a hope for consultation of both sides = calling_for_talks (hopes -> talks); the implied reproach carries no judgement word (unsure: could be condemning)"))
U(d, "The Bahamas, whose flag the vessel flies, said through its foreign ministry", "once the facts were clear.",
  ("Bahamas", N, neu, "", "flag state gathering facts, a procedure"))
U(d, "In Georgetown, opposition leader Bharrat Jagdeo of the People's Progressive Party/Civic said", "backed the protest to Caracas.",
  ("People's Progressive Party/Civic", S, pos, "Guyana", "opposition party backing its government's protest"))
U(d, "At the United Nations, a spokesman for Secretary-General Antonio Guterres said", "peaceful means open to them.",
  ("United Nations", T, neu, "", "unnamed spokesman of a named body = UN; appeal to both, no judgement"))
U(d, "Britain's minister for the Americas, Alan Duncan, said on Twitter", "partners in the region.",
  ("United Kingdom", N, neg, "", "concern with no appeal = neutral, negative tone"))
U(d, "Exxon said its survey in the western corner of the Stabroek Block was on hold", "no date for a restart.",
  ("ExxonMobil", N, neu, "", "company's plan and facts; one sentence with a semicolon"))
U(d, "PGS spokesman Bard Stenberg said the ship's paperwork from Georgetown was in order", "another part of the block.",
  ("Petroleum Geo-Services", N, neu, "", "ship owner's facts (new actor, organisation)"))
# "Exxon and its partners have announced ten discoveries ..." = background narration, no row.
U(d, "\"Sending warships at a licensed ship 140 km from the equidistance line", "in Port of Spain.",
  ("Marisol Arciniegas", C, neg, "Venezuela", "invented independent lawyer, quote before the name; judgement of the navy's act"))
U(d, "She said the sensible course for both governments was to let the court in The Hague decide", "into a shooting incident.",
  ("Marisol Arciniegas", T, neu, "", "pronoun subject; appeal for a court ruling and a navy hotline"))
U(d, "Devon Persaud, a former Guyanese ambassador to Brazil, said he expected more encounters", "into their plans.",
  ("Devon Persaud", N, neu, "", "former official = independent person (invented); forecast, no judgement"))
