# ------------------------------------------------------------------ Putin's visit to Mongolia despite the ICC warrant (live blog, scraped, 2024-09-03)
d = "page_putin_mongolia_liveblog.txt"
# Never statements here: site menu, LIVE badge, headline, standfirst, editors, timestamps and entry headings,
# share bar, "Key events", "What we know so far" bullets, image captions ("1 of 3", credits), ADVERTISEMENT,
# "Related:", "Show earlier updates", topics, comments notice, most viewed, footer.
# 21:05 "That's all from us" entry: editors' sign-off, no row.
# "At the State Department's daily briefing in Washington, spokesperson Matthew Miller was asked about the visit." : narration, no row.
U(d, "Miller said Washington was aware how little room a country wedged between Russia and China",
  "honour its international commitments.",
  ("United States", T, neu, "Mongolia", "understanding + expectation that Ulaanbaatar (metonym) honour its commitments: an appeal to one side with no judgement word (unsure: could be neutral)"))
U(d, "He added that the Kremlin leader should not be handed a stage abroad", "invasion of Ukraine.",
  ("United States", C, neg, "Russia", "'He' = Miller; 'the Kremlin leader' = Putin as object; 'his invasion' = judgement of Russia"))
U(d, "Miller also said the United States would go on supporting Mongolia as a partner.",
  "Miller also said the United States would go on supporting Mongolia as a partner.",
  ("United States", S, pos, "Mongolia", "same speaker, third stance: support for Mongolia"))
# "The United States is not a party to the Rome Statute ..." : the outlet's background, no row.
# "The European Union has now put out its reaction." : summary line, no row.
U(d, "In a statement issued in Brussels, the bloc said it deplored the fact", "wants him arrested.",
  ("European Union", C, neg, "Mongolia", "'the bloc' = EU by context; 'deplored' the Mongolian authorities' failure = judgement; Brussels = place"))
U(d, "Peter Stano, the EU's foreign affairs spokesperson, added that the bloc stood behind", "help the judges do their work.",
  ("European Union", S, pos, "International Criminal Court", "backing for the court's investigation + wish that all its members help the judges = support for the court"))
# 16:45 Khalkhin Gol entry: narration (laying flowers), no position -> no row.
# "Kyiv has reacted furiously." : summary line, no row.
U(d, "Foreign ministry spokesman Heorhiy Tykhyi said that by letting Putin leave freely,", "he is accused of.",
  ("Ukraine", C, neg, "Mongolia", "Tykhyi = Ukraine (name files); 'complicit' = judgement"))
U(d, "\"Ulaanbaatar will have to answer for this,", "he wrote on X.",
  ("Ukraine", C, neg, "Mongolia", "quote closed by 'he wrote on X' (= Tykhyi); threat of consequences; Ulaanbaatar = metonym"))
U(d, "Prosecutor General Andriy Kostin went further,", "Kremlin pageantry.",
  ("Ukraine", C, neg, "Mongolia", "Kostin = Ukraine (name files); judgement of the Mongolian authorities"))
# "Foreign Minister Sergei Lavrov, who is travelling with Putin, was asked about the criticism ..." : narration, no row.
U(d, "He said those who objected to two wartime allies marking a shared victory", "their own record.",
  ("Russia", C, neg, "", "'He' = Lavrov; reproach of unnamed critics = judgement, target empty"))
# "A Mongolian government spokesman has explained why Ulaanbaatar did not act on the warrant." : summary line, no row.
U(d, "Speaking to the news site Politico, the spokesman said the country could not afford", "come from its two neighbours.",
  ("Mongolia", N, neu, "", "unnamed spokesman of a named government = Mongolia; explanation with figures; Politico (outlet) is not an actor"))
U(d, "He added that Ulaanbaatar did not take sides in other countries' conflicts,", "as its past statements showed.",
  ("Mongolia", N, neu, "", "'He' = the spokesman; its own neutrality stated = neutral"))
# "Analysts in the capital point out ..." : not actors, no row.
U(d, "Russia and Mongolia signed agreements on the supply of aviation fuel", "the Kremlin said.",
  ("Russia", N, neu, "", "agreements reported by the Kremlin (attribution tail): facts"),
  ("Mongolia", N, neu, "", "same act, Mongolia a party to the signed agreements (a specific act reported as done)"))
# "There was no word on the Power of Siberia 2 gas pipeline ..." : narration, no row.
# "Putin and Khurelsukh have held talks at the Government Palace ..." : narration of a meeting, no row.
U(d, "Putin thanked his host for what he called Mongolia's balanced stance", "many international questions.",
  ("Russia", S, pos, "Mongolia", "thanks and praise = supporting"))
U(d, "Khurelsukh, for his part, said Mongolia valued its strategic partnership with Moscow", "energy, transport and education.",
  ("Mongolia", S, pos, "Russia", "praise of the partnership with Moscow (metonym) + wish to widen cooperation"))
U(d, "According to Russian news agencies, Putin also invited Khurelsukh to the BRICS summit", "in October.",
  ("Russia", T, pos, "Mongolia", "invitation to a summit Russia hosts = the host convening a meeting (labels README); the agencies are not actors (unsure: could be neutral)"))
U(d, "Yuri Ushakov, Putin's foreign policy aide, told reporters before the talks", "raised no concerns.",
  ("Russia", N, neu, "", "Ushakov = Russia (name files); 'not on the agenda' + no concerns raised = facts; the hosts' silence is reported by him, not a Mongolian position"))
# 03:30 entry: ceremony narration; the woman behind the barriers and the student are unnamed residents, no rows.
# "A reminder of where things stood before Putin arrived." : editors' line, no row.
U(d, "Fadi El Abdallah, the ICC spokesman, said last week", "assembly of member states.",
  ("International Criminal Court", N, neu, "", "states' duty and the referral procedure stated, no judgement of Mongolia and no appeal = neutral"))
U(d, "Amnesty International's Mongolia director, Altantuya Batdorj, said beforehand", "hand him to The Hague.",
  ("Amnesty International", C, neg, "Russia", "demand to arrest and surrender Putin = punitive demand against the accused (condemning, like a call for sanctions); target = Russia (Putin)"))
U(d, "Human Rights Watch said Mongolia's leaders would be turning their backs", "without an arrest.",
  ("Human Rights Watch", C, neg, "Mongolia", "conditional judgement of Mongolia's leaders (unsure: conditional)"))
U(d, "Ukraine's foreign ministry had urged Ulaanbaatar on Friday to carry out the warrant", "in The Hague.",
  ("Ukraine", C, neg, "Russia", "demand that Putin be arrested and handed over = punitive demand (as Amnesty's), addressed to Ulaanbaatar (metonym)"))
# "The Kremlin, for its part, said it had no worries." : summary line before the specific statement, no row.
U(d, "Spokesman Dmitry Peskov said every detail of the trip had been worked out", "friendly partners in Ulaanbaatar.",
  ("Russia", N, pos, "", "reassurance about its own arrangements = neutral, positive tone"))
# Mon 2 Sep entries: the protest (unnamed protesters and organisers) and the landing, narration, no rows.
