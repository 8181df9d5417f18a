# ------------------------------------------------------------------ Killing of Mostafa Ahmadi-Roshan and Iran's accusations (Iranian state media, .txt, 2012-01-20)
d = "page_roshan_assassination_statemedia.txt"
# No row: menus, date line, "News Code", headline, standfirst, photo caption and "1 of 4", ADVERTISEMENT, crossheads,
# "Related news" list, tags, comment form and reader comments, Most Viewed, footer.
U(d, "Iran has told the United Nations Security Council that the terrorists", "the Israeli regime.",
  ("Iran", C, neg, "", "long lead: accusation of UN bodies and blame on three states -> target empty"))
U(d, "Addressing a Council debate on justice and the rule of law on Thursday", "inspection work confidential.",
  ("Iran", C, neg, "IAEA", "deputy UN ambassador = Iran; 'charged the agency with failing' = accusation"))
U(d, "\"Martyr Ahmadi-Roshan met the agency's inspectors", "Al-e Habib told the meeting.",
  ("Iran", C, neg, "IAEA", "two-sentence quote closed by the speaker; insinuation of a leak = accusation"))
U(d, "UN spokesman Martin Nesirky said later that the secretariat", "the Iranian claims.",
  ("United Nations", N, neu, "", "procedure, no position on the claim"))
# No row: the account of the killing (narration, state-media 'martyred'); "He was the fourth Iranian nuclear scientist ..." (background fact, no source).
U(d, "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei said", "would not escape punishment.",
  ("Iran", C, neg, "", "accusation of US and Israeli ('the Zionist regime') services + threat of punishment; two states -> target empty"))
U(d, "The Leader said the crime would not slow", "by a single step.",
  ("Iran", N, pos, "", "'The Leader' = Khamenei by title; resolve about its own programme, no judgement"))
U(d, "Iran's Foreign Ministry said in a note handed on January 14", "directed by the CIA.",
  ("Iran", C, neg, "United States", "protest note; the Swiss ambassador is only the channel (object, not a speaker); CIA = US"))
U(d, "A separate note of protest sent to London said Britain bore a share", "Iran's nuclear program.",
  ("Iran", C, neg, "United Kingdom", "the ministry's note, resolved by context ('A separate note'); London = place/addressee"))
U(d, "The spokesman for the Armed Forces General Staff, Brigadier General Masoud Jazayeri", "a painful one.",
  ("Iran", C, neg, "", "threat against unnamed 'states that sponsor terror' -> target empty"))
U(d, "Foreign Ministry Spokesman Ramin Mehmanparast told his weekly news conference", "psychological warfare.",
  ("Iran", C, neg, "", "accusation of 'the enemies' (no canonical party named)"))
U(d, "He said the Islamic Republic nevertheless remained ready to resume talks", "without preconditions.",
  ("Iran", T, neu, "", "'He' = Mehmanparast; readiness for talks with a condition = calling_for_talks"))
U(d, "In a letter to UN Secretary-General Ban Ki-moon and the president of the Security Council", "plan such crimes.",
  ("Iran", C, neg, "", "demand that the UN condemn 'an act of terrorism' = judgement (rule 1); Ban and the Council are addressees, not speakers"))
U(d, "Majlis Speaker Ali Larijani told an open session of parliament", "about human rights.",
  ("Iran", C, neg, "Israel", "parliament speaker = Iran; 'the Zionist regime' = Israel; judgement without stock words"))
U(d, "Head of the Atomic Energy Organization of Iran Fereydoun Abbasi", "full complement of staff.",
  ("Iran", N, neu, "", "own programme: facts (enrichment at Fordo, Natanz staffing); the 2010 bomb as background"))
U(d, "Tehran's police chief, Brigadier General Hossein Sajedinia, said investigators", "was being traced.",
  ("Iran", N, neu, "", "investigation facts in crime vocabulary, no accusation"))
U(d, "US Secretary of State Hillary Clinton claimed that Washington had played no part", "other American officials.",
  ("United States", N, neg, "", "denial ('claimed' is the outlet's framing) = neutral, negative"))
U(d, "White House spokesman Tommy Vietor also said the United States condemned", "the killing in Tehran.",
  ("United States", C, neg, "", "condemnation of the killing; no perpetrator named -> target empty"))
U(d, "The president of the Israeli regime, Shimon Peres, said in an interview", "no Israeli role.",
  ("Israel", N, neg, "", "denial; CNN is only the channel"))
U(d, "An Israeli minister dismissed the Iranian accusations as groundless", "Israeli media reported.",
  ("Israel", N, neg, "", "unnamed minister of a named government = Israel; denial ('groundless') = neutral"))
U(d, "Britain's Foreign Office said in a statement that the United Kingdom had nothing to do", "violence of any kind.",
  ("United Kingdom", T, neg, "", "denial + 'opposed to the use of violence of any kind' aimed at no one = an appeal (guide: 'opposes any escalation') -> calling_for_talks (unsure: could be a bare denial, neutral)"))
# No row: "Observers note, however, ..." (the outlet's own commentary; unnamed observers).
U(d, "Secretary-General Ban Ki-moon told reporters traveling with him in Lebanon", "his spokesman Eduardo del Buey said.",
  ("United Nations", C, neg, "", "'could never be justified' = judgement of the killing; no perpetrator named; Lebanon = place"))
U(d, "Russia's Foreign Ministry condemned the assassination", "further inflame the situation.",
  ("Russia", C, neg, "", "condemnation + appeal to all sides -> condemning (rule 1)"))
U(d, "Chinese Foreign Ministry Spokesman Liu Weimin said Beijing opposed violence", "tension in the region.",
  ("China", T, neu, "", "'opposed violence in any form' aimed at no one + hope for de-escalation = calling_for_talks"))
U(d, "Venezuelan President Hugo Chavez, who hosted President Mahmoud Ahmadinejad", "peaceful nuclear energy.",
  ("Venezuela", S, pos, "Iran", "condolence + support; Ahmadinejad only mentioned (object of hosting)"))
U(d, "Hossein Moghaddam, a professor of international law at Tehran University", "rose together.",
  ("Hossein Moghaddam", N, neu, "", "independent scholar (invented): pattern, no judgement"))
U(d, "\"Every time a round of talks approaches", "Moghaddam told ANN.",
  ("Hossein Moghaddam", N, neu, "", "analysis; sanctions and assassinations as topics"))
U(d, "\"The risk is that the next time", "the whole region will pay.\"",
  ("Hossein Moghaddam", N, neg, "", "quote continued after the attribution: risk scenario, no appeal"))
U(d, "Ryan Haskell, an American writer and political commentator", "an oil embargo on Iran.",
  ("Ryan Haskell", N, neu, "", "independent commentator (invented): context"))
U(d, "\"The calculation in Washington and Tel Aviv is that a frightened scientific community", "Haskell told ANN by telephone.",
  ("Ryan Haskell", N, neg, "", "reading of interests (Washington, Tel Aviv as metonyms inside his analysis, not positions of theirs)"))
U(d, "\"Whoever planted that bomb committed an act of terrorism", "the rule of law.\"",
  ("Ryan Haskell", C, neg, "", "quote continued: 'act of terrorism' + rebuke of governments that cheer it; no actor named -> target empty"))
U(d, "\"Diplomacy is the only way out of this, and it has to start soon,\"", "he added.",
  ("Ryan Haskell", T, neg, "", "'he' = Haskell; appeal for diplomacy"))
# No row: reader comments, most-viewed list.
