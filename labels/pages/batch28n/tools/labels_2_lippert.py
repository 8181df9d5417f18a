# ------------------------------------------------------------------ Knife attack on US ambassador Mark Lippert in Seoul (live blog, full HTML, 2015-03-05)
d = "page_seoul_lippert_attack_2015_liveblog.html"
# Not statements: nav, breadcrumb, headline, standfirst, byline, entry time stamps and entry headings (h3), captions "1 of 4",
# share bar, the sign-off entry (21:40), newsletter, tags, comments, most read, footer.
U(d, "Daniel Ostrowski, a fellow at the Pacific Alliance Institute", "verdict on the alliance.",
  ("Daniel Ostrowski", N, neu, "", "invented analyst; assessment of the attacker, no judgement on an actor"))
U(d, "\"Washington will not reopen anything over this,\" Ostrowski told us by phone.",
  "\"Washington will not reopen anything over this,\" Ostrowski told us by phone.",
  ("Daniel Ostrowski", N, neu, "", "surname only; forecast = neutral"))
U(d, "\"The real damage would come if Seoul turned", "I hope it resists that.\"",
  ("Daniel Ostrowski", T, neu, "South Korea", "speaker carried to a new paragraph (no verb); hope that Seoul shows restraint toward protest = appeal, no judgement = calling_for_talks"))
# "Prime Minister Lee Wan-koo chaired an emergency meeting ..., his office said." = a meeting held, no position: no row.
U(d, "Lee ordered police to put round-the-clock guards", "how the forum had been secured.",
  ("South Korea", N, neu, "", "surname only; own security measures = neutral"))
U(d, "North Korea's state news agency KCNA has described the attack", "began on Monday.",
  ("North Korea", C, neg, "", "state media = the state; approval of the attack as an answer to the drills = implicit judgement of the US-South Korean drills (two actors -> target empty); unsure: could be read as supporting the attacker"))
U(d, "In remarks carried by KCNA, an unnamed spokesman", "fury they stirred.",
  ("North Korea", C, neg, "United States", "'in remarks carried by' the agency; unnamed spokesman of a named North Korean body; blames Washington"))
U(d, "Seoul's unification ministry said the North's comments were shameful", "basic decency.",
  ("South Korea", C, neg, "North Korea", "judgement of the North's comments"))
U(d, "Tokyo: \"Violence against a diplomat is intolerable in any country.", "at his afternoon news conference.",
  ("Japan", C, neg, "", "live-blog item: capital label + quotation + speaker after a dash; 'intolerable' + get-well wish: the judgement decides; attacker not an actor -> target empty"))
U(d, "China's foreign ministry said it had noted the incident and hoped", "from our Beijing correspondent.",
  ("China", T, neu, "", "hope for calm on the peninsula = calling_for_talks"))
U(d, "Lippert has posted on Twitter from his hospital bed", "were fine.",
  ("United States", N, pos, "", "the ambassador speaks for his state; thanks and own condition = neutral, positive"))
U(d, "He said he would return to work soon to keep building the partnership", "between the two countries.",
  ("United States", S, pos, "South Korea", "pronoun = Lippert; commitment to the partnership = supporting"))
# 15:05 doctors' figures: no named actor, no row.
# 14:20 "Police named the suspect as Kim Ki-jong ..." = narration of the identification and his record, no row.
U(d, "A senior officer at Jongno police station said investigators", "bearing on the attack.",
  ("South Korea", N, neu, "", "unnamed officer of a named state body; lines of inquiry = procedure, neutral"))
U(d, "Kim shouted as he was led away that he had acted against war drills", "no ties to Pyongyang.",
  ("Kim Ki-jong", C, neg, "", "the named attacker is a person; judgement of the 'war drills' (US and South Korea) + denial of ties; the judgement decides; two targets -> empty"))
U(d, "Washington: \"This was a senseless and cowardly assault", "Marie Harf.",
  ("United States", C, neg, "", "label + quotation + speaker after a dash; judgement + thanks; target empty (the attacker is a person not labelled as target)"))
U(d, "President Barack Obama phoned Lippert to wish him a speedy recovery", "a White House official said.",
  ("United States", S, pos, "", "backing by act (a get-well call) to his own envoy; unsure: could be neutral since the envoy is the US's own"))
U(d, "President Park Geun-hye, speaking from the Gulf", "her spokesman Min Kyung-wook.",
  ("South Korea", C, neg, "", "'according to her spokesman'; attack on the alliance = judgement + order to investigate; attacker -> target empty"))
U(d, "The foreign ministry in Seoul said in a statement that the government was shocked and ashamed", "protection of diplomats.",
  ("South Korea", N, neg, "", "shock and shame, no judgement on an actor, no appeal; own security measures = neutral, negative"))
U(d, "Foreign Minister Yun Byung-se was quoted as telling", "cast a shadow over ties.",
  ("South Korea", S, pos, "United States", "'was quoted as telling'; commitment to ties with the ally = supporting (unsure: could be neutral reassurance)"))
U(d, "Choi Min-seo, a university lecturer who was seated two tables away, said", "what was happening.",
  ("Choi Min-seo", N, neu, "", "invented witness (person); eyewitness account = neutral"))
U(d, "\"People were screaming, and then several of us just threw ourselves on him,\" Choi told", "Han River Times.",
  ("Choi Min-seo", N, neg, "", "account of the scene = neutral"))
U(d, "\"Whatever his grievance, nobody in that room deserved", "a guest of our country.\"",
  ("Choi Min-seo", C, neg, "", "speaker carried to a new paragraph; judgement of the attack without a stock word; the attacker -> target empty"))
# 08:05 opening entry: narration ('police say'), no row. The forum host is narrated, no row.
U(d, "Kim Moo-sung, chairman of the ruling Saenuri Party, called the attack", "assaults on foreign envoys.",
  ("Saenuri Party", C, neg, "", "party leader speaks for his party; 'act of terror' + tougher penalties = condemning; the attacker -> target empty"))
U(d, "The main opposition New Politics Alliance for Democracy said in a statement", "in a democracy.",
  ("New Politics Alliance for Democracy", C, neg, "", "judgement of the violence without a stock word"))
U(d, "The Korean Council for Reconciliation and Cooperation, which hosted the forum, apologised", "affiliated civic group.",
  ("Korean Council for Reconciliation and Cooperation", N, neg, "", "host's apology + facts of registration = neutral, regretful tone"))
U(d, "New York: a spokesman for UN Secretary-General Ban Ki-moon said Ban was dismayed", "on their territory.",
  ("United Nations", T, neg, "", "dismay + reminder to all states to protect diplomats = an appeal with no judgement on an actor = calling_for_talks (unsure: could be neutral)"))
U(d, "The US Embassy in Seoul said the ambassador's injuries were not life-threatening", "family's privacy.",
  ("United States", N, neu, "", "the embassy = the US; facts + a request for privacy = neutral"))
