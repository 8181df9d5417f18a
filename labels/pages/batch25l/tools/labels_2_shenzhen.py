# ------------------------------------------------------------------ The fatal stabbing of a Japanese schoolboy in Shenzhen (Chinese foreign-ministry press conference transcript, 2024-09-19)
d = "page_shenzhen_schoolboy_2024_mfapresser.txt"
# Not statements: site header, breadcrumb, title, time stamp, print/font bar, the reporters' outlet labels and their
# questions as such ("What is China's response?"), "The press conference concluded.", recommended reading, copyright.
# Reporters are not actors; a position of a state they report in their question is that state's statement.
# "The Japanese boy who was stabbed near the Shenzhen Japanese School yesterday has died." = narration in a question, no row.
U(d, "Prime Minister Fumio Kishida told reporters this morning", "a full explanation of what happened.",
  ("Japan", C, neg, "", "reported clause inside a reporter's question: 'could never be tolerated' (a judgement of the attack, by an individual) + demand for an explanation: rule 1; target empty (the attacker is no actor; China is only asked)"))
U(d, "We are deeply grieved by the boy's death", "sympathy to his family.",
  ("China", N, neg, "", "grief and sympathy from the host state, no judgement or appeal = neutral (as condolences from a party involved in batch22a)"))
U(d, "After the attack he was rushed to hospital", "did everything they could to save him.",
  ("China", N, neu, "", "facts about its own conduct"))
U(d, "The Chinese side will help the family with the arrangements they need.", "arrangements they need.",
  ("China", S, pos, "", "offer of assistance = supporting; target empty (the family is not an actor)"))
U(d, "The suspect, a 44-year-old man, was detained at the scene.", "detained at the scene.",
  ("China", N, neu, "", "fact given by the spokesperson"))
U(d, "The case is under investigation, and the competent authorities", "in accordance with the law.",
  ("China", N, neu, "", "procedure"))
U(d, "China is a country under the rule of law, and no act of violence", "is permitted here.",
  ("China", N, neu, "", "reassurance about its own conduct = neutral"))
U(d, "Foreign Minister Yoko Kamikawa said yesterday", "the attack happened anyway.",
  ("Japan", C, neg, "China", "reported clause: she had asked China for security and 'the attack happened anyway' = reproach without a stock word (unsure: could be neutral facts)"))
U(d, "Japanese officials have also summoned Ambassador Wu Jianghao.", "Ambassador Wu Jianghao.",
  ("Japan", C, neg, "China", "summoning the ambassador = a diplomatic protest measure; 'Japanese officials' of a named government = Japan"))
# "Does China accept that it failed to protect Japanese children?" = reporter's question, no row.
U(d, "I do not agree with that characterization.", "that characterization.",
  ("China", N, neg, "", "denial of the reporter's charge = neutral, negative tone"))
U(d, "The Chinese government is doing, and will go on doing", "Japanese citizens among them.",
  ("China", N, pos, "", "reassurance about its own conduct"))
U(d, "From what we know so far, this was a criminal act committed by one man", "treated as such.",
  ("China", N, neu, "", "its own reading of the case, no judgement of another actor"))
U(d, "China and Japan are in contact on the matter through diplomatic channels.", "through diplomatic channels.",
  ("China", N, neu, "", "contacts reported as a fact = neutral"))
U(d, "Vice Minister Masataka Okano is reported to have told the ambassador", "as soon as possible.",
  ("Japan", T, neu, "China", "passive attribution ('is reported to have told'); demand for disclosure of the motive, no judgement = calling_for_talks like a demand for an inquiry (labels/README)"))
U(d, "The police are still investigating, and information", "once the facts are established.",
  ("China", N, neu, "", "procedure"))
U(d, "I would caution against drawing conclusions before the investigation is complete.", "is complete.",
  ("China", T, neu, "", "appeal for restraint in judgement, no judgement word (unsure: could be read as neutral)"))
U(d, "Some Japanese lawmakers say online content in China", "the safety of their families.",
  ("", C, neg, "China", "'some Japanese lawmakers' are unnamed and not a government: empty actor, kept as an accusation example"),
  ("Japanese Chamber of Commerce and Industry in China", N, neg, "", "business body's anxiety without an appeal = neutral, negative tone"))
