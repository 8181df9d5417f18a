# ------------------------------------------------------------------ Attack on Azerbaijan's embassy in Tehran (live blog, full HTML, 27 Jan 2023)
d = "page_tehran_azerbaijan_embassy_attack2023_liveblog.html"
# Not statements: nav, kicker "LIVE", headline, standfirst, byline/time, time stamps, figcaptions with "(1 of 3)",
# key points bullets, related list, comments notice, newsletter prompt, footer.
# Bare labels ("Ankara.", "Washington.", "Baku goes further.", "Moscow's line is more cautious.", "A neighbour's account.") = no row.
# e1 first sentence (the attack, 'according to first reports from the Azerbaijani side') = narration of the event, no row.
U(d, "The head of the embassy's security service has been killed", "an investigation was under way.",
  ("Azerbaijan", N, neg, "", "casualty figures + investigation given by the ministry (attribution tail)"))
U(d, "Ambassador Ali Alizade on Twitter:", "must answer for it.\"",
  ("Azerbaijan", C, neg, "", "live-blog label + quote with no verb of saying; ambassador = Azerbaijan; culprit unnamed -> target empty"))
# "The guard who died has been named as ..." = fact with no source, no row.
U(d, "President Ilham Aliyev, in a post on his official accounts, said he condemned", "to face justice.",
  ("Azerbaijan", C, neg, "", "condemnation + condolences + demand; no actor named as culprit -> target empty"))
U(d, "\"Attacks on diplomatic missions cannot be tolerated", "the president wrote.",
  ("Azerbaijan", C, neg, "", "speaker carried as 'the president'; judgement without a named target"))
U(d, "Iranian foreign ministry spokesperson Nasser Kanaani said Tehran condemned", "at the scene.",
  ("Iran", C, neg, "", "host state condemns the attack (attacker not an actor) -> target empty"))
U(d, "Kanaani said a full investigation had been ordered", "findings with Baku.",
  ("Iran", N, neu, "", "surname only; procedure and cooperation, no evaluation"))
U(d, "Tehran's police chief, Brigadier General Hossein Rahimi, was quoted by Iranian state media", "two small children.",
  ("Iran", N, neu, "", "'was quoted by state media as saying'; police chief = Iran; findings on the motive = facts"))
U(d, "Azerbaijani officials reject that account.", "Azerbaijani officials reject that account.",
  ("Azerbaijan", N, neg, "", "'Azerbaijani officials' = officials of a named government; rejecting an account (a denial of Iran's version), no judgement of Iran stated"))
U(d, "Foreign ministry spokesman Aykhan Hajizada told local media that Iran would have to answer", "emboldened the gunman.",
  ("Azerbaijan", C, neg, "Iran", "holds Iran responsible"))
U(d, "The spokesman said the host state had failed in its duty", "protect the mission.",
  ("Azerbaijan", C, neg, "Iran", "'the spokesman' = Hajizada; 'the host state' = Iran by context; accusation of failure"))
U(d, "Iran's ambassador in Baku, Seyed Abbas Mousavi, has been summoned", "organising the attack.",
  ("Azerbaijan", C, neg, "Iran", "summons (passive, by the Azerbaijani ministry) with a demand = protest measure"))
U(d, "\"A vile assault on the mission of our Azerbaijani brothers", "stood with Azerbaijan as ever.",
  ("Turkey", C, neg, "", "'vile assault' = judgement (rule 1 over the solidarity clause); no culprit named -> target empty"))
U(d, "Decision in Baku: the embassy staff and their families will be evacuated", "the foreign ministry said.",
  ("Azerbaijan", N, neg, "", "evacuation and suspension of the mission, no judgement in the sentence (unsure: a suspension in protest could be condemning)"))
# "Iranian Foreign Minister Hossein Amir-Abdollahian spoke by phone ..." = a call narrated, no row (labels/README: a meeting listed in narrative is no statement).
U(d, "Amir-Abdollahian offered his sympathy over the guard's death", "according to the report.",
  ("Iran", S, pos, "Azerbaijan", "condolences to the other side = supporting (sympathy), with an assurance"))
U(d, "State Department spokesman Ned Price: \"We condemn the attack", "full and transparent investigation.\"",
  ("United States", C, neg, "", "quote without a verb of saying; condemnation + appeal (rule 1); no culprit -> target empty"))
U(d, "Pakistan, Georgia and Ukraine have each issued statements of condolence", "over the attack.",
  ("Pakistan", S, pos, "Azerbaijan", "list of states: condolences = supporting"),
  ("Georgia", S, pos, "Azerbaijan", "same list"),
  ("Ukraine", S, pos, "Azerbaijan", "same list"))
U(d, "The Ukrainian foreign ministry added that such violence", "from the host country.",
  ("Ukraine", C, neg, "Iran", "'a crime' + demand aimed at 'the host country' = Iran by context"))
U(d, "EU foreign affairs spokesperson Peter Stano said the bloc was shocked", "investigation closely.",
  ("European Union", N, neg, "", "shock + monitoring, no appeal = neutral, negative"))
U(d, "At the UN, the Secretary-General's spokesperson Stéphane Dujarric told the noon briefing", "at all times.",
  ("United Nations", N, neu, "", "restating a legal principle, no actor judged and no appeal for calm (unsure: could be read as a reproach to Iran)"))
U(d, "Dujarric said the Secretary-General hoped that calm would prevail", "tensions of recent months.",
  ("United Nations", T, neu, "", "hope for calm between the two = calling_for_talks"))
U(d, "Mahnaz Sadeghi, who runs a pharmacy two doors from the embassy", "before police cars arrived.",
  ("Mahnaz Sadeghi", N, neg, "", "invented witness; account of events"))
U(d, "\"Everyone on this street knows the guards", "she said.",
  ("Mahnaz Sadeghi", N, neg, "", "bewilderment, no judgement of an actor"))
U(d, "Russian foreign ministry spokeswoman Maria Zakharova said Russia was saddened", "professional investigation.",
  ("Russia", C, neg, "", "'unacceptable' aimed at the attack = judgement (rule 1 over the hope); no culprit -> target empty"))
U(d, "Analysis from Leyla Rustamova, a senior fellow for the South Caucasus", "will not separate the two.\"",
  ("Leyla Rustamova", C, neg, "Iran", "invented analyst; judgement of the Iranian state's campaign"))
U(d, "Rustamova said both capitals now needed a direct channel", "handled by spokespeople.\"",
  ("Leyla Rustamova", T, neu, "", "appeal for a direct channel between Baku and Tehran"))
U(d, "Azerbaijan's parliament, the Milli Majlis, said in a statement that the killing", "more questions than it answered.",
  ("Azerbaijan", C, neg, "Iran", "parliament = Azerbaijan; 'on Iran's conscience' = holds Iran responsible; Tehran's version judged"))
U(d, "Kanaani, speaking again late in the evening, said Iran rejected any attempt", "between the two countries.",
  ("Iran", N, neg, "", "denial + warning against hasty judgement (no threat) = neutral, negative"))
# "We are pausing our live coverage here..." = blog furniture, no row.
