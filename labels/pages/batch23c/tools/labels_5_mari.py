# ------------------------------------------------------------------ Mari naval base (Evangelos Florakis) explosion, Cyprus (European site, full HTML, 2011-07-12)
d = "page_cyprus_maribase2011_eusite.html"
# Not statements: cookie bar, menu, language bar, breadcrumb, ticker, headline, summary, meta line, captions and credits,
# ADVERTISEMENT, crossheads, reporting credit, share bar, tags, Related, comments (unnamed readers), most read, footer.
# "A huge explosion at a naval base ..." and "The blast, shortly before 6 a.m., ..." = narration, no row.
U(d, "The National Guard named the navy's commander", "along with six firefighters.",
  ("Cyprus", N, neu, "", "the National Guard speaks for its state; names of the dead = facts"))
U(d, "Government spokesman Stefanos Stefanou said flags would fly at half-mast", "two of them with serious wounds.",
  ("Cyprus", N, neu, "", "figures + announced mourning, no evaluation"))
U(d, "Stefanou acknowledged that the storage of the containers", "\"nobody will be shielded\" by the investigation.",
  ("Cyprus", N, neg, "", "admission + promise about its own inquiry = reassurance about own conduct, neutral"))
U(d, "President Demetris Christofias, who visited the site, said Defence Minister", "\"who knew what, and when.\"",
  ("Cyprus", N, neu, "", "resignations accepted + inquiry announced: procedure"))
U(d, "\"Cyprus is living through a national tragedy", "in a televised address on Monday night.",
  ("Cyprus", T, neg, "", "appeal for unity/restraint at home (unsure: a domestic appeal, could be neutral)"))
U(d, "Papacostas told reporters he was stepping down", "any blame for the disaster.",
  ("Cyprus", N, neg, "", "denial of blame = neutral, negative"))
U(d, "Nicos Anastasiades, leader of the main opposition Democratic Rally", "\"to the very top.\"",
  ("Democratic Rally", C, neg, "Cyprus", "opposition party (new actor) blames the government; target = Cyprus (the government). Anastasiades later became president: not declared as an alias"))
U(d, "The governing AKEL party said it stood fully behind", "handling of the crisis.",
  ("Progressive Party of Working People", S, pos, "Cyprus", "governing party (new actor) backs the president's handling = supporting"))
# "Several hundred people gathered outside the presidential palace ..." = unnamed protesters, narration, no row.
U(d, "Commerce Minister Antonis Paschalides said the Vasilikos power station", "would be needed.",
  ("Cyprus", N, neg, "", "damage assessment + plan for power cuts, no judgement"))
U(d, "The Electricity Authority of Cyprus said it would publish", "during peak hours.",
  ("Cyprus", N, neu, "", "state electricity authority = state agency resolves to Cyprus; plan + request to the public"))
U(d, "Foreign Minister Markos Kyprianou said he had asked EU partners", "bridge the shortfall.",
  ("Cyprus", T, neu, "European Union", "asking for help = calling_for_talks, not supporting (labels/README)"))
U(d, "The European Commission activated the EU Civil Protection Mechanism", "the base and the power station.",
  ("European Union", S, pos, "Cyprus", "assistance provided = supporting"))
U(d, "Commission President José Manuel Barroso sent his condolences", "\"the full solidarity of the Union.\"",
  ("European Union", S, pos, "Cyprus", "condolences + solidarity"))
U(d, "Greek Prime Minister George Papandreou spoke to Christofias by telephone", "his office said.",
  ("Greece", S, pos, "Cyprus", "offer of generating units and engineers"))
U(d, "A team of Greek bomb-disposal specialists was already at work", "by Monday afternoon.",
  ("Greece", S, neu, "Cyprus", "backing by act, reported as done with no source named (a specific act is a statement)"))
U(d, "Greece's Foreign Minister, Stavros Lambrinidis, said Athens stood", "with the Cypriot people.",
  ("Greece", S, pos, "Cyprus", "solidarity"))
U(d, "Israel's foreign ministry said it had offered mobile generators", "if Cyprus wanted them.",
  ("Israel", S, pos, "Cyprus", "offer of equipment"))
U(d, "Britain, which keeps two sovereign military bases on the island", "help with the clear-up.",
  ("United Kingdom", S, pos, "Cyprus", "offer of help"))
U(d, "The UN peacekeeping force in Cyprus offered engineering and medical assistance", "a spokesman said.",
  ("United Nations", S, pos, "Cyprus", "UNFICYP = United Nations; offer of assistance"))
U(d, "Turkish Cypriot leader Derviş Eroğlu sent condolences", "to ease the shortage.",
  ("Northern Cyprus authorities", S, pos, "Cyprus", "Turkish Cypriot leader = Northern Cyprus authorities; condolences + offer of electricity"))
U(d, "Stefanou said the government would examine", "accepting power from the north.",
  ("Cyprus", N, neu, "", "open to offers, no commitment or judgement"))
U(d, "Maria Hadjipetrou, who lives in Mari, said the blast", "had been damaged.",
  ("Maria Hadjipetrou", N, neg, "", "invented resident (witness); damage described"))
U(d, "\"We were told for two years that those containers were safe.", "she said.",
  ("Maria Hadjipetrou", C, neg, "Cyprus", "two-sentence quote closed by the speaker; accusation of being lied to (the authorities implied)"))
U(d, "Andreas Themistocleous, an economist at the Nicosia Institute", "repairs were counted.",
  ("Andreas Themistocleous", N, neg, "", "invented economist; cost estimate"))
U(d, "\"This was not bad luck; it was a failure of basic housekeeping by the state", "Themistocleous said.",
  ("Andreas Themistocleous", C, neg, "Cyprus", "judgement on the state without a stock word"))
