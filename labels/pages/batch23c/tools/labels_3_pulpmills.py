# ------------------------------------------------------------------ Argentina takes Uruguay to the ICJ over the Fray Bentos pulp mills (South American site scraped, .txt, 2006-05-05)
d = "page_pulpmills_icj2006_sasite.txt"
# Not statements: skip link, menu, search box, breadcrumb, headline, time stamp, byline, share bar, photo lines with credits,
# ADVERTISEMENT, crossheads, comments counter, Related news, tags, Most read, newsletter prompt, copyright.
U(d, "Argentina formally took Uruguay to the International Court of Justice", "without first seeking its agreement.",
  ("Argentina", C, neg, "Uruguay", "legal action + accusation of breaching the treaty"))
U(d, "In its application, filed with the court's registry", "fishing and tourism on the Argentine shore.",
  ("Argentina", T, neg, "Uruguay", "demand (through the court) that Uruguay halt works, with a warning of harm but no judgement word (labels/README: demand to stop = calling_for_talks)"))
# "The two plants, being built by Finland's Botnia and Spain's ENCE ..." = background, no row.
U(d, "Speaking to a crowd of tens of thousands in Gualeguaychú", "\"because every other door was shut in our face.\"",
  ("Argentina", C, neg, "Uruguay", "blames Uruguay for shutting off other routes"))
U(d, "Kirchner said his government respected Uruguay's sovereignty", "a river that belongs to both.",
  ("Argentina", C, neg, "Uruguay", "'would never accept' Uruguay deciding alone = judgement (respect + rejection: judgement decides)"))
U(d, "He urged the protesters to keep their campaign peaceful", "\"whenever he wishes.\"",
  ("Argentina", T, pos, "Uruguay", "appeal for peaceful protest + open offer of a meeting with Vázquez; target = the party offered talks"))
U(d, "Foreign Minister Jorge Taiana told reporters in Buenos Aires", "between two friendly nations.",
  ("Argentina", T, neu, "", "failed talks noted + court as the peaceful place to settle, no judgement"))
U(d, "Entre Ríos Governor Jorge Busti, whose province faces the Botnia site", "\"a first victory for Gualeguaychú.\"",
  ("Argentina", C, neg, "", "provincial governor resolves to his state; judgement on the mills (Uruguay's permits and the companies' plants) -> target empty"))
U(d, "Cabinet Chief Alberto Fernández told a Buenos Aires radio station", "the right to protest.",
  ("Argentina", N, neu, "", "own policy on the blockades, no judgement or appeal"))
U(d, "In Montevideo, President Tabaré Vázquez said Uruguay would answer the case", "would continue.",
  ("Uruguay", N, neu, "", "will defend the case; works go on: stated position, no judgement"))
U(d, "Vázquez accused Buenos Aires of having tolerated for months", "cost Uruguay's tourism and exporters dearly.",
  ("Uruguay", C, neg, "Argentina", "accusation"))
U(d, "Foreign Minister Reinaldo Gargano said Uruguay had kept Argentina informed", "rejecting the charge that it had broken the treaty.",
  ("Uruguay", N, neg, "", "denial of the charge + reassurance about the technology = neutral, negative"))
U(d, "Uruguay will also ask a Mercosur tribunal to rule on the blockades", "free-transit rules require.",
  ("Uruguay", C, neg, "Argentina", "legal step + accusation of failing an obligation"))
U(d, "Jorge Larrañaga, leader of the opposition National Party", "pushed around by its larger neighbour.",
  ("National Party (Uruguay)", S, pos, "Uruguay", "opposition party backs the government (supporting); 'pushed around' hints at Argentina but the sentence is backing"))
U(d, "Botnia said in a statement that its mill would meet", "remained on schedule.",
  ("Botnia", N, pos, "", "company (new actor); reassurance about its own plant = neutral, positive tone"))
U(d, "In Helsinki, the Finnish Foreign Ministry said it had full confidence", "between two sovereign states.",
  ("Finland", S, pos, "Uruguay", "confidence in Uruguay's permits = approval of Uruguay's action (unsure: could be neutral)"))
U(d, "Finland would not take part in the proceedings in any form", "the ministry said.",
  ("Finland", N, neu, "", "declines a role, no reason of protest"))
U(d, "Brazilian Foreign Minister Celso Amorim said Brasília hoped", "offered to help if both asked.",
  ("Brazil", T, pos, "", "hope for settlement + offer of good offices"))
U(d, "The International Finance Corporation, the World Bank's private-sector arm", "combined impact was complete.",
  ("World Bank", N, neu, "", "IFC = World Bank group; procedure"))
U(d, "The Gualeguaychú Environmental Citizens' Assembly, which has led the bridge blockades", "stands in Fray Bentos.\"",
  ("Gualeguaychú Environmental Citizens' Assembly", C, neg, "Botnia", "welcome of the case + vow to keep protesting against the plant: welcome with a judgement/threat = condemning"))
U(d, "Martín Echeverry, a professor of international law", "impossible to repair.",
  ("Martín Echeverry", N, neu, "", "invented scholar; legal forecast"))
U(d, "\"Both governments let this become a matter of street pride", "Echeverry said.",
  ("Martín Echeverry", C, neg, "", "judgement on both governments -> target empty"))
U(d, "In Fray Bentos, Lucía Ferreyra, who runs a hardware shop", "our own side of the river.\"",
  ("Lucía Ferreyra", C, neg, "Argentina", "invented resident; charge of Argentine overreach"))
U(d, "Across the water, Hernán Salas, who runs river excursions", "since the plants went up.",
  ("Hernán Salas", N, neg, "", "invented boat operator; figures about his trade, no judgement"))
U(d, "Taiana said Argentina would abide by the court's decision", "whatever it turned out to be.",
  ("Argentina", N, pos, "", "commitment about own conduct (will abide by the ruling) = neutral, positive tone"))
U(d, "He said he still hoped to sit down with Kirchner", "\"talk as neighbours do.\"",
  ("Uruguay", T, pos, "Argentina", "'He' = Vázquez; hope for a meeting = calling_for_talks"))
U(d, "Greenpeace said it backed Argentina's decision to go to court", "cut the risk to the river.",
  ("Greenpeace", S, pos, "Argentina", "backing of Argentina's step + appeal to the companies; backing decides (no judgement word)"))
