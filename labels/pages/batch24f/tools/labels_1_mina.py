# ------------------------------------------------------------------ Mina: the haj crush of 24 Sept 2015 and the Iran-Saudi row (international wire copy, 2015-09-27)
d = "page_mina_stampede2015_wire.txt"
# Not statements: menu, time stamp, UPDATE headline, byline, read time, the four bullets, crossheads, ADVERTISEMENT,
# reporting credits, Related lines, tags, most read, copyright.
U(d, "Iran's Supreme Leader Ayatollah Ali Khamenei on Sunday demanded", "from Lagos to Ankara.",
  ("Iran", C, neg, "Saudi Arabia", "dateline excluded; demand for an apology = holding Riyadh responsible; long sentence ending in narration"))
U(d, "\"The rulers in Riyadh owe the families", "on his official website.",
  ("Iran", C, neg, "Saudi Arabia", "quote closed by its attribution tail; accusation of dodging blame (no stock word)"))
U(d, "He said Tehran would not let the matter be buried", "organised the pilgrimage.",
  ("Iran", C, neg, "Saudi Arabia", "'He' = Khamenei; rejects the Saudi inquiry in protest"))
U(d, "The crush on Thursday at Mina, a valley of tents", "the worst haj disaster in 25 years.",
  ("Saudi Arabia", N, neu, "", "toll given by the Saudi health minister = figures, neutral; the rest is narration"))
# "Two large streams of pilgrims collided ..." = narration, no row.
U(d, "Iran's Hajj and Pilgrimage Organisation said 136 Iranians", "a former ambassador to Lebanon.",
  ("Iran", N, neu, "", "state body gives its own casualty figures = neutral"))
U(d, "Saudi Foreign Minister Adel al-Jubeir, speaking to reporters", "into a weapon.",
  ("Saudi Arabia", C, neg, "Iran", "accusation of exploiting the tragedy, no stock word"))
U(d, "\"I would ask the Iranian leadership to show some respect", "Jubeir said.",
  ("Saudi Arabia", C, neg, "Iran", "rebuke of Tehran ('show some respect', 'reach for accusations')"))
U(d, "\"Where the inquiry finds failures, nobody will be shielded.\"", "nobody will be shielded.\"",
  ("Saudi Arabia", N, neu, "", "quote continued after the attribution; assurance about own inquiry = neutral"))
U(d, "Falih, the health minister, suggested on Friday", "onto the victims.",
  ("Saudi Arabia", N, neu, "", "a cause offered by the minister, no judgement on another actor; 'critics in Iran' are unnamed (no row)"))
U(d, "The Interior Ministry's spokesman, Major General Mansour al-Turki, said", "for the pilgrimage.",
  ("Saudi Arabia", N, neu, "", "facts and own deployment figures"))
U(d, "King Salman has ordered a review of haj plans", "once it was complete.",
  ("Saudi Arabia", N, neu, "", "own review and plans = neutral"))
U(d, "Saudi Arabia also flatly denied reports on Iranian television", "calling them fabrications.",
  ("Saudi Arabia", N, neg, "", "denial = neutral, negative tone (guide), even with 'fabrications' aimed at reports"))
U(d, "The kingdom's Grand Mufti, Sheikh Abdulaziz Al al-Sheikh, told", "for their work on the day.",
  ("Saudi Arabia", N, pos, "", "state religious official; praise of the kingdom's own forces = self-praise, neutral with positive tone (labels/README)"))
U(d, "President Hassan Rouhani, who cut short his stay in New York", "written in Riyadh alone.",
  ("Iran", C, neg, "Saudi Arabia", "demand for an independent inquiry + refusal of the Saudi verdict in protest = condemning"))
U(d, "Iran's state prosecutor, Ebrahim Raisi, said on state television", "over the deaths.",
  ("Iran", C, neg, "Saudi Arabia", "threat of legal action = condemning; state TV is the channel, not an actor"))
U(d, "The Foreign Ministry in Tehran summoned the Saudi charge d'affaires", "spokeswoman Marzieh Afkham said.",
  ("Iran", C, neg, "Saudi Arabia", "summons in protest with a stated grievance"))
U(d, "Parliament Speaker Ali Larijani said the disaster showed", "share in its management.",
  ("Iran", C, neg, "Saudi Arabia", "the speaker speaks for Iran; judgement that Riyadh cannot be trusted decides over the proposal"))
U(d, "Foreign Minister Mohammad Javad Zarif, who met Secretary of State John Kerry", "speed the release of bodies.",
  ("Iran", T, neu, "", "asks Washington to intercede with Riyadh = a diplomatic course (unsure: could be neutral)"))
# "Hundreds of protesters gathered ..." = narration; protesters are not actors.
U(d, "Turkish President Tayyip Erdogan stood by Riyadh", "in a confined valley.",
  ("Turkey", S, pos, "Saudi Arabia", "backing of the host's handling"))
U(d, "The Organisation of Islamic Cooperation said it supported", "headquarters in Jeddah.",
  ("Organisation of Islamic Cooperation", S, pos, "Saudi Arabia", "support and confidence in the inquiry; attribution tail"))
U(d, "Nigeria, which says at least 64 of its pilgrims died, dismissed calls", "to an international body.",
  ("Nigeria", C, neg, "Iran", "rejects Tehran's proposal outright (unsure: could be read as support of Riyadh only)"))
U(d, "\"We are not going to join anyone in making a political campaign", "told reporters in Abuja.",
  ("Nigeria", C, neg, "", "state commission head speaks for Nigeria; judgement on those politicising the deaths, no one named -> target empty"))
U(d, "Indonesia's President Joko Widodo said his government would send a team", "full cooperation.",
  ("Indonesia", N, neu, "", "plan + procedural request for cooperation in identification, no judgement"))
U(d, "Pakistan's Religious Affairs Minister Sardar Muhammad Yousaf said", "was continuing.",
  ("Pakistan", N, neu, "", "own casualty figures"))
U(d, "India's Foreign Minister Sushma Swaraj said Saudi officials had shared", "had risen to 18.",
  ("India", N, neu, "", "facts and figures"))
U(d, "U.N. Secretary-General Ban Ki-moon expressed his deep sadness", "his spokesman said.",
  ("United Nations", S, neg, "", "offer of help = supporting; grief = negative tone; no single recipient -> target empty"))
U(d, "The U.S. State Department offered its condolences", "if asked.",
  ("United States", S, neu, "Saudi Arabia", "condolences + offer of help to the Saudi authorities"))
U(d, "Egypt's Foreign Ministry said it was in constant contact", "treating the injured.",
  ("Egypt", S, pos, "Saudi Arabia", "praise of the Saudi response"))
# "Analysts said the row could harden positions ..." = unnamed analysts, no row.
U(d, "\"For Riyadh, custodianship of the holy sites is the core", "where it is pressing.\"",
  ("Omar Baalbaki", N, neu, "", "invented analyst; analysis of both sides' motives, no explicit judgement (unsure: 'knows exactly where it is pressing' could be read as a judgement of Iran)"))
U(d, "Baalbaki said a joint technical review", "lower the temperature.",
  ("Omar Baalbaki", T, neu, "", "proposal to de-escalate through a joint review = calling_for_talks"))
U(d, "Yusuf Adeyemi, a 52-year-old pilgrim from Kano", "without telling anyone why.",
  ("Yusuf Adeyemi", N, neg, "", "invented witness; account of what he saw"))
U(d, "\"I blame the organisers, not God,\" he said", "from a hospital in Mina.",
  ("Yusuf Adeyemi", C, neg, "Saudi Arabia", "explicit blame of the Saudi organisers"))
