# ------------------------------------------------------------------ Lincang bombing: the President Office's release and briefing (presidency news page, full HTML, 2015-03-16)
d = "page_lincang_bombing2015_presidency.html"
# Not statements: top bar, header, menu, breadcrumb, headline, 'submitted' line, caption with credit, crosshead, tags, print/share, comments note,
# the three teaser releases (ceremony, inspection, meeting: narration only), pager, sidebar, footer.
U(d, "The President has expressed his deep sorrow at the deaths of Chinese villagers", "those who were injured.",
  ("Myanmar", S, neg, "China", "'the President' speaking of itself without naming its state; condolences = supporting, grief tone"))
U(d, "In a message to President Xi Jinping, the President said", "keep the border peaceful.",
  ("Myanmar", S, neg, "China", "message of sympathy to the Chinese leader + own commitment to a quiet border (not an appeal to others)"))
U(d, "The President has instructed the ministries concerned and the Tatmadaw", "what happened on 13 March.",
  ("Myanmar", T, neu, "China", "commits to a joint inquiry with the other side = cooperation/talks"))
U(d, "A team of officials from the Ministry of Foreign Affairs and the Tatmadaw crossed into Yunnan", "the joint inquiry.",
  ("Myanmar", N, neu, "", "act reported as done, procedural"))
U(d, "The Government will not draw any conclusion as to the origin of the bomb", "between the two neighbours.",
  ("Myanmar", C, neg, "Myanmar National Democratic Alliance Army", "refuses to own the bomb yet (neutral part) + accuses the Kokang group of deliberate cross-border fire: the accusation decides"))
U(d, "The Government remains fully committed to the friendly relations", "the statement said.",
  ("Myanmar", S, pos, "China", "affirms the partnership with China = supporting, positive"))
# "Fighting has continued in the Kokang Self-Administered Zone since 9 February ..." = background, no row.
U(d, "The Tatmadaw will continue its operations until the renegade group's forces", "well clear of the border line.",
  ("Myanmar", C, neg, "Myanmar National Democratic Alliance Army", "announced continuing operation against the group = condemning"))
U(d, "At a briefing in Nay Pyi Taw on Monday, the President Office spokesperson", "the families across the border.",
  ("Myanmar", S, neg, "China", "spokesperson by role then name; shared grief = condolences"))
U(d, "He said that the Chinese Ambassador, Mr Yang Houlan", "a full account of the incident.",
  ("China", C, neg, "Myanmar", "China's protest reported by Myanmar's spokesperson = China's statement; 'strong dissatisfaction' is a judgement"))
U(d, "The Ministry had also received a note of protest from the Chinese Embassy", "he said.",
  ("China", C, neg, "Myanmar", "a protest note = protest by act, reported second-hand"),
  ("Myanmar", N, neu, "", "replied through diplomatic channels = procedure"))
U(d, "One reporter noted that the Vice-Chairman of China's Central Military Commission", "if Chinese lives were lost again.",
  ("China", C, neg, "Myanmar", "a reporter's question reporting China's demand and warning = China's statement (labels/README); threat decides"))
U(d, "U Ye Htut replied that the questions of responsibility and compensation", "wrong to anticipate them.",
  ("Myanmar", N, neu, "", "procedural answer"))
U(d, "Chinese aircraft patrolling on their own side of the border", "entering Chinese airspace.",
  ("Myanmar", N, neu, "", "reassurance about own conduct"))
U(d, "He was also asked about remarks by the Chinese Foreign Ministry spokesperson, Mr Hong Lei", "through talks.",
  ("China", T, neu, "", "question reporting China's appeal to the parties in Kokang"))
U(d, "The spokesperson said the Government welcomed China's repeated calls for peace", "prolonging the fighting.",
  ("Myanmar", C, neg, "", "welcome joined to a judgement of unnamed outsiders: rule 1 -> condemning; target not named -> empty (unsure)"))
U(d, "He dismissed a statement by the group's general secretary, Htun Myat Linn", "shift the blame.",
  ("Myanmar", C, neg, "Myanmar National Democratic Alliance Army", "'clumsy attempt to shift the blame' = judgement of the group"),
  ("Myanmar National Democratic Alliance Army", N, neg, "", "the group's denial reported inside Myanmar's sentence = neutral, negative"))
U(d, "The Kokang group could take part in the nationwide ceasefire process only after", "U Ye Htut said.",
  ("Myanmar", C, neg, "Myanmar National Democratic Alliance Army", "laying down arms as a precondition for talks = ultimatum (labels/README seed decision)"))
U(d, "He noted that the United Nations Secretary-General's Special Adviser", "caught in the fighting.",
  ("United Nations", T, neu, "", "appeal to both sides to protect civilians, reported by Myanmar's spokesperson; Myanmar takes no position in the sentence"))
U(d, "The Government had also taken note of a statement by the United States Embassy", "working in Lashio.",
  ("United States", T, neu, "", "US appeal for restraint and access, reported second-hand"),
  ("Myanmar", N, neu, "", "notes the statement + says agencies already work = facts"))
U(d, "Rice, edible oil and medicine have been delivered to more than 30,000 displaced people", "Relief and Resettlement.",
  ("Myanmar", N, neu, "", "'according to the Ministry': relief to its own citizens and figures = facts"))
U(d, "Daw Nang Hseng, a volunteer who coordinates a relief camp", "return in safety.",
  ("Nang Hseng", T, neg, "", "invented independent volunteer; appeal to both sides for a safe return"))
U(d, "U Yang Wenming, a Kokang elder now living in Lashio", "leave the town.",
  ("Yang Wenming", C, neg, "Myanmar National Democratic Alliance Army", "invented elder; judgement of 'armed men' + demand to the armed group (unsure: 'quarrel between armed men' blames both)"))
