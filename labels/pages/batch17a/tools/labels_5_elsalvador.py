# ------------------------------------------------------------------ El Salvador, troops in the Legislative Assembly (OAS press release, 2020-02-10)
d = "page_elsalvador_assembly_oaspress.txt"
U(d, "The General Secretariat of the Organization of American States (OAS) expresses", "Council of Ministers.",
  ("Organization of American States", C, neg, "El Salvador", "'rejection' of the events; the Armed Forces and police = El Salvador; dateline 'Washington, D.C. - ' excluded"))
U(d, "The General Secretariat considers that the presence of armed troops", "branches of government.",
  ("Organization of American States", C, neg, "El Salvador", "'unacceptable'"))
U(d, "The General Secretariat recalls that the separation", "Democratic Charter.",
  ("Organization of American States", N, neu, "", "principle recalled, no judgement and no appeal"))
U(d, "The General Secretariat calls on the Executive and the Legislative Assembly", "the Constitution.",
  ("Organization of American States", T, neu, "El Salvador", "appeal for institutional dialogue; both branches are El Salvador"))
U(d, "\"Security is a legitimate concern for Salvadorans", "said OAS Secretary General Luis Almagro.",
  ("Organization of American States", C, neg, "El Salvador", "'nothing justifies' soldiers in the Assembly"))
U(d, "The Secretary General added that he had spoken by telephone", "two branches.",
  ("Organization of American States", T, pos, "El Salvador", "good offices offered = mediation"))
U(d, "According to the Secretary General, the Foreign Minister told him", "leaving the building.",
  ("El Salvador", N, neg, "", "Hill Tinoco's account reported by Almagro: reassurance/denial = neutral, negative"))
U(d, "The General Secretariat welcomes the ruling", "public debate.",
  ("Organization of American States", T, pos, "", "welcome + appeal: rule 2 before 3 (as batch5c Scholz); the Court is not an actor here"))
U(d, "In a separate statement, the Inter-American Commission on Human Rights", "the legislature.",
  ("Organization of American States", T, neg, "El Salvador", "IACHR = OAS (name files); concern + demand on the State, no judgement word"))
U(d, "The OAS Electoral Observation Mission", "Supreme Electoral Tribunal.",
  ("Organization of American States", N, neu, "", "plan"))
