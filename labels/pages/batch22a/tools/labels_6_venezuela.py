# ------------------------------------------------------------------ Venezuela's disputed April 2013 election and the recount row (Latin American news site, scraped, 2013-04-26)
d = "page_venezuela_recount_latamsite.txt"
# Not statements: site name, city bar, language bar, menu, section, headline, standfirst, byline, date, reading time, share bar,
# Advertisement, [Photo n/5] captions with credits, crossheads, "Related:", newsletter prompt, tags, most read, comments, footer.
U(d, "Venezuelan opposition leader Henrique Capriles said on Thursday he would ask the Supreme Court", "narrow victory.",
  ("Democratic Unity Roundtable", C, neg, "Venezuela", "dateline 'CARACAS - ' excluded; Capriles = the MUD's candidate (party/coalition actor); court challenge + judgement of the audit; the CNE = Venezuela (name files)"))
U(d, "\"A review that counts machines but not voters is worth nothing to us.", "a local television channel.",
  ("Democratic Unity Roundtable", C, neg, "Venezuela", "multi-sentence quote closed by its speaker; refusal of the audit format in protest, grievance stated = condemning"))
U(d, "He said the coalition's lawyers would file the challenge within days", "any confrontation.",
  ("Democratic Unity Roundtable", T, neu, "", "pronoun subject; a plan + appeal for peaceful protest and no confrontation: the appeal decides (no judgement)"))
U(d, "The CNE, headed by Tibisay Lucena, declared Maduro the winner", "almost 15 million cast.",
  ("Venezuela", N, neu, "", "electoral council's official figures = facts"))
U(d, "On April 18, hours before Maduro's inauguration, Lucena said the council would extend", "could not be reversed.",
  ("Venezuela", N, neu, "", "procedure + 'not a recount': no judgement"))
U(d, "Maduro, the political heir of the late President Hugo Chávez, has accused Capriles", "nine people were killed.",
  ("Venezuela", C, neg, "Democratic Unity Roundtable", "accusation; the toll is the government's (inside the same sentence)"))
U(d, "\"Whoever takes the road of violence will meet the full weight of the law", "nothing left to discuss.",
  ("Venezuela", C, neg, "", "threat addressed to 'whoever' (no named side) -> target empty; quote closed by the speaker + attribution tail"))
U(d, "Attorney General Luisa Ortega Díaz said her office had opened investigations", "party offices.",
  ("Venezuela", N, neu, "", "procedure and facts, no culprit named: facts given by an actor = neutral tone"))
U(d, "In the National Assembly, its president Diosdado Cabello has barred opposition deputies", "as head of state.",
  ("Venezuela", C, neg, "Democratic Unity Roundtable", "measure against the opposition (act reported as done); 'its president' = the Assembly's"))
# "The United States is among the few governments ... not recognised ..." = summary line, no row.
U(d, "Secretary of State John Kerry told a House committee on April 17", "whether to accept the result.",
  ("United States", T, neu, "", "a full count as the way to settle doubts = appeal for a procedure, no judgement (as batch5c's demands for an inquiry); withholding recognition stated as undecided"))
U(d, "State Department deputy spokesman Patrick Ventrell said on Tuesday", "while it was carried out.",
  ("United States", T, neu, "", "welcome + appeal against violence, no judgement: rule 2 before rule 3"))
# "The remarks drew a sharp answer from Caracas." = summary line, no row.
U(d, "Foreign Minister Elías Jaua said the United States had no moral standing", "with a court order.\"",
  ("Venezuela", C, neg, "United States", "judgement without a stock word; quote ends the unit after the attribution"))
U(d, "Bolivian President Evo Morales went further", "would not accept it.",
  ("Bolivia", C, neg, "United States", "head of state speaking for Bolivia (the name files list Morales under his party; as president he is Bolivia); accusation of meddling"))
# "Spain found itself in a brief dispute of its own." = summary line, no row.
U(d, "On April 15 Foreign Minister José Manuel García-Margallo said a recount", "tension in Venezuela.",
  ("Spain", T, neu, "", "recount as a way to ease tension = calling_for_talks"))
U(d, "Jaua summoned the Spanish ambassador in Caracas the next day", "its internal affairs.",
  ("Venezuela", C, neg, "Spain", "summons + warning = condemning; Caracas = place"))
U(d, "Three days later the Spanish government said it respected the decisions", "questioned the result.",
  ("Spain", S, pos, "Venezuela", "recognition and readiness to work with the new president = backing; the denial is secondary"))
U(d, "In a declaration issued after an emergency summit in Lima", "on his election.",
  ("Union of South American Nations", S, pos, "Venezuela", "congratulations = recognising Maduro as the winner (backing by act); Lima = place"))
U(d, "The leaders said they were pleased the council had agreed to extend its checks", "off the streets.",
  ("Union of South American Nations", T, neu, "", "welcome + appeal to both sides to accept results and avoid violence: rule 2 before rule 3"))
U(d, "Brazil, Argentina and Cuba had already recognised Maduro's victory", "his swearing-in.",
  ("Brazil", S, pos, "Venezuela", "list of three states: one row each; recognition = backing by act"),
  ("Argentina", S, pos, "Venezuela", "same sentence"),
  ("Cuba", S, pos, "Venezuela", "same sentence"))
U(d, "Russian President Vladimir Putin and Chinese President Xi Jinping also sent messages", "of congratulation.",
  ("Russia", S, pos, "Venezuela", "congratulations = supporting"),
  ("China", S, pos, "Venezuela", "same sentence, second state"))
U(d, "OAS Secretary General José Miguel Insulza said the audit was a sensible way forward", "deeply divided country.",
  ("Organization of American States", T, pos, "", "approval of the audit + hope for calm: rule 2 before rule 3"))
U(d, "A spokesman for EU foreign policy chief Catherine Ashton said", "through dialogue.",
  ("European Union", T, neu, "", "noting results + encouraging dialogue"))
U(d, "The Democratic Unity Roundtable (MUD), the coalition that backed Capriles, says its witnesses recorded", "in the name of the dead.",
  ("Democratic Unity Roundtable", C, neg, "", "figures that are themselves accusations of fraud and intimidation (unsure: could be neutral figures); no actor named -> target empty"))
U(d, "Its executive secretary, Ramón Guillermo Aveledo, said the evidence would be presented", "own tally sheets.",
  ("Democratic Unity Roundtable", N, neu, "", "plan and procedure"))
U(d, "Capriles himself has acknowledged that the court", "to international bodies.",
  ("Democratic Unity Roundtable", N, neg, "", "assessment of the court's odds + plan; 'appointed by a Chavista majority' is the outlet's narration"))
U(d, "\"The institutions are in the government's hands", "without changing the result.",
  ("Mariela Quintero", N, neu, "", "independent scholar (invented), named in the attribution after the quote; forecast, no judgement"))
U(d, "Quintero said the bigger danger was economic:", "lost its central figure.\"",
  ("Mariela Quintero", N, neg, "", "risk assessment; quote opened after a colon"))
U(d, "Rafael Ocando, a former Venezuelan diplomat who now runs a consultancy in Panama", "the legitimacy he needed.\"",
  ("Rafael Ocando", C, neg, "Venezuela", "former official = independent person (invented); explicit judgement of the council and the government"))
U(d, "He said both sides should sit down with a neutral facilitator", "into the same room.\"",
  ("Rafael Ocando", T, neg, "", "appeal for mediated talks; pronoun subject; quote opened after 'adding:'"))
# The Petare street vendor is not an actor (no row). Reader comments are not statements.
