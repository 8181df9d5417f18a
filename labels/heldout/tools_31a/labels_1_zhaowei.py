# ------------------------------------------------------------------ Canada expels Zhao Wei; China expels the Canadian consul in Shanghai (full HTML, Canadian news site, 2023-05-09)
d = "page_zhaowei_expulsion_canadiansite.html"
# No row: headline, standfirst, kicker, byline, captions ("1 of 2"), crossheads, "Related:" links, credits, tags,
# newsletter, comments, most read, footer.
U(d, "Beijing on Tuesday gave a Canadian consul in Shanghai four days to leave China", "in Hong Kong.",
  ("China", C, neg, "Canada", "long lead: expelling a diplomat = condemning; Beijing = metonym; Chong is an object, not a speaker"),
  ("Canada", C, neg, "China", "'after Ottawa expelled a ... diplomat' = a specific act reported as done inside the lead (Ottawa = metonym); also labelled where Joly announces it"))
U(d, "Foreign Affairs Minister Mélanie Joly announced late Monday afternoon", "leave the country.",
  ("Canada", C, neg, "China", "role then name; declaring a diplomat persona non grata = expulsion"))
U(d, '"Canada will not stand by while a foreign state tries to pressure', "in a written statement.",
  ("Canada", C, neg, "China", "multi-sentence quote closed by the speaker = one unit; accusation + warning to foreign missions"))
U(d, "She said cabinet had gone into the decision with its eyes open", "Canada might pay.",
  ("Canada", N, neu, "", "pronoun subject (Joly); own decision-making, no judgement"))
U(d, "Joly had summoned China's ambassador, Cong Peiwu,", "over the report.",
  ("Canada", C, neg, "China", "summoning an ambassador to protest = a specific act of protest; the ambassador is an object"))
# No row: "Pressure to expel Zhao had mounted since a newspaper report ..." (the outlet's narration of a press report)
# No row: "Chong has long been one of Beijing's most outspoken critics ..." (vague background)
# No row: "The announcement came on the same afternoon that the House of Commons was voting ..." (narration, no position)
# No row: "China's foreign ministry responded early Tuesday, Beijing time, with a short notice ..." (summary line before the specific statement)
U(d, "It said Jennifer Lynn Lalonde, the consul at Canada's consulate general in Shanghai", "China firmly rejected.",
  ("China", C, neg, "Canada", "'It' = the foreign ministry; expulsion as countermeasure + judgement ('unprincipled provocation'); Ottawa = metonym"))
U(d, "The notice closed on a warning:", '"Further steps are not ruled out."',
  ("China", C, neg, "Canada", "quote opened after a colon; threat of further steps"))
U(d, "Even before Beijing acted, the Chinese Embassy in Ottawa had issued a statement", "a formal protest.",
  ("China", C, neg, "Canada", "the embassy = China; accusation + protest lodged; Ottawa here is a place (the embassy's seat)"))
U(d, "The embassy said Zhao had done nothing beyond his normal consular duties.", "The embassy said Zhao had done nothing beyond his normal consular duties.",
  ("China", N, neg, "", "denial of the accusation = neutral, negative"))
U(d, "At the ministry's daily briefing in Beijing, spokesperson Wang Wenbin accused", "unverified material.",
  ("China", C, neg, "Canada", "accusation of Canadian politicians and media (Canada's side); Beijing = place here"))
U(d, '"China has never meddled in Canada\'s internal affairs', "he said.",
  ("China", N, neg, "", "'he' = Wang; denial"))
U(d, "He said the responsibility for the damage lay entirely with Ottawa.", "He said the responsibility for the damage lay entirely with Ottawa.",
  ("China", C, neg, "Canada", "holds Canada responsible (guide cue 'fully responsible'); Ottawa = metonym"))
U(d, "Prime Minister Justin Trudeau, speaking to reporters as he arrived", "made its decision.",
  ("Canada", N, neu, "", "own decision taken expecting retaliation; no judgement"))
U(d, '"We were not naive about the reaction.', "Trudeau said.",
  ("Canada", N, neg, "", "multi-sentence quote closed by the speaker; resolve about its own decision, no judgement word aimed at China (unsure: 'will not frighten us' implies intimidation)"))
U(d, '"People in this country have the right to take part in politics', "he added.",
  ("Canada", C, neg, "China", "quote continued in its own paragraph, same speaker; accusation of a foreign government going after relatives (China by context)"))
U(d, "Trudeau said Ottawa was prepared to help farmers and exporters", "come to that.",
  ("Canada", T, neg, "China", "hope that China does not escalate to trade measures = hope for de-escalation (unsure: could be neutral); help to own farmers is domestic, not aid to another actor"))
U(d, "Joly said she would call Lalonde later on Tuesday", "with distinction.",
  ("Canada", N, pos, "", "praise of its own diplomat = self-praise, neutral with positive tone"))
U(d, "A spokesperson for Global Affairs Canada said the department was reviewing", "high degree of caution.",
  ("Canada", N, neu, "", "Global Affairs Canada = Canada; own procedure (travel advice)"))
U(d, "Chong, who has said he first learned of the threat", "two years too late.",
  ("Conservative Party of Canada", C, neg, "Canada", "surname only (introduced as an object in the lead); Conservative MP = his party (unsure: could be his own actor); welcome + judgement of the delay -> rule 1"))
U(d, '"The government sat on this for two years,', "outside the Commons.",
  ("Conservative Party of Canada", C, neg, "Canada", "judgement of his own government's inaction"))
U(d, "Conservative Leader Pierre Poilievre told the Commons during question period", "until he was caught.",
  ("Conservative Party of Canada", C, neg, "Canada", "opposition leader accusing the prime minister = Canada's government"))
U(d, "New Democrat Leader Jagmeet Singh called the expulsion the right call", "demanded for months.",
  ("New Democratic Party", S, pos, "Canada", "approval of the government's step; the inquiry clause is a reservation, no explicit judgement"))
# No row: "Former diplomats said the exchange was measured ..." (unnamed speakers)
# No row: '"Beijing chose a consul, not an ambassador. ..." said a former Canadian envoy ... who asked not to be named' (unnamed former official, not speaking for Canada)
# No row: "CSIS declined to comment ..." / "The Chinese consulate in Toronto did not respond ..." (non-answers)
# No row: "Relations between the two countries have been strained since 2018, when Canada arrested ..." (background narration of past acts)
