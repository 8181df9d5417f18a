# ------------------------------------------------------------------ Kuang Ta Hsing No. 28 shooting and Taiwan's sanctions (Taiwanese English-language site, full HTML, 2013-05-17)
d = "page_guangdaxing_taiwansite.html"
# No row: headline, dek, byline, time line, share bar, LATEST ticker, captions, crossheads, ADVERTISEMENT, Also read, credit, related, tags, newsletter, comments, most popular.
U(d, "Navy frigates and Coast Guard Administration cutters sailed into the waters", "last week.",
  ("Taiwan", C, neg, "Philippines", "long lead: drills as narration + the government's second round of sanctions = a measure against another side"))
# "Hung Shih-cheng, 65, was shot dead ..." = background narration; "Prosecutors in Pingtung have said they counted more than 50 bullet holes" = figures, left without a row.
U(d, "The Coast Guard Administration said the exercise involved four coast guard vessels", "as long as necessary.",
  ("Taiwan", N, neu, "", "plan and assets in military vocabulary = neutral; Coast Guard Administration = Taiwan"))
# Wang's first quoted sentence ("Our fishermen will not be left alone ...") left without a row; his next sentence carries the warning.
U(d, "\"Any vessel that threatens the lives of Taiwanese citizens in our waters", "between it and them.\"",
  ("Taiwan", C, neg, "", "quote continued after its attribution = own unit, same speaker (Wang Chin-wang); warning of force, no party named -> target empty"))
U(d, "Premier Jiang Yi-huah told reporters at the Executive Yuan on Wednesday night", "as unintended.",
  ("Taiwan", C, neg, "Philippines", "rejection of the apology in protest, reasons given = condemning; the MECO chairman (Perez) is an object here"))
U(d, "\"It was an officer on a government ship who fired", "Jiang said.",
  ("Taiwan", C, neg, "Philippines", "surname alone; holds Manila responsible; Manila = metonym"))
# "We asked for four things ..." = continued quote, left without a row.
U(d, "The premier then announced eight further measures", "academic programs.",
  ("Taiwan", C, neg, "Philippines", "'The premier' = Jiang; sanctions announced = condemning"))
U(d, "Those came on top of the first round announced earlier the same day", "Filipino workers.",
  ("Taiwan", C, neg, "Philippines", "recall of the envoy, the other side's envoy sent home, hiring freeze = measures against another side; list after a colon"))
U(d, "President Ma Ying-jeou found Manila's answers so far evasive", "Lee said.",
  ("Taiwan", C, neg, "Philippines", "Ma's position reported by his spokeswoman; judgement without stock words + refusal"))
U(d, "According to the Presidential Office, Taiwan's four demands remain unchanged", "fisheries agreement.",
  ("Taiwan", C, neg, "Philippines", "demands for an apology and punishment hold Manila responsible (unsure: the fisheries talks in the list could make it calling_for_talks)"))
U(d, "Foreign Minister David Lin said the ministry would keep the channel with MECO open", "repeat of the tragedy.",
  ("Taiwan", T, neu, "Philippines", "channel kept open + wish for a fisheries agreement = calling_for_talks"))
# "We are not looking for a quarrel with the Philippine people," Lin said. = left without a row (the next sentence carries his position).
U(d, "\"Our quarrel is with a government that has yet to take responsibility", "its officers did.\"",
  ("Taiwan", C, neg, "Philippines", "continued quote of Lin (the foreign minister): judgement"))
U(d, "Council of Labor Affairs Minister Pan Shih-wei said the 87,000 Filipinos", "with respect.",
  ("Taiwan", T, pos, "", "own procedure + appeal to protect Filipino workers from a backlash = calling_for_talks (unsure: could be neutral, addressed to its own public)"))
# "They came here to work, not to be blamed for this," Pan said. = left without a row.
U(d, "In Manila, presidential spokesman Edwin Lacierda said on Thursday", "did their work.",
  ("Philippines", N, neu, "", "own procedure and the sending of a personal representative to express regret = neutral; Manila = place"))
