# ------------------------------------------------------------------ Tanzania's detention and expulsion of Boniface Mwangi and Agather Atuhaire (African news site, full HTML, 2025-05-25)
d = "page_tanzania_mwangi_deportation2025_africansite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, figcaptions ("2 of 3"), crossheads,
# ADVERTISEMENT, tags, share bar, newsletter prompt, Related list, reader comments, most read, footer.
U(d, "Kenyan activist Boniface Mwangi was back on home soil", "kept from seeing him.",
  ("Kenya", C, neg, "Tanzania", "lede: narration + Nairobi's complaint that its diplomats were kept away = accusation of a wrongful act, condemning"))
# "Mwangi, a photojournalist turned campaigner, ... according to fellow activists." = narration; unnamed activists are not actors.
U(d, "Ugandan lawyer and journalist Agather Atuhaire, who was held with him", "said on Friday.",
  ("Agora Centre for Research", N, neu, "", "release reported as fact by the group (new actor, organisation)"))
U(d, "Writing on X after he reached Nairobi, Mwangi said", "take the Tanzanian state to court.",
  ("Boniface Mwangi", C, neg, "Tanzania", "independent activist under his own name (new actor); account of abuse + announced lawsuit = accusation, condemning"))
U(d, "In a diplomatic note sent to Dodoma on Wednesday", "or release him.",
  ("Kenya", T, neg, "Tanzania", "complaint that requests went unanswered + demand for consular access or release; no judgement word: a demand to one side = calling_for_talks (unsure: the complaint could be read as condemning)"))
U(d, "The note said that holding a Kenyan citizen", "Vienna Convention on Consular Relations.",
  ("Kenya", C, neg, "Tanzania", "'fell short of Tanzania's duties' = judgement of a breach without stock words"))
U(d, "Prime Cabinet Secretary Musalia Mudavadi, who also holds", "Mahmoud Thabit Kombo.",
  ("Kenya", N, neu, "", "his own contacts reported as fact = neutral"))
U(d, "\"Our first job was to get our citizen home in one piece", "Mudavadi said.",
  ("Kenya", N, neg, "", "surname only; multi-sentence quote: outcome + questions to come, no judgement and no appeal = neutral"))
U(d, "The Prime Cabinet Secretary's spokesperson said later", "through diplomatic channels.",
  ("Kenya", N, neu, "", "office holder named by title, spokesperson unnamed but tied to the office; plan = neutral"))
U(d, "Vocal Africa's chief executive, Hussein Khalid, who had travelled", "the Tanzanian High Commission.",
  ("Vocal Africa", C, neg, "Kenya", "rights group (new actor) criticises Kenya's slow response = judgement without stock words"))
# "Tanzania's government has not commented on the detention ..." = non-answer, no row.
U(d, "On Monday, however, President Samia Suluhu Hassan told an audience", "to stay watchful.",
  ("Tanzania", C, neg, "", "warning to foreign campaigners + instruction to security agencies = threat, condemning; target not canonical (activists) -> empty"))
U(d, "\"We have seen what they did at home; they will not do it here,\"", "state broadcaster TBC.",
  ("Tanzania", C, neg, "", "'the president' named by title; remarks carried by state broadcaster (TBC not an actor); warning = condemning"))
U(d, "The government's chief spokesperson wrote on X", "applied equally to all.",
  ("Tanzania", N, neu, "", "spokesperson by role only; procedural justification, no judgement = neutral"))
U(d, "The president of the Tanganyika Law Society, Boniface Mwabukusi, said", "tested before any court.",
  ("Tanganyika Law Society", C, neg, "Tanzania", "reported clause: the official ground (Tanzania's, not labelled: it is the TLS's report of a claim, not a Tanzanian statement) + TLS's objection that it was never tested = judgement"))
U(d, "Uganda's Minister of State for Foreign Affairs in charge of regional cooperation", "through its high commission.",
  ("Uganda", N, neu, "", "request for information through diplomatic channels, no judgement or appeal = neutral"))
# "The East African Community's secretariat in Arusha has made no statement." = non-answer, no row.
U(d, "The Kenya National Commission on Human Rights said its officers met Mwangi", "to examine him.",
  ("Kenya National Commission on Human Rights", S, pos, "", "assistance by act (received him, arranging medical care) = supporting; target not canonical -> empty"))
U(d, "The Law Society of Kenya, through its president Faith Odhiambo", "East African Court of Justice.",
  ("Law Society of Kenya", C, neg, "Tanzania", "'a disgrace' + announced legal action = condemning"))
U(d, "Amnesty International's regional office said the arrests fitted", "allegations of ill-treatment.",
  ("Amnesty International", C, neg, "Tanzania", "judgement (pattern of intimidation) + appeal to investigate: rule 1, condemning"))
U(d, "The United States said on Saturday that it was troubled", "State Department's Bureau of African Affairs.",
  ("United States", T, neg, "Tanzania", "concern + asking for the accounts to be examined, no judgement word = calling_for_talks (unsure: an appeal for inquiry rather than for talks)"))
U(d, "A spokesperson for the UN human rights office, Seif Magango, said", "watch a public trial.",
  ("United Nations", T, neg, "Tanzania", "alarm + appeal addressed to the Tanzanian authorities, no judgement = calling_for_talks"))
U(d, "In a joint statement, the heads of mission in Dar es Salaam", "free from political pressure.",
  ("European Union", T, pos, "Tanzania", "joint statement of a list: hope for an open, fair trial = calling_for_talks; one row per listed member"),
  ("United Kingdom", T, pos, "Tanzania", "listed in the joint statement"),
  ("Canada", T, pos, "Tanzania", "listed in the joint statement"),
  ("Norway", T, pos, "Tanzania", "listed in the joint statement"),
  ("Switzerland", T, pos, "Tanzania", "listed in the joint statement"))
U(d, "Lissu's party, Chadema, said the arrests of foreign guests", "cut off from the world.",
  ("Chadema", C, neg, "Tanzania", "judgement of the government's conduct without stock words"))
U(d, "The party's vice chairman, John Heche, thanked the Kenyan", "\"when it costs something\".",
  ("Chadema", S, pos, "", "gratitude/praise for the activists = supporting; target not canonical -> empty"))
U(d, "Salome Mushi, a governance researcher at the Dar es Salaam-based", "cost it little abroad.",
  ("Salome Mushi", N, neg, "", "invented independent researcher; reading of the government's calculation, no explicit judgement = neutral"))
U(d, "\"The message is aimed at Tanzanians as much as at foreigners", "she said.",
  ("Salome Mushi", N, neg, "", "analysis continued, no judgement or appeal"))
U(d, "Joseph Okwir, who teaches international law at Makerere University", "had been deafening.",
  ("Joseph Okwir", C, neg, "", "invented scholar; judgement on Tanzania's expulsions and on the EAC's silence -> two targets, empty"))
U(d, "He urged the next EAC summit to put the matter on its agenda", "soured further.",
  ("Joseph Okwir", T, neu, "East African Community", "appeal to the bloc to take the matter up = calling_for_talks"))
