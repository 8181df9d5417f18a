# ------------------------------------------------------------------ Solomon Islands–China security agreement (Pacific regional news site, .txt as scraped, 2022-04-26)
d = "page_solomons_china_pacificnews.txt"
# not statements: brand/tagline, menu, section, headline and its scraped repeat, byline/date/share line, "Photo 1 of 4" caption, ADVERTISEMENT, crossheads, Related:, Read more:, newsletter prompt, tags, most read, comments, footer
U(d, "Australian Prime Minister Scott Morrison has said a permanent Chinese naval presence", "signed last week.",
  ("Australia", C, neg, "China", "threat without the usual words: a line that will not be allowed to be crossed; Canberra/Washington = metonyms, Honiara/Beijing = metonyms as signatories (no rows for them)"))
# no row: "Morrison, speaking to reporters in Darwin ..., did not say what Australia would do if a base were built." (what he did not say)
U(d, "He said he had spoken to Prime Minister Manasseh Sogavare several times", "its own decisions.",
  ("Australia", N, pos, "", "own contacts + respect for sovereignty, no judgement or appeal"))
# no row: "The pact has drawn a wave of criticism ..." (summary line; the specific statements follow) and the leaked text (narration)
U(d, "Foreign Minister Marise Payne and Pacific Minister Zed Seselja said in a joint statement", "had been concluded.",
  ("Australia", C, neg, "Solomon Islands", "joint statement of two Australian ministers = one Australia row; 'deeply disappointed' + lack of transparency = judgement (unsure: disappointment could be read as neutral concern)"))
U(d, "Labor's foreign affairs spokeswoman Penny Wong said the deal showed a failure", "neglect by the Coalition.",
  ("Australian Labor Party", C, neg, "Australia", "opposition party as its own actor; blames the government"))
U(d, "Opposition leader Anthony Albanese said on Tuesday that a Labor government would set up", "if elected on 21 May.",
  ("Australian Labor Party", N, neu, "", "own plans (election promise), no evaluation (unsure: could be read as supporting the Pacific states)"))
U(d, "In Honiara, Sogavare told Parliament last Wednesday that the agreement had been signed", "anywhere in the region.",
  ("Solomon Islands", N, pos, "", "reassurance about own conduct = neutral, positive; Honiara = place"))
U(d, "He said Solomon Islands had been treated by its critics as a country unfit", "an insult to its people.",
  ("Solomon Islands", C, neg, "", "rebuke of unnamed critics = judgement; no canonical target"))
U(d, "\"There is no intention, now or at any point in the future, to ask China", "Sogavare said.",
  ("Solomon Islands", N, neg, "", "denial of a base = neutral, negative"))
U(d, "Matthew Wale, the leader of the opposition, said the prime minister had negotiated the pact in secret", "his own political survival.",
  ("Matthew Wale", C, neg, "Solomon Islands", "Wale is canonical under his own name; accusation of his government"))
U(d, "Wale has demanded that the full text be tabled in Parliament", "are deployed.",
  ("Matthew Wale", T, neu, "Solomon Islands", "demand for a parliamentary procedure, no judgement word in the sentence = calling_for_talks (unsure: could be neutral)"))
# no row: the US delegation's meeting narrated (participants in a meeting are not statements)
U(d, "The delegation made clear that any move toward a lasting Chinese military foothold", "in a readout of the meeting.",
  ("United States", C, neg, "", "conditional threat (a US response to a Chinese foothold), attribution tail; aimed at China and Solomon Islands together -> target empty"))
U(d, "Campbell told Sogavare that Washington would speed up the reopening of its embassy", "unexploded wartime bombs.",
  ("United States", S, pos, "Solomon Islands", "aid and embassy offered = supporting"))
U(d, "Sogavare's office said the prime minister welcomed the decision to reopen the embassy", "frank and friendly exchange.",
  ("Solomon Islands", S, pos, "United States", "welcome + thanks; possessive speaker ('Sogavare's office')"))
U(d, "\"We respect the sovereign decision of Solomon Islands; our concern is about what the agreement could lead to,\"", "prime minister's press secretary.",
  ("United States", N, neg, "", "Campbell quoted by the other side's press secretary = US statement; respect + concern without appeal = neutral"))
U(d, "A week earlier, State Department spokesperson Ned Price had warned that the vague terms", "less stable.",
  ("United States", C, neg, "", "judgement of the pact (destabilising); pact of two parties -> target empty"))
U(d, "China's foreign ministry spokesman Wang Wenbin announced the signing", "disaster response.",
  ("China", N, neu, "", "announcement + scope of cooperation = facts"))
U(d, "On Monday, asked about Morrison's comments, Wang accused Canberra of hyping up", "to smear China.",
  ("China", C, neg, "Australia", "accusation; Canberra = metonym"))
U(d, "He said the pact was open and transparent and was not aimed at any third party.", "not aimed at any third party.",
  ("China", N, pos, "", "defence of own pact = neutral (reassurance)"))
U(d, "The Chinese embassy in Honiara said on Friday it had handed over a new stadium", "between the two peoples.",
  ("China", S, pos, "Solomon Islands", "gift = aid provided; embassy = China"))
U(d, "In Wellington, Prime Minister Jacinda Ardern said New Zealand was deeply worried", "little need for it.",
  ("New Zealand", N, neg, "", "concern without appeal = neutral, negative; Wellington = place (unsure: 'little need' leans to a judgement)"))
U(d, "Foreign Minister Nanaia Mahuta urged Honiara to bring its security concerns to the Pacific family first", "own arrangements.",
  ("New Zealand", T, neu, "Solomon Islands", "appeal to one side to use regional arrangements; Honiara = metonym"))
U(d, "Federated States of Micronesia President David Panuelo wrote to Sogavare in March", "between great powers.",
  ("Federated States of Micronesia", T, neg, "Solomon Islands", "asks to reconsider + warning of confrontation = appeal, negative tone"))
U(d, "Pacific Islands Forum Secretary-General Henry Puna said security questions", "host those conversations.",
  ("Pacific Islands Forum", T, pos, "", "regional discussion offered = calling_for_talks; Puna = PIF (name files)"))
# no row: unpublished agreement, geography, 2019 switch and 2021 riots, 2017 treaty ("which Sogavare has said will stay in force" is a relative clause, kept as background), election timing, residents (unnamed)
