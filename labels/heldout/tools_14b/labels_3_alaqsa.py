# ------------------------------------------------------------------ Ben-Gvir's visit to the Al-Aqsa compound and the reactions (scraped Jordanian regional page, 2023-01-04)
d = "page_alaqsa_bengvir_regional.txt"
U(d, "Jordan summoned Israel's ambassador on Tuesday", "in occupied East Jerusalem.",
  ("Jordan", C, neg, "Israel", "dateline 'AMMAN — ' excluded; summoning the envoy = protest measure (condemning); 'a wave of ... criticism followed' is vague, no rows for the others"))
U(d, "The Jordanian foreign ministry said the minister's entry", "sanctity of the mosque.",
  ("Jordan", C, neg, "Israel", "judgement without the stock verb ('act of provocation that trampled on international law'); the minister = Israel (Ben-Gvir is an alias of Israel)"))
U(d, "Ministry spokesman Sinan Al-Majali said the envoy had been summoned", "for his government.",
  ("Jordan", C, neg, "Israel", "'Ministry' = Jordan's foreign ministry by context; written protest = protest measure"))
U(d, "The ministry told Israel to refrain from any step affecting the holy places", "is bound to defend.",
  ("Jordan", T, neg, "Israel", "demand addressed to one side, no judgement word = calling_for_talks, negative (labels README); Jordan's custodianship is background"))
U(d, "Palestinian Prime Minister Mohammad Shtayyeh accused Ben-Gvir", "stand guard at the compound.",
  ("Palestine", C, neg, "Israel", "role before the name; accusation; the call to Palestinians is not an appeal for talks (rule 1 anyway)"))
U(d, "The Palestinian foreign ministry said the visit was a deliberate attempt", "for its consequences.",
  ("Palestine", C, neg, "Israel", "judgement + 'held ... accountable' (guide cue)"))
U(d, "In Gaza, Hamas spokesman Hazem Qassem said", "to be divided.",
  ("Hamas", C, neg, "Israel", "Gaza = place; threat of a response"))
U(d, "Saudi Arabia, Egypt, Qatar, Kuwait, and Turkey also condemned the visit.", "Saudi Arabia, Egypt, Qatar, Kuwait, and Turkey also condemned the visit.",
  ("Saudi Arabia", C, neg, "Israel", "Oxford-comma list of five states, one row each"),
  ("Egypt", C, neg, "Israel", "same list"),
  ("Qatar", C, neg, "Israel", "same list"),
  ("Kuwait", C, neg, "Israel", "same list"),
  ("Turkey", C, neg, "Israel", "same list"))
U(d, "The Saudi foreign ministry said the minister's conduct defied", "sacred to Muslims.",
  ("Saudi Arabia", C, neg, "Israel", "judgement without stock words ('defied', 'showed contempt')"))
U(d, "Egypt's foreign ministry reaffirmed Cairo's support", "holy sites in Jerusalem.",
  ("Egypt", S, pos, "Jordan", "backing of Jordan's custodianship = supporting; Cairo = metonym"))
U(d, "The United Arab Emirates, which normalised relations with Israel in 2020", "the mosque's courtyards.",
  ("United Arab Emirates", C, neg, "Israel", "condemnation; the normalisation is background in a relative clause"))
U(d, "The UAE and China asked the UN Security Council to hold an open meeting", "expected on Thursday.",
  ("United Arab Emirates", T, neu, "", "request for a Council meeting = asking for a diplomatic meeting (calling_for_talks); source: the UAE's own mission"),
  ("China", T, neu, "", "co-requester of the meeting, reported by the UAE mission (a position of X reported by Y is X's)"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit said the incursion", "occupied territories.",
  ("Arab League", C, neg, "Israel", "'extremist agenda' of the new government = judgement"))
U(d, "In Washington, State Department spokesman Ned Price told reporters", "around the holy sites.",
  ("United States", N, neg, "", "concern aimed at 'any one-sided step', no appeal, no actor named = neutral, negative (guide); Washington = place"))
U(d, "U.S. Ambassador to Israel Tom Nides had earlier made clear", "according to a U.S. official.",
  ("United States", T, neu, "Israel", "'opposes any move that would alter the status quo' aimed at no named act = appeal (guide: 'opposes any escalation'); addressed to Netanyahu's office -> target Israel (unsure)"))
U(d, "UN spokesman Stephane Dujarric said Secretary-General Antonio Guterres urged", "uphold the status quo.",
  ("United Nations", T, neu, "", "appeal to all parties; spokesman relays the SG"))
U(d, "An official in Netanyahu's office said the prime minister was committed", "in past years.",
  ("Israel", N, neu, "", "unnamed official of a named office = Israel; commitment about its own conduct + precedent = neutral"))
U(d, "\"Anyone saying the status quo has shifted is simply wrong,\" the official said.", "the official said.",
  ("Israel", N, neg, "", "denial = neutral, negative (guide)"))
U(d, "Ben-Gvir himself said after the visit that Jews, Muslims and Christians alike", "take orders from Hamas.",
  ("Israel", C, neg, "Hamas", "minister = Israel (name files); refusing Hamas's demands = rejecting a party in protest (unsure: could be read as neutral defiance)"))
U(d, "\"Those who threaten us will get an answer,\" he said.", "\"Those who threaten us will get an answer,\" he said.",
  ("Israel", C, neg, "Hamas", "threat; 'Those who threaten us' = Hamas by context (the previous sentence)"))
U(d, "Opposition leader Yair Lapid, who had warned a day earlier", "for the sake of a photo.",
  ("Yesh Atid", C, neg, "Israel", "opposition leader judges his own government (as batch5c's Lapid row)"))
U(d, "An Israeli official denied that Netanyahu's planned trip to Abu Dhabi", "scheduling reasons.",
  ("Israel", N, neg, "", "denial of a link; Abu Dhabi = place"))
U(d, "The Israeli army said a rocket fired from the Gaza Strip", "Palestinian territory.",
  ("Israel", N, neu, "", "'The Israeli army' = Israel; a fact given by an actor (no one blamed)"))
