# ------------------------------------------------------------------ Burgas bus bombing: Bulgaria names Hezbollah (European news site, full HTML, 2013-02-06)
d = "page_burgas_hezbollah_eurosite.html"
# Not statements: cookie bar, brand, nav, breaking ticker, section label, headline, summary, byline/time, captions with credits,
# crossheads, advertisement, tags, share, newsletter prompt, read more, comments, most read, footer.
U(d, "Bulgaria's government said on Tuesday that two of the men behind", "on its terrorist list.",
  ("Bulgaria", C, neg, "Hezbollah", "long lead: Bulgaria's finding names the perpetrator = accusation"),
  ("Israel", C, neg, "Hezbollah", "reported position in the same sentence: pressing for a terrorist listing = call for measures"),
  ("United States", C, neg, "Hezbollah", "same; a list of two states, one row each"))
U(d, "Interior Minister Tsvetan Tsvetanov, speaking after a meeting", "a print shop in Lebanon.",
  ("Bulgaria", N, neu, "", "facts of the investigation; Lebanon = place of the print shop"))
U(d, "\"We have followed the money and the contacts", "Tsvetanov said.",
  ("Bulgaria", C, neg, "Hezbollah", "multi-sentence quote closed by its speaker; accusation"))
U(d, "He was careful to add that Bulgaria was not accusing Lebanon as a state", "every request for help.",
  ("Bulgaria", N, neu, "", "pronoun subject; a clarification that Lebanon (object, not speaker) is not accused; no judgement"))
U(d, "Prime Minister Boyko Borisov said the full report would go", "what should follow.",
  ("Bulgaria", N, neu, "", "procedure; the EU and NATO are objects, not speakers"))
U(d, "On Wednesday, Foreign Minister Nickolay Mladenov said Sofia would not press", "all 27 member states.",
  ("Bulgaria", N, neu, "", "Sofia = metonym; procedural position, no appeal"))
U(d, "\"We are a small country that did not choose this.", "he said.",
  ("Bulgaria", N, neg, "", "quote continued after the attribution sentence; own account"))
U(d, "In Jerusalem, Prime Minister Benjamin Netanyahu hailed the Bulgarian report", "stops at no border.",
  ("Israel", C, neg, "", "welcome + judgement: rule 1; two targets (Hezbollah and Iran) -> empty; Tehran = metonym"))
U(d, "\"Europe now knows who it is dealing with.", "Netanyahu said.",
  ("Israel", C, neg, "Hezbollah", "demand that Europe act against the group = call for measures"))
U(d, "Hours after the blast on 18 July", "Iranian terror with force.",
  ("Israel", C, neg, "Iran", "background with a position: blame + threat"))
U(d, "U.S. President Barack Obama telephoned him that day", "the Bulgarian police.",
  ("United States", S, pos, "Israel", "offer of help + agents sent = backing by act"))
U(d, "Iran's ambassador to the United Nations, Mohammad Khazaee, rejected", "a victim of terrorism.",
  ("Iran", N, neg, "", "denial = neutral, negative"))
U(d, "Secretary of State John Kerry, in his first week in office, praised Bulgaria", "courageous investigation.",
  ("United States", S, pos, "Bulgaria", "praise = supporting"))
U(d, "He called on European governments to move quickly against Hezbollah's networks", "separate things.",
  ("United States", C, neg, "Hezbollah", "pronoun subject; call for measures against a side = condemning"))
U(d, "EU foreign policy chief Catherine Ashton said the member states would study", "meant for the union.",
  ("European Union", N, neu, "", "procedure, no judgement"))
# "The matter is expected to come up ..." and "The bloc has long resisted ..." / "A listing requires ..." = background, no row.
U(d, "The Netherlands, which already treats Hezbollah as a terrorist organisation, said", "stronger than ever.",
  ("Netherlands", C, neg, "Hezbollah", "case for a listing = call for measures"))
U(d, "Foreign Minister Frans Timmermans told Dutch television", "without further delay.",
  ("Netherlands", C, neg, "Hezbollah", "asset freeze demanded = sanctions"))
U(d, "Foreign Minister Laurent Fabius said Paris would examine the evidence", "before taking a position.",
  ("France", N, neu, "", "reserving judgement, no appeal; Paris = metonym"))
# "France ... was more cautious." = summary line before Fabius's sentence, no row.
# "Hezbollah made no comment on Tuesday." = non-answer, no row.
U(d, "On Wednesday its deputy leader, Sheikh Naim Qassem, said the accusation", "against the resistance.",
  ("Hezbollah", C, neg, "", "'its' = Hezbollah's; accusation of a campaign run from two capitals (US and Israel) -> target empty"))
U(d, "\"Hezbollah had nothing to do with what happened in Burgas", "southern suburbs.",
  ("Hezbollah", N, neg, "", "denial = neutral, negative; Beirut = place"))
U(d, "Iran's foreign ministry spokesman Ramin Mehmanparast told reporters", "for Israel's benefit.",
  ("Iran", C, neg, "Israel", "denial + claim the charges were written for Israel = accusation (unsure: could be a denial only)"))
U(d, "Lebanese Prime Minister Najib Mikati said his government stood ready", "establish the facts.",
  ("Lebanon", N, pos, "", "cooperation with the inquiry (unsure: could be supporting Bulgaria)"))
U(d, "Foreign Minister Adnan Mansour warned that blacklisting a party", "in European capitals.",
  ("Lebanon", N, neg, "", "concern about consequences + lobbying plan, no judgement of a named actor"))
U(d, "Canada's Public Safety Minister Vic Toews said Canadian police were sharing information", "a Canadian passport.",
  ("Canada", S, neu, "Bulgaria", "help to the investigation = backing by act"))
U(d, "Australia's Foreign Minister Bob Carr said Canberra would give Sofia", "help it asked for.",
  ("Australia", S, pos, "Bulgaria", "offer of help; Canberra and Sofia = metonyms"))
U(d, "Ivelina Koleva, a security analyst at the Sofia Centre for Strategic Research, said", "being seen as safe.\"",
  ("Ivelina Koleva", N, neg, "", "independent analyst (invented); risks, no judgement"))
U(d, "Koleva said the report was also shaped by domestic politics", "it explains the timing.\"",
  ("Ivelina Koleva", N, neu, "", "reading of the timing, quote opened after a colon, no judgement"))
U(d, "Julien Marchetti, a Middle East specialist at the Brussels-based European Policy Forum", "part of the Lebanese government.\"",
  ("Julien Marchetti", N, neu, "", "independent analyst (invented); forecast, no judgement"))
U(d, "Marchetti said Europe should keep talking to all Lebanese parties", "whatever it decided.",
  ("Julien Marchetti", T, neu, "European Union", "appeal for dialogue"))
U(d, "\"If the EU cuts every line to Beirut's politics", "he said.",
  ("Julien Marchetti", N, neg, "", "risk assessment continuing the appeal"))
# The Burgas taxi driver is not an actor (no row).
