# ------------------------------------------------------------------ Iran's detention and release of ten US Navy sailors (international wire, 2016-01-14)
d = "page_iran_navy_sailors_wire.txt"
# No rows: menu, section, headline, byline, published/updated, read time, photo captions ("1 of 4", credits),
# ADVERTISEMENT, capitals crossheads (TALKS, NOT THREATS / REPUBLICANS CRY FOUL / REGION WATCHES), Related:,
# reporting credits, Trust Principles, topics, newsletter prompt, MOST READ, copyright.
U(d, "Iran on Wednesday freed the ten U.S. Navy sailors", "in hours rather than days.",
  ("Iran", N, neu, "", "dateline excluded; long lead: the release + the Guards' account (entry by accident) = own act and facts, neutral"),
  ("United States", S, pos, "Iran", "Kerry's thanks to 'Tehran' (metonym) inside the same lead = supporting; two actors, two rows"))
# "The nine men and one woman left Farsi Island ..." = narration (no row).
U(d, "In a statement read on state television, the Guards said", "they had apologised.",
  ("Iran", N, neu, "", "the Guards = Iran (name files); own account of why they were released; state television is not an actor"))
U(d, "Rear Admiral Ali Fadavi, commander of the Guards' naval forces", "hostile intent.",
  ("Iran", N, neu, "", "findings of the questioning, no judgement (clears the crews)"))
U(d, "He also said American helicopters and a carrier group", "the rules of the sea.",
  ("Iran", C, neg, "United States", "'He' = Fadavi; 'reckless and a breach' = judgement of US forces"))
# "The armed forces chief of staff, Major General Hassan Firouzabadi, struck a harder note." = lead-in (no row).
U(d, "He said the episode should serve as a lesson to hawks", "in exactly the same way.",
  ("Iran", C, neg, "United States", "warning to Congress hawks + threat to repeat = condemning (a threatened response)"))
# Footage paragraph: narration; "a man identified as the boats' commander" = unnamed speaker under duress (no row).
U(d, "A U.S. defense official said the Navy had not yet been able to confirm", "given freely.",
  ("United States", N, neu, "", "unnamed official of a named government; a fact about what is not yet known, no judgement"))
U(d, "Foreign Minister Mohammad Javad Zarif wrote on Twitter", "draw the lesson.",
  ("Iran", T, pos, "", "leader on social media; praise of calm talk and respect as the way forward, addressed to both sides = calling_for_talks"))
U(d, "According to a senior State Department official, Zarif had assured Kerry", "sent on their way promptly.",
  ("Iran", N, pos, "", "Iran's reassurance reported inside a US official's sentence = Iran's statement; the official only reports (no US row)"))
U(d, "Kerry, speaking at the National Defense University in Washington on Wednesday", "grown into a crisis.",
  ("United States", N, pos, "", "credit to one's own diplomacy = self-praise, neutral with a positive tone; Washington = place"))
U(d, "\"Had this happened before we had a working channel to Tehran", "he said.",
  ("United States", N, pos, "", "quote closed by 'he said' (= Kerry); same self-assessment"))
U(d, "The same senior official rejected Iranian assertions that Washington had said sorry.", "had said sorry.",
  ("United States", N, neg, "", "denial = neutral, negative tone"))
U(d, "\"There was no apology to the government of Iran", "the official told reporters.",
  ("United States", N, neg, "", "multi-sentence quote closed by its speaker; 'That claim is false' = denial, neutral"))
U(d, "Defense Secretary Ash Carter said in a statement that the Navy would investigate", "in Iranian waters.",
  ("United States", N, neu, "", "own procedure (inquiry), no judgement"))
U(d, "He thanked Kerry for his work to bring the sailors home.", "bring the sailors home.",
  ("United States", N, pos, "", "praise inside one's own government (target would equal the actor) = neutral, positive"))
U(d, "The Pentagon said there was no sign that the sailors had been harmed", "still being checked.",
  ("United States", N, neu, "", "facts from the Pentagon and a Navy spokesman"))
