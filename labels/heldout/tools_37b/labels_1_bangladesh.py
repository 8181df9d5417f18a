# ------------------------------------------------------------------ Bangladesh: the 11 January 2007 emergency and the postponed election (South Asian news site, 2007-01-12)
d = "page_bangladesh_emergency2007_southasiansite.txt"
# Not statements: top bar, menu, breadcrumb, headline, standfirst, byline, [PHOTO n of 4] captions, ADVERTISEMENT,
# crossheads, Related, tags, share bar, newsletter prompt, most read, copyright.
# "Bangladesh entered its first full day under a state of emergency ..." = narration lead (dateline excluded), no row.
# "Former central bank governor Fakhruddin Ahmed took the oath ..." = narration, no row.
# "At least 45 people have been killed ..." = toll from no named source, no row.
U(d, "In a televised address on Thursday night, Iajuddin told the nation", "largely ceremonial presidency.",
  ("Bangladesh", N, neu, "", "the president (state) announces the postponement and its procedural reason; plans, no judgement"))
U(d, "A presidential spokesman said on Friday that the new chief adviser", "lifted with effect from this morning.",
  ("Bangladesh", N, neu, "", "spokesman of a named office; plans and procedure"))
# "The emergency rules, issued on Thursday, suspend ..." = narration of the measures (no speaker), no row.
# "The 14-party alliance led by the Awami League ... greeted the postponement ..." = summary line before the quote, no row.
U(d, "\"The people of this country have been heard at last", "at the party's Dhanmondi office.",
  ("Awami League", S, pos, "Bangladesh", "welcome of the postponement (approval of the president's step) + a charge about the roll; the welcome of the step is the position taken (unsure: 'rigged roll' could make it condemning, but it is aimed at a roll already set aside)"))
U(d, "Jalil said the alliance would halt its programme of blockades", "were delivered.",
  ("Awami League", T, neu, "Bangladesh", "halts protests and offers cooperation on conditions = agreeing to a peaceful course (conditional offer = calling_for_talks)"))
U(d, "He added that the alliance would be back on the streets", "favouring the outgoing ruling party.",
  ("Awami League", C, neg, "Bangladesh", "threat of renewed street action = a threatened response"))
U(d, "The BNP's secretary general, Abdul Mannan Bhuiyan, said his party accepted", "in the interest of stability.",
  ("Bangladesh Nationalist Party", S, neu, "Bangladesh", "accepts the change 'in the interest of stability' = approval of a step (unsure: could be neutral acquiescence)"))
U(d, "But he accused the Awami League of having forced the delay", "in the past ten weeks.",
  ("Bangladesh Nationalist Party", C, neg, "Awami League", "accusation + holding the alliance responsible for deaths"))
# "The emergency came only hours after the United Nations announced ..." = narration linking events; the UN's act is given in the next sentence.
U(d, "In a statement issued in Dhaka, the UN office said the conditions", "future part in UN peacekeeping.",
  ("United Nations", C, neg, "Bangladesh", "judgement that the vote lacked credibility + veiled warning about peacekeeping = a threatened response"))
U(d, "The European Commission also said on Thursday that it had suspended", "could not meet basic standards.",
  ("European Union", C, neg, "Bangladesh", "suspending the observation mission with a stated judgement on the vote (measure in protest)"))
U(d, "The EU presidency said on Friday that it hoped the new chief adviser", "once that happened.",
  ("European Union", T, pos, "Bangladesh", "hope for an inclusive vote + readiness to return = calling_for_talks (hope)"))
U(d, "In Washington, State Department spokesman Sean McCormack said", "restored full civil liberties.",
  ("United States", N, neu, "", "contacts with all sides + how it will judge = plain diplomatic wording, no judgement yet"))
U(d, "\"We respect the fact that the president has acted to stop the slide", "McCormack said.",
  ("United States", T, neu, "Bangladesh", "multi-sentence quote closed by its speaker: qualified acceptance + appeal to agree a timetable; no judgement word -> appeal decides (rule 2)"))
U(d, "In New Delhi, the Ministry of External Affairs said India was following", "with great attention.",
  ("India", N, neu, "", "monitoring, no appeal = neutral"))
U(d, "External Affairs Ministry spokesman Navtej Sarna said India had always wished", "free and fair election.",
  ("India", T, pos, "Bangladesh", "hope that an election is held soon = calling_for_talks (hope)"))
# "Officials in Delhi, speaking privately, said the Border Security Force ..." = Indian officials (unnamed officials of a named government) giving a fact:
U(d, "Officials in Delhi, speaking privately, said the Border Security Force", "no sign of unusual movement.",
  ("India", N, neu, "", "'officials in Delhi' = officials of the Indian government; own precaution reported as fact"))
U(d, "The Commonwealth Secretary-General, Don McKinnon, said on Friday that he was deeply troubled", "\"at the earliest possible moment\".",
  ("Commonwealth", T, neg, "Bangladesh", "concern + demand to lift the curbs; no judgement word -> calling_for_talks, negative"))
U(d, "McKinnon said the Commonwealth's good offices remained available", "asked for one.",
  ("Commonwealth", T, neu, "", "offer of good offices / an envoy = mediation offer"))
U(d, "The British High Commission in Dhaka said the United Kingdom welcomed", "repairing the electoral roll.",
  ("United Kingdom", S, pos, "Bangladesh", "welcome of the appointment + offer of practical help = supporting"))
U(d, "Japan, Bangladesh's largest bilateral donor, said in a statement", "watching the situation closely.",
  ("Japan", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Human Rights Watch said the emergency regulations gave the security forces", "in a dawn raid.",
  ("Human Rights Watch", C, neg, "Bangladesh", "accusation of arbitrary detention"))
U(d, "\"The police and army must not be allowed to treat the emergency", "said in a statement.",
  ("Human Rights Watch", C, neg, "Bangladesh", "warning against abuse of powers framed as 'round up critics' = judgement (unsure: a 'must not' demand could be calling_for_talks)"))
# "Analysts in Dhaka were cautiously hopeful." = summary of unnamed analysts, no row.
U(d, "\"Fakhruddin is a technocrat with no party card", "Dhaka Institute of Governance Studies.",
  ("Tasneem Haider", N, pos, "", "invented political scientist; assessment, no judgement on an actor"))
U(d, "\"The danger is a different one", "she said.",
  ("Tasneem Haider", N, neg, "", "risk scenario, no appeal"))
U(d, "Kamrul Islam, a former ambassador who now writes a weekly column, said the two main parties", "bringing the country to this point.",
  ("Kamrul Islam", C, neg, "", "invented former ambassador (speaks for no body); holds both parties responsible -> two targets, empty"))
U(d, "\"For three months the two begums have treated the streets", "he said.",
  ("Kamrul Islam", C, neg, "", "judgement of both leaders without a stock word; two targets -> empty"))
U(d, "Islam said he wanted the new chief adviser to call the leaders", "until a date was agreed.",
  ("Kamrul Islam", T, neu, "", "appeal for talks between the parties"))
# "A rickshaw puller ... Abul Kashem, said he was simply relieved." and his quote: unnamed-in-role resident; named, but no position on an actor -> see below.
U(d, "A rickshaw puller waiting near Shahbagh, Abul Kashem, said he was simply relieved.", "relieved.",
  ("Abul Kashem", N, pos, "", "named resident (independent person); relief, no position on an actor"))
