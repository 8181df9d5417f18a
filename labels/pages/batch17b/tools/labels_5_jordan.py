# ------------------------------------------------------------------ Jordan, Prince Hamzah affair (live TV news transcript, 2021-04-04)
d = "page_jordan_hamzah_tvtranscript.txt"
U(d, "Maria, Deputy Prime Minister and Foreign Minister Ayman Safadi told", "country's stability.",
  ("Jordan", C, neg, "Hamzah bin Hussein", "correspondent's report of the government's accusation; the unit starts after the speaker tag; the anchor's name it opens with is kept (the checker wants a sentence boundary)"))
U(d, "He says somewhere between 14 and 16 people are in custody", "under control.",
  ("Jordan", N, neu, "", "figures + reassurance about its own security"))
U(d, "In a video his lawyer passed to the BBC overnight", "foreign-backed group.",
  ("Hamzah bin Hussein", N, neg, "", "denial = neutral, negative tone; the prince speaks for himself, not for Jordan"))
U(d, "He went on to blame the country's governing system", "criticising it.",
  ("Hamzah bin Hussein", C, neg, "Jordan", "accusation of corruption and harassment aimed at the leadership"))
U(d, "His mother, Queen Noor, posted that she was praying", "shown to be false.",
  ("Noor Al Hussein", N, neg, "", "a private person's hope that accusations are disproved = a denial on her son's behalf, no judgement word (unsure: could be condemning)"))
U(d, "Maria, State Department spokesman Ned Price said", "American support.",
  ("United States", S, pos, "Jordan", "support for the King = Jordan"))
U(d, "Saudi Arabia's royal court put out a statement", "Jordan's security.",
  ("Saudi Arabia", S, pos, "Jordan", "full backing"))
U(d, "Egypt's presidency said Cairo stood in solidarity", "its leadership.",
  ("Egypt", S, pos, "Jordan", "solidarity"))
U(d, "Kuwait, Qatar and Bahrain issued similar statements", "for the King.",
  ("Kuwait", S, pos, "Jordan", "list of states: one row each"),
  ("Qatar", S, pos, "Jordan", "same list"),
  ("Bahrain", S, pos, "Jordan", "same list"))
U(d, "And the Arab League's Secretary General Ahmed Aboul Gheit", "Jordan's stability.",
  ("Arab League", S, pos, "Jordan", "backing of measures"))
U(d, "The authorities owe Jordanians a much fuller account", "the evidence.",
  ("Karim Nasser", T, neg, "Jordan", "invented named analyst = independent person; demand for an explanation = calling_for_talks (batch5c), negative tone"))
