# ------------------------------------------------------------------ Khodorkovsky's arrest and the Yukos affair (Russian state media, 2003-11-04)
d = "page_yukos_statemedia.txt"
# No row: agency header, languages, menu, section path, headline, time stamp, PHOTO caption with credit, capitals
# crossheads, ADVERTISEMENT, RELATED NEWS, TAGS, print/send/subscribe, rights line, copyright.
U(d, "The Kremlin said on Tuesday that Mikhail Khodorkovsky's decision", "Prosecutor General's Office.",
  ("Russia", N, neu, "", "dateline excluded; Kremlin = Russia (name files); the case left to the prosecutors, no judgement"))
U(d, "\"The president has said many times that the law is the same for everyone.", "press service told RNA.",
  ("Russia", N, neu, "", "multi-sentence quote closed by an unnamed official of a named body = Russia; procedure"))
U(d, "Khodorkovsky, 40, who has been held in the Matrosskaya Tishina detention centre", "Tyumen Oil Company.",
  ("Mikhail Khodorkovsky", N, neu, "", "person under his own name (no longer speaking for Yukos); own resignation = a decision, neutral; Kukes only named"))
U(d, "In his statement, Khodorkovsky said he was leaving so that the company", "civil society in Russia.",
  ("Mikhail Khodorkovsky", N, pos, "", "reasons and plans, no judgement"))
U(d, "Yukos said in a statement that the change of management would not affect", "the state budget.",
  ("Yukos", N, pos, "", "company under its own name; reassurance about its own operations"))
U(d, "Deputy Prosecutor General Yuri Biryukov said that Khodorkovsky had been charged", "exceeded one billion dollars.",
  ("Russia", N, neu, "", "prosecutors = the Russian state; charges and damage figure given as facts"))
U(d, "The Prosecutor General's Office last Thursday froze a stake of about 44 percent", "caused to the state.",
  ("Russia", C, neg, "Mikhail Khodorkovsky", "freezing the shares = a coercive measure against another side, with 'damage caused to the state' (unsure: could be read as neutral procedure)"))
U(d, "Biryukov rejected assertions in some foreign media that the case was politically motivated.", "politically motivated.",
  ("Russia", N, neg, "", "denial = neutral, negative; the foreign media are not actors"))
U(d, "\"We do not investigate parties or opinions, we investigate crimes.", "at a news conference.",
  ("Russia", N, neu, "", "multi-sentence quote closed by the speaker; reassurance about own conduct"))
U(d, "Khodorkovsky's lawyer, Anton Drel, insisted that his client had broken no law", "years ago.",
  ("Mikhail Khodorkovsky", N, neg, "", "the lawyer speaks for his client; denial = neutral, negative"))
U(d, "Drel also said the arrest had been planned long in advance", "frighten the business community.",
  ("Mikhail Khodorkovsky", C, neg, "Russia", "surname only; accusation that the arrest was a staged political show"))
U(d, "Yukos said on Monday that it would challenge the freezing of the shares in court", "out of all proportion to the charges.",
  ("Yukos", C, neg, "Russia", "'unlawful and out of all proportion' = judgement of the prosecutors' measure"))
U(d, "President Vladimir Putin told members of the government on October 27", "state governed by law.",
  ("Russia", C, neg, "Russian Union of Industrialists and Entrepreneurs", "refusal to receive lobbyists + 'pressure ... had no place' = judgement; the lobby is named in the next sentence"))
U(d, "The president was responding to an appeal by the Russian Union of Industrialists", "dialogue rather than arrests.",
  ("Russian Union of Industrialists and Entrepreneurs", T, neu, "Russia", "the business lobby's earlier appeal for dialogue, reported = its statement; 'The president' only responds (no extra row)"))
U(d, "Meeting bankers at the Kremlin last Thursday, Putin assured them", "specific crimes.",
  ("Russia", N, pos, "", "reassurance: privatisations not revised = neutral, positive"))
U(d, "On October 30, the president accepted the resignation", "the Kremlin press service reported.",
  ("Russia", N, neu, "", "appointment reported by the press service = procedure"))
U(d, "Prime Minister Mikhail Kasyanov said last Friday that he was seriously concerned", "hard to predict.",
  ("Russia", N, neg, "", "the prime minister speaks for the state even when he differs from the prosecutors; concern without an appeal = neutral"))
U(d, "Interior Minister Boris Gryzlov, who also leads the pro-Kremlin United Russia party", "seats in the new Duma.",
  ("United Russia", S, pos, "Russia", "speaking as party leader ('United Russia stood ...') = United Russia, not the ministry; backing of the prosecutors (the Russian state); the jab at buying seats names no one (unsure: could be condemning Khodorkovsky)"))
U(d, "Finance Minister Alexei Kudrin told reporters that the budget did not depend", "60 billion dollars.",
  ("Russia", N, neu, "", "rebuttal of capital-flight talk with figures, quote-like clause after a colon"))
# No row: "The Russian Foreign Ministry on Saturday rebuffed remarks by U.S. officials on the case." (summary line; the specific statement follows).
U(d, "Ministry spokesman Alexander Yakovenko said the State Department", "before judging others.",
  ("Russia", C, neg, "United States", "'once again taken it upon itself to lecture Russia' = judgement without stock words; Washington = the US"))
U(d, "On Friday the spokesman of the U.S. State Department, Richard Boucher, had said", "a political purpose.",
  ("United States", T, neu, "Russia", "expectation of an open process + 'remove any doubt', no judgement word = a demand for a fair process (calling_for_talks, unsure)"))
U(d, "A spokesman for the U.S. National Security Council, Sean McCormack, said", "heading.",
  ("United States", N, neg, "", "unease, no appeal = neutral, negative"))
U(d, "Earlier, U.S. Ambassador Alexander Vershbow had told reporters", "a purely legal matter.",
  ("United States", C, neg, "Russia", "'the law seemed to be aimed at one man rather than applied evenly' = judgement"),
  ("Russia", C, neg, "United States", "'Russian officials described as interference' = unnamed officials of a named government; a rebuke in the same sentence"))
U(d, "A spokesman for the European Commission said in Brussels that the Commission", "working in Russia.",
  ("European Union", N, neg, "", "European Commission = European Union (name files); following closely + concern, no appeal"))
U(d, "German government spokesman Bela Anda said Berlin expected the proceedings", "EU-Russia summit in Rome.",
  ("Germany", T, neu, "Russia", "expectation that the rule of law be respected, no judgement (as Boucher); the summit only announced"))
U(d, "The U.S.-Russia Business Council, which represents American companies", "safety of their investments.",
  ("U.S.-Russia Business Council", N, neg, "", "investors' association under its own name; alarm without a judgement"))
# No row: the RTS figures and "Traders in Moscow said ..." (market narration, unnamed speakers).
U(d, "\"This case ends a period in which the largest businessmen", "told RNA.",
  ("Sergei Markelov", N, neu, "", "analyst (invented) quoted at length, quote closed by the speaker; interests and electoral scenario, no judgement"))
U(d, "Markelov said Khodorkovsky had made a serious mistake", "strategic company.",
  ("Sergei Markelov", C, neg, "Mikhail Khodorkovsky", "'a serious mistake' = judgement without stock words"))
U(d, "\"If the shares stay frozen into next year,", "more than the trial itself.",
  ("Irina Volkova", N, neg, "", "market strategist (invented); worst case and fears, no judgement"))
U(d, "Volkova said the government and the largest companies should sit down", "change of course.",
  ("Irina Volkova", T, neu, "", "appeal to both sides to agree rules = calling_for_talks; two parties -> target empty"))
