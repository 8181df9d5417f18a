# ------------------------------------------------------------------ Salma al-Shehab's 34-year sentence (State Department press briefing, several topics, 2022-08-22)
d = "page_us_statedept_shehab2022_briefing.txt"
# Not statements: header, breadcrumb, title, speaker and time lines, "MR PRICE:" prefixes are inside the units, the journalists' own questions, closing furniture.
U(d, "First, the United States welcomes the arrival in Djibouti", "Türkiye.",
  ("United States", S, pos, "", "welcome of the grain shipment; several actors credited -> target empty"))
U(d, "We commend the Secretary-General and President Erdoğan", "commitments under the deal.",
  ("United States", S, pos, "", "praise + appeal to Russia to comply: the welcome joined to an appeal on compliance; praise dominant (unsure: rule 2 could make it calling_for_talks)"))
U(d, "A Saudi court has sentenced Salma al-Shehab", "Saudi women's rights activist.",
  ("Saudi Arabia", C, neg, "", "the court's sentence reported in a question = a measure taken by the state against an activist (unsure: the court's act as a statement); rights groups unnamed: no row for them"))
U(d, "MR PRICE: We have taken this up directly with Saudi officials", "troubled we are by this case.",
  ("United States", N, neg, "Saudi Arabia", "concern conveyed with no appeal = neutral, negative"))
U(d, "Using social media to speak up for women's rights is protected expression", "is wrong.",
  ("United States", C, neg, "Saudi Arabia", "judgement of the sentence without a stock word"))
U(d, "A 34-year term followed by a travel ban just as long", "she is accused of.",
  ("United States", C, neg, "Saudi Arabia", "'out of all proportion' = judgement without a stock word"))
U(d, "Human Rights Watch says Washington gave the kingdom a blank check.", "a blank check.",
  ("Human Rights Watch", C, neg, "United States", "position reported in a question = HRW's statement (labels README)"))
U(d, "Lina Sabbagh, a researcher at the Center for Arabian Peninsula Studies, argues", "uses social media.",
  ("Lina Sabbagh", C, neg, "Saudi Arabia", "invented scholar quoted in a question = her statement; reading of the sentence as intimidation = judgement"))
U(d, "MR PRICE: I'd reject that.", "keep doing so.",
  ("United States", N, neg, "", "denial of the charge + own conduct = neutral"))
U(d, "QUESTION: Amnesty International is calling for her immediate and unconditional release.", "unconditional release.",
  ("Amnesty International", T, neg, "Saudi Arabia", "position reported in a question; demand for release addressed to one side with no judgement word in the sentence = calling_for_talks (README: demand to one side)"))
U(d, "MR PRICE: We are following the case very closely", "ahead of those conversations.",
  ("United States", N, neu, "", "monitoring, no appeal"))
U(d, "QUESTION: The British government says it is \"urgently seeking more information.\"", "\"urgently seeking more information.\"",
  ("United Kingdom", N, neu, "", "position reported in a question; procedural"))
U(d, "MR PRICE: We're in regular touch with our British partners", "this one included.",
  ("United States", N, neu, "", "procedure"))
U(d, "Iran's foreign ministry says it wants guarantees", "walk away again.",
  ("Iran", T, neu, "United States", "position reported in a question: condition for a deal = conditional offer (calling_for_talks)"))
U(d, "MR PRICE: We received the Iranian response through the European Union", "negotiate in public.",
  ("United States", N, neu, "", "procedure"))
U(d, "What I can say is that the only path back to mutual compliance", "something we'll entertain.",
  ("United States", T, neu, "Iran", "insists on the EU text (a negotiating position) + rejects extra demands with no judgement word (unsure: the refusal could read as condemning)"))
U(d, "QUESTION: Israel's prime minister says the emerging deal is a bad one.", "is a bad one.",
  ("Israel", C, neg, "", "office holder by title; judgement of the deal, several parties -> target empty"))
U(d, "MR PRICE: We have deep and ongoing consultations with our Israeli partners.", "differ on tactics.",
  ("United States", N, neu, "", "consultations and shared goal, no evaluation"))
U(d, "QUESTION: Turning to Ukraine. Russia is accusing Kyiv", "nuclear plant.",
  ("Russia", C, neg, "Ukraine", "accusation reported in a question"))
U(d, "MR PRICE: That is a claim without basis.", "at risk.",
  ("United States", C, neg, "Russia", "denial of Russia's claim + accusation: judgement decides"))
U(d, "We support the IAEA's effort to send a mission", "around it.",
  ("United States", S, pos, "IAEA", "backing the IAEA mission = supporting (call for a demilitarised zone joined to it)"))
U(d, "MR PRICE: We're alarmed by these reports.", "African Union auspices.",
  ("United States", T, neg, "", "alarm + appeal to all parties = calling_for_talks"))
U(d, "QUESTION: On Yemen. The Houthis say the Saudi-led coalition", "in breach of the truce.",
  ("Houthis", C, neg, "Saudi Arabia", "accusation reported in a question = the Houthis' statement"))
U(d, "MR PRICE: We've seen those claims, and we haven't seen evidence", "not seen in years.",
  ("United States", N, neu, "", "rebuttal of the claim with facts = neutral (denial on another's behalf)"))
U(d, "We welcome the extension of the truce, we commend Saudi Arabia and Oman", "under UN leadership.",
  ("United States", T, pos, "", "welcome + praise joined to an appeal for a ceasefire and a political process: rule 2 before rule 3 (labels README: welcome with a peace appeal)"))
U(d, "Special Envoy Hammer is in the region this week", "full weight behind it.",
  ("United States", S, pos, "African Union", "backing of the AU panel = supporting; the envoy's trip is narration inside the same unit"))
