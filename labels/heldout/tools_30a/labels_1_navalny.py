# ------------------------------------------------------------------ Navalny: Germany's Novichok findings and Russia's denials
# German English-language news site, full HTML, 2020-09-09
d = "page_navalny_novichok_webpage.html"
# Never statements here: cookie bar, topbar, brand/tagline, nav, LATEST ticker, breadcrumbs, kicker, headline,
# standfirst, byline, times, share bar, captions ("1 of 2", credits), ADVERTISEMENT, crossheads, "Related:",
# credits line, tags, newsletter, comments, most read, footer.
U(d, "One week after a German military laboratory identified", "links the Russian state to the case.",
  ("Germany", C, neg, "Russia", "long lead: 'Berlin is signalling' (metonym) it will agree a joint response if Moscow does not explain = threatened response -> condemning; Moscow and the Kremlin critic are objects"),
  ("Russia", N, neg, "", "same lead: 'Russian officials' (officials of a named government) deny any link = denial, neutral with a negative tone"))
# "Navalny, 44, fell violently ill ..." and "The plane made an emergency landing ..." : background narration, no row.
U(d, "On Monday the Charité said it had brought its patient", "would leave lasting damage.",
  ("Charité", N, neu, "", "the hospital reports its patient's condition: facts given by a named body = neutral (unsure whether a hospital is an actor; kept as its own organisation)"))
# "Merkel set the tone last Wednesday." : summary line before the specific statement, no row.
U(d, "Reading a short statement at the chancellery, she said", "on behalf of the entire federal government.",
  ("Germany", C, neg, "", "'she' = Merkel; attempt on his life 'designed to silence him' + condemned = judgement; perpetrator not named -> target empty"))
U(d, "“The answers to what happened to Alexei Navalny are to be found in Moscow.", "Merkel said.",
  ("Germany", T, neg, "Russia", "two-sentence quote closed by its speaker = one unit; demand for an explanation with no judgement word = calling_for_talks (as batch5c's demands for explanations)"))
# "Her government went further than words." : summary line, no row.
U(d, "The Foreign Office summoned the Russian ambassador, Sergei Nechayev,", "on the findings.",
  ("Germany", C, neg, "Russia", "ambassador summoned 'in protest' = measure in protest; briefing partners is narration inside the same sentence"))
U(d, "On Monday, government spokesman Steffen Seibert said", "kept separate from the case.",
  ("Germany", C, neg, "Russia", "not ruling out 'consequences for Moscow', the pipeline included = veiled threat; Merkel's earlier line recalled in the same sentence (same actor)"))
U(d, "Foreign Minister Heiko Maas had opened the door", "whether that remained possible.",
  ("Germany", C, neg, "Russia", "the Kremlin's conduct will decide whether the pipeline stays out of the dispute = conditional threat; 'the Kremlin' = Russia as object"))
U(d, "His message to Moscow was blunt:", "what the response should be.”",
  ("Germany", C, neg, "Russia", "quotation opened after a colon; 'His' = Maas; threat of a joint response"))
