# ------------------------------------------------------------------ Abduction of activist Itai Dzamara, Harare (radio interview transcript with Q and A turns, 2015-03-20)
d = "page_zimbabwe_dzamara_abduction2015_interview.txt"
# Not statements: station menu, breadcrumb, programme title, broadcast line, transcript note, speaker labels, the presenter's questions and introductions, [END OF TRANSCRIPT], related programmes, share bar, disclaimer, copyright.
# The presenter's opening (the abduction, the guests) = narration, no row.
U(d, "We know that five men came for him on the morning of the ninth", "went to the police the same day.",
  ("Nyasha Chikomba", N, neu, "", "invented lawyer (answer after a speaker label); facts of the abduction"))
U(d, "And we know that since then, nobody in authority", "whether he is alive.",
  ("Nyasha Chikomba", N, neg, "", "complaint stated as fact, no explicit judgement"))
# Presenter: "The High Court has ordered the police and the Central Intelligence Organisation ..." = question carrying a court order (narration), no row.
U(d, "The order was clear and the state simply has not complied", "in any meaningful way.",
  ("Nyasha Chikomba", C, neg, "Zimbabwe", "the state's non-compliance with a court order = judgement"))
U(d, "A government that can find a man who owes a traffic fine", "and that tells you something.",
  ("Nyasha Chikomba", C, neg, "Zimbabwe", "insinuation of state involvement, judgement without stock words"))
U(d, "I am saying that the burden is on the state to show it is looking.", "to show it is looking.",
  ("Nyasha Chikomba", T, neg, "Zimbabwe", "demand that the state search, no judgement word in the sentence"))
U(d, "Until it does, the family is entitled to draw its own conclusions", "and so is everybody else.",
  ("Nyasha Chikomba", C, neg, "Zimbabwe", "implied blame of the state (unsure: could be read as neutral suspicion)"))
U(d, "Police spokeswoman Charity Charamba said this week", "no interest in hiding anything.",
  ("Zimbabwe", N, neu, "", "position reported inside the presenter's question; the police speak for the state; own conduct = neutral"))
U(d, "The government has also said it had nothing to do with the abduction.", "nothing to do with the abduction.",
  ("Zimbabwe", N, neg, "", "denial = neutral, negative"))
U(d, "I note it as the official position, but history is not on the government's side.", "not on the government's side.",
  ("Tapiwa Gumbo", N, neg, "", "invented analyst; doubt about the denial's credibility, no explicit judgement of an act (unsure)"))
U(d, "Zimbabwe has seen disappearances before", "was ever solved.",
  ("Tapiwa Gumbo", N, neg, "", "background facts given by the analyst"))
# "What is different this time is the timing." = lead-in, no row.
U(d, "ZANU-PF has just been through a bruising purge", "telling the president to go.",
  ("Tapiwa Gumbo", C, neg, "Zimbabwe", "speaker carried across a turn break (second GUMBO turn); ascribes intolerance to the security services = judgement (unsure: could be neutral analysis)"))
# "Let me bring in some of the international reaction." = presenter lead-in, no row.
U(d, "The United States Embassy in Harare said the day after the abduction", "into finding him.",
  ("United States", T, neu, "Zimbabwe", "position reported by the presenter; 'a test of the government's respect' frames, no explicit judgement; request to search = calling_for_talks (unsure)"))
U(d, "The European Union delegation has said the authorities owe the family an answer", "no stone unturned.",
  ("European Union", T, neu, "Zimbabwe", "appeal to search, no judgement"))
U(d, "Amnesty International has asked for an immediate investigation.", "an immediate investigation.",
  ("Amnesty International", T, neu, "Zimbabwe", "appeal for an investigation (the batches' convention: calling_for_talks)"))
U(d, "Less than they would like, frankly, because the government's answer", "hear that again.",
  ("Tapiwa Gumbo", N, neg, "", "assessment of the embassies' influence; the government's habitual 'meddling' reply is vague background, no Zimbabwe row"))
