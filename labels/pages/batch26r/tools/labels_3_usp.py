# ------------------------------------------------------------------ Fiji deports USP Vice-Chancellor Pal Ahluwalia; USP Council meets (Nauru Government media release, full HTML, 5 February 2021)
d = "page_usp_ahluwalia_deportation2021_govrelease.html"
# Not statements: title, site name, menu, breadcrumb, headline, release number/date line, figcaption with credit, ADVERTISEMENT,
# crossheads, contact line, share bar, related releases, comments notice, footer.
U(d, "The President of the Republic of Nauru and Chair of the Council of the University of the South Pacific", "Ms Sandra Price.",
  ("University of the South Pacific", N, neu, "", "the chair convenes the body's own governing meeting: an internal procedure, not a diplomatic meeting -> neutral (unsure: could be read as convening talks)"))
# "Professor Ahluwalia and Ms Price were taken from their residence ..." = narration, no row.
U(d, "Speaking after the meeting, the Chair said the manner of the removal had caused deep distress", "the University's governing body.",
  ("University of the South Pacific", C, neg, "Fiji", "a head of state speaking as chair of the body speaks for it (guide); removal done 'without any prior word' = judgement without stock words"))
U(d, "\"A regional university belongs to all twelve of its member countries", "by one member alone.\"",
  ("University of the South Pacific", C, neg, "Fiji", "quote split by 'the President said' (still the chair after the meeting); 'cannot be taken at midnight by one member alone' = judgement of Fiji"))
U(d, "The Council resolved that Professor Ahluwalia remains Vice-Chancellor", "until further notice.",
  ("University of the South Pacific", S, pos, "Pal Ahluwalia", "keeping him in office = backing by act"))
U(d, "It also agreed to establish a subcommittee of member states to meet the Fijian authorities", "operations in Suva.",
  ("University of the South Pacific", T, neu, "Fiji", "'It' = the Council; a committee to meet Fiji and seek a way forward = talks"))
U(d, "The Government of Nauru has offered the Vice-Chancellor and his office facilities", "the President added.",
  ("Nauru", S, pos, "Pal Ahluwalia", "the same speaker now for his state ('The Government of Nauru'); offer of facilities = backing by act"))
U(d, "In a statement issued on Thursday, the Fijian Government said the Immigration Department had ordered", "the Immigration Act.",
  ("Fiji", C, neg, "Pal Ahluwalia", "expulsion order justified by alleged 'repeated breaches' = a measure and an accusation (condemning)"))
# "Fiji's statement gave no details of the alleged breaches." = the outlet's narration, no row.
U(d, "Samoa's Prime Minister, Tuilaepa Sailele Malielegaoi, told the Council", "against the whole region.",
  ("Samoa", C, neg, "Fiji", "offer to host (support) + 'a serious wrong' (judgement): rule 1"))
U(d, "Kiribati and Tuvalu, in a joint message read to the Council, said they regretted", "remain open.",
  ("Kiribati", C, neg, "Fiji", "joint statement by two states: one row each; 'regretted ... drawn into a quarrel' aimed at the government that acted = judgement; the appeal follows (rule 1)"),
  ("Tuvalu", C, neg, "Fiji", "second state of the joint message"))
U(d, "Fiji's representatives on the Council recorded their objection to the resolution", "Vice-Chancellor's position.",
  ("Fiji", N, neg, "", "objection with no judgement stated = neutral (labels/README: objecting with no judgement)"))
U(d, "A Tongan delegate said his Government hoped that calm discussion among members", "the Pacific way.",
  ("Tonga", T, pos, "", "state adjective + delegate; hope that discussion resolves it = calling_for_talks"))
# "Australia, which is a major funder of the University, was not represented at the meeting." = narration, no row.
U(d, "In Canberra, a spokesperson for Foreign Minister Marise Payne was quoted as saying", "holds Australian citizenship.",
  ("Australia", S, neu, "Pal Ahluwalia", "passive attribution; consular assistance = assistance provided (supporting); raising it with Fiji states no judgement (unsure: could be neutral as routine consular work)"))
U(d, "Global Affairs Canada said it was aware that a Canadian citizen had been removed", "about his welfare.",
  ("Canada", N, neu, "", "awareness + contacts = facts and procedure"))
U(d, "New Zealand's Foreign Minister, Nanaia Mahuta, said in remarks carried by Radio New Zealand", "restore stable governance.",
  ("New Zealand", T, neg, "", "concern + appeal to work through the Council = calling_for_talks; Wellington = metonym; the broadcaster is not an actor"))
U(d, "According to a statement from the Pacific Islands Forum Secretariat", "affairs of a member.",
  ("Pacific Islands Forum", N, neu, "", "monitoring + declining to comment = procedural, neutral"))
U(d, "Speaking to the Council by telephone from Brisbane, Professor Ahluwalia thanked members", "wherever he was based.",
  ("Pal Ahluwalia", S, pos, "University of the South Pacific", "gratitude for the Council's confidence = approval of its act (unsure: could be neutral own plans)"))
U(d, "\"My concern tonight is for our students and staff in Suva", "he said.",
  ("Pal Ahluwalia", N, neg, "", "concern; 'deserve a university that is run openly' implies a charge but names no one -> neutral, negative"))
U(d, "He said he had never been given any reason for his removal", "the Immigration Act.",
  ("Pal Ahluwalia", N, neg, "", "facts of his case given by him, no explicit judgement (unsure: could be read as condemning Fiji)"))
U(d, "Dr Mereoni Vakalala, a senior lecturer in Pacific governance", "the region's institutions.",
  ("Mereoni Vakalala", C, neg, "Fiji", "invented scholar (person); 'a chilling message' = judgement of the removal"))
U(d, "\"If a vice-chancellor can be bundled onto a plane for asking about accounts", "Dr Vakalala said.",
  ("Mereoni Vakalala", C, neg, "Fiji", "rhetorical question as judgement; surname only"))
U(d, "Iosefa Lemalu, a postgraduate student from Samoa", "out of the dispute.",
  ("Iosefa Lemalu", T, neu, "", "invented student (person); peaceful vigil + appeal to keep classes out of the dispute"))
U(d, "The President said Nauru would keep in close contact with all member governments", "stronger and united.",
  ("Nauru", T, pos, "", "contacts with all members + hope = calling_for_talks; here for his state ('Nauru')"))
# --- added units
U(d, "The Solomon Islands delegation said Honiara would respect the Council's decisions", "senior management.",
  ("Solomon Islands", S, pos, "University of the South Pacific", "respect for the decisions + offer of its campus = backing by offer"))
U(d, "The Chair thanked Samoa and Solomon Islands for their offers", "its next meeting.",
  ("University of the South Pacific", N, pos, "", "thanks + procedure (next meeting); two addressees (unsure: thanks could be supporting)"))
