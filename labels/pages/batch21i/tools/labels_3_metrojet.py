# ------------------------------------------------------------------ Metrojet 9268 bombing over Sinai and the flight suspensions (Russian state media, 2015-11-17)
d = "page_metrojet_sinai_statemedia.txt"
# No rows: menu, breadcrumb, headline, published/edited times, short URL, share bar, image captions with credits,
# READ MORE links, crossheads (incl. "Cairo: 'We will stand together'"), ADVERTISEMENT, tags, newsletter prompt,
# comments, Trending now, copyright. The outlet's boilerplate "a terrorist group banned in Russia" is not a statement.
U(d, "Russia's Federal Security Service has confirmed that the Airbus A321", "whatever it takes.",
  ("Russia", C, neg, "", "long lead: FSB finding + Putin's vow to punish (a threatened response); one actor = one row; perpetrators not named -> target empty"))
# "All 224 people on board ..." = narration (no row).
U(d, "Reporting to the president at a late-night meeting in the Kremlin on Monday", "tearing the plane apart in the air.",
  ("Russia", N, neu, "", "FSB director = Russia; forensic findings = facts"))
U(d, "\"There is no doubt left: this was a terrorist attack.", "Bortnikov said.",
  ("Russia", N, neg, "", "multi-sentence quote closed by its speaker; classification of the cause with no perpetrator named = neutral, negative (unsure)"))
# "The transcript of the meeting was published by the Kremlin on Tuesday morning." = publication detail, narration (no row).
U(d, "The FSB has offered a reward of $50 million", "those involved.",
  ("Russia", N, neu, "", "own procedure (reward for information), no side named (unsure: could be read as a measure against the perpetrators)"))
U(d, "Putin said few crimes against Russians had ever taken so many lives", "for good.",
  ("Russia", C, neg, "", "'crimes' = judgement of the unknown bombers; grief"))
U(d, "\"There will be no corner of the earth where they can sit this out.", "Putin said.",
  ("Russia", C, neg, "", "multi-sentence threat closed by its speaker"))
U(d, "He said the operations of the Russian Aerospace Forces in Syria", "escaping the reckoning.",
  ("Russia", C, neg, "", "announced stepping-up of a military operation against another side = condemning; 'the criminals' not named -> target empty"))
U(d, "The president also instructed the Foreign Ministry to contact Russia's partners", "expected its friends to help.",
  ("Russia", T, neu, "", "appeal to partners for cooperation in the inquiry = diplomatic course (unsure: could be neutral); asking for help is not supporting"))
U(d, "Hours later, the Defense Ministry said long-range Tu-160", "34 cruise missiles launched.",
  ("Russia", N, neu, "", "own strikes reported as done, no judgement = neutral (war vocabulary as facts)"))
U(d, "Putin also ordered the commanders of the missile cruiser Moskva", "killed 129 people.",
  ("Russia", S, pos, "France", "backing by act: cooperation with the French navy 'as an ally'"))
U(d, "Islamic State, a terrorist group banned in Russia, claimed within hours", "Russian airstrikes in Syria.",
  ("Islamic State", C, neg, "Russia", "its Sinai branch = Islamic State; own attack claimed as revenge for Russia's strikes = hostile act with a grievance (unsure: a bare claim would be neutral)"))
U(d, "In an audio message posted on November 4, the group repeated", "how it had been done.",
  ("Islamic State", N, neg, "", "'the group' = IS; repeated claim without a grievance = neutral"))
U(d, "Russia's Transport Minister Maksim Sokolov said at the time", "to back it.",
  ("Russia", N, neg, "", "dismissal of the claim for lack of evidence = denial-like, neutral, negative"))
# "Egypt, too, dismissed the claim." = summary line before the specific statement (no row).
U(d, "President Abdel Fattah el-Sisi, on a visit to London on November 5", "left to the experts.",
  ("Egypt", C, neg, "Islamic State", "accuses the group of propaganda meant to hurt Egypt = judgement; London = place"))
