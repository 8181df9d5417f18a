"""Hand labels for page_canada_lobsterdispute_pubnico2020_liveblog.html (visible article text)."""
DOC = "page_canada_lobsterdispute_pubnico2020_liveblog.html"
ROWS = [
# 8:15 p.m.
("""Conservative Leader Erin O'Toole said in a statement that the Trudeau government had failed for weeks to take the concrete steps needed to keep people in southwest Nova Scotia safe.""",
 "Conservative Party of Canada", "condemning", "negative", "Canada", "opposition leader speaks for his party (alias added); judgement of the federal government"),
(""""The Prime Minister has known since September that this was heading toward violence. His ministers issued statements while the situation got worse, and now a building has been burned to the ground," O'Toole said.""",
 "Conservative Party of Canada", "condemning", "negative", "Canada", "quote of two sentences closed by its speaker = one unit"),
("""He urged Fisheries Minister Bernadette Jordan to sit down without delay with the Mi'kmaq and with commercial harvesters to settle what a moderate livelihood means in practice.""",
 "Conservative Party of Canada", "calling_for_talks", "neutral", "Canada", "'He' = O'Toole; appeal for negotiations addressed to the minister (Canada); Jordan is the addressee, not the speaker"),
# 7:05 p.m. (embedded post)
("""Mi'kmaw fishers are being terrorized for exercising a right the Supreme Court confirmed 21 years ago.""",
 "New Democratic Party", "condemning", "negative", "", "embedded post by the NDP leader (party alias); accusation against the attackers, who are not an actor"),
("""This is racism, and the federal government has a duty to protect them.""",
 "New Democratic Party", "condemning", "negative", "", "'racism' = explicit judgement of the attacks (rule 1, even with the appeal to Ottawa); several addressees, no target"),
("""Enough talk from the Prime Minister: it is time to act.""",
 "New Democratic Party", "condemning", "negative", "Canada", "rebuke of the Prime Minister's inaction (unsure: could be read as a demand, calling_for_talks)"),
# 6:20 p.m.
("""Colin Sproul, president of the Bay of Fundy Inshore Fishermen's Association, said the destruction of the pound was wrong and that nobody in his organization supported it.""",
 "Bay of Fundy Inshore Fishermen's Association", "condemning", "negative", "", "commercial fishermen's association (new actor) condemns the arson; perpetrators unknown, no target"),
(""""Burning a building does nothing for our members and nothing for conservation. Whoever did this should face the courts," Sproul told the Beacon by phone from Digby County.""",
 "Bay of Fundy Inshore Fishermen's Association", "condemning", "negative", "", "surname only; judgement + call for prosecution of unknown perpetrators"),
("""He said, however, that commercial harvesters still wanted the Department of Fisheries and Oceans to stop any lobster fishing outside the regulated season until Ottawa and the Mi'kmaq agreed on how the treaty right would be managed.""",
 "Bay of Fundy Inshore Fishermen's Association", "condemning", "negative", "Sipekne'katik First Nation", "call on the federal department to shut the out-of-season Mi'kmaw fishery = a call for measures against it, like a call for sanctions (unsure: the 'until ... agreed' clause could make it calling_for_talks); Ottawa = the federal government here"),
# 5:10 p.m.
("""Perry Bellegarde, national chief of the Assembly of First Nations, said the attacks on Mi'kmaw fishers were driven by racism and that Canadians should be ashamed that people exercising a constitutionally protected right needed police protection to bring in their catch.""",
 "Assembly of First Nations", "condemning", "negative", "", "explicit judgement ('racism', 'ashamed') of the attacks; no single actor targeted"),
("""Bellegarde called on the federal government to recognize the Sipekne'katik fishery and to negotiate its management directly with the Mi'kmaw nations rather than through the commercial industry.""",
 "Assembly of First Nations", "calling_for_talks", "neutral", "Canada", "appeal for negotiations addressed to Ottawa"),
("""He said First Nations across the country stood with Sipekne'katik and would help its fishers in any way they could.""",
 "Assembly of First Nations", "supporting", "positive", "Sipekne'katik First Nation", "'He' = Bellegarde; solidarity + offer of help"),
# 3:45 p.m.
("""Public Safety Minister Bill Blair said that additional RCMP officers requested by the province had begun arriving in the region and that more would be deployed as needed.""",
 "Canada", "neutral", "neutral", "", "federal minister = Canada; own deployment reported"),
(""""Those responsible for the violence we have seen this week will be identified and they will be held accountable. People on both sides of this dispute have a right to be safe," Blair said.""",
 "Canada", "condemning", "negative", "", "threat of prosecution of the perpetrators (not an actor); the second sentence is reassurance"),
("""Blair also defended the RCMP's handling of Tuesday night's raids, saying officers on the ground had been badly outnumbered and had focused on separating the crowds and gathering evidence.""",
 "Canada", "neutral", "negative", "", "defence of its own police against criticism = denial-like, neutral with a negative tone"),
# 2:30 p.m.
("""Fisheries Minister Bernadette Jordan, who represents the South Shore–St Margarets riding, said intimidation and destruction of property had no place in the debate over the fishery.""",
 "Canada", "condemning", "negative", "", "'has no place' = judgement of the violence; no actor named"),
("""She said her department's talks with Sipekne'katik and other Mi'kmaw communities were continuing and that she remained committed to reaching an agreement that respects the treaty right and the conservation of lobster stocks.""",
 "Canada", "calling_for_talks", "positive", "Sipekne'katik First Nation", "commitment to ongoing negotiations"),
# 1:15 p.m. (embedded post)
("""What is happening in southwest Nova Scotia is unacceptable.""",
 "Canada", "condemning", "negative", "", "embedded post by the Prime Minister; 'unacceptable' aimed at the attacks, no actor named"),
("""Threats against Mi'kmaw fishers and the destruction of their property are crimes, and those behind them will face the law.""",
 "Canada", "condemning", "negative", "", "judgement + threat of prosecution"),
("""We will keep working with everyone involved toward a solution.""",
 "Canada", "calling_for_talks", "positive", "", "commitment to a negotiated solution with all parties"),
("""On Friday, Trudeau had told reporters in Ottawa that the situation was deeply troubling and asked for calm on the water and on the wharves.""",
 "Canada", "calling_for_talks", "negative", "", "concern + appeal for calm; Ottawa = place here"),
# 12:00 p.m.
("""Nova Scotia Premier Stephen McNeil said the fire was the act of people who had decided to take the law into their own hands, and that they would be treated as criminals.""",
 "Canada", "condemning", "negative", "", "provincial premier resolves to his state (README); judgement + threat against unknown perpetrators"),
("""McNeil, whose government asked Ottawa this week for more RCMP officers in the area, said the province would keep pressing the federal government to define what a moderate livelihood fishery looks like.""",
 "Canada", "neutral", "neutral", "", "province and federal government are the same actor (Canada): a request inside one state, no judgement (unsure)"),
# 10:30 a.m.
("""Chief Mike Sack of the Sipekne'katik First Nation said in an emailed statement that the pound belonged to a non-Indigenous buyer who had been working with his community's fishers.""",
 "Sipekne'katik First Nation", "neutral", "neutral", "", "First Nation (new actor, chief as alias); facts"),
(""""How many more buildings have to burn before Ottawa takes our safety seriously? Our people are being hunted on the water and on land for doing what the courts say we have every right to do," Sack said.""",
 "Sipekne'katik First Nation", "condemning", "negative", "Canada", "'Ottawa' here is the federal government, not a place; explicit reproach of its failure to protect + accusation against the attackers"),
("""He called on Prime Minister Justin Trudeau and the RCMP to send enough officers to the region to protect Mi'kmaw and non-Mi'kmaw people alike.""",
 "Sipekne'katik First Nation", "calling_for_talks", "negative", "Canada", "appeal for protection of civilians addressed to the federal government and its police (both Canada); Trudeau is addressed, not speaking"),
("""Sack said the band would not pull its fishery off the water, and that the community's boats would go out again as soon as the weather allowed.""",
 "Sipekne'katik First Nation", "neutral", "neutral", "", "own plan, no judgement"),
# 9:00 a.m.
("""The RCMP said in a news release that Yarmouth County officers and firefighters were called to the building on Highway 335 shortly after midnight and that the fire was being treated as suspicious.""",
 "Canada", "neutral", "neutral", "", "federal police = Canada; facts"),
("""Police said the building was empty at the time, but that a man had been taken to hospital in Halifax with life-threatening injuries they believe are related to the fire.""",
 "Canada", "neutral", "neutral", "", "'Police' = RCMP; facts"),
("""He is considered a person of interest, an RCMP spokesperson said.""",
 "Canada", "neutral", "neutral", "", "facts"),
# 7:45 a.m.
("""The Sipekne'katik First Nation launched its self-regulated fishery in St Marys Bay on September 17, citing the 1999 Supreme Court ruling in the Marshall case that affirmed a treaty right to fish for a moderate livelihood.""",
 "Sipekne'katik First Nation", "neutral", "neutral", "", "specific past act reported as done with its stated legal ground; no judgement (unsure: could be treated as background narration)"),
("""The RCMP said earlier this week that one man had been charged with assaulting Chief Mike Sack during Tuesday's confrontation.""",
 "Canada", "neutral", "neutral", "", "charge reported as a fact; Chief Mike Sack is the object, not a speaker"),
]
