# ------------------------------------------------------------------ Row over Chinese Ambassador Xing Haiming's remarks (South Korean English-language news site, full HTML, 2023-06-13)
d = "page_xinghaiming_bets2023_koreasite.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, standfirst, byline, captions with credits and counters,
# crossheads, ADVERTISEMENT, related list, share bar, tags, readers' comments, most read, newsletter prompt, footer.
U(d, "The presidential office said on Tuesday that Chinese Ambassador Xing Haiming", "to the ruling party and beyond.",
  ("South Korea", C, neg, "China", "long lead: the office's judgement of the envoy ('striking lack of regard') + narration of the row"))
# "Xing had invited Democratic Party leader Lee Jae-myung ..." = narration of the dinner, no row.
U(d, "In it, the ambassador faulted Seoul's closer alignment with Washington", "would pay a price for it.",
  ("China", C, neg, "South Korea", "the ambassador (= China) faults Seoul's policy + veiled warning of a price = judgement/threat"))
U(d, "He also urged Seoul to honour its past commitments on Taiwan", "core concerns into account.",
  ("China", T, neu, "South Korea", "appeal addressed to Seoul with no judgement word (unsure: a demand on Taiwan, could be read as neutral)"))
U(d, "First Vice Foreign Minister Chang Ho-jin summoned Xing", "in a message to reporters.",
  ("South Korea", C, neg, "China", "summons + 'baseless and needlessly inflammatory' = judgement"))
U(d, "Chang said an ambassador who airs false claims", "South Korea's internal politics.",
  ("South Korea", C, neg, "China", "breach of norms, meddling = judgement"))
U(d, "He told the envoy that any damage flowing from his words", "the ministry said.",
  ("South Korea", C, neg, "China", "consequences laid at his door = threat"))
U(d, "Foreign Minister Park Jin, speaking to reporters after a forum in Seoul", "the job he was sent to do.",
  ("South Korea", C, neg, "China", "judgement without a stock word ('has lost sight of the job')"))
# "Beijing answered a day later." = summary line before the specific statement, no row.
U(d, "Assistant Foreign Minister Nong Rong called in South Korean Ambassador Chung Jae-ho", "released on Sunday.",
  ("China", C, neg, "South Korea", "counter-summons + 'out of all proportion and unfair' = judgement"))
U(d, "Nong said an ambassador who spends his evenings", "posted abroad to do.",
  ("China", N, neu, "", "explanation of the envoy's duties, no judgement or appeal"))
U(d, "Seoul would do better to examine its own choices", "Nong added.",
  ("China", C, neg, "South Korea", "advice that carries blame ('examine its own choices', 'shoot the messenger') = judgement without a stock word"))
U(d, "The South Korean embassy in Beijing said Chung had used the meeting", "had crossed a line.",
  ("South Korea", C, neg, "China", "'crossed a line' = judgement without a stock word"))
U(d, "The Chinese embassy in Seoul said in a statement that Xing had never intended", "get back on track.",
  ("China", N, neg, "", "denial of interference = neutral, negative tone"))
U(d, "At a regular briefing in Beijing on Monday, foreign ministry spokesperson Wang Wenbin said China hoped", "sound and steady direction.",
  ("China", T, pos, "South Korea", "hope for cooperation = calling_for_talks"))
U(d, "People Power Party leader Kim Gi-hyeon said the ambassador had meddled openly", "sat and nodded along.",
  ("People Power Party", C, neg, "China", "ruling party leader: meddling charge; the jab at the opposition leader is secondary (target China)"))
U(d, "Ruling party lawmakers went further at a party meeting on Monday", "within the week.",
  ("People Power Party", C, neg, "China", "lawmakers of a named party speak for it; call for expulsion with a deadline = ultimatum"))
U(d, "The Democratic Party said the government had blown a dinner conversation", "out of all proportion.",
  ("Democratic Party of Korea", C, neg, "South Korea", "opposition party judges the government's reaction"))
U(d, "The party's chief spokesperson welcomed Beijing's stated readiness", "clumsy one-sided diplomacy.",
  ("Democratic Party of Korea", C, neg, "South Korea", "welcome of Beijing's offer joined to a judgement of the administration: rule 1"))
U(d, "Lee told reporters that he and Xing had agreed at the dinner", "gamble with the shared sea.",
  ("Democratic Party of Korea", C, neg, "Japan", "Lee (party leader) opposes Japan's discharge, 'reckless gamble' = judgement"),
  ("China", C, neg, "Japan", "Xing's agreement to oppose the discharge, reported by Lee: a position of X reported by Y is X's"))
U(d, "He said he hoped the relationship with China could recover", "mutual respect.",
  ("Democratic Party of Korea", T, pos, "China", "hope for recovered relations = calling_for_talks"))
U(d, "In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno said Japan had shared", "to neighbouring countries.",
  ("Japan", N, neu, "", "facts and plans about its own data sharing, no judgement"))
U(d, "White House national security spokesman John Kirby told reporters", "stood firmly beside it.",
  ("United States", S, pos, "South Korea", "solidarity with the ally and its right to choose partners"))
U(d, "National Security Adviser Cho Tae-yong said Seoul would keep its China policy", "from any quarter.",
  ("South Korea", N, neu, "", "statement of own policy; 'any quarter' names no one = neutral"))
U(d, "\"Beijing wanted to find out how far it could push", "Hanbit University in Seoul.",
  ("Han Ji-won", N, neg, "", "invented professor; reading of Beijing's motives, analysis without an explicit judgement (unsure: could be condemning China)"))
U(d, "Han said both governments should now quietly restore working contacts", "spilled over into trade.",
  ("Han Ji-won", T, neu, "", "appeal to both sides for contacts"))
U(d, "Liu Weiguo, a researcher at the Shanghai Institute for Northeast Asian Studies, said", "for domestic consumption.",
  ("Liu Weiguo", C, neg, "South Korea", "invented researcher; 'political spectacle for domestic consumption' = judgement"))
# "Exports to China ... according to customs data." = figure from data, no speaker, no row.
