# ------------------------------------------------------------------ Guyana's 2020 election standoff, US visa restrictions (Caribbean news site, full HTML, 2020-07-16)
d = "page_guyana_election_standoff2020_caribsite.html"
# Not statements: cookie bar, brand, nav, section label, headline, summary, byline/time line, figcaptions with credits,
# Advertisement, crossheads, reporting credit, tags, share bar, newsletter prompt, read more, comments, most read, footer.
# Actors: the Granger government, the Ministry of the Presidency and GECOM are state bodies = Guyana; the APNU+AFC coalition
# as a campaign = A Partnership for National Unity (APNU+AFC declared as its alias); the PPP/C and Irfaan Ali (candidate on this
# date, not yet president) = People's Progressive Party/Civic.
U(d, "The United States imposed visa restrictions on Wednesday on people it holds responsible", "four-and-a-half-month standoff.",
  ("United States", C, neg, "", "dateline 'GEORGETOWN, Guyana – ' excluded; sanctions = condemning; aimed at unnamed individuals -> target empty"))
U(d, "Secretary of State Mike Pompeo said the restrictions could extend", "of those targeted.",
  ("United States", C, neg, "", "scope of the sanctions (a measure) = condemning (unsure: could be read as a neutral detail of procedure)"))
U(d, "\u201cThe count is finished, the observers have reported, and the courts have ruled.", "Pompeo told reporters in Washington.",
  ("United States", C, neg, "", "judgement: 'holding a whole country hostage'; the group is not named -> target empty"))
U(d, "US Ambassador Sarah-Ann Lynch said in Georgetown on Thursday that the restrictions were aimed", "would see no change.",
  ("United States", N, neu, "", "explains the measure's scope, no new judgement"))
# "The national recount, carried out over 33 days ..." = results narrated from no named source, no row.
U(d, "Granger, in a brief televised address on Wednesday night, said his government would respect", "finally decided.",
  ("Guyana", N, neu, "", "the President speaks for the state; reassurance about own conduct = neutral"))
U(d, "The Ministry of the Presidency went further, saying in a statement that Washington was prejudging", "the country's leaders.",
  ("Guyana", C, neg, "United States", "rejects foreign pressure with a grievance ('prejudging') = condemning; Washington = metonym"))
U(d, "The APNU+AFC coalition said the recount had uncovered thousands of irregularities", "declared from it.",
  ("A Partnership for National Unity", C, neg, "", "fraud allegation against the count = condemning; no single actor named -> target empty (unsure: figures-as-accusation could be read as neutral)"))
U(d, "The coalition urged its supporters to stay calm and said it would pursue its case", "an elections petition.",
  ("A Partnership for National Unity", T, neu, "", "appeal for calm + legal course = calling_for_talks"))
U(d, "Irfaan Ali, the PPP/C's presidential candidate, welcomed the US measures", "in broad daylight.",
  ("People's Progressive Party/Civic", C, neg, "A Partnership for National Unity", "welcome of the sanctions + judgement of the coalition: the judgement decides (rule 1)"))
U(d, "Ali said he hoped the elections commission would now make the declaration", "provocation with violence.",
  ("People's Progressive Party/Civic", T, neu, "", "hope + appeal against violence = calling_for_talks"))
U(d, "He also thanked CARICOM and the OAS for standing by the recount", "easier to look away.",
  ("People's Progressive Party/Civic", S, pos, "", "'He' = Ali; thanks to two bodies = supporting; two -> target empty"))
U(d, "The Guyana Elections Commission said in a brief notice", "latest report.",
  ("Guyana", N, neu, "", "GECOM (state body) announces a meeting"))
U(d, "CARICOM Chairman Ralph Gonsalves, the Prime Minister of St Vincent and the Grenadines, said", "anything but the recount figures.",
  ("CARICOM", T, neu, "", "the chair speaks for the Community; insists on the recount as the basis of a declaration = asks for a lawful, peaceful course (unsure: could be neutral statement of position)"))
U(d, "\u201cIf anyone were sworn in on numbers that no one outside that coalition accepts", "Gonsalves said.",
  ("CARICOM", C, neg, "A Partnership for National Unity", "threat of non-recognition aimed at the coalition = condemning"))
U(d, "CARICOM Secretary-General Irwin LaRocque said the scrutineer team stood by", "its report.",
  ("CARICOM", N, neu, "", "reaffirms its own report, no judgement, no appeal"))
U(d, "OAS Secretary General Luis Almagro wrote on Twitter that the Chief Elections Officer's report", "no place in a democracy.",
  ("Organization of American States", C, neg, "Guyana", "social media; judgement of the CEO's report (GECOM = state body -> Guyana)"))
U(d, "At a special meeting of the OAS Permanent Council earlier this week, Canada, Brazil and Colombia", "based on the recount.",
  ("Canada", T, neu, "", "listed state backing the call for a declaration (one row per listed state)"),
  ("Brazil", T, neu, "", "listed state, as above"),
  ("Colombia", T, neu, "", "listed state, as above"))
U(d, "Commonwealth Secretary-General Patricia Scotland said the Commonwealth Ministerial Action Group", "no declaration had been made.",
  ("Commonwealth", C, neg, "Guyana", "veiled threat of suspension = condemning"))
U(d, "The European Union's spokesperson for foreign affairs, Peter Stano, said the EU supported CARICOM's role", "as shown by the recount.",
  ("European Union", T, neu, "Guyana", "support for CARICOM + appeal to the commission, no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "In a joint statement on Monday, the heads of mission of the United States", "other than the recount's.",
  ("United States", C, neg, "", "joint statement: warning of non-recognition (a threatened response); one row per listed signatory"),
  ("United Kingdom", C, neg, "", "as above"),
  ("Canada", C, neg, "", "as above"),
  ("European Union", C, neg, "", "as above"))
U(d, "The Carter Center, which observed the March 2 vote, said the recount had been transparent", "respect its outcome.",
  ("Carter Center", T, neu, "", "approval of the process + appeal to respect it: rule 2 before rule 3 = calling_for_talks"))
U(d, "The Private Sector Commission said the uncertainty was costing jobs", "declare the result this week.",
  ("Private Sector Commission", T, neg, "Guyana", "economic alarm + appeal to GECOM to declare = calling_for_talks, negative"))
U(d, "Dr Devika Ramlall, a political scientist who studies Caribbean elections, said", "Guyana's neighbours.",
  ("Devika Ramlall", N, neu, "", "invented analyst; assessment"))
U(d, "\u201cCARICOM has never been this direct with a sitting government", "Ramlall said.",
  ("Devika Ramlall", S, pos, "CARICOM", "approval of CARICOM's stand = supporting"))
U(d, "She said both parties' leaders should meet, with CARICOM present", "boiled over.",
  ("Devika Ramlall", T, neu, "", "appeal for a meeting = calling_for_talks"))
