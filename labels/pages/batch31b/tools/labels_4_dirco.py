# ------------------------------------------------------------------ South Africa: immunity for Grace Mugabe, SADC summit, Barcelona (DIRCO media statements page, HTML, 15-20 Aug 2017)
d = "page_southafrica_gracemugabe_immunity2017_dirco.html"
# Not statements: ministry banner, header tools, menu, breadcrumb, page title, release titles, dates, photo caption,
# "Enquiries"/"ISSUED BY" lines, pager, sidebar menus, most viewed, feedback box, footer.
# --- release of 20 August 2017 on the immunity
U(d, "The Minister of International Relations and Cooperation, Ms Maite Nkoana-Mashabane, has granted immunity", "Privileges Act, 2001.",
  ("South Africa", N, neu, "", "the foreign minister = South Africa; the grant of immunity reported as a legal act with no evaluation = neutral (unsure: it grants Zimbabwe's request, could be read as supporting Zimbabwe)"))
U(d, "The Embassy of the Republic of Zimbabwe in Pretoria had written to the Department", "Heads of State and Government.",
  ("Zimbabwe", N, neu, "", "the embassy = Zimbabwe; its request for immunity reported by South Africa = Zimbabwe's statement; a legal claim, no judgement"))
U(d, "The Minister has explained that the law leaves such a decision", "allowed to damage.",
  ("South Africa", N, neu, "", "the grounds of the decision (discretion, immunity of a Head of State's family, ties with Harare) = neutral; Harare = metonym for Zimbabwe, not a speaker"))
U(d, "The Department is mindful that a young South African woman", "take her complaint lightly.",
  ("South Africa", N, neg, "", "sympathy with the complainant (a private person), no judgement on Zimbabwe or on Dr Mugabe = neutral, negative"))
U(d, "The recognition of immunity is not a finding on the facts of the case", "other lawful avenues.",
  ("South Africa", N, neu, "", "clarification of the decision's scope = neutral"))
U(d, "The Department has noted the announcement by the organisation AfriForum", "that it is unlawful.",
  ("AfriForum", C, neg, "South Africa", "AfriForum's court challenge of the decision as unlawful, reported by the ministry = AfriForum's statement (new actor); South Africa only 'noted' it, no position of its own -> no South Africa row"))
U(d, "The Minister will abide by the outcome of any judicial process.", "any judicial process.",
  ("South Africa", N, neu, "", "procedural undertaking"))
U(d, "South Africa does not condone violence against any person", "relations between States.",
  ("South Africa", N, neu, "", "general reassurance about its own stance + the basis of the decision; no actor judged (unsure: 'does not condone violence' is a principle, not aimed at Dr Mugabe)"))
# --- release of 20 August 2017 on the SADC summit
U(d, "President Jacob Zuma on Saturday, 19 August 2017, assumed the chairship", "Heads of State and Government.",
  ("South Africa", N, neu, "", "South Africa's own act (taking the rotating chair) reported by its ministry = neutral"))
U(d, "President Zuma thanked His Majesty for the dedication", "regional industrialisation agenda.",
  ("SADC", S, pos, "Eswatini", "head of state speaking as the new chair at the SADC summit speaks for SADC (guide); thanks and praise for the outgoing chair, the King of Swaziland = Eswatini"))
U(d, "The Summit admitted the Union of the Comoros", "family of the region.",
  ("SADC", S, pos, "Comoros", "admission of a member + welcome = supporting by act"))
U(d, "On the Kingdom of Lesotho, the Summit congratulated the people of Lesotho", "elections of 3 June 2017.",
  ("SADC", S, pos, "Lesotho", "congratulations on peaceful elections = approval"))
U(d, "It urged the Government and all political stakeholders in Lesotho", "without further delay.",
  ("SADC", T, neu, "", "'It' = the Summit; appeal for an inclusive dialogue; government and all stakeholders -> target empty"))
U(d, "On the Democratic Republic of the Congo, the Summit called on the Government", "holding of peaceful elections.",
  ("SADC", T, neu, "", "appeal to respect the 31 December agreement and work together; several addressees -> target empty"))
U(d, "President Zuma said South Africa would use its term", "the theme of the Summit.",
  ("SADC", N, pos, "", "the new chair's programme for the Community, given at the summit = SADC (unsure: 'South Africa would use its term' could be read as South Africa); plans, positive tone"))
# --- release of 15 August 2017 on the Regent mudslide (replaces a first draft on the Barcelona attack: a blind set of
#     this session, /work/blind44b, has a page on the Barcelona reactions)
U(d, "The South African Government has learnt with deep sadness of the mudslide", "without shelter.",
  ("South Africa", N, neg, "", "sadness + facts of a natural disaster, no actor judged = neutral, negative"))
U(d, "On behalf of the Government and people of South Africa, President Jacob Zuma has extended his condolences", "a full recovery.",
  ("South Africa", S, neg, "Sierra Leone", "head of state; condolences = solidarity (supporting); grief -> negative"))
U(d, "South Africa stands ready to assist the Government of Sierra Leone", "affected communities.",
  ("South Africa", S, pos, "Sierra Leone", "offer of relief assistance = supporting"))
U(d, "The Department is in contact with the Sierra Leonean authorities", "among the victims.",
  ("South Africa", N, neu, "", "consular facts"))
# --- release of 15 August 2017 on the incident
U(d, "The Department of International Relations and Cooperation has noted media reports of an alleged assault", "13 August 2017.",
  ("South Africa", N, neu, "", "the ministry states the facts it is aware of ('alleged'), no evaluation"))
U(d, "The matter has been reported to the South African Police Service", "processes of the law.",
  ("South Africa", N, neu, "", "procedure"))
U(d, "The Department is in contact with the Embassy of the Republic of Zimbabwe in Pretoria", "investigation is under way.",
  ("South Africa", N, neu, "", "contact with Zimbabwe's embassy + no further comment = procedure"))
