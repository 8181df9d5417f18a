# ------------------------------------------------------------------ Umbrella protests: Leung refuses to resign, offers talks; Beijing, US, UK, Taiwan react (HK English-language site, full HTML, 2014-10-03)
d = "page_hongkong_umbrella_hksite.html"
# No row: cookie bar, date/weather strip, brand, nav, LATEST ticker, breadcrumbs, kicker, headline, standfirst, byline/time,
# share bar, figcaptions with "1 of 4"/"2 of 4", ADVERTISEMENT, crossheads, "Related:", credits, tags, newsletter, comments, most read, footer.
U(d, "Chief Executive Leung Chun-ying brushed aside a student ultimatum", "for almost a week.",
  ("Hong Kong government", T, neu, "Hong Kong Federation of Students", "long lead: refusal to resign narrated + offer of talks through his deputy = calling_for_talks; Leung is not declared as an alias (left office 2017)"))
U(d, "\"I will not resign.", "with Lam standing beside him.",
  ("Hong Kong government", N, neu, "", "multi-sentence quote closed by its speaker; refusal of the demand stated about himself, no judgement of anyone = neutral"))
U(d, "In the same appearance he warned that police would respond firmly", "would be serious.",
  ("Hong Kong government", C, neg, "", "pronoun subject = Leung; threat of a police response against protesters = condemning; target empty (protesters in general, not a named group)"))
U(d, "Lam, speaking after him, said she was willing to meet representatives", "Standing Committee.",
  ("Hong Kong government", T, neu, "Hong Kong Federation of Students", "surname only (Carrie Lam, alias of the HK government); offer of talks, with conditions, = calling_for_talks"))
U(d, "The federation, which had threatened to occupy government offices", "follow every word.",
  ("Hong Kong Federation of Students", T, pos, "Hong Kong government", "body resolved by context ('The federation'); its earlier threat is background in a relative clause; welcome + appeal for public talks = calling_for_talks (rule 2 before rule 3)"))
# No row: "Its deputy secretary general, Lester Shum, was less conciliatory." (lead-in)
U(d, "\"Leung lost any right to lead this city on Sunday night", "outside the complex.",
  ("Hong Kong Federation of Students", C, neg, "Hong Kong government", "Shum speaks for the federation (its officer); judgement of Leung's legitimacy over the tear gas"))
# No row: "The standoff began in earnest on Sunday ..." (background narration)
U(d, "Police said officers fired 87 rounds of tear gas", "had been hurt.",
  ("Hong Kong government", N, neu, "", "Hong Kong police = HK government (name files); figures"))
U(d, "A police spokesman said on Monday that force had been used only after protesters charged", "into the crowd.",
  ("Hong Kong government", C, neg, "", "justification of its own force + accusation against 'a minority' of protesters = condemning, target empty"))
U(d, "On Monday morning, as riot units were pulled off the streets, a government spokesman said", "return to normal.",
  ("Hong Kong government", T, neu, "", "withdrawal narrated in a clause; appeal to go home calmly = calling_for_talks, addressed to the protesters (no canonical target)"))
# No row: "The crowds grew instead." / "Organisers put the numbers ..." (organisers not identified; figures from no named actor)
U(d, "At a regular briefing in Beijing on Monday, foreign ministry spokeswoman Hua Chunying said", "into disorder.",
  ("China", C, neg, "", "'would not tolerate outside powers poking into' = warning to foreign governments + 'unlawful assembly' judgement; Beijing = place here; targets several, left empty"))
U(d, "She said the central government fully backed the Hong Kong administration", "according to the law.",
  ("China", S, pos, "Hong Kong government", "backing of the HK government"))
U(d, "The Hong Kong and Macao Affairs Office in Beijing said in a statement", "on the streets.",
  ("China", N, neg, "", "HKMAO = China (name files); states that the decision stands, no judgement word = neutral, firm tone (unsure: could be read as refusing the protesters' demand in protest)"))
U(d, "On Wednesday the People's Daily, the Communist Party's flagship newspaper", "whatever followed.",
  ("China", C, neg, "", "the party's paper carrying a commentary = a position of the party-state, not a news agency reporting a fact (unsure); accusation + veiled threat at 'the organisers' (target empty)"))
# No row: "Foreign Minister Wang Yi carried the same message to Washington." (summary line before the specific statements)
U(d, "Standing beside Secretary of State John Kerry at the State Department on Wednesday", "and the Hong Kong government.",
  ("China", N, neg, "", "principle that HK is China's affair, no judgement word in this sentence = neutral (unsure: implicit warning to the US); Kerry is an object"))
