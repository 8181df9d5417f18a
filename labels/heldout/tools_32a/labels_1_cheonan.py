# ------------------------------------------------------------------ Cheonan sinking: findings and reactions (South Korean English-language daily, scraped, 2010-05-26)
d = "page_cheonan_torpedo_krdaily.txt"
# No rows: masthead, menu, headline, standfirst, byline, share bar, photo captions ("Photo N of 3", credits), ADVERTISEMENT,
# "Related:" lines, crossheads ("Lee draws a line", "Pyongyang hits back", "Tokyo, Beijing and beyond", "Debate at home"),
# tags, most read, newsletter prompt, copyright.
U(d, "U.S. Secretary of State Hillary Clinton said in Seoul on Wednesday", "meet any punishment with force.",
  ("United States", C, neg, "North Korea", "long lead: 'could not be allowed to go unanswered' = a response threatened; the backing of Lee sits in the same sentence, the judgement decides (rule 1)"),
  ("North Korea", C, neg, "South Korea", "position reported inside the lead: severing links + threat of force against any punishment"))
# "Clinton, who flew in from two days of strategic talks ..." = narration of meetings: no row.
U(d, "At the news conference with Yu, she did not soften her words:", "sailors doing their duty.",
  ("United States", C, neg, "North Korea", "quote opened after a colon; 'unprovoked attack' = judgement; North Korea named by the page's context (the finding)"))
U(d, "Governments that care about stability in this part of the world", "look the other way.\"",
  ("United States", C, neg, "North Korea", "second sentence of the colon quote, same speaker; demands a response from other governments against the attacker (unsure: could be read as an appeal, but no peaceful course is asked)"))
U(d, "She said the United States stood completely behind the measures", "in the United Nations Security Council.",
  ("United States", S, pos, "South Korea", "backing of Seoul's measures and UN work = supporting"))
U(d, "\"We are not seeking a confrontation, but we will not accept", "further steps of its own against Pyongyang.",
  ("United States", C, neg, "North Korea", "threat of further measures; Washington and Pyongyang as metonyms"))
# "The 1,200-ton patrol ship broke in two ..." = background with figures from no named source: no row.
U(d, "Last Thursday, the Joint Civilian-Military Investigation Group", "tore the ship apart.",
  ("South Korea", C, neg, "North Korea", "the government-convened investigation group speaks for South Korea; its finding holds North Korea responsible (unsure: could be neutral, a finding of fact); the foreign experts' states are not speakers here"))
U(d, "The group's civilian co-chairman, Yoon Duk-yong, told reporters", "reading \"No. 1.\"",
  ("South Korea", N, neu, "", "evidence described, no judgement = neutral"))
U(d, "In a televised address from the War Memorial of Korea on Monday", "take the attack to the Security Council.",
  ("South Korea", C, neg, "North Korea", "violations named + trade suspension, shipping ban and referral = judgement and measures"))
U(d, "\"For a long time we swallowed one provocation after another", "answer on the spot,\" Lee said.",
  ("South Korea", C, neg, "North Korea", "multi-sentence quote closed by its speaker (surname only) = one unit; threat of an immediate response"))
U(d, "He demanded that Pyongyang apologize without delay", "would be spared for now.",
  ("South Korea", C, neg, "North Korea", "pronoun subject = Lee; demand for an apology and punishment of 'those who planned' = accusation; exemptions in the same sentence"))
U(d, "Unification Minister Hyun In-taek told a briefing afterwards", "until further notice.",
  ("South Korea", N, neu, "", "own procedure (staff safety, no new investment) after the measures already labelled = neutral (unsure)"))
U(d, "Defense Minister Kim Tae-young said the military would resume loudspeaker broadcasts", "in the Yellow Sea.",
  ("South Korea", C, neg, "North Korea", "psychological-warfare broadcasts and anti-submarine drills announced against the North = a military response announced (unsure: could be a neutral plan)"))
# "The North's reaction was swift." = summary line before the specific statements: no row.
U(d, "Its Committee for the Peaceful Reunification of Korea, which handles affairs with the South", "according to the Korean Central News Agency.",
  ("North Korea", C, neg, "South Korea", "'Its' = the North's committee; severing relations, expulsions and closures = measures against the other side; KCNA is not an actor"))
