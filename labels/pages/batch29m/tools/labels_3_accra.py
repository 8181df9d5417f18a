# ------------------------------------------------------------------ Demolition at the Nigerian High Commission in Accra (Nigerian daily, 2020-06-22)
d = "page_accra_hicom_demolition2020_daily.html"
# Not statements: top bar, menu, crumbs, headline and subheadline (the sub carries the Minister's position, counted in the body),
# byline, date, captions, ADVERTISEMENT, crossheads, share, tags, comments, most read, footer.
U(d, "The Federal Government has condemned the demolition", "against a diplomatic mission.",
  ("Nigeria", C, neg, "", "condemnation, 'criminal act'; perpetrators unnamed -> target empty (Ghana is the host, not the author)"))
# "Armed men supervising a bulldozer pulled down the block ..." = narration, no row.
U(d, "The Minister of Foreign Affairs, in a statement released in Abuja on Sunday", "without delay.",
  ("Nigeria", C, neg, "Ghana", "minister by title only; demand addressed to Ghana to find and try the culprits (unsure: a demand without a judgement word could be calling_for_talks; the lead's 'criminal act' frames it, kept condemning)"))
U(d, "\"The premises of a diplomatic mission are inviolable.", "the Minister said.",
  ("Nigeria", C, neg, "Ghana", "judgement: 'an assault', carried out in view of people who should have stopped it = blame on Ghanaian police"))
U(d, "He added that the Federal Government had directed the High Commission", "present the bill to Accra.",
  ("Nigeria", C, neg, "Ghana", "claim for compensation presented to Accra = a measure/demand against the other side (unsure: could be neutral procedure)"))
U(d, "\"We expect the Ghanaian authorities to make sure", "the Minister said.",
  ("Nigeria", T, neu, "Ghana", "appeal for protection of citizens, no judgement word = calling_for_talks"))
U(d, "The Minister of State for Foreign Affairs, who briefed journalists separately", "formal protest note.",
  ("Nigeria", C, neg, "Ghana", "summoning the envoy to deliver a protest note = a diplomatic measure"))
U(d, "According to a statement from the High Commission in Accra", "received no reply.",
  ("Nigeria", C, neg, "Ghana", "the mission speaks for its state; accusation by describing Ghanaian police inaction"))
U(d, "The mission said the police arrived only when the building was almost flat", "let the man leave the site.",
  ("Nigeria", C, neg, "Ghana", "'the mission' = High Commission; accusation of police complicity by description"))
U(d, "The Presidency, in a statement by the Senior Special Assistant to the President", "keep him informed.",
  ("Nigeria", N, neu, "", "procedural: briefed, asked to be informed"))
U(d, "The Speaker of the House of Representatives described the incident", "in Accra last year.",
  ("Nigeria", C, neg, "Ghana", "title only; parliament speaker = Nigeria; 'humiliations' = judgement without a stock word"))
U(d, "\"The House will not sit back while our people are treated", "to brief members.",
  ("Nigeria", C, neg, "Ghana", "warning of a response + procedure; the warning decides"))
U(d, "The Chairman of the Nigerians in Diaspora Commission urged Nigerians in Ghana", "in the hands of both governments.",
  ("Nigeria", T, neu, "", "a government commission = Nigeria; appeal for calm and against reprisals"))
U(d, "In Accra, Ghana's Ministry of Foreign Affairs and Regional Integration said it was troubled", "hold whoever was behind it accountable.",
  ("Ghana", N, neg, "", "concern + an inquiry into unnamed culprits; no appeal to another actor = neutral"))
U(d, "The ministry said more police officers had been posted at the site.", "posted at the site.",
  ("Ghana", N, neu, "", "'the ministry' = Ghana's; a fact about its own measures"))
U(d, "Ghanaian police said on Sunday they had arrested two people", "with the demolition.",
  ("Ghana", N, neu, "", "police = state agency; fact of arrests"))
U(d, "President Nana Addo Dankwa Akufo-Addo telephoned President Buhari to express his regret", "at no cost to Nigeria.",
  ("Ghana", S, pos, "Nigeria", "regret + promise to rebuild at Ghana's cost = reparation offered to Nigeria (unsure: an apology could be neutral)"))
U(d, "The ECOWAS Commission said it trusted the two member states", "community's protocols.",
  ("ECOWAS", T, pos, "", "confidence that the two settle it = hope for a negotiated settlement"))
U(d, "Professor Adaeze Nwachukwu, who teaches international relations", "were also settled.",
  ("Adaeze Nwachukwu", N, neu, "", "invented scholar: welcome joined to a reservation about trader disputes; neither judgement of an actor nor appeal (unsure: could be supporting Ghana for the apology)"))
U(d, "\"The apology does not explain why a bulldozer could work on diplomatic land", "Nwachukwu said.",
  ("Adaeze Nwachukwu", C, neg, "Ghana", "judgement on the police's inaction + backing of Abuja's demand; judgement decides (rule 1)"))
U(d, "Chief Ikenna Obiora, chairman of the Nigerian Community in Ghana, said", "since Saturday.",
  ("Ikenna Obiora", N, neg, "", "invented community leader; fact about fear among traders"))
U(d, "He said the community welcomed the arrests and asked both governments to meet quickly", "between two flags\".",
  ("Ikenna Obiora", T, neu, "", "welcome joined to an appeal for a meeting, no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "Nigeria and Ghana have had recurring frictions over retail trade rules", "apply to all foreigners.",
  ("Ghana", N, neu, "", "background with Ghana's stated position on the rules (what Ghana says) = neutral"))
U(d, "The Minister of Information and Culture, speaking in Lagos, said the Federal Government would not let", "through diplomatic channels.",
  ("Nigeria", T, pos, "Ghana", "title only; wish to keep relations and settle through diplomacy = calling_for_talks"))
U(d, "The Chairman of the Senate Committee on Foreign Affairs said the upper chamber would back", "failed to act within days.",
  ("Nigeria", C, neg, "Ghana", "senator speaks for the state; threat of reciprocal measures = condemning"))
U(d, "Ghana's Minister of Information told a radio station", "on a neighbour's embassy grounds\".",
  ("Ghana", C, neg, "", "regret + judgement of the demolition ('not with a bulldozer'); culprit is the unnamed claimant -> target empty"))
