# ------------------------------------------------------------------ Costa Rica's Conti ransomware emergency (explainer / Q&A, 2022-05-17)
d = "page_costarica_conti_ransomware2022_explainer.txt"
# Not statements: masthead, menu, EXPLAINER label, headline, byline, dateline line, the standfirst lede (narration), the Q&A
# questions (subheadings), ADVERTISEMENT, related explainers, tags, newsletter prompt, copyright.
U(d, "On 18 April, the Finance Ministry found that several of its systems", "had been encrypted.",
  ("Costa Rica", N, neu, "", "the ministry's own finding = facts given by an actor"))
# "Within days, attacks were reported at ..." = no named source, no row.  "Exporters say ..." = unnamed, no row.
U(d, "Conti, a Russian-speaking ransomware group, posted on its leak site", "raising the figure to 20 million.",
  ("Conti ransomware group", C, neg, "Costa Rica", "claim of the attack + ransom demand = ultimatum against the state = condemning"))
U(d, "In messages on the same site, the group urged Costa Ricans to pressure", "were helping it.",
  ("Conti ransomware group", C, neg, "Costa Rica", "'the group'; pressure campaign + insider claim = hostile threat (unsure)"))
U(d, "In one post last week the group went further", "bring the government down.",
  ("Conti ransomware group", C, neg, "Costa Rica", "threat to topple the government = condemning"))
U(d, "Former president Carlos Alvarado, who was in office when the attack began, said in April", "its own data.",
  ("Costa Rica", C, neg, "Conti ransomware group", "president at the time speaks for the state; refusal + 'criminals' = judgement; the answer's opening 'No.' is the outlet's"))
U(d, "His successor, Rodrigo Chaves, who was sworn in on 8 May, signed the emergency decree", "on his first day.",
  ("Costa Rica", N, neu, "", "own emergency measure, not aimed at another side = neutral"))
U(d, "Chaves told reporters on Monday that the country was fighting an enemy without a face", "found and prosecuted.",
  ("Costa Rica", C, neg, "Conti ransomware group", "surname only; accusation + vow to prosecute collaborators"))
U(d, "The president's office said in a statement that no ransom would be paid", "the government's first task.",
  ("Costa Rica", N, neu, "", "refusal stated with no judgement in the sentence + own priorities = neutral (contrast with Alvarado's line)"))
U(d, "The science and technology minister said the decree allowed ministries", "the usual tendering rules.",
  ("Costa Rica", N, neu, "", "minister by title only; procedure"))
# "The United States has been the most visible partner." = summary line, no row.
U(d, "The State Department announced a reward of up to 10 million dollars", "operations in the world.",
  ("United States", C, neg, "Conti ransomware group", "bounty on the group's leaders = measure against it + judgement"))
U(d, "State Department spokesman Ned Price said Washington stood with Costa Rica", "to account.",
  ("United States", C, neg, "", "solidarity with Costa Rica joined to 'hold ransomware criminals to account' (judgement + threatened response): rule 1 makes it condemning; the criminals are not named -> target empty (re-checked in the random draw; was supporting)"))
U(d, "According to the Costa Rican foreign ministry, the United States, Spain and Israel have sent technical teams", "the affected systems.",
  ("United States", S, pos, "Costa Rica", "listed states' backing by act, reported by the ministry (one row per listed state)"),
  ("Spain", S, pos, "Costa Rica", "listed state; technical help"),
  ("Israel", S, pos, "Costa Rica", "listed state; technical help"))
U(d, "Spain's embassy in San José confirmed that experts", "Costa Rican counterparts.",
  ("Spain", S, pos, "Costa Rica", "help confirmed by the embassy = supporting"))
U(d, "Microsoft, which already had a cooperation agreement with the government, said", "free of charge.",
  ("Microsoft", S, pos, "Costa Rica", "company providing aid = supporting"))
U(d, "The Organization of American States' cybersecurity programme said it had offered", "incident-response help.",
  ("Organization of American States", S, pos, "Costa Rica", "offer of assistance"))
U(d, "Guatemala's foreign ministry sent a message of solidarity to San José", "at Costa Rica's disposal.",
  ("Guatemala", S, pos, "Costa Rica", "state by adjective; solidarity + offer of its team = supporting; San José = metonym"))
U(d, "The Central American Integration System (SICA) said member states would take up", "foreign ministers.",
  ("Central American Integration System", N, neu, "", "agenda of a coming meeting = plan, neutral (guide: announced meeting date)"))
# "Nothing, so far. The Russian embassy in San José has not commented publicly on the attack." = non-answer, no row.
U(d, "Conti is not known to be directed by any state, although in February it posted a statement pledging", "later softened.",
  ("Conti ransomware group", S, pos, "Russia", "earlier pledge of backing for the Russian government, reported as done"))
# "Experts are divided." = summary line, no row.
U(d, "Silvia Araya Chacón, director of the Central American Cyber Policy Observatory", "mostly theatre.",
  ("Silvia Araya Chacón", N, neu, "", "invented analyst introduced by role; reading of the group's motives (unsure: 'theatre' is dismissive)"))
U(d, "\"The group is using the threat of chaos to raise the price, nothing more,\" Araya said.", "Araya said.",
  ("Silvia Araya Chacón", N, neg, "", "surname only; analysis of the group's tactic, no judgement of a state"))
U(d, "She added that the government had been slow to act", "stayed in a drawer\".",
  ("Silvia Araya Chacón", C, neg, "Costa Rica", "criticism of the government's inaction"))
# "Esteban Leiva Mora, who teaches computer security ..., takes a darker view." = introduction, no row.
U(d, "Leiva says that a criminal group openly calling for the fall", "should answer together.",
  ("Esteban Leiva Mora", C, neg, "Conti ransomware group", "'crosses a line' = judgement; the appeal for a joint answer does not outweigh it (rule 1)"))
U(d, "\"Central American governments need a joint response team and shared rules", "Leiva said.",
  ("Esteban Leiva Mora", T, neu, "", "appeal for regional cooperation (a diplomatic course), no judgement (unsure: could be neutral)"))
U(d, "The government says most Finance Ministry services should be restored", "within weeks.",
  ("Costa Rica", N, pos, "", "own plans and timetable"))
# "Congress has been asked ... several deputies have called for a hearing" = unnamed deputies, no row.
# "Exporters' groups estimated ..." and "Business groups have also asked ..." = unnamed speakers, no row.
