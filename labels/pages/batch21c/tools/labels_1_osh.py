# ------------------------------------------------------------------ Osh and Jalal-Abad violence, southern Kyrgyzstan (Central Asian news site, scraped, 2010-06-19)
d = "page_osh_violence_centralasiansite.txt"
# No row: masthead, menu, kicker, headline, standfirst, byline/time line, share bars, caption with credit, "1 of 6",
# ADVERTISEMENT, crossheads ("The denials", "Tashkent: ...", "Moscow keeps its distance", "UN appeal", "Washington and
# the OSCE", "What next"), "Related:" lines, most-read list, tags, comments, footer.
# No row: "The official count stood at 192 dead ..." (figure from no named source).
# No row: "The violence began late on 10 June ..." and "By Sunday it had reached Jalal-Abad ..." (background narration).
# No row: the unnamed woman near the Jayma bazaar and her quote (unnamed resident, not an actor).
# No row: "He was blunter about the first days." (summary line before Sadykov's quote).
U(d, "The head of Kyrgyzstan's interim government, Roza Otunbayeva, walked", "had burned before winter.",
  ("Kyrgyzstan", N, neg, "", "dateline excluded; long lead mixing narration (the walk) with a toll estimate and a promise of own measures: no judgement, no appeal"))
U(d, "\"We must be honest with our people.", "Otunbayeva said.",
  ("Kyrgyzstan", N, neg, "", "multi-sentence quote closed by the speaker = one unit; a casualty estimate with its reason"))
U(d, "She repeated the interim government's charge", "set for 27 June.",
  ("Kyrgyzstan", C, neg, "Kurmanbek Bakiyev", "pronoun subject = Otunbayeva; accusation that the ousted president's circle planned the killings"))
U(d, "From Minsk, where he has lived since fleeing", "set Kyrgyz against Uzbeks.",
  ("Kurmanbek Bakiyev", N, neg, "", "ousted president = his own actor (not Kyrgyzstan); his press office speaks for him; a bare denial = neutral, negative; Minsk = place"))
U(d, "The accusations, it said, were a smokescreen", "in their own country.",
  ("Kurmanbek Bakiyev", C, neg, "Kyrgyzstan", "'it' = Bakiyev's press office; counter-accusation against the interim rulers (seized power by force, cannot keep order) = condemning"))
U(d, "The interim government declared a state of emergency", "or the security forces.",
  ("Kyrgyzstan", N, neg, "", "own emergency measures reported as taken; 'troops', 'open fire' as topics, aimed at armed groups not at another state or party"))
U(d, "Timur Kamchibekov, a spokesman for the interim government, said", "until after the vote.",
  ("Kyrgyzstan", N, neu, "", "spokesman: facts and plans of the security operation (troops, reservists, checkpoints)"))
U(d, "\"We ask people in the mahallas", "he said.",
  ("Kyrgyzstan", T, neu, "", "'he' = Kamchibekov; appeal to residents to take down barricades + reassurance = de-escalation appeal, no judgement"))
U(d, "Human Rights Watch, whose researchers have been in Osh since Monday, said", "set alight.",
  ("Human Rights Watch", C, neg, "Kyrgyzstan", "accusation by describing the army's part in attacks on civilians (soldiers = the state), even though put through witnesses"))
U(d, "Azimbek Beknazarov, a deputy head of the interim government, told", "would be found.",
  ("Kyrgyzstan", N, neg, "", "denial that the army took part, with an explanation = neutral, negative"))
U(d, "Across the border, Uzbekistan's emergency commission said", "announced the closure.",
  ("Uzbekistan", N, neg, "", "figures and a border closure kept in force, reason given (capacity), no judgement on anyone; Aripov inside the same sentence speaks for the same state"))
U(d, "President Islam Karimov, in remarks shown on state television", "which he did not name.",
  ("Uzbekistan", C, neg, "", "blames unnamed 'third forces' for the killings = an accusation; no canonical target (unsure: could be read as neutral analysis)"))
U(d, "\"Uzbekistan will not answer one provocation with another,\" Karimov said.", "Karimov said.",
  ("Uzbekistan", N, neg, "", "restraint about its own conduct (reassurance) = neutral; 'provocation' aimed at no named actor"))
U(d, "\"We will not send a single soldier across the border.", "in safety.\"",
  ("Uzbekistan", T, neu, "Kyrgyzstan", "quote continued after its attribution = own unit, same speaker; expects the neighbour (Kyrgyzstan) to restore order and let refugees return = appeal, no judgement"))
