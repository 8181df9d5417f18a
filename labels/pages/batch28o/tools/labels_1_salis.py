# ------------------------------------------------------------------ Ilaria Salis led in chains into a Budapest court; Italy-Hungary row (wire, 2024-01-30)
d = "page_hungary_italy_salis_chains2024_wire.txt"
# Not statements: menu, section, headline (carries Italy's summons: counted in the lede), byline, time stamp, read time,
# the four summary bullets, crossheads (BUDAPEST PUSHES BACK, REACTIONS ACROSS EUROPE, VOICES), ADVERTISEMENT,
# reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Italy summoned Hungary's envoy on Tuesday to protest", "are political allies.",
  ("Italy", C, neg, "Hungary", "dateline 'ROME/BUDAPEST, Jan 30 (Meridian) - ' excluded; summoning an envoy in protest = a diplomatic measure (condemning); the rift clause is narration"))
# "Images of Ilaria Salis, 39, ... filled the front pages" = narration, no row.
U(d, "Hungarian prosecutors accuse her of taking part in assaults", "far-right sympathisers around the so-called \"Day of Honour\" gathering in Budapest in February 2023.",
  ("Hungary", C, neg, "", "the prosecution's charge = the state accusing a person (target empty: Salis is not a listed actor)"))
# "She has pleaded not guilty and faces up to 11 years ..." = the defendant's plea and the legal range, narration; no row (Salis is not an actor on this page).
U(d, "Foreign Minister Antonio Tajani instructed the ministry's secretary-general", "the foreign ministry said in a statement.",
  ("Italy", C, neg, "Hungary", "the summons reported as done, with an attribution tail = a measure in protest"))
U(d, "Tajani told state broadcaster RAI that the way Salis had been brought", "how to rule.",
  ("Italy", C, neg, "Hungary", "surname only; a judgement without a stock word ('did not belong in a European courtroom'), then a disclaimer: rule 1"))
U(d, "\"Nobody is asking Budapest to acquit anyone.", "Tajani said.",
  ("Italy", T, neg, "Hungary", "multi-sentence quote: an appeal on detention conditions, no explicit judgement in the unit = calling_for_talks (negative tone)"))
U(d, "Italy's ambassador in Budapest was due to raise the case", "according to a diplomatic source in Rome.",
  ("Italy", N, neu, "", "a planned diplomatic step, given by a source tied to Rome (the envoy's plan = Italy); procedure = neutral"))
U(d, "The foreign minister said Italy would press for Salis", "since last spring.",
  ("Italy", T, neu, "Hungary", "title only ('the foreign minister' = Tajani); an appeal for house arrest + consular visits (own conduct); the appeal decides, no judgement (unsure: the consular visits could read as supporting a citizen)"))
U(d, "Prime Minister Giorgia Meloni, who counts Hungarian leader Viktor Orban", "two people familiar with her plans said.",
  ("Italy", N, neu, "", "a leader's planned step reported by unnamed people close to her = her state; plan, no position (unsure: could be no row, as a plan reported second-hand)"))
U(d, "Justice Minister Carlo Nordio said his officials were studying", "rather than a political one.",
  ("Italy", N, neu, "", "legal study + framing as a legal question = procedure, no judgement"))
U(d, "In Budapest, the government's international spokesman Zoltan Kovacs said restraints", "applied to Hungarian defendants.",
  ("Hungary", N, neu, "", "spokesman named by role then name; a justification of own practice, a denial of special treatment = neutral"))
U(d, "\"Hungary's courts do not take instructions from Rome", "Kovacs wrote on X.",
  ("Hungary", C, neg, "Italy", "social media; rejecting pressure from Rome ('Rome' = Italy as metonym) = refusal in protest + a charge against the defendant (condemning)"))
U(d, "A Hungarian government official said Budapest regarded the Italian protest", "would come from diplomatic pressure.",
  ("Hungary", C, neg, "Italy", "unnamed official of a named government speaks for it; judges Italy's protest as trying the case 'in the newspapers' = judgement without a stock word"))
