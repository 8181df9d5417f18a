# ------------------------------------------------------------------ Oval Office clash and Europe's response (European English-language news site, full HTML, 2025-03-02)
d = "page_ovaloffice_clash_eusite.html"
# No rows: consent bar, edition strip, brand/tagline, nav, LATEST ticker, breadcrumbs, headline, standfirst, byline/time/
# read time, share bar, figcaptions (credits, "N of 3"), crossheads, ADVERTISEMENT, "Related:" links, credits, tags,
# newsletter prompt, comments, most read, footer.
U(d, "Britain's Prime Minister Keir Starmer told a summit of European leaders in London on Sunday", "flown to Washington to sign.",
  ("United Kingdom", S, pos, "Ukraine", "long lead: offer of troops and aircraft behind a peace deal = supporting Ukraine; the Oval Office row is narrated in the subordinate clause (Trump, Vance: no rows here, their words follow)"))
# "The meeting at Lancaster House ... turned into a show of support" = summary/narration: no row.
# "The White House meeting had been cordial ..." = narration: no row.
U(d, "It broke down after Vance told Zelensky it was disrespectful of him", "thanking the president instead.",
  ("United States", C, neg, "Ukraine", "surname only: Vance (alias of the US in the name files); 'disrespectful' = judgement of Zelensky"))
U(d, "Trump then accused the Ukrainian leader of risking a third world war", "unless he agreed to a deal.",
  ("United States", C, neg, "Ukraine", "accusation + ultimatum (threat to pull out)"))
U(d, "Zelensky had argued that Vladimir Putin had broken the ceasefire", "without guarantees.",
  ("Ukraine", C, neg, "Russia", "accusation of Putin's broken promises; Putin as object, not speaker"))
# "The Ukrainian delegation was asked to leave ..." = passive narration: no row.
U(d, "In a post on his Truth Social platform hours later, Trump said Zelensky had behaved disgracefully", "until he changed course.",
  ("United States", C, neg, "Ukraine", "'disgracefully' + a closed door = judgement and refusal"))
U(d, "Secretary of State Marco Rubio said in a television interview the same night", "into a fiasco.",
  ("United States", C, neg, "Ukraine", "demand for an apology + 'fiasco' = judgement"))
# "Zelensky did not give one." = narration by the outlet: no row.
U(d, "Interviewed by Fox News before leaving Washington, he said he respected the president", "called for an apology.",
  ("Ukraine", N, neg, "", "respect + refusal to apologise = denial of wrongdoing = neutral, negative; Fox News is the interviewer"))
U(d, "Later that night, he thanked Americans on X for everything they had done", "since the full-scale invasion.",
  ("Ukraine", S, pos, "United States", "thanks = supporting (praise of an actor's help)"))
U(d, "Arriving in London on Saturday, he said Kyiv still wanted a just and lasting peace", "sign the minerals agreement.",
  ("Ukraine", T, pos, "", "peace wish + readiness to sign = calling_for_talks; Kyiv = metonym"))
# "Within an hour of the clash, messages of support ... from capitals across Europe." = summary line: no row.
U(d, "French President Emmanuel Macron, speaking on a visit to Portugal, said nobody should lose sight", "remained so.",
  ("France", C, neg, "Russia", "Russia implied as the attacker + sanctions on Moscow endorsed: judgement decides over the backing of Kyiv (rule 1); Portugal = place"))
U(d, "Polish Prime Minister Donald Tusk wrote to Zelensky and to Ukrainians on X", "had not abandoned them.",
  ("Poland", S, pos, "Ukraine", "solidarity"))
U(d, "Germany's outgoing chancellor, Olaf Scholz, said Ukraine could count on Germany", "and on Europe.",
  ("Germany", S, pos, "Ukraine", "backing"))
U(d, "Friedrich Merz, whose Christian Democrats won last week's election", "whatever happened in Washington.",
  ("Christian Democratic Union", S, pos, "Ukraine", "not yet chancellor on this date: speaks for his party, not for Germany; Merz not declared as an alias"))
U(d, "Commission President Ursula von der Leyen and European Council President António Costa praised", "for a just peace.",
  ("European Union", S, pos, "Ukraine", "joint message of two EU presidents = one EU row; praise + continued work = supporting"))
