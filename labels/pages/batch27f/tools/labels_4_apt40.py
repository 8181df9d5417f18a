# ------------------------------------------------------------------ New Zealand's APT40 attribution, UK/US APT31 measures (Chinese MFA regular press conference, 2024-03-26)
d = "page_apt40_parliament_hack2024_mfapresser.txt"
# Not statements: ministry banner, breadcrumb, title, date line, outlet labels, "Print | Close", copyright and address.
# Reporters' questions are never the spokesperson's statements; a question that reports another actor's position
# or act gives that actor's row (guide: a position of X reported by Y is X's statement). Bare questions get no row.
U(d, "At the invitation of Premier Li Qiang, Prime Minister of the Netherlands Mark Rutte", "March 27 to 28.",
  ("China", N, neu, "", "announcement of a visit = neutral"))
U(d, "During the visit, President Xi Jinping will meet with Prime Minister Rutte", "talks with him.",
  ("China", N, neu, "", "programme of the visit"))
U(d, "China stands ready to work with the Dutch side", "on a steady course.",
  ("China", N, pos, "", "readiness for cooperation with no dispute in view = plans, positive tone (not a peace appeal)"))
U(d, "New Zealand's minister responsible for the Government Communications Security Bureau, Judith Collins", "the Parliamentary Service.",
  ("New Zealand", C, neg, "China", "'Reuters: ' excluded; the attribution of the hack to a Chinese state-sponsored group, reported in the question = New Zealand's accusation"))
U(d, "China firmly opposes the accusation New Zealand has made", "with the New Zealand side.",
  ("China", C, neg, "New Zealand", "'Lin Jian: ' excluded; opposition to the accusation + démarches = judgement of New Zealand (more than a bare denial)"))
U(d, "China is itself one of the main victims of cyberattacks", "in accordance with the law.",
  ("China", N, neg, "", "self-description and reassurance about own conduct"))
U(d, "Tracing a cyber incident to its source is a complex technical matter", "rather than on guesswork.",
  ("China", N, neg, "", "general principle, no actor named (unsure: 'guesswork' implies a jab at New Zealand)"))
U(d, "We urge the country concerned to stop using cybersecurity as a tool to smear China.", "to smear China.",
  ("China", C, neg, "New Zealand", "speaker carried across a paragraph break ('Lin Jian: ' again); 'the country concerned' = New Zealand by context; 'smear' = judgement (rule 1 over the appeal)"))
U(d, "New Zealand's Foreign Minister Winston Peters said officials had called in the Chinese ambassador", "not acceptable.",
  ("New Zealand", C, neg, "China", "'AFP: ' excluded; ambassador called in + 'not acceptable', reported in the question"))
# "I will not speculate on that." / "China's position has been made very clear." = non-answers, no row.
U(d, "We hope New Zealand will view China-New Zealand relations from a long-term perspective", "on a sound footing.",
  ("China", T, pos, "New Zealand", "hope for a sound relationship after a row = calling_for_talks"))
U(d, "The UK on Monday imposed sanctions on a company and two individuals", "summoned the Chinese ambassador.",
  ("United Kingdom", C, neg, "China", "'Bloomberg: ' excluded; sanctions + summons reported as done = measures (condemning)"))
U(d, "The US Justice Department has charged seven Chinese nationals.", "seven Chinese nationals.",
  ("United States", C, neg, "", "indictments = a measure; aimed at individuals, not the state -> target empty"))
U(d, "The so-called APT31 allegations made by the UK have no factual basis whatsoever", "with the British side.",
  ("China", C, neg, "United Kingdom", "denial + 'solemn representations' (protest) = judgement of the UK, not a bare denial"))
U(d, "We urge London to drop its politicised handling", "a rational view of China.",
  ("China", C, neg, "United Kingdom", "appeal joined to a judgement ('politicised'): rule 1"))
U(d, "As for the US indictments, they are another example of Washington abusing", "lawful rights.",
  ("China", C, neg, "United States", "judgement ('abusing its legal system') + threatened measures"))