U(d, "White House spokesman Josh Earnest told reporters on Wednesday that the administration found", "should be treated.",
  ("United States", C, neg, "Iran", "'deeply regrettable' aimed at Iran's filming = judgement"))
U(d, "Earnest said sanctions relief promised to Iran under the deal", "on that timetable.",
  ("United States", N, neu, "", "'sanctions' as a topic: procedure and timetable of the deal, no position against Iran"))
U(d, "Senator John McCain, the Arizona Republican", "captured servicemen.",
  ("United States", C, neg, "Iran", "a senator resolves to his state (McCain is an alias of United States in the name files); welcome of the return + judgement (propaganda stunt, abuse) of Tehran: rule 1"))
U(d, "Jeb Bush, campaigning in New Hampshire for the Republican presidential nomination", "an embarrassment.",
  ("Jeb Bush", C, neg, "United States", "a candidate holding no office = independent person; judgement of his own government's policy"))
U(d, "\"We thanked them for taking our sailors hostage.", "supporters in Nashua.",
  ("Jeb Bush", C, neg, "United States", "multi-sentence quote closed by 'he told supporters'; aimed at the administration (Iran's 'hostage' taking is the object)"))
U(d, "In Tehran, the foreign ministry spokesman, Hossein Jaberi Ansari, rejected reports", "pray and sleep.",
  ("Iran", N, neg, "", "denial of mistreatment = neutral, negative; Tehran = place"))
U(d, "Saudi Foreign Minister Adel al-Jubeir, whose government broke off relations", "could accept.",
  ("Saudi Arabia", C, neg, "Iran", "'a pattern ... no state could accept' = judgement without stock words; the embassy storming is background"))
U(d, "At the United Nations, a spokesman for Secretary-General Ban Ki-moon said Ban was glad", "nuclear agreement.",
  ("United Nations", T, pos, "", "welcome + hope that the spirit continues, no judgement: rule 2 before rule 3"))
U(d, "The European Union's foreign policy chief, Federica Mogherini", "on Wednesday.",
  ("European Union", S, pos, "Iran", "welcome of the release (Iran's act) = supporting; Vienna = place"))
# "Analysts said the episode showed ..." = unnamed analysts, summary line (no row).
U(d, "\"Ten years ago this would have been a hostage crisis lasting weeks,\" said Farzaneh Karimi", "foreign-policy institute.",
  ("Farzaneh Karimi", N, neu, "", "independent researcher under her own name; comparison, no judgement"))
U(d, "\"The Guards wanted pictures and they got them.", "why it ended so fast.\"",
  ("Farzaneh Karimi", N, neu, "", "quote continued after its attribution = own unit, same speaker; reading of interests in Tehran"))
U(d, "Karimi said the risk lay in what came next", "picked up a phone.",
  ("Farzaneh Karimi", N, neg, "", "risk scenario ('sanctions vote', 'missile test' as topics), no judgement, no appeal"))
U(d, "Daniel Pruett, a retired U.S. Navy captain", "an Iranian approach.",
  ("Daniel Pruett", N, neu, "", "former officer speaking as an independent person; questions the inquiry will face, no judgement"))
# "Pruett had no doubts about the footage." = lead-in (no row).
U(d, "\"Filming men on their knees and putting it on television", "he said.",
  ("Daniel Pruett", C, neg, "Iran", "'breaks every norm' + 'knew exactly what they were doing' = judgement of the Guards (= Iran)"))
U(d, "He said the two navies should set up a direct line", "phone numbers.",
  ("Daniel Pruett", T, neu, "", "appeal for a hotline between both navies = calling_for_talks; addressed to both -> target empty; Washington and Moscow = Cold War example"))
U(d, "The sailors were flown to a U.S. base in the Gulf", "the Navy said.",
  ("United States", N, neu, "", "attribution tail; facts given by the Navy"))
# "Their names have not been released." = narration (no row).
