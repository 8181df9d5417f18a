# ------------------------------------------------------------------ Thai army clears the Red Shirt camp at Ratchaprasong; reactions (Thai English-language daily, scraped .txt, 2010-05-21)
d = "page_bangkok_crackdown_thaidaily.txt"
# No rows: masthead, menu, BREAKING ticker, headline, standfirst, byline, caption + "1/3", crossheads ("Red-shirt leaders in
# custody", "The world reacts", "'The hard part starts now'"), READ:, "Analysts said the clearance ..." (unnamed analysts),
# the Udon Thani / Khon Kaen residents and the unnamed woman, related stories, tags, social prompts, most popular, footer.
# The lead's clause "foreign governments and the United Nations ... pressed all sides" is a summary line before the specific
# statements (no rows for them in the lead; the lead's row is Abhisit's).
U(d, "Prime Minister Abhisit Vejjajiva promised yesterday", "start talking.",
  ("Thailand", N, pos, "", "long lead: own plans (return to normal, rebuild) = neutral, positive tone; the foreign appeals in the same sentence are a summary clause (their specific statements follow)"))
U(d, "In a televised address on Wednesday night, hours after armoured vehicles", "gave themselves up.",
  ("Thailand", N, neu, "", "narration of the assault + Abhisit's account of his own operation, no judgement of the protesters = neutral"))
U(d, "\"Today the state has done its duty.", "he said.",
  ("Thailand", N, pos, "", "multi-sentence quote closed by 'he said': self-praise + reassurance = neutral, positive"))
U(d, "Government spokesman Panitan Wattanayagorn told reporters yesterday", "prosecuted as terrorism.",
  ("Thailand", C, neg, "United Front for Democracy Against Dictatorship", "arson 'planned in advance' + prosecution as terrorism = accusation and measure; the rioters = the red shirts by context (unsure: target could be left empty)"))
U(d, "He said the curfew in Bangkok and 23 provinces would stay in force until Saturday.", "He said the curfew in Bangkok and 23 provinces would stay in force until Saturday.",
  ("Thailand", N, neu, "", "'He' = Panitan; own measure, a plan without a target = neutral"))
U(d, "Army spokesman Col Sansern Kaewkamnerd said troops had recovered war weapons", "inside the cleared area.",
  ("Thailand", N, neu, "", "the army speaks for its state; findings = facts ('war weapons' as a topic)"))
U(d, "He said soldiers had been ordered to use live ammunition only in self-defence", "weapons of war.",
  ("Thailand", N, neu, "", "rules of engagement = procedure, no judgement"))
U(d, "The Centre for the Resolution of the Emergency Situation (CRES) said 15 people", "admitted to hospitals.",
  ("Thailand", N, neg, "", "CRES = Thai government body; casualty figures (negative: deaths)"))
U(d, "Seven core leaders of the United Front for Democracy against Dictatorship (UDD)", "more people die.",
  ("United Front for Democracy Against Dictatorship", N, neg, "", "surrender reported as done, reason given: no judgement, no appeal = neutral, grief"))
U(d, "Before he walked to the police van, Mr Jatuporn said", "not to give up.",
  ("United Front for Democracy Against Dictatorship", N, neg, "", "surname only; the movement's own decision described, defiant tone, no appeal or judgement"))
U(d, "\"We are going in so that no more mothers bury their sons.", "he told supporters.",
  ("United Front for Democracy Against Dictatorship", T, neg, "", "quote with attribution tail: stopping to end the killing + the election goal pursued peacefully = de-escalation (unsure: could be neutral)"))
U(d, "A statement posted on the UDD's website last night said the government", "every death since April.",
  ("United Front for Democracy Against Dictatorship", C, neg, "Thailand", "'turned the army on its own citizens' + will answer for every death = accusation"))
U(d, "From abroad, former prime minister Thaksin Shinawatra", "paid for any violence.",
  ("Thaksin Shinawatra", N, neg, "", "a former PM in exile, under his own name (speaks for no state or body here); warning of anger going underground + denial = neutral, negative (unsure: the warning could be read as a veiled threat); the government's accusation sits in a relative clause (background)"))
