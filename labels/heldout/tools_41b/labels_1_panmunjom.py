# ------------------------------------------------------------------ Panmunjom: the North Korean soldier's defection through the JSA (wire copy, 2017-11-22)
d = "page_panmunjom_defector2017_wire.txt"
# Not statements: menu, headline, byline, read time, time stamp, the four bullets, crossheads, ADVERTISEMENT, credits,
# Our Standards, Related Coverage, tags, most read, copyright.
U(d, "The U.S.-led United Nations Command said on Wednesday", "and, in one case, stepping over it.",
  ("United Nations Command", C, neg, "North Korea", "dateline excluded; lead: finding that the North broke the armistice twice = accusation"))
# "The defector, identified by South Korea's military only by his surname ..." = narration (the surname given by the military is background), no row.
# "Footage from security cameras, shown to reporters ..." = scene description, no row.
U(d, "Colonel Chad Carroll, a spokesman for the command, said the pursuing soldiers", "before turning back.",
  ("United Nations Command", N, neu, "", "the spokesman's factual account of what the footage shows, no judgement word"))
U(d, "\"Both of those acts are violations of the armistice.", "Carroll said.",
  ("United Nations Command", C, neg, "North Korea", "multi-sentence quote closed by the speaker; violations + 'thrown aside' = judgement"))
U(d, "The command said it had informed the North Korean army of its findings", "happening again.",
  ("United Nations Command", T, neu, "North Korea", "asks for a meeting to prevent repeats = calling_for_talks, addressed to the North"))
# "It did not say whether Pyongyang had replied." = non-answer, no row.
U(d, "Its investigators found no sign that rounds had struck", "the command added.",
  ("United Nations Command", N, neu, "", "finding of fact, attribution tail"))
U(d, "General Vincent Brooks, who heads the command as well as U.S. forces in Korea, praised", "did credit to the whole command.",
  ("United Nations Command", S, pos, "South Korea", "Brooks speaks as UNC commander; praise of the South Korean soldiers = supporting"))
# "North Korea has said nothing in public ..." = non-answer, no row.
U(d, "South Korea's Joint Chiefs of Staff said it had lodged a protest", "any further provocation.",
  ("South Korea", C, neg, "North Korea", "a protest lodged with the North = a taken response; readiness order alongside"))
U(d, "\"Rifle fire that crosses into the Joint Security Area", "told reporters.",
  ("South Korea", C, neg, "North Korea", "judgement without a stock word ('an assault on the truce itself')"))
U(d, "\"We will not respond to a second incident", "to the first.\"",
  ("South Korea", C, neg, "North Korea", "quote continued in the next paragraph by the same speaker; veiled threat = condemning"))
U(d, "The military had said earlier that its guards did not return fire", "over within minutes.",
  ("South Korea", N, neu, "", "the military's own account of its conduct, no judgement"))
U(d, "Defence Minister Song Young-moo told a parliamentary committee", "would be reviewed.",
  ("South Korea", N, neu, "", "a procedural plan (review of the rules of engagement), no threat stated"))
U(d, "The main opposition Liberty Korea Party accused the government", "tied the guards' hands.",
  ("Liberty Korea Party", C, neg, "South Korea", "opposition party accuses its own government"))
U(d, "At the presidential Blue House, spokesman Park Soo-hyun said", "before they spiralled.",
  ("South Korea", T, neu, "", "wants the military channels reopened = calling_for_talks; both Koreas -> target empty"))
U(d, "The Unification Ministry said the soldier would be questioned", "with every defector.",
  ("South Korea", N, neu, "", "procedure"))
U(d, "No soldier had crossed at the Joint Security Area since 2007", "the ministry said.",
  ("South Korea", N, neu, "", "fact given by the ministry, attribution tail"))
U(d, "Lee Cook-jong, the trauma surgeon who has operated on the soldier", "watched closely for infection.",
  ("Lee Cook-jong", N, neu, "", "named surgeon = independent person; medical facts"))
U(d, "Kim Jong-dae, a lawmaker from the small progressive Justice Party, accused", "at an earlier briefing.",
  ("Justice Party (South Korea)", C, neg, "Lee Cook-jong", "party lawmaker speaks for his party; accusation of the surgeon"))
U(d, "\"This man was shot by his own comrades", "Kim wrote on Facebook.",
  ("Justice Party (South Korea)", C, neg, "Lee Cook-jong", "surname only; judgement on the disclosure (also blames the North's troops; main target the surgeon)"))
U(d, "Lee said he had described only what the public needed to know", "any hurt caused.",
  ("Lee Cook-jong", N, neg, "", "defence of his own conduct + regret = denial, neutral, negative"))
U(d, "In Washington, State Department spokeswoman Heather Nauert said the footage showed", "and with South Korea.",
  ("United States", C, neg, "North Korea", "judgement on the North's troops + backing of the command and Seoul; the judgement decides (rule 1)"))
U(d, "She said the episode strengthened the case for the campaign of pressure", "state sponsors of terrorism.",
  ("United States", C, neg, "North Korea", "pressure campaign and the terrorism listing = measures; long sentence with narration"))
U(d, "China's foreign ministry spokesman Lu Kang said Beijing had taken note", "tensions on the peninsula.",
  ("China", T, neu, "", "hope that all stay calm = calling_for_talks; all parties -> target empty"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshihide Suga said Japan was following the matter closely", "Washington and Seoul.",
  ("Japan", N, neu, "", "monitoring + coordination, no appeal, no judgement"))
# "About 30,000 North Koreans have fled ..." = background, no row.
U(d, "Park Min-seok, a researcher at the Korea Security Forum in Seoul, said the shooting showed", "about desertions.",
  ("Park Min-seok", N, neg, "", "invented analyst; reading of the shooting, no judgement"))
U(d, "\"An officer who loses a man at Panmunjom loses his post.", "he said.",
  ("Park Min-seok", N, neg, "", "explanation of motives, no judgement"))
U(d, "He said the command's request for a meeting would probably go unanswered, and urged", "within minutes.",
  ("Park Min-seok", T, neu, "", "forecast + appeal to both Koreas to restore the hotline = calling_for_talks"))
# "Owen Partridge ... was blunter." = summary line before the quote, no row.
U(d, "\"Pyongyang violated the truce at the most watched spot", "he said.",
  ("Owen Partridge", C, neg, "North Korea", "invented analyst; judgement of the North"))
