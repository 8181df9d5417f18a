# ------------------------------------------------------------------ Kerch bridge blast and Russia's strikes (full HTML, 2022-10-10)
d = "page_ukraine_kerch_webpage.html"
U(d, "President Vladimir Putin said the barrage was Moscow's answer", "matching severity.",
  ("Russia", C, neg, "Ukraine", "accusation of 'Ukrainian terrorism' + threat of a response: condemning"))
U(d, "Opening a session of his Security Council on television", "communications facilities.",
  ("Russia", N, neu, "", "own strikes reported as done, no judgement in the sentence"))
U(d, "\"The Kyiv regime has put itself on a level", "Putin said.",
  ("Russia", C, neg, "Ukraine", "multi-sentence quote closed by its speaker; 'Kyiv regime' = Ukraine"))
U(d, "Russian investigators said three people had been killed.", "had been killed.",
  ("Russia", N, neu, "", "toll given by a state body (investigators) without blame"))
U(d, "On Sunday, Alexander Bastrykin, head of Russia's Investigative Committee", "foreign citizens.",
  ("Russia", C, neg, "Ukraine", "accusation by a state agency head; Putin is only addressed"))
U(d, "Mykhailo Podolyak, an adviser to the Ukrainian president, wrote", "would have to be returned.",
  ("Ukraine", C, neg, "Russia", "presidential adviser speaks for Ukraine; 'everything Russia had taken' = judgement of occupation (implicit, no claim of the blast)"))
U(d, "President Volodymyr Zelensky, recording a video", "from the map.",
  ("Ukraine", C, neg, "Russia", "accusation by describing the attacks' aim"))
U(d, "\"They want panic and chaos.", "conversation he had with partners.",
  ("Ukraine", C, neg, "Russia", "multi-sentence quote + 'adding that' tail (request for air defence) in one unit; defiance 'neither fear nor surrender' + accusation"))
U(d, "Zelensky said he had agreed with German Chancellor Olaf Scholz", "at which he would speak.",
  ("Ukraine", N, neu, "", "unsure: convening a meeting of allies (not a negotiating format between the parties) = plan, neutral; Scholz only mentioned here"))
U(d, "Scholz assured Zelensky of Germany's full solidarity", "a government spokesman in Berlin said.",
  ("Germany", S, pos, "Ukraine", "attribution tail; Berlin = place; solidarity + help for repairs; Germany (not G7): the pledge is Germany's"))
U(d, "Ukraine's commander-in-chief, General Valeriy Zaluzhnyi, said", "43 of the missiles.",
  ("Ukraine", N, neu, "", "army chief's figures: the army speaks for its state"))
U(d, "At least 11 people were killed and 64 wounded across the country, the national police said.", "the national police said.",
  ("Ukraine", N, neu, "", "'the national police' = Ukraine's by context; toll without blame"))
U(d, "Vitali Klitschko, the mayor of Kyiv, asked residents", "further strikes.",
  ("Ukraine", N, neu, "", "mayor resolves to his state; safety instruction to his own residents, not a peace appeal (unsure: could be read as protection of civilians)"))
U(d, "Foreign Minister Dmytro Kuleba, who cut short a tour", "air defence systems.",
  ("Ukraine", C, neg, "Russia", "'the Kremlin' = Russia; judgement + request for arms: rule 1"))
U(d, "UN Secretary-General António Guterres was deeply shocked", "in New York.",
  ("United Nations", C, neg, "Russia", "shock + 'escalation that could not be accepted' = judgement; spokesman relays the SG; target by context (Russia's strikes)"))
U(d, "Civilians were once again paying the highest price, Dujarric said.", "Dujarric said.",
  ("United Nations", N, neg, "", "lament without appeal or actor judged"))
U(d, "The European Union's foreign policy chief, Josep Borrell, said the indiscriminate bombing", "amounted to war crimes.",
  ("European Union", C, neg, "Russia", "'war crimes'; target by context"))
U(d, "The 27-nation bloc would stand by Kyiv", "Borrell added.",
  ("European Union", S, pos, "Ukraine", "'the bloc'; Kyiv = metonym as target; backing by arms"))
U(d, "In Washington, President Joe Biden said in a statement", "advanced air defences.",
  ("United States", C, neg, "Russia", "long sentence: narration + judgement ('cruelty of the Russian leader's war') + pledge of arms: rule 1 outranks the backing"))
U(d, "Britain's Prime Minister Liz Truss told Zelensky", "Downing Street said.",
  ("United Kingdom", C, neg, "Russia", "judgement ('lashing out') relayed by Downing Street; Zelensky only addressed"))
U(d, "French President Emmanuel Macron's office said he had promised Zelensky", "coming days.",
  ("France", S, pos, "Ukraine", "backing by act: arms promised"))
U(d, "Moldova summoned Russia's ambassador", "unacceptable violation.",
  ("Moldova", C, neg, "Russia", "summoning an ambassador + 'unacceptable violation'; Chisinau = place"))
U(d, "In Minsk, President Alexander Lukashenko said he had agreed with Putin", "from Ukrainian soil.",
  ("Belarus", C, neg, "Ukraine", "joint deployment announced against a side + accusation; Putin's agreement is reported by Lukashenko (Russia: not a position stated here, no row)"))
U(d, "China's foreign ministry said Beijing hoped", "through dialogue.",
  ("China", T, neu, "", "hope for calm + dialogue, no judgement"))
U(d, "Kremlin spokesman Dmitry Peskov declined to say", "needed no commentary.",
  ("Russia", N, neu, "", "refusal to comment, no position"))
U(d, "Monday's strikes were only a first instalment", "there would be more.",
  ("Russia", C, neg, "Ukraine", "speaker named in the previous sentence; threat of more strikes; Security Council deputy chairman speaks for Russia"))
U(d, "In Crimea, Sergei Aksyonov, the Moscow-installed head", "across the strait.",
  ("Russia", N, neu, "", "Moscow-installed official resolves to Russia (like a provincial official); supply figures"))
