# ------------------------------------------------------------------ Release of Laura Ling and Euna Lee after Bill Clinton's visit (South Korean English-language daily, full HTML, 2009-08-05)
d = "page_journalists_release_krdaily.html"
# No row: headline, kicker, standfirst, byline, captions ("1 of 3"), crossheads, "Related:", tags, newsletter, comments, most read, footer.
U(d, "American journalists Laura Ling and Euna Lee were on their way home Wednesday", "seized last week.",
  ("South Korea", T, neg, "North Korea", "long lead: the pardon and the visit are narration (the pardon gets its row at the KCNA sentence); Seoul's position that the North must still free its detainees = demand to one side with no judgement word = calling_for_talks, negative"))
# No row: "The two reporters, who work for ..." (narration); "Pyongyang's official Korean Central News Agency (KCNA) announced the release ..." (the agency reporting a fact).
U(d, "Kim \"issued an order\" granting a special pardon", "the chairman's powers under the constitution.",
  ("North Korea", N, pos, "", "pardon and release = own act reported as done, no judgement; KCNA is not an actor, Kim = North Korea"))
U(d, "In the same dispatch, KCNA said the former president had offered an apology", "allowed to go home.",
  ("United States", T, neu, "North Korea", "the US government's request for release reported by KCNA = the US's position (guide: a position of X reported by Y); a request to release on humanitarian grounds = appeal"),
  ("Bill Clinton", N, neu, "", "apology reported by KCNA; Clinton travels as a private person (former president), so he is his own actor (unsure: the White House later disputes part of KCNA's account)"))
U(d, "The agency described the talks between Kim and Clinton as frank", "settled through negotiation.",
  ("North Korea", T, pos, "United States", "negotiated settlement agreed, as North Korea describes it; no Clinton row for 'the two sides agreed' since the account is KCNA's (unsure)"))
U(d, "\"The release is a clear expression of the humanitarian spirit", "carried by the state radio.",
  ("North Korea", N, pos, "", "state-media commentary praising its own act = self-praise, neutral with positive tone"))
# No row: "In Washington, the White House was quick to play down the North's account." (summary line before the specific statements; Washington = place)
U(d, "Press secretary Robert Gibbs told reporters that Clinton had not carried any message", "simply wrong.",
  ("United States", N, neg, "", "denial of a KCNA claim = neutral, negative tone (guide)"))
U(d, "He said the former president had traveled as a private citizen", "unchanged.",
  ("United States", N, neu, "", "'He' = Gibbs; account of the trip and unchanged policy, no evaluation"))
U(d, "Obama himself, speaking at the White House later in the day", "winning the release.",
  ("United States", S, pos, "", "praise of Clinton and Gore (two private persons: target left empty)"))
U(d, "Secretary of State Hillary Clinton, on the first leg of an African tour", "nuclear program.",
  ("United States", T, pos, "North Korea", "joy + hope that the North returns to the six-party talks = hope/appeal for talks; Nairobi = place"))
# No row: "She added a warning." (summary line before the statement)
U(d, "The sanctions imposed on the North under U.N. Security Council Resolution 1874", "could not be reversed.",
  ("United States", C, neg, "North Korea", "'she said' in the middle; sanctions kept in force until the North disarms = measure against another side (guide: sanctions = condemning)"))
U(d, "State Department spokesman Ian Kelly echoed that line:", "the Council has agreed.\"",
  ("United States", C, neg, "North Korea", "quote opened after a colon, two sentences; no relief from sanctions = measure maintained"))
# No row: "The reaction in Seoul was more guarded." (summary line)
U(d, "The Ministry of Foreign Affairs and Trade said in a statement that it welcomed", "on July 30.",
  ("South Korea", T, neu, "North Korea", "welcome + appeal to release the detainees, no judgement: rule 2 before rule 3"))
U(d, "Unification Ministry spokesman Chun Hae-sung went further", "govern the Kaesong complex.",
  ("South Korea", C, neg, "North Korea", "calling the detention a violation of the agreements = judgement"))
U(d, "\"The North has told us nothing about his health", "Chun said.",
  ("South Korea", C, neg, "North Korea", "multi-sentence quote closed by its speaker = one unit; 'not acceptable' = judgement"))
