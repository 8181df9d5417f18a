# ------------------------------------------------------------------ China's anti-dumping measures on Australian wine, barley recalled (China Daily-style state media, 2020-11-28)
d = "page_australia_wine_statemedia.txt"
U(d, "China will apply temporary anti-dumping measures to wine", "said on Friday.",
  ("China", C, neg, "Australia", "MOFCOM ('the Ministry of Commerce') announces a trade measure against Australian imports with a finding of dumping and damage = a taken response (sanctions-like measure, guide); negative as other measures (unsure: could be read as a neutral ruling)"))
U(d, "Importers must now lodge deposits", "the ministry's announcement.",
  ("China", N, neu, "", "figures of the measure, attributed to the ministry"))
U(d, "The ministry said the investigation, opened on Aug 18", "World Trade Organization.",
  ("China", N, neu, "", "justification of its own procedure, no judgement of another actor"))
U(d, "Foreign Ministry spokesperson Zhao Lijian told a regular news conference", "in line with the law.",
  ("China", N, neu, "", "MFA frames the case as routine: neutral"))
U(d, "He added that China's position on developing ties with Australia", "healthy track.",
  ("China", T, neu, "Australia", "'He' = Zhao; appeal to Canberra (metonym) to mend ties, no judgement word = calling_for_talks (blame only implied)"))
U(d, "Asked whether the measures were payback", "trade and politics.",
  ("China", N, neg, "", "denial that the measures are retaliation = neutral, negative (guide)"))
U(d, "The China Alcoholic Drinks Association, whose wine branch", "Ningxia, Shandong and Xinjiang.",
  ("China Alcoholic Drinks Association", S, pos, "China", "industry body under its own name welcomes the ministry's ruling = approval"))
U(d, "Australian Trade Minister Simon Birmingham claimed on Friday", "dispute settlement system.",
  ("Australia", C, neg, "China", "'no basis in fact' + vow to fight the duties at the WTO = judgement + threatened response; 'claimed' is the state outlet's framing, not a reason to drop the row"))
U(d, "He insisted that Australian producers received no government subsidies", "below its market price.",
  ("Australia", N, neg, "", "denial of the dumping/subsidy accusation = neutral, negative"))
U(d, "Birmingham also told Australian media that he had asked for a call", "concerns of both sides.",
  ("Australia", T, neu, "China", "asking for a call and offering to talk = calling_for_talks"))
U(d, "Tony Battaglene, chief executive of the industry group Australian Grape and Wine", "keep selling in China.",
  ("Australian Grape and Wine", N, neg, "", "industry group under its own name: alarm about the effect, no appeal and no judgement = neutral, negative"))
U(d, "Chen Hong, director of the Australian Studies Centre", "state of bilateral ties.",
  ("Chen Hong", C, neg, "Australia", "named scholar = independent person; 'only itself to blame' = blame on the Morrison government (Australia)"))
U(d, "\"For most of this year Canberra has acted as a loudspeaker", "Chen told China Daily.",
  ("Chen Hong", C, neg, "Australia", "two-sentence quote closed by its speaker; Washington is only mentioned"))
U(d, "He said Australian wine had won its place in China", "political relations improved.",
  ("Chen Hong", N, pos, "", "a prediction with praise of the product, no appeal to anyone = neutral, positive (unsure: could be read as a conditional appeal)"))
U(d, "The wine ruling follows the ministry's decision in May", "a year and a half.",
  ("China", C, neg, "Australia", "the barley duties reported as a measure taken against Australian imports, same reading as the lead"))
U(d, "The Australian government said at the time that it rejected the findings", "consider an appeal.",
  ("Australia", N, neg, "", "'rejected the findings' = a denial (neutral) + a procedural plan; contrast with Birmingham's 'no basis in fact'"))
U(d, "Earlier this month, the Chinese embassy in Canberra handed Australian journalists", "Chinese journalists.",
  ("China", C, neg, "Australia", "embassy = China; 'poisoning bilateral relations' = accusation; Canberra here = place; Huawei only mentioned"))
U(d, "In April, Ambassador Cheng Jingye warned", "pushing for the inquiry.",
  ("China", C, neg, "Australia", "conditional boycott warning = threat (guide)"))
U(d, "According to Wine Australia, the government agency that promotes", "first nine months of this year.",
  ("Australia", N, neu, "", "a state agency giving export figures = the state's neutral statement (Wine Australia is a statutory body)"))
