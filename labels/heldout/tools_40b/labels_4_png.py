# ------------------------------------------------------------------ Port Moresby riots of 10 January 2024 (government press-release page, four releases, 10-13 January 2024)
d = "page_png_portmoresby_riots2024_govreleases.txt"
# Not statements: office header, menu, breadcrumb, release list header, release dates and headlines, "Authorised by" lines,
# the [Image] caption, pagination, subscribe line, address and copyright.
U(d, "Prime Minister Hon. James Marape, MP, has announced that the National Executive Council", "Lae and other centres.",
  ("Papua New Guinea", N, neu, "", "plan for an inquiry + narration of the events; no judgement"))
U(d, "\"The people of this country deserve to know who failed them", "the Prime Minister said.",
  ("Papua New Guinea", N, neg, "", "justification of the inquiry; blame not aimed at an identified actor (unsure: could be condemning with empty target)"))
U(d, "Treasurer Hon. Ian Ling-Stuckey said the Government would provide tax relief", "destroyed or looted.",
  ("Papua New Guinea", S, pos, "", "relief offered to affected businesses = assistance (supporting); no canonical target"))
U(d, "The Prime Minister said certain political elements had tried to exploit the unrest", "who governs Papua New Guinea.",
  ("Papua New Guinea", C, neg, "", "accusation against unnamed 'political elements' -> target empty"))
U(d, "\"I take full responsibility as head of government", "PM Marape said.",
  ("Papua New Guinea", N, neu, "", "taking responsibility + refusing to resign under pressure: self-description, no judgement"))
U(d, "Police Minister Hon. Peter Tsiamalili Jr said members of the Constabulary", "under the Police Act.",
  ("Papua New Guinea", C, neg, "", "announced sanction against officers who deserted = threatened measure (target: own police, empty)"))
U(d, "The Prime Minister spoke by telephone on Thursday evening with the Prime Minister of Australia", "signed in December.",
  ("Australia", S, pos, "Papua New Guinea", "Australia's offer of help reported by the PNG release = Australia's statement (offer of assistance)"))
U(d, "PM Marape thanked Australia for standing with Papua New Guinea", "a difficult time.",
  ("Papua New Guinea", S, pos, "Australia", "thanks = approval of Australia's backing"))
U(d, "The Prime Minister said Papua New Guinea had not requested outside police", "PNG Defence Force.",
  ("Papua New Guinea", N, neu, "", "facts and procedure"))
U(d, "New Zealand's High Commissioner conveyed the readiness", "recovery efforts.",
  ("New Zealand", S, pos, "Papua New Guinea", "envoy = New Zealand; offer of help"))
U(d, "Messages of solidarity were received from the Prime Ministers of Fiji, Solomon Islands and Vanuatu.", "Vanuatu.",
  ("Fiji", S, pos, "Papua New Guinea", "listed states, one row each; solidarity"),
  ("Solomon Islands", S, pos, "Papua New Guinea", "listed states, one row each; solidarity"),
  ("Vanuatu", S, pos, "Papua New Guinea", "listed states, one row each; solidarity"))
U(d, "The Secretary General of the Pacific Islands Forum, Hon. Henry Puna, also wrote", "people of Papua New Guinea.",
  ("Pacific Islands Forum", S, pos, "Papua New Guinea", "secretary general speaks for the Forum; solidarity"))
U(d, "Minister for Foreign Affairs Hon. Justin Tkatchenko, MP, briefed heads of diplomatic missions", "on the security situation.",
  ("Papua New Guinea", N, neu, "", "a briefing given (procedure)"))
U(d, "\"Nobody was targeted because of where they come from", "told the diplomatic corps.",
  ("Papua New Guinea", N, neg, "", "denial that foreigners were singled out = neutral, negative"))
U(d, "The Minister also met the Ambassador of the People's Republic of China, H.E. Zeng Fanhua, who asked", "Chinese-owned shops to justice.",
  ("China", T, neg, "Papua New Guinea", "demand for protection of nationals and prosecution of attackers, no judgement of PNG = calling_for_talks (protection of civilians); PNG's meeting itself is narration"))
U(d, "Minister Tkatchenko assured the Ambassador that the safety", "a priority of the Government.",
  ("Papua New Guinea", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "The National Executive Council has declared a 14-day State of Emergency", "to support police.",
  ("Papua New Guinea", N, neu, "", "own emergency measure against no outside party = neutral"))
U(d, "The Prime Minister has suspended for 14 days the Commissioner of Police", "into the payroll error.",
  ("Papua New Guinea", N, neu, "", "administrative suspension of own officials pending inquiry, no judgement stated"))
U(d, "Deputy Commissioner Donald Yamasombi will act as Commissioner", "State of Emergency.",
  ("Papua New Guinea", N, neu, "", "appointment (procedure)"))
U(d, "\"What happened yesterday was not a protest, it was lawlessness", "the Prime Minister said.",
  ("Papua New Guinea", C, neg, "", "judgement + threat of prosecution aimed at rioters (no canonical actor) -> target empty"))
U(d, "PM Marape said police officers who walked off the job", "swore to protect.",
  ("Papua New Guinea", C, neg, "", "judgement of the striking police (own officers) -> target empty"))
U(d, "According to police reports received by the Government, nine people died", "during the unrest.",
  ("Papua New Guinea", N, neu, "", "casualty figures given by the government"))
U(d, "Prime Minister James Marape has appealed to the people of Port Moresby", "restore order.",
  ("Papua New Guinea", T, neu, "", "appeal for calm = calling_for_talks (restraint)"))
U(d, "\"The deduction in the pay of our police", "the Prime Minister said.",
  ("Papua New Guinea", N, neu, "", "explanation and fix (facts, plan)"))
U(d, "PM Marape apologised to business houses and families", "in the days ahead.",
  ("Papua New Guinea", S, pos, "", "apology + pledge of support to victims = supporting, no canonical target (unsure: could be neutral)"))
U(d, "National Capital District Governor Hon. Powes Parkop said the looting was a disgrace", "called it home.",
  ("Papua New Guinea", C, neg, "", "provincial governor resolves to the state; judgement of the looters -> target empty"))
