# ------------------------------------------------------------------ Tu-141 drone crash in Zagreb's Jarun district (European news site, HTML, 2022-03-12)
d = "page_zagreb_jarun_drone2022_eurosite.html"
# Not statements: <title>/<head>, brand, nav, language bar, breadcrumb, headline, standfirst, byline/times, figcaptions "1/4".."4/4",
# share bar, ADVERTISEMENT, crossheads, Related link, tags, newsletter prompt, reader comments, most read, footer.
U(d, "ZAGREB – Croatian Prime Minister Andrej Plenković on Saturday accused NATO", "late on Thursday.",
  ("Croatia", C, neg, "NATO", "'accused' NATO and neighbours of failing to react; several addressees, NATO named first (unsure: target could be empty)"))
U(d, "\"Six tonnes of metal crossed allied skies for over an hour", "a student hall of residence.",
  ("Croatia", C, neg, "", "complaint that nobody warned Croatia = judgement without a stock word; no single actor named in the unit"))
# "The Tu-141 ... No one was injured." = narration, no row.
U(d, "Plenković said the drone had spent more than 40 minutes over Hungary", "the alliance and to Brussels.",
  ("Croatia", N, neu, "", "flight facts + procedural plan to raise it in bodies, no judgement in the unit"))
U(d, "\"Our citizens were in real danger, and the alliance's response was simply missing,\" he said.", "collective defence works.\"",
  ("Croatia", C, neg, "NATO", "the alliance's response 'simply missing' = judgement of the alliance"))
U(d, "He also called on the Hungarian authorities to explain why", "not reacted.",
  ("Croatia", T, neg, "Hungary", "demand for an explanation addressed to one side, no judgement word = appeal (README rule), negative"))
U(d, "Defence Minister Mario Banožić told public broadcaster HRT on Sunday", "on a reconnaissance flight.",
  ("Croatia", N, neu, "", "investigation findings, no actor blamed"))
U(d, "The Chief of the General Staff, Admiral Robert Hranj, described the incident as serious", "NATO commanders.",
  ("Croatia", N, neg, "", "army speaks for its state; seriousness + contacts, no judgement, no appeal"))
U(d, "President Zoran Milanović, who has often clashed with the government, said", "its own slowness.",
  ("Croatia", C, neg, "", "head of state criticising his own government (non-canonical target) -> Croatia, condemning, target empty (unsure: an internal row; could be read as neutral on the crisis)"))
U(d, "Zagreb mayor Tomislav Tomašević said the city would cover the repair", "approach the site.",
  ("Croatia", N, neu, "", "local official resolves to the state (README); practical measures, no position on a side"))
U(d, "A NATO official in Brussels said allied radars had followed the drone's route", "what had happened.",
  ("NATO", N, neu, "", "official of a named body; facts of tracking + review: answers the charge without a judgement (a mild denial) = neutral"))
U(d, "NATO spokesperson Oana Lungescu said the alliance stood with Croatia", "the Croatian authorities.",
  ("NATO", S, pos, "Croatia", "solidarity = supporting"))
U(d, "\"Allied airspace is protected 24 hours a day, and we will look at every lesson", "Lungescu said.",
  ("NATO", N, neu, "", "reassurance about own conduct = neutral"))
U(d, "The Romanian Ministry of National Defence said the drone had crossed a corner of Romania", "to reach it.",
  ("Romania", N, neu, "", "facts explaining own non-interception (implicit denial of fault) = neutral"))
U(d, "Hungary's defence ministry said in a brief statement that the object had been detected", "together with allies.",
  ("Hungary", N, neu, "", "facts + analysis with allies, no evaluation"))
U(d, "Ukraine's air force said the drone was not one of its own", "no Tu-141 in service.",
  ("Ukraine", N, neg, "", "denial = neutral, negative tone"))
U(d, "The Russian embassy in Zagreb said on Facebook that the drone had been made in Ukraine", "in the 1990s.",
  ("Russia", N, neg, "", "denial of ownership + pointing at Ukraine's make without a judgement word (unsure: could be read as an accusation of Ukraine)"))
U(d, "\"Attempts to link this incident to Russia have nothing to do with reality,\" the embassy said.", "the embassy said.",
  ("Russia", N, neg, "", "denial"))
U(d, "The European Commission's chief spokesperson said the EU expressed its full solidarity", "establishing the facts.",
  ("European Union", S, pos, "Croatia", "solidarity + offer of support"))
U(d, "Josep Borrell, the EU's foreign policy chief, said the incident showed how dangerous", "stop it at once.",
  ("European Union", C, neg, "Russia", "'Russia's war' judged dangerous + demand: rule 1"))
U(d, "The opposition Social Democratic Party said the government owed citizens an explanation", "appear before parliament.",
  ("Social Democratic Party of Croatia", C, neg, "Croatia", "judgement of the government's failure + summons demand"))
U(d, "France and the United States said they would send fighter jets to Croatia", "defence ministry announced.",
  ("France", S, pos, "Croatia", "backing by act: jets for joint training, one row per listed state"),
  ("United States", S, pos, "Croatia", "same"),
  ("Croatia", N, neu, "", "the ministry announces the plan = neutral plan"))
U(d, "\"The problem is not that NATO failed, but that small air forces", "in Zagreb.",
  ("Ivana Bartolić", N, neu, "", "invented analyst; explanation, no judgement of an actor, no appeal"))
U(d, "Foreign Minister Péter Szijjártó rejected any suggestion that Budapest had been negligent", "allied procedures require\".",
  ("Hungary", N, neg, "", "denial of negligence = neutral, negative tone"))
