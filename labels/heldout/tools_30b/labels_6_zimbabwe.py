# ------------------------------------------------------------------ Zimbabwe's August 2023 elections and the row over the SADC observers (Southern African news site, full HTML, 2023-08-30)
d = "page_zimbabwe_sadc_observers_southernsite.html"
# No rows: consent bar, masthead, nav, breaking ticker, kicker, headline, standfirst, byline, times, share bar, captions.
U(d, "The Southern African Development Community's secretariat has come to the defence", "the conduct of last week's vote.",
  ("SADC", C, neg, "", "dateline excluded; the secretariat = SADC; 'a campaign of personal abuse' = judgement, its authors not named in the sentence -> target empty"))
U(d, "In a statement issued in Gaborone on Tuesday, the secretariat said", "rather than to one man.",
  ("SADC", N, neu, "", "defence of its own mission's method = reassurance about own conduct; Gaborone = place"))
U(d, "It called on all parties to respect the mission's work", "the proper regional channels.",
  ("SADC", T, neu, "", "pronoun 'It' = the secretariat; appeal to use regional channels, addressed to all parties"))
U(d, "The mission, led by former Zambian vice-president Nevers Mumba, said on Friday", "flawed polls in member states.",
  ("SADC", C, neg, "Zimbabwe", "the observer mission = SADC; verdict that the vote failed the country's own standards = negative judgement of the state's conduct; the closing clause is the outlet's narration"))
U(d, "It pointed to ballot papers that reached polling stations in Harare and Bulawayo", "writing down voters' names.",
  ("SADC", C, neg, "Zimbabwe", "'It' = the mission; accusation made by listing abuses (late ballots, bans, biased state broadcaster, FAZ agents)"))
# No row: "Mumba, a Pentecostal preacher who served as Zambia's vice-president ..." (background on the appointment; Hichilema as
# chair of the Organ appears only as the one who appointed him).
U(d, "Mumba told reporters in Harare before the mission's core team left", "Zimbabwe had itself accepted.",
  ("SADC", N, neu, "", "surname only; defence of the mission's method, no new judgement"))
U(d, "ZANU-PF spokesman Chris Mutsvangwa told a news conference on Friday evening", "behind closed doors.",
  ("ZANU-PF", C, neg, "SADC", "party spokesman = ZANU-PF (Mutsvangwa is listed in the name files for the war veterans' association: here he speaks for the party); accusation of the mission chief = SADC"))
U(d, "He defended FAZ as a lawful civic organisation", "on security matters.",
  ("ZANU-PF", N, neu, "", "pronoun subject; defence of an accused group = denial of the accusation, neutral"))
U(d, "Justice Minister Ziyambi Ziyambi said the mission had strayed", "no business of election observers.",
  ("Zimbabwe", C, neg, "SADC", "minister = Zimbabwe; reproach of the mission"))
U(d, "Accepting his re-election at State House on Sunday, President Emmerson Mnangagwa thanked", "deserved their respect.",
  ("Zimbabwe", S, pos, "", "thanks to observers who were 'fair' + a veiled reminder to foreign guests, no explicit judgement: the thanks decides (unsure: the reminder reads as a rebuke of SADC); no single target"))
U(d, "The Zimbabwe Electoral Commission (ZEC) declared late on Saturday", "enough to avoid a run-off.",
  ("Zimbabwe", N, neu, "", "electoral commission = a state agency = Zimbabwe; results = facts"))
U(d, "In the National Assembly, ZANU-PF took 136 of the 210 constituency seats", "according to the commission's figures.",
  ("Zimbabwe", N, neu, "", "figures with an attribution tail ('the commission' = ZEC)"))
# No row: "Voting had been extended into a second day ..." (narration).
U(d, "Chamisa told journalists in Harare on Monday that the party rejected", "another five years.",
  ("Citizens Coalition for Change", C, neg, "Zimbabwe", "party leader (surname only, named in the sentence before) = CCC; rejecting the results and the process run by ZEC = judgement of the state's conduct"))
U(d, "He said the party's stance was in line with what the SADC observers had found.", "He said the party's stance was in line with what the SADC observers had found.",
  ("Citizens Coalition for Change", S, pos, "SADC", "pronoun subject; backing the observers' findings = supporting SADC"))
U(d, "In an earlier statement, CCC spokesman Promise Mkwananzi said", "in due course.",
  ("Citizens Coalition for Change", C, neg, "Zimbabwe", "spokesman = CCC; accusation of voter suppression (rule 1 over the neutral plan in the same sentence)"))
# No row: "On election night police raided offices ..." (the raid narrated; the police's position comes in the next sentence) (unsure:
# the arrests could be read as a measure by act).
U(d, "Police spokesman Paul Nyathi said those held were suspected", "reserves for ZEC.",
  ("Zimbabwe", C, neg, "Zimbabwe Election Support Network", "police = the state; accusation of the monitors"))
U(d, "ZESN said the arrests were an attack on citizens' right", "done nothing unlawful.",
  ("Zimbabwe Election Support Network", C, neg, "Zimbabwe", "monitoring network under its own name; judgement of the arrests + denial"))
U(d, "South Africa's President Cyril Ramaphosa congratulated Mnangagwa on Monday", "preliminary findings.",
  ("South Africa", S, pos, "Zimbabwe", "congratulations = supporting; 'taken note' of the observers adds no judgement"))
U(d, "Namibia's President Hage Geingob and Tanzania's President Samia Suluhu Hassan also sent", "congratulations.",
  ("Namibia", S, pos, "Zimbabwe", "two heads of state in one sentence = two rows"),
  ("Tanzania", S, pos, "Zimbabwe", "same"))
U(d, "In Washington, State Department spokesman Matthew Miller said harassment", "problems throughout the process.",
  ("United States", C, neg, "Zimbabwe", "'unacceptable' aimed at the harassment of monitors (by the authorities) = judgement; Washington = place; SADC's findings recalled, no SADC row"))
U(d, "He said the United States was raising the matter with governments in the region", "not in the streets.",
  ("United States", T, neu, "", "diplomatic contacts + the result to be disputed in court, not in the streets = an appeal for a peaceful course (calling_for_talks)"))
U(d, "The European Union's election observation mission, led by the Italian MEP", "favour the ruling party.",
  ("European Union", C, neg, "Zimbabwe", "EU observation mission = EU; fear + misuse of state resources = judgement of the state's conduct"))
U(d, "Goodluck Jonathan, the former Nigerian president who led the joint observer mission", "treated as criminal offences.",
  ("African Union", C, neg, "", "head of a joint mission speaks for both bodies: one row each; the former Nigerian president is not Nigeria; FAZ is not canonical -> target empty"),
  ("COMESA", C, neg, "", "same sentence, second body of the joint mission"))
# No rows: "Analysts say the rift ..." and the Johannesburg researcher (unnamed); Rumbidzai, the Mbare vendor (resident, not an
# actor); the inauguration date (schedule); tags, newsletter, comments, trending, footer.
