# ------------------------------------------------------------------ Chumar: the India-China standoff during Xi Jinping's visit (Indian daily, scraped, 2014-09-19)
d = "page_chumar_standoff2014_indiandaily.txt"
# Not statements: masthead, edition line, menu, breadcrumb, headline, byline, READ ALSO lines, [Photo] caption,
# Advertisement, crossheads, topics, social prompts, copyright.
U(d, "Prime Minister Narendra Modi on Thursday told visiting Chinese President Xi Jinping that India was seriously concerned", "for an eighth day.",
  ("India", C, neg, "China", "dateline excluded; 'repeated Chinese intrusions' names China's acts as intrusions = accusation (unsure: 'concerned' alone would be neutral; the charge of intrusion decides); long sentence ending in narration"))
U(d, "\"Peace on the border is not a side issue in our relationship", "talks at Hyderabad House.",
  ("India", T, neu, "China", "statement on the primacy of border peace, no judgement = appeal for a peaceful border (unsure: could be neutral)"))
U(d, "Modi said he had proposed that the two sides resume the exercise of clarifying", "running into each other.",
  ("India", T, neu, "China", "proposal to resume a joint process = offer of talks"))
U(d, "Xi, standing beside him, said the boundary question was a legacy of history", "damaging the wider relationship.",
  ("China", T, pos, "", "playing the row down + confidence in the joint mechanisms = commitment to a dialogue course (unsure: could be neutral)"))
# "According to officials, about 1,000 Chinese soldiers ..." = figures from unnamed officials with no tie given, no row.
# "A brigadier-level flag meeting ..." = narration, no row.
U(d, "External affairs ministry spokesperson Syed Akbaruddin said the prime minister had raised the situation", "during Thursday's talks.",
  ("India", N, neu, "", "procedure: when the issue was raised"))
U(d, "\"We have told the Chinese side in clear terms that what is happening on the ground", "Akbaruddin said at a briefing.",
  ("India", C, neg, "China", "China's conduct 'not in keeping with the agreements' = judgement of a breach"))
U(d, "External Affairs Minister Sushma Swaraj, who called on Xi on Thursday morning", "officials said.",
  ("India", T, neu, "", "appeal for a calm border and respect of protocols by both armies -> target empty"))
# "Minister of State for Home Kiren Rijiju ... struck a harder note." = summary line, no row.
U(d, "\"Chinese troops have come in with heavy machinery to build a road on our side", "Rijiju told reporters in Delhi.",
  ("India", C, neg, "China", "quote closed by its speaker: accusation of a breach of the protocol"))
U(d, "\"Our forces will not move back one inch.\"", "one inch.\"",
  ("India", C, neg, "China", "quote continued after its attribution, same speaker; refusal to yield ground = a stated response (unsure: could be neutral)"))
U(d, "An Army officer in Leh said the troops on the ground had been told to hold their positions", "in line with standing instructions.",
  ("India", N, neu, "", "unnamed officer of a named army -> India; own orders, no judgement"))
U(d, "In Beijing, Chinese foreign ministry spokesperson Hong Lei said Chinese border troops had always patrolled", "did not match the facts.",
  ("China", N, neg, "", "denial of an intrusion = neutral, negative"))
U(d, "Hong said China was ready to work with India to keep the border areas peaceful", "overshadow the president's visit.",
  ("China", T, pos, "India", "readiness to keep the border peaceful through consultation = calling_for_talks"))
U(d, "China's defence ministry said in a written reply to questions that the two countries' understanding", "never been formally marked.",
  ("China", N, neu, "", "explanation, no judgement"))
# "Opposition targets government" = crosshead.
U(d, "The Congress accused the government of rolling out the red carpet for Xi", "camped on Indian soil.",
  ("Indian National Congress", C, neg, "India", "accusation aimed at the Indian government"))
U(d, "\"The prime minister was swinging on a jhoola with the Chinese president", "senior Congress leader Anand Sharma told reporters.",
  ("Indian National Congress", C, neg, "India", "ridicule of the PM = judgement without a stock word"))
U(d, "Jammu and Kashmir chief minister Omar Abdullah said the people of Ladakh's border villages", "long before this week.",
  ("India", C, neg, "", "a chief minister resolves to his state (name file: Omar Abdullah = India); charges against Chinese patrols and against Delhi's neglect -> two targets, empty (unsure)"))
U(d, "Tsering Dorje, a herder from Chumar reached by phone, said his family had lost access", "since 2012.",
  ("Tsering Dorje", N, neg, "", "invented named herder; own losses as fact"))
U(d, "\"Every year they come a little further", "he said.",
  ("Tsering Dorje", C, neg, "China", "accusation by describing the other side's encroachment (rule 4) (unsure: 'they' is resolved from context)"))
U(d, "In Washington, State Department spokesperson Jen Psaki said the United States encouraged India and China", "peacefully and through dialogue.",
  ("United States", T, neu, "", "appeal to both for dialogue -> target empty"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshihide Suga said Japan was following the situation", "wherever they occurred.",
  ("Japan", T, neu, "", "monitoring + 'opposed attempts to change the status quo by coercion, wherever they occurred' aimed at no one named = an appeal, not a judgement (guide: 'opposes any escalation' aimed at no one) (unsure: read as a veiled charge at China it would be condemning)"))
U(d, "Suga noted that Prime Minister Shinzo Abe and Modi had agreed in Tokyo earlier this month", "work closely with India.",
  ("Japan", S, pos, "India", "reaffirmed cooperation with India = backing"))
# "Strategic analysts noted that a similar face-off at Depsang ..." = unnamed analysts + background, no row.
U(d, "\"Whether or not Beijing ordered it, the timing sends a message", "a former commander in Ladakh.",
  ("Harbans Grewal", C, neg, "China", "invented retired general (speaks for no body); judgement of China's use of the border as a lever"))
U(d, "Grewal said Delhi should use the goodwill of the visit to press for a written timetable", "faster than snow at Chumar.\"",
  ("Harbans Grewal", T, neu, "", "appeal to his own government to pursue the clarification talks; sentence ends in a quoted tail"))
U(d, "Meera Kaul, a China specialist at the Delhi Institute of Asian Studies, said she did not believe", "signed on Thursday.",
  ("Meera Kaul", N, neu, "", "invented specialist; forecast"))
U(d, "\"Both leaders have invested too much in this visit", "she said.",
  ("Meera Kaul", N, pos, "", "forecast, no judgement"))
