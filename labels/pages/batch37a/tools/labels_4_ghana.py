# ------------------------------------------------------------------ Ghana's MFA on the Titao attack on Ghanaian traders (ministry news page, full HTML, releases of 15-17 Feb 2026)
d = "page_ghana_titao_traders2026_mfa.html"
# Not statements: top bar, menu, breadcrumb, page title, release headings and dates, caption, signature line, comments note,
# sidebar links, follow-us line, footer. Every sentence of a release is the Ministry's (Ghana's) voice.
# --- release of 17 February
U(d, "His Excellency John Dramani Mahama, President of the Republic, has directed", "continue their treatment at home.",
  ("Ghana", N, pos, "", "head of state with full title; a measure for its own nationals, aimed at no actor = neutral, positive tone"))
U(d, "“Our traders went to Titao to earn an honest living,", "the President said in Accra on Tuesday.",
  ("Ghana", C, neg, "", "two-sentence quote closed by its speaker; 'enemies of both our peoples' = judgement of the attackers (unnamed) -> target empty"))
U(d, "The President also reaffirmed Ghana's solidarity with the people of Burkina Faso,", "with all its neighbours.",
  ("Ghana", S, pos, "Burkina Faso", "solidarity + readiness for security cooperation = supporting"))
U(d, "In the light of the prevailing security situation, the Ministry advises", "until further notice.",
  ("Ghana", N, neg, "", "travel advisory: a plan for own nationals, concern, no judgement of Burkina Faso"))
U(d, "Traders who must travel for business are urged to register", "with their associations.",
  ("Ghana", N, neu, "", "consular instructions; the appeal is not a peace appeal"))
U(d, "The Ministry has taken note of the decision of the Ghana National Tomato Traders and Transporters Association", "on the way forward.",
  ("Ghana National Tomato Traders and Transporters Association", N, neg, "", "position of X reported by Y: the traders' suspension of purchases is a safety measure, not aimed at Burkina Faso in protest = neutral, negative"),
  ("Ghana", N, neu, "", "the Ministry notes the decision and plans follow-up work, no judgement"))
U(d, "The Ministry acknowledges with gratitude the messages of condolence", "the transfer of the injured to Ouagadougou.",
  ("Ghana", S, pos, "", "gratitude to Burkina Faso and the ECOWAS Commission = approval; two actors -> target empty"),
  ("Burkina Faso", S, pos, "Ghana", "position of X reported by Y: condolences + offer to help move the injured = support by offer"),
  ("ECOWAS", S, neg, "Ghana", "ECOWAS Commission = ECOWAS; condolences = solidarity, grief in tone"))
U(d, "The Government of Ghana will continue to engage the Government of Burkina Faso,", "against terrorism in the sub-region.",
  ("Ghana", T, neu, "Burkina Faso", "continued engagement, bilateral and regional = commitment to talks"))
# --- release of 16 February
U(d, "The Ministry wishes to inform the public that the remains of the seven (7) Ghanaians", "on Monday, 16th February 2026.",
  ("Ghana", N, neu, "", "facts given by the Ministry"))
U(d, "The decision to bury the victims in Burkina Faso was taken with the consent", "did not permit their repatriation.",
  ("Ghana", N, neu, "", "own decision explained, procedural"),
  ("Burkina Faso", N, neg, "", "position of X reported by Y: the Burkinabè authorities' advice on the remains and the roads = facts, grim in tone"))
U(d, "DNA samples were taken from each of the deceased before burial", "present at the ceremony.",
  ("Ghana", N, neu, "", "facts given in the Ministry's release (passive voice, the Ministry is the speaker)"))
U(d, "The Ministry joins the Hon. Minister for the Interior, Mohammed Muntaka Mubarak,", "out of respect for their families.",
  ("Ghana", N, neu, "", "two ministries of one state; an appeal to the public about images, not a peace appeal = neutral"))
U(d, "The Ministry has noted with regret attempts by some members of the Minority in Parliament", "risks of travel in the Sahel.",
  ("Ghana", C, neg, "New Patriotic Party", "'noted with regret' + 'turn this national tragedy into a partisan contest' = judgement of the Minority (the NPP caucus)"),
  ("New Patriotic Party", C, neg, "Ghana", "position of X reported by Y: the Minority's claim that the government left the traders without warning = accusation (opposition MPs -> their party)"))
U(d, "The Ministry remains ready to brief the Foreign Affairs Committee of Parliament", "to mourn in dignity.",
  ("Ghana", N, neu, "", "offer to brief Parliament + appeal to respect the families; domestic procedure, no judgement"))
# --- release of 15 February
U(d, "The Ministry of Foreign Affairs has learnt with profound shock and sorrow", "in northern Burkina Faso.",
  ("Ghana", N, neg, "", "shock and sorrow without an appeal or a judgement of an actor = neutral, negative (the judgement comes two sentences later)"))
U(d, "Preliminary information available to the Ministry indicates", "sustained injuries.",
  ("Ghana", N, neu, "", "figures given by an actor = neutral"))
U(d, "The Government of Ghana condemns in the strongest terms", "to the bereaved families.",
  ("Ghana", C, neg, "", "condemnation of an attack by unnamed attackers -> target empty; condolences secondary"))
U(d, "The Hon. Minister for Foreign Affairs, Samuel Okudzeto Ablakwa, has instructed", "the safe return of the survivors.",
  ("Ghana", N, neu, "", "foreign minister = Ghana; instructions to the embassy, operational cooperation, no appeal (unsure: could be read as calling_for_talks)"))
U(d, "The Ministry appreciates the prompt response of the Defence and Security Forces of Burkina Faso,", "escort the survivors to Ouagadougou.",
  ("Ghana", S, pos, "Burkina Faso", "appreciation of the Burkinabè forces = approval"),
  ("Burkina Faso", S, pos, "Ghana", "position of X reported by Y: the pledge to escort the survivors = assistance offered; the army speaks for its state"))
U(d, "Families seeking information may contact the Consular Bureau", "published on this website.",
  ("Ghana", N, neu, "", "consular procedure"))
