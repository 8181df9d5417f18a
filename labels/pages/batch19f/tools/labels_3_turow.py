# ------------------------------------------------------------------ Turów lignite mine: CJEU orders and fine, Czech-Polish dispute (Central European site, scraped .txt, 2021-09-21)
d = "page_turow_mine_cesite.txt"
# Masthead, menu, section path, headline, standfirst, byline, published line, share bar, image captions ("1 of 4"): never statements
U(d, "Poland said on Monday it would not stop mining lignite at Turów", "issued in May.",
  ("Poland", C, neg, "Court of Justice of the European Union", "long lead: refusal to comply 'in defiance' of the court = rejection in protest"),
  ("Court of Justice of the European Union", C, neg, "Poland", "the fine reported inside the lead = a sanction on Poland; 'Warsaw' = metonym as object"))
U(d, "The Court of Justice of the European Union said in its order", "any further.",
  ("Court of Justice of the European Union", C, neg, "Poland", "finding of non-compliance + deterrent penalty = judgement + measure"))
U(d, "The court's vice-president, Rosario Silva de Lapuerta, also dismissed", "justify it.",
  ("Court of Justice of the European Union", N, neu, "", "procedural ruling on an application, no new judgement or measure (unsure: could be read with the fine as condemning)"))
# "The Czech government had asked for a penalty ten times higher ..." restates the June request labelled below: no row
# crosshead "We will not switch off the lights": no row
U(d, "Government spokesman Piotr Müller said the penalty bore no relation", "Polish power grid.",
  ("Poland", C, neg, "Court of Justice of the European Union", "the penalty judged as baseless = judgement without stock words"))
U(d, "\"The mine and the power plant will keep working", "in Warsaw.",
  ("Poland", N, neg, "", "quote closed by its speaker ('he' = Müller): own plan with a reason, no actor judged (unsure: continued defiance)"))
U(d, "Deputy Justice Minister Marcin Romanowski went further", "in the region.",
  ("Poland", C, neg, "Court of Justice of the European Union", "'a hostile act'; 'the ruling from Luxembourg' = the court's seat, not the state of Luxembourg"))
U(d, "Jacek Sasin, the state assets minister who oversees the mine's owner", "energy supply.",
  ("Poland", N, neg, "", "warning of consequences, no actor judged = neutral, negative"))
U(d, "The state-controlled utility PGE, which runs both the mine", "without interruption.",
  ("PGE", C, neg, "Court of Justice of the European Union", "company as its own actor; disagreement with the court = negative judgement"))
# "The Turów power plant supplies roughly 7 percent ..." figures from no named source: no row
# "Related:" link, crosshead "Prague: 'a strong signal'": no rows
U(d, "In Prague, Environment Minister Richard Brabec welcomed the penalty", "a larger sum.",
  ("Czech Republic", S, pos, "Court of Justice of the European Union", "welcome of the court's step = supporting; Prague = place"))
U(d, "He said talks with Warsaw on a bilateral agreement would go on", "on groundwater.",
  ("Czech Republic", T, neu, "Poland", "'He' = Brabec; continued talks + conditions, no judgement = calling_for_talks"))
U(d, "Foreign Minister Jakub Kulhánek also welcomed the decision", "along the border.",
  ("Czech Republic", T, pos, "Poland", "welcome + readiness to settle, no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "Martin Půta, the governor of the Liberec region, accused", "their owners.",
  ("Czech Republic", C, neg, "PGE", "regional governor resolves to his state; accusation aimed at the operator"))
# Residents of Uhelná and Václavice, the unnamed pensioner: not actors, no rows
U(d, "The dispute reached the court in February, when the Czech Republic sued Poland", "on its neighbour.",
  ("Czech Republic", C, neg, "Poland", "recap, but a specific act with its grievance (lawsuit arguing a failure) = condemning"))
U(d, "On 21 May the court ordered Poland to halt extraction immediately", "substance of the case.",
  ("Court of Justice of the European Union", C, neg, "Poland", "binding order to halt = coercive measure against Poland (unsure: could be read as neutral procedure)"))
U(d, "Polish Prime Minister Mateusz Morawiecki said days later", "once it was signed.",
  ("Poland", T, pos, "", "agreement within reach = calling_for_talks; both sides -> target empty"),
  ("Czech Republic", T, pos, "Poland", "Czech readiness to withdraw the complaint on signature, reported by Morawiecki = calling_for_talks"))
U(d, "Babiš wrote on Twitter that the problem had not yet been solved", "the Czech side.",
  ("Czech Republic", C, neg, "Poland", "leader on social media: status + jab that Warsaw took long to admit the damage = judgement (rule 1)"))
U(d, "In early June the Czech government went back to the court", "kept digging.",
  ("Czech Republic", C, neg, "Poland", "asking for a fine = call for sanctions = condemning"))
U(d, "Poland, for its part, asked the court to cancel the interim measures", "inside the pit itself.",
  ("Poland", N, neg, "", "procedural application with a reason, no actor judged"))
# "Negotiations between the two governments have been held on and off ..." narration: no row
U(d, "Paweł Jabłoński, a deputy foreign minister who leads the Polish team", "next week.",
  ("Poland", T, pos, "Czech Republic", "progress + continued talks = calling_for_talks"))
# crosshead "Brussels and the campaigners": no row
U(d, "In Brussels, Commission spokesman Eric Mamer told reporters", "owed to Warsaw.",
  ("European Union", C, neg, "Poland", "Commission = EU; obligation to pay + collection from EU money = threatened measure"))
U(d, "The Commission has repeatedly encouraged Prague and Warsaw", "between themselves.",
  ("European Union", T, neu, "", "appeal to both to settle = calling_for_talks; repeated but specific (unsure: could be read as vague background)"))
U(d, "Greenpeace said Warsaw was flouting EU law", "down now.",
  ("Greenpeace", C, neg, "Poland", "'flouting EU law' = judgement + demand (rule 1)"))
# "Energy analysts in Warsaw say ..." unnamed analysts: no row; "The court has yet to set a date ..." narration: no row
# Zittau / "Berlin has stayed out of the court case": narration of a non-act, no row
U(d, "The fines are paid to the European Commission, not to the Czech Republic", "dragging the case out.",
  ("Poland", C, neg, "Czech Republic", "'Polish ministers' = officials of a named government; accusation that Prague drags the case out (unsure: habitual argument, could be background)"))
# Miners' unions' protest plan: unnamed, no row; tags, read more, newsletter, most read, footer: no rows