U(d, "The bloc's foreign policy chief, Kaja Kallas, went further:", "not less.\"",
  ("European Union", S, pos, "Ukraine", "quote opened after a colon; 'do more for Ukraine' = supporting; the jab at leaders who do not lead names no one and has no judgement word (unsure: could be read as condemning the US)"))
U(d, "Spain's Prime Minister Pedro Sánchez and the leaders of the three Baltic states", "backing Kyiv.",
  ("Spain", S, pos, "Ukraine", "list: one row per state"),
  ("Estonia", S, pos, "Ukraine", "'the three Baltic states' resolved by context"),
  ("Latvia", S, pos, "Ukraine", "same"),
  ("Lithuania", S, pos, "Ukraine", "same"))
U(d, "Hungary's Viktor Orbán was the exception, praising Trump on X for his courage.", "for his courage.",
  ("Hungary", S, pos, "United States", "praise of Trump = supporting the US"))
U(d, "Slovakia's Prime Minister Robert Fico said on Saturday that his government would not pay", "immediate ceasefire.",
  ("Slovakia", T, neg, "", "refusal of aid with no judgement word + a ceasefire appeal = calling_for_talks (unsure: the refusal could be read as neutral)"))
U(d, "Italian Prime Minister Giorgia Meloni, who has close ties to Trump, proposed an urgent summit", "help the West's rivals.",
  ("Italy", T, neg, "", "proposal of a summit + warning against division = calling_for_talks"))
U(d, "NATO Secretary General Mark Rutte told the BBC that Zelensky had to find a way", "the American president.",
  ("NATO", T, neu, "Ukraine", "appeal to one party to repair relations = calling_for_talks, target the party addressed"))
U(d, "In Moscow, the deputy chairman of Russia's Security Council, Dmitry Medvedev, wrote on Telegram", "he deserved.",
  ("Russia", C, neg, "Ukraine", "role then name; mockery = negative judgement; Moscow = place"))
U(d, "The foreign ministry's spokeswoman, Maria Zakharova, said the Ukrainian leader had lied", "first months of the war.",
  ("Russia", C, neg, "Ukraine", "accusation of lying"))
U(d, "Kremlin spokesman Dmitry Peskov said on Sunday that the new US administration's foreign policy", "view of the world.",
  ("Russia", S, pos, "United States", "approval of the US line = supporting (unsure: could be read as a neutral assessment)"))
# "Eighteen leaders and officials took part in Sunday's talks, among them ..." = participant list, no positions: no rows.
U(d, "Afterwards, Starmer told reporters that the leaders had settled on four steps", "ready to guarantee it.",
  ("United Kingdom", S, pos, "Ukraine", "the host reporting the summit's agreement: aid, pressure on Russia, Ukraine at the table = supporting (unsure: one row for the host; the other participants are not named in the sentence)"))
U(d, "\"A peace that nobody is prepared to defend will not last a season.", "Starmer said.",
  ("United Kingdom", S, pos, "Ukraine", "multi-sentence quote closed by its speaker = one unit; offer to defend a peace = supporting"))
U(d, "Britain signed a £2.26 billion loan to Kyiv on Saturday", "made in Belfast.",
  ("United Kingdom", S, neu, "Ukraine", "aid by act (loan, export finance) = supporting; factual tone"))
U(d, "Starmer said he believed Trump genuinely wanted a lasting peace", "American backing to work.",
  ("United Kingdom", S, pos, "United States", "trust in Trump's intentions + need for US backing = supporting the US (unsure: the second half is an appeal)"))
U(d, "Flying home, Macron told Le Figaro that France and Britain were proposing a one-month truce", "Moscow's good faith.",
  ("France", T, neu, "", "proposed truce = calling_for_talks"),
  ("United Kingdom", T, neu, "", "Britain's position reported by Macron = a UK statement too (guide: a position of X reported by Y is X's)"))
# "Diplomats in Brussels said ..." = unnamed: no row. The nurse from Kharkiv (unnamed resident) = not an actor: no row.
# "EU leaders will meet in Brussels on Thursday ..." = announced meeting in narration: no row.
