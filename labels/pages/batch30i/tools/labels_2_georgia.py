# ------------------------------------------------------------------ Tbilisi, 4 October 2025: breach of the Orbeliani Palace fence (live blog, full HTML)
d = "page_georgia_orbeliani_palace2025_liveblog.html"
# Not statements: masthead, nav, kicker, headline, standfirst (carries positions, never a statement), byline, captions
# with credits, share bar, entry time stamps and entry headings (some name actors: never statements), ADVERTISEMENT,
# comments box, Related list, footer.
U(d, "Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russia regarded the unrest", "no intention of commenting on it.",
  ("Russia", N, neu, "", "non-interference line, no judgement, no appeal"))
U(d, "Peskov said he had noted that \"familiar recipes for colour revolutions\"", "those who write them were known.",
  ("Russia", C, neg, "", "insinuation that outsiders script a 'colour revolution' = accusation of unnamed others (target empty)"))
U(d, "\"Violence settles nothing.", "- Kęstutis Budrys on X.",
  ("Lithuania", C, neg, "Georgia", "label-and-quote entry (heading names him as Lithuania's foreign minister); warns the authorities against 'mass repression' + asks for an honest count: the warning to the government decides (unsure: could be calling_for_talks)"))
# "EU foreign policy chief Kaja Kallas and Enlargement Commissioner Marta Kos have issued a joint statement ..." = lead-in
# before the specific statements (labels/README: summary lines get no row).
U(d, "They called on everyone in Georgia to stay calm and avoid any further violence", "when handling the protests.",
  ("European Union", T, neg, "", "'They' = Kallas and Kos; calm + respect for assembly, no judgement = calling_for_talks"))
U(d, "The two also rejected what they called \"baseless\" attempts", "organiser of the unrest.",
  ("European Union", C, neg, "Georgia", "'baseless attempts by the government' = judgement of the government's charge (not a bare denial)"))
U(d, "The EU delegation in Tbilisi said separately that Ambassador Paweł Herczyński had at no point", "peaceful protest only.",
  ("European Union", N, neg, "", "the delegation's denial of the accusation = neutral, negative tone"))
U(d, "The State Security Service says five organisers of the rally", "constitutional order.",
  ("Georgia", C, neg, "", "state agency; arrests on coup charges against the organisers = measure taken against another side (non-canonical target)"))
U(d, "Investigators will ask a court to hold them in custody pending trial", "the agency's press office.",
  ("Georgia", N, neu, "", "procedure, attribution tail 'according to a statement from'"))
U(d, "A State Department spokesperson, asked by our correspondent, said the United States was following", "refrain from violence.",
  ("United States", T, neu, "", "monitoring + appeal to all sides = calling_for_talks"))
U(d, "The spokesperson declined to say whether the embassy had been in contact", "with the organisers.",
  ("United States", N, neu, "", "declining to answer = neutral (procedural)"))
U(d, "Deputy Interior Minister Aleksandre Darchiashvili says 14 police officers were hurt", "one of them seriously.",
  ("Georgia", N, neg, "", "casualty figure given by an official = neutral"))
U(d, "He said the ministry had opened criminal cases for attempting to seize power by force", "identify every participant.",
  ("Georgia", C, neg, "", "'He' = Darchiashvili; criminal cases for a coup attempt = judgement + measures against the participants"))
# "Former president Salome Zurabishvili, who had joined the rally ..., has said she played no part ..." = denial of own role:
U(d, "Former president Salome Zurabishvili, who had joined the rally earlier in the evening", "no part in the march on the palace.",
  ("Salome Zourabichvili", N, neg, "", "former president, an independent person now; denies her own part = neutral"))
U(d, "\"Nobody who wants Georgia in Europe had any reason to climb that fence,\"", "a gift to the ruling party.",
  ("Salome Zourabichvili", C, neg, "", "disapproves of the breach and of who benefits: judgement aimed at the marchers (non-canonical, target empty)"))
# "Prime Minister Irakli Kobakhidze has just spoken at a late-night briefing." = narration, no row.
U(d, "Kobakhidze said the EU's ambassador in Tbilisi bore \"special responsibility\"", "overthrow the government.",
  ("Georgia", C, neg, "European Union", "holds the EU envoy responsible = condemning"))
U(d, "\"Every person who attacked our officers tonight will be identified", "their time in Georgian politics is over.\"",
  ("Georgia", C, neg, "", "'the prime minister' by title only; threat of punishment to attackers and funders (no canonical target)"))
U(d, "He was quoted by the government's press office as saying that the organisers had acted", "\"on instructions from abroad\".",
  ("Georgia", C, neg, "", "passive attribution; accusation of foreign direction (no named target)"))
# "Kakha Kaladze, the ruling party's secretary general, ... spoke to supporters ..." = narration, the quote follows.
U(d, "\"The people gave their answer at the ballot box.", "cannot overturn it.\"",
  ("Georgian Dream", C, neg, "", "speaker carried across a paragraph break (introduced in the previous paragraph); disparages the protesters as a crowbar mob = judgement"))
# "Riot police have cleared the palace courtyard ..." and the reporter's ambulance count = narration, no row.
U(d, "Giorgi Maisuradze, a pharmacist who lives across the street, said he had watched officers beat", "lying on the ground.",
  ("Giorgi Maisuradze", C, neg, "Georgia", "invented witness; describes a beating by police = accusation by description"))
U(d, "\"They kept going after he stopped moving,\"", "anything like it here.\"",
  ("Giorgi Maisuradze", C, neg, "Georgia", "continues the account of police violence"))
U(d, "The Interior Ministry has told protesters to leave the area around the palace immediately", "anyone who stays.",
  ("Georgia", C, neg, "", "ultimatum with a threatened use of force = condemning (target non-canonical)"))
U(d, "A spokesperson for the United National Movement said the party had not called anyone", "a rigged vote.",
  ("United National Movement", C, neg, "Georgia", "denial of own role + 'fully responsible' and 'rigged vote' = judgement (rule 1)"))
U(d, "Burchuladze has read out a declaration from the stage saying the government has lost its legitimacy", "EU accession talks.",
  ("Paata Burchuladze", C, neg, "Georgia", "declaring the government illegitimate = judgement; the 'peaceful transition' call is subordinate"))
# "Minutes later part of the crowd set off down Atoneli Street ..." = narration, no row.
# "Polls have closed ..." = narration; "The Central Election Commission's early count shows ..." = a result reported by the outlet:
U(d, "The Central Election Commission's early count shows Georgian Dream ahead", "in every municipality.",
  ("Georgia", N, neu, "", "election commission (state body) giving a count = neutral figure (unsure: could be narration only)"))
# "Tens of thousands of people have gathered ..." = scene, no row.
U(d, "Nestan Kobiashvili, a researcher at the Tbilisi Institute for Democratic Governance, said the government had spent a year waiting", "this kind of image.",
  ("Nestan Kobiashvili", C, neg, "Georgia", "invented analyst; says the government wanted such images = judgement without a stock word"))
U(d, "\"Storming a building hands Georgian Dream the story it needs,\"", "for as long as it takes.\"",
  ("Nestan Kobiashvili", T, neu, "", "quote continued across the attribution: calls the opposition to go home and protest peacefully = calling_for_talks (target non-canonical)"))
