# ------------------------------------------------------------------ Chirundu: Zambia hands Tendai Biti back to Zimbabwe after refusing asylum (Zimbabwean state media, 2018-08-10)
d = "page_zimbabwe_biti_chirundu2018_statemedia.txt"
# Not statements: masthead, menu, section label, headline, time stamp, byline, ADVERTISEMENT, crossheads, related stories, tags, share bar, copyright.
U(d, "Former Finance Minister and MDC-Alliance principal Tendai Biti was yesterday granted", "asylum in that country.",
  ("Zambia", N, neu, "", "lead: the court's bail ruling is narration; Zambia's handover is a specific act reported as done, told without evaluation = neutral (unsure: could be left as narration)"))
# "Mr Biti faces charges ..." = narration of the charges, no row.
U(d, "The State did not oppose bail", "twice a week.",
  ("Zimbabwe", N, neu, "", "the prosecution's position in court = the state's; procedural -> neutral"))
U(d, "Police spokesperson Senior Assistant Commissioner Charity Charamba said Mr Biti had been treated", "received at Chirundu.",
  ("Zimbabwe", N, neu, "", "reassurance about own conduct = neutral"))
U(d, "\"Nobody has laid a finger on him", "she said.",
  ("Zimbabwe", N, neg, "", "denial of the beating claims = neutral, negative"))
U(d, "Snr Asst Comm Charamba warned that officers were still looking", "would be found.",
  ("Zimbabwe", C, neg, "", "warning that fugitives will be found = threat against unnamed suspects -> condemning, target empty"))
U(d, "\"We are urging them to come forward on their own", "she added.",
  ("Zimbabwe", C, neg, "", "surrender call backed by a threat ('the long arm of the law will reach them') = condemning, not an appeal for talks"))
U(d, "In Lusaka, Zambia's Chief Government Spokesperson and Minister of Information", "the test for asylum.",
  ("Zambia", N, neu, "", "explanation of a decision on procedure = neutral"))
U(d, "She said there was no collapse of order in Zimbabwe", "admitted into Zambia.",
  ("Zambia", N, neu, "", "legal justification, no evaluation of another actor = neutral"))
U(d, "Foreign Affairs Minister Mr Joseph Malanji said Zambia had acted in good faith", "a fellow SADC member.",
  ("Zambia", N, pos, "", "self-justification with respect for Zimbabwe's courts, no praise of an act = neutral, positive (unsure: could be supporting Zimbabwe)"))
U(d, "The Government of Zimbabwe thanked Lusaka", "\"the conduct of a true neighbour\".",
  ("Zimbabwe", S, pos, "Zambia", "thanks and praise for Zambia's act = supporting"))
U(d, "\"Zambia has shown that the region will not become a hiding place", "said in a statement.",
  ("Zimbabwe", C, neg, "", "praise of Zambia joined to a judgement of 'those who set the capital on fire': rule 1 -> condemning; the opposition is not named -> target empty"))
U(d, "The heads of mission of the European Union, the United States, Canada and Australia issued a joint statement", "the Constitution offers.",
  ("European Union", T, neu, "Zimbabwe", "joint statement, one row per listed actor; appeal to guarantee safety and rights, no judgement = calling_for_talks"),
  ("United States", T, neu, "Zimbabwe", "joint statement (listed)"),
  ("Canada", T, neu, "Zimbabwe", "joint statement (listed)"),
  ("Australia", T, neu, "Zimbabwe", "joint statement (listed)"))
U(d, "The envoys also said they were disturbed by reports", "since the election.",
  ("European Union", N, neg, "", "'the envoys' = the four missions; concern with no appeal = neutral, negative"),
  ("United States", N, neg, "", "same, listed"),
  ("Canada", N, neg, "", "same, listed"),
  ("Australia", N, neg, "", "same, listed"))
U(d, "The British Embassy said separately that it had sought assurances", "on Mr Biti's welfare.",
  ("United Kingdom", T, neu, "Zimbabwe", "request for assurances on a detainee's welfare = appeal, no judgement -> calling_for_talks"))
