# ------------------------------------------------------------------ The Swiss embassy employee case in Colombo (scraped Sri Lankan regional daily, 2019-12-18)
d = "page_srilanka_swiss_embassy_staffer2019_regionaldaily.txt"
# Not statements: masthead, date bar, menu, breadcrumb, headline, byline, view/comment counts, share bar, ADVERTISEMENT, crossheads, photo captions "(1 of 3)", Also read, reader comments, tags, most read, copyright.
U(d, "The Government yesterday stood firm on its position", "by the Colombo Chief Magistrate.",
  ("Sri Lanka", N, neg, "", "lede carries the position: denial that the abduction happened ('a fabrication') = neutral, negative; the employee is not a declared target (unsure: could be read as an accusation)"))
U(d, "Garnier Banister Francis, a Sri Lankan national employed at the embassy", "a police spokesman said.",
  ("Sri Lanka", N, neu, "", "unnamed official of a named body (police = Sri Lanka); arrest and charges reported as facts"))
U(d, "She had told the embassy that she was forced into a car", "asylum in Switzerland.",
  ("Garnier Banister Francis", N, neg, "", "the employee's own account (reported); a local staffer speaks for herself, not for Switzerland -> person"))
# "The alleged incident came a day after CID Inspector Nishantha Silva ... left for Switzerland ..." = background, no row.
U(d, "Cabinet spokesman Bandula Gunawardena told the weekly Cabinet press briefing", "claimed to have been abducted.",
  ("Sri Lanka", N, neu, "", "investigation findings given as facts"))
U(d, "\"There was no van, no kidnapping and no threats.", "Gunawardena said.",
  ("Sri Lanka", C, neg, "", "denial + charge that the story was spread unchecked (aimed at unnamed spreaders) -> condemning, target empty (unsure: could be a plain denial)"))
U(d, "He said the Government would take legal action against anyone", "as if it were proven.",
  ("Sri Lanka", C, neg, "", "threat of legal action = condemning; no named target"))
U(d, "In a statement released in the evening, the Foreign Ministry said Sri Lanka had shown great patience", "the country's reputation.",
  ("Sri Lanka", C, neg, "Switzerland", "'regretted' that the matter was used against the country, after complaining the embassy did not cooperate = judgement on the Swiss side"))
U(d, "The ministry said Foreign Secretary Ravinatha Aryasinha had briefed Swiss Ambassador", "submitted to court.",
  ("Sri Lanka", N, neu, "", "a briefing narrated = procedural act"))
U(d, "It added that Sri Lanka valued its long-standing ties with Switzerland", "take its course.",
  ("Sri Lanka", T, pos, "Switzerland", "'It' = the ministry; value of ties + appeal to let the courts proceed = calm, no judgement"))
U(d, "Foreign Minister Dinesh Gunawardena told Parliament last week", "nothing to hide.",
  ("Sri Lanka", N, pos, "", "self-reassurance ('nothing to hide') = neutral, positive"),
  ("Switzerland", T, neu, "Sri Lanka", "sending a special envoy (act reported by Sri Lanka's minister) = diplomatic course"))
U(d, "Switzerland's Federal Department of Foreign Affairs (FDFA) said in Bern", "remained fragile.",
  ("Switzerland", N, neg, "", "concern about the arrest with no appeal in this sentence; support for its own employee = own conduct -> neutral, negative"))
U(d, "The Swiss foreign ministry said it had asked the Sri Lankan authorities", "allowed to visit her.",
  ("Switzerland", T, neu, "Sri Lanka", "requests for fair proceedings and access, no judgement = calling_for_talks"))
U(d, "The FDFA spokesman, Pierre-Alain Eltschinger, said Switzerland had at no time", "the Sri Lankan Government.",
  ("Switzerland", N, neg, "", "spokesman named by role; denial = neutral, negative"))
U(d, "Eltschinger said Switzerland still hoped the two countries' ties", "intact.",
  ("Switzerland", T, pos, "Sri Lanka", "surname only; hope that ties survive = calling_for_talks"))
U(d, "European Union Ambassador Denis Chaibi told The Lanka Herald", "protection of the law.",
  ("European Union", T, pos, "", "welcome of continued talks + appeal, no judgement: rule 2 before rule 3 = calling_for_talks; both governments -> target empty"))
U(d, "A spokesperson for the US Embassy said Washington was following the case", "international obligations.",
  ("United States", T, neu, "Sri Lanka", "monitoring + encouragement to act transparently = calling_for_talks"))
U(d, "Amnesty International's South Asia office said the arrest of a woman", "into silence.",
  ("Amnesty International", C, neg, "Sri Lanka", "judgement of the arrest ('alarming step', intimidating witnesses)"))
U(d, "Opposition MP and former Foreign Minister Mangala Samaraweera said", "relations with Europe.",
  ("United National Party", C, neg, "Sri Lanka", "opposition MP speaks for his party; 'propaganda contest' = judgement of the government"))
U(d, "Samaraweera said the United National Party would raise the matter", "meets in January.",
  ("United National Party", N, neu, "", "plan to raise it in Parliament = neutral"))
U(d, "Sri Lanka Podujana Peramuna chairman Prof. G.L. Peiris said", "within a matter of weeks.",
  ("Sri Lanka Podujana Peramuna", S, pos, "Sri Lanka", "ruling party backs and praises the police investigators (state organ) = supporting"))
U(d, "Constitutional lawyer Niranjala Wickramasinghe", "telling the truth.",
  ("Niranjala Wickramasinghe", T, neu, "", "invented lawyer; appeal to leave it to a court (unsure: the aside on ministers could be read as a judgement)"))
U(d, "\"Both governments have overplayed their hand.", "she said.",
  ("Niranjala Wickramasinghe", C, neg, "", "judgement of both governments + appeals; rule 1; two targets -> empty"))
U(d, "Dr Ruwan Jayatissa, a senior fellow at the Colombo Institute for Foreign Affairs", "goodwill in Europe.",
  ("Ruwan Jayatissa", N, neg, "", "invented analyst; assessment of timing"))
U(d, "He said he expected the two sides to settle the matter quietly", "a long quarrel.",
  ("Ruwan Jayatissa", N, neu, "", "forecast, not an appeal -> neutral"))
# "The Colombo Chief Magistrate ordered ... court officials said." = court procedure via unnamed officials -> no row.
