# ------------------------------------------------------------------ Lady R arms accusation and Pretoria's response (South African news site, full HTML, 2023-05-16)
d = "page_ladyr_arms_sasite.html"
# No rows: top strip, logo, nav, section label, headline, intro, byline/time, share bar, figcaptions with credits,
# crossheads, ADVERTISEMENT, "ALSO READ:" links, tags, newsletter prompt, comments, most read, footer.
U(d, "President Cyril Ramaphosa said on Tuesday that Vladimir Putin and Volodymyr Zelensky had both agreed", "deepest crisis in years.",
  ("South Africa", T, pos, "", "long lead: the African peace mission announced = calling_for_talks; the ambassador's claim and the rand are narrated in the same sentence (the US position has its own units below)"),
  ("Russia", T, pos, "", "Putin's agreement to receive the mission, reported by Ramaphosa = Russia's position (guide: X reported by Y)"),
  ("Ukraine", T, pos, "", "Zelensky's agreement, reported by Ramaphosa = Ukraine's position"))
U(d, "Speaking at a joint briefing in Cape Town with the visiting Singaporean Prime Minister", "the Republic of the Congo.",
  ("South Africa", N, neu, "", "own calls and the mission's composition = neutral; the listed states are members of the mission, not speakers here (no rows); Lee Hsien Loong is only present"))
U(d, "\"We are not anyone's proxy in this war.", "Ramaphosa said.",
  ("South Africa", T, pos, "", "multi-sentence quote closed by its speaker = one unit; wish for the war to end + leaders' readiness to listen = calling_for_talks (the leaders' readiness is already counted in the lead)"))
U(d, "The storm broke on Thursday, when US Ambassador Reuben Brigety told a small group of journalists", "from 6 to 9 December last year.",
  ("United States", C, neg, "South Africa", "ambassador = United States; accusation that weapons were loaded with Pretoria's knowledge implied; Washington = metonym"))
U(d, "\"We have looked at this very carefully and we are confident", "Brigety said.",
  ("United States", C, neg, "South Africa", "multi-sentence quote closed by its speaker; charge of hypocrisy on non-alignment = judgement"))
U(d, "He said the US had raised the matter privately at senior level", "get on with their partnership.",
  ("United States", T, neu, "South Africa", "pronoun = Brigety; hope that Pretoria deals with it openly so the partnership can go on, no judgement word = calling_for_talks (unsure: could be neutral)"))
U(d, "Within hours, presidency spokesperson Vincent Magwenya said the government was disappointed", "no evidence to back it.",
  ("South Africa", C, neg, "United States", "disappointment at the ambassador's public conduct + 'no evidence' = criticism of the US envoy (rule 1 over the denial element)"))
U(d, "He added that Ramaphosa had agreed to set up an independent inquiry", "into the ship's visit.",
  ("South Africa", N, neu, "", "own procedure = neutral"))
U(d, "Answering questions in the National Assembly the same afternoon, Ramaphosa told MPs", "in due course.",
  ("South Africa", N, neu, "", "no position beyond 'being looked into' = neutral"))
U(d, "On Friday, International Relations and Cooperation Minister Naledi Pandor summoned Brigety", "the government's displeasure.",
  ("South Africa", C, neg, "United States", "summoning an ambassador to register displeasure = a diplomatic protest"))
U(d, "In a statement afterwards, the department said the ambassador had accepted", "said sorry to South Africans and their government.",
  ("South Africa", N, pos, "", "'the department' = DIRCO; account of the meeting = neutral, positive"),
  ("United States", N, pos, "South Africa", "the ambassador's apology as reported by DIRCO = a US position reported by another party; an apology is neither judgement nor appeal = neutral (unsure)"))
U(d, "Brigety himself said on Twitter that his conversation with Pandor had been useful", "mattered greatly to Washington.",
  ("United States", S, pos, "South Africa", "affirmation of the partnership = supporting (no apology in his own words)"))
U(d, "In Washington, State Department spokesperson Matthew Miller would not say", "did not consider the matter closed.",
  ("United States", N, neg, "", "concerns maintained, no appeal and no new judgement = neutral, negative; Washington = place"))
U(d, "Pandor told the SABC on Saturday that she had been deeply unhappy with the ambassador", "full of accusations.",
  ("South Africa", C, neg, "United States", "criticism of the ambassador's conduct = judgement; the SABC is the broadcaster"))
U(d, "Minister in the Presidency Khumbudzo Ntshavheni, who chairs the National Conventional Arms Control Committee", "export of arms to Russia.",
  ("South Africa", N, neg, "", "denial through the permit record = neutral, negative"))
U(d, "Defence Minister Thandi Modise said her department had no record", "loaded onto the vessel.",
  ("South Africa", N, neg, "", "denial = neutral, negative"))
U(d, "The governing ANC's secretary-general, Fikile Mbalula, accused the US", "the war in Ukraine.",
  ("ANC", C, neg, "United States", "governing party under its own name; accusation of bullying"))
U(d, "The Democratic Alliance said the government's closeness to Moscow", "the Lady R's visit.",
  ("Democratic Alliance", C, neg, "South Africa", "opposition judging its own government + call for an inquiry: rule 1; Moscow = metonym (object)"))
U(d, "\"If these claims are true, this government has gambled", "DA leader John Steenhuisen said.",
  ("Democratic Alliance", C, neg, "South Africa", "conditional accusation by the party leader; the Kremlin as object"))
U(d, "The Economic Freedom Fighters' leader, Julius Malema, demanded that Brigety be expelled", "from the country.",
  ("Economic Freedom Fighters", C, neg, "United States", "demand to expel the US envoy = a measure against the other side"))
# "The rand ... fell past R19.50 ..." = narration; the Johannesburg-based analyst (unnamed) = not an actor: no rows.
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov confirmed that Putin had agreed", "find a settlement.",
  ("Russia", T, pos, "", "confirmation + welcome of a peace effort: rule 2 before rule 3 = calling_for_talks; Moscow = place"))
# "Details of the mission's timing have not yet been released." = narration: no row.