U(d, "As close neighbours, we have always encouraged our peoples", "between the two countries.",
  ("China", C, neg, "", "'oppose any attempt to turn one criminal case into a tool for hyping up tensions' is aimed at those who do it = condemning; target empty (unnamed)"))
U(d, "Japanese companies are welcome to keep investing", "will be protected.",
  ("China", N, pos, "", "reassurance to foreign firms about its own conduct"))
U(d, "The U.S. ambassador to Japan, Rahm Emanuel, wrote on social media", "part of the blame for the attack.",
  ("United States", C, neg, "China", "reported clause: an ambassador speaks for his state; blame = condemning"))
U(d, "The remarks you mentioned are irresponsible.", "are irresponsible.",
  ("China", C, neg, "United States", "'irresponsible' aimed at the US envoy's remarks"))
U(d, "A diplomat who exploits the death of a child", "doing his own country no credit.",
  ("China", C, neg, "United States", "judgement without a stock word"))
U(d, "We urge the individual concerned to stop making such comments.", "such comments.",
  ("China", T, neg, "United States", "a demand to stop with no judgement word in this sentence = calling_for_talks, negative (labels/README)"))
U(d, "Each of these cases has been handled in accordance with the law.", "in accordance with the law.",
  ("China", N, neu, "", "procedure"))
U(d, "None of the investigations has found any link between them.", "any link between them.",
  ("China", N, neu, "", "fact given by the spokesperson"))
U(d, "I want to take this opportunity to pay tribute again to Ms. Hu Youping", "the kindness of the Chinese people.",
  ("China", S, pos, "", "praise of a citizen who died protecting others = supporting; target empty (a person, not an actor)"))
U(d, "Naoko Fujimura, a professor of international relations", "nothing to hold on to.\"",
  ("Naoko Fujimura", C, neg, "China", "invented independent scholar quoted inside a question; judgement of Beijing's wording without a stock word"))
U(d, "We understand the feelings of families who have lost a loved one.", "lost a loved one.",
  ("China", N, neg, "", "sympathy, no position on an actor"))
U(d, "China will take seriously every concern about the safety of foreign nationals", "with the Japanese side.",
  ("China", T, pos, "Japan", "commitment to keep communicating with Japan = calling_for_talks (unsure: could be neutral)"))
U(d, "I believe that the friendship between our two peoples will not be shaken", "a single case.",
  ("China", N, pos, "", "confidence, no appeal = neutral, positive"))
U(d, "South Korea's foreign ministry said it had asked the Chinese authorities", "after yesterday's attack.",
  ("South Korea", T, neu, "China", "reported clause in a question; a request to protect its nationals' schools, no judgement = calling_for_talks (protection of civilians)"))
# "I am not aware of the specifics." = non-answer, no row.
U(d, "As I said, the law here protects every foreign national.", "every foreign national.",
  ("China", N, neu, "", "reassurance about its own conduct"))
U(d, "Professor Li Daoming of the Huangpu Institute", "not to target individuals.",
  ("Li Daoming", T, neu, "", "invented independent scholar; 'should be a day to remember history, not to target individuals' = appeal against hatred = calling_for_talks"))
# "I would not comment on the views of a scholar." = non-answer, no row.
U(d, "China's position is consistent: we remember history", "not to spread hatred.",
  ("China", N, pos, "", "statement of its own position, no appeal or judgement"))
U(d, "We hope the Japanese side will view the case calmly", "on a sound footing.",
  ("China", T, pos, "Japan", "hope for calm and sound relations = calling_for_talks"))
U(d, "Japan has advised its citizens in China to be vigilant", "standing out in public.",
  ("Japan", N, neg, "", "travel advice to its own citizens, no judgement of China stated = neutral"))
U(d, "Every country is entitled to give advice to its citizens abroad", "safest countries in the world.",
  ("China", N, neu, "", "neither judgement nor appeal; reassurance"))
# "We will release information on that in due course." = non-answer, no row.
