# ------------------------------------------------------------------ Fukushima (Chinese MFA press conference, 2023-08-24)
d = "page_fukushima_mfa_readout.txt"
U(d, "In disregard of strong opposition at home and abroad", "started the discharge.",
  ("China", C, neg, "Japan", "transcript: speaker label 'Wang Wenbin: ' excluded; spokesperson = China; 'unilaterally and forcibly'"))
U(d, "China firmly opposes this and has lodged serious protests", "with Japan.",
  ("China", C, neg, "Japan", "'firmly opposes' aimed at Japan's act + protest lodged"))
U(d, "The Pacific is the shared home of all humanity", "its own drain.",
  ("China", C, neg, "Japan", "judgement without strong words ('has no right to treat it as its own drain')"))
U(d, "By doing this, Japan is putting its selfish interests", "history will remember this.",
  ("China", C, neg, "Japan", "'selfish interests'"))
U(d, "We urge Japan to stop the discharge", "strict international supervision.",
  ("China", T, neg, "Japan", "demand to one side to stop + consultation, no judgement word in the sentence"))
U(d, "The suspension took effect today", "radioactive contamination.",
  ("China", C, neg, "Japan", "import ban on all Japanese aquatic products = a trade measure taken against Japan (like sanctions); could be read as a neutral procedure"))
U(d, "This is a necessary step to protect the health", "safety of food.",
  ("China", N, neu, "", "justification of own measure, no judgement on Japan in the sentence"))
U(d, "Japanese Foreign Minister Yoshimasa Hayashi said on Thursday morning", "explain the science to China.",
  ("Japan", N, neu, "", "speaker label 'Question (Reuters): ' excluded; Japan's position reported inside a reporter's question; safety claim + offer to explain = reassurance about own conduct"))
U(d, "He also asked China to lift what he called a ban", "scientific basis.",
  ("Japan", C, neg, "China", "'He' = Hayashi; 'a ban without any scientific basis' judges China's measure"))
U(d, "If it is safe, why not use it at home", "for farming?",
  ("China", C, neg, "Japan", "rhetorical question mocking Japan's safety claim"))
U(d, "Japan has failed to prove the legitimacy of the discharge", "answer these questions.",
  ("China", C, neg, "Japan", "accusation of failure"))
U(d, "Prime Minister Fumio Kishida said on Monday", "with fishing groups.",
  ("Japan", N, neu, "", "Kishida by title with no state word; own decision and procedure"))
U(d, "Japan did not consult its neighbours and other stakeholders in earnest.", "in earnest.",
  ("China", C, neg, "Japan", "accusation"))
U(d, "The International Atomic Energy Agency has said in its comprehensive report", "international safety standards.",
  ("IAEA", S, pos, "Japan", "approval of Japan's plan as consistent with standards; could be read as a neutral technical finding"))
U(d, "IAEA Director General Rafael Grossi said agency staff", "the whole process.",
  ("IAEA", N, neu, "", "plan"))
U(d, "The IAEA report was limited by its mandate", "a shield for Japan.",
  ("China", C, neg, "", "judgement on the IAEA report and on Japan: two targets -> empty"))
U(d, "Seoul has said it does not oppose the plan", "held protests today.",
  ("South Korea", N, neu, "", "Seoul = capital as metonym; 'does not oppose' without approval or appeal; opposition parties are not a canonical actor and their protest is narrated"))
U(d, "The Pacific Islands Forum earlier raised concerns.", "raised concerns.",
  ("Pacific Islands Forum", N, neg, "", "concern without appeal"))
U(d, "We have noted that many people in the region share our serious concern.", "serious concern.",
  ("China", N, neg, "", "concern without appeal"))
U(d, "The Chinese government will take all necessary measures", "public health.",
  ("China", N, neu, "", "own protective measures, aimed at no one; could be read as a veiled threat"))
U(d, "The US State Department said Japan had acted responsibly", "with partners.",
  ("United States", S, pos, "Japan", "praise"))
U(d, "Some countries have turned a blind eye to the risks", "political calculations.",
  ("China", C, neg, "", "judgement aimed at 'some countries' (the US implied) -> target empty"))
U(d, "Russia's foreign ministry also said today that it was concerned", "radiation levels.",
  ("Russia", N, neg, "", "concern + own monitoring, no appeal"))
U(d, "Japan's embassy in Beijing urged Japanese citizens", "take care in public.",
  ("Japan", N, neg, "", "embassy advisory to its own citizens; Beijing = place"))
U(d, "China always protects the safety and legitimate rights", "in accordance with the law.",
  ("China", N, pos, "", "reassurance about own conduct (implicit denial of harassment)"))
U(d, "I would like to stress that the responsibility for the current situation", "Japanese side.",
  ("China", C, neg, "Japan", "'responsibility lies entirely with'"))
U(d, "We call on the Japanese government to respond to international concerns", "in good faith.",
  ("China", T, neu, "Japan", "appeal for communication, no judgement word"))
U(d, "The Hong Kong SAR government has taken measures", "health of residents.",
  ("Hong Kong government", N, neu, "", "Hong Kong's own measure reported by the spokesperson (position of X reported by Y); HK government separate as in labels/pages"))
U(d, "We fully support these measures.", "these measures.",
  ("China", S, pos, "Hong Kong government", "backing"))
