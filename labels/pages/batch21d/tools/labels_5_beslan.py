# ------------------------------------------------------------------ Beslan school siege and the reactions (Russian state media, 2004-09-08)
d = "page_beslan_statemedia.txt"
# No row: agency name, languages, menu, date, section, headline, standfirst, time stamp, print bar, photo caption with credit
# and "2 of 6", ADVERTISEMENT, capitals crossheads, "See also", tags, citing notice, copyright.
U(d, "Russia's armed forces are prepared to hit terrorist training camps", "last week's school seizure.",
  ("Russia", C, neg, "", "dateline excluded; long lead: a threatened military response against terrorist bases, no country named -> target empty"))
U(d, "Baluyevsky said such operations would be carried out", "on the specific case.",
  ("Russia", C, neg, "", "surname only; the same threat developed (means up to strikes)"))
# No row: "He did not name any country." (the outlet's remark)
U(d, "On the same day the Federal Security Service (FSB) announced a reward of 300 million roubles", "responsible for the attack.",
  ("Russia", C, neg, "Chechen Republic of Ichkeria", "FSB = Russia; bounty to 'neutralise' Maskhadov and Basayev = a measure against the other side; Moscow = metonym"))
U(d, "According to the Prosecutor General's Office, at least 330 hostages died", "treated in hospital.",
  ("Russia", N, neu, "", "casualty figures given by a state body = neutral, neutral tone"))
# No row: "Dozens of people are still listed ..." (no source) and the background paragraph on September 1-3 (narration)
U(d, "In a televised address to the nation on Saturday, President Vladimir Putin said Russia was facing an attack", "in the North Caucasus.",
  ("Russia", C, neg, "", "judgement of 'international terrorism' + announced measures; no named perpetrator -> target empty"))
U(d, "\"Those who planned and paid for this crime will be found, wherever they hide.", "Putin said.",
  ("Russia", C, neg, "", "multi-sentence quote closed by the speaker; threat of a response against the organisers"))
U(d, "\"The state was not ready for this kind of war.", "we will act differently from now on.\"",
  ("Russia", N, neg, "", "quote continued in the next paragraph with no attribution (same speaker, Putin); self-criticism and a plan, no judgement of another actor"))
# No row: "Speaking on Monday to a group of Western academics and journalists, the head of state rejected calls for negotiations ..." (summary line before the specific statement that follows)
U(d, "Nobody in Washington or London would be advised to sit down with the leader of al-Qaeda, he said,", "shoot children in the back.",
  ("Russia", C, neg, "", "'he' = Putin ('the head of state' in the summary line before); refusal of talks in protest + judgement of the hostage-takers; Washington and London are named inside his argument, not targets"))
U(d, "The Emergencies Ministry said its aircraft had flown dozens of the most seriously injured", "families in Beslan.",
  ("Russia", N, neu, "", "own relief measures, facts"))
U(d, "North Ossetian President Alexander Dzasokhov appealed to Ossetians", "keep order in the villages.",
  ("Russia", T, neg, "", "regional leader resolves to his state; appeal for restraint, no judgement"))
# No row: "Messages of condolence and support have arrived in Moscow from dozens of capitals." (summary line)
U(d, "US President George W. Bush telephoned Putin on Friday", "fight against terrorism.",
  ("United States", S, pos, "Russia", "sympathy + solidarity = supporting"))
U(d, "Chinese President Hu Jintao said in a message to his Russian counterpart", "security of its citizens.",
  ("China", S, pos, "Russia", "'firmly supported' = supporting"))
U(d, "German Chancellor Gerhard Schroeder offered to treat injured children", "medical specialists at once.",
  ("Germany", S, pos, "Russia", "offer of medical aid = supporting; Berlin = metonym"))
U(d, "The UN Security Council, meeting at Russia's request on the evening of September 1,", "release of all the hostages.",
  ("United Nations", C, neg, "", "Security Council = UN; 'monstrous crime' + demand for release: rule 1; perpetrators not named -> target empty; Russia's request is narration"))
