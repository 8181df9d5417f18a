# ------------------------------------------------------------------ Pussy Riot verdict: Western criticism, the Church's line, Moscow's rebuttal (European English-language site, full HTML, 2012-08-20)
d = "page_pussyriot_verdict_eusite.html"
# No row: consent bar, masthead, nav, section label, headline, summary, byline, share bar, figcaption, ADVERTISEMENT,
# crossheads, "Also read:", credits, tags, newsletter, comments, most read, footer.
U(d, "The two-year prison terms handed down on Friday", "before the end of the month.",
  ("Russia", C, neg, "", "long lead: the 'wall of criticism' from capitals is a summary clause (no rows for them); the foreign ministry telling Western governments they had no business second-guessing the court = rebuke of several governments (target empty)"),
  ("Pussy Riot", N, neu, "", "the women's lawyers speak for the defendants (the band); plan to appeal = procedure"))
U(d, "Judge Marina Syrova found Nadezhda Tolokonnikova", "offend Orthodox believers.",
  ("Russia", C, neg, "Pussy Riot", "court verdict with its reasoning = a state body's judgement of the band (unsure: a verdict could be treated as procedure)"))
U(d, "Mark Feygin, one of the defence lawyers, told reporters", "staged for the Kremlin.",
  ("Pussy Riot", C, neg, "Russia", "defence lawyer = Pussy Riot; accusation of a pre-written verdict; the Kremlin = object"))
U(d, "He said the women would not ask Putin for a pardon", "was not a crime.",
  ("Pussy Riot", N, neg, "", "pronoun subject = Feygin; refusal to seek a pardon + denial of any crime = neutral, negative"))
U(d, "The EU's foreign policy chief, Catherine Ashton, said in a statement on Friday evening", "really were.",
  ("European Union", C, neg, "Russia", "'out of all proportion' + doubts about the courts' independence = judgement; Ashton not declared (left office)"))
U(d, "She said she counted on a higher court to correct the sentence", "more and more.",
  ("European Union", C, neg, "Russia", "expectation of a correction + 'a run of prosecutions of opposition figures' = accusation: rule 1"))
# No row: "German Chancellor Angela Merkel was among the sharpest." (summary line)
U(d, "Speaking to reporters in Berlin, she said the punishment bore no relation", "better standards.",
  ("Germany", C, neg, "Russia", "'she' = Merkel; judgement without stock words; Berlin = place; the Council of Europe is an object"))
U(d, "Foreign Minister Guido Westerwelle said he hoped the appeal court", "fresh look at the case.",
  ("Germany", T, pos, "Russia", "hope for a review, no judgement word = calling_for_talks (as demands for a review or explanation; unsure)"))
U(d, "In Paris, the foreign ministry said it could not see how acts of this kind justified such terms", "in Strasbourg.",
  ("France", C, neg, "Russia", "judgement of the terms + pointer to the Strasbourg court: rule 1; Paris = place"))
U(d, "Britain's Europe minister, David Lidington, said London was deeply concerned", "found offensive.",
  ("United Kingdom", T, neg, "Russia", "concern + appeal, no judgement word = calling_for_talks (guide: concern with an appeal); London = metonym"))
U(d, "In Washington, the White House said President Barack Obama was disappointed by the verdict.", "In Washington, the White House said President Barack Obama was disappointed by the verdict.",
  ("United States", C, neg, "Russia", "disappointment at the verdict = judgement (as on the Snowden page); Washington = place"))
U(d, "\"Whatever one thinks of the performance, two years behind bars", "Josh Earnest said.",
  ("United States", C, neg, "Russia", "quote closed by its speaker: 'not a response we can accept' = judgement"))
U(d, "State Department spokeswoman Victoria Nuland asked Moscow to take another look", "deserved protection.",
  ("United States", T, neg, "Russia", "appeal for a review, no judgement word = calling_for_talks; Moscow = metonym"))
U(d, "The US embassy in Moscow went further on Twitter", "a heavy price for a song.",
  ("United States", C, neg, "Russia", "embassy on social media = US; 'a heavy price for a song' = judgement without stock words"))
U(d, "Amnesty International, which had declared the three prisoners of conscience in April", "without conditions.",
  ("Amnesty International", C, neg, "Russia", "judgement + demand for release: rule 1; the April declaration is background in a relative clause"))
U(d, "The London-based group said it would keep up its campaign", "on their behalf.",
  ("Amnesty International", S, pos, "Pussy Riot", "body resolved by context ('The London-based group'); campaigning for their release = backing by act"))
# No row: "The Russian Orthodox Church, whose cathedral was the scene of the protest, took a more ambiguous line." (summary line)
U(d, "In a statement issued by its Supreme Church Council on Friday", "ordinary Orthodox people.",
  ("Russian Orthodox Church", C, neg, "Pussy Riot", "'sacrilege committed on purpose' = judgement of the band"))
U(d, "Without disputing the judgment, the council asked the authorities", "a chance to reflect.",
  ("Russian Orthodox Church", T, neu, "Russia", "appeal for leniency addressed to the state, no judgement word = calling_for_talks (unsure: not a peace appeal strictly); 'the council' = Supreme Church Council"))
U(d, "Vladimir Legoyda, who heads the church's information department, rejected suggestions", "a harsh sentence.",
  ("Russian Orthodox Church", N, neg, "", "denial = neutral, negative (Legoyda is an alias of the Church)"))
U(d, "\"The church does not sit in the courtroom and does not write verdicts.", "on Saturday.",
  ("Russian Orthodox Church", N, neg, "", "quote continuing the denial, closed by 'he told a Moscow radio station'"))
# No row: "The Kremlin has kept its distance." (summary line)
U(d, "Presidential spokesman Dmitry Peskov said on Friday that the president did not comment", "no part in the case.",
  ("Russia", N, neg, "", "declines to comment + denial of a role = neutral"))
# No row: "The foreign ministry was less restrained." (lead-in)
U(d, "In a statement on Monday, it called the Western reaction an unacceptable attempt", "against Russia.",
  ("Russia", C, neg, "", "'it' = the foreign ministry; 'unacceptable attempt to put pressure' + accusation of point-scoring; several Western actors -> target empty"))
U(d, "\"Russia will not take lessons in democracy", "the statement said.",
  ("Russia", C, neg, "", "multi-sentence quote closed by 'the statement said': 'will not take lessons' = judgement without stock words (rejection in protest)"))
U(d, "Moscow police said on Monday they were searching for two other members", "had not been identified.",
  ("Russia", N, neu, "", "police = the state; search announced as procedure (unsure: could be read as a measure against the band, condemning)"))
# No row: "Analysts in Brussels said ..." (unnamed)
U(d, "\"The sentence tells Europe something it already suspected", "European Policy in Berlin.",
  ("Henrike Vogt", N, neg, "", "independent analyst (invented); multi-sentence quote closed by 'said Henrike Vogt'; reading of the Kremlin's calculation, no explicit judgement"))
U(d, "\"The likeliest scenario is a quiet reduction of the sentence", "Vogt said.",
  ("Henrike Vogt", N, neg, "", "scenarios and risk, no appeal"))
U(d, "\"The patriarchate has been damaged by this affair more than the state has.", "role in public life.",
  ("Lev Arkadin", N, neg, "", "independent scholar (invented); assessment of the church's standing, no judgement"))
U(d, "Arkadin added that both the authorities and their foreign critics should lower the temperature", "the women's release.",
  ("Lev Arkadin", T, neu, "", "appeal to both sides to de-escalate + to the church: calling_for_talks; several addressees -> target empty"))
