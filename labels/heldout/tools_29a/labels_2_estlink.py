# ------------------------------------------------------------------ Estlink 2 cable damage and the Eagle S (Nordic/Baltic news site, full HTML, 2024-12-28)
d = "page_estlink_eagle_webpage.html"
# No rows: consent bar, weather strip, brand, tagline, nav, LATEST ticker, breadcrumbs, kicker, headline, standfirst,
# byline/time, share bar, captions, crossheads, ADVERTISEMENT, Also read, tags, newsletter, comments, Most read, footer.
U(d, "NATO will step up its military presence in the Baltic Sea", "off the Finnish coast.",
  ("NATO", S, pos, "Finland", "long lead: NATO's announced reinforcement after the call with Stubb = backing by act (a deterrent presence, not an operation against a named side); 'investigators in Helsinki' = place; the cable cut narrated"))
U(d, "Rutte wrote on X that Finland could count on the alliance", "did their work.",
  ("NATO", S, pos, "Finland", "surname only; solidarity with Finland"))
# No rows: "The Estlink 2 interconnector ..." paragraph (narration, passive damage report, no source).
U(d, "Finland's National Bureau of Investigation said on Friday", "missing one of its anchors.",
  ("Finland", N, neu, "", "police procedure and a fact; no culprit named"))
U(d, "\"Our working assumption is that the anchor did the damage", "told a news conference in Vantaa.",
  ("Finland", N, neu, "", "quote closed by its speaker (role after name: 'the bureau's director'); an open question about intent is not an accusation"))
U(d, "He said divers and an underwater drone would search", "questioned on board.",
  ("Finland", N, neu, "", "'He' = Lardot; investigative plan"))
U(d, "Finnish Customs said it had seized the vessel's cargo", "Russia's so-called shadow fleet.",
  ("Finland", C, neg, "Russia", "seizure for suspected sanctions breach = a measure, plus tying the ship to Russia's sanctions-dodging fleet (unsure: the seizure targets a cargo and a UAE-owned ship; could be neutral procedure)"))
U(d, "The Finnish Border Guard said a patrol vessel and a helicopter", "near the Porkkala peninsula.",
  ("Finland", N, neu, "", "own operation described, no judgement"))
# No row: the owner "did not respond to requests for comment".
U(d, "Prime Minister Petteri Orpo told reporters in Helsinki on Friday", "everyone around the Baltic.",
  ("Finland", N, neg, "", "explicitly stops short of blaming Russia; danger posed by 'tankers carrying Russian oil' = alarm without a judgement on an actor -> neutral, negative (unsure)"))
U(d, "He said Finland would press its EU partners for tougher measures", "around the Baltic Sea.",
  ("Finland", C, neg, "", "'He' = Orpo; pushing for tougher measures against the fleet = call for sanctions -> condemning; the fleet is not an actor -> target empty"))
U(d, "Stubb, who met the heads of the police and the border guard", "put them at risk.",
  ("Finland", C, neg, "", "surname only (role given in the lead); warning of action against any vessel = threatened response; no actor named"))
U(d, "Estonia's defence minister, Hanno Pevkur, said Estonian warships", "between the two countries.",
  ("Estonia", N, neu, "", "role then name; own protective deployment, no side named"))
U(d, "Prime Minister Kristen Michal, who chaired an emergency cabinet session", "as a standing deterrent.",
  ("Estonia", C, neg, "Russia", "accusation (shadow cargoes fund 'Moscow's campaign of sabotage') + appeal to NATO: rule 1; Moscow = metonym as object; Tallinn = place"))
U(d, "Michal said he would discuss with Rutte whether Estonia should ask", "call its partners to the table.",
  ("Estonia", N, neu, "", "possible Article 4 request as a plan, no appeal made yet (unsure: could be calling_for_talks)"))
U(d, "Interior Minister Lauri Läänemets said Tallinn fully backed the Finnish inquiry", "any time soon.",
  ("Estonia", S, pos, "Finland", "Tallinn = metonym for Estonia; backing Finland's investigation"))
U(d, "Foreign Minister Margus Tsahkna said damage to undersea infrastructure", "poor seamanship.",
  ("Estonia", N, neg, "", "suggests deliberate damage but names no culprit = assessment, neutral, negative"))
U(d, "The two grid operators, Fingrid in Finland and Elering in Estonia", "until the summer.",
  ("Fingrid", N, neu, "", "grid operator (company) as its own actor; supply status + repair estimate"),
  ("Elering", N, neu, "", "same sentence, second operator"))
# No row: "Condemnation and offers of support came in from across the region." (summary line).
U(d, "In a joint statement on Thursday, Kaja Kallas, the EU's top diplomat", "Russia's shadow fleet.",
  ("European Union", C, neg, "Russia", "High Representative + Commission joint statement = EU; warning + promised sanctions aimed at Russia's fleet"))
U(d, "It credited the Finnish authorities with acting fast", "could be stopped.",
  ("European Union", S, pos, "Finland", "'It' = the joint statement; praise of Finland's boarding"))
U(d, "Latvia and Lithuania, whose power grids are due to cut", "stood with Helsinki and Tallinn.",
  ("Latvia", S, pos, "", "two states in one sentence = two rows; Helsinki and Tallinn = metonyms as objects (two states -> target empty)"),
  ("Lithuania", S, pos, "", "same sentence, second state"))
# No row: "Moscow said little." (summary line before the specific statement).
U(d, "Asked about the seizure on Friday, Kremlin spokesman Dmitry Peskov", "not the right place to answer.",
  ("Russia", N, neu, "", "declines to comment = neutral"))
# No rows: "Russian officials have in the past dismissed suggestions ..." (vague past background), the unnamed Helsinki researcher,
# the Porkkala fisherman, the Balticconnector background, the outlet's own request for footage.
U(d, "In Berlin, the foreign ministry said Germany, whose C-Lion1 data cable", "whatever help they asked for.",
  ("Germany", S, pos, "Finland", "Berlin = place here (the speaker is 'the foreign ministry'); offer of help to Finland's investigation = supporting"))