U(d, "UN Secretary-General Kofi Annan sent his condolences", "his spokesman said.",
  ("United Nations", S, pos, "Russia", "condolences + solidarity with the Russian leadership; attribution tail"))
U(d, "At an emergency session in Brussels on Tuesday, ambassadors of the NATO-Russia Council", "joint work against terrorism.",
  ("NATO", C, neg, "", "joint statement of a council of two parties: one row per party; condemnation, no perpetrator named"),
  ("Russia", C, neg, "", "same joint statement"))
# No row: "However, not every voice from abroad was in tune with this solidarity." (the outlet's own summary line)
U(d, "On Friday evening, Dutch Foreign Minister Bernard Bot, speaking for the European Union presidency,", "gone wrong at the school.",
  ("European Union", T, neu, "Russia", "the presidency speaks for the EU; a request for an explanation with no judgement word = calling_for_talks (as batch5c's demands for explanations); unsure: could be neutral"))
U(d, "The Russian Foreign Ministry summoned the ambassador of the Netherlands on Saturday", "an insult to the victims.",
  ("Russia", C, neg, "Netherlands", "summoning an ambassador + 'tactless ... an insult' = a taken response and a judgement; target = the state whose envoy was summoned (unsure: could be the EU)"))
U(d, "Foreign Minister Sergei Lavrov, speaking in Cairo, said the live pictures had shown the whole world", "simply unworthy.\"",
  ("Russia", C, neg, "Netherlands", "quote opened after a colon; 'unworthy' aimed at Bot's request (Dutch minister); Cairo = place"))
U(d, "He suggested that questions should rather be addressed to London,", "the British authorities.",
  ("Russia", C, neg, "United Kingdom", "'He' = Lavrov; London = metonym for the UK; accusation of sheltering a separatist emissary"))
U(d, "Bot has since said the remark was never meant as a reproach to Moscow", "according to Dutch media.",
  ("European Union", N, neu, "", "clarification/denial of criticism = neutral; still speaking as the EU presidency; Dutch media are not actors"))
U(d, "Secretary of State Colin Powell said this week that the conflict in Chechnya", "fight against terrorism.",
  ("United States", T, neu, "", "call for a political settlement, no judgement"))
U(d, "Foreign Ministry spokesman Alexander Yakovenko rejected the idea, reminding Washington", "declared by the two countries.",
  ("Russia", C, neg, "United States", "'double standards incompatible with the partnership' = judgement; Washington = metonym"))
U(d, "Zakayev, for his part, denied on behalf of Maskhadov", "seizure of the school.",
  ("Chechen Republic of Ichkeria", N, neg, "", "Maskhadov's envoy speaks for the separatist government; a statement posted on a separatist website (the era's online channel); denial = neutral, negative"))
U(d, "He then went further and claimed that the Kremlin bore responsibility for the bloodshed", "he offered no evidence.",
  ("Chechen Republic of Ichkeria", C, neg, "Russia", "'He' = Zakayev; blame on the Kremlin (metonym for Russia); the closing clause is the outlet's own comment (no row)"))
# No row: "Russian experts believe the terrorists counted on a new war in the region." (unnamed speakers, the outlet's summary)
U(d, "\"The organisers wanted Ossetians and Ingush to start shooting at each other.", "told RusInform.",
  ("Oleg Rybakov", N, neg, "", "independent expert under his own name; risk scenario, no judgement of a named actor; RusInform is the outlet"))
# No row: "Rybakov was scathing about some Western reactions." (summary line before his quote)
U(d, "\"Certain capitals give shelter to the emissaries of the bandits", "he said.",
  ("Oleg Rybakov", C, neg, "", "multi-sentence quote closed by the speaker; 'hypocrisy' aimed at unnamed 'certain capitals' -> target empty"))
U(d, "Irina Voronova, a Caucasus expert at the Institute of Regional Studies,", "fought in 1992.",
  ("Irina Voronova", N, neg, "", "independent expert; risk of revenge attacks, no judgement"))
U(d, "\"Force alone will not be enough.", "Voronova said.",
  ("Irina Voronova", T, neu, "", "a 'must' appeal for dialogue and development, no judgement"))
# No row: the Beslan resident (unnamed).
