# ------------------------------------------------------------------ Andijan killings and the reactions (international wire copy, 2005-05-25)
d = "page_andijan_killings_wire.txt"
# No row: masthead, menu, breadcrumbs, headline, date line, byline, print/e-mail links, caption with credit, "1 of 3",
# ADVERTISEMENT, capitals crossheads, "Related news" list, reporting credits, copyright and footer links.
# No row: "Twelve days after troops opened fire ..., the two versions of what happened remain far apart." (summary line).
# No row: "Witnesses, rights groups and opposition figures say several hundred people were killed ..." (unnamed sources).
# No row: the diplomats' tour of Andijan (narration) and "Several of the diplomats said afterwards ..." (unnamed speakers).
# No row: the Andijan shops and the unnamed bread seller (scene, unnamed resident).
# No row: "Russia has taken Tashkent's side." (summary line before Putin's and Lavrov's statements).
U(d, "European Union foreign ministers called on Uzbekistan to allow", "state visit to China on Wednesday.",
  ("European Union", C, neg, "Uzbekistan", "dateline excluded; long lead mixing narration (Karimov's trip) and the EU position: force that 'could not be justified' + inquiry demand: rule 1"))
U(d, "In Beijing, Karimov was met with full military honours", "during the visit.",
  ("China", S, pos, "Uzbekistan", "a state welcome with full honours + a friendship treaty = backing by act (unsure: protocol could be narration)"),
  ("Uzbekistan", S, pos, "China", "the treaty is signed by both: one row per party (joint act)"))
U(d, "Foreign ministry spokesman Kong Quan told reporters that China firmly supported", "internal affair.",
  ("China", S, pos, "Uzbekistan", "'firmly supported the measures' = supporting; 'internal affair' rides on it"))
U(d, "The Prosecutor General, Rashid Kadyrov, said last week that 169 people had died", "armed attackers.",
  ("Uzbekistan", N, neu, "", "official death toll = figures, neutral tone"))
U(d, "Karimov has insisted that the troops acted only against armed men", "shoot at civilians.",
  ("Uzbekistan", N, neg, "", "denial that troops were told to shoot at civilians = neutral, negative"))
U(d, "He blamed the uprising on Akramiya", "Afghanistan and Kyrgyzstan.",
  ("Uzbekistan", C, neg, "", "'He' = Karimov; blame and accusations (hostages, human shield, foreign backers) against Akramiya, a group that is not a canonical actor -> target empty; Hizb ut-Tahrir is named only as what the government says Akramiya belongs to"))
U(d, "Hizb ut-Tahrir denied any part in the events", "London office.",
  ("Hizb ut-Tahrir", N, neg, "", "a bare denial = neutral, negative; London = place"))
U(d, "The killings, it said, were the work of a government", "label of terrorism.",
  ("Hizb ut-Tahrir", C, neg, "Uzbekistan", "'it' = Hizb ut-Tahrir; counter-accusation ('a massacre', prisons full of believers) = condemning"))
U(d, "The ministers' statement, agreed at a meeting in Brussels on Monday, said the Council wanted", "free access to the city.",
  ("European Union", T, neg, "Uzbekistan", "demand for an international inquiry and access, no judgement word in this sentence = calling_for_talks (as batch5c on demands for investigation)"))
U(d, "Luxembourg's foreign minister, Jean Asselborn, whose country holds the EU presidency, said", "went on refusing.",
  ("European Union", C, neg, "Uzbekistan", "the presidency speaks for the EU ('the bloc'), not for Luxembourg; threat to review the agreement = a threatened measure; Tashkent = metonym"))
U(d, "In Tashkent, the foreign ministry rejected the demand", "on its own soil.",
  ("Uzbekistan", C, neg, "European Union", "rejects the EU demand as interference, in protest = condemning (a grievance stated)"))
