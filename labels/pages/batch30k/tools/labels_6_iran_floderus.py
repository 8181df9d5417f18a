# ------------------------------------------------------------------ Iran/Sweden: the Oman-mediated swap of Johan Floderus and Saeed Azizi for Hamid Nouri (Swedish national daily, English edition, scraped text, 2024-06-16)
d = "page_iran_floderus_swap2024_swedishdaily.txt"
# The daily quotes its own government by title only ("the prime minister", "the foreign minister", "the justice minister", "the ministry") = Sweden.
# Not statements: masthead, menu, breadcrumb, headline, standfirst, byline, time stamps, reading time and comment counts, photo captions and "1 / 4" counters, ADVERTISEMENT, "Also read" links, crosshead, topics, most read, copyright.
U(d, "Johan Floderus, the Swedish EU diplomat held in Iran for more than two years,", "mass executions of 1988.",
  ("Sweden", N, neu, "", "lede: arrival narrated + the government's act (agreed to release Nouri) reported as done, no evaluation"))
U(d, "The prime minister, speaking to reporters at the airport shortly before midnight, said", "the government had taken.",
  ("Sweden", N, neu, "", "title only; condition of the men + 'hardest decision' = facts about its own conduct"))
U(d, "\"Tehran treated two innocent people as bargaining chips", "he said.",
  ("Sweden", C, neg, "Iran", "judgement without stock words (hostage diplomacy)"))
U(d, "He said the government had for a long time seen no other way", "details of the negotiations.",
  ("Sweden", N, neu, "", "justification of own decision + declining detail = neutral"))
U(d, "The foreign minister said in a written statement that the agreement had been reached", "patient and discreet work.",
  ("Sweden", S, pos, "Oman", "thanks to the mediator = supporting"))
U(d, "The justice minister confirmed that the cabinet had taken the decision", "transfer of sentences.",
  ("Sweden", N, neu, "", "procedure: legal basis and date of the decision"))
# "Nouri, 63, was flown from Stockholm to Muscat ..." = narration, no row.
U(d, "Kazem Gharibabadi, who heads the Iranian judiciary's international affairs office, announced", "the country's enemies.",
  ("Iran", C, neg, "Sweden", "announcement + 'illegal trial staged by enemies' = judgement of the Swedish trial"))
U(d, "Gharibabadi added that the judiciary would pursue the cases of other Iranians", "held unjustly in Europe.",
  ("Iran", C, neg, "", "surname only; plan framed as a charge of unjust detention in Europe (several states) -> target empty (unsure)"))
U(d, "Foreign ministry spokesman Nasser Kanaani was quoted by the IRNA news agency as saying", "had returned.",
  ("Iran", C, neg, "Sweden", "'was quoted as saying'; thanks to Oman joined to 'held hostage by a false judiciary': rule 1, the judgement decides"))
U(d, "The Omani news agency said in a brief statement that the two governments had agreed", "through dialogue.",
  ("Oman", T, pos, "", "the agency carries the government's statement = Oman; mediation + readiness to help both sides through dialogue"))
U(d, "Omani Foreign Minister Badr Albusaidi wrote that he hoped the exchange", "between Iran and Europe.",
  ("Oman", T, pos, "", "hope for better understanding between the two sides = calling_for_talks"))
U(d, "European Commission President Ursula von der Leyen wrote on social media", "his release possible.",
  ("European Union", S, pos, "", "relief + thanks to those who made it possible (several) = supporting, target empty"))
U(d, "According to a spokesperson for the EU's diplomatic service, Brussels went on regarding", "from start to finish.",
  ("European Union", N, neg, "", "second-hand attribution; rejecting the charges against its official = a denial, neutral, negative (unsure: could be condemning)"))
U(d, "The EU's foreign policy chief Josep Borrell called it a day of relief", "held arbitrarily in Iran.",
  ("European Union", C, neg, "Iran", "welcome joined to 'held arbitrarily' (a judgement): rule 1 -> condemning"))
U(d, "The U.S. State Department said it welcomed the two men's release", "had to end.",
  ("United States", C, neg, "Iran", "welcome + charge of detaining foreigners for concessions: rule 1 -> condemning"))
U(d, "Danish Foreign Minister Lars Løkke Rasmussen said Denmark shared Sweden's joy", "it is holding.",
  ("Denmark", T, pos, "Iran", "welcome + appeal to release the others, no judgement word: rule 2 before rule 3 -> calling_for_talks (unsure)"))
# "The swap drew sharp criticism from survivors and families ..." = summary line before the statements, no row.
# "Parisa Ahmadzadeh, whose uncle was hanged ... said she had heard the news on the radio while driving." = narration by an invented witness, no position, no row.
U(d, "\"The court took three years to listen to us", "she said.",
  ("Parisa Ahmadzadeh", C, neg, "Sweden", "invented witness; judgement of the government's haste without stock words"))
U(d, "She said she understood the families of Floderus and Azizi", "a method that worked.",
  ("Parisa Ahmadzadeh", C, neg, "Sweden", "'the state' = Sweden in context; sympathy for families + charge that the deal rewards hostage-taking"))
U(d, "The National Council of Resistance of Iran, the exiled opposition coalition", "at greater risk.",
  ("National Council of Resistance of Iran", C, neg, "Sweden", "judgement that the release rewards hostage-taking"))
U(d, "Amnesty International said the exchange had allowed a man convicted", "taking part in the killings.",
  ("Amnesty International", C, neg, "Sweden", "judgement (let a convict escape justice) + appeal: rule 1"))
U(d, "Erik Sundqvist, a professor of international law at Uppsala University, said", "unlawful as such.",
  ("Erik Sundqvist", N, neu, "", "invented scholar; legal assessment, no judgement"))
U(d, "\"The question is not whether it was legal", "Sundqvist said.",
  ("Erik Sundqvist", N, neg, "", "concern about the lesson to hostage-takers, no explicit judgement of an actor (unsure)"))
U(d, "He said he expected the government to face questions", "became public.",
  ("Erik Sundqvist", N, neu, "", "forecast"))
# "Ahmadreza Djalali ... on espionage charges he denies, was not part of the exchange." = narration, no row.
U(d, "The foreign minister said the government had raised Djalali's case", "continue to do so.",
  ("Sweden", T, neu, "Iran", "continued diplomacy on a detainee with Iran = calling_for_talks"))
U(d, "The ministry repeated its advice against all travel to Iran.", "The ministry repeated its advice against all travel to Iran.",
  ("Sweden", N, neg, "", "'the ministry' = the foreign ministry; travel advice = procedure"))
# "Floderus was arrested at Tehran airport in April 2022 ..." and "Azizi, who was detained in November 2023, ..." = background, no row.