U(d, "In Moscow, the Kremlin held to the position it took last Saturday", "to police them.",
  ("Russia", N, neu, "", "refusal to send troops stated after a colon as an internal matter, no judgement, no appeal; Otunbayeva's earlier request inside a subordinate clause is background"))
U(d, "Speaking at the economic forum in St Petersburg on Friday, President Dmitry Medvedev", "beyond Kyrgyzstan's borders.",
  ("Russia", N, neg, "", "alarm ('a tragedy') with no appeal = neutral, negative"))
U(d, "Moscow, he said, would keep supplying the interim authorities", "and medical kits.",
  ("Russia", S, pos, "Kyrgyzstan", "'he' = Medvedev, Moscow = Russia; supplies pledged and delivered = backing by act"))
U(d, "Russia flew a battalion of paratroopers", "the defence ministry said.",
  ("Russia", N, neu, "", "own deployment to guard its own base, attribution tail; not aimed at another side"))
U(d, "The Collective Security Treaty Organisation, the Moscow-led alliance", "organisers of the riots.",
  ("CSTO", S, pos, "Kyrgyzstan", "decision not to send peacekeepers + equipment and help for the Kyrgyz forces = backing by act (the support decides)"))
U(d, "\"Peacekeepers are the last instrument, not the first.", "told reporters after the meeting.",
  ("CSTO", S, neu, "Kyrgyzstan", "'the bloc's secretary-general' = CSTO; multi-sentence quote closed by the speaker; peacekeepers ruled out as a procedure, mobility offered quickly = an offer of assistance"))
U(d, "At UN headquarters in New York, Secretary-General Ban Ki-moon launched", "would follow next week.",
  ("United Nations", T, neu, "", "a humanitarian flash appeal = asking for humanitarian help (labels README: calling_for_talks); figures inside"))
U(d, "Ban said he had spoken to Otunbayeva and to Karimov", "now had to match.",
  ("United Nations", S, pos, "Uzbekistan", "thanks and praise for taking in refugees = supporting; the call on donors is an appeal for money, which stays supporting"))
U(d, "The UN High Commissioner for Human Rights, Navi Pillay, said", "turn into reprisals.",
  ("United Nations", T, neg, "Kyrgyzstan", "an assessment (attacks prepared in advance, no one named) + appeal to protect Uzbeks and avoid reprisals, no judgement word = calling_for_talks"))
U(d, "Miroslav Jenca, who heads the UN's centre", "between the two communities.",
  ("United Nations", T, neu, "", "consultations on an international police presence to rebuild trust = mediation/peace course; Bishkek, OSCE, EU are objects, not speakers"))
U(d, "Robert Blake, the US assistant secretary of state", "in southern Kyrgyzstan.",
  ("United States", S, pos, "Kyrgyzstan", "'is finalising a further package of relief supplies' = backing by act"))
U(d, "Blake said Washington had seen information suggesting", "who had given orders.",
  ("United States", N, neg, "", "hedged assessment that people linked to the former leadership helped start the violence, explicitly not a finding: no judgement (unsure: could be condemning Bakiyev)"))
U(d, "In Washington, State Department spokesman Philip Crowley said", "of a whole community.",
  ("United States", T, neg, "Kyrgyzstan", "accountability wish + appeal to the Kyrgyz authorities about the sweeps, no judgement word = calling_for_talks"))
U(d, "Kazakhstan's foreign minister, Kanat Saudabayev, speaking as chairman-in-office of the OSCE", "calm the south.",
  ("OSCE", T, pos, "", "a minister speaking as chair of the body = OSCE (not Kazakhstan); welcome + appeal for calm = calling_for_talks (rule 2 before rule 3)"))
U(d, "Erkin Sadykov, a political scientist at a Bishkek university, said", "he said.",
  ("Erkin Sadykov", N, neg, "", "independent analyst under his own name (invented); risks and scenarios, no judgement"))
U(d, "\"The interim government had soldiers but no command", "enemies in Minsk.\"",
  ("Erkin Sadykov", C, neg, "Kyrgyzstan", "quote with no attribution in the sentence, speaker from the previous paragraph; explicit judgement ('lost three days') + 'should say so' = condemning"))
U(d, "Henrik Aalto, a researcher on Central Asian security", "supplies its troops in Afghanistan.",
  ("Henrik Aalto", N, neg, "", "invented analyst; interests of Moscow and Washington explained after a colon (both objects, not speakers), no judgement"))
U(d, "\"The CSTO was built for exactly this kind of crisis", "Aalto said.",
  ("Henrik Aalto", N, neg, "", "multi-sentence quote closed by its speaker; consequence and scenario assessment (the CSTO's non-action is described, not condemned)"))
