# ------------------------------------------------------------------ Cameroon: the Martinez Zogo murder inquiry (state media, 2023-02-08)
d = "page_cameroon_zogo_murder2023_statemedia.txt"
# Not statements: masthead, publisher line, menu, section, headline, dateline/byline, standfirst, [PHOTO] captions,
# ADVERTISEMENT, crossheads, RELATED ARTICLES, tags, share line, subscribe prompt, copyright.
U(d, "The investigation into the abduction and murder of journalist Arsène Salomon Mbani Zogo", "in the hands of justice.",
  ("Cameroon", N, pos, "", "lead: the government reports progress of its own inquiry; suspects are not canonical actors"))
U(d, "Reading a communique in Yaounde, the Minister of Communication and Government Spokesperson", "against the suspects.",
  ("Cameroon", N, neu, "", "facts of the inquiry"))
U(d, "\"No person, whatever his rank or fortune, will escape the law", "the Minister said.",
  ("Cameroon", C, neg, "", "warning of punishment to the culprits (unknown) = threatened response (unsure: could be neutral reassurance about own conduct)"))
U(d, "He said the persons arrested would be handed over to the competent military court", "rights of the defence.",
  ("Cameroon", N, neu, "", "procedure"))
U(d, "Minister Sadi further indicated that the Government condemned once more", "into mourning.",
  ("Cameroon", C, neg, "", "condemnation of the killing; culprits unknown -> target empty"))
# Abduction and discovery of the body = narration. "According to sources close to the inquiry ..." = unnamed source, no row.
U(d, "Lawyers for Mr Amougou Belinga said their client had nothing to do with the crime", "before the judge.",
  ("Jean-Pierre Amougou Belinga", N, neg, "", "denial through his lawyers = neutral, negative; the businessman is an independent person"))
U(d, "It will be recalled that as soon as the body was found, the President of the Republic", "circumstances of the tragedy.",
  ("Cameroon", N, neu, "", "own investigation ordered = procedure"))
U(d, "The Secretary General at the Presidency of the Republic, Ferdinand Ngoh Ngoh, conveyed", "in charge of the Gendarmerie.",
  ("Cameroon", N, neu, "", "procedure"))
U(d, "In a release, the Presidency stated that the Head of State had demanded", "utmost rigour.",
  ("Cameroon", C, neg, "", "punishment of those responsible demanded 'with the utmost rigour' = threatened response to the unknown culprits (unsure, like the minister's warning)"))
# "The announcement was received with satisfaction by several of Cameroon's partners." = summary line, no row.
U(d, "The Embassy of the United States in Yaounde said in a statement that it welcomed the arrests", "wherever it leads.",
  ("United States", T, pos, "Cameroon", "welcome + appeal to pursue the inquiry, no judgement: rule 2 before rule 3 (labels/README)"))
U(d, "The Embassy added that a free press was essential to any democracy", "without fear.",
  ("United States", T, neu, "Cameroon", "appeal for the protection of journalists"))
U(d, "France, through the spokesperson of its Ministry for Europe and Foreign Affairs, had already condemned", "the circumstances.",
  ("France", C, neg, "", "condemnation of the murder (culprits unknown) + call for light: rule 1"))
U(d, "\"We take note of the progress of the investigation", "told The National Herald.",
  ("France", N, neu, "", "unnamed official of a named government; takes note, no welcome or appeal"))
U(d, "The European Union said the killing of Mr Zogo was an unacceptable attack", "transparent and independent manner.",
  ("European Union", C, neg, "", "'unacceptable attack' = judgement of the killing; culprits unknown"))
U(d, "UNESCO Director-General Audrey Azoulay, who had condemned the killing on 25 January, urged", "media professionals.",
  ("UNESCO", C, neg, "", "condemnation (relative clause) + appeal: rule 1"))
U(d, "The National Union of Journalists of Cameroon (SNJC) described the arrests", "masterminds were tried.",
  ("National Union of Journalists of Cameroon", T, neu, "Cameroon", "partial welcome + demand that the masterminds be tried, no judgement word = appeal for justice"))
U(d, "\"We want the names of those who gave the orders", "the union's president said in Yaounde.",
  ("National Union of Journalists of Cameroon", T, neg, "Cameroon", "unnamed president of a named body speaks for it; demand for full accountability"))
U(d, "Reporters Without Borders (RSF) said much about the case remained unexplained", "independence of the inquiry.",
  ("Reporters Without Borders", T, neg, "Cameroon", "doubt + appeal, no judgement word"))
U(d, "The Committee to Protect Journalists, based in New York, said the murder had sent a chilling message", "in the country.",
  ("Committee to Protect Journalists", C, neg, "", "negative judgement of the killing (culprits unknown) (unsure: could be neutral alarm)"))
U(d, "The Conference of Catholic Bishops of Cameroon denounced a climate of violence", "the victim's family.",
  ("National Episcopal Conference of Cameroon", C, neg, "", "'denounced' a climate of violence, no named culprit"))
U(d, "The Cameroon People's Democratic Movement (CPDM), the ruling party, saluted", "conclusions of the justice system.",
  ("Cameroon People's Democratic Movement", T, pos, "", "praise of the head of state + call for calm and restraint: welcome with a peace appeal = rule 2 before rule 3 (unsure: could be supporting Cameroon)"))
U(d, "On the opposition side, the Social Democratic Front (SDF) said", "however powerful they are.",
  ("Social Democratic Front", T, neg, "", "demand that those behind the killing face a court; no judgement word"))
U(d, "The Cameroon Renaissance Movement (MRC) went further", "an international inquiry.",
  ("Cameroon Renaissance Movement", C, neg, "Cameroon", "'death squads' within the state = accusation"))
U(d, "Government sources described the MRC's demand as a political manoeuvre", "Cameroonian investigators.",
  ("Cameroon", C, neg, "Cameroon Renaissance Movement", "unnamed government sources speak for the government; judgement of the party's demand"))
U(d, "\"Cameroon is a sovereign State with competent institutions", "Minister Sadi said in response.",
  ("Cameroon", N, neg, "", "refusal of an international inquiry with a sovereignty reason, no judgement word"))
U(d, "For Professor Jean-Claude Essomba, a lecturer in public law at the University of Yaounde II", "institutions were working.",
  ("Jean-Claude Essomba", S, pos, "Cameroon", "independent scholar (invented); praise of the institutions"))
U(d, "\"The public must now let the judges do their work calmly", "Prof Essomba said.",
  ("Jean-Claude Essomba", T, neu, "", "appeal for calm to the public"))
U(d, "He nonetheless urged the Government to adopt a law on the protection of journalists", "have demanded.",
  ("Jean-Claude Essomba", T, neu, "Cameroon", "appeal for protection of journalists"))
# "The remains ... family sources said." = unnamed source, no row.