U(d, "Government dismissed the statements as an attempt to put a sovereign court process on trial", "had even begun.",
  ("Zimbabwe", C, neg, "", "rejection of the envoys' statements as an attempt to try a court process = judgement; several missions -> target empty"))
U(d, "\"The diplomats know very well where the line is", "speak to the media.",
  ("Zimbabwe", C, neg, "", "unnamed official of a named ministry speaks for the state; charge of interference without the stock word"))
U(d, "The official said the ministry would raise the matter", "through the normal channels.",
  ("Zimbabwe", N, neu, "", "procedural step through diplomatic channels = neutral"))
U(d, "Deputy Chief Secretary for Presidential Communications Mr George Charamba said no one had been abducted", "take it to the police.",
  ("Zimbabwe", N, neg, "", "denial of abductions and torture = neutral, negative"))
U(d, "The United Nations refugee agency, UNHCR, said it was deeply troubled", "how that had happened.",
  ("UNHCR", T, neg, "Zambia", "concern joined to an appeal to Lusaka to look into it, no judgement word = calling_for_talks"))
U(d, "A UNHCR spokesperson in Geneva said returning a person", "the heart of refugee law.",
  ("UNHCR", C, neg, "Zambia", "the return called contrary to refugee law = judgement of Zambia's act -> condemning"))
U(d, "Human Rights Watch said Zambia had broken its international obligations", "to hound the opposition.",
  ("Human Rights Watch", C, neg, "", "accusations against Zambia and Zimbabwe -> target empty"))
U(d, "The Zimbabwe Lawyers for Human Rights said its lawyers had been unable", "Harare Central Police Station.",
  ("Zimbabwe Lawyers for Human Rights", N, neg, "", "fact given by the lawyers' group, no judgement stated = neutral, negative"))
U(d, "MDC-Alliance leader Mr Nelson Chamisa described the handover", "a campaign of fear.",
  ("MDC Alliance", C, neg, "", "'a betrayal' (Zambia) + refusal to bow to a 'campaign of fear' (Harare): judgements of two actors -> target empty"))
U(d, "Zanu-PF national spokesperson Mr Simon Khaya Moyo, who also heads the Information ministry", "lost an election.",
  ("ZANU-PF", C, neg, "MDC Alliance", "speaks here as the party's spokesman; 'circus staged by people who had lost an election' = judgement of the opposition"))
U(d, "South Africa's Minister of International Relations and Cooperation", "deal with it fairly.",
  ("South Africa", N, pos, "", "noting the case + confidence in Zimbabwe's courts, no praise of an act or appeal = neutral (unsure: could be supporting Zimbabwe)"))
U(d, "Meanwhile, President Mnangagwa reiterated his condolences", "would be announced soon.",
  ("Zimbabwe", S, neg, "", "condolences to the families of the dead = supporting (batch reading), grief in tone; plus own plan; no actor as target"))
U(d, "He said he hoped Zimbabweans would put the election behind them", "\"the doors of State House are open to all\".",
  ("Zimbabwe", T, pos, "", "hope for reconciliation + open door = calling_for_talks"))
U(d, "Harare-based political analyst Dr Tafadzwa Mhlanga", "should not expect sympathy for it.",
  ("Tafadzwa Mhlanga", C, neg, "MDC Alliance", "invented analyst; judgement of Biti, who speaks for the MDC Alliance"))
U(d, "\"If you announce results that are not yours to announce", "Dr Mhlanga said.",
  ("Tafadzwa Mhlanga", C, neg, "MDC Alliance", "judgement without stock words"))
U(d, "Constitutional lawyer Mr Farai Nyandoro said the bail ruling showed the courts were working", "without commentary from outside.",
  ("Farai Nyandoro", T, neu, "", "approval of the courts joined to an appeal to all parties to let the case run: rule 2 before rule 3 -> calling_for_talks"))
# "Mr Biti is expected back in court on August 23." = narration, no row.