U(d, "Australia's Foreign Minister Penny Wong said Canberra shared the UK's serious concerns", "responsibly in cyberspace.",
  ("Australia", C, neg, "China", "'ABC: ' excluded; 'malicious cyber activity by Chinese state-backed actors' = judgement, with an appeal: rule 1"))
U(d, "We have noted that certain countries have echoed these claims", "facts of their own.",
  ("China", C, neg, "", "judgement of 'certain countries' (Australia and others) -> target empty"))
U(d, "Foreign Minister Wang Yi was in Canberra and Wellington only last week", "handled through dialogue.",
  ("China", T, pos, "", "agreement that differences be handled through dialogue"),
  ("Australia", T, pos, "China", "the same agreement reported by China's spokesperson gives Australia's position"),
  ("New Zealand", T, pos, "China", "the same agreement reported by China's spokesperson gives New Zealand's position"))
U(d, "China stands ready to continue communication with Australia and New Zealand", "mutual respect.",
  ("China", T, pos, "", "offer of continued communication with two states = calling_for_talks; target empty"))
U(d, "Hannah Keogh, a cybersecurity researcher at Victoria Bay University", "over two years.",
  ("Hannah Keogh", N, neu, "", "'Radio New Zealand: ' excluded; invented researcher's view reported in the question; assessment, no judgement"))
# "I have answered this question already." = non-answer, no row.
U(d, "Any technical assessment should be open, professional and based on evidence", "such cooperation.",
  ("China", T, neu, "", "offer to cooperate on assessments = calling_for_talks (unsure: could be neutral)"))
U(d, "Marcus Hale, a former British signals intelligence officer", "driven by new findings.",
  ("Marcus Hale", C, neg, "", "'Global Times: ' excluded; invented former officer (independent person); judgement of the several governments' timing -> target empty"))
# "We have noted such views." = no position, no row.
U(d, "They show that more and more people see through the political motives", "these accusations.",
  ("China", C, neg, "", "judgement of the accusers' 'political motives'; several governments -> target empty"))
U(d, "Russia held a national day of mourning on Sunday after the terrorist attack", "near Moscow.",
  ("Russia", N, neg, "", "'Global Times: ' excluded; an act reported in the question (mourning declared), no position on another actor"))
U(d, "China once again expresses its deep condolences for the victims", "bereaved families.",
  ("China", S, neg, "Russia", "condolences = sympathy with Russia (supporting), grieving tone"))
U(d, "China opposes all forms of terrorism and supports the Russian government", "national security and stability.",
  ("China", S, pos, "Russia", "explicit backing of the Russian government"))
U(d, "The Security Council on Monday adopted Resolution 2728 demanding an immediate ceasefire", "month of Ramadan.",
  ("United Nations", T, neg, "", "'Anadolu Agency: ' excluded; Council demand for a ceasefire = calling_for_talks"))
U(d, "The United States abstained and later said the resolution was non-binding.", "was non-binding.",
  ("United States", N, neu, "", "abstention + legal reading, no judgement = neutral"))
U(d, "China welcomes the adoption of the resolution and calls on all parties to implement it", "those who need it.",
  ("China", T, pos, "", "welcome joined to a ceasefire appeal, no judgement: rule 2 before rule 3"))
U(d, "Security Council resolutions are binding, and any claim to the contrary", "the Council's authority.",
  ("China", C, neg, "United States", "judgement without stock words aimed at the US claim named in the question"))
U(d, "Japan's coast guard said four Chinese coast guard ships entered the territorial waters", "again this morning.",
  ("Japan", N, neu, "", "'Kyodo News: ' excluded; facts reported by Japan's coast guard (state agency)"))
U(d, "Diaoyu Dao and its affiliated islands are China's inherent territory.", "inherent territory.",
  ("China", N, neu, "", "sovereignty claim restated, no judgement of an actor"))
U(d, "The patrols of the China Coast Guard in these waters are a lawful exercise", "sovereign rights.",
  ("China", N, neu, "", "own patrols justified = neutral"))
# Last question: "I would refer you to the competent authorities ..." / "The Chinese Embassy ... made China's position known." = non-answers, no row.
