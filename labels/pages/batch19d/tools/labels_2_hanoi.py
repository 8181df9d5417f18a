# ------------------------------------------------------------------ Collapse of the Trump-Kim Hanoi summit and reactions
# South Korean English-language daily (scraped .txt), 2019-03-01
d = "page_hanoi_summit_koreandaily.txt"
# Not statements: masthead with date/weather/fine dust, menus, section path, headline, standfirst, byline, published/updated,
# font/print/share bar, photo captions with credits, ADVERTISEMENT, crossheads ("'No deal' in Hanoi", "Midnight rebuttal",
# "Tokyo, Beijing, Moscow react", "Rivals trade blame at home"), "Related:" links, byline email, tags, related articles,
# Most Popular, footer.
U(d, "Seoul on Friday insisted that the abrupt end", "back to the table.",
  ("South Korea", T, pos, "", "Seoul = metonym; long lead mixing narration and position: the process is alive + a promise to bring both sides back to talks = calling_for_talks"))
U(d, "“What happened in Hanoi was a pause, not a breakdown.", "at Gwanghwamun Square.",
  ("South Korea", T, pos, "", "multi-sentence quote closed by its speaker (surname only) = one unit; offer to help close the gap = calling_for_talks"))
U(d, "He said his government would consult Washington on ways", "blocked by sanctions.",
  ("South Korea", N, neu, "", "'He' = Moon; own plans (consult Washington on two projects), no stance; Washington = metonym as object"))
U(d, "Moon also proposed a joint inter-Korean committee", "progress on denuclearization.",
  ("South Korea", T, pos, "North Korea", "proposal of a joint inter-Korean body conditional on progress = an offer of dialogue (unsure: could be supporting, an offer of cooperation)"))
# "The speech came a day after Cheong Wa Dae was caught off guard ..." -> narration, no row
U(d, "Kim Eui-kyeom, Cheong Wa Dae's spokesman, acknowledged disappointment", "a year earlier.",
  ("South Korea", N, pos, "", "name then role; disappointment + an assessment that gaps narrowed, no appeal and no judgement = neutral, hopeful tone"))
U(d, "He said the government would stay in close contact with both Washington and Pyongyang", "as soon as possible.",
  ("South Korea", T, pos, "", "'He' = the spokesman; commitment to help talks resume; two capitals as objects -> target empty"))
U(d, "Trump, who called Moon from Air Force One", "Cheong Wa Dae said.",
  ("United States", T, neu, "", "Trump's request that Moon mediate, reported by Cheong Wa Dae = a US statement; Seoul takes no position in this sentence (no South Korea row)"))
# summit narration ("The summit at the Sofitel ... broke up", "A planned working lunch ... cancelled") -> no row
U(d, "Trump told reporters at the JW Marriott hotel that Pyongyang had sought", "not willing to make.",
  ("United States", C, neg, "North Korea", "blames the breakdown on the North's demand (holds it responsible) (unsure: could be read as a neutral account of the gap)"))
U(d, "He insisted that his personal rapport with Kim remained intact", "nuclear or missile tests.",
  ("United States", N, pos, "", "own relationship; no appeal, no judgement"),
  ("North Korea", T, pos, "", "Kim's promise not to resume tests, reported by Trump = North Korea's statement; a commitment to restraint = calling_for_talks (unsure: could be neutral)"))
U(d, "Secretary of State Mike Pompeo, standing beside the president", "in the coming weeks.",
  ("United States", T, pos, "", "commitment to resume negotiations = calling_for_talks"))
U(d, "Asked by a reporter on Thursday morning whether he was ready", "was itself the answer.",
  ("North Korea", T, pos, "", "Kim's readiness to negotiate denuclearization, conveyed by his presence (unsure: could be neutral)"))
# "North Korea offered a starkly different account." -> summary line, no row
U(d, "In a rare press conference called shortly after midnight", "in the presence of American experts.",
  ("North Korea", N, neg, "", "counter-account that rebuts Trump's version = a denial, neutral with a negative tone"))
U(d, "Ri said the North had also offered to put in writing", "slip through their hands.",
  ("North Korea", C, neg, "United States", "surname only; accusation ('letting a rare chance slip through their hands') = judgement without stock words"))
U(d, "Vice Foreign Minister Choe Son-hui, who sat beside Ri", "pursuing talks with Washington.",
  ("North Korea", C, neg, "United States", "veiled threat to walk away from talks + reproach of the US 'way of reckoning' (unsure: could be neutral)"))
U(d, "The Korean Central News Agency, in its first report on the summit", "improvement of relations.",
  ("North Korea", T, pos, "", "state agency report of the leader's position = North Korea (the agency is not an actor); agreement to keep meeting"),
  ("United States", T, pos, "", "Trump's agreement to keep meeting, as reported by KCNA = a US position reported by another party (guide: X reported by Y is X's statement)"))
U(d, "KCNA said Kim had thanked Trump for making the long trip", "early end to the talks.",
  ("North Korea", S, pos, "United States", "thanks = approval/gratitude toward the US side"))
U(d, "In Tokyo, Prime Minister Shinzo Abe told reporters", "served no one.",
  ("Japan", S, pos, "United States", "Tokyo = place; backing Trump's decision to leave without signing"))
U(d, "Abe, who has long sought his own summit with Kim", "sit down with the North Korean leader.",
  ("Japan", T, pos, "North Korea", "wish to meet Kim = calling_for_talks; the abductions clause is background"))
U(d, "China's Foreign Ministry spokesman Lu Kang said Beijing welcomed", "where it could.",
  ("China", T, pos, "", "welcome + appeal to both for patience = calling_for_talks (rule 2 before rule 3) + offer to help; addressed to both sides -> target empty"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow regretted", "between the two sides.",
  ("Russia", T, neu, "", "regret + 'no alternative to continued dialogue' = concern with an appeal = calling_for_talks"))
U(d, "UN Secretary-General Antonio Guterres encouraged both leaders", "told reporters in New York.",
  ("United Nations", T, pos, "", "UN spokesperson note: encouragement to keep engaging; attribution tail via the spokesman"))
# "At home, the collapse immediately became a political weapon." -> summary line, no row
U(d, "The main opposition Liberty Korea Party, which chose former Prime Minister", "readiness to disarm.",
  ("Liberty Korea Party", C, neg, "South Korea", "opposition party judging its own government ('oversold'); the new leader's election is narration"))
U(d, "Floor leader Na Kyung-won told a party meeting", "given anything up.",
  ("Liberty Korea Party", C, neg, "South Korea", "role then name; demand to drop projects + 'a reward for Pyongyang' = judgement (rule 1)"))
U(d, "The ruling Democratic Party of Korea said the summit had brought an agreement closer", "take place soon.",
  ("Democratic Party of Korea", T, pos, "", "hope for a third summit = calling_for_talks"))
U(d, "The Unification Ministry said its plans for inter-Korean exchanges", "liaison office in Gaeseong.",
  ("South Korea", N, neu, "", "ministry = South Korea; own plans unchanged"))
# "Analysts in Seoul said ..." and the retiree at Seoul Station -> not actors, no rows
