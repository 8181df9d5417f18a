# ------------------------------------------------------------------ Karachi: the Confucius Institute bombing (Chinese embassy news page, items of 26 April - 12 May 2022)
d = "page_karachi_confucius_bombing2022_embassynews.txt"
# Not statements: bilingual masthead, menu, location line, item titles and dates (titles carry positions; never rows), separators, pager, related links, copyright, address.
# "On 11 May, Chargé d'Affaires Pang Chunxue called on ..." = narration of a meeting, no row.
U(d, "Chargé d'Affaires Pang said the Chinese side appreciated the progress", "brought to justice.",
  ("China", S, pos, "Pakistan", "'the Chinese side'; appreciation of Pakistan's progress (supporting) + a complaint that masterminds are still free (no judgement of Pakistan as such) (unsure: the 'but' clause could make it calling_for_talks)"))
U(d, "She asked the Pakistani side to pursue the case to the end", "projects and institutions.",
  ("China", T, neu, "Pakistan", "request to one side to act, no judgement word = calling_for_talks"))
U(d, "Minister Rana Sanaullah said the Government of Pakistan regarded the safety", "to protect them.",
  ("Pakistan", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "He added that a special security unit for Chinese nationals", "facilitators of the bomber.",
  ("Pakistan", N, neu, "", "plans and investigation facts = neutral"))
U(d, "Since the attack of 26 April, the Embassy and the Consulate General in Karachi have received", "organizations in Pakistan.",
  ("China", N, neu, "", "the Embassy speaks for China; receipt of messages = neutral fact (the senders are unnamed here)"))
U(d, "The Ambassadors of Russia, Iran, Kazakhstan and Uzbekistan, in a joint visit", "against terrorism.",
  ("Russia", S, neg, "China", "list of states, one row each; flowers + solidarity; support aimed at China and Pakistan -> target China (the host of the visit) (unsure: two addressees could empty the target)"),
  ("Iran", S, neg, "China", "same joint visit"),
  ("Kazakhstan", S, neg, "China", "same joint visit"),
  ("Uzbekistan", S, neg, "China", "same joint visit"))
U(d, "The members of the United Nations Security Council, in a press statement, called", "must face justice.",
  ("United Nations", C, neg, "", "Council press statement = United Nations; 'a heinous crime' = judgement; perpetrators unnamed -> target empty"))
U(d, "The Embassy expresses its sincere gratitude to all friends", "this sad time.",
  ("China", N, pos, "", "thanks to friends in general, no single actor = neutral, positive"))
# "On 28 April, teachers and students ... held a condolence ceremony ..." and "Consul General Li Bijian attended the ceremony." = narration, no row.
U(d, "Consul General Li said the three teachers had come to Pakistan", "murdered for it.",
  ("China", C, neg, "", "'murdered' = judgement of the attackers; no canonical target named"))
U(d, "He said the Chinese side would not allow the terrorists' aim", "would go on.",
  ("China", C, neg, "", "resolve against 'the terrorists' aim' = judgement of the attackers (unsure: the continuation of teaching alone would be neutral)"))
U(d, "Professor Dr. Farooq Ahmed Siddiqui of the University's Department", "on education itself.",
  ("Farooq Ahmed Siddiqui", C, neg, "", "invented professor; judgement of the attackers (no stock word)"))
U(d, "\"These teachers taught our children the language", "Prof. Siddiqui said.",
  ("Farooq Ahmed Siddiqui", C, neg, "", "multi-sentence quote closed by the speaker; same judgement"))
U(d, "Hira Naveed Baig, a third-year student of Chinese", "come back.",
  ("Hira Naveed Baig", N, pos, "", "invented student; a hope for the institute's reopening is not a hope for peace or talks = neutral, positive (unsure)"))
# "On the morning of 27 April, Prime Minister Muhammad Shehbaz Sharif visited the Embassy ..." = narration of a visit (the condolence itself follows), no row.
U(d, "Prime Minister Shehbaz said the whole Pakistani nation was grieving", "killed on its soil.",
  ("Pakistan", S, neg, "China", "condolences and shame addressed to the Chinese side = supporting (solidarity), grief tone"))
U(d, "He said the Government of Pakistan would find every person involved", "would fail.",
  ("Pakistan", C, neg, "", "vow of exemplary punishment = announced response against unnamed attackers"))
U(d, "Ambassador Nong Rong said the Chinese side appreciated the Prime Minister's personal visit", "after the attack.",
  ("China", S, pos, "Pakistan", "appreciation of the visit = supporting"))
U(d, "Ambassador Nong said the Chinese side expected Pakistan to bring every plotter", "made the attack possible.",
  ("China", T, neg, "Pakistan", "expectation addressed to Pakistan; 'close the gaps' implies a security lapse but carries no judgement word = calling_for_talks (unsure: could be condemning)"))
U(d, "At the regular press conference on 27 April, Foreign Ministry Spokesperson Wang Wenbin said", "built together.",
  ("China", C, neg, "", "judgement of the attackers' 'contempt'; no canonical target"))
U(d, "Spokesperson Wang said China strongly condemned the attack", "sympathy to their families.",
  ("China", C, neg, "", "condemnation + condolences: the judgement decides"))
U(d, "The spokesperson said the Chinese side would work with Pakistan to track down", "what they had done.",
  ("China", C, neg, "", "'would be made to pay' = threat of a response against the plotters"))
U(d, "He also said that China would continue to firmly support Pakistan", "cooperation.",
  ("China", S, pos, "Pakistan", "backing = supporting"))
# "On the afternoon of 26 April, a vehicle carrying teachers ..." and "Three Chinese teachers and a Pakistani driver were killed ..." = the Embassy's narration of the incident: the second sentence gives figures.
U(d, "Three Chinese teachers and a Pakistani driver were killed", "was injured.",
  ("China", N, neg, "", "casualty figures given by the Embassy = neutral"))
U(d, "The Embassy has noted that the so-called \"Baloch Liberation Army\" has claimed", "for the attack.",
  ("China", N, neu, "", "notes the claim = neutral ('so-called' alone is a tag, the judgement follows in the next sentence)"))
U(d, "The Embassy condemns this cold-blooded crime against innocent educators", "fully accountable.",
  ("China", C, neg, "Baloch Liberation Army", "condemnation + holds the claiming group accountable"))
U(d, "On the same evening, Assistant Foreign Minister Wu Jianghao made an urgent call", "be raised.",
  ("China", T, neg, "Pakistan", "urgent call with requests to Pakistan (care, pursuit, protection), no judgement = calling_for_talks"))
U(d, "The Embassy reminds Chinese citizens and institutions in Pakistan", "security measures.",
  ("China", N, neu, "", "travel advice to own citizens = neutral"))