U(d, "Britain, meanwhile, had already suspended all flights", "at the resort.",
  ("United Kingdom", N, neu, "", "own safety measure reported as done, no judgement of Egypt = neutral"))
U(d, "British Prime Minister David Cameron told reporters after his talks with Sisi", "not on guesswork.",
  ("United Kingdom", N, neg, "", "assessment of the cause, no culprit named, no appeal = neutral; Sisi as object"))
# "Moscow found the British move hard to accept." = lead-in (no row).
U(d, "Foreign Ministry spokeswoman Maria Zakharova said it was difficult to believe", "play politics with a tragedy.",
  ("Russia", C, neg, "United Kingdom", "'London' = metonym; reproach + 'play politics with a tragedy' = judgement"))
U(d, "On November 6, however, Kremlin spokesman Dmitry Peskov announced", "could be guaranteed.",
  ("Russia", N, neu, "", "own measure (flight halt) for safety, not aimed at Egypt = neutral"))
U(d, "\"Nobody should read this as a verdict on the cause.", "Peskov told journalists.",
  ("Russia", N, neu, "", "multi-sentence quote closed by its speaker; clarification of one's own measure"))
U(d, "Around 80,000 Russian tourists were flown home", "the Federal Air Transport Agency said.",
  ("Russia", N, neu, "", "attribution tail; a state agency (not a news agency) = Russia; figures"))
U(d, "The Egyptian government said on Tuesday that it would work closely with Russia", "into its own inquiry.",
  ("Egypt", S, pos, "Russia", "commitment to joint counter-terrorism work = backing"))
U(d, "Prime Minister Sherif Ismail said the Egyptian-led investigation committee", "taking part.",
  ("Egypt", N, neu, "", "own inquiry's status; 'no evidence of a criminal act' is a finding, not a denial of an accusation"))
U(d, "Foreign Minister Sameh Shoukry earlier complained", "behind their decision.",
  ("Egypt", C, neg, "", "complaint aimed at several governments (Britain among them) = judgement; several targets -> empty; Cairo = object"))
U(d, "In Washington, State Department spokesman John Kirby condemned", "attack on civilians.",
  ("United States", C, neg, "", "condemnation of the attack; bombers not named by him -> target empty"))
U(d, "He said the United States had offered Egypt and Russia whatever help", "with the investigation.",
  ("United States", S, pos, "", "offer of assistance = supporting; two states -> target empty"))
# "Russian experts say the FSB findings will shape ..." = unnamed experts, summary line (no row).
U(d, "\"The bomb almost certainly went into the hold at Sharm el-Sheikh", "told RGN.",
  ("Igor Korolkov", N, neg, "", "named independent expert (the outlet he speaks to is not an actor); scenario and consequence, no judgement"))
U(d, "Korolkov said Egypt would probably have to accept Russian inspectors", "rather than days.",
  ("Igor Korolkov", N, neu, "", "what may happen next, no appeal"))
U(d, "Vera Lisitsyna, a Middle East researcher at a Moscow institute", "underestimated for years.",
  ("Vera Lisitsyna", N, neg, "", "independent researcher; assessment of the insurgency"))
U(d, "The militants now had a reason to strike at foreigners again, she said", "worst winter in decades.",
  ("Vera Lisitsyna", N, neg, "", "mid-sentence attribution; risks for Egypt, no judgement"))
# "Lisitsyna was scathing about London." = lead-in (no row).
U(d, "\"The British government used a tragedy to score points", "she said.",
  ("Vera Lisitsyna", C, neg, "United Kingdom", "explicit judgement of the British government"))
U(d, "She added that the only sensible course now was for Russia, Egypt and the Western states", "in front of the cameras.",
  ("Vera Lisitsyna", T, neu, "", "appeal to all sides to cooperate instead of competing = calling_for_talks; several addressees -> target empty"))
# Relatives at Pulkovo and the unnamed woman = not actors (no rows).
