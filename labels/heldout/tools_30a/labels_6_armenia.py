# ------------------------------------------------------------------ Armenia recognises the State of Palestine; Israel's response (South Caucasus English-language site, full HTML, 2024-06-22)
d = "page_armenia_palestine_webpage.html"
# Never statements here: GDPR bar, top strip, logo/slogan, nav, LATEST ticker, section label, headline, summary,
# byline/time/read time, share tools, figcaptions ("1 of 2", credits), ADVERTISEMENT, crossheads, "Also read:",
# fact box, credits, tags, newsletter box, comments, most read, footer.
U(d, "Armenia on Friday formally recognised the State of Palestine,", "a sharp rebuke from Israel.",
  ("Armenia", S, pos, "Palestine", "recognition = backing by act; the Palestinian praise and Israel's rebuke are summary clauses (their specific statements have rows below), so no rows for them here"))
# "The announcement came without a debate ..." / "It followed recognitions by Spain, Ireland and Norway ...; Israel recalled
#   its ambassadors ..." : background; Israel's May recall is a past act narrated as background -> no row.
U(d, "In a statement published on its website, the Foreign Ministry pointed to the humanitarian disaster", "leave unresolved.",
  ("Armenia", N, neg, "", "concern about Gaza with no appeal in this sentence = neutral, negative tone"))
U(d, "The ministry said Armenia had always argued for a negotiated two-state settlement,", "live in security.",
  ("Armenia", T, pos, "", "support for a negotiated settlement = calling_for_talks; aimed at both sides"))
U(d, "It condemned the killing of civilians and the holding of hostages,", "freed without conditions.",
  ("Armenia", C, neg, "", "'It' = the ministry; explicit condemnation + release demand = rule 1; no party named (both sides implied) -> target empty"))
U(d, "The ministry also noted that Armenia had voted for the UN General Assembly resolutions", "ceasefire in Gaza.",
  ("Armenia", T, neu, "", "its own votes for a ceasefire recalled in the statement = appeal for a ceasefire by act"))
U(d, "Deputy Foreign Minister Vahan Kostanyan wrote on X", "not directed against anyone.",
  ("Armenia", N, neu, "", "explanation/reassurance about its own step = neutral"))
U(d, "A spokeswoman for Prime Minister Nikol Pashinyan said the decision had been prepared", "any third country.",
  ("Armenia", N, neu, "", "unnamed spokeswoman of a named government = Armenia; denies any link to a third country = neutral"))
U(d, "Israel's Foreign Ministry summoned Armenia's ambassador, Arman Akopian,", "a ministry spokesperson said.",
  ("Israel", C, neg, "Armenia", "ambassador summoned 'to protest' = measure in protest; attribution tail; Akopian is the object"))
U(d, "Dmitry Gendelman, an adviser in Prime Minister Benjamin Netanyahu's office,", "for years to come.",
  ("Israel", C, neg, "Armenia", "an adviser in the PM's office = Israel; 'reward for the October 7 attack' + warning = judgement and threat; Netanyahu appears only in a possessive"))
# "Armenia's foreign ministry declined to comment on the summons." : no position, no row.
U(d, "The Palestinian presidency in Ramallah welcomed the recognition,", "eroded on the ground.",
  ("Palestine", S, pos, "Armenia", "welcome of the step; Ramallah = place"))
U(d, "Hussein al-Sheikh, secretary-general of the PLO Executive Committee,", "the Palestinian people.",
  ("Palestine", S, pos, "Armenia", "Hussein al-Sheikh = Palestine (name files); thanks to Yerevan (metonym)"))
U(d, "Hamas also welcomed the move and urged other countries", "Armenia's example.",
  ("Hamas", S, pos, "Armenia", "welcome + appeal to others to recognise (an appeal for backing, not for talks) = supporting"))
U(d, "Turkey's Foreign Ministry was among the first to react,", "peace in the region.",
  ("Turkey", S, pos, "Armenia", "welcome of Armenia's decision"))
U(d, "President Recep Tayyip Erdogan later said he hoped other countries would follow", "Yerevan's lead.",
  ("Turkey", S, pos, "Armenia", "hope that others follow Yerevan's (metonym) lead = approval of the step, not a hope for peace -> supporting"))
U(d, "Egypt, Qatar, Saudi Arabia, Jordan and Lebanon issued statements welcoming the step", "on Friday and Saturday.",
  ("Egypt", S, pos, "Armenia", "list of five states welcoming the step = one row per state"),
  ("Qatar", S, pos, "Armenia", "same list"),
  ("Saudi Arabia", S, pos, "Armenia", "same list"),
  ("Jordan", S, pos, "Armenia", "same list"),
  ("Lebanon", S, pos, "Armenia", "same list"))
U(d, "The Arab League's secretary-general, Ahmed Aboul Gheit, praised the decision", "a principled one.",
  ("Arab League", S, pos, "Armenia", "praise"))
# "Iran, Armenia's southern neighbour ..., had not commented by Saturday evening." : no position, no row.
U(d, "In New York, a spokesperson for UN Secretary-General Antonio Guterres said recognition", "a lasting peace.",
  ("United Nations", T, neu, "", "recognition left to each state (no view on Armenia) + two-state solution as the only path = appeal for a settlement, no judgement"))
# "Opposition lawmakers in Yerevan questioned the timing." : summary line with unnamed lawmakers, no row.
U(d, "A member of the opposition Armenia Alliance faction said the government had timed the announcement", "by telephone with Erdogan.",
  ("Armenia Alliance", C, neg, "Armenia", "unnamed member of a named body (the parliamentary faction) speaks for it; accusation of his own government; Ankara = metonym, Erdogan an object"))
# "Government supporters rejected that reading, ..." : unnamed, no row.
# "The recognition comes as Pashinyan's government tries to widen ..." : background narration, no row.
# "Analysts in Yerevan said ... when Armenia recalled its ambassador ..." : unnamed analysts; Armenia's 2020 recall is background, no row.
# "Israel has been one of Azerbaijan's main suppliers ..." / "Armenia has also sent humanitarian aid to Gaza this year, ..." : background, no row.
# The unnamed Middle East specialist and the teacher at the gathering: not actors, no rows.
# "With Armenia's decision, the Palestinian side counts 149 countries ..." : a count attributed vaguely to 'the Palestinian side', kept as narration, no row.
