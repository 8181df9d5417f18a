# ------------------------------------------------------------------ Pakistan-Bangladesh row over the 22 Nov 2015 executions (Dhaka daily, full HTML, 2015-11-26)
d = "page_dhaka_pakistanrow2015_daily.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline/time, figcaptions, crossheads,
# ADVERTISEMENT, Related list, share bar, tags, readers' comments, most read, footer.
U(d, "Pakistan will summon Bangladesh's top diplomat in Islamabad", "over Islamabad's first reaction.",
  ("Pakistan", C, neg, "Bangladesh", "lead: summoning the envoy in protest = diplomatic measure"),
  ("Bangladesh", C, neg, "Pakistan", "same sentence: Dhaka called in Pakistan's envoy over its reaction = protest by act"))
U(d, "Minister of State for Parliamentary Affairs Sheikh Aftab Ahmed told the house", "\"in the clearest terms\".",
  ("Pakistan", C, neg, "Bangladesh", "objection to the executions conveyed = protest"))
U(d, "The National Assembly on Tuesday had heard speaker after speaker", "Pakistan's old allies.",
  ("Pakistan", C, neg, "Bangladesh", "the parliament (state body) judging the tribunal as revenge (unsure: speakers are unnamed lawmakers, kept as the assembly's position)"))
# "BNP leader Salahuddin Quader and ... were hanged ..." = narration, no row.
U(d, "Pakistan's Foreign Office, in a statement issued by spokesman Qazi Khalilullah", "between Bangladesh, India and Pakistan.",
  ("Pakistan", C, neg, "Bangladesh", "'unfair' trials = judgement; with an appeal for reconciliation, rule 1"))
U(d, "Acting Foreign Secretary Mizanur Rahman summoned Pakistan's High Commissioner", "a note verbale of protest.",
  ("Bangladesh", C, neg, "Pakistan", "envoy summoned, protest note = diplomatic measure"))
U(d, "The note said Islamabad's comments amounted to meddling", "never apologised.",
  ("Bangladesh", C, neg, "Pakistan", "charge of meddling + unapologised wounds = judgement; Islamabad = metonym"))
U(d, "\"Bangladesh will not be lectured on 1971", "at the ministry yesterday.",
  ("Bangladesh", C, neg, "Pakistan", "rejection in protest + reference to the army's killings"))
U(d, "\"Those who stood with the killers then are mourning them now.", "he said.",
  ("Bangladesh", C, neg, "Pakistan", "multi-sentence quote closed by its speaker; judgement"))
U(d, "Shuja Alam told journalists after the meeting on Monday", "to his government.",
  ("Pakistan", N, neu, "", "envoy: procedure, no evaluation"))
U(d, "Foreign Minister AH Mahmood Ali struck a calmer note", "each other's courts.",
  ("Bangladesh", T, neu, "Pakistan", "wish for good relations on a condition = offer of normal ties (unsure: could be neutral)"))
U(d, "Law Minister Anisul Huq said the tribunal had given both men every chance", "Bangladesh's judiciary.",
  ("Bangladesh", C, neg, "Pakistan", "defence of the trials + retort that Pakistan should look at its record = judgement"))
U(d, "Home Minister Asaduzzaman Khan said both convicts had sought presidential clemency", "the same evening.",
  ("Bangladesh", N, neu, "", "facts of the procedure"))
U(d, "Salahuddin Quader's son, Humam Quader Chowdhury, denied", "any petition.",
  ("Humam Quader Chowdhury", N, neg, "", "relative (independent person): denial"))
U(d, "The ruling Awami League welcomed the executions", "against their own people.",
  ("Awami League", C, neg, "Pakistan", "welcome of the executions + accusation aimed at Pakistan: rule 1 (unsure: the welcome part is supporting of Bangladesh's courts)"))
U(d, "Gonojagoron Mancha, the platform that led the 2013 Shahbagh protests", "diplomatic ties with Pakistan.",
  ("Gonojagoron Mancha", C, neg, "Pakistan", "hailed the hangings + demanded a break of ties with Pakistan = call for a measure: rule 1"))
U(d, "The Sector Commanders Forum, an association of Liberation War veterans", "pressure from abroad.",
  ("Sector Commanders Forum", S, pos, "Bangladesh", "veterans' body: praise of the government"))
U(d, "The BNP, in a statement signed by acting secretary general", "prove his innocence.",
  ("Bangladesh Nationalist Party", C, neg, "Bangladesh", "'denied a fair chance' = judgement on the trial (the state's courts)"))
U(d, "Jamaat-e-Islami enforced a countrywide dawn-to-dusk hartal", "state vengeance.",
  ("Bangladesh Jamaat-e-Islami", C, neg, "Bangladesh", "protest strike + 'state vengeance' = judgement"))
U(d, "In Pakistan, Jamaat-e-Islami chief Sirajul Haq led funeral prayers", "a united Pakistan.",
  ("Jamaat-e-Islami Pakistan", C, neg, "Bangladesh", "claim the men were hanged for their loyalty = judgement of the executions"))
U(d, "Amnesty International said the executions should never have taken place", "further hangings.",
  ("Amnesty International", C, neg, "Bangladesh", "'should never have taken place', unfair trials = judgement + appeal: rule 1"))
U(d, "The UN human rights office in Geneva said it regretted", "gone unheeded.",
  ("United Nations", C, neg, "Bangladesh", "'regretted' the ignoring of its appeals = judgement per the guide"))
U(d, "The European Union delegation in Dhaka restated the bloc's opposition", "moratorium on executions.",
  ("European Union", T, neu, "Bangladesh", "general opposition to the death penalty + appeal for a moratorium, no judgement of this act (unsure: could be condemning)"))
U(d, "In New Delhi, External Affairs Ministry spokesperson Vikas Swarup said", "no comment on them.",
  ("India", N, neu, "", "internal matter, no comment = neutral"))
U(d, "Nasreen Haque, who teaches international relations", "Abdul Quader Mollah.",
  ("Nasreen Haque", N, neg, "", "invented scholar: assessment of relations, no judgement"))
U(d, "\"Neither capital will break off relations over this", "she said.",
  ("Nasreen Haque", N, neu, "", "forecast, no appeal"))
# "Officials at the foreign ministry said Dhaka had not yet decided ..." = unnamed officials of a named ministry would speak for Bangladesh;
#   kept as a row: plan undecided.
U(d, "Officials at the foreign ministry said Dhaka had not yet decided", "its envoy in Islamabad.",
  ("Bangladesh", N, neu, "", "officials of the named (Bangladeshi) foreign ministry: undecided plan, no evaluation"))
