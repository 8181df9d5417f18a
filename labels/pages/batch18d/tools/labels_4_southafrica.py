# ------------------------------------------------------------------ South Africa recalls diplomats, MPs vote to close Israel's embassy (SA site, full HTML, 2023-11-21)
d = "page_southafrica_israel_embassy_webpage.html"
# No row: consent banner, edition strip, logo, nav, BREAKING, section label, headline, standfirst, byline, dates,
# share bar, figcaptions ("1 of 3" ...) with credits, ADVERTISEMENT, crossheads, "Related:", correction note, tags,
# newsletter box, comments, Most read, footer.
U(d, "The National Assembly on Tuesday voted to ask the government to close Israel's embassy", "called its ambassador home.",
  ("South Africa", C, neg, "Israel", "parliament = its state; closing the embassy and suspending ties until a ceasefire = a measure against another side (long lead with the fortnight narrated)"),
  ("Israel", N, neu, "", "same lead: Israel's recall of its ambassador reported with no protest or reason stated in this sentence = neutral (the reason comes with Haiat below)"))
# No row: "The non-binding motion passed by 248 votes to 91 ..." (tally, narration).
U(d, "Under amendments put forward by the ANC, the closure and the suspension would last only until", "facilitated by the United Nations.",
  ("ANC", C, neg, "Israel", "the ANC's amendments keep the measure in force until Israel meets conditions (ceasefire, UN-led talks) = a measure with an ultimatum; rule 1 (unsure: the conditions alone would be calling_for_talks)"))
U(d, "EFF leader Julius Malema, who moved the motion, praised the governing party", "put their quarrels aside.",
  ("Economic Freedom Fighters", S, pos, "ANC", "praise of the ANC ('the governing party' resolved by context)"))
U(d, "He told MPs that Israeli forces had killed more than 11,000 Palestinians", "defenceless civilians.",
  ("Economic Freedom Fighters", C, neg, "Israel", "pronoun subject (Malema); figures framed as a slaughter = accusation"))
U(d, "ANC chief whip Pemmy Majodina rounded on the parties that voted no", "while Gaza burned.",
  ("ANC", C, neg, "", "judgement of the opposing parties (several) = target empty"))
U(d, "The Democratic Alliance, the largest opposition party, said closing the embassy", "future peace table.",
  ("Democratic Alliance", C, neg, "", "'self-defeating gesture' aimed at the motion (the House's decision, several parties) = condemning, target empty"))
U(d, "The party's spokesperson on international relations said the DA wanted", "negotiated two-state solution.",
  ("Democratic Alliance", T, neu, "", "role only, spokesperson of a named party = DA; humanitarian pause, hostages, negotiated settlement = calling_for_talks"))
U(d, "The African Christian Democratic Party's Steven Swart said South Africa", "help mediate.",
  ("African Christian Democratic Party", C, neg, "", "MP speaking for his party; judgement of the motion's effect without stock words"))
U(d, "The IFP and the Freedom Front Plus also voted against the motion.", "voted against the motion.",
  ("Inkatha Freedom Party", N, neu, "", "a vote against with no reason stated = neutral; list = one row per party"),
  ("Freedom Front Plus", N, neu, "", "same sentence, second party"))
# No row: "The vote was the latest step in a rapid deterioration." (summary line).
U(d, "On November 6, Minister in the Presidency Khumbudzo Ntshavheni told a post-Cabinet briefing", "becoming hard to sustain.",
  ("South Africa", C, neg, "Israel", "recall of all diplomats plus the Israeli envoy's stay 'hard to sustain' = measure and veiled threat"))
U(d, "“What we are watching in Gaza is a genocide in full view of the world", "she said.",
  ("South Africa", C, neg, "Israel", "accusation of genocide; quote closed by the pronoun"))
U(d, "International Relations Minister Naledi Pandor, speaking the same day", "troubled a government.",
  ("South Africa", N, neu, "", "the recall presented as routine procedure = neutral; Kuleba is an object, no Ukraine row"))
U(d, "But she said what Israel was now doing in Gaza", "the laws of war forbid.",
  ("South Africa", C, neg, "Israel", "pronoun subject (Pandor); punishing a whole population, forbidden by the laws of war = judgement"))
U(d, "Earlier this month the Department of International Relations and Cooperation (Dirco) summoned", "sovereign choices.",
  ("South Africa", C, neg, "Israel", "Dirco = South Africa; a démarche of the envoy over his conduct = diplomatic protest"))
U(d, "On Monday, Ntshavheni said South Africa expected the International Criminal Court", "protected only the powerful.",
  ("South Africa", C, neg, "Israel", "demand for an arrest warrant for Israel's prime minister + warning = condemning; the ICC and Netanyahu are objects"))
U(d, "Hours later, Israel's foreign ministry spokesman, Lior Haiat, announced on X", "from Pretoria.",
  ("Israel", C, neg, "South Africa", "recall of the ambassador in response to South Africa's statements = a protest response (unsure: 'for consultations' could be read as neutral)"))
U(d, "An Israeli diplomatic official, quoted by Israeli media, said Jerusalem wanted Pretoria", "too far to be ignored.",
  ("Israel", C, neg, "South Africa", "unnamed official of a named government = Israel; 'gone too far' = judgement; Jerusalem and Pretoria = metonyms"))
# No row: "While MPs were debating, Ramaphosa was chairing an extraordinary virtual summit of the BRICS group ..." (narration).
U(d, "Opening the meeting and speaking, he said, for South Africa, Ramaphosa accused Israel", "came close to genocide.",
  ("South Africa", C, neg, "Israel", "the BRICS chair who says he speaks for his own country = South Africa, not BRICS; accusation of war crimes"))
U(d, "He said Hamas had also broken international law", "held to account.",
  ("South Africa", C, neg, "Hamas", "pronoun subject (Ramaphosa); judgement of Hamas"))
U(d, "Ramaphosa asked for the guns to fall silent", "watch over a truce.",
  ("South Africa", T, neu, "", "ceasefire, corridors, hostages' release, UN monitors = calling_for_talks, no judgement in this sentence"))
U(d, "A chair's summary issued by Pretoria afterwards in the bloc's name", "without hindrance.",
  ("BRICS", T, neu, "", "a text issued in the bloc's name = BRICS (Pretoria only issues it); humanitarian truce and access"))
U(d, "China's Xi Jinping and Russia's Vladimir Putin, who joined the call", "than their host.",
  ("China", T, neu, "", "list of two leaders = one row each; ceasefire and hostages = calling_for_talks"),
  ("Russia", T, neu, "", "same sentence, second leader"))
U(d, "The South African Jewish Board of Deputies said the vote was reckless", "turned its back on them.",
  ("South African Jewish Board of Deputies", C, neg, "South Africa", "'reckless' aimed at Parliament's vote (the state's parliament = South Africa)"))
U(d, "Hamas welcomed the vote in a statement on its Telegram channel", "send Israeli envoys packing.",
  ("Hamas", C, neg, "Israel", "welcome + call on others to expel Israeli envoys = a call for measures against Israel (condemning decides, rule 1)"))
U(d, "The Palestinian foreign ministry in Ramallah thanked South Africa", "a principled stand.",
  ("Palestine", S, pos, "South Africa", "thanks and praise = supporting; Ramallah = place of the ministry"))
U(d, "Presidency spokesperson Vincent Magwenya said the executive would study the resolution", "the President's responsibility.",
  ("South Africa", N, neu, "", "Magwenya = South Africa (name files); procedure"))
# No row: the woman in the crowd (unnamed); the Johannesburg-based analyst (unnamed, not an actor).
