# ------------------------------------------------------------------ Suicide bombing at the Russian embassy in Kabul (wire copy, 2022-09-05)
d = "page_kabul_russianembassy_bombing2022_wire.txt"
# Not statements: agency name, menu, breadcrumb, headline, byline, read time, time stamps, bullet summary, ADVERTISEMENT,
# photo caption and credit, crossheads, reporting credits, Related: lines, standards line, copyright.
# Lead "KABUL/MOSCOW, Sept 5 (TCP) - A suicide bomber blew himself up ..." = narration from no named source, no row.
U(d, "Islamic State's regional affiliate said late on Monday", "outside the building.",
  ("Islamic State Khorasan Province", N, neu, "", "claim of its own attack reported as done, with no judgement = neutral (guide: own strike reported without judgement)"))
U(d, "Russia's foreign ministry said in a statement that an unidentified militant", "handling the inquiry.",
  ("Russia", N, neu, "", "facts of the attack + cooperation with the inquiry; no evaluation"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters on a conference call", "got so close.",
  ("Russia", C, neg, "", "judgement without a stock word ('nothing could excuse') + demand for an explanation; attacker unnamed -> target empty"))
U(d, "Foreign Minister Sergei Lavrov, who was in the Tajik capital Dushanbe", "made to answer for it.",
  ("Russia", C, neg, "", "own security step (fact) + a threatened response to the organisers = condemning; Dushanbe = place"))
# "Russian President Vladimir Putin chaired a previously scheduled session ..." = narration of a meeting, no position, no row.
U(d, "Ministry spokeswoman Maria Zakharova, in remarks carried by the state news agency RIA", "finished their work.",
  ("Russia", N, neu, "", "procedural: declines to name a suspect before the inquiry ends; RIA = outlet, not an actor"))
U(d, "The consular section would stay closed until further notice, she added.", "she added.",
  ("Russia", N, neu, "", "'she' = Zakharova; plan announced, no evaluation"))
U(d, "Abdul Nafy Takor, spokesman for the Taliban-run interior ministry", "as he fell.",
  ("Afghanistan", N, neu, "", "Taliban government's ministry = Afghanistan; account of events, no judgement"))
U(d, "Kabul police spokesman Khalid Zadran put the number", "ten people wounded.",
  ("Afghanistan", N, neu, "", "casualty figures given by an official = neutral"))
U(d, "In a statement released in the evening, the Afghan foreign ministry said", "partners abroad.",
  ("Afghanistan", C, neg, "", "inquiry (procedure) + a negative judgement of the attackers ('bent on driving a wedge') = condemning; no named target"))
U(d, "Acting Foreign Minister Amir Khan Muttaqi called Lavrov", "from his office.",
  ("Afghanistan", S, neg, "Russia", "condolences by act (a call) = solidarity = supporting; grieving tone"))
# Background paragraph on Russia's embassy and fuel/wheat talks = narration, no row.
U(d, "Jawad Ahmadi, a 24-year-old student who said", "to the ground.",
  ("Jawad Ahmadi", N, neg, "", "named witness (invented) = independent person; account of what he saw"))
U(d, "\"I came for a visa and I left with blood", "not safe anywhere.\"",
  ("Jawad Ahmadi", C, neg, "", "quote closed mid-way by 'Ahmadi told TCP'; 'if they cannot protect an embassy' = negative judgement of the authorities' failure (target left empty: 'they' is not named)"))
U(d, "The U.N. Assistance Mission in Afghanistan wrote on Twitter", "received on Monday.",
  ("United Nations", C, neg, "", "'deplored' the bombing + rebuke of the de facto authorities' protection = judgement (rule 1); UNAMA = United Nations"))
U(d, "Secretary-General Antonio Guterres, in a statement issued by his office", "protected under international law.",
  ("United Nations", T, neg, "", "condolences + reminder that diplomatic premises and civilians are protected = appeal for protection, no judgement in this sentence (rule 2 before rule 3)"))
U(d, "His spokesman, Stephane Dujarric, told reporters", "in the strongest terms.",
  ("United Nations", C, neg, "", "spokesperson relays the secretary-general's condemnation"))
U(d, "Pakistan's Foreign Office called the bombing a cowardly act", "in their grief.",
  ("Pakistan", C, neg, "", "judgement ('cowardly act') + solidarity: the judgement decides (rule 1); attacker unnamed"))
U(d, "Iranian foreign ministry spokesman Nasser Kanaani said", "in the capital.",
  ("Iran", C, neg, "Afghanistan", "holds the Taliban answerable for the missions' safety = holding responsible (condemning); Taliban in power = Afghanistan"))
U(d, "In Beijing, foreign ministry spokesman Wang Wenbin said", "institutions and personnel.",
  ("China", T, neg, "Afghanistan", "shock (no appeal) + hope that Kabul protects foreign staff = appeal for protection, no judgement = calling_for_talks"))
U(d, "Armenia's foreign ministry offered condolences", "a quick recovery.",
  ("Armenia", S, neg, "Russia", "condolences and wishes = solidarity = supporting"))
U(d, "Laila Hakimi, who studies militant networks", "really was.",
  ("Laila Hakimi", C, neg, "Afghanistan", "invented analyst; 'laid bare how thin the Taliban's intelligence network ... was' = negative judgement without a stock word"))
U(d, "\"For a year they have told foreign governments", "Hakimi said.",
  ("Laila Hakimi", N, neu, "", "describes the Taliban's pitch to foreign governments; no judgement yet (it comes in the next unit)"))
U(d, "\"Today that claim lies in pieces", "at their word.\"",
  ("Laila Hakimi", C, neg, "Afghanistan", "continuation of Hakimi's quote: the claim of safety is shown false = judgement"))
U(d, "Yevgeny Markelov, a Central Asia specialist", "close the mission.",
  ("Yevgeny Markelov", N, neu, "", "invented scholar; a forecast, no position"))
U(d, "He said the Kremlin had invested too much", "however painful.",
  ("Yevgeny Markelov", N, neu, "", "'He' = Markelov; reading of Moscow's interests, no judgement or appeal"))
# "The Islamic State affiliate has carried out a string of bombings ..." = background narration, no row.
U(d, "Tajik Foreign Minister Sirojiddin Muhriddin, standing next to Lavrov", "from Afghan soil.",
  ("Tajikistan", S, neg, "Russia", "shared sorrow + offer of joint work against the threat = solidarity and cooperation = supporting"))
U(d, "A U.S. State Department spokesperson said Washington had seen the reports", "for now.",
  ("United States", N, neu, "", "unnamed official of a named government speaks for it; procedural non-comment = neutral"))
