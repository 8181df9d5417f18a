# ------------------------------------------------------------------ Nord Stream pipeline explosions (live blog, full HTML, 2022-09-28)
d = "page_nordstream_leaks_liveblog.html"
# No rows: consent banner, header, nav, LIVE badge, headline, standfirst, editors, last updated, share, caption ("1 of 2"),
# key events, "What we know so far" bullets, timestamps and entry headings, ADVERTISEMENT, Related, show earlier, topics, comments, most viewed, footer.
U(d, "Russian foreign ministry spokeswoman Maria Zakharova said on Telegram that Moscow would ask", "damage to the pipelines.",
  ("Russia", T, neu, "", "asking for a Council meeting = convening talks; Moscow = metonym"))
U(d, "She also pointed to US President Joe Biden's warning in February", "what he had meant by it.",
  ("Russia", C, neg, "United States", "pronoun = Zakharova; insinuation + demand to explain = veiled accusation (rule 1); Biden's February warning is only recalled (no US row)"))
U(d, "Asked about the Russian suggestions, White House press secretary Karine Jean-Pierre said", "was absurd.",
  ("United States", N, neg, "", "denial of involvement = neutral, negative"))
U(d, "\"We are in close touch with our Danish and Swedish partners", "she told reporters.",
  ("United States", S, pos, "", "support for the two states' investigation = supporting; two states -> target empty"))
# No row: "The EU's foreign policy chief, Josep Borrell, has issued a declaration ..." (lead-in: the position is in the next sentences)
U(d, "It says all the information available points to a deliberate act", "firm and collective response.",
  ("European Union", C, neg, "", "'It' = the declaration (EU); warning of a response = threat; no perpetrator named -> target empty"))
U(d, "The bloc would back the investigations under way in Denmark and Sweden", "the declaration adds.",
  ("European Union", S, pos, "", "'the bloc' = EU; backing two states' investigations -> target empty; attribution tail"))
U(d, "Nato secretary general Jens Stoltenberg said after talks in Brussels", "critical infrastructure.",
  ("NATO", S, pos, "", "offer of help to allies = supporting; Bødskov only met (object)"))
U(d, "Bødskov said Denmark had increased its naval and air presence", "close watch.",
  ("Denmark", N, neu, "", "surname only; own defensive measure = neutral"))
U(d, "Norway will raise security at its oil and gas installations", "in recent days.",
  ("Norway", N, neg, "", "attribution placed mid-sentence; own measure = neutral; the drone reports come from unnamed operators"))
# No row: "Norway is now Europe's largest supplier ..." (background)
U(d, "Kremlin spokesman Dmitry Peskov has dismissed as foolish the idea", "a great deal of gas.",
  ("Russia", N, neg, "", "denial that Russia did it = neutral, negative"))
U(d, "\"This is a serious problem for us as well.", "on a conference call.",
  ("Russia", T, neg, "", "multi-sentence quote closed by the speaker; demand for an investigation with no judgement word = calling_for_talks"))
U(d, "Russia's Prosecutor General's Office said it had opened a criminal case", "damage to the pipelines.",
  ("Russia", N, neu, "", "state procedure reported as done = neutral (unsure: the charge's name is 'terrorism' but no one is accused)"))
U(d, "The Danish Energy Agency said more than half of the gas", "gone by Sunday.",
  ("Denmark", N, neu, "", "state agency = Denmark; figures"))
U(d, "Copenhagen has closed a zone of five nautical miles", "to all shipping.",
  ("Denmark", N, neu, "", "Copenhagen = metonym; own measure reported as done"))
U(d, "Swedish police said they had opened a preliminary investigation", "gross sabotage.",
  ("Sweden", N, neu, "", "state police = Sweden; procedure"))
U(d, "Sweden's foreign minister, Ann Linde, said her government was in close contact", "caused the blasts.",
  ("Sweden", N, neu, "", "contacts + declining to speculate = neutral; Denmark, Germany and NATO are objects"))
# No row: "An energy analyst in Oslo told us ..." (unnamed analyst; 'us' = the outlet)
U(d, "Mykhailo Podolyak, an adviser to President Volodymyr Zelensky, wrote", "before the winter.",
  ("Ukraine", C, neg, "Russia", "presidential adviser = Ukraine (name files); accusation; Zelensky is only mentioned"))
U(d, "Polish prime minister Mateusz Morawiecki, speaking on Tuesday at the opening", "in the region.",
  ("Poland", N, neg, "", "assessment that it was deliberate + alarm, no one named and no appeal = neutral, negative (unsure)"))
# No row: "If you are just joining us ..." (the editors' recap line)
U(d, "Danish prime minister Mette Frederiksen said the authorities had concluded", "rather than by accident.",
  ("Denmark", N, neg, "", "assessment of facts, no actor judged = neutral"))
U(d, "She said there was as yet no information on who was behind them", "outside its territorial waters.",
  ("Denmark", N, neu, "", "pronoun = Frederiksen; facts and a clarification = neutral"))
U(d, "Her Swedish counterpart, Magdalena Andersson, told a news conference", "attack on its territory.",
  ("Sweden", N, neg, "", "role then name ('Her Swedish counterpart'); assessment 'probably sabotage' = neutral"))
U(d, "European Commission president Ursula von der Leyen said late on Tuesday", "as forcefully as possible.",
  ("European Union", C, neg, "", "'could not be tolerated' + warning of a forceful answer = threat; no perpetrator named -> target empty; Frederiksen only addressed"))
U(d, "German government spokesman Steffen Hebestreit said the damage had no immediate effect", "very seriously.",
  ("Germany", N, neu, "", "facts on supply + 'taking it seriously' = neutral; Berlin = metonym"))
# No row: "Good morning and welcome to our live coverage ..." (the outlet)
U(d, "Nord Stream AG, the Swiss-based operator of the first pipeline", "might work again.",
  ("Nord Stream AG", N, neg, "", "the operating company under its own name; facts = neutral"))