# "Where pressure could matter is from the region." = lead-in, no row.
U(d, "SADC has said nothing, South Africa has said nothing", "noticed in Harare as well.",
  ("Tapiwa Gumbo", N, neg, "", "observation of the region's silence, no explicit judgement (SADC and South Africa make no statement here)"))
U(d, "I would urge President Zuma's government to raise this directly", "with President Mugabe.",
  ("Tapiwa Gumbo", T, neu, "South Africa", "appeal to Pretoria to take the matter up with Harare"))
# "The opposition MDC-T has gone further than the diplomats." = presenter's summary line, no row.
U(d, "Its spokesman, Obert Gutu, said the party held the ZANU-PF government directly responsible", "Mr Dzamara's fate.",
  ("MDC-T", C, neg, "Zimbabwe", "'Its' = the MDC-T; holds the government responsible = condemning"))
# "It is a political statement, and I am a lawyer, so I will put it differently." = no position, no row.
U(d, "The constitution places a duty on the state to protect life.", "to protect life.",
  ("Nyasha Chikomba", N, neu, "", "legal premise, no position"))
U(d, "Whoever took Itai, the state has failed in that duty.", "failed in that duty.",
  ("Nyasha Chikomba", C, neg, "Zimbabwe", "'has failed in that duty' = judgement"))
U(d, "Zimbabwe Lawyers for Human Rights, your colleagues, said on Wednesday", "held in contempt.",
  ("Zimbabwe Lawyers for Human Rights", C, neg, "Zimbabwe", "announced contempt proceedings against state officials = a taken response"))
U(d, "Yes, the papers are being finalised.", "the papers are being finalised.",
  ("Nyasha Chikomba", N, neu, "", "procedure"))
U(d, "If the officials responsible for carrying out a court order ignore it", "the court has to act.",
  ("Nyasha Chikomba", T, neg, "", "conditional appeal to the court to enforce its order; no judgement stated outright; target is the court, not a canonical actor"))
# "His wife, Sheffra, is holding on, and his brother Patson has been very public." = narration about the family, no row.
U(d, "Sheffra has asked me to say one thing tonight", "let him come home.",
  ("Sheffra Dzamara", T, neg, "", "the wife's appeal relayed by the lawyer: her position, not the lawyer's; appeal for release to unknown captors"))
# Presenter: "suggestions ... from some in the ruling party" = unnamed speakers, no row.
U(d, "I have seen no evidence for that, and I think people who spread it should be ashamed", "eleven days for publicity.",
  ("Tapiwa Gumbo", C, neg, "", "judgement of those spreading the stunt claim (unnamed, non-canonical) -> target empty"))
U(d, "Home Affairs Minister Kembo Mohadi told parliament on Wednesday", "treating the case as a kidnapping.",
  ("Zimbabwe", N, neu, "", "office holder by title (Zimbabwe clear from the context); procedure"))
U(d, "It is the least that could be expected, and I welcome it as far as it goes.", "as far as it goes.",
  ("Nyasha Chikomba", S, neu, "Zimbabwe", "qualified welcome of the docket; 'the least that could be expected' is not an explicit negative judgement (unsure: rule 1 could make it condemning)"))
U(d, "But a docket is a piece of paper, and we want to see", "the men and Itai.",
  ("Nyasha Chikomba", T, neg, "Zimbabwe", "demand for results, no judgement word"))
U(d, "I think the government will hope the story fades.", "the story fades.",
  ("Tapiwa Gumbo", N, neg, "", "cynical forecast, no explicit judgement"))
# "The activists will try to keep it alive." = forecast, no position, no row.
U(d, "My hope is that somebody inside the system decides", "about what happened.",
  ("Tapiwa Gumbo", T, pos, "Zimbabwe", "hope for release and a national conversation = calling_for_talks"))
U(d, "I would ask anyone who saw anything", "to the police or to us.",
  ("Nyasha Chikomba", N, neu, "", "appeal to witnesses for information: not an appeal for talks or restraint = neutral"))
U(d, "We will protect their identity.", "We will protect their identity.",
  ("Nyasha Chikomba", N, pos, "", "reassurance about own conduct"))
