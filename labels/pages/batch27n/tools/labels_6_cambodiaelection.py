# ------------------------------------------------------------------ Cambodia's July 2023 election without the Candlelight Party (wire copy, 2023-07-24)
d = "page_cambodia_candlelight_election2023_wire.txt"
# Not statements: masthead, menu, UPDATE headline, byline, read time, time stamp, the four bullets, crossheads, reporting credits,
# Our Standards, Read Next, Most Read.
U(d, "Cambodia's ruling party claimed on Monday to have won all but five", "a genuine choice.",
  ("Cambodian People's Party", N, pos, "", "dateline excluded; long lead: the CPP's victory claim = own result, no evaluation of others"),
  ("United States", C, neg, "Cambodia", "visa restrictions and aid pause = measures (condemning); 'Western governments' unnamed -> no row"))
U(d, "The Cambodian People's Party (CPP) of Prime Minister Hun Sen said", "the remaining five.",
  ("Cambodian People's Party", N, neu, "", "preliminary figures"))
U(d, "The National Election Committee put turnout at more than 84 percent", "released in August.",
  ("Cambodia", N, neu, "", "state election body: figures and schedule"))
# "The Candlelight Party, the main opposition force, was disqualified in May ..." = background narration of a past ruling, no row.
U(d, "In a statement issued on Sunday night, U.S. State Department spokesperson Matthew Miller said", "free and fair election.",
  ("United States", C, neg, "Cambodia", "threats and harassment + below any standard = judgement"))
U(d, "Washington would impose visa restrictions on individuals", "Miller said.",
  ("United States", C, neg, "Cambodia", "sanctions = condemning; surname after first mention, attribution tail"))
U(d, "\"We urge the authorities to open the space", "he added.",
  ("United States", T, neu, "Cambodia", "appeal with no judgement word in this sentence; speaker carried by 'he'"))
U(d, "The European Union said in a statement from its diplomatic service", "weighed heavily on the process.",
  ("European Union", C, neg, "Cambodia", "judgement without a stock word ('little real choice', exclusion 'weighed heavily')"))
U(d, "The bloc called on the incoming government to engage in an inclusive dialogue", "the statement said.",
  ("European Union", T, neu, "Cambodia", "'the bloc'; dialogue appeal"))
U(d, "Britain's Minister for the Indo-Pacific Anne-Marie Trevelyan said", "detained opposition figures.",
  ("United Kingdom", C, neg, "Cambodia", "'regretted that Cambodians had been denied a real choice' = judgement; pressing for releases"))
U(d, "Australian Foreign Minister Penny Wong was quoted as saying", "to the Cambodian government.",
  ("Australia", N, neg, "", "passive attribution; concern conveyed with no appeal and no judgement = neutral, negative"))
# "Beijing took a different view." = summary line, no row.
U(d, "Chinese Foreign Ministry spokesperson Wang Wenbin told a regular briefing", "path of development.",
  ("China", S, pos, "Cambodia", "respect for the result + confidence = approval"))
U(d, "China firmly supports Cambodia in safeguarding its stability", "Wang said.",
  ("China", S, pos, "Cambodia", "support; 'opposes interference by outside forces' names no actor (unsure: a veiled judgement of the US)"))
U(d, "Vietnam's Prime Minister Pham Minh Chinh sent a message to Hun Sen congratulating", "according to the Vietnam News Agency.",
  ("Vietnam", S, pos, "Cambodian People's Party", "congratulations = approval; second-hand attribution to the agency"))
U(d, "Laos' ruling party also sent its congratulations", "the Lao state news agency reported.",
  ("Lao People's Revolutionary Party", S, pos, "Cambodian People's Party", "ruling party given by context ('Laos' ruling party'); congratulations"))
# "Japan, one of Cambodia's largest donors, struck a cautious note." = summary line, no row.
U(d, "A spokesperson for the Japanese Foreign Ministry said Tokyo had taken note of the results", "will of its people.",
  ("Japan", T, pos, "Cambodia", "took note + hope for a course reflecting the people's will, no judgement (unsure: a hope about democracy, not about peace; could be neutral)"))
U(d, "Cambodian government spokesman Phay Siphan dismissed the U.S. measures", "in line with the constitution.",
  ("Cambodia", N, neg, "", "rejects the criticism by defending the vote = denial, neutral negative"))
U(d, "\"The Cambodian people voted freely, and no foreign government can decide", "told Meridian by telephone.",
  ("Cambodia", C, neg, "United States", "rebuke of foreign judgement after the US measures (context) (unsure: could be read as a denial only)"))
U(d, "He said Phnom Penh was not afraid of sanctions", "before every election.",
  ("Cambodia", C, neg, "United States", "calls the US measures 'threats' heard before = dismissive judgement"))
U(d, "In a post on his Facebook page, Hun Sen thanked voters", "pressure from abroad.",
  ("Cambodia", N, pos, "", "thanks to his own voters + refusal of outside pressure, no one named"))
# "The 70-year-old leader, who has ruled for 38 years, has long said ..." = background, no row.
U(d, "Kimsour Phirith, a spokesman for the Candlelight Party, said the result meant nothing", "kept off the ballot.",
  ("Candlelight Party", C, neg, "Cambodia", "dismisses the result = judgement"))
U(d, "\"This was a ceremony, not an election.", "Kimsour Phirith said.",
  ("Candlelight Party", C, neg, "Cambodia", "judgement without a stock word"))
U(d, "He said the party would continue to work peacefully and called on foreign governments not to recognise", "representing all Cambodians.",
  ("Candlelight Party", C, neg, "Cambodia", "call for non-recognition = a call for a measure against the authorities (like a call for sanctions); 'work peacefully' is its own conduct"))
U(d, "The exiled opposition leader Sam Rainsy, who had urged voters to spoil their ballots", "depth of discontent.",
  ("Cambodia National Rescue Party", N, neg, "", "Sam Rainsy is listed under the dissolved CNRP in the name files; a reading of the invalid votes, no explicit judgement"))
U(d, "Lina Vannak, a political analyst at the Khmer Institute for Governance", "struck off.",
  ("Lina Vannak", N, neg, "", "invented independent analyst; assessment, no judgement word"))
U(d, "\"The vote was organised to deliver a smooth handover", "she said.",
  ("Lina Vannak", N, neu, "", "analysis of the vote's purpose and the test ahead; no appeal"))
U(d, "Tobias Reinhardt, a senior fellow at the Singapore-based Asia Democracy Institute", "further towards Beijing.",
  ("Tobias Reinhardt", N, neg, "", "invented independent analyst; forecast about the measures' effect, no judgement word"))
U(d, "\"Washington is right about the election, but visa bans will not change the outcome.", "Reinhardt said.",
  ("Tobias Reinhardt", T, neu, "", "agreement with Washington's verdict is indirect; the appeal for quiet engagement decides (unsure)"))