# "Not everyone in Merkel's camp wants to wait." : summary line, no row.
U(d, "Norbert Röttgen, the Christian Democrat who chairs", "reward Moscow for the attack.",
  ("Germany", C, neg, "Russia", "chair of the Bundestag committee resolves to the state (as seeds: parliament/senator); call to halt the pipeline = measure + 'reward Moscow for the attack' (unsure: he dissents from the government line)"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov said on Thursday", "justify such a charge.",
  ("Russia", N, neg, "", "denial = neutral, negative tone; 'In Moscow' = place"))
U(d, "He said the Omsk doctors had screened the patient thoroughly", "still waiting for an answer.",
  ("Russia", N, neu, "", "'He' = Peskov; test results and a pending legal request = facts"))
U(d, "“We want to know what happened to him as much as anyone does,", "its partners in Berlin.",
  ("Russia", T, neu, "Germany", "interest in cooperation + keep talking to partners in Berlin = offer of dialogue, no judgement"))
# "By Monday the tone had hardened." : summary line, no row.
U(d, "Peskov dismissed talk of sanctions against Russia as absurd", "was unacceptable.",
  ("Russia", C, neg, "", "'absurd' and 'unacceptable' aimed at those who blame Moscow = judgement; accusers not named -> target empty"))
U(d, "Foreign Ministry spokeswoman Maria Zakharova accused Berlin", "both countries had signed up to.",
  ("Russia", C, neg, "Germany", "accusation of Berlin (metonym) of megaphone diplomacy"))
U(d, "Sergei Lavrov, the foreign minister, said Moscow was concealing nothing.", "Sergei Lavrov, the foreign minister, said Moscow was concealing nothing.",
  ("Russia", N, neg, "", "name then role; denial = neutral, negative"))
U(d, "He said the pattern was a familiar one:", "silence in reply to Moscow's formal requests.",
  ("Russia", C, neg, "", "'He' = Lavrov; a 'familiar pattern' of loud accusations and silence = judgement of the accusers, who are not named -> target empty"))
# "Germany's allies were quick to line up behind its findings." : summary line, no row.
U(d, "After NATO ambassadors met in Brussels on Friday,", "investigators from the Organisation for the Prohibition of Chemical Weapons.",
  ("NATO", C, neg, "", "condemned the attack + appeal to Moscow (metonym) to open its books = rule 1; the OPCW is an object, not a speaker; perpetrator not named -> target empty"))
U(d, "The European Union's foreign policy chief, Josep Borrell,", "the bloc could consider.",
  ("European Union", C, neg, "", "'no excuse' for using a chemical weapon + sanctions as an option = judgement and threatened measure; no actor named -> target empty"))
U(d, "On Tuesday the Group of Seven foreign ministers issued a joint statement,", "put them on trial.",
  ("G7", C, neg, "", "joint statement of the G7 ministers = one G7 row (the body in the name files); 'distributed by the US State Department' gives no separate US row; 'abhorrent' + demand = rule 1"))
U(d, "Britain, where a Novichok agent was used against the former spy Sergei Skripal", "under international law was intolerable.",
  ("United Kingdom", C, neg, "", "'intolerable' = judgement; user not named -> target empty; Salisbury clause is background"))
U(d, "Foreign Secretary Dominic Raab said the onus was on the Russian government", "what had happened.",
  ("United Kingdom", T, neg, "Russia", "demand to come clean, no judgement word in this sentence = calling_for_talks (explanation demand)"))
U(d, "In Washington, the National Security Council called the poisoning deplorable,", "would be looking at it.",
  ("United States", C, neg, "", "two US speakers in one sentence = one row: the NSC's judgement decides over Trump's neutral remark (rule 1); Washington = place"))
U(d, "France's foreign ministry said Paris shared Berlin's assessment", "solidarity with Germany.",
  ("France", S, pos, "Germany", "solidarity with Germany; Paris and Berlin as metonyms"))
U(d, "The OPCW itself said that poisoning a person with a nerve agent", "any member state that asked.",
  ("OPCW", S, neu, "", "legal qualification + offer of technical assistance to any member state = offer of help -> supporting, no single target (unsure: could be neutral)"))
# "Navalny's team has no doubt who is to blame." : summary line before the specific statement, no row.
U(d, "His spokeswoman, Kira Yarmysh, said on Wednesday", "rather than stop at statements.",
  ("Anti-Corruption Foundation", C, neg, "Russia", "Yarmysh = Anti-Corruption Foundation (name files); blame on the Russian state + call for measures against Putin's circle; 'His' = Navalny"))
# "Katrin Oberholz, who follows Russian politics ..." and her quote: an analyst's reading of Berlin's position,
#   no explicit judgement or appeal of her own -> no row (independent people get rows only for explicit positions).
# "A diplomat in Brussels, speaking on condition of anonymity, ..." : unnamed speaker with no tie to a named body, no row.
# "Diplomats expect the case to come up again ..." : unnamed, a plan, no row.
