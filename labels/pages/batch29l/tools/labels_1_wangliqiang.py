# ------------------------------------------------------------------ Wang Liqiang's defection claims (wire copy, 2019-11-25)
d = "page_wangliqiang_defector2019_wire.txt"
# Not statements: menu, breadcrumb, headline, byline, read time, ADVERTISEMENT, photo caption, Related, standards line, most read, copyright, reporting tail.
U(d, "China on Monday called a young man who says he spied", "Taiwan detained two executives he had named.",
  ("China", C, neg, "Wang Liqiang", "headline-like lede after the dateline carries China's judgement of the man (con artist) -> condemning; target = the declared person"),
  ("Australia", N, neu, "", "Canberra: claims in the hands of its agencies = procedural"),
  ("Taiwan", N, neu, "", "detaining two executives for questioning = law-enforcement procedure against persons, no judgement stated (same reading as the bureau's sentence below)"))
U(d, "The man, Wang Liqiang, told Nine newspapers", "Australian Security Intelligence Organisation.",
  ("Wang Liqiang", N, neu, "", "the defector's own account of his work, no judgement = neutral"))
U(d, "Chinese foreign ministry spokesman Geng Shuang told a regular briefing", "haste to smear China.",
  ("China", C, neg, "Australia", "reported clause: only China's position; judgement on Australian politicians/media (smear)"))
U(d, "\"Whatever nonsense this person spins", "staged by people with ulterior motives.",
  ("China", C, neg, "Wang Liqiang", "surname only (Geng); dismissal of 'this person' and charge of a staged performance"))
U(d, "The Chinese embassy in Canberra had earlier circulated a notice", "under investigation again this year.",
  ("China", N, neu, "", "second-hand attribution (embassy circulating a police notice): facts of a record, no evaluation word"))
U(d, "The notice said he had left the mainland for Hong Kong", "still looking into the case.",
  ("China", N, neu, "", "police notice = China; facts and procedure"))
U(d, "Prime Minister Scott Morrison declined to discuss the asylum request", "handled by the proper agencies.",
  ("Australia", N, neu, "", "declining to comment + procedure"))
U(d, "\"Australia is not naive about the activities of foreign actors", "Morrison told reporters in Sydney.",
  ("Australia", N, neu, "", "general reassurance about own vigilance, no actor judged (unsure: could be read as a veiled rebuke of China)"))
U(d, "Foreign Minister Marise Payne said any application would be assessed", "in remarks carried by the public broadcaster.",
  ("Australia", N, neu, "", "procedural line; 'remarks carried by' = second-hand attribution"))
U(d, "ASIO's director-general, Mike Burgess, said in a rare written statement", "interfere in Australia's politics.",
  ("Australia", N, neu, "", "state agency speaks for Australia; investigating = procedure, no judgement"))
U(d, "Andrew Hastie, the Liberal chair of parliament's intelligence", "should not be handed back.",
  ("Liberal Party of Australia", S, pos, "Wang Liqiang", "an MP of the Liberal Party urging protection for the defector = backing (party, as in the name files); unsure: could be Australia as committee chair"))
U(d, "Hastie, who was refused a visa for a study tour", "only to the man\".",
  ("Liberal Party of Australia", C, neg, "China", "judgement on Beijing's response without a stock word"))
U(d, "In Taipei, investigators stopped Xiang Xin and his wife Kung Ching", "according to a statement from the Ministry of Justice Investigation Bureau.",
  ("Taiwan", N, neu, "", "'according to a statement from' the bureau; exit ban reported as procedure in the sentence (measure against persons; narration-like) -> neutral"))
U(d, "The bureau said the couple were being questioned as witnesses", "under the national security law.",
  ("Taiwan", N, neu, "", "procedure"))
U(d, "Taiwan's Mainland Affairs Council said Wang's account, if confirmed", "ahead of the January presidential vote.",
  ("Taiwan", C, neg, "China", "conditional but explicit charge of tampering with Taiwan's democracy"))
U(d, "The council said the government would not let a single voter's choice", "suspicious funding of media and candidates.",
  ("Taiwan", C, neg, "China", "'from across the strait' = Beijing; resolve against interference = warning (threatened response)"))
U(d, "Ma Xiaoguang, spokesman of China's Taiwan Affairs Office, was quoted by the state news agency Xinhua", "for the ruling party's campaign.",
  ("China", C, neg, "Taiwan", "'was quoted as saying': denial joined to a charge of fabrication for the DPP campaign -> condemning; the ruling party = Taiwan's government side"))
U(d, "The company named by Wang said in a filing", "to protect its name.",
  ("China Innovation Investment", C, neg, "Wang Liqiang", "denial joined to a threatened legal action against the claimant = threat -> condemning (unsure: could be a plain denial, neutral)"))
# "Wang's interview also described a role in the 2015 disappearance ..." = narration, no row ('some people' unnamed).
U(d, "Lam Wing-kee, the bookseller who fled to Taiwan this year, was cautious", "what he himself had been through.",
  ("Lam Wing-kee", N, neu, "", "independent person; doubt about details without judgement = neutral"))
# "John Garnaut ... could not be reached for comment." = no statement.
U(d, "\"On its face this is the most serious window", "said Dr. Imogen Vale, a senior fellow at the Canberra Strategic Policy Forum.",
  ("Imogen Vale", N, neu, "", "invented analyst; assessment and caution, no judgement on an actor"))
U(d, "Vale said Beijing's decision to lead with a criminal record", "was telling.",
  ("Imogen Vale", C, neg, "China", "surname only; judgement on Beijing's response without stock words (unsure: mild)"))
U(d, "Professor Kenji Aldous of the University of Western Sydney", "keep their dispute off campus.",
  ("Kenji Aldous", T, neg, "", "invented scholar; appeal to both governments, no judgement"))
U(d, "The United States State Department said it was following the reports closely", "a spokesperson said in an emailed reply.",
  ("United States", S, neu, "Australia", "monitoring + solidarity with partners against covert influence = supporting (backing partners); target Australia by context"))
# "Relations between Canberra and Beijing have been strained since ..." = background, no row.
