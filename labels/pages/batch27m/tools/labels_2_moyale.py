# ------------------------------------------------------------------ Moyale: soldiers' killing of civilians and the flight into Kenya (Ethiopian state news agency, 2018-03-14)
d = "page_ethiopia_moyale_killings2018_statemedia.txt"
# Not statements: masthead, menu, language bar, section label, headline, dateline line, Related news, tags, copyright.
U(d, "The State of Emergency Command Post has disclosed that members", "citizens who crossed the border.",
  ("Ethiopia", N, neu, "", "lead: the Command Post's disciplinary measures (own conduct, procedure) + an agreement narrated; the Command Post speaks for Ethiopia"),
  ("Kenya", T, neu, "", "'agreed to work together for the safe return' = Kenya's commitment to joint handling of the return (calling_for_talks as agreeing to a joint course)"))
U(d, "Speaking to journalists at his office, Minister of Defence", "in the incident on March 10.",
  ("Ethiopia", N, neg, "", "casualty figures given by the defence minister"))
U(d, "According to the Secretary, a unit deployed to the area", "later proved to be false.",
  ("Ethiopia", N, neu, "", "second-hand attribution; the government's account of a mistake; the OLF's designation is background, not a new judgement (unsure)"))
U(d, "The Command Post deeply regrets the loss of innocent lives", "Siraj said.",
  ("Ethiopia", N, neg, "", "regret for own forces' act + sympathy to families; no actor judged, no appeal"))
U(d, "He stated that five members of the unit, including the officer in command", "to establish the full facts.",
  ("Ethiopia", N, neu, "", "measures and investigation, procedural"))
U(d, "\"Whoever is found to have acted outside the law", "would inform the public of the outcome.",
  ("Ethiopia", N, neu, "", "reassurance about own accountability; no other actor judged (own soldiers, unnamed)"))
U(d, "Siraj further urged residents of Moyale who had left their homes to return", "see to their needs.",
  ("Ethiopia", N, pos, "", "appeal to own residents to return + reassurance: not an appeal for talks or restraint between actors (unsure: could be calling_for_talks)"))
U(d, "The Secretary dismissed as baseless reports on some social media outlets", "on the basis of their ethnic identity.",
  ("Ethiopia", N, neg, "", "denial = neutral, negative"))
U(d, "He said such reports were being spread by forces who wished", "disturbed.",
  ("Ethiopia", C, neg, "", "accusation aimed at unnamed 'forces' -> target empty"))
# "Meanwhile, State Minister of Foreign Affairs Hirut Zemene held talks on Tuesday with ..." = a meeting, no row.
U(d, "During the discussion, the two sides agreed to set up a joint technical team", "in safety and dignity.",
  ("Ethiopia", T, neu, "", "'the two sides' = Ethiopia and Kenya; agreeing on a joint mechanism = cooperation/commitment"),
  ("Kenya", T, neu, "", "the other side of the agreement"))
U(d, "The State Minister expressed the appreciation of the Government of Ethiopia", "in Moyale and Sololo.",
  ("Ethiopia", S, pos, "Kenya", "thanks and praise of Kenya's hospitality"))
U(d, "Ambassador Mwangi, for her part, said Kenya valued", "until they could go home.",
  ("Kenya", S, pos, "Ethiopia", "good relations + continued aid to the displaced (backing by act)"))
U(d, "She also expressed Kenya's hope that calm would return quickly", "shared by the two peoples.",
  ("Kenya", T, pos, "", "hope for calm = calling_for_talks"))
# "In a separate development, President of the Oromia National Regional State, Lemma Megersa, visited ..." = a visit narrated, no row.
U(d, "In remarks carried by the regional state media, the President described", "the region was striving to open.",
  ("Ethiopia", C, neg, "", "regional president resolves to his state; judgement of the soldiers' act without a stock word; the army is his own state's -> target empty"))
U(d, "He called on the people of the area to remain calm", "trust the investigation under way.",
  ("Ethiopia", T, neu, "", "appeal for calm = calling_for_talks"))
U(d, "The Ethiopian Human Rights Commission also announced that it had dispatched investigators", "would publish its findings.",
  ("Ethiopian Human Rights Commission", N, neu, "", "plan/procedure"))
U(d, "The Commission said in a statement that every person who lost his life", "full and impartial accounting.",
  ("Ethiopian Human Rights Commission", N, neu, "", "principle of an impartial accounting: no judgement, and not an appeal for talks, restraint or protection = neutral (unsure: could be calling_for_talks)"))
U(d, "Elsewhere, the Kenya Red Cross Society said more than 8,000 people", "most of them women and children.",
  ("Kenya Red Cross Society", N, neu, "", "figures"))
U(d, "The society stated that it had distributed blankets", "needs of the new arrivals.",
  ("Kenya Red Cross Society", S, neu, "", "aid provided = supporting; asking for more support is not supporting but the aid given decides"))
U(d, "The Oromo Liberation Front, for its part, was quoted by diaspora media", "at the time.",
  ("Oromo Liberation Front", N, neg, "", "passive attribution; denial = neutral, negative"))
U(d, "The Embassy of the United States in Addis Ababa said in a statement", "announcement of an investigation.",
  ("United States", N, neg, "", "concern with no appeal + taking note = neutral, negative"))
U(d, "Speaking to ENA, Dr. Tesfaye Gudeta, a lecturer", "deserved recognition.",
  ("Tesfaye Gudeta", S, pos, "Ethiopia", "independent scholar (invented); praise of the Command Post's admission"))
U(d, "\"The real test is whether the investigation ends in a public trial,\"", "Dr. Tesfaye said.",
  ("Tesfaye Gudeta", N, neu, "", "Ethiopian naming: 'Dr. Tesfaye' = same speaker; a benchmark, no appeal or judgement (unsure: could be calling_for_talks)"))
U(d, "Haji Abdullahi Boru, an elder of Moyale town, told ENA", "see justice done.",
  ("Abdullahi Boru", N, neg, "", "witness/elder (invented): residents' wish for a local trial; demand for justice, no appeal for talks and no named actor judged (unsure)"))
U(d, "\"Our children fled with nothing", "the elder said.",
  ("Abdullahi Boru", T, neg, "", "elders' appeal to both governments for a safe return = calling_for_talks (humanitarian course)"))
# "Moyale, which lies on the main highway ..." and "The State of Emergency was declared ..." = background, no row.
