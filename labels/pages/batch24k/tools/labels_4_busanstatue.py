# ------------------------------------------------------------------ Japan's recall of its ambassador over the Busan comfort-woman statue (foreign-ministry press conference transcript, .txt, 2017-01-10)
d = "page_busanstatue_recall2017_mofapresser.txt"
# Not statements: site header, breadcrumb, title, date line, translation note, topic headings, reporters' bare questions,
# "(End)", footer. Speaker labels ("Minister Kishida: ", "Okada, Tokyo Shinpo: ") are excluded from the units.
U(d, "The Government of Japan has decided to provide emergency relief goods", "since the start of the year.",
  ("Japan", S, pos, "Thailand", "aid provided = supporting"))
U(d, "I would like to offer my sincere sympathy to the people of Thailand", "in the floods.",
  ("Japan", S, pos, "Thailand", "sympathy to the affected people = solidarity"))
U(d, "The Foreign Ministry of the Republic of Korea (ROK) said Tokyo", "to help the relationship.",
  ("South Korea", C, neg, "Japan", "reporter relays Seoul's position; the recall 'did nothing to help' = judgement without a stock word"))
U(d, "The Governments of Japan and the ROK confirmed at the end of 2015", "which I find deeply disappointing.",
  ("Japan", C, neg, "South Korea", "long sentence: background + 'contradicts what the two governments set out to achieve', 'deeply disappointing' = judgement without a stock word"))
U(d, "It also sits poorly with the obligation of a host state", "the dignity of consular premises.",
  ("Japan", C, neg, "South Korea", "implied breach of the Vienna Convention = judgement"))
U(d, "For these reasons, the Government decided on January 6 to bring back the Ambassador", "hosted by the city of Busan.",
  ("Japan", C, neg, "South Korea", "recall of envoys + suspended talks + postponed dialogue + boycott = measures in protest"))
U(d, "No date has been set.", "No date has been set.",
  ("Japan", N, neu, "", "procedure, no judgement"))
U(d, "Acting President Hwang Kyo-ahn said yesterday that both governments should respect", "damage the relationship.",
  ("South Korea", T, neu, "", "reporter relays Hwang's appeal to both governments, no judgement"))
U(d, "I hope the ROK Government will respond in good faith", "our Embassy in Seoul.",
  ("Japan", T, pos, "South Korea", "hope that Seoul implements the agreement = calling_for_talks"))
U(d, "The head of Busan's Dong-gu district office told reporters", "from the pavement.",
  ("South Korea", N, neu, "", "local official resolves to his state (labels/README); legal fact, no judgement"))
# "I will refrain from commenting on the legal procedures ..." = declining comment, no position, no row.
U(d, "What matters is that the ROK as a whole acts in keeping with the agreement.", "What matters is that the ROK as a whole acts in keeping with the agreement.",
  ("Japan", T, neu, "South Korea", "appeal to Seoul, no judgement word"))
U(d, "The Korean Council for the Women Drafted for Military Sexual Slavery by Japan", "into silence.",
  ("Korean Council for the Women Drafted for Military Sexual Slavery by Japan", C, neg, "Japan", "advocacy body (new actor); 'an attempt to intimidate' = accusation"))
U(d, "Japan has faithfully carried out its part of the agreement", "to the foundation in Seoul.",
  ("Japan", N, pos, "", "reassurance about own conduct = neutral, positive tone"))
U(d, "The suggestion that Japan is trying to intimidate anyone has no basis.", "The suggestion that Japan is trying to intimidate anyone has no basis.",
  ("Japan", N, neg, "", "denial = neutral, negative tone"))
U(d, "Choo Mi-ae, leader of the main opposition Democratic Party, said", "should be renegotiated.",
  ("Democratic Party of Korea", C, neg, "", "party leader judges the 2015 agreement (concluded without the victims) and demands renegotiation; aimed at both governments' deal -> target empty"))
U(d, "An agreement between two governments must be honoured whoever holds office", "no renegotiation on our side.",
  ("Japan", N, neg, "", "refusal of renegotiation on principle, no judgement word or protest stated (unsure: could be condemning as a rejected format)"))
U(d, "In Washington, State Department spokesperson John Kirby said the United States hoped", "strengthen their relationship.",
  ("United States", T, pos, "", "hope that the two allies settle the matter = calling_for_talks; aimed at both -> target empty"))
U(d, "We have explained Japan's position to the U.S. side in detail", "it is well understood.",
  ("Japan", N, neu, "", "fact about own diplomacy"))
U(d, "China's Foreign Ministry spokesperson Lu Kang said yesterday that Japan should face up", "for remembering it.",
  ("China", C, neg, "Japan", "'history of aggression', 'punishing a country' = judgement"))
# "I will refrain from responding to each remark by a third country." = no position, no row.
U(d, "Professor Kenji Aoyama of Rokko University wrote in a newspaper column today", "a self-inflicted wound.",
  ("Kenji Aoyama", C, neg, "Japan", "invented scholar relayed by a reporter; 'a self-inflicted wound' = judgement of Tokyo's step"))
U(d, "Communication with the ROK continues through our Embassy in Seoul", "through other channels.",
  ("Japan", N, neu, "", "fact about channels"))
U(d, "Lee Hyun-joo, a historian at the Korea Institute for East Asian History in Seoul, said", "before the next election.",
  ("Lee Hyun-joo", N, neg, "", "invented historian; assessment of Seoul's constraints, no judgement"))
U(d, "We will keep urging the ROK side to act.", "We will keep urging the ROK side to act.",
  ("Japan", T, neu, "South Korea", "continued appeal to Seoul, no judgement"))
U(d, "Kim Jong Un said in his New Year's address that preparations", "in their final stage.",
  ("North Korea", N, neu, "", "leader announces the state of own weapons work, aimed at no named side = neutral"))
U(d, "This is a matter of grave concern for Japan's security.", "This is a matter of grave concern for Japan's security.",
  ("Japan", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "We call on North Korea to refrain from further provocations", "Security Council resolutions.",
  ("Japan", T, neg, "North Korea", "appeal to refrain and comply; 'further provocations' presupposes earlier ones but no explicit judgement of an act here (unsure)"))
U(d, "If North Korea does carry out a launch, Japan will respond firmly", "further measures of its own.",
  ("Japan", C, neg, "North Korea", "conditional threat of measures = condemning"))
U(d, "Cooperation among Japan, the United States and the ROK on North Korea remains essential", "that does not change.",
  ("Japan", N, neu, "", "statement of own policy, no appeal or judgement"))
U(d, "The Prime Minister intends to confirm with each leader that disputes at sea", "international law.",
  ("Japan", T, neu, "", "peaceful settlement of disputes = calling_for_talks"))
U(d, "In the Philippines, he intends to convey Japan's continued support for development", "the peace process.",
  ("Japan", S, pos, "Philippines", "pledge of continued development support = supporting"))
