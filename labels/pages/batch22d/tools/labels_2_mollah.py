# ------------------------------------------------------------------ Mollah execution and the Bangladesh-Pakistan row (South Asian daily, scraped, 2013-12-21)
d = "page_mollah_southasiandaily.txt"
BD, PK, JI, JIP = "Bangladesh", "Pakistan", "Jamaat-e-Islami", "Jamaat-e-Islami Pakistan"
# No rows: masthead, menu, breadcrumbs, headline and deck, byline, published line, share bars, photo caption with credit,
# ADVERTISEMENT, "Related:", crossheads (ISLAMABAD'S REPLY ...), tags, newsletter prompt, MOST READ, copyright.
U(d, "Dhaka and Islamabad traded their sharpest words in years", "never meant to interfere.",
  (BD, C, neg, PK, "long lead: summary clause + the government's formal protest against the resolution; 'the government' = Bangladesh"),
  (PK, N, neg, "", "Pakistan's foreign ministry's denial of interference, reported inside the same sentence = neutral, negative"))
# "Mollah, an assistant secretary general of Jamaat, was hanged ..." : background narration (execution, court), no row.
U(d, "Pakistan's National Assembly on Monday adopted by majority vote a resolution", "other Jamaat leaders.",
  (PK, C, neg, BD, "a national parliament's resolution = the state (guide: 'Armenian parliament'); sorrow + demand to drop the trials, in protest at the execution (unsure: could be read as a demand = calling_for_talks); the Jamaat-e-Islami Pakistan mover gets no separate row"))
U(d, "A day after the hanging, Pakistan's Interior Minister Chaudhry Nisar Ali Khan", "\"judicial murder\".",
  (PK, C, neg, BD, "grief + Mollah 'paid with his life for standing by a united Pakistan' + the 'judicial murder' tag = judgement of Bangladesh's act"))
U(d, "On Tuesday evening the foreign ministry called in Pakistan's High Commissioner", "the minister's remarks.",
  (BD, C, neg, PK, "summoning an envoy and handing a protest = condemning; 'the foreign ministry' = Bangladesh by context"))
U(d, "The note dismissed the minister's comments as a distortion", "foreign ministry officials said.",
  (BD, C, neg, PK, "'a distortion' + demand for respect; unnamed officials of a named government; attribution tail"))
U(d, "\"Who is tried in Bangladesh, and for what,", "after the meeting.",
  (BD, C, neg, PK, "two-sentence quote closed by the speaker; judgement without stock words ('cross a line that no friendly neighbour crosses')"))
U(d, "\"The trials will go on until the last case has been heard,\" he said.", "he said.",
  (BD, N, neu, "", "pronoun speaker = the foreign minister; a plan of procedure, no judgement"))
U(d, "Information Minister Hasanul Haq Inu, speaking hours before the summons", "withdraw it.",
  (BD, C, neg, PK, "'learnt nothing in forty-two years' + demand to withdraw; Islamabad = metonym (object)"))
U(d, "Awami League General Secretary Syed Ashraful Islam told a rally", "in the courts.",
  ("Awami League", C, neg, PK, "ruling party under its own name at a party rally; 'Jamaat's real friends in Islamabad' = Pakistan (metonym as object)"))
U(d, "At Shahbag, the Gonojagoron Mancha, the youth platform", "Imran H Sarker said.",
  ("Gonojagoron Mancha", C, neg, PK, "protest platform under its own name; march + demand to cut ties (a measure against another side); attribution tail"))
# "Police stopped the marchers ..." : narration, no row.
U(d, "In Islamabad, foreign ministry spokeswoman Tasnim Aslam told her weekly briefing", "set out to meddle.",
  (PK, N, neg, "", "denial of interference = neutral, negative; Islamabad = place"))
U(d, "She said the National Assembly was a sovereign body", "what the public felt.",
  (PK, N, neu, "", "pronoun subject; a procedural statement about parliament, no judgement"))
U(d, "Pakistan wanted the two countries to put the past behind them", "peace and prosperity.",
  (PK, T, pos, BD, "appeal for reconciliation + good wishes; attribution tail ('she said') after the position; Islamabad = metonym"))
U(d, "Jamaat-e-Islami Pakistan, whose chief Syed Munawar Hasan", "Organisation of Islamic Cooperation.",
  (JIP, C, neg, BD, "Pakistani party distinct from the Bangladeshi Jamaat; 'a political killing dressed up as justice' + call to take it to the OIC"))
U(d, "At home, Jamaat-e-Islami, which enforced a countrywide shutdown", "go to waste.",
  (JI, C, neg, BD, "Bangladesh's Jamaat (name files); 'false witnesses' accusation + veiled threat"))
U(d, "The party said 22 of its activists had been killed", "have not confirmed.",
  (JI, N, neg, "", "'The party' = Jamaat; figures given by an actor with no blame stated"))
U(d, "Home ministry officials said Border Guard Bangladesh platoons", "since the execution.",
  (BD, N, neu, "", "unnamed officials of a named ministry; deployment in crisis vocabulary, no judgement"))
U(d, "The UN High Commissioner for Human Rights, Navi Pillay, had appealed", "such a process.",
  ("United Nations", C, neg, BD, "appeal to halt + doubt that the trial was fair = an explicit negative judgement (rule 1; unsure: could be calling_for_talks)"))
U(d, "After the execution, a spokesman for Secretary-General Ban Ki-moon said", "January 5 polls.",
  ("United Nations", N, neg, "", "alarm without an appeal = neutral, negative"))
U(d, "The spokesman said Ban still hoped the parties", "all could take part.",
  ("United Nations", T, pos, "", "hope for a peaceful, inclusive election = calling_for_talks"))
# "Ban's envoy Oscar Fernandez-Taranco had spent five days in Dhaka ..." : background of earlier mediation, no row.
U(d, "Human Rights Watch, which had opposed the execution, said parliament had changed the law", "crimes of 1971 had been.",
  ("Human Rights Watch", C, neg, BD, "the retroactive appeal fact + Adams's 'a grave injustice' in one sentence = one row"))
U(d, "Amnesty International called on the authorities to commute", "moratorium on executions.",
  ("Amnesty International", T, neg, BD, "appeal to commute, no judgement word (unsure: not a peace course in the strict sense, read as an appeal for restraint)"))
U(d, "Law Minister Shafique Ahmed rejected the criticism", "at every stage.",
  (BD, N, neg, "", "denial of the rights groups' criticism = neutral, negative"))
U(d, "\"What we are watching is less a diplomatic crisis", "private university in Dhaka.",
  ("Shireen Mahbub", N, neg, "", "independent scholar (invented); reading of interests, judging no one"))
U(d, "\"In Islamabad the resolution costs nothing", "disputed election.\"",
  ("Shireen Mahbub", N, neg, "", "quote continued in the next paragraph, same speaker; interests on both sides, no judgement"))
U(d, "She said she expected the trade and visa talks", "recalling its envoy.",
  ("Shireen Mahbub", N, neu, "", "scenario of what may happen next"))
U(d, "Kamran Latif, a retired Pakistani diplomat", "weeks before the polls.",
  ("Kamran Latif", C, neg, PK, "former official under his own name; 'a needless own goal' = judgement of his country's resolution"))
U(d, "\"The two foreign offices should be talking to each other quietly", "by phone from Islamabad.",
  ("Kamran Latif", T, neu, "", "appeal for quiet diplomacy between the two governments"))