U(d, "Foreign Minister Peter Szijjarto, speaking to reporters in Budapest", "interfere in a pending prosecution.",
  ("Hungary", N, neu, "", "reports a phone call and explains the government's limits = procedure, no judgement"))
U(d, "The Hungarian prison service said in a statement that Salis had access", "in line with the law.",
  ("Hungary", N, neu, "", "a state agency speaks for its state; reassurance about own conduct = neutral (an implicit denial of bad conditions)"))
U(d, "The European Commission's justice spokesperson said the Commission did not comment", "the presentation of suspects in court.",
  ("European Union", N, neu, "", "no comment on the case + recalling EU rules = procedural, no judgement, no appeal"))
U(d, "\"We expect all member states to respect these standards", "a regular briefing in Brussels.",
  ("European Union", T, neu, "", "'the spokesperson' carried to a new paragraph; an expectation addressed to all member states = appeal, no judgement (unsure: could be neutral)"))
U(d, "Germany's foreign office said its consular staff were following", "with the Hungarian authorities.",
  ("Germany", N, neu, "", "consular monitoring of its own national + questions raised = procedure; no judgement stated"))
# "The Council of Europe's anti-torture committee has in past reports criticised ..." = background of past reports, vague; no row.
U(d, "Elly Schlein, leader of Italy's opposition Democratic Party, accused Meloni's government", "out of loyalty to Orban.",
  ("Democratic Party (Italy)", C, neg, "Italy", "opposition party leader accuses her own government = condemning, target Italy"))
U(d, "\"Friendship with Orban should not come before the dignity", "if Budapest did not move.",
  ("Democratic Party (Italy)", C, neg, "", "a judgement + a call for a diplomatic measure (recall the ambassador) against Hungary = condemning; target empty (aimed at her government and Budapest)"))
U(d, "Matteo Salvini, deputy prime minister and leader of the League", "a heroine in his eyes.",
  ("Italy", N, neg, "", "deputy prime minister reserves judgement; a jab at the defendant, no judgement of a state = neutral, negative tone (unsure: could be his party, the League)"))
U(d, "Daniela Cavallari, a professor of criminal procedure at the University of Bologna", "the European Court of Human Rights.",
  ("Daniela Cavallari", C, neg, "Hungary", "invented independent scholar; judging the practice as hard to square with ECHR case law = a judgement without a stock word"))
U(d, "\"The European court has been clear for twenty years", "Cavallari said.",
  ("Daniela Cavallari", C, neg, "", "surname only; a judgement of courtroom chains (aimed at the practice, no state named in the unit -> target empty)"))
U(d, "Andras Kertesz, a senior analyst at the Budapest-based Danube Policy Institute", "left-wing violence.",
  ("Andras Kertesz", N, neu, "", "invented analyst; a forecast = neutral"))
U(d, "\"Budapest will wait for the trial and hope the story fades in Rome,\" Kertesz said", "June's European elections.",
  ("Andras Kertesz", N, neu, "", "forecast + both governments' interests, no judgement, no appeal"))
# "Salis's next hearing is set for May 24." = narration, no row.
U(d, "The embassy in Budapest has also paid for an interpreter", "the ministry said.",
  ("Italy", S, pos, "", "backing by act: consular help paid for a detained citizen (target empty: Salis is not a listed actor); attribution tail"))
U(d, "Orban's press chief Bertalan Havasi said the prime minister was glad", "ask any judge for a favour.",
  ("Hungary", T, neu, "Italy", "readiness to discuss with Meloni (agreeing to talks) + refusal to intervene with judges, no judgement = calling_for_talks (unsure: could be neutral)"))
U(d, "The office of the Council of Europe's Commissioner for Human Rights", "presumption of innocence.",
  ("Council of Europe", T, neu, "Hungary", "contact + hope for a fair trial, no judgement = a hope/appeal (calling_for_talks)"))
