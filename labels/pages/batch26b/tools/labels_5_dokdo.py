# ------------------------------------------------------------------ Russian A-50 over Dokdo, first China-Russia joint air patrol (Korean news site live blog, 2019-07-23)
d = "page_dokdo_a50_intrusion2019_liveblog.txt"
# Not statements: masthead, menu, headline, update line, byline, Key events bullets, refresh/share line, time stamps,
# the sign-off entry, one-line entry openers ("Washington has weighed in.", "A twist from the presidential office.",
# "Seoul has hit back at Tokyo's protest.", "Moscow is flatly denying the Korean account.", "The diplomatic summonses are
# under way.", "The presidential office has spoken.", "More detail from ...", "More to follow."), ADVERTISEMENT, most read,
# newsletter prompt, copyright.
# "Not everyone in Seoul is satisfied with the government's handling." = summary line, no row.
U(d, "The main opposition Liberty Korea Party said the Moon Jae-in administration", "calling the response timid.",
  ("Liberty Korea Party", C, neg, "South Korea", "opposition party judging its own government's response"))
# "We've been speaking to analysts ..." = no row.
U(d, "Park Ji-hoon, a senior researcher at the Hanbit Institute", "at a low.",
  ("Park Ji-hoon", N, neg, "", "invented analyst; reading of intent, no judgement word or appeal"))
U(d, "\"Flying an early-warning plane into a neighbour's airspace twice", "Park said.",
  ("Park Ji-hoon", C, neg, "Russia", "'not an accident' = charge of deliberate violation"))
U(d, "\"It is contempt for Korean sovereignty, and Beijing was happy to ride along.\"", "ride along.\"",
  ("Park Ji-hoon", C, neg, "", "speaker carried across a paragraph break (no attribution in this paragraph); judgement of Russia and China together -> target empty"))
U(d, "Mariko Essen, a fellow at the Tokyo-based Pacific Security Forum", "in a crisis.",
  ("Mariko Essen", N, neg, "", "invented analyst; risk line without an appeal"))
U(d, "She said Seoul, Tokyo, Moscow and Beijing ought to set up direct military hotlines", "hit something.",
  ("Mariko Essen", T, neg, "", "appeal to four governments -> target empty"))
U(d, "A State Department spokesperson said the United States was following the events closely", "South Korea and Japan.",
  ("United States", S, pos, "", "monitoring + backing of two allies = supporting; two actors -> target empty"))
# "The spokesperson declined to say whether US forces had tracked the flight." = non-answer, no row.
U(d, "Yoon Do-han, the senior secretary for public communication", "off course.",
  ("Russia", N, neg, "", "a Russian position (regret + malfunction explanation) reported by a Korean official: Russia's statement, Seoul takes no position in this sentence; regret for its own act = neutral"))
U(d, "Yoon said Seoul expected Moscow to look into the incident", "happen again.",
  ("South Korea", T, neg, "Russia", "demand for an inquiry and prevention with no judgement word = calling_for_talks"))
U(d, "The foreign ministry said Dokdo was Korean territory", "how Korea defended it.",
  ("South Korea", C, neg, "Japan", "rejection of Japan's standing to protest = judgement"))
U(d, "\"We do not consider Japan's protest worthy of a reply,\" a ministry official said.", "a ministry official said.",
  ("South Korea", C, neg, "Japan", "unnamed official of the named ministry speaks for South Korea; dismissal of the protest"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshihide Suga said Japan had protested to Moscow", "the Japanese name for Dokdo.",
  ("Japan", C, neg, "Russia", "protest lodged = condemning; reported clause"))
U(d, "Suga said Japan had also lodged a protest with Seoul", "claim to the islets.",
  ("Japan", C, neg, "South Korea", "protest + 'could not accept' = judgement"))
U(d, "Defence Minister Takeshi Iwaya said the first joint flight", "serious concern.",
  ("Japan", N, neg, "", "concern with no appeal = neutral, negative tone; two states' joint flight -> target empty"))
# "China's foreign ministry has responded." = entry opener, no row.
U(d, "Spokesperson Hua Chunying told a regular briefing in Beijing", "free to pass through it.",
  ("China", N, neu, "", "legal position on the ADIZ, rebutting the protest without a judgement"))
U(d, "The spokesperson said China and South Korea were good neighbours", "an \"intrusion\".",
  ("China", C, neg, "South Korea", "'the spokesperson' = Hua; admonition of Seoul's wording = mild rebuke (unsure: could be neutral)"))
U(d, "China's defence ministry said separately that the two air forces", "any third country.",
  ("China", N, neu, "", "own exercise reported as done, 'not aimed at any third country' = neutral"))
U(d, "In a statement carried by Russian news agencies, the defence ministry said", "South Korean airspace.",
  ("Russia", N, neg, "", "'the defence ministry' = Russia's by context; denial = neutral, negative tone"))
U(d, "The Russian ministry accused the two South Korean fighters", "radioing the crews.",
  ("Russia", C, neg, "South Korea", "ministry given by the state's adjective; accusation of dangerous flying"))
U(d, "It said it had never accepted the Korean identification zone", "on its own.",
  ("Russia", N, neg, "", "legal position rejecting the zone, no protest or judgement word (unsure: could be read as condemning South Korea)"))
U(d, "The ministry also confirmed that Russian and Chinese long-range aircraft", "Asia-Pacific region.",
  ("Russia", N, neu, "", "own patrol reported as done"))
U(d, "First Vice Foreign Minister Cho Sei-young summoned the deputy Russian ambassador", "repetition of the violation.",
  ("South Korea", C, neg, "Russia", "summons + warning = condemning"))
U(d, "China's ambassador, Qiu Guohong, was called in separately", "identification zone.",
  ("South Korea", C, neg, "China", "passive: Seoul summoned the envoy to protest = condemning; the ambassador is the object, not a speaker"))
U(d, "Blue House spokeswoman Ko Min-jung said National Security Office chief Chung Eui-yong", "Russia's Security Council.",
  ("South Korea", C, neg, "Russia", "protest sent, reported by the spokeswoman: one South Korea row"))
U(d, "According to Ko, Chung warned that a second incident", "from Seoul.",
  ("South Korea", C, neg, "Russia", "threat of a stronger response"))
U(d, "The JCS said two Chinese H-6 bombers entered", "airborne early warning aircraft.",
  ("South Korea", N, neu, "", "JCS = South Korea; facts of the flight"))
U(d, "The A-50 then entered South Korean airspace over Dokdo", "according to the JCS.",
  ("South Korea", N, neu, "", "facts with times"))
U(d, "South Korean F-15K and KF-16 jets fired flares and then warning shots", "the JCS said.",
  ("South Korea", N, neu, "", "own response reported as done, no judgement = neutral"))
U(d, "The defence ministry said it was the first time a Russian military aircraft", "South Korean airspace.",
  ("South Korea", N, neg, "", "a fact about the violation (unsure: the word 'violated' carries a charge; read as a fact here)"))
U(d, "South Korea's military says its fighter jets have fired warning shots", "off the east coast.",
  ("South Korea", N, neu, "", "breaking item inside the live blog body (not a headline): own action reported"))
