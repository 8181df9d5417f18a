# ------------------------------------------------------------------ the Bronze Soldier, the Tallinn riots and the siege of the Estonian embassy in Moscow (Baltic English-language site, full HTML, 2007-05-03)
d = "page_bronze_soldier_balticsite.html"
# No rows: language bar, header, nav, breaking line, section, headline, summary, byline, share bar, captions with "1 of 3",
# crossheads, "Related:", tags, newsletter, comments, most read, footer.
U(d, "Estonia's ambassador to Russia, Marina Kaljurand, left Moscow on Thursday", "done nothing to lift.",
  ("Estonia", C, neg, "Russia", "long lead: the ministry's 'holiday' (procedure) and 'Tallinn says the Russian authorities have done nothing' (metonym; accusation) in one sentence -> one row, the judgement decides"))
U(d, "Within hours the youth movement Nashi, whose members had camped outside the embassy", "as its victory.",
  ("Nashi", N, pos, "", "own act (ending the picket) + triumph, no judgement stated on another actor (unsure: could be read as hostile to Estonia)"))
U(d, "The embassy's consular section remains closed, an embassy spokesman said", "come and go safely.",
  ("Estonia", N, neg, "", "embassy spokesman = Estonia; own measure (procedure)"))
U(d, "Kaljurand said on Wednesday that her bodyguards had to use pepper spray", "in no hurry to step in.",
  ("Estonia", C, neg, "Russia", "surname only; account of the attack + accusation of police passivity (the police = Russia)"))
U(d, "Foreign Minister Urmas Paet said the treatment of the embassy's staff amounted to a breach", "Samara on May 18.",
  ("Estonia", C, neg, "Russia", "breach of the Vienna Convention by 'the host country' (Russia by context) + asks for a measure against Russia"))
U(d, "Government websites have been hit by waves of cyber attacks since Friday", "the presidential administration.",
  ("Estonia", C, neg, "Russia", "accusation that attacks came from Russian state institutions; the first clause is narration"))
U(d, "President Toomas Hendrik Ilves said on Monday that Russia's failure to protect the embassy", "to stay calm.",
  ("Estonia", C, neg, "Russia", "'broke international law' + appeal for calm at home = condemning (rule 1)"))
U(d, "The European Commission said on Wednesday it shared Estonia's concern", "raise the matter in Moscow.",
  ("European Union", T, neg, "Russia", "concern + expectation that Russia honours its obligations + a delegation, no judgement word = calling_for_talks (rule 2 before 3); Moscow = place"))
U(d, "German Foreign Minister Frank-Walter Steinmeier, speaking for the EU presidency", "back to normal.",
  ("European Union", S, pos, "Estonia", "minister speaking for the EU presidency = European Union; promise of a European response = backing"))
U(d, "NATO's North Atlantic Council said on Thursday that the harassment of Estonian diplomats", "between the two countries.",
  ("NATO", C, neg, "Russia", "'intolerable' + blame for doing nothing + appeal for diplomacy = condemning (rule 1)"))
U(d, "In Washington, State Department spokesman Tom Casey called on the Russian authorities", "bring the tension down.",
  ("United States", T, neu, "Russia", "appeal to de-escalate addressed to one side, no judgement = calling_for_talks; Washington = place"))
U(d, "Sweden lodged a formal protest with the Russian foreign ministry", "on Wednesday.",
  ("Sweden", C, neg, "Russia", "formal protest = condemning"))
U(d, "The foreign ministries of Latvia and Lithuania expressed solidarity with Tallinn", "of the Estonian state.",
  ("Latvia", S, pos, "Estonia", "solidarity; Tallinn = metonym; two states = two rows"),
  ("Lithuania", S, pos, "Estonia", "solidarity + parliament's resolution backing the relocation"))
U(d, "Russian Foreign Minister Sergei Lavrov told Paet by telephone on Wednesday", "Estonian foreign ministry.",
  ("Russia", N, neu, "", "Russia's reassurance reported by Estonia's ministry (attribution tail) = Russia's statement, neutral; no Estonia row"))
