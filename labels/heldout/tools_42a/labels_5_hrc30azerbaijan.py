# ------------------------------------------------------------------ HRC 30th session, item 4 general debate: Azerbaijan's jailed activists and journalists (UN meetings coverage, 2015-09-22)
d = "page_geneva_hrc30_azerbaijan_prisoners2015_unmeetings.txt"
# Not statements: site header and menu, section label, headline, standfirst, date, document code, crossheads,
# Documentation, next-meeting notice, "not an official record", Related, follow line, copyright.
# Opening paragraph ("The Human Rights Council this afternoon concluded its general debate ... a large number of speakers raising ...")
# = the summary's own overview of unnamed speakers, no row. "Speakers also addressed ..." = overview, no row.
# "At the end of the meeting, Azerbaijan, Armenia and Luxembourg ... spoke in right of reply." = procedure narrated, no row.
U(d, "Luxembourg, speaking on behalf of the European Union, said the Union deplored", "Anar Mammadli.",
  ("European Union", C, neg, "Azerbaijan", "Luxembourg speaks for the EU (presidency); 'deplored' = judgement"))
U(d, "The European Union called on Azerbaijan to release them", "work freely.",
  ("European Union", T, neg, "Azerbaijan", "demand addressed to one side with no judgement word = calling_for_talks, negative (labels/README)"))
U(d, "The United States said the trials in Baku had fallen far short", "rather than for any crime.",
  ("United States", C, neg, "Azerbaijan", "judgement of the trials without a stock word"))
U(d, "The United Kingdom said it was seriously worried about the health", "while their appeals were heard.",
  ("United Kingdom", T, neg, "Azerbaijan", "concern + humanitarian appeal, no judgement = calling_for_talks"))
U(d, "Norway said that sentencing a journalist to seven and a half years", "every independent voice in the country.",
  ("Norway", C, neg, "Azerbaijan", "the sentence judged as intimidation"))
U(d, "Ireland recalled that in June it had delivered a joint statement", "concerns raised in the Council.",
  ("Ireland", C, neg, "Azerbaijan", "'ignored the concerns' = judgement of the authorities"))
U(d, "Switzerland said it was following the cases closely", "lawyers of their choice.",
  ("Switzerland", N, neg, "", "monitoring + concern, no appeal = neutral, negative"))
U(d, "Germany encouraged Azerbaijan to make sure that the appeal proceedings", "on the rule of law.",
  ("Germany", T, neu, "Azerbaijan", "appeal for fair appeals + offer of continued dialogue"))
U(d, "France said it had raised the cases with the Azerbaijani authorities", "a different outcome.",
  ("France", T, pos, "Azerbaijan", "hope for a different outcome of the appeals = calling_for_talks; the raising of cases is narration of own diplomacy"))
U(d, "The Czech Republic said that jailing a lawyer", "the law offered them.",
  ("Czech Republic", C, neg, "Azerbaijan", "judgement without a stock word"))
U(d, "Canada welcomed Azerbaijan's stated readiness to work with the Council", "those in detention.",
  ("Canada", T, neu, "Azerbaijan", "welcome + appeal with no judgement: rule 2 before rule 3 (labels/README)"))
U(d, "Japan said it hoped Azerbaijan would take steps", "work without fear.",
  ("Japan", T, pos, "Azerbaijan", "hope addressed to Azerbaijan = calling_for_talks"))
U(d, "Several speakers recalled that United Nations independent experts had described", "human rights work.",
  ("United Nations", C, neg, "Azerbaijan", "UN experts' position reported by unnamed speakers: 'reprisal' = accusation (the speakers themselves are unnamed, no row)"))
U(d, "Turkey said Azerbaijan had shown its readiness to engage", "deserved to be recognised.",
  ("Turkey", S, pos, "Azerbaijan", "praise of Azerbaijan's cooperation"))
U(d, "The Russian Federation said item four had turned into a platform", "undermined the work of the Council.",
  ("Russia", C, neg, "", "judgement aimed at 'a group of Western States' (not one canonical actor) -> target empty"))
U(d, "Pakistan, speaking on behalf of the Organization of Islamic Cooperation, said", "countries concerned.",
  ("Organisation of Islamic Cooperation", T, neu, "", "Pakistan speaks for the OIC; 'bred confrontation' describes a practice, then an appeal for dialogue (unsure: could be condemning the debate's format)"))
U(d, "Human Rights House Foundation said the arrests in Azerbaijan were part of a campaign", "before anyone could notice.",
  ("Human Rights House Foundation", C, neg, "Azerbaijan", "accusation of a campaign"))
U(d, "The International Federation for Human Rights (FIDH) said the Council should establish a mechanism", "by its next session.",
  ("International Federation for Human Rights", T, neu, "Azerbaijan", "pursuing a UN monitoring mechanism = calling_for_talks (as a UN resolution to protect, labels/README) (unsure: a conditional measure could be condemning)"))
U(d, "Amnesty International said Leyla Yunus, Arif Yunus and Khadija Ismayilova were prisoners of conscience", "must be freed immediately.",
  ("Amnesty International", C, neg, "Azerbaijan", "'prisoners of conscience, held solely for' = judgement + demand: rule 1"))
U(d, "CIVICUS said Khadija Ismayilova had been jailed for exposing", "bilateral contact with Baku.",
  ("CIVICUS", C, neg, "Azerbaijan", "accusation (jailed for exposing the powerful) + appeal to states: rule 1"))
U(d, "Azerbaijan, speaking in a right of reply, rejected the statements made by the European Union", "offences under the criminal code.",
  ("Azerbaijan", N, neg, "", "rejecting criticism with its own account = denial, neutral, negative"))
U(d, "Azerbaijan said the European Union applied double standards", "on its own territory.",
  ("Azerbaijan", C, neg, "European Union", "'double standards' + accusation of ignoring violations"))
U(d, "It said Azerbaijan had extended invitations to several special procedures", "Office of the High Commissioner.",
  ("Azerbaijan", N, pos, "", "reassurance about own cooperation"))
U(d, "Armenia, speaking in a right of reply, said it was telling", "Armenian and Azerbaijani civil society.",
  ("Armenia", C, neg, "Azerbaijan", "judgement by implication ('it was telling'): the spying charge used against a peace activist"))
U(d, "Azerbaijan, speaking in a second right of reply, said Armenia", "no moral standing to speak about human rights.",
  ("Azerbaijan", C, neg, "Armenia", "accusation of occupation + 'no moral standing'"))
U(d, "Luxembourg, speaking on behalf of the European Union in a right of reply, said the Union's concerns", "continue to raise them.",
  ("European Union", N, neu, "", "explains the basis of its concerns and states a plan; no new judgement (unsure)"))
