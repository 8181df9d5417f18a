# ------------------------------------------------------------------ Tulip Revolution, a week after Akayev's flight (regional news site, full HTML, 2005-03-31)
d = "page_tulip_revolution_regionalsite.html"
# No row: language bar, brand, date/currency line, nav, breadcrumbs, headline, lead box, info line, caption with credit,
# ADVERTISEMENT banners, crossheads, "Read also:", tags, share bar, comments, most popular, footer.
# No row: "Akayev, who flew by helicopter to Kazakhstan ... gave his first long interview on Tuesday ..." (narration of the
#   interview; his positions follow); "In the first two nights after Akayev's flight, looters emptied shops ..." (narration);
#   "President Nursultan Nazarbayev spoke by telephone with Bakiyev on Saturday ..." (a call narrated, no content);
#   "He was less forgiving of the opposition's conduct on 24 March." (summary line before the quote).
# Actors: the acting president/prime minister Bakiyev, acting foreign minister Otunbayeva and Kulov as security coordinator
# speak for Kyrgyzstan (the new authorities hold the state on this date); the fled president Akayev is his own actor.
U(d, "The chairman of the OSCE, Slovenian Foreign Minister Dimitrij Rupel, promised", "lawfully elected president.",
  ("OSCE", S, pos, "Kyrgyzstan", "dateline 'BISHKEK.' excluded; a minister speaking as OSCE chairman = OSCE (not Slovenia); promise of full help = supporting"),
  ("Askar Akayev", N, neg, "", "same long lead: the fled president's claim to remain the lawful president, no judgement in this sentence; Moscow = place"))
U(d, "After talks with the acting president and prime minister, Kurmanbek Bakiyev,", "rather than in the square.",
  ("OSCE", T, pos, "", "offer to prepare and observe the election + appeal to settle quarrels through institutions: rule 2 before rule 3; the people met are objects"))
U(d, "\"This country stood on the edge of something much worse", "before flying out.",
  ("OSCE", S, pos, "Kyrgyzstan", "multi-sentence quote closed by the speaker; readiness to help with the election, parliament and police = offer of assistance"))
U(d, "Bakiyev said the election would be open to every candidate", "OSCE and the CIS.",
  ("Kyrgyzstan", N, pos, "", "acting president's own plans for the vote = neutral, positive"))
U(d, "He also thanked Russia for what he called its calm and friendly attitude", "Manas airport.",
  ("Kyrgyzstan", S, pos, "Russia", "'He' = Bakiyev; thanks = supporting; the reassurance on both bases rides on it"))
U(d, "He called the events in Bishkek an unconstitutional seizure of power", "answer for the looting.",
  ("Askar Akayev", C, neg, "Kyrgyzstan", "'He' = Akayev; 'unconstitutional seizure' by 'adventurers' + they will answer for the looting = condemning the new authorities (= Kyrgyzstan on this date)"))
U(d, "He said he had refused to let the police open fire", "on his conscience.",
  ("Askar Akayev", N, neu, "", "account of his own conduct (self-justification) = neutral"))
U(d, "Asked whether he would resign, Akayev said he was ready to discuss it", "were respected.",
  ("Askar Akayev", T, neu, "Kyrgyzstan", "conditional offer to negotiate his resignation = calling_for_talks"))
U(d, "Otunbayeva said the new authorities wanted Akayev's resignation signed properly", "to receive it.",
  ("Kyrgyzstan", T, neu, "Askar Akayev", "acting foreign minister; readiness to send deputies to receive the resignation = a negotiated course"))
U(d, "She rejected claims in some Russian newspapers", "paid for abroad.",
  ("Kyrgyzstan", N, neg, "", "'She' = Otunbayeva; denial of a foreign hand = neutral, negative"))
U(d, "The people who came out in Osh, Jalal-Abad and Bishkek, she said,", "foreign foundations.",
  ("Kyrgyzstan", C, neg, "Askar Akayev", "continuation of the denial, but with an accusation ('the stolen election') aimed at Akayev's rule = condemning"))
