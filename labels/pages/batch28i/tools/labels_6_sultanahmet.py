# ------------------------------------------------------------------ The Sultanahmet suicide bombing in Istanbul (world-reacts round-up, 2016-01-13)
d = "page_turkey_sultanahmet_bombing2016_worldreacts.txt"
# Not statements: masthead, menu, breaking ticker, headline, standfirst, byline, time stamps, reading time, photo caption "[Photo 1 of 6]",
# the section labels (TURKEY, GERMANY ...), "Here is how governments and organisations responded.", ADVERTISEMENT, ANALYSIS label,
# Related list, tags, share bar, newsletter prompt, most read, copyright.
# "A suicide bomber blew himself up ..." and "The blast struck at about 10:20 ..." = narration and casualty figures from no named source, no row.
U(d, "Turkish officials identified the bomber as a 28-year-old man", "entered the country from Syria.",
  ("Turkey", N, neu, "", "unnamed officials of a named government speak for it; facts of the investigation"))
U(d, "President Recep Tayyip Erdoğan, opening a gathering of Turkish ambassadors in Ankara, condemned", "in remarks broadcast live.",
  ("Turkey", C, neg, "", "condemnation of the attack; the bomber is not an actor -> target empty"))
U(d, "Prime Minister Ahmet Davutoğlu said the bomber belonged to Daesh", "no longer posed a threat to anyone.",
  ("Turkey", C, neg, "Islamic State", "blames Daesh and vows to keep fighting it = threatened response"))
U(d, "Deputy Prime Minister Numan Kurtulmuş told reporters after an emergency security meeting", "in a serious condition.",
  ("Turkey", N, neu, "", "figures on the wounded = neutral"))
U(d, "Chancellor Angela Merkel, speaking in Berlin, said terrorists had once again struck", "on the same side.",
  ("Germany", C, neg, "", "judgement of the attackers (unnamed) + resolve; target empty"))
U(d, "Foreign Minister Frank-Walter Steinmeier said German diplomats were at the scene", "eight of the dead were German.",
  ("Germany", N, neu, "", "consular facts and toll given by an actor = neutral"))
U(d, "Interior Minister Thomas de Maizière will travel to Istanbul on Wednesday", "his ministry said.",
  ("Germany", N, neu, "", "announced trip; attribution tail; no stance stated"))
U(d, "The Foreign Office advised Germans in Istanbul to stay away", "for the time being.",
  ("Germany", N, neu, "", "travel advice to own citizens = procedure"))
U(d, "An unequivocal condemnation from State Department spokesman John Kirby", "the families of those killed.",
  ("United States", C, neg, "", "bullet with no verb; condemnation + condolences, rule 1"))
U(d, "Brett McGurk, the presidential envoy to the coalition against ISIL, wrote on Twitter", "with its Turkish partners.",
  ("United States", C, neg, "", "vow to pursue those responsible = threatened response; perpetrators unnamed -> target empty"))
U(d, "European Council President Donald Tusk called the bombing a cowardly assault", "would not be intimidated.",
  ("European Union", C, neg, "", "judgement of the attack"))
U(d, "Condolences and full solidarity with Turkey from EU foreign policy chief Federica Mogherini.", "Federica Mogherini.",
  ("European Union", S, neg, "Turkey", "bullet with no verb; condolences and solidarity = supporting; grief -> negative tone, as the other condolence rows"))
U(d, "NATO Secretary General Jens Stoltenberg condemned the attack", "in the fight against terrorism.",
  ("NATO", C, neg, "", "condemnation joined to solidarity with Turkey; rule 1"))
U(d, "Secretary-General Ban Ki-moon condemned the attack and hoped", "issued by his spokesman.",
  ("United Nations", C, neg, "", "condemnation + hope for justice; 'according to a statement issued by' tail"))
U(d, "The Security Council condemned the attack in a press statement", "Governments of Turkey and Germany.",
  ("United Nations", C, neg, "", "Security Council = United Nations; condemnation + sympathy, rule 1"))
U(d, "France: President François Hollande telephoned Erdoğan to convey France's solidarity", "security services.",
  ("France", S, pos, "Turkey", "solidarity + offer of closer security cooperation = supporting; the call is the vehicle"))
