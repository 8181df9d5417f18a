# ------------------------------------------------------------------ DMZ landmine crisis and the Panmunjom talks (South Korean English-language news site, full HTML, 2015-08-22)
d = "page_dmz_landmine_standoff_2015_krsite.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, standfirst, byline/time, figcaptions [1/3] [2/3], crossheads,
# ADVERTISEMENT, credit, e-mail, tags, share, related articles, reader comments, most read, footer.
U(d, "South and North Korea sat down for talks between senior officials", "without the threatened attack.",
  ("South Korea", T, neu, "", "lead: both Koreas taking part in talks = agreeing to attend talks (one row per side)"),
  ("North Korea", T, neu, "", "lead: attendance at the Panmunjom talks = calling_for_talks"))
U(d, "Presidential office spokesman Min Kyung-wook told reporters", "from 6 p.m.",
  ("South Korea", N, neu, "", "announcement of participants and time = procedure"))
U(d, "Min said the meeting had been agreed after Pyongyang proposed contact", "its own participants.",
  ("North Korea", T, neu, "", "the North's proposal of contact, reported by Seoul = North Korea's calling_for_talks"),
  ("South Korea", T, neu, "", "Seoul answered and agreed to meet = calling_for_talks"))
# "The talks follow the most serious border crisis ..." = background and casualty narration, no row.
U(d, "President Park Geun-hye, visiting a frontline army command", "further instructions.",
  ("South Korea", C, neg, "North Korea", "order to retaliate against any provocation = threatened response"))
U(d, "\"We will not put up with threats against our soldiers", "Park said.",
  ("South Korea", C, neg, "North Korea", "threat: 'will cost it dearly'"))
U(d, "The Defense Ministry said earlier in the week that a joint investigation", "on the patrol route.",
  ("South Korea", C, neg, "North Korea", "finding that blames the North for planting the mines = accusation"))
U(d, "Defense Minister Han Min-koo told lawmakers that the broadcasts", "and apologized.",
  ("South Korea", C, neg, "North Korea", "measure (psychological-warfare broadcasts) kept until an apology = sanction-like response"))
U(d, "The United Nations Command said after its own inquiry", "on the incident.",
  ("United Nations Command", C, neg, "North Korea", "UNC (US-led command, not a UN body; declared new) blames the North for an armistice violation; the proposal of talks does not undo the judgement (rule 1)"))
U(d, "The North's General Staff had given Seoul until 5 p.m. Saturday", "\"strong military action.\"",
  ("North Korea", C, neg, "South Korea", "ultimatum = threat; KCNA carrying it is not an actor"))
U(d, "North Korean leader Kim Jong-un on Friday put frontline units", "broadcast points.",
  ("North Korea", C, neg, "South Korea", "war footing + ordered readiness for operations against the South = announced military action"))
U(d, "In a statement Saturday, the North's Foreign Ministry said", "Ulchi Freedom Guardian exercise.",
  ("North Korea", C, neg, "", "threat + accusation of two states (Seoul and Washington) -> target empty"))
U(d, "The National Defence Commission last week dismissed the South's findings", "never crossed the line.",
  ("North Korea", C, neg, "South Korea", "denial + charge that Seoul fabricated the findings (the accusation decides; unsure: could be a denial only)"))
U(d, "In Washington, State Department spokesman John Kirby said the United States stood", "remained unshakable.",
  ("United States", S, pos, "South Korea", "solidarity and defence commitment = supporting"))
U(d, "Kirby urged Pyongyang to stop actions and rhetoric", "at every level.",
  ("United States", T, neg, "North Korea", "demand addressed to one side to stop, no judgement word = calling_for_talks, negative"))
# "U.S. Forces Korea and South Korean troops briefly suspended ..., a military official said." = unnamed official of no named body giving a fact: no row.
U(d, "Chinese Foreign Ministry spokeswoman Hua Chunying said Beijing was highly concerned", "through dialogue.",
  ("China", T, neu, "", "concern + appeal for restraint and dialogue to both sides"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshihide Suga said Japan", "Seoul and Washington.",
  ("Japan", N, neu, "", "monitoring and information-sharing, no judgement or appeal"))
U(d, "U.N. Secretary-General Ban Ki-moon, a former South Korean foreign minister", "resume dialogue.",
  ("United Nations", T, neg, "", "alarm + appeal to both Koreas = calling_for_talks"))
U(d, "Russia's Foreign Ministry said any further escalation", "maximum restraint.",
  ("Russia", T, neg, "", "warning of consequences aimed at no one + appeal for restraint"))
U(d, "Ruling Saenuri Party chairman Kim Moo-sung said his party backed", "the military needed.",
  ("Saenuri Party", S, pos, "South Korea", "party backs the government's stance = supporting"))
U(d, "Moon Jae-in, chairman of the main opposition New Politics Alliance for Democracy", "turning into a war.",
  ("Democratic Party of Korea", C, neg, "North Korea", "NPAD = the party renamed Minjoo Party (Democratic Party of Korea) in Dec 2015; 'grave provocation' = judgement decides over the appeal (rule 1)"))
U(d, "\"Firmness and dialogue are not opposites", "Moon told a party meeting.",
  ("Democratic Party of Korea", T, neu, "South Korea", "appeal to the government to talk"))
# "About 2,000 residents ... spent a second night in shelters" = narration, no row.
U(d, "Choi Mi-ja, the head of a village council in Yeoncheon", "for long.",
  ("Choi Mi-ja", N, neg, "", "invented village council head (person); description of residents' fear, no judgement"))
U(d, "\"We have lived with the North on our doorstep all our lives", "Choi said.",
  ("Choi Mi-ja", T, neg, "", "appeal to both governments to keep talking"))
U(d, "Lee Sang-hoon, a research fellow at the Korea Institute for Peninsula Strategy", "room on the loudspeakers.",
  ("Lee Sang-hoon", N, neu, "", "invented analyst; reading of the North's move, no judgement"))
U(d, "\"The mine attack was a calculated and underhanded act", "Lee said.",
  ("Lee Sang-hoon", C, neg, "North Korea", "judgement of the mine attack"))
U(d, "He said the likeliest outcome was an expression of regret", "less than an apology.",
  ("Lee Sang-hoon", N, neu, "", "forecast"))
# Reader comments are not statements.