# "We will not be drawn into an exchange of statements ...," Lacierda said. = left without a row.
U(d, "\"The President has asked everyone to stay calm", "remains our position.\"",
  ("Philippines", T, neu, "", "continued quote; appeal for calm = calling_for_talks"))
# "Aquino has ordered the National Bureau of Investigation ..." = procedure, left without a row.
U(d, "Philippine Coast Guard spokesman Commander Armand Balilo has maintained", "disable its engine.",
  ("Philippines", N, neg, "", "justification of its own officers' fire; the ramming claim is aimed at a private boat, not a state = neutral (unsure: could be read as an accusation)"))
U(d, "The victim's son, Hung Yu-chih, who was at the helm, has rejected that account.", "has rejected that account.",
  ("Hung Yu-chih", N, neg, "", "named witness = independent person; rejecting the coast guard's account = denial, neutral"))
# His first quoted sentence ("We were a little boat ...," he told reporters) and "Nobody tried to ram anyone." left without rows.
U(d, "We were hiding in the cabin while they kept shooting.\"", "kept shooting.\"",
  ("Hung Yu-chih", C, neg, "Philippines", "accusation made by describing the other side's fire on civilians = condemning; 'they' = the Philippine crew"))
U(d, "Philippine Foreign Secretary Albert del Rosario told reporters", "being harassed.",
  ("Philippines", T, neg, "Taiwan", "protection of its workers + request to Taipei to ensure their safety = calling_for_talks (protection of civilians); Taipei = metonym"))
U(d, "In Beijing, Chinese foreign ministry spokesman Hong Lei told a regular press briefing", "give an account.",
  ("China", C, neg, "Philippines", "'strongly disapproved' + demand on Manila: rule 1; Beijing = place"))
U(d, "The mainland's Taiwan Affairs Office went further", "both sides of the Strait.",
  ("China", C, neg, "", "TAO = China; 'barbaric' aimed at 'the attack', no actor named in the sentence -> target empty"))
U(d, "The Mainland Affairs Council in Taipei responded that Taiwan would handle the dispute on its own", "cooperate with Beijing on it.",
  ("Taiwan", N, neu, "", "MAC = Taiwan; declining cooperation with no protest stated = neutral; Beijing = metonym as object"))
U(d, "In Washington, the State Department said the United States was concerned", "in the region.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "\"We regret the loss of life and we have encouraged both sides", "welcomed the Philippine apology.",
  ("United States", T, neu, "", "welcome + appeal to both sides, no judgement = calling_for_talks (rule 2 before rule 3); target empty (both sides)"))
U(d, "He said Washington hoped Taipei and Manila would soon return", "before the incident.",
  ("United States", T, pos, "", "pronoun = Ventrell; hope = calling_for_talks; both capitals as metonyms -> target empty"))
# "Analysts said both governments were now boxed in ..." = unnamed speakers, no row.
U(d, "\"Taipei has climbed very high, very fast", "Ocean Affairs in Kaohsiung.",
  ("Lin Wen-chung", N, neu, "", "independent researcher; assessment of Taipei's options, no judgement"))
U(d, "Lin said the risk of another clash at sea had grown", "governments behind them.",
  ("Lin Wen-chung", N, neg, "", "'Lin' = the analyst just quoted, not Foreign Minister David Lin (context); risk"))
# His next quote ("If a coast guard boat from either side fires again ...") left without a row.
U(d, "Joaquin dela Paz, a Manila-based analyst of Philippine foreign policy", "work in Taiwan.",
  ("Joaquin dela Paz", N, neu, "", "independent analyst; Manila's dilemma, no judgement"))
# His quote on the word 'government' and its cost to workers: left without a row. "He was blunt about ..." = summary line, no row.
U(d, "\"The first response from Manila was defensive and clumsy.", "overlapping waters.",
  ("Joaquin dela Paz", C, neg, "Philippines", "two-sentence quote closed by 'he said' + appeal to both capitals: judgement decides (rule 1)"))
U(d, "Opposition Democratic Progressive Party lawmakers, meanwhile, accused the Ma administration", "should have come sooner.",
  ("Democratic Progressive Party", C, neg, "Taiwan", "opposition party judging its own government"))
# The Donggang boat owner (unnamed) = not an actor, no row.
