# ------------------------------------------------------------------ Kyrgyzstan denounces the 1993 US assistance agreement after the Askarov award (state news agency, 2015-07-21)
d = "page_kyrgyzstan_askarov_award2015_stateagency.txt"
# Not statements: agency masthead, menu, breadcrumb, headline, time stamp/views, [Photo] caption with credit, ADVERTISEMENT,
# crossheads in capitals (the Atambayev crosshead carries a quote: a headline, no row), Related:, tags, share bar, most read, copyright.
U(d, "The Prime Minister of the Kyrgyz Republic Temir Sariyev today signed", "the press service of the Government reported.",
  ("Kyrgyzstan", C, neg, "United States", "dateline 'BISHKEK, July 21 (Ala-Too Inform) - ' excluded; tearing up a treaty in protest = a measure against the other side (condemning)"))
U(d, "Under the resolution, the Ministry of Foreign Affairs", "from August 20, 2015.",
  ("Kyrgyzstan", N, neu, "", "procedure and date of the denunciation, no evaluation"))
U(d, "The decision comes after the Department of State", "in the south of the country.",
  ("United States", S, pos, "", "the award itself is a specific act of backing reported as done (Askarov is a person, not a canonical actor -> target empty); the clause about his sentence is the agency's background"))
U(d, "Addressing members of the Government at a meeting in the White House", "to leave them unanswered.",
  ("Kyrgyzstan", C, neg, "United States", "'the Head of Government' = Sariyev; 'White House' = the Bishkek government building; reported clause: Washington ignored the objections = judgement without stock words"))
U(d, "\"We value the assistance that the American people", "Temir Sariyev said.",
  ("Kyrgyzstan", C, neg, "United States", "multi-sentence quote closed by the speaker; praise and open door, but 'not the act of a friend' is a judgement -> rule 1"))
U(d, "The Prime Minister instructed the Ministry of Foreign Affairs, the Ministry of Economy", "is interrupted.",
  ("Kyrgyzstan", N, neu, "", "internal instructions = plans"))
U(d, "On July 17, the Ministry of Foreign Affairs of the Kyrgyz Republic handed a note of protest", "in Bishkek.",
  ("Kyrgyzstan", C, neg, "United States", "a note of protest handed over = an act of protest"))
U(d, "In the note, the Kyrgyz side stated that the choice made by the State Department", "the ministry said.",
  ("Kyrgyzstan", C, neg, "United States", "'the Kyrgyz side' (state-media register); judgement of the State Department's choice, attribution tail"))
U(d, "Minister of Foreign Affairs of the Kyrgyz Republic Erlan Abdyldaev, in remarks carried", "trying to close.",
  ("Kyrgyzstan", C, neg, "United States", "second-hand attribution (ministry press service); says the prize is presented as one thing but reopens wounds = judgement without stock words (target implied by the award)"))
U(d, "Abdyldaev added that Bishkek remained ready to walk any foreign partner", "court materials in full.",
  ("Kyrgyzstan", T, pos, "United States", "surname only; offer to explain the case and host US specialists = an offer of dialogue"))
# "The President of the Kyrgyz Republic Almazbek Atambayev, answering questions ... spoke at length about relations with Washington." = narration of what he did, no position, no row.
U(d, "According to the Head of State, the Kyrgyz Republic has no intention of quarrelling", "see a common interest.",
  ("Kyrgyzstan", N, pos, "United States", "'the Head of State' = Atambayev; reassurance about own conduct = neutral, positive tone"))
U(d, "\"For five years we have been rebuilding peace between Kyrgyz and Uzbeks", "Almazbek Atambayev said.",
  ("Kyrgyzstan", C, neg, "United States", "'a foreign ministry' = the State Department by context; judgement + refusal of 'lessons'"))
U(d, "\"The 1993 agreement was signed when our republic was two years old", "the President continued.",
  ("Kyrgyzstan", N, neu, "", "speaker carried into a new paragraph; account of the agreement's terms, no judgement of an actor"))
U(d, "He expressed the hope that a new and more balanced framework", "in due course.",
  ("Kyrgyzstan", T, pos, "United States", "hope for a new agreement = calling_for_talks"))
U(d, "The Toraga (Speaker) of the Jogorku Kenesh of the Kyrgyz Republic Asylbek Jeenbekov said", "the Government's decision.",
  ("Kyrgyzstan", S, pos, "", "parliament speaker = Kyrgyzstan; backing of its own government's decision (target would equal actor -> empty)"))
# "A number of deputies from different factions went further ..." = unnamed deputies, no actor, no row.
U(d, "A spokesman for the State Department, John Kirby, told a briefing", "programmes already under way.",
  ("United States", C, neg, "Kyrgyzstan", "spokesman named by role first; 'regretted the Kyrgyz government's move' = a judgement of the act (guide: 'regrettable'); studying effects is procedure"))
U(d, "The spokesman said programmes in health, education and job creation", "could be affected.",
  ("United States", N, neg, "", "'the spokesman' = Kirby; consequences stated, no threat of a US response"))
U(d, "\"We have never hidden that our view of Mr. Askarov's case differs", "Kirby said.",
  ("United States", T, neu, "Kyrgyzstan", "disagreement stated without a judgement + preference to talk it through = calling_for_talks"))
U(d, "The Embassy of the United States in Bishkek said in a statement that the award recognised", "Jalal-Abad region.",
  ("United States", S, pos, "", "praise of Askarov's work (a person, not an actor) -> target empty"))
U(d, "The Ministry of Foreign Affairs of the Russian Federation, in a commentary quoted", "had no say.",
  ("Russia", S, neu, "Kyrgyzstan", "backing of Bishkek's right to decide = support"))
U(d, "It accused Washington of turning human rights prizes into a lever", "follow its line.",
  ("Russia", C, neg, "United States", "'It' = the Russian ministry; accusation"))
U(d, "Human Rights Watch, which has long campaigned for Askarov's release, said", "reopening a flawed case.",
  ("Human Rights Watch", C, neg, "Kyrgyzstan", "judgement of the authorities' response and of the case"))
U(d, "The Ministry of Foreign Affairs of the Kyrgyz Republic dismissed that assessment", "international observers.",
  ("Kyrgyzstan", N, neg, "", "denial of the criticism = neutral, negative tone"))
U(d, "The OSCE Centre in Bishkek said it was following the developments", "through dialogue.",
  ("OSCE", T, neu, "", "monitoring + hope for dialogue between the two = calling_for_talks, both sides -> target empty"))
U(d, "A spokesperson for the European External Action Service said", "civil society in Kyrgyzstan.",
  ("European Union", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "Political scientist Marat Toktosunov, director of the Bishkek Centre", "through other channels.",
  ("Marat Toktosunov", N, neu, "", "invented independent analyst; assessment without evaluation of an actor"))
U(d, "Toktosunov said both capitals had misjudged the moment", "rather than a diplomatic note.",
  ("Marat Toktosunov", C, neg, "", "judgement of both sides (capitals as metonyms) -> target empty"))
U(d, "In Bazar-Korgon, where Askarov lived before his arrest, Kadyrbek Ismailov", "into a contest.",
  ("Kadyrbek Ismailov", T, neg, "", "invented community elder (independent voice); hope for calm addressed to both = calling_for_talks"))
