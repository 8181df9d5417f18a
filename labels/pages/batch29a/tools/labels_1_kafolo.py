# ------------------------------------------------------------------ Kafolo: attack on the Ivorian army-gendarmerie post, 11 June 2020 (Ivorian state news agency, 2020-06-12)
d = "page_ivorycoast_kafolo2020_stateagency.txt"
# Not statements: menu, breadcrumbs, section label, headline, byline line, photo caption, ADVERTISEMENT, crosshead "Foreign reactions", agency sign-off, tags, Read also list, share line, copyright.
U(d, "Abidjan, 12 June 2020 (AIP) – His Excellency Mr Alassane Ouattara", "wherever they seek refuge.",
  ("Ivory Coast", C, neg, "", "dateline lead; tribute + vow to track down the authors of a 'cowardly night assault' = judgement + threatened response; attackers unnamed -> target empty"))
# "The attack, carried out at around 3 a.m. ..." = toll in the agency's own voice, no source: not a statement.
U(d, "In a communiqué read on national television, the Chief of the General Staff", "a sweep of the surrounding bush was under way.",
  ("Ivory Coast", N, neu, "", "army chief speaks for the state; own deployment reported as facts"))
U(d, "An inquiry will establish how the post was overrun", "the Chief of the General Staff added.",
  ("Ivory Coast", N, neu, "", "procedure; attribution tail, speaker named by title only"))
U(d, "Speaking at the close of an extraordinary meeting of the National Security Council", "an army that does not give ground.\"",
  ("Ivory Coast", C, neg, "", "leader's words at length: 'wounded in its flesh', those who plant fear 'will find before them' an army = judgement and warning without a stock word"))
U(d, "The President of the Republic went on to announce that a special operational zone", "operating along the frontier.",
  ("Ivory Coast", C, neg, "", "announced operation to pursue the armed groups = condemning per the guide's recurring cases (unnamed groups -> target empty)"))
U(d, "He conveyed the sympathy of the nation to the bereaved families", "soon be back on their feet.",
  ("Ivory Coast", S, neg, "", "sympathy to the nation's own bereaved = sympathy (supporting), grief tone; no other actor -> target empty"))
# "The Minister of State, Minister of Defence, Mr Hamed Bakayoko, who travelled to Kafolo ..." = what he did (visit, inspection), no position: not a statement.
U(d, "Addressing journalists on site, Mr Bakayoko indicated that the assailants", "the insult done to the nation.",
  ("Ivory Coast", C, neg, "", "promise of a reply matching the insult = threatened response"))
U(d, "\"Our men held the position to the end.", "questioned in the surrounding villages.",
  ("Ivory Coast", N, neu, "", "quote closed by 'the Minister of State said': own account of the fighting and of the inquiry, no judgement"))
# "Kafolo lies on the Comoé river ..." = background narration.
U(d, "The two sides, Ivorian and Burkinabè, have agreed to hold a meeting", "according to a source at the Ministry of Defence.",
  ("Ivory Coast", N, neu, "", "unnamed source of a named ministry; a working meeting of allied chiefs of staff on border arrangements = procedure, not peace talks (unsure: could be calling_for_talks)"),
  ("Burkina Faso", N, neu, "", "'the two sides' agreed: Burkina's agreement reported by the Ivorian source = Burkina's statement too; procedure"))
U(d, "The Government Spokesperson, Minister Sidi Tiémoko Touré, dismissed as baseless", "before the assault.",
  ("Ivory Coast", N, neg, "", "denial of rumours = neutral, negative tone"))
U(d, "The President of the National Assembly, Mr Amadou Soumahoro, for his part", "the communities of the north.",
  ("Ivory Coast", T, neu, "", "parliament speaker speaks for the state; appeal for unity and restraint towards communities, no judgement = calling_for_talks"))
U(d, "In a statement signed by its spokesperson, the Democratic Party of Côte d'Ivoire", "a frontier post so exposed.",
  ("Democratic Party of Côte d'Ivoire", C, neg, "Ivory Coast", "opposition party: compassion joined to blame of the Government for intelligence lapses; the judgement decides (rule 1)"))
U(d, "In Kafolo, the village chief, Mr Drissa Konaté, told AIP", "down to the fields by the river,\" he said.",
  ("Drissa Konaté", N, neg, "", "invented village chief (independent voice, not an official): fear described, no appeal = neutral, negative"))
U(d, "Mr Konaté said the villagers had brought food and water", "used by the attackers.",
  ("Drissa Konaté", S, pos, "Ivory Coast", "backing by act: villagers fed and guided the soldiers (reported by their chief)"))
U(d, "Dr Awa Diomandé, a researcher at the Abidjan Centre for Strategic Studies, warned", "the last post to be targeted.",
  ("Awa Diomandé", N, neg, "", "invented analyst; warning/assessment with no appeal = neutral, negative"))
U(d, "She urged the authorities in Abidjan and Ouagadougou to open a dialogue", "know how to exploit.",
  ("Awa Diomandé", T, neu, "", "appeal for dialogue with border communities, no judgement = calling_for_talks; addressed to two governments -> target empty"))
U(d, "Receiving the Ambassador of Burkina Faso in Côte d'Ivoire on Friday", "side by side with Côte d'Ivoire.",
  ("Burkina Faso", S, pos, "Ivory Coast", "ambassador conveys sympathy and resolve to fight together = solidarity; the Ivorian minister only receives him (no row)"))
U(d, "In a message addressed to his Ivorian counterpart, the Burkinabè Head of State", "sorely tried by terrorism.",
  ("Burkina Faso", C, neg, "", "'the Burkinabè Head of State' = Kaboré; 'a vile act' = judgement, with solidarity; rule 1; attackers unnamed"))
U(d, "For its part, the ECOWAS Commission, in a statement issued in Abuja", "with the Ivorian people.",
  ("ECOWAS", C, neg, "", "'denounced an odious act' = judgement, with solidarity (rule 1)"))
U(d, "The Chairperson of the African Union Commission, Mr Moussa Faki Mahamat, expressed", "its struggle against terrorism.",
  ("African Union", S, pos, "Ivory Coast", "sadness + assurance of full support = supporting (no judgement word)"))
U(d, "In Paris, the Ministry for Europe and Foreign Affairs said France stood alongside", "the courage of the Ivorian forces.",
  ("France", S, pos, "Ivory Coast", "solidarity and praise of the Ivorian forces"))
U(d, "The Secretary-General of the United Nations, Mr António Guterres, was quoted by his spokesperson", "spreading towards the Gulf of Guinea.",
  ("United Nations", C, neg, "", "passive attribution ('was quoted ... as condemning') + offer of support; the condemnation decides (rule 1)"))
U(d, "The Embassy of the United States in Abidjan said in a message posted", "security partnership with Abidjan.",
  ("United States", S, neg, "Ivory Coast", "shared grief + continued security partnership = supporting; grief tone"))
U(d, "Messages of sympathy have also been received from the Heads of State of Ghana, Togo and Senegal", "according to the Presidency of the Republic.",
  ("Ghana", S, neg, "Ivory Coast", "list of states: each sent sympathy (an act of solidarity), reported by the Ivorian presidency"),
  ("Togo", S, neg, "Ivory Coast", "list of states, one row each"),
  ("Senegal", S, neg, "Ivory Coast", "list of states, one row each"))
