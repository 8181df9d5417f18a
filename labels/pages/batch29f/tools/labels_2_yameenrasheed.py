# ------------------------------------------------------------------ Malé 2017: the killing of blogger Yameen Rasheed (national daily, full HTML, 2017-04-24)
d = "page_yameenrasheed2017_male_daily.html"
# Not statements: menu, breadcrumbs, ADVERTISEMENT, headline, byline, caption, Related link, share bar, comments, most read, footer.
# Opening paragraph (the killing) and "Friends said he had reported threats ..." = narration / unnamed speakers, no row.
U(d, "The President's Office said in a statement on Sunday afternoon", "bringing them before the courts.",
  ("Maldives", C, neg, "", "order to bring the killers to justice = response against the perpetrators (unnamed) -> condemning, target empty"))
U(d, "\"An attack of this kind on any citizen", "the statement said.",
  ("Maldives", C, neg, "", "speaker carried across a paragraph ('the statement'); judgement of the attack without stock words"))
U(d, "A police spokesman told reporters", "no arrests had yet been made.",
  ("Maldives", N, neu, "", "police = state; facts of the inquiry"))
U(d, "The spokesman denied that officers had brushed aside", "logged and looked into.",
  ("Maldives", N, neg, "", "later 'the spokesman'; denial = neutral, negative"))
U(d, "Home Minister Azleen Ahmed said the police had the capacity", "no need for foreign investigators.",
  ("Maldives", N, neu, "", "refusal of outside help with no judgement stated = neutral"))
U(d, "Foreign Minister Mohamed Asim told diplomats", "how to conduct a police inquiry.",
  ("Maldives", C, neg, "", "rejects foreign 'lectures' = rejection in protest; several missions -> target empty (unsure: could be neutral)"))
# "The opposition took the opposite view within hours." = transition line, no row.
U(d, "The Maldivian Democratic Party said in a statement that the country's police", "foreign investigators be brought in.",
  ("Maldivian Democratic Party", C, neg, "Maldives", "judgement on the police's credibility + demand (rule 1)"))
U(d, "Former president Mohamed Nasheed, the party's leader", "could deliver justice.",
  ("Maldivian Democratic Party", T, neg, "", "the party's leader speaks for it; grief + demand for an international inquiry, no judgement of an actor = calling_for_talks"))
U(d, "The party's spokesman later added", "disappeared in August 2014.",
  ("Maldivian Democratic Party", C, neg, "Maldives", "'the party's spokesman'; accusation of inaction"))
U(d, "A lawmaker of the ruling Progressive Party of Maldives accused", "political points.",
  ("Progressive Party of Maldives", C, neg, "Maldivian Democratic Party", "named party's lawmaker speaks for the party; accusation"))
U(d, "The Human Rights Commission of the Maldives said it was deeply troubled", "speak their minds online.",
  ("Human Rights Commission of the Maldives", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "The Maldives Journalists Association said it would hold", "wear black.",
  ("Maldives Journalists Association", S, neg, "", "vigil in mourning = solidarity by act; mourning tone"))
# "Foreign missions accredited to the Maldives ... responded through the day." = summary line, no row.
U(d, "The United Nations in the Maldives said the organisation was saddened", "impartial investigation.",
  ("United Nations", T, neg, "Maldives", "sorrow + appeal for an investigation, no judgement = calling_for_talks"))
U(d, "The European Union delegation said freedom of expression", "brought to justice.",
  ("European Union", C, neg, "", "judgement without stock words ('hunted down') joined to an appeal = condemning (rule 1); perpetrators unnamed"))
U(d, "In a message on social media, the United States embassy offered its condolences", "friends of the blogger.",
  ("United States", S, neg, "", "condolences = sympathy/solidarity; addressed to the family -> target empty; grief tone"))
U(d, "The British High Commission said it was shocked", "journalists and bloggers.",
  ("United Kingdom", N, neg, "", "shock with no appeal = neutral, negative"),
  ("Canada", T, neu, "Maldives", "appeal to guarantee journalists' safety, no judgement = calling_for_talks"))
U(d, "In New Delhi, External Affairs Ministry spokesman Gopal Baglay said", "found quickly.",
  ("India", C, neg, "", "condemnation + hope; killers unnamed -> target empty"))
U(d, "The Committee to Protect Journalists said the failure", "never be punished.",
  ("Committee to Protect Journalists", C, neg, "Maldives", "judgement on the state's failure, no stock word"))
U(d, "Reporters Without Borders went further", "before his death.",
  ("Reporters Without Borders", C, neg, "Maldives", "holds the authorities responsible"))
U(d, "Amnesty International urged the government", "received threats.",
  ("Amnesty International", T, neg, "Maldives", "appeal to protect people; 'climate of impunity' is close to a judgement (unsure: could be condemning)"))
U(d, "Ibrahim Nazeer, a neighbour who helped carry Rasheed", "broken for a week.",
  ("Ibrahim Nazeer", N, neu, "", "invented witness; facts only"))
U(d, "Aminath Shaheema, a lecturer in law", "suspicion of the police.",
  ("Aminath Shaheema", C, neg, "Maldives", "invented scholar; judgement of the refusal ('a mistake')"))
U(d, "\"If the state has nothing to hide", "Shaheema said.",
  ("Aminath Shaheema", T, neu, "Maldives", "surname only; appeal to accept outside experts, no judgement word = calling_for_talks"))
# "Rasheed's funeral prayers ..." = narration, no row.
U(d, "The party will table a motion in parliament this week", "its parliamentary group leader said.",
  ("Maldivian Democratic Party", T, neu, "", "announced motion for an international inquiry = demand for an inquiry = calling_for_talks (as in batch22a)"))
