# ------------------------------------------------------------------ Killings of Cesare Tavella and Kunio Hoshi in Bangladesh (national daily, 2015-10-05)
d = "page_dhaka_tavella_hoshi_2015_dailynews.txt"
# Not statements: masthead, menu, breadcrumb, headline (carries Hasina's position), standfirst, byline, time stamps,
# crossheads, photo caption, ADVERTISEMENT, Related, tags, most read, copyright.
U(d, "Prime Minister Sheikh Hasina yesterday said the killings", "on Bangladeshi soil.",
  ("Bangladesh", C, neg, "", "lede; 'calculated attacks to unsettle the country' = judgement of the killers + denial of an IS presence; the judgement decides; killers unnamed -> target empty"))
U(d, "Speaking to editors and senior journalists at Ganabhaban, the Prime Minister said", "frighten away its friends.",
  ("Bangladesh", C, neg, "", "'the Prime Minister' by title; accusation aimed at the opponents of 1971 (no canonical actor named) -> target empty"))
U(d, "\"Those who burned buses and people alive", "just as they failed then.\"",
  ("Bangladesh", C, neg, "", "quote continued across two sentences and an attribution; accusation by allusion to the opposition's 2015 blockade (BNP not named) -> target empty"))
U(d, "The Prime Minister said the intelligence agencies had been told", "arrests soon.",
  ("Bangladesh", N, neu, "", "instructions and an expectation = procedure, neutral"))
U(d, "She urged people not to panic", "work for them.",
  ("Bangladesh", N, neu, "", "appeal to her own citizens for calm about rumours, not a diplomatic or peaceful-course appeal between parties = neutral (unsure: could be calling_for_talks)"))
# "Cesare Tavella, 50, ... Kunio Hoshi, 66, ..." = narration, no row.
U(d, "Statements in the name of the Islamic State claimed both killings", "SITE Intelligence Group.",
  ("Islamic State", N, neu, "", "claim of responsibility reported via SITE (not an actor) = the group's own act given as fact, neutral (unsure: a claim of killing 'crusaders' is hostile)"))
U(d, "Home Minister Asaduzzaman Khan Kamal, speaking at a separate event", "a political address.",
  ("Bangladesh", C, neg, "", "the killings have 'a political address' = accusation by allusion; target empty"))
U(d, "According to the minister, the BNP-Jamaat alliance had failed", "isolate the country abroad.",
  ("Bangladesh", C, neg, "", "'according to the minister'; accusation against the BNP-Jamaat alliance (two actors) -> target empty"))
U(d, "\"We know who gains when a foreigner dies on our streets,\" he said.", "face the law too.\"",
  ("Bangladesh", C, neg, "", "insinuation + threat of prosecution for backers = condemning; target empty"))
U(d, "The Home Minister also said foreign missions in Dhaka had been offered", "Banani and Baridhara.",
  ("Bangladesh", N, neu, "", "security measures = neutral"))
U(d, "Information Minister Hasanul Haq Inu told reporters at the Secretariat", "bigger than they were.",
  ("Bangladesh", N, neg, "", "dismissal of the IS claim as fabricated = a denial (neutral, negative); unsure: 'cut-and-paste job' could be read as a judgement on IS"))
U(d, "Police chief AKM Shahidul Hoque said yesterday that detectives had found no link", "any foreign organisation.",
  ("Bangladesh", N, neu, "", "finding of the investigation = neutral"))
# "The foreign ministry briefed ambassadors ... at a meeting chaired by ..." = a meeting, no position: no row.
U(d, "Mahmood Ali told the envoys that Bangladesh valued their presence", "a ministry press release said.",
  ("Bangladesh", N, pos, "", "reassurance about own conduct = neutral, positive tone"))
U(d, "He asked the missions to refrain from issuing travel alerts", "purposes of the killers.",
  ("Bangladesh", C, neg, "", "reported clause: criticism of the missions' travel alerts as serving the killers = judgement aimed at several states -> target empty (unsure)"))
U(d, "Italian Foreign Minister Paolo Gentiloni said in Rome", "killed Tavella.",
  ("Italy", N, neu, "", "expectation of justice from Dhaka, no judgement, no peace appeal = neutral (unsure: could be calling_for_talks)"))
U(d, "Japan's Chief Cabinet Secretary Yoshihide Suga said in Tokyo", "bring the killers to justice.",
  ("Japan", C, neg, "", "'unforgivable crime' = judgement on the killers + request to Dhaka; target empty"))
U(d, "The United States Embassy in Dhaka said it was taking the claims", "help Bangladesh investigate.",
  ("United States", S, neu, "Bangladesh", "offer of help with the investigation = supporting"))
U(d, "Britain's high commission kept its advice to avoid public gatherings in place.", "Britain's high commission kept its advice to avoid public gatherings in place.",
  ("United Kingdom", N, neu, "", "keeping a travel advice (an act) = neutral, procedural"))
# "Last week Cricket Australia postponed ..." = narration; Cricket Australia is not a state body, DFAT's advice is narrated. No row.
U(d, "BNP Standing Committee member Moudud Ahmed described the Prime Minister's remarks", "protect foreigners.",
  ("Bangladesh Nationalist Party", C, neg, "Bangladesh", "denial + counter-accusation of the government's failure = condemning"))
U(d, "\"The party has nothing to do with these murders", "Nayapaltan office.",
  ("Bangladesh Nationalist Party", N, neg, "", "denial + wish that killers be caught = neutral, negative"))
# "Jamaat-e-Islami did not respond to requests for comment." = non-answer, no row.
U(d, "Professor Tahmina Sobhan, who teaches security studies at the University of Dhaka, said", "hoped to reassure.",
  ("Tahmina Sobhan", C, neg, "Bangladesh", "invented scholar; judgement of the government's secrecy without a stock word"))
U(d, "\"Whether the gunmen answer to Raqqa or to someone in Dhaka", "Sobhan said.",
  ("Tahmina Sobhan", N, neu, "", "demand for evidence, no judgement, no peace appeal = neutral (unsure)"))
U(d, "She said the government and the opposition should sit down", "defeat it alone.",
  ("Tahmina Sobhan", T, neu, "", "appeal for dialogue between government and opposition = calling_for_talks"))
U(d, "In Alutari village, Mofizul Islam, who worked alongside Hoshi", "anyone in the area.",
  ("Mofizul Islam", N, pos, "", "invented co-worker (person); account of the victim = neutral, positive"))
U(d, "\"He came here to help poor farmers. Whoever did this has shamed all of us,\" Islam said.",
  "\"He came here to help poor farmers. Whoever did this has shamed all of us,\" Islam said.",
  ("Mofizul Islam", C, neg, "", "judgement of the killers; target empty"))