U(d, "His ministry's spokesman, Mikhail Kamynin, accused the Estonian authorities", "killed in the riots.",
  ("Russia", C, neg, "Estonia", "'His ministry' = Lavrov's, by context; accusation + demand for an investigation (rule 1)"))
U(d, "A State Duma delegation led by Nikolai Kovalyov, which visited Tallinn on Monday", "Estonia's internal affairs.",
  ("Russia", C, neg, "Estonia", "parliament delegation = Russia; demand that the government resign = hostile judgement; Tallinn = place"),
  ("Estonia", C, neg, "Russia", "Paet's reply reported in the same sentence: 'open interference' = judgement"))
U(d, "In a telephone call with Merkel, Putin said the memorial had been moved", "Kremlin press service said.",
  ("Russia", C, neg, "Estonia", "judgement ('insulted the memory of the war dead'); attribution tail; Merkel is the addressee"))
U(d, "Merkel, whose government holds the EU's rotating presidency, urged him to help calm", "government spokesman said.",
  ("European Union", T, neu, "Russia", "the head of the presidency's government acting in that role = European Union (unsure: could be Germany, as the source is a German government spokesman); appeal to calm = calling_for_talks"))
U(d, "Moscow Mayor Yuri Luzhkov has urged Russians and Russian companies", "the country's resorts.",
  ("Russia", C, neg, "Estonia", "the capital's mayor resolves to his state; call for a boycott = a measure (sanction-like); Moscow = place in his title"))
U(d, "Russian Railways said this week that deliveries of oil products and coal", "repair work on the line.",
  ("Russian Railways", N, neu, "", "state-owned company under its own name; procedure (repairs), no position stated"))
U(d, "Estonian officials said the timing of the repairs was no coincidence", "dressed up as maintenance.",
  ("Estonia", C, neg, "Russia", "unnamed officials of a named government = Estonia; accusation of economic pressure"))
U(d, "Prime Minister Andrus Ansip, whose government ordered the statue taken down", "honoured at its new site.",
  ("Estonia", N, pos, "", "defence of own decision + reassurance = neutral"))
U(d, "He described the rioters as looters who had shamed the memory", "claimed to be defending.",
  ("Estonia", C, neg, "", "'He' = Ansip; judgement of the rioters (no canonical target)"))
U(d, "Police say more than 1,100 people were detained over two nights of unrest", "more than 150 people were injured.",
  ("Estonia", N, neu, "", "police = Estonia; casualty and arrest figures = neutral, neutral tone"))
U(d, "The Defence Ministry said the remains exhumed on Tõnismägi would be identified", "held on May 8.",
  ("Estonia", N, neu, "", "plan and procedure"))
U(d, "Tallinn Mayor Edgar Savisaar, whose Centre Party draws much of its support", "now paying for.",
  ("Estonian Centre Party", C, neg, "Estonia", "mayor of the capital speaking as an opposition party leader against his own government (not for the state); 'acted in haste' = judgement (unsure: could be the city itself)"))
# "My grandfather is in that grave ..." : the pensioner Valentina (first name only, a resident): no row.
U(d, "\"For the Kremlin this is useful in a year with a Duma election", "Security Policy in Tartu.",
  ("Kaarel Tamm", N, neg, "", "independent researcher; interests and scenarios, no judgement; multi-sentence quote closed by the speaker"))
U(d, "Tamm said Estonia's best protection was to keep the dispute inside the EU and NATO", "how it ended.",
  ("Kaarel Tamm", N, neu, "", "strategic assessment, no appeal to talks, no judgement"))
U(d, "Yelena Vorontsova, a Moscow political scientist who writes on Russian-Baltic relations", "of its own population.",
  ("Yelena Vorontsova", C, neg, "Estonia", "'handled the move clumsily' = judgement; Tallinn = metonym"))
U(d, "\"Both governments should now sit down with the war graves commissions", "she said.",
  ("Yelena Vorontsova", T, neu, "", "appeal to both governments to talk = calling_for_talks"))
