# ------------------------------------------------------------------ Norway's arrests of Russians for drone flights (Andrey Yakunin, Svalbard), Russia summons Norway's envoy (TASS-style state agency, 2022-11-28)
d = "page_yakunin_svalbard_drones_statemedia.txt"
# Not statements: agency masthead, menu, section, time stamp, headline, standfirst, [PHOTO n of 3] captions, ADVERTISEMENT, READ ALSO list, tags, share bar, copyright.
U(d, "The Russian Foreign Ministry on Monday summoned Ambassador Extraordinary", "the ministry said in a statement posted on its website.",
  ("Russia", C, neg, "Norway", "dateline excluded; summoning an envoy in protest = a taken measure with a stated grievance"))
U(d, "\"The Norwegian side was told in no uncertain terms", "the statement said.",
  ("Russia", C, neg, "Norway", "quote closed by 'the statement said'; 'political calculation', 'deliberate campaign' = judgement without a stock word"))
U(d, "The ministry said the ambassador had been handed a note demanding", "without delay.",
  ("Russia", C, neg, "Norway", "reported clause: only the ministry's position; 'what it called discrimination' + demand for release = judgement"))
U(d, "According to the statement, the Russian side reserves the right", "continues.",
  ("Russia", C, neg, "Norway", "'the Russian side' in state-media voice; a threatened response = condemning"))
# "Since October, at least seven Russian citizens have been detained ..." = background narration, no source, no row.
U(d, "Yakunin told Norwegian journalists that he had used a drone", "never concealed it.",
  ("Andrey Yakunin", N, neg, "", "the detained man's own account = a denial of wrongdoing: neutral, negative tone (independent person)"))
U(d, "Official Representative of the Ministry of Foreign Affairs of the Russian Federation Maria Zakharova said earlier", "without offering a single piece of evidence.",
  ("Russia", C, neg, "Norway", "long title; accusation of baseless blame ('spy mania'); Oslo = metonym"))
U(d, "Zakharova added that Norway's sanctions regime on Svalbard ran counter", "equal rights of access to the archipelago.",
  ("Russia", C, neg, "Norway", "surname only; says the ban breaks a treaty = judgement"))
U(d, "\"We expect our Norwegian partners to recall their obligations", "she said.",
  ("Russia", C, neg, "Norway", "a demand joined to the charge of inventing restrictions; judgement decides (rule 1)"))
U(d, "Press Secretary of the President of the Russian Federation Dmitry Peskov told reporters", "all necessary assistance.",
  ("Russia", N, neu, "", "monitoring + consular help to own citizens, no judgement or appeal = neutral"))
U(d, "Asked whether the leader had been briefed on the case of Yakunin", "without going into detail.",
  ("Russia", N, neu, "", "'the leader' = Putin; procedural answer = neutral"))
U(d, "Ambassador Extraordinary and Plenipotentiary of the Russian Federation to the Kingdom of Norway Teimuraz Ramishvili was quoted", "satisfactory condition.",
  ("Russia", N, neu, "", "passive 'was quoted by the press service as saying'; facts of a consular visit = neutral"))
U(d, "The ambassador described the charges as absurd", "hostility towards Russia.",
  ("Russia", C, neg, "Norway", "'the ambassador' = Ramishvili; judgement"))
U(d, "Both sides had agreed in earlier contacts to keep consular channels open", "the press service said.",
  ("Russia", N, neu, "", "'both sides'; procedure on consular channels; attribution tail = the embassy's press service (Russia); Norway's past agreement is only reported, no row for Norway (unsure)"))
U(d, "Senior research fellow at the Institute of Europe of the Russian Academy of Sciences Yelena Korotkova told TASS", "against private individuals.\"",
  ("Yelena Korotkova", C, neg, "Norway", "invented independent expert; judgement of the arrests (no stock word)"))
U(d, "\"Norway has long prided itself on predictability in the North.", "the expert said.",
  ("Yelena Korotkova", C, neg, "Norway", "multi-sentence quote closed by 'the expert said'; reputational damage = judgement"))
U(d, "Korotkova suggested that Moscow and Oslo revive the bilateral consultations", "a permanent irritant.",
  ("Yelena Korotkova", T, neu, "", "appeal to resume consultations, addressed to both = calling_for_talks"))
U(d, "Lawyer Grigory Zolotaryov, who advises Russian citizens", "what was allowed.",
  ("Grigory Zolotaryov", C, neg, "Norway", "invented independent lawyer; criticism of the rules' drafting = judgement (unsure: could be neutral)"))
# "Norwegian officials have defended the arrests." = summary line before specific statements, no row.
U(d, "Prime Minister Jonas Gahr Støre said last month that nobody would be allowed", "followed up.",
  ("Norway", C, neg, "", "warning of action against those who fly drones = a threatened response; aimed at no canonical actor -> target empty (unsure: could be neutral)"))
U(d, "Justice Minister Emilie Enger Mehl said the ban applied to every Russian citizen", "might hold.",
  ("Norway", N, neu, "", "statement of the rule's scope, no judgement = neutral"))
U(d, "The Norwegian Police Security Service said it had taken over", "investigations.",
  ("Norway", N, neu, "", "a state agency's procedure = neutral"))
U(d, "The UK Foreign Office said it was in contact with Norwegian authorities", "consular support.",
  ("United Kingdom", N, neu, "", "consular contact for its own national; not support for an actor = neutral"))
# "A court in Tromsø is due to begin hearing Yakunin's case this week." = narration, no row.
U(d, "She advised Russian tourists planning trips to Norway", "camera equipment.",
  ("Russia", N, neu, "", "'She' = Zakharova; travel advice to own citizens, no judgement = neutral"))
U(d, "The Kremlin spokesman expressed hope that the Norwegian courts", "return home soon.",
  ("Russia", T, pos, "Norway", "'the Kremlin spokesman' = Peskov; a hope for a quick, non-political outcome, no judgement = calling_for_talks (unsure)"))
U(d, "Deputy Chairman of the Federation Council Konstantin Kosachev wrote", "into the Arctic.",
  ("Russia", C, neg, "Norway", "a senator speaks for his state; judgement by image ('the logic of the front line')"))
U(d, "A Norwegian Foreign Ministry spokesperson said the ambassador had heard out", "independently.",
  ("Norway", N, neg, "", "unnamed spokesperson of a named ministry; rebuttal of the charge of political trials = denial: neutral, negative"))
U(d, "Belarusian Foreign Ministry spokesman Anatoly Glaz said Minsk stood with Moscow", "held in Norway.",
  ("Belarus", S, pos, "Russia", "solidarity with Moscow's consular efforts, no judgement of Norway in the sentence = supporting"))
