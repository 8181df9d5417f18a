# ------------------------------------------------------------------ Murder of Daphne Caruana Galizia: EP plenary debate (EU press release, 2017-10-25)
d = "page_malta_caruanagalizia2017_epnewsroom.txt"
# Not statements: site bar, breadcrumb, release label and time, headline, the three bullets, share bar, crossheads
# ("Council: ...", "Commission: ...", "Political groups", "Hearing of experts", "Background", "Next steps"), contacts,
# further information, product reference.
# MEPs speak in the Parliament, an EU institution: European Union (as a senator speaks for his state), whatever their group.
# "Members of the European Parliament held a debate ..." = narration of a sitting, no row.
U(d, "Parliament's President Antonio Tajani opened the sitting", "seated in the public gallery.",
  ("European Union", S, neg, "", "minute's silence = condolence by act (batch5c reading of condolences); the victim is no actor -> target empty (unsure: could be narration)"))
U(d, "President Tajani told the House that Parliament would not let the matter rest", "stood trial.",
  ("European Union", T, neg, "", "reported clause; insisting on a trial, no judgement of a named actor = call for justice (like calls for an inquiry)"))
U(d, "He said he had written to the Maltese Prime Minister to ask that Europol", "in its own buildings.",
  ("European Union", T, neu, "Malta", "request to Malta for an international investigation; the Prime Minister is addressed, not a speaker"))
U(d, "Speaking on behalf of the Estonian Presidency of the Council", "never be repeated in the Union.",
  ("European Union", N, neg, "", "the presidency speaks for the Council; grief and resolve, no appeal to anyone, no judgement of an actor"))
U(d, "\"Estonia stands ready to provide whatever expertise", "Mr Maasikas said.",
  ("Estonia", S, pos, "Malta", "here he offers his own state's help: Estonia, offer of assistance"))
U(d, "He said the Council had full confidence that the Maltese authorities", "carrying out the investigation.",
  ("European Union", S, pos, "Malta", "expression of confidence = approval"))
U(d, "Frans Timmermans, First Vice-President of the European Commission, described the killing", "those in power are doing.",
  ("European Union", C, neg, "", "judgement of the killing without a stock word; culprit unknown"))
U(d, "The Commission expects a full inquiry with independent investigators", "fade from European attention.",
  ("European Union", T, neg, "Malta", "attribution tail 'he said'; demand for an independent inquiry + warning of scrutiny, no explicit judgement"))
U(d, "\"If this investigation reveals problems that go deeper", "Mr Timmermans said.",
  ("European Union", C, neg, "Malta", "conditional warning of a response ('will not look away') = threat (unsure: could be talks)"))
U(d, "He also told MEPs that the Commission could not itself run", "in a member state.",
  ("European Union", N, neu, "", "procedural line"))
U(d, "Speaking for the EPP group, Roberta Metsola (MT) said Malta's institutions had failed", "to fight alone.",
  ("European Union", C, neg, "Malta", "MEP in plenary; 'failed to act' = judgement of Malta's institutions"))
U(d, "Sophia in 't Veld (ALDE, NL) said the Maltese government owed Parliament answers", "Caruana Galizia's reporting.",
  ("European Union", T, neg, "Malta", "demand for explanations addressed to Malta, no judgement word"))
U(d, "\"A country where a journalist is blown up", "she said.",
  ("European Union", C, neg, "Malta", "judgement of Malta's rule of law without a stock word"))
U(d, "Monica Macovei (ECR, RO) accused the Maltese Prime Minister", "the investigation went on.",
  ("European Union", C, neg, "Malta", "accusation + demand to step aside"))
U(d, "For the S&D group, Miriam Dalli (MT) urged colleagues", "let the police do their work.",
  ("European Union", S, pos, "Malta", "defence of Malta's police against the debate's charges (unsure: could be an appeal, talks)"))
U(d, "Sven Giegold (Greens/EFA, DE) said Malta's financial regulator", "anti-money-laundering supervision.",
  ("European Union", C, neg, "Malta", "judgement of the regulator + call for an assessment: rule 1"))
U(d, "Several speakers paid tribute to the journalist's work", "to the vote in November.",
  ("European Union", N, neu, "", "procedural: backing a resolution to be voted, no judgement in the sentence"))
# "Earlier in the day, the Civil Liberties Committee held an exchange of views ..." = narration, no row.
U(d, "Professor Ruth Galea, a media law scholar at the University of Malta", "long before the bomb.",
  ("Ruth Galea", C, neg, "Malta", "invented scholar; judgement of Malta's defamation laws"))
U(d, "\"We cannot keep honouring journalists only after they are dead,\" she said.", "she said.",
  ("Ruth Galea", N, neg, "", "reproach aimed at no actor, no appeal to a party"))
U(d, "Halvard Tveit, director of the Nordic Press Freedom Centre, said he welcomed", "protection of journalists.",
  ("Halvard Tveit", S, pos, "European Union", "welcome + appeal for legislation (not a peace appeal): rule 3; invented voice"))
U(d, "Tveit warned that unless the killers", "would become a template.",
  ("Halvard Tveit", N, neg, "", "risk warning, no appeal"))
# "Daphne Caruana Galizia, 53, ran a widely read blog ..." and "She had filed a police report ..." = background, no row.
U(d, "The Maltese government has offered a reward of EUR 1 million", "from Dutch forensic experts.",
  ("Malta", N, neu, "", "own measures"),
  ("United States", S, neu, "Malta", "FBI assistance = backing by act"),
  ("Netherlands", S, neu, "Malta", "Dutch forensic experts = backing by act"))
U(d, "Prime Minister Joseph Muscat has rejected the accusation", "the murder took place.",
  ("Malta", N, neg, "", "denial = neutral, negative"))
U(d, "The Council of Europe's Secretary General, Thorbjorn Jagland, said", "to keep journalists safe.",
  ("Council of Europe", T, neg, "", "alarm + an appeal to all member states to protect journalists (several addressees -> target empty)"))
U(d, "The OSCE Representative on Freedom of the Media, Harlem Desir, also condemned", "to the Maltese authorities.",
  ("OSCE", C, neg, "", "condemnation + offer of support: rule 1"))
U(d, "The Conference of Presidents agreed to send a delegation", "to Malta.",
  ("European Union", N, neu, "", "procedural decision"))
# "A resolution will be voted at the November plenary session." = schedule, no row.
