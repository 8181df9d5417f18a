# ------------------------------------------------------------------ HMAS Hobart flares, Yellow Sea (wire copy, 2024-05-07)
d = "page_hobart_yellowsea_flares2024_wire.txt"
# Not statements: masthead, menu, section, headline, byline, time stamp, read time, summary bullets, dateline,
# crossheads, ADVERTISEMENT, reporting credits, Our Standards, Related Coverage, tags, Most Read, copyright.
U(d, "Australia has lodged formal protests with China", "should have had to face.",
  ("Australia", C, neg, "China", "dateline excluded; protests lodged + 'reckless act' = judgement (headline-like lede carries the position)"))
U(d, "The J-10 jet released the flares about 300 metres", "late on Monday.",
  ("Australia", N, neu, "", "facts of the encounter given by the Defence Department ('according to an account'), no evaluative word (unsure: describing the other side's act could be read as an accusation)"))
# "No one was hurt ..." and "The Hobart is deployed on Operation Argos ..." = narration, no row.
U(d, "\"Our people were doing a job the whole international community", "Albanese told the Nine Network.",
  ("Australia", C, neg, "China", "judgement without stock words: crews 'put in harm's way'; attribution after the first quoted sentence"))
U(d, "\"Beijing has now heard from us at every level", "will not accept this conduct.\"",
  ("Australia", C, neg, "China", "quote continued after its attribution = same speaker; refusal to accept the conduct = judgement"))
U(d, "He said he would take the matter up with Chinese Premier Li Qiang", "could be affected.",
  ("Australia", N, neu, "", "'He' = Albanese; plan to raise it at a visit, no judgement, no appeal = neutral"))
U(d, "Australia's ambassador in Beijing, Scott Dewar, delivered one of the protests", "speak publicly.",
  ("Australia", C, neg, "China", "a protest delivered = act of protest; reported by an unnamed official of the named government (speaks for Australia)"))
U(d, "Defence Minister Richard Marles, who first disclosed the encounter", "brought the aircraft down.",
  ("Australia", C, neg, "China", "reported clause blaming the Chinese pilot for the danger = judgement without stock words"))
U(d, "Marles said the Hobart would stay on station", "sanctions patrols.",
  ("Australia", N, neu, "", "own conduct / plan, no evaluation"))
U(d, "The department said in its statement that it expected every military", "out of danger.",
  ("Australia", T, neu, "China", "expectation of safe conduct addressed to all, China named: appeal with no judgement word = calling_for_talks"))
U(d, "Foreign Minister Penny Wong, in remarks carried by the ABC", "not a favour to either side.",
  ("Australia", T, pos, "China", "second-hand attribution ('in remarks carried by'); commitment to dialogue = calling_for_talks"))
U(d, "In Beijing, foreign ministry spokesperson Lin Jian told a regular news briefing", "warn it off.",
  ("China", C, neg, "Australia", "accusation of deliberate provocation; own response justified"))
U(d, "Lin said China had lodged a protest of its own with Canberra", "in line with Chinese law.",
  ("China", C, neg, "Australia", "surname only; counter-protest = judgement on Australia; Canberra = metonym as object"))
U(d, "The spokesperson urged the Australian side to refrain from any move", "misjudgement at sea.",
  ("China", T, neg, "Australia", "'the spokesperson' = Lin; appeal to avoid miscalculation with no judgement word = calling_for_talks"))
# "China's defence ministry went further." = summary line before the specific statement, no row.
U(d, "Senior Colonel Zhang Xiaogang, the ministry's spokesperson", "turned the facts on their head.",
  ("China", C, neg, "Australia", "defence ministry = China; accusation of obstruction and of a false account"))
U(d, "The PLA's response had been lawful and measured, the statement said", "exercises in future.",
  ("China", T, neg, "Australia", "self-justification + request to keep away, no judgement word in the unit = calling_for_talks (a demand to one side, per labels/README) (unsure: could be read as condemning)"))
# "The Chinese embassy in Canberra did not respond ..." = non-answer, no row.
U(d, "U.S. Deputy Secretary of State Kurt Campbell said the interception fitted a pattern", "its Australian ally.",
  ("United States", C, neg, "China", "judgement ('pattern of risky behaviour') + backing of Australia: rule 1, the judgement decides"))
U(d, "Campbell added that he hoped Canberra and Beijing would put in place military channels", "from spiralling.",
  ("United States", T, pos, "", "hope for channels between the two = calling_for_talks; both sides -> target empty"))
U(d, "Philippine foreign ministry spokesperson Teresita Daza said the episode", "vessels and aircraft.",
  ("Philippines", C, neg, "China", "judgement ('dangerous manoeuvres') by analogy with Manila's own experience"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi told reporters", "around the Korean peninsula.",
  ("Japan", T, pos, "", "hope that peace and stability hold = calling_for_talks"))
U(d, "South Korea's foreign ministry said only that it was following developments", "off its west coast.",
  ("South Korea", N, neu, "", "monitoring, no concern word, no appeal = neutral"))
U(d, "New Zealand's Foreign Minister Winston Peters said Wellington had read the reports with concern", "with Chinese counterparts.",
  ("New Zealand", N, neg, "", "concern without an appeal = neutral, negative; raising it in contacts = procedure"))
U(d, "At home, opposition leader Peter Dutton, whose Liberal Party has pressed", "how angry Australians were.",
  ("Liberal Party of Australia", C, neg, "China", "opposition leader speaks for his party; demand to register anger with Xi = judgement of China's act"))
U(d, "Dutton said it was only a matter of time before an Australian service member died", "these encounters.",
  ("Liberal Party of Australia", N, neg, "", "risk warning with no judgement word and no appeal = neutral, negative"))
# "Relations between the two countries have warmed ..." and "The encounter was the second in six months ..." = background narration, no row.
U(d, "Imogen Thwaite, a senior fellow at the Harbourview Institute", "the repair still was.",
  ("Imogen Thwaite", N, neg, "", "invented analyst; reading of the relationship, no judgement of an actor"))
U(d, "\"What Canberra should be pushing for now is a standing military hotline", "Thwaite said.",
  ("Imogen Thwaite", T, neu, "", "appeal for a hotline between both sides = calling_for_talks"))
U(d, "Wen Jiahao, a professor of international relations at the East China Institute", "dressed up as sanctions work.",
  ("Wen Jiahao", C, neg, "Australia", "invented scholar; 'surveillance dressed up as sanctions work' = judgement of Australia's flights"))