U(d, "Cheong Wa Dae spokesman Lee Dong-kwan said President Lee had been briefed", "throughout.",
  ("South Korea", N, neu, "", "Cheong Wa Dae = South Korea (name files); briefing and consultation as facts; Washington as the one who briefed is an object here (no US row)"))
U(d, "\"The government will watch closely whether the North uses this visit", "no sign of that so far.",
  ("South Korea", N, neg, "", "'Lee' = the spokesman (surname shared with the president); concern with no appeal = neutral, negative"))
U(d, "Foreign Minister Yu Myung-hwan, asked at the National Assembly", "carried out to the letter.",
  ("South Korea", C, neg, "North Korea", "sanctions to be enforced against the North = measure (unsure: the allied-unity part alone would be neutral)"))
# No row: "The two journalists were reporting ...", "Their cameraman ...", "No foreign observers were allowed ..." (narration)
U(d, "In June, the Central Court in Pyongyang found them guilty", "\"reform through labor.\"",
  ("North Korea", C, neg, "", "court verdict reported as done, with the court's accusation 'serious crime against the Korean nation' = accusation + punitive measure; target empty: two private citizens, not the US state (unsure)"))
U(d, "Hillary Clinton said at the time that the proceedings had been a sham", "humanitarian grounds.",
  ("United States", C, neg, "North Korea", "'a sham with no credibility' = judgement + appeal: rule 1"))
U(d, "Sweden, which represents U.S. interests in Pyongyang", "from their families.",
  ("Sweden", S, neu, "United States", "protecting power keeps pressing for consular visits = backing by act; Pyongyang = place"))
# No row: "The families, for their part, had appealed ..." (unnamed speakers)
# No row: "The visit handed Kim, whose health ..." (narration; state television as outlet)
U(d, "Kang Min-jae, a senior fellow at the Institute for Peninsula Strategy", "in command.",
  ("Kang Min-jae", N, neu, "", "analyst under his own name; assessment of domestic use"))
U(d, "\"Pyongyang wanted a visitor of Clinton's stature", "Kang said.",
  ("Kang Min-jae", N, neg, "", "multi-sentence quote closed by 'Kang said': interests and scenarios, no judgement of anyone"))
U(d, "He said the North had in the past often followed a gesture of this kind", "leaning.",
  ("Kang Min-jae", N, neg, "", "'He' = Kang; risk of a new provocation, no appeal"))
# No row: "Ryu Seung-ho, a professor ..., was blunter." (introduction; role then name)
U(d, "\"Holding two reporters for months and then handing them over", "Ryu said.",
  ("Ryu Seung-ho", C, neg, "North Korea", "'hostage diplomacy' = judgement by an independent scholar"))
U(d, "He said that Seoul should nonetheless use the opening", "still in there.\"",
  ("Ryu Seung-ho", T, neu, "South Korea", "appeal to reopen talks addressed to Seoul (metonym)"))
U(d, "Both scholars said the risk for Seoul was being left out", "two decades.",
  ("Kang Min-jae", N, neg, "", "'Both scholars' = Kang and Ryu: risk assessment"),
  ("Ryu Seung-ho", N, neg, "", "same sentence, second scholar"))
U(d, "In Tokyo, Chief Cabinet Secretary Takeo Kawamura said Japan hoped", "promised last year.",
  ("Japan", T, neu, "North Korea", "hope + urging to reopen the abduction investigation, no judgement; Tokyo = place"))
U(d, "China's Foreign Ministry spokeswoman Jiang Yu said Beijing welcomed", "which China hosts.",
  ("China", T, pos, "", "welcome + hope for resumed six-party talks: rule 2 before rule 3; Beijing = metonym; addressed to all parties"))
U(d, "Current TV said in a statement that everyone at the channel was overjoyed", "looked after the women.",
  ("Current TV", S, pos, "", "gratitude to two parties (the administration and the Swedish embassy staff): target empty"))
# No row: "The plane was expected to land ...", "The fishing boat case may prove harder." (narration / summary)
U(d, "The North's navy towed the 800 Yeonan to the port of Jangjon", "\"illegal intrusion.\"",
  ("North Korea", C, neg, "", "'a North Korean military source quoted by KCNA' = unnamed official of a named state; 'illegal intrusion' = accusation; aimed at a fishing crew, target empty"))
U(d, "The Unification Ministry said it had asked twice", "no answer.",
  ("South Korea", N, neg, "", "own requests and the lack of reply as facts"))
