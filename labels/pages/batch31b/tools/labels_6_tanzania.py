# ------------------------------------------------------------------ Tanzania: Loliondo demarcation, murder charges, critics (national daily scraped as text, 2022-06-24)
d = "page_tanzania_loliondo_demarcation2022_daily.txt"
# Not statements: masthead, menu, date, section path, headline, byline, read time, [Image] captions and credits,
# ADVERTISEMENT, the crosshead "Criticism grows", share prompts, RELATED, MOST READ, tags, copyright.
U(d, "The government has insisted that the marking of a 1,500-square-kilometre area", "at home and abroad over the conduct of security forces in the area.",
  ("Tanzania", N, neu, "", "dateline 'Arusha.' excluded; 'the government' = Tanzania; defence of its own exercise as lawful + no village loses land = reassurance, neutral (the 'criticism' clause has no named speaker)"))
U(d, "Prosecutors this week charged more than 20 residents of Loliondo", "on June 10.",
  ("Tanzania", C, neg, "", "prosecutors = state; murder and conspiracy charges = a measure against the residents (not canonical actors) -> target empty"))
# "The accused were not asked to plead ... remanded in custody." = court procedure, narration.
U(d, "Speaking to reporters in Dodoma on Wednesday, the Government Chief Spokesperson, Mr Gerson Msigwa, said no resident", "placing the beacons.",
  ("Tanzania", N, neg, "", "the government spokesman (alias of Tanzania); denial of evictions = neutral, negative"))
U(d, "\"Go to Ololosokwan and you will find people in their homes", "Mr Msigwa said.",
  ("Tanzania", N, neg, "", "multi-sentence quote closed by its speaker; denial continued"))
U(d, "He added that some organisations were circulating photographs", "urged the public to ignore them.",
  ("Tanzania", C, neg, "", "accusation that unnamed organisations use false pictures to damage the country = judgement; no named organisation -> target empty"))
U(d, "Last week the Minister for Natural Resources and Tourism, Dr Pindi Chana, signed a government notice", "the Serengeti ecosystem.",
  ("Tanzania", N, neu, "", "minister's notice and the ministry's reason = the state's own act reported, no evaluation of another actor"))
U(d, "Prime Minister Kassim Majaliwa told Parliament on June 9", "grazing and settlement.",
  ("Tanzania", N, neu, "", "head of government; land figures and a plan = neutral"))
U(d, "Arusha Regional Commissioner John Mongella, who has visited the area several times", "according to the law.",
  ("Tanzania", C, neg, "", "regional commissioner resolves to his state (labels/README); progress report (beacons nearly all in place) + warning to anyone inciting resistance = threatened response, target empty"))
U(d, "\"That officer went to Loliondo to do his job and did not come home.", "Mr Mongella said.",
  ("Tanzania", C, neg, "", "multi-sentence quote closed by its speaker; vow to find those who planned the attack = threat against unnamed attackers"))
U(d, "The African Commission on Human and Peoples' Rights, based in Banjul", "had been carried out.",
  ("African Union", C, neg, "Tanzania", "the Commission is an organ of the African Union (as the IACHR is an alias of the OAS in the name files; alias added in new_actors.csv); 'unacceptable' + suspension until an inquiry = condemning"))
U(d, "A group of United Nations human rights experts said on June 15", "in good faith.",
  ("United Nations", T, neg, "Tanzania", "UN experts = United Nations; alarm + call to stop the relocation and consult, no judgement word = calling_for_talks"))
U(d, "The executive director of the Legal and Human Rights Centre, Ms Anna Henga", "the detained councillors.",
  ("Legal and Human Rights Centre", C, neg, "Tanzania", "new actor; pushing ahead while the case is before the EACJ = judgement + release demand"))
U(d, "\"You cannot lock up the people's elected leaders", "Ms Henga said.",
  ("Legal and Human Rights Centre", C, neg, "Tanzania", "surname only; rebuttal of the government's 'participatory' claim = judgement"))
U(d, "ACT-Wazalendo party leader Zitto Kabwe urged the government", "settled by agreement.",
  ("ACT-Wazalendo", T, neu, "Tanzania", "party leader speaks for the party; appeal to halt and negotiate, no judgement = calling_for_talks"))
U(d, "The Tanganyika Law Society said in a statement that the murder charges", "into silence.",
  ("Tanganyika Law Society", C, neg, "Tanzania", "charges said to be meant to frighten the community = judgement on the prosecution"))
U(d, "Amnesty International said the force used on June 10 must be investigated", "brought to justice.",
  ("Amnesty International", C, neg, "Tanzania", "demand for an inquiry joined to a charge of shooting at unarmed residents (an accusation by describing attacks on civilians) = condemning; the security forces = Tanzania"))
U(d, "In neighbouring Kenya, a government administrator in Narok County said", "gunshot and other wounds.",
  ("Kenya", N, neu, "", "unnamed official of a named government speaks for it; arrivals and injuries = figures, neutral tone"))
U(d, "Naserian Kaika, a 34-year-old mother of three", "near the Oloosek area.",
  ("Naserian Kaika", N, neg, "", "invented resident, named = independent person; her flight, no judgement on an actor"))
U(d, "\"We left the cattle, we left everything.", "she said.",
  ("Naserian Kaika", N, neg, "", "quote closed by 'she said'; loss and fear, no appeal or judgement"))
U(d, "Lazaro Mollel, a researcher on pastoralist land rights based in Arusha", "on which the herds depend.",
  ("Lazaro Mollel", C, neg, "Tanzania", "invented researcher; 'missed the point' = judgement on the government's promise"))
U(d, "\"Take away the dry-season pasture", "Mr Mollel said.",
  ("Lazaro Mollel", C, neg, "Tanzania", "surname only; 'a slow eviction' = judgement"))
# "The East African Court of Justice in Arusha on Wednesday put off to September its ruling ..." = a court's scheduling
# decision, no position taken: narration, no row.
# "Loliondo, which borders the Serengeti National Park, ..." = background narration.
