# ---------------------------------------------------------------- Idomeni tear gas (Greek national daily scraped as text, 2016-04-11)
d = "page_greece_idomeni_teargas2016_dailyscrape.txt"
# Not statements: masthead, date and weather, menu, login, section, headline, byline, update line, share prompts, photo
# captions with credits, ADVERTISEMENT, crossheads ("Skopje's version", "What the doctors saw", "Politicians react",
# "Calls for calm"), tags, Related, MOST READ, comments box, footer. Left without a row: "The trouble began on Sunday morning
# ..." and "Some pulled at the wire ..." (narration); "Back in the camp on Monday, people queued ..." (scene).
U(d, "The government on Monday condemned the use of tear gas", "clashes at the border fence.",
  ("Greece", C, neg, "North Macedonia", "'the government' (Greek paper) = Greece; FYROM = North Macedonia (alias added); the 'medical charities' of the second clause are unnamed here (named later), so no row for them"))
U(d, "Government spokeswoman Olga Gerovasili said the force used from the other side of the fence", "from any neighbour.",
  ("Greece", C, neg, "North Macedonia", "'out of all proportion' + 'would not accept such conduct'; the neighbour is implied by context"))
U(d, "\"What we saw yesterday was not border management.", "at her regular briefing.",
  ("Greece", C, neg, "North Macedonia", "quote over three sentences; 'firing of chemicals into a camp' = accusation"))
U(d, "She said the government had asked the European Commission to look into the incident", "EU interior ministers.",
  ("Greece", T, neg, "", "asks the Commission to look into it = request for an inquiry through the EU, no judgement word (as investigation requests in labels/pages) (unsure: a protest step, could be condemning North Macedonia)"))
U(d, "The Interior Ministry in Skopje said in a statement that some 3,000 migrants", "only to stop the crowd.",
  ("North Macedonia", C, neg, "", "Skopje = metonym; accuses the migrants of forcing their way in (not an actor -> target empty) and defends its own force"))
U(d, "The ministry also said Greek officers had stood by while the crowd massed", "letting it happen.",
  ("North Macedonia", C, neg, "Greece", "accusation aimed at Greece's police"))
U(d, "It denied that its officers had fired rubber bullets", "by the migrants themselves.",
  ("North Macedonia", N, neg, "", "denial -> neutral, negative"))
U(d, "In Skopje, President Gjorge Ivanov said his country had been left to guard Europe's border on its own", "kept their borders shut.",
  ("North Macedonia", C, neg, "European Union", "'left to guard Europe's border on its own' = blame on the EU; Skopje = place here (unsure: could be neutral, policy stated)"))
U(d, "A Greek police spokesman said officers had deliberately stayed back", "inside Greek territory.",
  ("Greece", N, neu, "", "police = Greece; explains its own conduct, answers the accusation without a judgement"))
U(d, "Medecins Sans Frontieres said its medics had seen roughly 300 patients", "police had hit them.",
  ("Médecins Sans Frontières", N, neg, "", "spelling without accents is an alias; figures; the blows are reported without a judgement word (police named but no accusation phrased)"))
U(d, "\"There is no justification for firing gas canisters into an area where children are sleeping.", "field coordinator in Idomeni said.",
  ("Médecins Sans Frontières", C, neg, "North Macedonia", "unnamed official of a named body speaks for it; 'no justification' = judgement; quote over two sentences"))
U(d, "Doctors of the World said several of the canisters had come down among the family tents", "by early afternoon.",
  ("Médecins du Monde", C, neg, "North Macedonia", "new actor (alias Doctors of the World); describing gas falling among family tents far from the fence = accusation by describing attacks on civilians (guide rule 4) (unsure: could be neutral, facts)"))
U(d, "President Prokopis Pavlopoulos, receiving Portuguese Prime Minister Antonio Costa in Athens on Monday, said", "it wanted to share.",
  ("Greece", C, neg, "North Macedonia", "head of state; 'shamed the whole of Europe' + the candidate country should respect the rules = judgement aimed at Skopje; Costa is an object here"))
U(d, "Costa said Portugal stood by Greece in carrying a burden", "EU relocation scheme.",
  ("Portugal", S, pos, "Greece", "solidarity + offer to take refugees; 'should have been shared by the whole Union' is a side remark"))
U(d, "Alternate Minister for Migration Policy Yannis Mouzalas accused unnamed groups", "bore responsibility for the injuries.",
  ("Greece", C, neg, "", "accuses unnamed groups = holds them responsible; no canonical target"))
U(d, "Mouzalas urged the roughly 11,000 people at Idomeni to move to the organised camps", "medical care.",
  ("Greece", T, pos, "", "appeal to leave the border for the camps = de-escalation appeal to the refugees (unsure: could be neutral, a plan)"))
U(d, "The main opposition New Democracy party said the government had lost control", "its own hesitation.",
  ("New Democracy", C, neg, "Greece", "opposition blames the government"))
U(d, "The UN refugee agency, UNHCR, said it was deeply worried by reports", "including children.",
  ("UNHCR", N, neg, "", "concern without an appeal -> neutral, negative"))
U(d, "A UNHCR spokesman in Athens urged everyone at the border to show restraint", "raising false hopes.",
  ("UNHCR", T, neu, "", "restraint appeal to all + appeal not to trust rumours"))
U(d, "European Commission spokeswoman Natasha Bertaud told reporters in Brussels", "keep calm.",
  ("European Union", T, neu, "", "contacts with both capitals + appeal for calm to all sides"))
U(d, "The Macedonian Helsinki Committee, a human rights group, urged the police", "the law allows.",
  ("Macedonian Helsinki Committee", T, neu, "North Macedonia", "new actor; appeal to the police on its side to protect people and limit force, no judgement word"))
U(d, "A father of three from Aleppo said he had spent more than six weeks in a tent", "the border would open.",
  ("", N, neg, "", "unnamed refugee: kept as a stance example with an empty actor; counts for no actor"))
