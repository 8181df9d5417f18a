# ------------------------------------------------------------------ The LeBarón family ambush near Bavispe, Sonora (live blog, 2019-11-05)
d = "page_mexico_lebaron_ambush2019_liveblog.txt"
# Not statements: masthead, menu, LIVE UPDATES, headline, "Last updated", byline, the summary paragraph (narration with toll, no source),
# refresh/share line, time stamps, separators, ADVERTISEMENT, the 7:30 a.m. housekeeping post, Related, tags, sign-up prompt, most popular, copyright.
U(d, "The UN human rights office in Mexico condemned the killings", "still live in the area.",
  ("United Nations", C, neg, "", "OHCHR office = UN (name files); condemnation + appeal (rule 1); the killers are unnamed -> target empty"))
U(d, "Utah Sen. Mitt Romney, whose father was born in a Mormon colony in Chihuahua", "bring the killers to justice.",
  ("United States", S, pos, "Mexico", "a US senator speaks for the US (guide's Cardin example); backing Mexico with help = supporting (unsure: an appeal within the US)"))
U(d, "Chihuahua Gov. Javier Corral said state police had set up checkpoints", "Sonora and federal forces.",
  ("Mexico", N, neu, "", "state governor = Mexico (provincial officials resolve to their state); own measures"))
U(d, "Rosalind Jessop, who lives in La Mora and helped drive the wounded children", "for years.",
  ("Rosalind Jessop", N, neg, "", "invented witness; account of past requests, no judgement yet"))
U(d, "\"We did everything we were supposed to do, and nobody came until it was over,\" she said.", "she said.",
  ("Rosalind Jessop", C, neg, "Mexico", "judgement of the authorities' absence ('nobody came' = the security forces)"))
# "Relatives have told reporters that some of the children hid ..." = unnamed speakers, no row.
U(d, "White House press secretary Stephanie Grisham said the two presidents had spoken by phone", "Mexico needed.",
  ("United States", S, pos, "Mexico", "offer of assistance = supporting; the call itself is narration"))
U(d, "Arizona Gov. Doug Ducey said five of the wounded children were being treated in Tucson", "every resource the state has.",
  ("United States", S, pos, "", "US state governor = United States; care and help given to the families (backing by act), families are not an actor -> target empty"))
U(d, "López Obrador said on Twitter that he had thanked Trump for the offer", "stay in Mexican hands.",
  ("Mexico", S, pos, "United States", "thanks for the offer = approval; keeping the case in Mexican hands is no judgement of the US (unsure: could be neutral)"))
U(d, "Secretary of State Mike Pompeo said the State Department was giving the families every consular service", "held to account.",
  ("United States", C, neg, "", "consular help + promise to see the killers held to account = threatened response, aimed at unnamed killers (unsure: could be neutral)"))
U(d, "Ricardo Monreal, who leads the ruling Morena party in the Senate, said no request", "approved by the chamber.",
  ("Morena", N, neg, "", "the party's Senate leader speaks for Morena; refusal of a hypothetical request on sovereignty grounds, no judgement of anyone"))
U(d, "Mexico's opposition National Action Party said the massacre was the price of a security strategy", "appear before the Senate.",
  ("National Action Party", C, neg, "Mexico", "judgement of the government's strategy + demand"))
U(d, "Sonora Gov. Claudia Pavlovich said state prosecutors had detained a man near Agua Prieta", "link him to the ambush.",
  ("Mexico", N, neu, "", "governor = Mexico; facts and caution"))
U(d, "Pavlovich said she had asked the federal government to send more National Guard troops", "border municipalities.",
  ("Mexico", N, neu, "", "internal request for reinforcements = procedure"))
U(d, "In a further post, Trump said Mexico's cartels had grown strong enough", "get the job done fast.",
  ("United States", C, neg, "", "proposed military campaign against the cartels = announced/threatened operation; cartels unnamed -> target empty"))
U(d, "Security Secretary Alfonso Durazo later said eight children had survived", "raise the alarm.",
  ("Mexico", N, neu, "", "figures and facts"))
U(d, "In a statement, Mexico's Foreign Ministry offered its condolences", "people of the United States.",
  ("Mexico", S, neg, "United States", "condolences to the victims' country = sympathy/support (batch5c reading), grief tone"))
U(d, "Foreign Secretary Marcelo Ebrard said the ministry had been in touch with the U.S. Embassy", "helping the families.",
  ("Mexico", N, neu, "", "contacts and consular help = procedure"))
U(d, "At his morning news conference, President Andrés Manuel López Obrador said fighting the cartels was a matter", "it had failed.",
  ("Mexico", N, neg, "", "declining the US offer on sovereignty grounds; the judgement falls on past governments' strategy, not on an actor (unsure: could be read as condemning the US proposal)"))
U(d, "\"We are not going back to that,\" he said, adding that he would call Trump later in the day.", "later in the day.",
  ("Mexico", N, neu, "", "refusal of a war strategy + plan to call; no appeal to anyone"))
U(d, "López Obrador added that he had ordered army and National Guard units to the area", "no impunity.",
  ("Mexico", N, neu, "", "own deployment and a pledge; no named target"))
U(d, "Durazo, standing beside the president, said investigators were working on the theory", "contested territory.",
  ("Mexico", N, neu, "", "investigative hypothesis"))
U(d, "U.S. Ambassador Christopher Landau wrote on Twitter that he was heartbroken", "Mexican authorities.",
  ("United States", N, neg, "", "grief + contacts, no appeal or judgement"))
U(d, "President Donald Trump wrote on Twitter that the time had come for Mexico, with U.S. help, to go to war", "a call from López Obrador.",
  ("United States", C, neg, "", "call for a war on the cartels with US help = announced operation against another side; target empty (cartels not named)"))
U(d, "\"That road runs along a line that La Línea and the Sinaloa people fight over every week", "Northwest Security Observatory in Hermosillo.",
  ("Óscar Villaseñor", N, neu, "", "invented analyst, quote before the name; description of the terrain"))
U(d, "Villaseñor said sending U.S. troops would only make matters worse", "money flowing north.",
  ("Óscar Villaseñor", C, neg, "United States", "judgement of the proposed deployment + appeal (rule 1) (unsure: could be calling_for_talks)"))
