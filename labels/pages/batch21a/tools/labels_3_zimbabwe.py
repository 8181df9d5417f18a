# ------------------------------------------------------------------ Zimbabwe's 2008 runoff, Tsvangirai's withdrawal and the reactions (southern African daily, scraped, 2008-06-30)
d = "page_zimbabwe_runoff_southerndaily.txt"
U(d, "Southern Africa's own election observers said yesterday", "African Union summit in Egypt.",
  ("SADC", C, neg, "Zimbabwe", "long lead: SADC observers' verdict (a judgement without stock words) with the swearing-in as narration"))
U(d, "The Zimbabwe Electoral Commission said Mugabe, the only candidate still campaigning", "42.37 percent.",
  ("Zimbabwe", N, neu, "", "electoral commission = state agency = Zimbabwe; figures"))
# "Tsvangirai won the first round on March 29 ... He pulled out of the runoff eight days ago, saying ..." : background recalled -> no rows
U(d, "Jose Marcos Barrica, Angola's sports minister, who led the 400-strong SADC observer team", "campaigned in fear.",
  ("SADC", C, neg, "Zimbabwe", "an Angolan minister heading the SADC mission speaks for SADC, not Angola; accusation by describing the attacks on the opposition (unsure: could be a neutral account)"))
U(d, "A separate team from the Pan-African Parliament, led by Swazi lawmaker Marwick Khumalo", "violence had ended.",
  ("African Union", C, neg, "Zimbabwe", "the Pan-African Parliament is an AU organ = African Union (unsure: could be its own actor); 'neither free nor fair' + re-run demand = rule 1"))
U(d, "In a short speech after taking the oath, Mugabe said his government was willing", "result of those talks.",
  ("Zimbabwe", T, neu, "", "offer of talks with the opposition + refusal of outside dictation, no judgement word = calling_for_talks"))
U(d, "His spokesman, George Charamba, told state radio that Western governments", "reverse land reform.",
  ("Zimbabwe", C, neg, "", "'His' = Mugabe's; accusation against 'Western governments' (non-canonical, several) -> target empty"))
U(d, "Deputy Information Minister Bright Matonga rejected reports", "organised the violence.",
  ("Zimbabwe", N, neg, "", "denial of state-organised violence = neutral, negative"))
U(d, "\"There is no campaign of terror.", "\" he said.",
  ("Zimbabwe", N, neg, "", "multi-sentence quote closed by 'he said' (Matonga); denial + own procedure"))
U(d, "He said it was MDC youths who had started most of the clashes", "in Manicaland.",
  ("Zimbabwe", C, neg, "MDC-T", "pronoun subject = Matonga; counter-accusation = condemning"))
U(d, "Tsvangirai, who spent much of last week sheltering in the Dutch embassy", "invitation to the swearing-in.",
  ("MDC-T", N, neg, "", "Tsvangirai leads MDC-T (name files: Movement for Democratic Change); refusing an invitation with no reason stated in the sentence = neutral; Harare = place, the Dutch embassy an object"))
U(d, "\"I will not lend my presence to a ceremony", "Tsvangirai said in a statement.",
  ("MDC-T", C, neg, "Zimbabwe", "multi-sentence quote closed by the speaker; the reason for the refusal = judgement"))
U(d, "The party's spokesman, Nelson Chamisa, said the MDC had written to the AU", "protect opposition supporters.",
  ("MDC-T", C, neg, "Zimbabwe", "asking the AU to withhold recognition (a measure against Mugabe) + an envoy and peacekeepers: the non-recognition decides (rule 1, unsure)"))
# "Related: Inside the Dutch embassy ..." : link title -> no row
# "Pressure on the region had been building for a week." : summary line -> no row
U(d, "Zambian President Levy Mwanawasa, the current SADC chairman", "did not exist.",
  ("SADC", T, neg, "Zimbabwe", "a head of state speaking as the chair of a regional body = SADC; postponement appeal + assessment, no judgement word"))
U(d, "Meeting in Swaziland on Wednesday, the troika of SADC's security organ", "come first.",
  ("SADC", T, neu, "Zimbabwe", "the troika (three states listed as its members) is an organ of SADC: one SADC row, not three state rows; appeal for postponement and talks"))
# "Harare ignored both." : narration (Harare = metonym, but an act of non-response, no position) -> no row
U(d, "At the AU summit in Sharm el-Sheikh, Tanzanian President Jakaya Kikwete", "without mentioning Mugabe by name.",
  ("African Union", T, neu, "", "head of state speaking as AU chair at its summit = African Union; appeal for an African solution, no judgement"))