U(d, "The committee described the investigation as a farce", "bear the consequences.",
  ("North Korea", C, neg, "South Korea", "'farce' + a threat of consequences; 'Lee group' = the South Korean government"))
U(d, "The National Defence Commission, the North's top military body", "to examine the evidence.",
  ("North Korea", N, neg, "", "dismissal of the findings = denial; offer of its own inspectors is not a peace appeal = neutral, negative"))
U(d, "\"We had no part in this incident whatsoever,\" a spokesman", "carried by KCNA.",
  ("North Korea", N, neg, "", "denial by the commission's spokesman = neutral, negative"))
U(d, "\"Should the puppets and their backers attempt", "merciless force.\"",
  ("North Korea", C, neg, "", "quote continued in its own paragraph, same speaker; conditional threat; 'puppets and their backers' = South Korea and the US -> target empty"))
U(d, "The General Staff of the Korean People's Army went further on Monday", "along the front line.",
  ("North Korea", C, neg, "South Korea", "the army speaks for its state; threat to fire"))
U(d, "In Tokyo, Prime Minister Yukio Hatoyama told reporters last Thursday", "stand with Seoul.",
  ("Japan", C, neg, "North Korea", "Hatoyama speaks as prime minister = Japan (the name files list him as his own actor for his later activity; not declared as an alias here); 'an outrage' + solidarity, judgement decides; Tokyo = place"))
U(d, "Foreign Minister Katsuya Okada said on Tuesday that Japan was studying additional sanctions", "cash sent to the North.",
  ("Japan", C, neg, "North Korea", "sanctions being prepared = a measure against another side"))
U(d, "He added that Tokyo would back South Korea fully", "before the Security Council.",
  ("Japan", S, pos, "South Korea", "pronoun = Okada; Tokyo = metonym; backing"))
# "China, the North's main ally and economic lifeline, has been far more guarded." = narration: no row.
U(d, "Foreign ministry spokesman Ma Zhaoxu said on Tuesday that Beijing was still studying", "act with restraint.",
  ("China", T, neu, "", "own judgement pending + appeal for calm and restraint to all parties = calling_for_talks"))
U(d, "\"Peace and stability on the peninsula are in everyone's interest", "Ma told a regular briefing.",
  ("China", T, neu, "", "appeal against escalation aimed at no one = calling_for_talks"))
U(d, "Clinton, for her part, said Chinese leaders had told her in Beijing", "how grave the situation was.",
  ("China", N, neg, "", "China's position reported by Clinton: concern with no appeal = neutral, negative; Clinton herself takes no position here (no US row)"))
# "Diplomats in Seoul said Beijing was unlikely ..." = unnamed speakers: no row.
U(d, "Elsewhere, United Nations Secretary-General Ban Ki-moon", "the gravity of the incident.",
  ("United Nations", N, neg, "", "alarm + a hope that the Council acts, no peace appeal and no judgement of a named actor = neutral, negative (unsure)"))
U(d, "Britain's new Foreign Secretary, William Hague, said the evidence was compelling", "abide by the armistice.",
  ("United Kingdom", C, neg, "North Korea", "'its provocations' = judgement + demand (rule 1)"))
U(d, "In Canberra, Foreign Minister Stephen Smith said Australia's own experts", "who was to blame.",
  ("Australia", C, neg, "North Korea", "blame assigned (North Korea by the page's context); Canberra = place"))
U(d, "Moscow said it was studying the report closely.", "studying the report closely.",
  ("Russia", N, neu, "", "Moscow = metonym; own procedure, no evaluation"))
U(d, "The main opposition Democratic Party accused the government", "need for a firm response.",
  ("Democratic Party of Korea", C, neg, "South Korea", "opposition party (alias 'Democratic Party' in the name files) accusing its own government"))
# "Financial markets ... fell sharply" = narration; the sailor's father in Pyeongtaek = not an actor: no rows.
U(d, "Lee, meeting Clinton in the morning, thanked her", "spokeswoman, Kim Eun-hye.",
  ("South Korea", S, pos, "United States", "thanks for solidarity = supporting; reported by the presidential spokeswoman"))
