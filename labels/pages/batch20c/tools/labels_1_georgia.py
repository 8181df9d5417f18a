# ------------------------------------------------------------------ Russia recognises Abkhazia and South Ossetia (international wire copy, 2008-08-29)
d = "page_georgia_recognition_wire.txt"
# No rows: menu, headline, bullets, caption + credit + "1 of 3", byline, crossheads, "Related:", credits, topics, most read.
U(d, "Georgia said on Friday it was severing diplomatic relations", "closed ranks against the Kremlin.",
  ("Georgia", C, neg, "Russia", "dateline excluded; long lead carrying narration and position: severing ties (a measure) + 'branded the annexation' = condemning; 'Tbilisi' = metonym; 'Western capitals closed ranks' is a summary clause (no rows)"))
U(d, "Deputy Foreign Minister Grigol Vashadze told reporters in Tbilisi", "living in Russia.",
  ("Georgia", N, neu, "", "procedure of the embassy closure, no judgement in this sentence = neutral; Tbilisi = place"))
U(d, "\"We cannot keep an ambassador in a country", "Vashadze said.",
  ("Georgia", C, neg, "Russia", "two-sentence quote closed by its speaker (surname only) = one unit; judgement + blame ('the responsibility lies with Moscow')"))
U(d, "The move followed a unanimous vote in Georgia's parliament", "break off ties.",
  ("Georgia", C, neg, "Russia", "parliament = Georgia; declaring the regions occupied + asking to cut ties = a measure against Russia"))
U(d, "Russian President Dmitry Medvedev on Tuesday signed decrees", "with the two regions.",
  ("Russia", S, pos, "", "backing by act: recognition of the two regions as states + talks on diplomatic relations; two regions = target empty (one row per actor)"))
# "The decision came little more than two weeks after ..." = background narration (no row).
U(d, "In a televised address announcing the decrees, Medvedev said", "now demanded.",
  ("Russia", C, neg, "Georgia", "surname only; blames the Georgian leadership for the assault; Tskhinvali = place here"))
U(d, "Asked by a Russian television channel how he would answer Western anger", "if others chose it.",
  ("Russia", C, neg, "", "'he' = Medvedev; defiance without stock words ('would not shrink from one') = a threatened response; aimed at 'the West' = target empty"))
U(d, "Foreign Minister Sergei Lavrov said on Thursday that the recognition could not be undone", "to protect them.",
  ("Russia", S, pos, "", "announced treaties of friendship and mutual assistance + troops to protect the regions = backing by act; two regions = target empty (unsure: the 'troops will remain' part could be read as a threat to Georgia)"))
U(d, "Foreign Ministry spokesman Andrei Nesterenko rejected the charge of annexation", "terms of the ceasefire.",
  ("Russia", N, neg, "", "denial of an accusation = neutral, negative"))
U(d, "At a briefing in Moscow, Deputy Chief of the General Staff", "not by foreign demands.",
  ("Russia", N, neu, "", "the general staff = Russia; troop posts and numbers, war vocabulary as topic ('threat'), a plan = neutral"))
# "In Sukhumi, crowds poured into the streets ..." = scene (Sukhumi = place, no row).
U(d, "Sergei Bagapsh, the leader of Abkhazia, thanked Russia", "when it mattered.",
  ("Abkhazia authorities", S, pos, "Russia", "thanks and praise = supporting"))
U(d, "Eduard Kokoity, the separatist leader in Tskhinvali, hailed the decrees", "on its territory.",
  ("South Ossetia authorities", S, pos, "Russia", "welcome + a request to host a Russian base = supporting (asking is not supporting, but the welcome decides)"))
U(d, "Georgian President Mikheil Saakashvili, in an address on Tuesday evening", "would ever accept.",
  ("Georgia", C, neg, "Russia", "judgement without stock words ('carve up a sovereign country')"))
U(d, "He said Georgia would seek the return of the two regions only by peaceful means", "held by Russian troops.",
  ("Georgia", T, neu, "", "'He' = Saakashvili; peaceful means + appeal for monitors, no judgement = calling_for_talks; addressed to the international community (target empty)"))
U(d, "Georgia's Interior Ministry spokesman Shota Utiashvili said", "the town of Senaki.",
  ("Georgia", N, neg, "", "facts about Russian troop positions, war vocabulary, no judgement = neutral"))