U(d, "Visegrád Group: the prime ministers of the Czech Republic, Hungary, Poland and Slovakia sent a joint letter", "to Davutoğlu.",
  ("Czech Republic", S, neg, "Turkey", "joint act by a list of states: letter of condolence = supporting; grief -> negative tone"),
  ("Hungary", S, neg, "Turkey", "same joint letter"),
  ("Poland", S, neg, "Turkey", "same joint letter"),
  ("Slovakia", S, neg, "Turkey", "same joint letter"))
U(d, "Azerbaijan: Hopes for the recovery of the wounded and for calm", "Ilham Aliyev to Erdoğan.",
  ("Azerbaijan", T, pos, "", "bullet with no verb; hope for calm in the region = calling_for_talks (hope), rule 2 before the implicit sympathy"))
U(d, "Greece: Sorrow and solidarity with the Turkish people", "Prime Minister Alexis Tsipras.",
  ("Greece", S, neg, "Turkey", "bullet with no verb; condolence and solidarity = supporting; sorrow -> negative tone"))
U(d, "Russia: Moscow's condolences went pointedly to the families and to Germany rather than to Ankara.", "rather than to Ankara.",
  ("Russia", S, neg, "Germany", "condolences = supporting, aimed at Germany; the snub of Ankara is the outlet's reading, not a stated judgement"))
U(d, "Foreign ministry spokeswoman Maria Zakharova said the bombing showed the price", "open to militants for years.",
  ("Russia", C, neg, "Turkey", "paragraph without a country label, under the Russia bullet; blame of Turkey's border policy = judgement without stock words"))
U(d, "Peru: Foreign Minister Ana María Sánchez said one Peruvian man had been killed", "a Peruvian woman wounded.",
  ("Peru", N, neu, "", "casualty facts = neutral"))
U(d, "Norway: One citizen among the wounded, lightly hurt", "foreign ministry spokeswoman.",
  ("Norway", N, neu, "", "bullet with no verb; fact given by the ministry"))
U(d, "South Korea: One national wounded, according to the foreign ministry in Seoul.", "the foreign ministry in Seoul.",
  ("South Korea", N, neu, "", "bullet with no verb; fact"))
U(d, "Denmark: The foreign ministry told Danes in Turkey to avoid crowded places", "outside the main attractions.",
  ("Denmark", N, neu, "", "travel advice = procedure"))
U(d, "Israel: Prime Minister Benjamin Netanyahu condemned the attack", "fighting terrorism.",
  ("Israel", C, neg, "", "condemnation"))
U(d, "Iran: Foreign ministry spokesman Hossein Jaber Ansari condemned the bombing", "bereaved families.",
  ("Iran", C, neg, "", "condemnation + condolences, rule 1"))
U(d, "Saudi Arabia: Riyadh's condemnation, carried by the state news agency SPA", "protect its security.",
  ("Saudi Arabia", C, neg, "", "bullet with no verb; condemnation + backing for Turkey's measures, rule 1; agency not an actor"))
U(d, "Emre Yalçınkaya, a security analyst at the Istanbul Centre for Security Studies, said", "as well as its security forces.",
  ("Emre Yalçınkaya", N, neg, "", "invented analyst; reading of the group's intent, no judgement"))
U(d, "He said Ankara had let the group's networks operate in Turkish cities for too long", "paying for that patience.",
  ("Emre Yalçınkaya", C, neg, "Turkey", "pronoun = Yalçınkaya; blames Ankara's tolerance = judgement without stock words"))
U(d, "\"This was a message to every tour operator in Europe,\" Yalçınkaya said.", "Yalçınkaya said.",
  ("Emre Yalçınkaya", N, neg, "", "assessment"))
U(d, "Mehmet Arslan, a carpet seller whose shop faces the square, said", "beside the obelisk.",
  ("Mehmet Arslan", N, neg, "", "invented witness; what he saw"))
U(d, "\"Tomorrow nobody will come.", "he said.",
  ("Mehmet Arslan", N, neg, "", "witness's fear for trade, no judgement"))
