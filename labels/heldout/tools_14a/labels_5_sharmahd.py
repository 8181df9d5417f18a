# ------------------------------------------------------------------ Iran executes Jamshid Sharmahd; Germany recalls its ambassador (IRNA-style state media, .txt, 2024-10-30)
d = "page_sharmahd_execution_statemedia.txt"
U(d, "Iran has summoned the German ambassador to protest", "terrorist group Tondar.",
  ("Iran", C, neg, "Germany", "'Tehran, IRNA – ' dateline excluded; summoning in protest + 'interventionist' = a measure and a judgement"))
U(d, "Markus Potzel was called in on Tuesday afternoon", "independent judiciary.",
  ("Iran", C, neg, "Germany", "the ministry's director-general (unnamed official of a named ministry) conveys a 'strong protest'; Potzel is only the addressee"))
U(d, "The Iranian diplomat told Potzel that a government which shelters", "human rights or terrorism.",
  ("Iran", C, neg, "Germany", "accusation of sheltering a terrorist + 'no standing to lecture'"))
U(d, "He also referred to Germany's political and military backing", "complicit in grave crimes.",
  ("Iran", C, neg, "Germany", "'complicit in grave crimes' (guide cue); the 'Zionist regime' (Israel) is only mentioned"))
U(d, "Holding the passport of a third country grants nobody immunity", "the director-general stressed.",
  ("Iran", N, neg, "", "attribution tail; a principle justifying its own act, no new judgement = neutral (as batch5c's justification of own drills)"))
U(d, "The German ambassador said he would convey Tehran's message", "to his government.",
  ("Germany", N, neu, "", "the ambassador speaks for Germany; procedural reply"))
U(d, "Iran's judiciary announced on Monday, through its Mizan news agency", "upheld the verdict.",
  ("Iran", N, neu, "", "the judiciary announces its own act through its agency (Mizan is not an actor); no evaluation"))
U(d, "According to the indictment, Tondar planned 23 terrorist operations", "injured more than 200.",
  ("Iran", C, neg, "Tondar", "the prosecution's accusation (Iran's judiciary) against the group = condemning (unsure: could be read as neutral facts from a court record)"))
U(d, "Foreign Minister Seyyed Abbas Araghchi wrote on his X account", "a German passport.",
  ("Iran", C, neg, "Germany", "leader on social media; rebukes Berlin for making a killer a victim"))
U(d, "\"This man planned the bombing of a religious gathering", "Araghchi wrote.",
  ("Iran", C, neg, "", "multi-sentence quote closed by its speaker; accusation of Sharmahd + implied rebuke of Berlin -> two implied targets, target empty"))
U(d, "Foreign Ministry Spokesman Esmaeil Baghaei said in a statement on Wednesday", "access to a lawyer.",
  ("Iran", N, neu, "", "defence of its own process = reassurance about own conduct (neutral)"))
U(d, "He said the Islamic Republic had no interest in a crisis with Germany", "realistic approach.",
  ("Iran", T, pos, "Germany", "'He' = Baghaei; hope for a return to normal relations = calling_for_talks (unsure: 'realistic approach' hints at a judgement, not explicit)"))
U(d, "A member of the Parliament's National Security and Foreign Policy Committee told IRNA", "measure in kind.",
  ("Iran", C, neg, "Germany", "unnamed member of a named state body (Iran's parliament) = Iran; judgement + call for a matching response (threat)"))
U(d, "German Foreign Minister Annalena Baerbock claimed on Monday", "grave consequences.",
  ("Germany", C, neg, "Iran", "state media's 'claimed' does not change the stance; accusation + warning of consequences (threat)"))
U(d, "Berlin also recalled its ambassador for consultations", "according to German media.",
  ("Germany", C, neg, "Iran", "recall + summoning = diplomatic measures in protest; Berlin = metonym"))
U(d, "Chancellor Olaf Scholz called the execution a scandal.", "Chancellor Olaf Scholz called the execution a scandal.",
  ("Germany", C, neg, "Iran", "'a scandal' = judgement without stock words"))
U(d, "The European Union's foreign policy chief, Josep Borrell, joined in", "the German government.",
  ("European Union", C, neg, "Iran", "measures under consideration against Iran (threat) + solidarity with Germany: rule 1"))
U(d, "In Washington, State Department spokesman Matthew Miller described the trial as a sham", "carried out executions.",
  ("United States", C, neg, "Iran", "'a sham' + 'opposed the way Iran carried out executions' = judgement; Washington = place"))
U(d, "Friedrich Merz, leader of Germany's opposition Christian Democratic Union", "to be expelled.",
  ("Christian Democratic Union", C, neg, "Iran", "opposition party under its own name (not Germany); call to expel the ambassador = a demanded measure"))
