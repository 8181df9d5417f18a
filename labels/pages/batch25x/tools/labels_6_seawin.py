# ------------------------------------------------------------------ The Qingdao Seawin fertiliser row, China blacklists People's Bank (scraped Sri Lankan daily, 2021-10-30)
d = "page_srilanka_seawin_fertiliser2021_regionaldaily.txt"
# Not statements: masthead, date line, menu, breadcrumb, headline, standfirst, byline, share bar, [Photo n/3] captions,
# Advertisement, crossheads, Related, tags, newsletter prompt, reader comments, most read, copyright.
U(d, "The Chinese Embassy in Colombo has blacklisted the state-owned People's Bank", "refused to let into the country.",
  ("China", C, neg, "People's Bank of Sri Lanka", "long lead: a blacklisting (a sanction) + narration of the row; the embassy speaks for China; the bank is a state-owned company, declared as its own actor"))
U(d, "The embassy's Economic and Commercial Office said in a notice on Friday", "carrying heavy losses.",
  ("China", C, neg, "People's Bank of Sri Lanka", "accusation: the bank walked away from its obligations"))
U(d, "The notice said the decision had also been reported", "in Beijing.",
  ("China", N, neu, "", "procedural line"))
U(d, "In posts on Twitter, the embassy set out its own timeline", "already at sea.",
  ("China", C, neg, "Sri Lanka", "accusation that Sri Lanka's quarantine service reversed itself (a state agency = Sri Lanka)"))
U(d, "The embassy also accused sections of the local media", "stick to the facts.",
  ("China", C, neg, "", "accusation aimed at local media (not a canonical actor) -> target empty"))
U(d, "People's Bank said it was bound by an enjoining order", "lifted the order.",
  ("People's Bank of Sri Lanka", N, neu, "", "procedure: a court order, payment once it is lifted"))
# "The order was obtained on 22 October by the state-owned Ceylon Fertilizer Company, which says ..." = background narration with a relative clause, no row (unsure).
U(d, "Agriculture Minister Mahindananda Aluthgamage told Parliament that Sri Lanka would not take", "brought to bear.",
  ("Sri Lanka", C, neg, "China", "refusal + 'however much pressure' = will not bow to pressure: a judgement of Beijing's pressure (unsure: could be neutral refusal)"))
U(d, "\"We are not going to let bacteria into our soil", "he said.",
  ("Sri Lanka", C, neg, "", "jab at whoever wants face saved; no named target -> empty"))
U(d, "Director General of Agriculture Dr Ajantha de Silva said the National Plant Quarantine Service", "bulk import permit.",
  ("Sri Lanka", N, neu, "", "test results and the permit rule: facts, no judgement"))
U(d, "The agriculture ministry denied reports that it had agreed", "on the cargo.",
  ("Sri Lanka", N, neg, "", "denial = neutral, negative"))
U(d, "Prime Minister Mahinda Rajapaksa told the Chinese Ambassador", "settled amicably.",
  ("Sri Lanka", T, pos, "China", "refusal of the cargo with no judgement + wish for an amicable settlement = calling_for_talks"))
U(d, "Foreign Secretary Admiral Jayanath Colombage said the ministry was in touch", "acceptable to each.",
  ("Sri Lanka", T, pos, "China", "contacts towards a mutually acceptable solution = calling_for_talks"))
U(d, "Cabinet spokesman Dullas Alahapperuma said the Cabinet would discuss", "on Monday.",
  ("Sri Lanka", N, neu, "", "procedural: will discuss"))
U(d, "Central Bank Governor Ajith Nivard Cabraal said he was concerned", "when dollars are scarce.",
  ("Sri Lanka", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "Qingdao Seawin denied in a letter to the agriculture department", "any harmful organisms.",
  ("Qingdao Seawin Biotech", N, neg, "", "denial = neutral, negative"))
U(d, "The company has demanded USD 8 million in compensation", "if no settlement is reached.",
  ("Qingdao Seawin Biotech", C, neg, "Sri Lanka", "compensation demand + threat of arbitration = a threatened response"))
U(d, "It has also offered to have the cargo tested again", "if bacteria are found.",
  ("Qingdao Seawin Biotech", T, neu, "Sri Lanka", "conditional offer of an independent test = calling_for_talks"))
U(d, "In Beijing, Foreign Ministry spokesman Wang Wenbin said China and Sri Lanka were in contact", "contract and market rules.",
  ("China", T, pos, "", "contacts + hope that it is handled properly = calling_for_talks"))
U(d, "He said China always required its companies to export goods of good quality", "had to be protected.",
  ("China", N, neu, "", "reassurance about Chinese exporters + a general demand that firms' rights be protected, no judgement (unsure: could be calling_for_talks)"))
U(d, "India's High Commission said a further consignment of nano-nitrogen liquid fertiliser", "more would follow.",
  ("India", S, pos, "Sri Lanka", "backing by act: fertiliser flown in to help farmers"))
U(d, "Opposition Leader Sajith Premadasa said the government had turned", "the Maha season.",
  ("Samagi Jana Balawegaya", C, neg, "Sri Lanka", "the SJB leader speaks for the party; judgement of the government"))
U(d, "SJB MP Dr Harsha de Silva said he welcomed the quarantine service's decision", "in the first place.",
  ("Samagi Jana Balawegaya", C, neg, "Sri Lanka", "welcome joined to a judgement of the government: rule 1"))
U(d, "JVP leader Anura Kumara Dissanayake said no foreign embassy had any business", "summon the ambassador.",
  ("Janatha Vimukthi Peramuna", C, neg, "China", "judgement of the embassy's blacklisting + call for a diplomatic measure (summons)"))
U(d, "Sunil Bandara, who farms four acres of paddy", "since the import ban in May.",
  ("Sunil Bandara", N, neg, "", "invented farmer; his own situation, no position"))
U(d, "\"We do not care whose fertiliser it is.", "Bandara said.",
  ("Sunil Bandara", T, neg, "", "plea for fertiliser in time (asking for help = calling_for_talks per labels/README, unsure: could be neutral)"))
U(d, "Dr Nalaka Wijeratne, an agricultural economist", "on a friendly government.",
  ("Nalaka Wijeratne", C, neg, "China", "invented economist; 'punish a state bank over a commercial dispute' = judgement of Beijing (unsure: could be analysis, neutral)"))
U(d, "\"Both sides have backed themselves into a corner.", "Wijeratne said.",
  ("Nalaka Wijeratne", T, neu, "", "appeal for an agreed independent test = calling_for_talks"))