U(d, "\"Show me a capital that would let its main streets be seized", "Wang said.",
  ("China", C, neg, "", "quote closed by the speaker: judgement of the occupation (rhetorical); protesters not a canonical actor -> target empty"))
U(d, "Kerry, for his part, asked the authorities in the city to keep their police in check", "without fear.",
  ("United States", T, neg, "Hong Kong government", "appeal for restraint addressed to the HK authorities, no judgement word = calling_for_talks"))
# No row: "Wang later met ... Susan Rice, at the White House." (meeting listed in narrative)
U(d, "A White House readout said Rice told Wang that the dispute", "without bloodshed.",
  ("United States", T, neg, "", "readout register; appeal for a peaceful end addressed to both sides"))
U(d, "The readout added that the United States backed universal suffrage", "a success.",
  ("United States", S, pos, "", "support for universal suffrage (a cause, not a canonical actor) = supporting, target empty"))
U(d, "In London, the Foreign Office said on Monday that it was watching developments with concern", "promised to the city.",
  ("United Kingdom", N, neg, "", "concern without an appeal in this sentence = neutral, negative; London = place"))
U(d, "It urged all sides to talk and to avoid anything that could inflame tensions.", "It urged all sides to talk and to avoid anything that could inflame tensions.",
  ("United Kingdom", T, neu, "", "'It' = the Foreign Office; appeal to all sides"))
U(d, "Prime Minister David Cameron said on Wednesday that the scenes of tear gas", "1984 Joint Declaration.",
  ("United Kingdom", S, pos, "", "unease + support for Hongkongers' wish for competitive elections + a reminder to Beijing (no judgement word) = supporting, target empty (unsure: the reminder could be read as reproach)"))
U(d, "The Chinese embassy in London shot back within hours", "were irresponsible.",
  ("China", C, neg, "United Kingdom", "embassy = China; 'irresponsible' + denial of any British role = judgement; London = place"))
U(d, "In Taipei, President Ma Ying-jeou said Taiwan sympathised", "stood on their side.",
  ("Taiwan", S, pos, "", "sympathy and solidarity with the people of HK = supporting; Taipei = place; target empty (the protesters are not one canonical actor)"))
U(d, "Ma asked Beijing to hear the protesters out", "whatever happened in Hong Kong.",
  ("Taiwan", C, neg, "China", "appeal to Beijing (metonym) + rejection of Beijing's 'one country, two systems' for Taiwan: the rejection of a format decides (rule 1; unsure, could be calling_for_talks)"))
U(d, "The Mainland Affairs Council, which handles Taipei's relations with Beijing", "minute by minute.",
  ("Taiwan", N, neg, "", "MAC = Taiwan (name files); monitoring without an appeal = neutral; Taipei and Beijing inside the relative clause are not speakers"))
U(d, "The Occupy Central with Love and Peace campaign", "Leung's office.",
  ("Occupy Central", T, neu, "", "appeal for restraint to its own supporters = calling_for_talks; the students are narration here"))
U(d, "\"Our strength is that we have not raised a hand in anger.", "from a makeshift stage.",
  ("Occupy Central", T, pos, "", "co-founder speaks for the campaign; multi-sentence quote closed by its speaker; non-violence appeal"))
U(d, "Scholarism, the secondary school group founded by 17-year-old Joshua Wong", "civil nomination.",
  ("Scholarism", N, neu, "", "plan to stay until an answer = neutral; Joshua Wong is mentioned, not the speaker (he is an alias of Demosisto, founded 2016, in the name files)"))
U(d, "Amnesty International's Hong Kong office called the police response", "peaceful crowds.",
  ("Amnesty International", C, neg, "Hong Kong government", "'excessive' judgement + appeal: rule 1"))
# No row: "Political scientists said Lam's offer bought the government time ..." (unnamed)
U(d, "\"The government has conceded the meeting, not the substance.", "Harbourview College.",
  ("Irene Kwok", N, neu, "", "independent scholar (invented) under her own name; assessment of the talks, no judgement"))
U(d, "\"The most dangerous period will be the coming week", "Kwok said.",
  ("Irene Kwok", N, neg, "", "scenario and risk, no appeal = neutral, negative"))
U(d, "\"Both sides have boxed themselves in with public demands they cannot drop.", "writes on governance.",
  ("Martin Yeung", T, neg, "", "former civil servant (invented), independent; multi-sentence quote closed by 'said Martin Yeung': assessment + appeal to both sides to talk = calling_for_talks"))
# No row: the unnamed engineering student (not an actor); the commenters.
