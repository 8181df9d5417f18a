# ------------------------------------------------------------------ South Korea's termination of GSOMIA with Japan (Asian broadcaster, full HTML, 2019-08-23)
d = "page_gsomia_termination2019_broadcaster.html"
# Not statements: logo, language bar, nav, breadcrumb, headline, byline, time stamps, photo captions ("1 of 3 | ..."), video note,
# crossheads, ADVERTISEMENT, share bar, tags, related stories, comments, most viewed, footer.
U(d, "South Korea will end its military intelligence-sharing agreement with Japan", "blunt criticism from Washington.",
  ("South Korea", C, neg, "Japan", "ending a pact in answer to Japan's trade measures = a measure taken against Japan"),
  ("Japan", C, neg, "South Korea", "'an angry protest from Tokyo' reported in the same sentence"),
  ("United States", C, neg, "South Korea", "'blunt criticism from Washington' reported in the same sentence"))
U(d, "Kim You-geun, first deputy director of the National Security Office", "on security grounds.",
  ("South Korea", C, neg, "Japan", "blames Japan for changing the basis of cooperation"))
U(d, "\"If Tokyo no longer trusts us with its exports", "Saturday's deadline.",
  ("South Korea", C, neg, "Japan", "justification that charges Tokyo + formal notice (the measure)"))
U(d, "The presidential office said President Moon Jae-in had approved the decision", "National Security Council.",
  ("South Korea", N, neu, "", "procedure, no evaluation"))
# GSOMIA background (two sentences) = narration, no row.
U(d, "Japanese Foreign Minister Taro Kono called in South Korean Ambassador Nam Gwan-pyo", "to protest.",
  ("Japan", C, neg, "South Korea", "summoning an ambassador to protest = condemning"))
U(d, "In a statement, Kono said Seoul had got the region's security picture badly wrong", "the intelligence pact.",
  ("Japan", C, neg, "South Korea", "judgement + rejection of Seoul's linkage"))
U(d, "\"Seoul has taken one damaging step after another", "he said.",
  ("Japan", C, neg, "South Korea", "judgement ('damaging') + pressure to change course"))
U(d, "Prime Minister Shinzo Abe told reporters in Tokyo on Friday", "wartime compensation.",
  ("Japan", C, neg, "South Korea", "charge of eroding trust + demand to honour the agreements"))
U(d, "Defence Minister Takeshi Iwaya said the decision was a great pity", "to watch North Korea.",
  ("Japan", C, neg, "South Korea", "'a great pity' aimed at Seoul's act read as 'regrettable' (unsure: could be neutral regret with a plan)"))
U(d, "Toshihiro Nikai, secretary-general of the governing Liberal Democratic Party", "this strained.",
  ("Liberal Democratic Party of Japan", T, neu, "", "party actor (parties.csv); appeal for more dialogue, no judgement"))
U(d, "US Secretary of State Mike Pompeo, speaking during a visit to Canada", "to keep talking.",
  ("United States", C, neg, "South Korea", "'let down by the decision' = a negative judgement of Seoul's act; with an appeal, rule 1 (unsure: could be calling_for_talks)"))
U(d, "\"We want to see Tokyo and Seoul mend this", "earlier in the day.",
  ("United States", T, pos, "", "appeal to both allies to repair ties; quote + attribution in one unit"))
U(d, "The Pentagon said in a statement that it regretted the Moon administration's choice", "testing new missiles.",
  ("United States", C, neg, "South Korea", "'regretted' + harm to shared defence = judgement"))
# "US Defense Secretary Mark Esper also spoke by phone ..." = a call reported with no position, no row.
U(d, "A senior South Korean official denied a report that Washington had been blindsided", "via the United States.",
  ("South Korea", N, neg, "", "unnamed official of a named government; denial + plan = neutral, negative tone"))
U(d, "Foreign Minister Kang told lawmakers on Friday", "as solid as ever.",
  ("South Korea", C, neg, "Japan", "blames Japan for the loss of trust"))
U(d, "She said the door would stay open if Tokyo withdrew", "a way back.",
  ("South Korea", T, neu, "Japan", "conditional offer of talks = calling_for_talks"))
U(d, "Kim Hyun-chong, second deputy director of the National Security Office, said on Friday", "its trade measures.",
  ("South Korea", C, neg, "Japan", "accusation of ignoring offers of talks"))
U(d, "In Beijing, Chinese Foreign Ministry spokeswoman Hua Chunying said", "stability in the region.",
  ("China", T, neu, "", "hands-off + hope for peace and stability = calling_for_talks (hope)"))
U(d, "The ruling Democratic Party of Korea welcomed the decision", "economic retaliation.",
  ("Democratic Party of Korea", C, neg, "Japan", "welcome + judgement ('economic retaliation') = condemning (as welcome + judgement in batch22a)"))
# "Conservative opposition lawmakers warned ..." = no named party or body, no row.
U(d, "Park Ji-hoon, a professor of security studies", "through the United States.",
  ("Park Ji-hoon", N, neu, "", "invented scholar; assessment, no evaluation of an actor"))
U(d, "\"The real damage is to the picture of three allies", "Park said.",
  ("Park Ji-hoon", N, neg, "", "assessment of damage, no judgement of an actor"))
U(d, "Kenji Morimoto, a senior researcher at the Tokyo Institute for Regional Security", "the security field.",
  ("Kenji Morimoto", C, neg, "South Korea", "invented analyst; 'serious error' = judgement"))
U(d, "\"It is a self-inflicted wound", "lapses in November.",
  ("Kenji Morimoto", C, neg, "South Korea", "judgement + appeal for a channel: rule 1"))
# "The agreement formally expires on November 23 ..." = narration, no row.
