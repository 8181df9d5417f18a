# ------------------------------------------------------------------ Belarusian helicopters over Bialowieza (regional daily, scraped, 2023-08-02)
d = "page_bialowieza_helicopters_2023_regionaldaily.txt"
# Not statements: masthead, date/weather, menu, breadcrumb, headline (carries Poland's finding), standfirst (carries Minsk's charge), byline line,
# photo captions with counters and credits, ADVERTISEMENT, crossheads, Read also, tags, comments line, most read, copyright.
U(d, "Two Belarusian military helicopters crossed into Polish airspace over Białowieża on Tuesday", "no violation had taken place.",
  ("Poland", C, neg, "Belarus", "lede: the ministry's finding of an airspace violation = accusation; the army's earlier denial is the same actor (one row)"))
U(d, "According to a ministry statement, the Mi-24 and the Mi-8 flew so low", "reported nothing.",
  ("Poland", N, neu, "", "'according to a ministry statement'; technical explanation"))
U(d, "In that morning statement, the Operational Command of the Armed Forces had said", "Polish airspace.",
  ("Poland", N, neu, "", "army = state; radar record, no evaluation"))
U(d, "The ministry said Minsk had notified Warsaw in advance", "taking part in.",
  ("Poland", N, neu, "", "fact given by the ministry; Minsk's notification is narrated inside Poland's sentence"))
U(d, "Defence Minister Mariusz Błaszczak, after chairing a meeting", "combat helicopters among them.",
  ("Poland", C, neg, "Belarus", "military reinforcement in response to the incursion = a taken response (unsure: could be neutral as own deployment)"))
U(d, "The foreign ministry summoned Belarus's chargé d'affaires", "a ministry spokesman said.",
  ("Poland", C, neg, "Belarus", "summons for an explanation = diplomatic protest"))
# "The Belarusian diplomat left the ministry on Szucha Avenue ... did not speak to reporters." = narration / non-answer, no row.
U(d, "Deputy Defence Minister Wojciech Skurkiewicz told public radio", "\"with everything it has\".",
  ("Poland", C, neg, "Belarus", "judgement of intent + threat"))
U(d, "Warsaw informed NATO headquarters of the incident, the ministry added.", "Warsaw informed NATO headquarters of the incident, the ministry added.",
  ("Poland", N, neu, "", "procedure"))
U(d, "Belarus's defence ministry dismissed the Polish account", "at any point.",
  ("Belarus", N, neg, "", "denial = neutral, negative"))
U(d, "The ministry in Minsk said the story had been \"cooked up in Warsaw\"", "planned anyway.",
  ("Belarus", C, neg, "Poland", "accusation of fabrication and pretext"))
U(d, "It said Poland's own monitoring systems did not support the claim.", "It said Poland's own monitoring systems did not support the claim.",
  ("Belarus", N, neg, "", "'It' = the ministry in Minsk; denial continued"))
U(d, "The Kremlin said it had nothing to add", "defence ministry's statement.",
  ("Russia", N, neu, "", "no comment = neutral"))
U(d, "In Washington, a Pentagon spokesperson said the United States took the security", "close touch with Warsaw.",
  ("United States", S, pos, "Poland", "reassurance to allies = backing"))
U(d, "A NATO official said the alliance was following the situation closely", "allied territory.",
  ("NATO", N, neu, "", "monitoring, no appeal = neutral"))
U(d, "The official said Minsk should avoid \"any activity that risks miscalculation\"", "alliance's borders.",
  ("NATO", T, neu, "Belarus", "'the official' carried from the previous sentence; appeal to one side, no judgement"))
U(d, "Lithuanian Defence Minister Arvydas Anušauskas said Vilnius would not disclose", "\"hour by hour\".",
  ("Lithuania", N, neu, "", "monitoring + no disclosure, no evaluation"))
U(d, "The foreign ministries of Latvia and Estonia both said they stood with Warsaw", "the eastern flank.",
  ("Latvia", S, pos, "Poland", "list of states: solidarity + offered backing, one row per state"),
  ("Estonia", S, pos, "Poland", "same sentence, second listed state"))
U(d, "Prime Minister Mateusz Morawiecki said on Saturday that about 100 Wagner fighters", "stage incidents there.",
  ("Poland", C, neg, "Wagner Group", "warning of the mercenaries' hostile use = accusation"))
U(d, "Exiled Belarusian opposition leader Sviatlana Tsikhanouskaya said the flight", "between the two peoples.",
  ("Sviatlana Tsikhanouskaya", C, neg, "Belarus", "judgement of the regime + appeal to Poles; rule 1 condemning"))
U(d, "Tomasz Siemoniak, a defence spokesman for the opposition Civic Coalition", "to parliament.",
  ("Civic Coalition", C, neg, "Poland", "opposition criticises the government's contradictory accounts (own state as target)"))
# "In Białowieża itself, residents said they had seen the helicopters clearly." = unnamed residents, no row.
U(d, "Ewa Sadowska, who runs a guesthouse on the edge of the forest", "the windows shook\".",
  ("Ewa Sadowska", N, neg, "", "invented witness (person); account of what she saw"))
U(d, "\"Nobody told us anything until the evening.", "she said.",
  ("Ewa Sadowska", C, neg, "Poland", "multi-sentence quote closed by the speaker; criticism of the authorities' contradictory statements"))
U(d, "Marek Lis, a security analyst at the Podlasie Institute for Border Studies", "air defences responded.",
  ("Marek Lis", C, neg, "Belarus", "invented analyst (person); attributing hostile intent to the flights (unsure: could be neutral analysis)"))
U(d, "He said Warsaw should sort out how it reports such incidents", "every contradiction\".",
  ("Marek Lis", N, neu, "", "advice on Poland's communication, not a peace appeal and not a judgement = neutral"))
# "Poland has been reinforcing the frontier since Wagner fighters arrived ..." = background narration, no row.
