# ------------------------------------------------------------------ Turkey-France row over Erdogan's remarks on Macron (wire copy, 2020-10-26)
d = "page_turkey_france_envoy_recall2020_wire.txt"
# Not statements: menu, timestamp, headline (carries Erdogan's boycott call), byline, the four bullets, crossheads, ADVERTISEMENT, credits, Related Coverage, tags, most read.
U(d, "Turkish President Tayyip Erdogan told Turks on Monday", "history of the two NATO allies.",
  ("Turkey", C, neg, "France", "dateline excluded; lede: boycott call = a taken response against France; the recall is narrated here (France's row is the next units)"))
U(d, "The row began on Saturday, when Erdogan told a party congress", "near Paris.",
  ("Turkey", C, neg, "France", "reported clause: only Erdogan's position is a statement (personal attack on Macron); Macron's vow is narrated background, no France row"))
U(d, "Macron's office answered within hours", "according to a statement seen by TEW.",
  ("France", C, neg, "Turkey", "presidency statement: 'insult' + demand to rethink = judgement"))
U(d, "An Elysee official, speaking on condition of anonymity, said ambassador Herve Magro", "discuss the relationship.",
  ("France", C, neg, "Turkey", "unnamed official of a named government; recall of the ambassador = expulsion-type measure (condemning)"))
U(d, "\"Turkey's president never picked up the phone", "the official told reporters.",
  ("France", C, neg, "Turkey", "multi-sentence quote closed by the speaker; reproach without a stock word"))
U(d, "In Ankara on Monday, Erdogan returned to the theme", "find no buyers in Turkey.",
  ("Turkey", C, neg, "France", "boycott call = a response against France"))
U(d, "\"Do not give your money to French brands.", "hostility towards Muslims.",
  ("Turkey", C, neg, "", "quote + accusation of European leaders (several actors -> target empty)"))
U(d, "French Foreign Minister Jean-Yves Le Drian said in a written statement", "pledged to defend one another.",
  ("France", C, neg, "Turkey", "accusation of an insult campaign; judgement without a stock word"))
U(d, "Le Drian added that the boycott appeals", "had to end without delay.",
  ("France", C, neg, "", "surname only; judgement of the boycott campaign (several capitals -> target empty)"))
U(d, "The French foreign ministry also advised its citizens", "a travel notice posted on its website showed.",
  ("France", N, neu, "", "travel advice = procedure, no judgement"))
U(d, "In Berlin, government spokesman Steffen Seibert said Chancellor Angela Merkel", "killed for doing his job.",
  ("Germany", C, neg, "Turkey", "spokesman reports the chancellor's view; judgement of Erdogan's words"))
U(d, "Dutch Prime Minister Mark Rutte wrote on Twitter", "further apart.",
  ("Netherlands", C, neg, "Turkey", "support for France + judgement of Turkey's comments: the judgement decides (rule 1)"))
U(d, "Greek Prime Minister Kyriakos Mitsotakis called Macron", "deepen divisions.",
  ("Greece", C, neg, "Turkey", "solidarity call (act) + judgement on personal attacks, via his office: rule 1 (unsure: the judgement is veiled, could be supporting France)"))
U(d, "Italy's Prime Minister Giuseppe Conte said name-calling", "backing for the French president.",
  ("Italy", C, neg, "Turkey", "criticism of the insults + backing of Macron; judgement decides"))
U(d, "EU foreign policy chief Josep Borrell described", "doing neither side any good.",
  ("European Union", C, neg, "Turkey", "'out of bounds' + appeal to halt escalation: rule 1"))
U(d, "Presidential spokesman Ibrahim Kalin rejected the French complaints", "when it happened.",
  ("Turkey", N, neg, "", "denial that Turkey failed to condemn the killing = neutral, negative"))
U(d, "Kalin said it was Macron who had chosen to insult the faith", "tying Islam to terrorism.",
  ("Turkey", C, neg, "France", "surname only; counter-accusation"))
U(d, "Turkey's communications director Fahrettin Altun was quoted", "before lecturing Ankara.",
  ("Turkey", C, neg, "European Union", "'was quoted by ... as saying'; reproach of Europe's leaders (European Union as the bloc's leaders; unsure: could be target empty)"))
U(d, "Foreign Minister Mevlut Cavusoglu, in remarks carried by Anadolu", "\"Muslims are made a target\".",
  ("Turkey", C, neg, "France", "wish for good relations + veiled accusation; the accusation decides"))
U(d, "Beyond Europe, Pakistan's foreign ministry summoned the French ambassador", "accused Macron of attacking Islam.",
  ("Pakistan", C, neg, "France", "summons in protest + the prime minister's accusation; both Pakistan, one row"))
U(d, "Iran's foreign ministry summoned France's charge d'affaires", "nothing to do with liberty.",
  ("Iran", C, neg, "France", "summons + Zarif's judgement; one row"))
U(d, "Jordan's foreign ministry said it rejected the continued publication", "rejection of violence in any form.",
  ("Jordan", C, neg, "", "'rejected' the cartoons' publication = judgement (rule 1 over the rejection of violence); aimed at publishers, not a state -> target empty"))
U(d, "The Kuwaiti foreign ministry voiced its hope that France would avoid steps", "the official KUNA news agency reported.",
  ("Kuwait", T, neu, "France", "hope addressed to France, no judgement word = calling_for_talks; KUNA reporting is not an actor"))
# "Several supermarket chains in Kuwait and Qatar took French products off their shelves ..." = acts of private chains, not of states: no row.
U(d, "The Paris-based Arab World Institute said in a statement", "between France and the Muslim world.",
  ("Arab World Institute", T, neg, "", "sadness + hope for dialogue = calling_for_talks (new actor, organisation)"))
# "The row comes after a summer of clashes ..." = background, no row.
U(d, "\"Both leaders gain at home from this fight", "director of the Istanbul Foreign Affairs Forum.",
  ("Sinan Ertugrul", N, neg, "", "invented analyst; assessment, no judgement or appeal"))
U(d, "Ertugrul said Ankara had misjudged how quickly", "more than France.",
  ("Sinan Ertugrul", C, neg, "Turkey", "surname only; 'misjudged' = negative judgement of Ankara's choice (unsure: could be neutral assessment)"))
U(d, "Aurelie Vasseur, a senior fellow", "how far trust had collapsed.",
  ("Aurelie Vasseur", N, neg, "", "invented analyst; reading of the recall, no judgement"))
U(d, "\"NATO allies are supposed to settle their differences", "she said.",
  ("Aurelie Vasseur", T, neu, "", "appeal for a quiet channel between both capitals"))