U(d, "Botswana, whose president, Ian Khama, stayed away from the summit", "credible election was held.",
  ("Botswana", C, neg, "Zimbabwe", "non-recognition + exclusion demand; Khama's absence is narration, Merafhe speaks for the state"))
U(d, "Kenya's Prime Minister Raila Odinga, himself part of a power-sharing deal", "oversee a fresh election.",
  ("Kenya", C, neg, "Zimbabwe", "Odinga is an alias of his party in the name files, but here he speaks as Kenya's prime minister = Kenya; suspension + troops demand = measures"))
# "South Africa, whose president, Thabo Mbeki, remains SADC's appointed mediator, took a softer line." : summary line before the specific statement -> no row
U(d, "Foreign ministry spokesman Ronnie Mamoepa said sanctions would only deepen", "Mbeki has been brokering.",
  ("South Africa", T, neu, "", "opposition to sanctions aimed at no one + appeal to both parties to return to talks"))
# "At the United Nations, the Security Council had already spoken on June 23." : summary line -> no row
U(d, "In a statement read by U.S. Ambassador Zalmay Khalilzad", "made a free and fair vote impossible.",
  ("United Nations", C, neg, "", "the US ambassador reads the statement as council president = United Nations, not the US; condemnation names no perpetrator -> target empty"))
U(d, "Speaking afterwards as Washington's envoy, Khalilzad said", "ignored the council.",
  ("United States", C, neg, "Zimbabwe", "same man in his national capacity = United States; conditional threat of sanctions; Harare = metonym as object"))
U(d, "Secretary-General Ban Ki-moon said at the weekend that the result lacked legitimacy", "urged Zimbabwe's leaders to negotiate.",
  ("United Nations", C, neg, "Zimbabwe", "judgement + appeal = rule 1"))
U(d, "His deputy, Asha-Rose Migiro, told the leaders gathered in Sharm el-Sheikh", "all southern Africa.",
  ("United Nations", T, neg, "", "role then name; appeal for negotiations with a warning, no judgement"))
U(d, "In Beijing, Secretary of State Condoleezza Rice said the council's response", "Mugabe's inner circle.",
  ("United States", C, neg, "Zimbabwe", "Beijing = place; call for more than words + sanctions being prepared = condemning"))
U(d, "Gordon Brown, the British prime minister, said Mugabe's regime had stolen the election", "the men around him.",
  ("United Kingdom", C, neg, "Zimbabwe", "judgement + push for an arms embargo and travel bans"))
U(d, "Last week the Queen, on the government's advice, stripped Mugabe", "a response to the violence.",
  ("United Kingdom", C, neg, "Zimbabwe", "a measure taken by act (honour withdrawn) and explained by the Foreign Office"))
U(d, "Foreign Secretary David Miliband said he still hoped", "reflected the March vote.",
  ("United Kingdom", T, pos, "", "hope for a brokered transition = calling_for_talks"))
U(d, "Archbishop Emeritus Desmond Tutu, who has been among the most outspoken critics", "credibility was at stake.",
  ("Desmond Tutu", C, neg, "Zimbabwe", "independent person under his own name; non-recognition appeal = condemning"))
U(d, "Tendai Mhlanga, a political scientist at a Johannesburg university", "argument in his own region.",
  ("Tendai Mhlanga", N, neu, "", "independent analyst; assessment"))
U(d, "\"For eight years, SADC has protected him.", "Mhlanga said.",
  ("Tendai Mhlanga", N, neu, "", "multi-sentence quote closed by the speaker; scenarios (Kenya-style deal), no judgement"))
U(d, "\"The danger is that the talks drag on for months", "\" he said.",
  ("Tendai Mhlanga", N, neg, "", "quote continued in the next paragraph; risk scenario"))
U(d, "Pieter van Heerden, a former South African diplomat", "crush the opposition.",
  ("Pieter van Heerden", C, neg, "South Africa", "former diplomat = independent person; 'quiet diplomacy had failed' = judgement of Pretoria (metonym as object)"))
U(d, "\"South Africa will now be asked by its neighbours", "van Heerden said.",
  ("Pieter van Heerden", N, neg, "", "multi-sentence quote; scenario for the mediation"))
# The Mbare vendor and 'Western diplomats in Harare said privately' : unnamed speakers with no tie to a named body -> no rows
