# ------------------------------------------------------------------ The London, Ontario truck attack on the Afzaal family (Canadian live blog, full HTML, 2021-06-08)
d = "page_london_ontario_afzaal_attack2021_liveblog.html"
# Not statements: masthead, nav, LIVE kicker, headline (carries Trudeau's and Pakistan's positions), standfirst, byline,
# time stamps, figcaptions "1 of 6", ADVERTISEMENT, bold entry labels, share bar, newsletter prompt, tags, comments, most read, footer.
# "Thousands of people have filled the grounds of the mosque..." / "The prime minister, the premier and the mayor all spoke..." = narration, no row.
U(d, "Trudeau told the crowd that the country would not let the family's name be forgotten", "online hate groups.",
  ("Canada", S, pos, "", "surname only (context: prime minister); solidarity with the victims + measures against hate groups (no actor) = supporting, target empty"))
U(d, "Ontario Premier Doug Ford, arriving at the vigil:", "gets a pass.\"",
  ("Canada", C, neg, "", "live-blog quote without a verb of saying; provincial premier = Canada (provincial officials resolve to their state); judgement of the hate attack, no named actor"))
U(d, "Ford's office says the province will pay for the funerals.", "for the funerals.",
  ("Canada", S, pos, "", "aid to the family by act = supporting; province = Canada"))
U(d, "The Organisation of Islamic Cooperation says its secretary-general, Yousef Al-Othaimeen, offered his condolences", "Canada's Muslims.",
  ("Organisation of Islamic Cooperation", S, pos, "", "entry opens with the label 'OIC:' (not a statement); condolences = supporting, aimed at the family and community -> target empty"))
U(d, "The secretary-general called on Western governments", "the body's website.",
  ("Organisation of Islamic Cooperation", T, neg, "", "'the secretary-general' by title; appeal to protect Muslims, no explicit judgement of a named actor; 'the West' is not canonical -> target empty"))
U(d, "Pakistan's foreign ministry spokesperson, Zahid Hafeez Chaudhri, told a briefing in Islamabad", "the Canadian authorities.",
  ("Pakistan", N, neu, "", "spokesperson by role then name; consular contact = fact"))
U(d, "Chaudhri said Pakistan expected the culprit to be punished", "of the law.",
  ("Pakistan", C, neg, "", "surname only; demand to punish the attacker = judgement of the act; the culprit is no actor -> target empty"))
U(d, "He added: \"We trust that the Canadian government will take every step", "their own streets.\"",
  ("Pakistan", T, neu, "Canada", "pronoun subject; appeal to Canada to protect its Muslim citizens, no judgement = calling_for_talks (protection of civilians)"))
U(d, "Pakistan's Foreign Minister Shah Mahmood Qureshi, on Twitter:", "a lone madness.\"",
  ("Pakistan", C, neg, "", "quote without a verb; judgement ('can no longer pretend') aimed at 'the world' -> target empty"))
U(d, "Prime Minister Imran Khan had written overnight", "fester in the West.",
  ("Pakistan", C, neg, "", "as prime minister he speaks for Pakistan (the name files list him under his party); judgement of Western hostility towards Muslims, 'the West' not canonical -> target empty; reported clause"))
U(d, "The Pakistani prime minister was quoted by state broadcaster PTV as saying", "one attack at a time.\"",
  ("Pakistan", T, neg, "", "passive attribution via state broadcaster (the outlet is no actor); appeal to confront the problem collectively, no judgement"))
U(d, "Conservative Leader Erin O'Toole:", "we have to name.\"",
  ("Conservative Party of Canada", C, neg, "", "opposition leader speaks for his party; 'an evil' = judgement of the attack, no actor -> target empty"))
U(d, "NDP Leader Jagmeet Singh asked the government to ban violent white supremacist groups", "done too little.\"",
  ("New Democratic Party", C, neg, "Canada", "call for a ban + judgement of Ottawa's record ('done too little'): rule 1; Ottawa = the Canadian government"))
U(d, "Trudeau in the House of Commons: he called the attack a terrorist act", "their own street.",
  ("Canada", C, neg, "", "terrorism charge against the attack (attacker no actor) = condemning, target empty"))
U(d, "The prime minister said hateful content online had played a part", "on online harms.",
  ("Canada", N, neg, "", "'the prime minister' by title; diagnosis + a planned bill, no actor judged = neutral"))
# "The House observed a minute of silence after his remarks." = ceremony narrated, no row.
U(d, "\"We are burying a family this week. We are done with thoughts and prayers.\"", "thoughts and prayers.\"",
  ("National Council of Canadian Muslims", C, neg, "", "bold label as speaker, quote without a verb; judgement of politicians' inaction without naming an actor -> target empty (unsure: aimed at the government by implication)"))
U(d, "The council's chief executive, Mustafa Farooq, said the group would ask every party leader for a national summit", "end of the month.",
  ("National Council of Canadian Muslims", T, neu, "", "'the council' by context; asking for a summit = appeal for a meeting"))
U(d, "London police say the 20-year-old suspect, Nathaniel Veltman, faces four counts", "attempted murder.",
  ("Canada", N, neu, "", "municipal police = Canada; charges = facts"))
U(d, "Det. Supt. Paul Waight told reporters there was evidence the family had been targeted", "terrorism charges.",
  ("Canada", N, neg, "", "police findings and procedure"))
U(d, "Waight said the suspect had no known ties to any organised group.", "organised group.",
  ("Canada", N, neu, "", "fact"))
# "Mayor Ed Holder has ordered flags at city hall lowered for three days." = act of mourning narrated, no row (the quote carries his position).
U(d, "\"Four neighbours were murdered for their faith", "the mayor said.",
  ("Canada", C, neg, "", "'the mayor' (named in the previous sentence); municipal official = Canada; judgement of the attack"))
U(d, "The U.S. Embassy in Ottawa:", "loved ones.\"",
  ("United States", S, pos, "Canada", "condolences to the people of London = supporting; quote without a verb"))
U(d, "Britain's high commission also sent its condolences in a short message.", "short message.",
  ("United Kingdom", S, pos, "Canada", "state adjective + mission; condolences by act"))
U(d, "Amira Kassem, who teaches the sociology of religion at Western University", "warned about for years.",
  ("Amira Kassem", N, neg, "", "invented scholar; assessment of a pattern, no actor judged"))
U(d, "\"After Quebec City we were told it was a one-off.", "Kassem said.",
  ("Amira Kassem", C, neg, "", "multi-sentence quote closed by the speaker; judgement of those who downplayed the risk (unnamed) -> target empty"))
U(d, "She said the country should fund community safety programmes", "police patrols.",
  ("Amira Kassem", T, neu, "", "appeal for protection of a community, no judgement (unsure: a policy recommendation could be neutral)"))
U(d, "Neighbour Gregory Blaine, who ran to the corner after hearing the crash", "\"I still hear the engine,\" he said.",
  ("Gregory Blaine", N, neg, "", "invented witness; his account"))
# "Good morning. The family has identified the dead as ..." = the family is no actor; names and ages = narration, no row.