U(d, "Karimov said on Saturday that a commission of the Uzbek parliament", "no international inquiry.",
  ("Uzbekistan", N, neu, "", "own investigation procedure + refusal of an international inquiry with no grievance stated = neutral (unsure: the observers' role could be read as a counter-offer, calling_for_talks)"))
U(d, "U.N. Secretary-General Kofi Annan said he had urged Karimov", "find out the truth by itself.",
  ("United Nations", T, neg, "Uzbekistan", "Annan urged an independent inquiry = calling_for_talks"),
  ("Uzbekistan", N, neu, "", "Karimov's refusal reported inside Annan's sentence (a position of X reported by Y); reason given is procedural ('under control') = neutral"))
U(d, "Karimov's press service later denied that the question", "during the call.",
  ("Uzbekistan", N, neg, "", "denial = neutral, negative"))
U(d, "The U.N. High Commissioner for Human Rights, Louise Arbour, said", "brought to justice.",
  ("United Nations", C, neg, "Uzbekistan", "accusation by describing soldiers shooting into a crowd of unarmed people + justice for those who gave orders = condemning"))
U(d, "The U.N. refugee agency UNHCR said about 500 Uzbeks", "against their will.",
  ("UNHCR", T, neu, "Kyrgyzstan", "figures + appeal to protect refugees from forced return = calling_for_talks"))
U(d, "Kyrgyzstan's acting government, which came to power in March, said", "had been examined.",
  ("Kyrgyzstan", N, neu, "", "own procedure for the refugees, no judgement"))
U(d, "In Washington, State Department spokesman Richard Boucher said the United States was deeply troubled", "what happened.",
  ("United States", T, neg, "Uzbekistan", "concern + call for a credible investigation, no judgement word = calling_for_talks"))
U(d, "Boucher rejected suggestions that Washington had softened its criticism", "operations in Afghanistan.",
  ("United States", N, neg, "", "denial of a motive = neutral, negative"))
U(d, "\"Our concern about human rights in Uzbekistan does not depend on the base", "he said.",
  ("United States", N, neu, "", "explanation of its own position, no new judgement or appeal"))
U(d, "British Foreign Secretary Jack Straw welcomed the EU ministers' statement", "settle what happened.",
  ("United Kingdom", C, neg, "Uzbekistan", "welcome (of the EU statement) + an explicit judgement ('forfeited any claim to be believed') + appeal for an inquiry: rule 1, the judgement decides (welcome + judgement)"))
U(d, "President Vladimir Putin told Karimov by telephone on May 14", "the Kremlin said.",
  ("Russia", N, neg, "", "concern for regional stability with no appeal = neutral, negative; attribution tail"))
U(d, "Foreign Minister Sergei Lavrov said Moscow had information", "pressure on Tashkent.",
  ("Russia", C, neg, "", "accuses Afghan-trained fighters + warns Western governments off: judgement aimed at 'the West' (not canonical) -> target empty"))
U(d, "Human Rights Watch said its researchers had interviewed dozens of survivors", "as they fled.",
  ("Human Rights Watch", C, neg, "Uzbekistan", "accusation by describing soldiers' attacks on civilians = condemning"))
U(d, "Martin Aldred, a former British diplomat who served in Central Asia", "he said.",
  ("Martin Aldred", N, neg, "", "invented former diplomat speaking as an independent commentator; leverage and interests, no judgement"))
U(d, "He expected the Uzbek leadership to tighten its grip", "They will not hesitate.\"",
  ("Martin Aldred", N, neg, "", "scenario; quote with no attribution after the summary sentence, same paragraph"))
U(d, "Dilfuza Saidova, a researcher on Central Asian politics at a Berlin institute, said", "says it is fighting.",
  ("Dilfuza Saidova", N, neg, "", "invented researcher; risk of radicalisation, no judgement"))
U(d, "\"Refusing an inquiry is a serious mistake.", "she said.",
  ("Dilfuza Saidova", C, neg, "Uzbekistan", "multi-sentence quote closed by the speaker; 'a serious mistake' aimed at the government's refusal = condemning"))
