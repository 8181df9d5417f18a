# ------------------------------------------------------------------ Sony Pictures hack attributed to North Korea (international wire copy, .txt, 2014-12-22)
d = "page_sony_hack_wire.txt"
# Agency menu, section/date line, headline, byline, published line, read time, photo captions ("1 of 3"): never statements
U(d, "North Korea's internet links with the outside world went dark", "North Korean government.",
  ("North Korea", C, neg, "United States", "long lead: the outage is narration; Pyongyang's threat recalled = condemning; dateline excluded"),
  ("United States", C, neg, "North Korea", "the FBI's attribution ('pinned on') reported in the same sentence = accusation"))
# "The cause of the outage was not clear, and analysts at a U.S. internet monitoring company said ..." unnamed company/analysts: no row
U(d, "State Department spokeswoman Marie Harf declined to say", "necessarily be visible.",
  ("United States", C, neg, "North Korea", "non-denial + 'not every part of the response would be visible' = veiled threat of a response (unsure: could be neutral)"))
U(d, "In a statement carried on Sunday by the official KCNA news agency", "as a whole.",
  ("North Korea", C, neg, "United States", "NDC = North Korea; threat; KCNA is an agency carrying it, not an actor"))
U(d, "The commission again denied any part in the attack.", "The commission again denied any part in the attack.",
  ("North Korea", N, neg, "", "'The commission' resolved by context; denial = neutral, negative"))
U(d, "But it praised the hacking as a just act", "sympathise with Pyongyang.",
  ("North Korea", S, pos, "", "praise of the hackers' act = supporting (approval of an action); the hackers are not named here -> target empty"))
U(d, "A day earlier, a foreign ministry spokesman had proposed", "its innocence.",
  ("North Korea", T, neu, "United States", "offer of a joint investigation = calling_for_talks"))
U(d, "\"Washington had better think twice", "carried by KCNA.",
  ("North Korea", C, neg, "United States", "quote closed by its speaker: conditional threat = condemning"))
U(d, "A North Korean diplomat at the country's U.N. mission in New York", "part in the hacking.",
  ("North Korea", N, neg, "", "unnamed diplomat of a named state; denial = neutral, negative; the agency is not an actor"))
U(d, "The FBI said on Friday its investigators had established", "attributed to the North.",
  ("United States", C, neg, "North Korea", "FBI = United States; attribution = accusation"))
U(d, "The bureau called the attack an attempt at intimidation", "what Americans could watch.",
  ("United States", C, neg, "North Korea", "'The bureau' = FBI; judgement of the attack it attributes to North Korea"))
# "It was the first time the United States had publicly accused ..." background: no row
U(d, "Obama told his end-of-year news conference on Friday", "the method itself.",
  ("United States", C, neg, "North Korea", "surname only; announced retaliation = threat"))
U(d, "He also said Sony had been wrong to shelve the film", "American companies.",
  ("United States", C, neg, "Sony Pictures Entertainment", "'He' = Obama; judgement on a company's decision"))
U(d, "In an interview broadcast on Sunday, Obama said he saw the hacking", "state sponsors of terrorism.",
  ("United States", C, neg, "North Korea", "'cyber-vandalism' (judgement) + review of a terrorism listing (possible measure)"))
U(d, "Republican Senator John McCain, who will chair", "tougher sanctions.",
  ("United States", C, neg, "", "senator = United States (guide); 'new form of warfare' + call for sanctions; no state named in the sentence -> target empty"))
U(d, "Mark Stroh, a National Security Council spokesman", "damage to Sony.",
  ("United States", C, neg, "North Korea", "backing the FBI + 'record of disowning its own provocations' = judgement"))
# crosshead SONY: "WE HAVE NOT BOWED": no row
U(d, "Sony Pictures chief executive Michael Lynton rejected", "show the film.",
  ("Sony Pictures Entertainment", N, neg, "", "company as its own actor; rebuttal of the president's criticism = denial, neutral with a negative tone"))
U(d, "He said Sony still wanted the comedy to be seen", "including online.",
  ("Sony Pictures Entertainment", N, pos, "", "'He' = Lynton; own plan"))
U(d, "The hackers, who call themselves Guardians of Peace", "showing the film.",
  ("Guardians of Peace", C, neg, "United States", "hacker group as its own actor; mockery of the FBI + renewed warnings = condemning"))
# "'The Interview', a comedy starring ..." background: no row
U(d, "China, North Korea's only major ally and the route", "regular briefing.",
  ("China", N, neg, "", "opposition to hacking aimed at no one + doubt about the attribution; no judgement of an actor, no appeal = neutral (unsure); attribution tail"))
U(d, "She urged all the parties concerned to stay calm", "with restraint.",
  ("China", T, neu, "", "'She' = Hua; appeal for restraint to all = calling_for_talks"))
U(d, "Hua said China would deal with any misuse of its networks", "warranted it.",
  ("China", N, neu, "", "own procedure, conditional"))
U(d, "The ministry said Foreign Minister Wang Yi had restated China's opposition", "no mention of North Korea.",
  ("China", T, neu, "", "'opposes cyber attacks' aimed at no one, like 'opposes any escalation' = appeal (calling_for_talks; unsure)"))
# The Global Times editorial: the outlet's own view, not an actor: no row
U(d, "In Tokyo, Chief Cabinet Secretary Yoshihide Suga said Japan deplored", "on cyber security.",
  ("Japan", C, neg, "", "'deplored' = judgement (rule 1 over the cooperation); the attack's author is not named in the sentence -> target empty; Tokyo = place"))
U(d, "South Korea's foreign ministry said Seoul also condemned", "cyber crime.",
  ("South Korea", C, neg, "", "condemnation + cooperation (rule 1); Seoul = metonym; target empty"))
U(d, "Seoul said separately that computer systems at its nuclear power operator", "not at risk.",
  ("South Korea", N, neu, "", "Seoul = metonym for the government; facts about its own systems"))
# Analysts and the anonymous security researcher in Seoul: not actors, no rows; credits, standards, related, topics, newsletter, most read: no rows
