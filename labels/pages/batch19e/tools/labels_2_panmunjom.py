# ------------------------------------------------------------------ Panmunjom summit and reactions (international wire copy, 2018-04-28)
d = "page_panmunjom_summit_wire.txt"
# Not statements: section line, headline, byline, timestamp, the three bullets, crossheads (TRUMP: "PROUD", ...),
# ADVERTISEMENT, reporting credits, "Our Standards", Related Coverage, copyright. Dateline excluded from the first unit.
U(d, "The leaders of North and South Korea pledged on Friday", "still to come.",
  ("North Korea", T, pos, "", "lead mixing a pledge and a summary of reactions: the two leaders' pledge = commitment to a peace course"),
  ("South Korea", T, pos, "", "same pledge, second leader; 'governments from Washington to Moscow welcomed' = summary of the reactions below, no rows for them here"))
U(d, "In a joint declaration signed at the Peace House", "from May 1.",
  ("North Korea", T, pos, "", "joint declaration: agreement to seek peace-treaty talks and halt hostile acts"),
  ("South Korea", T, pos, "", "joint declaration, one row per signatory"))
# "The text said the two Koreas shared the goal ..." = content already counted + the outlet's gap remark (analysts unnamed): no row.
U(d, "\"Today the two of us have told the world", "in remarks broadcast live.",
  ("South Korea", T, pos, "", "multi-sentence quote closed by Moon; no more war = peace course"))
# "The day was heavy with symbolism. ..." = scene narration: no row.
U(d, "Kim, the first North Korean leader to set foot on South Korean soil", "go the way of earlier ones.",
  ("North Korea", T, pos, "", "surname only after the lead; pledge not to point guns at each other + to keep the deal"))
U(d, "Moon's spokesman, Kim Eui-kyeom, told reporters", "used regularly.",
  ("South Korea", N, neu, "", "a plan (visit, hotline) stated without evaluation; a second 'Kim' who is not Kim Jong Un"))
# "The declaration also provides for ..." = content of the text in narration: no row.
U(d, "U.S. President Donald Trump greeted the summit on Twitter", "happening in Korea.",
  ("United States", S, pos, "", "leader on social media: approval of the summit; both Koreas -> target empty"))
U(d, "He added in the same burst of posts", "good things were happening.",
  ("United States", N, neu, "", "'He' = Trump; wait-and-see remark, no appeal or judgement (mixed tone)"))
U(d, "At a White House news conference with German Chancellor Angela Merkel", "allow himself to be fooled.",
  ("United States", C, neg, "North Korea", "sanctions kept until disarmament = measure against another side; Merkel present, no position (no Germany row)"))
U(d, "The White House said in a separate statement it was looking forward to continued discussions", "early June.",
  ("United States", T, pos, "North Korea", "looking forward to talks with Kim = calling_for_talks"))
U(d, "Moon and Trump spoke by telephone for more than an hour", "the South Korean presidential Blue House said.",
  ("South Korea", T, pos, "", "attribution tail: the Blue House readout; agreement that a summit be held soon"),
  ("United States", T, pos, "North Korea", "US position reported by the Blue House (Trump agreed) = US statement"))
# "China, the North's main ally and trading partner, was quick to applaud." = summary line: no row.
U(d, "Foreign Ministry spokesman Lu Kang praised what he called the political courage", "offering Beijing's congratulations.",
  ("China", S, pos, "", "praise + congratulations = supporting; both leaders -> target empty"))
U(d, "Lu said China hoped the dialogue would carry on", "posted on the ministry's website.",
  ("China", T, pos, "", "hope for continued dialogue and political settlement = calling_for_talks; attribution tail"))
U(d, "The Kremlin said it regarded the meeting as an encouraging development", "running through Russia.",
  ("Russia", S, pos, "", "welcome + offer of help with cooperation = supporting (offer of assistance, no peace appeal)"))
U(d, "In Brussels, European Union foreign policy chief Federica Mogherini said the bloc welcomed", "missile programmes.",
  ("European Union", T, neu, "North Korea", "welcome + appeal for verifiable steps, no judgement: rule 2 before rule 3; Brussels = place"))
U(d, "British Foreign Secretary Boris Johnson said the summit was an encouraging step", "Security Council resolutions.",
  ("United Kingdom", T, neu, "North Korea", "welcome + appeal to comply, no judgement = calling_for_talks (plausible line)"))
U(d, "United Nations Secretary-General Antonio Guterres commended the courage", "whatever they had agreed.",
  ("United Nations", S, pos, "", "praise + offer of UN help = supporting; spokesperson's note"))
# "Japan, which has pushed hardest for keeping pressure on Pyongyang, struck a more guarded note." = summary line: no row.
U(d, "Prime Minister Shinzo Abe told reporters he welcomed the summit as a move in the right direction", "abducted decades ago.",
  ("Japan", T, neu, "North Korea", "welcome + demand for concrete action, no judgement word = calling_for_talks (rule 2); the abduction is background inside the appeal"))
U(d, "Foreign Minister Taro Kono said in a written statement", "arms and its missiles.",
  ("Japan", C, neg, "North Korea", "judgement (broken promises) + sanctions kept = condemning"))
# "Japanese officials said Abe expected to speak with Moon ..." = unnamed officials of a named government: a plan; left without a row (scheduling, no position) - deliberately.
U(d, "North Korea's official KCNA news agency carried the full text", "carry it out faithfully.",
  ("North Korea", T, pos, "", "agency quoting the leader: the statement is Kim's (North Korea); KCNA itself is not an actor"))
# "The agency described the meeting as a historic event ..." = KCNA's own commentary (state agency, not an actor): no row.
# "At home, Moon drew praise from across most of the political spectrum ..." = vague summary: no row.
U(d, "But Hong Joon-pyo, chairman of the conservative opposition Liberty Korea Party", "being taken in.",
  ("Liberty Korea Party", C, neg, "", "opposition party under its own name; judgement of Kim and of the government -> two targets, left empty"))
# Crowds, the retired teacher "Lee" (surname only, quoted as a resident, no position on an actor), the unnamed researcher, market move, background: no rows.
