# ------------------------------------------------------------------ Yerevan: the "Electric Yerevan" sit-in against the power tariff rise (scraped regional daily, 2015-06-29)
d = "page_yerevan_electric_protest2015_regionaldaily.txt"
# Not statements: masthead, date/weather/rates bar, menu, breadcrumb, headline, byline/published/views line, [Photo n/6] captions with credits, ADVERTISEMENT, crossheads, Related, tags, share bar, most read, comments line, copyright.
# "Thousands of mostly young Armenians spent a seventh night ..." = lead narration; the crowd ("thousands of mostly young Armenians") is not an actor; the movement's own refusal comes below. No row.
U(d, "The Public Services Regulatory Commission decided on June 17 to raise household tariffs", "Russia's state-controlled Inter RAO.",
  ("Armenia", N, neu, "", "a regulator's decision reported as done (a state agency -> Armenia); figures, no evaluation"))
U(d, "Sargsyan said on Saturday that the government would cover the difference", "the auditors had reported.",
  ("Armenia", N, neu, "", "plan and procedure (subsidy pending the audit), no judgement, no appeal for talks"))
U(d, "\"If the auditors find that the company's costs were inflated", "in a televised statement.",
  ("Armenia", N, neu, "", "conditional: no judgement of the company yet, a reassurance to the public (unsure: could be read as a veiled warning to Inter RAO)"))
U(d, "The organisers of the No to Plunder movement said in a statement posted on Facebook", "wear the protest down.",
  ("No to Plunder", C, neg, "Armenia", "refusal to meet the president in protest + judgement of the offer as a manoeuvre"))
# "Police used water cannon to clear the avenue at dawn on June 23 ..." = narration of the event itself (the dispersal and detention figures from no named source), no row.
U(d, "Prime Minister Hovik Abrahamyan told the cabinet on Thursday", "to a standstill.",
  ("Armenia", C, neg, "", "understanding + warning/judgement of 'a handful of activists': rule 1; target not canonical -> empty"))
U(d, "Yerevan's deputy police chief Valery Osipyan told protesters through a loudspeaker", "by Monday morning.",
  ("Armenia", C, neg, "", "ultimatum to clear the avenue = condemning; target = protesters -> empty"))
U(d, "Police chief Vladimir Gasparyan said an internal inquiry had been opened", "made public.",
  ("Armenia", N, neu, "", "procedure: an inquiry opened"))
U(d, "Human Rights Defender Karen Andreasyan said the force used on June 23", "should answer for it.",
  ("Armenia", C, neg, "", "the ombudsman is a state office -> Armenia; judgement of the police action, aimed at its own state's police -> target empty (target may not equal actor)"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov said Russia hoped", "directed against Russia.",
  ("Russia", T, pos, "Armenia", "hope for a quick lawful settlement = calling_for_talks; plus a reading of the protests, no judgement"))
U(d, "Alexei Pushkov, who chairs the Russian State Duma's international affairs committee", "away from its allies.",
  ("Russia", C, neg, "", "a Duma committee chair speaks for Russia; accusation of an outside plot ('someone') -> target empty"))
U(d, "Inter RAO said in a statement that the tariff had been calculated under Armenian rules", "the government chose.",
  ("Inter RAO", N, neu, "", "new company actor; defence of the tariff (a denial of wrongdoing) + readiness for the audit: neutral (unsure: the offer could be read as cooperation)"))
U(d, "US Ambassador Richard Mills said in an interview with an Armenian news site", "wide of the mark.",
  ("United States", N, neg, "", "denial of involvement = neutral, negative"))
U(d, "\"Armenians are angry about their electricity bills", "Mills said.",
  ("United States", N, neu, "", "his reading of the protests, continuing the denial; no judgement of any actor"))
U(d, "The European Union Delegation in Yerevan said the force used on June 23", "peaceful protest to be freed.",
  ("European Union", C, neg, "Armenia", "judgement ('out of all proportion') + release appeal: rule 1"))
U(d, "The Delegation later welcomed the president's decision to order an audit", "both could live with.",
  ("European Union", T, pos, "", "welcome + appeal for talks between the authorities and protesters, no judgement: rule 2 before rule 3"))
U(d, "The Council of Europe's Commissioner for Human Rights, Nils Muižnieks, said he was concerned", "against journalists.",
  ("Council of Europe", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The OSCE Office in Yerevan said it hoped the dispute would be resolved through dialogue", "protest on the avenue.",
  ("OSCE", T, pos, "", "hope for dialogue = calling_for_talks"))
U(d, "Amnesty International accused the Armenian police of beating detained protesters", "independent investigation.",
  ("Amnesty International", C, neg, "Armenia", "accusation + call for an inquiry: rule 1"))
U(d, "Lawyers from the Helsinki Committee of Armenia said they had taken on the cases", "on their behalf.",
  ("Helsinki Committee of Armenia", S, neu, "No to Plunder", "backing by act: free legal aid to detained protesters (the movement's people)"))
U(d, "Anush Petrosyan, a 22-year-old law student who has slept on the avenue", "nothing to do with geopolitics.",
  ("Anush Petrosyan", N, neu, "", "invented protester under her own name; denial of a geopolitical motive = neutral"))
U(d, "\"We are not against Russia; we are against being robbed", "Petrosyan said.",
  ("Anush Petrosyan", C, neg, "", "denies an anti-Russian motive but charges robbery by the tariff ('being robbed') = judgement; aimed at the company and the regulator together -> target empty (unsure: could be neutral as a denial)"))
U(d, "Hrant Melkonyan, an economist at the Caucasus Energy Institute in Yerevan", "pay for them.",
  ("Hrant Melkonyan", C, neg, "Inter RAO", "invented economist; blames the company's mismanagement (its Armenian subsidiary)"))
U(d, "Melkonyan said the government and Inter RAO should agree on the terms of the audit in public", "trust the result.",
  ("Hrant Melkonyan", T, neu, "", "appeal for open talks with the protesters in the room = calling_for_talks"))
U(d, "The Russian embassy in Yerevan rejected reports in Armenian media", "invented from start to finish.",
  ("Russia", N, neg, "", "denial = neutral, negative ('invented' is aimed at media reports, no canonical actor)"))
U(d, "In Tbilisi, Georgia's foreign ministry said it was following events", "Armenia's internal affair.",
  ("Georgia", N, neg, "", "concern without an appeal = neutral, negative"))
# "The Armenian Apostolic Church's Mother See ... has not commented" = non-answer, no row.