U(d, "The Pheu Thai Party, the main opposition, said it would file a censure motion", "into the deaths.",
  ("Pheu Thai Party", C, neg, "Thailand", "censure motion against the PM = measure against its own government + demand for an inquiry (rule 1)"))
U(d, "The United Nations secretary-general, Ban Ki-moon, said he was following events", "his spokesman said in New York.",
  ("United Nations", T, neg, "", "unease + appeal to both sides to prevent deaths and return to dialogue; attribution tail; both sides -> target empty"))
U(d, "The UN's human rights chief, Navi Pillay, said the authorities had to ensure", "civilians and medics.",
  ("United Nations", T, neg, "Thailand", "demand addressed to the authorities + independent investigation, no judgement word = calling for talks (labels/README: demand to one side)"))
U(d, "In Washington, State Department spokesman Philip Crowley said", "through peaceful means.",
  ("United States", T, neu, "", "monitoring + appeal to all parties; Washington = place"))
U(d, "The US Embassy on Wireless Road, which has been closed since last week", "the embassy said.",
  ("United States", N, neu, "", "own closure, attribution tail = procedure"))
U(d, "The European Union's foreign policy chief, Catherine Ashton, said in a statement", "rifts in Thai society.",
  ("European Union", N, neg, "", "grief + 'the fighting had only widened the rifts' (no actor blamed) = concern without an appeal in this sentence: neutral"))
U(d, "She asked the authorities to restore order while fully respecting human rights", "national reconciliation.",
  ("European Union", T, neu, "", "appeals to both the authorities and the demonstrators + offer to help reconciliation = calling for talks; 'She' = Ashton"))
U(d, "Vietnam, which chairs Asean this year, issued a statement on behalf of the grouping", "through dialogue.",
  ("ASEAN", T, pos, "Thailand", "a state speaking as chair in the body's name = ASEAN (guide); hope for calm + dialogue = calling for talks"))
U(d, "Asean Secretary-General Surin Pitsuwan, a former Thai foreign minister, said", "in everyone's interest.",
  ("ASEAN", N, neg, "", "speaks for ASEAN (not for Thailand); stability 'in everyone's interest' = assessment without an appeal or judgement: neutral (unsure: could be read as a hope = talks)"))
U(d, "Italy's Foreign Minister Franco Frattini asked the Thai government", "to be identified.",
  ("Italy", T, neg, "Thailand", "demand for a full account and for those responsible to be identified, no judgement word (as labels/README: a demand for an explanation = talks; unsure: 'those responsible' could make it condemning); Rome = metonym"))
U(d, "Foreign Minister Kasit Piromya said yesterday that he had briefed ambassadors", "law and order.",
  ("Thailand", N, pos, "", "briefing of ambassadors = own diplomacy; the foreign governments' 'understanding' is reported by Kasit but no government is named (no rows)"))
U(d, "He rejected claims by some rights groups that troops had fired indiscriminately", "supported by the facts.",
  ("Thailand", N, neg, "", "denial = neutral, negative (guide); 'troops' as topic"))
U(d, "Human Rights Watch said in a statement that both the army's use of lethal force", "critical media.",
  ("Human Rights Watch", C, neg, "Thailand", "investigation of both sides + accusation of the government over media = judgement (rule 1); target Thailand: the accusation names only the government"))
U(d, "\"The government has won the street and may have lost the country for a generation.", "at a Bangkok university.",
  ("Kittipong Srisuk", N, neg, "", "political scientist, quote opened at paragraph start and closed by the speaker's name: risks and scenario, no judgement"))
U(d, "He said the sensible course for both camps would be to agree on an election date", "bitterness set in.",
  ("Kittipong Srisuk", T, neu, "", "appeal to both camps for an election date and an inquiry = calling for talks"))
U(d, "Anna Lindqvist, head of Southeast Asia research", "if order held.",
  ("Anna Lindqvist", N, neu, "", "analyst's assessment"))
U(d, "\"Markets have seen Thai coups and airport sieges before", "she said.",
  ("Anna Lindqvist", N, neg, "", "risk of another round, no judgement"))