# "The Western response was swift and, for once, almost unanimous." = summary line before the specific statements (no row).
U(d, "In Washington, President George W. Bush said Moscow's decision was a reckless step", "before Aug. 7.",
  ("United States", C, neg, "Russia", "judgement ('reckless', 'made a mockery') + appeal to withdraw: rule 1; Washington = place here"))
U(d, "Secretary of State Condoleezza Rice said the United States would use its veto", "for the recognition.",
  ("United States", C, neg, "Russia", "announced measure against the other side's move (a veto) = condemning (unsure: could be read as neutral procedure)"))
U(d, "The State Department said Washington was finalising a package of economic aid", "on Wednesday.",
  ("United States", S, pos, "Georgia", "backing by act: aid package being finalised + relief cargo delivered; Washington = metonym"))
U(d, "France, which holds the European Union's rotating presidency, said in a statement issued on behalf of the bloc", "carried out in full.",
  ("European Union", C, neg, "Russia", "the presidency speaking on behalf of the bloc = European Union, not France; 'deeply regretted' + appeal = rule 1; Russia resolved from context (the decision is Moscow's)"))
U(d, "EU foreign policy chief Javier Solana said he hoped", "how the bloc could help.",
  ("European Union", T, pos, "", "hope for monitors and a political process = calling_for_talks"))
U(d, "German Chancellor Angela Merkel, visiting Tallinn, said", "peace in Europe rests.",
  ("Germany", C, neg, "Russia", "'could not accept the step in any circumstances' = judgement without stock words; Tallinn = place"))
U(d, "British Foreign Secretary David Miliband, speaking in Kiev on Wednesday", "against Moscow's aggression.",
  ("United Kingdom", C, neg, "Russia", "judgement ('aggression', borders 'shifted by tanks'); London = metonym; Kiev = place"))
U(d, "NATO's 26 ambassadors said in a statement after meeting in Brussels", "reverse its decision.",
  ("NATO", C, neg, "Russia", "the North Atlantic Council = NATO; 'ignored Council decisions' + demand to reverse = rule 1; Brussels = place"))
U(d, "Secretary-General Jaap de Hoop Scheffer said the alliance ships", "no threat to anyone.",
  ("NATO", N, neu, "", "reassurance / implicit denial about the ships, 'threat' as a topic = neutral"))
U(d, "Finnish Foreign Minister Alexander Stubb, who chairs the Organization", "abide by the ceasefire.",
  ("OSCE", C, neg, "Russia", "chair-in-office speaks for the body, not Finland; judgement + demand = rule 1"))
U(d, "The Vienna-based organisation said it would send 20 more military monitors", "raise their number to 100.",
  ("OSCE", N, neu, "", "'The Vienna-based organisation' = OSCE by context; plan and figures = neutral"))
# "Russia found only cautious comfort among its partners." = summary line (no row).
U(d, "Leaders of the Shanghai Cooperation Organisation, meeting in Dushanbe", "territorial integrity of states.",
  ("SCO", T, neu, "", "welcome of Russia's role + appeal for dialogue and territorial integrity, no judgement: rule 2 before rule 3 (unsure: could be supporting Russia); Dushanbe = place"))
# "A Western diplomat in Moscow said ..." = unnamed speaker with no tie to a named government (no row).
# "Analysts said the recognition had turned ..." = unnamed speakers, summary line (no row).
U(d, "Tamar Abashidze-Rowe, who directs the Black Sea Security Institute", "with a nuclear power.",
  ("Tamar Abashidze-Rowe", N, neg, "", "independent analyst under her own name; scenario without judgement = neutral, negative"))
U(d, "\"The danger is not another full-scale war next month.", "she said.",
  ("Tamar Abashidze-Rowe", N, neg, "", "multi-sentence quote closed by 'she said' = one unit; risks, no judgement"))
U(d, "Yuri Kostrin, a defence analyst in Moscow, said the Kremlin had calculated", "as a green light.",
  ("Yuri Kostrin", N, neu, "", "independent analyst; reading of interests and a scenario, no judgement = neutral"))
U(d, "Margit Halloran, a Caucasus specialist at the Nordic Institute", "she said.",
  ("Margit Halloran", C, neg, "Russia", "quote opened after a colon ('was blunter:'), closed by 'she said' = one unit; 'land grab' = judgement of Russia's act"))
U(d, "She said the best the West could do now was to get monitors", "however little they trusted each other.",
  ("Margit Halloran", T, neu, "", "'She' = Halloran; appeal for monitors and talks = calling_for_talks"))
# "In Gori, where Russian tanks rolled through ..." + the unnamed retired teacher = resident, not an actor (no row).
