from common import Page
P = Page("page_burundi_feruzi_killing2015_noonbriefing.txt")
DOC = P.doc
S = P.S
UN, B = "United Nations", "Burundi"
ROWS = [
(S("As you will have seen, on Sunday we issued a statement"), UN, "condemning", "negative", "", "the Spokesman recalls the SG's statement; killers unknown -> target empty"),
(S("He also condemned the grenade attack"), UN, "condemning", "negative", "", "'He' = the SG; attackers unknown -> target empty; the toll is part of the condemned act"),
(S("The Secretary-General calls on the Burundian authorities"), UN, "calling_for_talks", "neutral", B, "demand for an investigation, no judgement word (labels/README)"),
(S("He urges all Burundians, and in particular"), UN, "calling_for_talks", "neutral", "", "appeal against violence and for dialogue; AU, EAC and ICGLR named as co-facilitators of an ongoing process (background, no row of their own)"),
(S("The Special Envoy has been in contact"), UN, "calling_for_talks", "neutral", "", "Djinnit = UN; contacts with all sides to keep the dialogue going"),
(S("He has taken note of the announcement by opposition parties"), UN, "calling_for_talks", "neutral", "", "notes the pull-out without judgement and encourages a return to the table"),
(S("He has taken note of the announcement by opposition parties"), "", "neutral", "negative", "", "the pull-out by unnamed 'opposition parties and civil society groups' (no named actor): withdrawal from talks, no grievance stated in this sentence"),
(S("The Special Envoy will travel to Dar es Salaam"), UN, "neutral", "neutral", "", "travel plan; the EAC summit is listed in narrative, not a statement of the EAC"),
(S("the UN refugee agency, UNHCR, says that more than 110,000"), "UNHCR", "neutral", "neutral", "", "figures; UNHCR is its own canonical actor"),
(S("The World Health Organization reports that the cholera"), "World Health Organization", "neutral", "neutral", "", "toll and trend given by WHO: neutral in tone"),
(S("UNHCR and its partners are continuing to move refugees"), "UNHCR", "supporting", "neutral", "", "assistance provided to refugees (not an actor) -> target empty"),
(S("The humanitarian community is asking donors"), "", "calling_for_talks", "negative", "", "'the humanitarian community' is not a named body -> empty actor; appeal for funds = asking for help"),
(S("Turning to Nepal, one month after the earthquake"), UN, "neutral", "negative", "", "OCHA = United Nations; facts + concern about the monsoon, no appeal"),
(S("Agathon Rwasa said yesterday that the men who shot Feruzi"), "Amizero y'Abarundi", "condemning", "negative", B, "journalist's question reporting Rwasa's position (labels/README, 27th session); Rwasa led the Amizero y'Abarundi coalition in the 2015 elections; presidential guard = Burundi's forces"),
(S("The President's communications adviser, Willy Nyamitwe"), B, "neutral", "negative", "", "Willy Nyamitwe is an alias of Burundi; denial"),
(S("We don't have any information of our own", strip="Spokesman:"), UN, "neutral", "neutral", "", "transcript unit starts after the speaker label; declines to attribute"),
(S("That is precisely why it is so important that there be an investigation"), UN, "calling_for_talks", "neutral", B, "demand for a credible investigation addressed to the authorities"),
(S("Frédéric Bamvuginyumvira of the FRODEBU party"), "Front for Democracy in Burundi", "condemning", "negative", B, "question reporting his position; refuses talks with a grievance (its members being buried) = condemning (labels/README: refusal in protest); unsure: the killing is implied, not stated"),
(S("We understand the anger and the grief"), UN, "neutral", "negative", "", "empathy, no judgement or appeal"),
(S("But talking is still the only road out of this crisis"), UN, "calling_for_talks", "neutral", "", "political solution + bringing the parties back to the table"),
(S("The African Union Commission chairperson said at the weekend"), "African Union", "condemning", "negative", "", "Dlamini-Zuma (AU Commission chair) reported in a question: condemnation + inquiry demand -> rule 1; killers unknown -> target empty"),
(S("The Secretary-General has been very clear that elections need", strip="Spokesman:"), UN, "calling_for_talks", "negative", "", "peaceful, inclusive, credible elections as a condition = appeal; 'under great strain' = negative tone"),
(S("It is for the Burundians and for the leaders of the region"), UN, "calling_for_talks", "positive", "", "hope that the summit brings consensus"),
(S("The Foreign Minister, Alain Aimé Nyamitwe, said on Monday"), B, "condemning", "negative", "", "rejects outside pressure and accuses advocates of delay of comforting the coup plotters; several unnamed targets -> empty"),
(S("I'm not going to get into a back-and-forth with a Member State."), UN, "neutral", "neutral", "", "declines to respond, no appeal in this sentence"),
(S("What matters right now is to bring down the temperature"), UN, "calling_for_talks", "neutral", "", "de-escalation appeal to everyone, Government included"),
(S("Belgium and the Netherlands have suspended part of their support", strip="Question:"), "Belgium", "condemning", "negative", B, "suspending support for the electoral process = a measure taken in protest (unsure: no grievance stated, could be neutral)"),
(S("Belgium and the Netherlands have suspended part of their support", strip="Question:"), "Netherlands", "condemning", "negative", B, "as for Belgium: one row per listed state"),
(S("Belgium and the Netherlands have suspended part of their support", strip="Question:"), "United States", "condemning", "negative", B, "State Department: condemned the killing and blamed the third-term bid -> target Burundi"),
(S("Our electoral assistance is there to support a credible process"), UN, "neutral", "neutral", "", "keeps its assistance under review: procedure"),
(S("The Tanzanian authorities have asked for additional support", strip="Spokesman:"), "Tanzania", "calling_for_talks", "neutral", "", "asking for help = calling_for_talks (labels/README), not supporting"),
(S("The Tanzanian authorities have asked for additional support", strip="Spokesman:"), "UNICEF", "supporting", "neutral", "", "provides water and sanitation: aid"),
]
# Left without a row: greetings, "I will start with Burundi.", section heads, the journalists' questions themselves
# ("Does the UN have its own information...?", "Is the dialogue dead?", "What is your reaction to that?"),
# "No, I wouldn't say that." (a bare rebuttal), "I've seen the comments.", "The decisions of individual Member States
# are for them to explain." (no position), closing lines and the footer.
