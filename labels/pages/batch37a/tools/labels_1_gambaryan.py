# ------------------------------------------------------------------ Nigeria frees Binance executive Tigran Gambaryan (international wire copy, 2024-10-24)
d = "page_nigeria_gambaryan_release2024_wire.txt"
# Not statements: masthead, menu, headline, byline, time stamps, read time, photo caption, crossheads, ADVERTISEMENT,
# reporting credits, standards line, related/read-next links, tags, copyright.
U(d, "Tigran Gambaryan, the Binance compliance executive held in Nigeria", "a move Washington said followed months of quiet diplomacy.",
  ("United States", N, neu, "", "dateline excluded; narration of the release + Washington's account of how it came about (a fact given by an actor); the prosecutors' act gets its row in the next sentence"))
U(d, "The Economic and Financial Crimes Commission (EFCC) told the Federal High Court", "without him.",
  ("Nigeria", N, neu, "", "state agency (EFCC) = Nigeria; withdrawal of charges + plan to go on against the company, procedural (unsure: the continued case could be read as a measure against Binance)"))
U(d, "Ekele Ihenacho, a lawyer for the commission,", "had also been taken into account.",
  ("Nigeria", N, neu, "", "prosecution lawyer speaks for the EFCC; reasons given, no judgement"))
U(d, "Justice Emeka Nwite struck out the charges", "the same morning.",
  ("Nigeria", N, neu, "", "a court's decision = an act of the state, procedural"))
U(d, "White House national security adviser Jake Sullivan said in a statement", "bringing the matter to a close.",
  ("United States", S, pos, "Nigeria", "role then name; thanks to the Nigerian government = approval"))
U(d, "\"We are glad Tigran will now get the medical care", "Sullivan said.",
  ("United States", S, pos, "Nigeria", "two-sentence quote closed by its speaker; a light reproach ('far too long') but the thrust is continued cooperation with Abuja (unsure: could be neutral); 'Tigran' here is Gambaryan, not the seed actor Tigran"))
U(d, "A senior State Department official, speaking on condition of anonymity,", "weighing on the relationship.",
  ("United States", C, neg, "Nigeria", "unnamed official of a named government; repeated demarches + warning that the detention strains relations = pressure on Nigeria (unsure: could be neutral)"))
U(d, "The U.S. Embassy in Abuja said consular officers", "until he boarded his flight.",
  ("United States", N, neu, "", "consular facts; Abuja = place"))
U(d, "Binance Chief Executive Richard Teng wrote on X", "pressing for Gambaryan's return.",
  ("Binance", S, pos, "United States", "the CEO speaks for the company; thanks to Washington's officials and lawmakers"))
U(d, "\"Nobody should end up in a cell for doing the job", "Teng wrote.",
  ("Binance", C, neg, "Nigeria", "two-sentence quote closed by 'Teng wrote'; the government invited him then jailed him = judgement of Nigeria"))
U(d, "Gambaryan's wife, Yuki, said in a statement", "for refusing to let the case drop.",
  ("Yuki Gambaryan", S, pos, "United States", "independent person (relative); gratitude to US diplomats = approval"))
U(d, "She said the family would now concentrate on his recovery", "the proceedings against the company.",
  ("Yuki Gambaryan", N, neu, "", "plans; declines to comment"))
# "Gambaryan, who heads financial crime compliance ..." and "Anjarwalla slipped out of custody ..." = background narration,
# the passive "was later charged" names no speaker: no row.
U(d, "Nigerian officials accused the platform of feeding speculation", "in 2023.",
  ("Nigeria", C, neg, "Binance", "'Nigerian officials' = officials of a named government; accusation; the naira clause is narration"))
U(d, "Central Bank Governor Olayemi Cardoso said in February", "could not be identified.",
  ("Nigeria", N, neg, "", "a figure about Binance with an implied accusation, no judgement word -> neutral, negative tone (unsure: could be condemning)"))
U(d, "Binance, which halted all naira services in March, has denied wrongdoing", "wider economic pressures.",
  ("Binance", N, neg, "", "denial = neutral, negative tone; the counter-explanation ('policy decisions') names no one (unsure: an implicit blame of the government)"))
U(d, "Gambaryan's health declined in Kuje prison outside Abuja", "at several hearings.",
  ("Tigran Gambaryan", N, neg, "", "his lawyers speak for their client; health facts, alarm, no judgement in the sentence"))
U(d, "As recently as Oct. 11, Nwite turned down a second bail request", "did not justify his release.",
  ("Nigeria", N, neu, "", "surname only (the judge); a court ruling = the state, procedural"))
U(d, "In June, a group of U.S. lawmakers wrote to President Joe Biden", "to the State Department's hostage envoy.",
  ("United States", C, neg, "Nigeria", "lawmakers speak for the US (guide: Senator Cardin); 'hostage' = accusation + a call for a designation"))
U(d, "Nigerian officials rejected that description at the time", "would decide the executive's fate.",
  ("Nigeria", N, neg, "", "denial = neutral, negative; 'either country' -> no target"))
U(d, "On Thursday, presidential spokesman Bayo Onanuga said the withdrawal", "answer the charges against it in court.",
  ("Nigeria", C, neg, "Binance", "self-praise (humanitarian) + the company 'would still be made to answer' = threatened measure; the judgement/threat decides (rule 1)"))
U(d, "EFCC spokesman Dele Oyewale said the decision", "as soon as the court fixed a date.",
  ("Nigeria", C, neg, "Binance", "warning that the matter is not over + readiness to proceed against the company = threatened measure"))
U(d, "Adaeze Nwosu, a Lagos-based lawyer who advises financial technology firms,", "with foreign investors.",
  ("Adaeze Nwosu", C, neg, "Nigeria", "invented independent lawyer; judgement of the harm done to Nigeria's standing"))
U(d, "\"Companies everywhere will have noticed", "she said.",
  ("Adaeze Nwosu", C, neg, "Nigeria", "quote closed by 'she said': reproach ('leverage') + demand; the judgement decides (rule 1)"))
U(d, "Nwosu said she hoped both governments would use the end of the episode", "clear rules for crypto exchanges.",
  ("Adaeze Nwosu", T, pos, "", "surname only; hope for renewed talks; both governments -> target empty"))
