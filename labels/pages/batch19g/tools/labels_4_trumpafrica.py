# ------------------------------------------------------------------ Reactions to Trump's reported remark about African countries (scraped African English-language news site, 2018-01-16)
d = "page_trump_africa_remark_afrosite.txt"
U(d, "Five days after US President Donald Trump was reported to have asked", "to explain themselves.",
  ("African Union", C, neg, "United States", "long lead: the remark narrated; 'the continental body repeating its demand for a retraction' = AU; the 'three capitals' are a summary clause (their own rows below)"))
# no row: "The remark, first reported by The Washington Post ..." (narration, unnamed people in the room)
# no row: "Trump has denied using the word." (summary of the specific denial below)
# no row: "The African Union Commission, whose chairperson ... responded first." (lead-in)
U(d, "Its spokeswoman, Ebba Kalondo, said on Friday that the commission was frankly alarmed.", "frankly alarmed.",
  ("African Union", N, neg, "", "possessive 'Its' = the AU Commission; alarm without an appeal = neutral, negative"))
U(d, "\"America was built in part by Africans who never chose to go there.", "she told reporters in Addis Ababa.",
  ("African Union", C, neg, "United States", "two-sentence quote closed by its speaker = one unit; 'beyond anything we accept between nations' = judgement without stock words; Addis Ababa = place"))
U(d, "\"The pain is felt by the diaspora in America and by our own people at home.\"", "our own people at home.\"",
  ("African Union", N, neg, "", "quote continued after its attribution; hurt expressed, no judgement"))
U(d, "Kalondo said the United States remained a country of many voices", "by one of them.",
  ("African Union", S, pos, "United States", "surname only; a conciliatory word for the US as a nation = approval (unsure: could be neutral)"))
# no row: "The AU's mission in Washington went further." (summary line)
U(d, "In a statement the same day, it said it condemned the remark without reservation", "people of African descent everywhere.",
  ("African Union", C, neg, "United States", "the AU mission in Washington = African Union; condemnation + demand for retraction/apology (rule 1)"))
U(d, "The mission also said the episode showed how little the current administration understood Africa", "as equals.",
  ("African Union", C, neg, "United States", "judgement of the administration + request for talks: rule 1"))
# no rows: crosshead; "In New York, the 54 African ambassadors ... adopted a statement that left little room for diplomacy." (lead-in)
U(d, "The group said it was outraged by remarks it described as racist and xenophobic", "apologise.",
  ("African Union", C, neg, "United States", "the African group of ambassadors at the UN speaking collectively for the AU's member states = African Union (unsure: could be its own actor)"))
U(d, "It also said the remark was not an isolated slip", "which worried it deeply.",
  ("African Union", C, neg, "United States", "'It' = the group; 'pattern of contempt' = judgement (worry added)"))
U(d, "Botswana's ambassador to the UN told reporters after the meeting", "intimidated into silence.",
  ("Botswana", C, neg, "United States", "unnamed envoy of a named government; defiance against pressure = judgement (unsure)"))
U(d, "\"We are small countries, some of us, but we are not small people,\" he said.", "he said.",
  ("Botswana", N, pos, "", "self-affirmation, no position on another actor = neutral, positive tone"))
# no rows: Related link; crosshead "Gaborone first to call in ambassador"; "Botswana was the first African government to act." (summary line)
U(d, "Its foreign ministry said on Friday that it had summoned US Ambassador Earl Miller", "travel to the United States.",
  ("Botswana", C, neg, "United States", "summoning the US ambassador = protest by act; Washington = metonym inside the question"))
U(d, "The ministry said it found the remark careless and hateful", "more than fifty years.",
  ("Botswana", C, neg, "United States", "judgement"))
# no row: "Senegal followed the same day." (summary line)
U(d, "President Macky Sall wrote on Twitter that he rejected the words attributed to Trump outright", "as anyone else.",
  ("Senegal", C, neg, "United States", "leader on social media; outright rejection = judgement"))
U(d, "The foreign ministry in Dakar called in the US ambassador, a ministry official said.", "a ministry official said.",
  ("Senegal", C, neg, "United States", "summons = protest by act; Dakar = place; attribution tail"))
U(d, "South Africa's Department of International Relations and Cooperation summoned", "an explanation of the remarks.",
  ("South Africa", C, neg, "United States", "summons to demand an explanation = protest by act (unsure: a demand for explanation alone would be calling_for_talks)"))
U(d, "Spokesman Ndivhuwo Mabaya said Pretoria had made its displeasure clear", "treated seriously.",
  ("South Africa", C, neg, "United States", "Pretoria = metonym; displeasure stated = judgement"))
# no row: "The governing African National Congress had already weighed in over the weekend." (summary line)
U(d, "Its deputy secretary-general, Jessie Duarte, said South Africa would not presume", "African respect in return.",
  ("ANC", C, neg, "United States", "ruling party under its own name (name files: ANC); judgement of the president's words"))
# no row: crosshead "Accra, Kampala and others"
U(d, "Ghana's President Nana Akufo-Addo said on Twitter that Ghana would not stand for being insulted", "expected better from Washington.",
  ("Ghana", C, neg, "United States", "leader on social media; 'would not stand for being insulted' = judgement without stock words"))
# no row: "Uganda struck a softer note." (summary line)
U(d, "Henry Okello Oryem, the state minister for international affairs, said the remarks were a pity", "later this month.",
  ("Uganda", C, neg, "United States", "name then role; 'a pity' read like 'regrettable' = mild judgement (unsure)"))
U(d, "He said he hoped Trump would think again about people fleeing hardship.", "fleeing hardship.",
  ("Uganda", T, pos, "United States", "pronoun subject; hope addressed to the US, no judgement = calling_for_talks (unsure: could be neutral)"))
U(d, "Namibia's foreign ministry said it had asked the US embassy in Windhoek for clarification", "before saying more.",
  ("Namibia", T, neu, "United States", "request for an explanation with no judgement = calling_for_talks (as batch5c); Windhoek = place"))
U(d, "Outside Africa, Haiti, also named in the reported remark, summoned the US charge d'affaires", "Port-au-Prince.",
  ("Haiti", C, neg, "United States", "summons = protest by act"))
U(d, "The United Nations human rights office in Geneva said the words", "born somewhere poor.",
  ("United Nations", C, neg, "United States", "OHCHR = United Nations; 'racist' + warning"))
# no rows: crosshead "Washington's reply"; "Trump himself has offered no apology." (a non-act)
U(d, "He wrote on Twitter on Friday that he had spoken harshly at the immigration meeting", "several posts on the subject.",
  ("United States", N, neg, "", "the president = United States; denial = neutral, negative"))
U(d, "On Sunday he told reporters at his Florida resort that he was not a racist.", "not a racist.",
  ("United States", N, neg, "", "denial"))
U(d, "The State Department, which has been left to manage the fallout, told its embassies", "described to reporters by two officials.",
  ("United States", S, pos, "", "instruction to stress respect for Africa and its partnerships = expressed approval of African partners (unsure: could be neutral damage control); Africa not one actor -> target empty"))
U(d, "US Ambassador to Senegal Tulinabo Mushingi, himself born in the Democratic Republic of Congo", "as partners.",
  ("United States", S, pos, "Senegal", "envoy of a named government; praise + partnership; DRC only in an apposition"))
# no rows: the analysts and the ISS researcher (not actors), the Braamfontein taxi driver, the AU summit narration, tags, most read
