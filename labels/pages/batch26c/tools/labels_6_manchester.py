# ------------------------------------------------------------------ Manchester consulate clash: UK-China row (regional daily, scraped, 2022-10-19)
d = "page_uk_china_manchester_consulate2022_regionaldaily.txt"
# Not statements: masthead, menu, sign-in and weather bar, breadcrumb, headline, standfirst, byline and time stamps,
# "Image 1 of 4" captions with credits, ADVERTISEMENT, crossheads ('Deep concern', 'Beijing hits back', 'Put them on the
# next plane'), Related, most read, comments note, follow/newsletter line, copyright.
U(d, "The Hong Kong protester who was dragged into the grounds", "anywhere near the building's doors.",
  ("Bob Chan", N, neg, "", "lead: denial of the consulate's account = neutral, negative; the protester is a named person"))
U(d, "Bob Chan, who came to the UK from Hong Kong last year", "barely slept since the weekend.",
  ("Bob Chan", N, neg, "", "his own injuries, no judgement"))
U(d, "\"I was standing on a public pavement holding a placard.", "Mr Chan said.",
  ("Bob Chan", C, neg, "China", "accusation made by describing the consulate staff's attack on him (guide rule 4)"))
U(d, "He said he feared what might happen to relatives", "seen around the world.",
  ("Bob Chan", N, neg, "", "fear, no appeal"))
U(d, "Mr Chan said he wanted the men who beat him to answer for it", "whatever immunity they might claim.",
  ("Bob Chan", T, neg, "China", "demand for justice through the courts, no judgement word (calls for an inquiry/trial = talks, labels/README)"))
# "The incident happened on Sunday afternoon ..." and "A Greater Manchester Police officer can be seen ..." = narration, no row.
U(d, "In a statement on Wednesday, Greater Manchester Police said", "to come forward.",
  ("United Kingdom", N, neu, "", "police = state agency; procedure and an appeal for witnesses"))
U(d, "Foreign Secretary James Cleverly said on Tuesday he had summoned", "a diplomatic mission could justify.",
  ("United Kingdom", C, neg, "China", "summons + judgement of the staff's behaviour"))
U(d, "Speaking in the House of Commons, Foreign Office minister Jesse Norman said", "without being set upon.",
  ("United Kingdom", T, neg, "China", "demand addressed to one side with no judgement word = calling_for_talks, negative (labels/README)"))
U(d, "Norman said ministers would not prejudge the police investigation", "once the facts were established.",
  ("United Kingdom", C, neg, "China", "surname only; 'every option on the table' = veiled threat of a response"))
U(d, "The prime minister's official spokesman said Liz Truss", "access to any evidence.",
  ("United Kingdom", T, neg, "China", "concern + an appeal for access to evidence (concern with an appeal = talks)"))
U(d, "In Beijing, a Chinese foreign ministry spokesperson told a regular briefing", "safety of its staff.",
  ("China", C, neg, "", "unnamed spokesperson of a named body; accusation against the protesters (not an actor) -> target empty"))
U(d, "The spokesperson said China had lodged representations with Britain", "under the Vienna Convention.",
  ("China", C, neg, "United Kingdom", "'the spokesperson'; representations = formal protest + demand on London"))
U(d, "The consul general, Zheng Xiyuan, who has been identified in footage", "denied attacking anyone.",
  ("China", N, neg, "", "consul speaks for his state; own motive + denial = neutral, negative"))
U(d, "Zheng said the placards mocked China's head of state", "expected to ignore.",
  ("China", C, neg, "", "judgement of the protesters' placards; protesters not an actor -> target empty"))
U(d, "The Chinese embassy in London said in a separate statement", "distorting what had happened.",
  ("China", C, neg, "", "self-defence claim + accusation against the British media (not a canonical actor)"))
U(d, "At the press conference, hosted by the Inter-Parliamentary Alliance on China", "declared persona non grata.",
  ("Inter-Parliamentary Alliance on China", C, neg, "China", "co-chair at the alliance's own press conference speaks for it (unsure: could be United Kingdom as an MP); call for expulsion = measure"))
U(d, "\"If a British diplomat had been filmed doing this in Beijing", "Sir Iain said.",
  ("Inter-Parliamentary Alliance on China", C, neg, "China", "judgement + call for the same measure"))
U(d, "He said a summons delivered by an official rather than a minister", "the wrong signal.",
  ("Inter-Parliamentary Alliance on China", C, neg, "United Kingdom", "criticism of the government's response without a stock word"))
U(d, "Benedict Rogers, chief executive of the campaign group Hong Kong Watch", "with legal advice.",
  ("Hong Kong Watch", S, pos, "Bob Chan", "backing of his call + help by act (legal advice)"))
U(d, "Labour's shadow culture secretary Lucy Powell, a Manchester MP, said", "living in the city.",
  ("Labour Party", T, neu, "United Kingdom", "opposition front-bencher = her party; asks the government for protection of residents (unsure: could be neutral)"))
U(d, "Greater Manchester mayor Andy Burnham said Manchester was proud", "whatever Beijing thought of them.",
  ("United Kingdom", S, pos, "", "regional official resolves to his state; backing for the Hong Kong community (not an actor)"))
U(d, "Dr Helen Whitworth, a lecturer in Chinese politics at the University of Manchester", "working relationship with China.",
  ("Helen Whitworth", N, neu, "", "invented scholar; assessment of consequences, not a judgement of the act"))
U(d, "\"Summoning a chargé is the lowest rung on the ladder.", "she said.",
  ("Helen Whitworth", N, neu, "", "analysis of options"))
U(d, "Kelvin Lau, 34, a protester from Stockport", "because they were frightened.",
  ("Kelvin Lau", N, neg, "", "invented named witness; fear, no judgement"))
U(d, "She said ministers should at least ask Beijing to waive immunity", "could question them.",
  ("Helen Whitworth", T, neu, "United Kingdom", "appeal to the government for a diplomatic step (asking Beijing for a waiver), no judgement; addressee = target"))