U(d, "Felix Kulov, the former vice-president who was freed from prison", "main streets together.",
  ("Kyrgyzstan", N, neg, "", "Kulov as coordinator of the police and security services speaks for the state; casualty figures and own security measures"))
U(d, "President Vladimir Putin, speaking in Yerevan during a visit to Armenia", "allowed to pile up.",
  ("Russia", C, neg, "", "'a pity' that power changed hands in the street with looting and deaths + blame on Akayev's government's weakness: judgements on two sides -> target empty; Yerevan = place"))
U(d, "Putin said Russia knew most of the new leaders well and would work with them.", "would work with them.",
  ("Russia", S, pos, "Kyrgyzstan", "readiness to work with the new leaders = backing/recognition"))
U(d, "Foreign ministry spokesman Alexander Yakovenko said Akayev was in Russia", "had been received.",
  ("Russia", N, neu, "", "facts about Akayev's status, no judgement"))
U(d, "Foreign Minister Sergei Lavrov said Moscow expected no outside power", "aimed at Washington.",
  ("Russia", T, neg, "", "a warning against outside interference aimed at no named actor, like 'opposes any escalation' = an appeal for restraint (unsure: the commentators' reading makes it a veiled rebuke of the US); the commentators are not actors"))
U(d, "The US State Department spokesman, Richard Boucher, said the United States", "the new election.",
  ("United States", T, neu, "", "contact with the acting government + call on all sides to refrain from violence = calling_for_talks"))
U(d, "Secretary of State Condoleezza Rice, in a telephone call with Otunbayeva on Monday, welcomed", "the State Department said.",
  ("United States", S, pos, "Kyrgyzstan", "welcome of the election decision, no appeal = supporting; attribution tail"))
U(d, "The US ambassador in Bishkek, Stephen Young, rejected suggestions", "paid for the protests.",
  ("United States", N, neg, "", "denial = neutral, negative"))
U(d, "American programmes, he told a local radio station,", "under Akayev himself.",
  ("United States", N, neu, "", "'he' = Young; facts about US programmes (explanation of the denial)"))
U(d, "Kazakhstan, which shares a long border with Kyrgyzstan", "the border service said.",
  ("Kazakhstan", N, neu, "", "own border measures, attribution tail to the border service"))
U(d, "Foreign Minister Kassym-Jomart Tokayev said Kazakhstan would deal with the acting authorities", "as soon as possible.",
  ("Kazakhstan", T, pos, "", "dealing with the new authorities + hope that calm returns: the hope (rule 2) decides; Bishkek = metonym for the acting authorities"))
U(d, "Nurbek Asanaliev, a Bishkek political analyst, said the real test", "decide who runs.",
  ("Nurbek Asanaliev", N, neu, "", "invented analyst under his own name; what comes next, no judgement"))
U(d, "\"Bakiyev has the south, Kulov has the police", "he said.",
  ("Nurbek Asanaliev", N, neg, "", "scenarios (split or deal), no judgement"))
U(d, "\"The leaders who now talk about the rule of law", "will not forget it.\"",
  ("Nurbek Asanaliev", C, neg, "Kyrgyzstan", "quote with no attribution in the sentence (speaker from the paragraph before); 'irresponsible' aimed at the opposition leaders now in power = condemning"))
U(d, "Galina Verkhovskaya, a researcher on Central Asia at a Moscow institute, said", "not to bet on one man.",
  ("Galina Verkhovskaya", N, neu, "", "invented researcher; the Kremlin's lesson, no judgement"))
U(d, "Moscow's priorities, she said, were the Kant base", "had all three.",
  ("Galina Verkhovskaya", N, neu, "", "Russia's interests explained (Moscow is an object), no judgement"))
U(d, "\"The danger is not another crowd in the square next week.", "Verkhovskaya said.",
  ("Galina Verkhovskaya", N, neg, "", "multi-sentence quote closed by the speaker; risk assessment"))
