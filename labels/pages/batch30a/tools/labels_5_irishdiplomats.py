# ------------------------------------------------------------------ Ethiopia's expulsion of four Irish diplomats (foreign ministry press-release page, full HTML, 2021-11-24)
d = "page_ethiopia_irish_diplomats2021_dfapage.html"
# Not statements: cookie bar, language bar, header, nav, breadcrumb, page title, filter line, release headlines and dates, caption, pagination, share bar, comments note, footer.
U(d, "The Minister for Foreign Affairs and Minister for Defence, Simon Coveney T.D., today confirmed", "must leave the country within one week.",
  ("Ireland", N, neu, "", "the Department's page: Ireland never named; confirmation of a fact"),
  ("Ethiopia", C, neg, "Ireland", "Ethiopia's order for four diplomats to leave = expulsion, reported"))
U(d, "The Ethiopian authorities indicated to the Embassy that the decision was linked", "including in the UN Security Council.",
  ("Ethiopia", C, neg, "Ireland", "the reason given for the expulsion: a grievance against Ireland's positions (reported clause)"))
# "Speaking today, the Minister said:" = lead-in to the quote, no row.
U(d, "\"This is a decision I very much regret", "serves neither of our peoples.",
  ("Ireland", C, neg, "Ethiopia", "'very much regret' + 'serves neither of our peoples' aimed at Ethiopia's act = judgement (guide: regrettable)"))
U(d, "Every word we have spoken on Ethiopia, in New York and in Brussels", "the suffering of civilians.\"",
  ("Ireland", N, neu, "", "defence of its own record = neutral"))
U(d, "\"We have asked, and will keep asking, for the fighting to stop", "a political settlement.\"",
  ("Ireland", T, neu, "", "appeal for a ceasefire, aid access and a settlement"))
U(d, "The Minister said he hoped the measure would prove temporary", "as soon as possible.",
  ("Ireland", T, pos, "Ethiopia", "hope that relations return to normal (unsure: could be neutral)"))
U(d, "The Ambassador and one colleague will remain in Addis Ababa", "the Embassy will stay open.",
  ("Ireland", N, neu, "", "own arrangements"))
U(d, "Officials of the Department conveyed the Government's disappointment", "this afternoon.",
  ("Ireland", C, neg, "Ethiopia", "disappointment conveyed to the envoy = protest"))
U(d, "The Minister underlined the Government's full backing for the African Union's mediation", "former President Olusegun Obasanjo of Nigeria.",
  ("Ireland", S, pos, "African Union", "backing of the AU mediation = supporting"))
U(d, "He added that the Government respects the sovereignty and unity of Ethiopia", "between Ethiopians.",
  ("Ireland", N, pos, "", "reassurance about own conduct = neutral"))
U(d, "The Department renews its advice against all travel to Ethiopia", "while flights remain available.",
  ("Ireland", N, neu, "", "consular advice"))
U(d, "The Minister for Foreign Affairs has taken note of the agreement signed in Khartoum", "returns to office.",
  ("Ireland", N, neu, "", "'taken note' = procedural"))
U(d, "The Minister said the agreement could be a first step back", "the release of every political detainee.",
  ("Ireland", T, neu, "Sudan", "conditional welcome + appeal, no judgement: rule 2"))
U(d, "\"The killing of peaceful protesters by the security forces", "Minister Coveney said.",
  ("Ireland", C, neg, "Sudan", "judgement + demand for accountability"))
U(d, "He also called on the military authorities to lift the state of emergency", "in full.",
  ("Ireland", T, neu, "Sudan", "demand to one side, no judgement word = calling_for_talks (labels/README)"))
U(d, "The Department will continue to support Sudanese civil society", "allocated this year.",
  ("Ireland", S, pos, "", "aid = supporting; civil society not a canonical actor"))
U(d, "The Minister of State for European Affairs, Thomas Byrne T.D., today hosted a roundtable", "the Middle East and Europe.",
  ("Ireland", N, neu, "", "hosting a thematic roundtable (not talks between parties) = neutral (unsure)"))
U(d, "Professor Aoife Brennan of the Centre for Peace and Conflict Studies", "as soon as the cameras leave\".",
  ("Aoife Brennan", N, neg, "", "independent scholar; criticism of a practice, no actor judged"))
U(d, "Brennan urged the governments present to make women's participation", "to mediation efforts.",
  ("Aoife Brennan", T, neu, "", "appeal about peace processes"))
U(d, "Sister Margaret Kiely, who worked for eleven years with displaced families", "than they want anyone to win\".",
  ("Margaret Kiely", T, neg, "", "independent witness relaying the wish for the fighting to stop = calling_for_talks"))
U(d, "The Minister for Foreign Affairs today welcomed the decision of EU Foreign Ministers", "can be listed.",
  ("Ireland", C, neg, "Belarus", "welcome of sanctions against Belarus: backing a measure against an actor; rule 1 (unsure: could be supporting EU)"),
  ("European Union", C, neg, "Belarus", "the EU's widened sanctions, reported"))
U(d, "\"The Lukashenko regime is using desperate people as a weapon", "the Minister said.",
  ("Ireland", C, neg, "Belarus", "judgement + backing of sanctions"))
U(d, "The Minister expressed solidarity with Poland, Lithuania and Latvia", "stranded at the border.",
  ("Ireland", S, pos, "", "solidarity with three states + offer of aid -> target empty"))
U(d, "The EU High Representative, Josep Borrell, said after the Council", "in the coming weeks.",
  ("European Union", C, neg, "Belarus", "announced further sanctions listings = condemning"))
