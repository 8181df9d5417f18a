# ------------------------------------------------------------------ Zamboanga City siege by an MNLF faction, day 7 (Philippine daily, full HTML, 2013-09-15)
d = "page_zamboanga_siege2013_phdaily.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, time stamps, share bar,
# figcaptions with credits, ADVERTISEMENT, crossheads, reporting credit, tags, related stories, reader comments,
# most read, newsletter prompt, footer.
U(d, "President Benigno Aquino III, who has been directing the government's response", "until every hostage was free.",
  ("Philippines", C, neg, "Moro National Liberation Front", "dateline 'ZAMBOANGA CITY — ' excluded; announced continuing military operation against the fighters = condemning"))
# "The standoff entered its seventh day on Sunday ..." = scene narration, no row.
U(d, "\u201cWe have given them every chance to walk away.", "at the city's sports complex.",
  ("Philippines", C, neg, "Moro National Liberation Front", "multi-sentence quote closed by its speaker; judgement (hostages as shields) + refusal to bargain"))
U(d, "Presidential spokesperson Edwin Lacierda said the government remained committed", "derailed by the attack.",
  ("Philippines", T, pos, "", "commitment to the peace agreement and the talks = calling_for_talks"))
U(d, "Vice President Jejomar Binay said on Thursday night that he had agreed on a ceasefire", "by telephone.",
  ("Philippines", T, neu, "Moro National Liberation Front", "agreeing a ceasefire = calling_for_talks"),
  ("Moro National Liberation Front", T, neu, "Philippines", "Misuari's agreement to a ceasefire, reported by Binay = MNLF position (Misuari is an alias of the MNLF)"))
U(d, "Hours later, Defense Secretary Voltaire Gazmin said no order to cease fire", "soldiers and civilians.",
  ("Philippines", C, neg, "Moro National Liberation Front", "no ceasefire, with the other side's attacks on soldiers and civilians given as the reason = accusation by describing attacks -> condemning"))
U(d, "Armed Forces spokesperson Lt. Col. Ramon Zagala said soldiers had cleared", "since the fighting began on Monday.",
  ("Philippines", N, neu, "", "the army speaks for its state; own gains and casualty figures = neutral"))
U(d, "Zagala repeated the military's assessment that Malik", "on his chief's instructions.",
  ("Philippines", C, neg, "Moro National Liberation Front", "holds Misuari responsible for the attack = condemning"))
U(d, "Interior Secretary Manuel Roxas II said police were checking every evacuee", "the conflict zone.",
  ("Philippines", N, neu, "", "procedure"))
U(d, "Social Welfare Secretary Corazon Soliman said her department was feeding", "Memorial Sports Complex.",
  ("Philippines", N, neu, "", "figures about relief given by a ministry"))
U(d, "Zamboanga City Mayor Maria Isabelle Climaco-Salazar, who chairs", "indoors after dark.",
  ("Philippines", N, neu, "", "city officials resolve to their state (labels/README); curfew and advice = procedure"))
U(d, "\u201cZamboanga is not a bargaining chip.", "Climaco-Salazar said.",
  ("Philippines", C, neg, "Moro National Liberation Front", "judgement of the MNLF bringing its quarrel into the city; Manila = metonym"))
U(d, "Emmanuel Fontanilla, a spokesperson for the Misuari wing of the MNLF", "had been fired upon first.",
  ("Moro National Liberation Front", C, neg, "Philippines", "denies an attack and blames the troops for firing first; the accusation decides"))
U(d, "He accused the government of killing the 1996 agreement", "behind the MNLF's back.",
  ("Moro National Liberation Front", C, neg, "Philippines", "'He' = Fontanilla; explicit accusation"))
U(d, "Fontanilla appealed to Indonesia and the Organization of Islamic Cooperation", "review of the 1996 accord.",
  ("Moro National Liberation Front", T, neu, "", "asks for mediation and a return to the review = calling_for_talks; two addressees -> target empty"))
U(d, "Muslimin Sema, who chairs the largest of the MNLF's factions, said", "to stay in their camps.",
  ("Moro National Liberation Front", N, neu, "", "Sema's faction keeps out of the fighting: own conduct, no judgement. Faction of the same front, labelled MNLF (unsure: the name files have no separate actor for the factions)"))
U(d, "\u201cTaking families out of their homes is not the struggle we fought for.", "Sema said.",
  ("Moro National Liberation Front", C, neg, "", "Sema's faction judges the Zamboanga fighters' hostage-taking; the target is a wing of the same front -> empty (target may not equal actor)"))
U(d, "The MILF, whose talks with the government in Kuala Lumpur", "committed to the peace process.",
  ("Moro Islamic Liberation Front", T, neu, "", "stays out of the fighting + commitment to the peace process = calling_for_talks"))
U(d, "Iqbal said the use of civilians as shields", "any Moro struggle.\u201d",
  ("Moro Islamic Liberation Front", C, neg, "Moro National Liberation Front", "judgement on the use of human shields; the MNLF faction is the clear target"))
U(d, "The Organization of Islamic Cooperation said in a statement posted on its website", "review of the 1996 agreement.",
  ("Organisation of Islamic Cooperation", T, neg, "", "alarm + appeal to both sides to stop fighting and return to the review, no judgement = calling_for_talks"))
U(d, "The statement said the OIC's Peace Committee for Southern Philippines", "review the situation.",
  ("Organisation of Islamic Cooperation", N, neu, "", "plan of a meeting"))
U(d, "Presidential peace adviser Teresita Quintos-Deles said Manila had asked Indonesia", "between the two sides.",
  ("Philippines", T, neu, "Indonesia", "asks Indonesia to keep a channel open = calling_for_talks"),
  ("Indonesia", T, neu, "", "Jakarta's agreement to pass messages, reported by the Philippine adviser = facilitation -> calling_for_talks"))
U(d, "In Jakarta, Foreign Minister Marty Natalegawa said Indonesia stood ready to help", "without conditions.",
  ("Indonesia", T, neu, "Moro National Liberation Front", "offer of good offices + demand to free hostages, no judgement word = calling_for_talks"))
U(d, "Malaysia, which brokers the MILF talks, said through Foreign Minister Anifah Aman", "the sea border.",
  ("Malaysia", S, pos, "Philippines", "backs Manila's handling + own border patrols = supporting"))
U(d, "Anifah said the attack should not be allowed to set back the Bangsamoro talks", "since they began.",
  ("Malaysia", T, pos, "", "wish that the talks go on = calling_for_talks"))
U(d, "The United States Embassy in Manila said the United States condemned", "stay away from Zamboanga City.",
  ("United States", C, neg, "Moro National Liberation Front", "condemnation + support for the government + travel advice: the judgement decides (rule 1)"))
U(d, "An embassy spokesperson said Washington had offered food and shelter materials", "International Development.",
  ("United States", S, pos, "Philippines", "unnamed official of a named embassy = United States; aid offered"))
U(d, "The United Nations Office for the Coordination of Humanitarian Affairs said", "leave the combat zone safely.",
  ("United Nations", T, neu, "", "readiness to support relief + appeal to let civilians leave; appeal with no judgement -> rule 2 before rule 3 = calling_for_talks"))
U(d, "Dr. Norhaya Abdulkarim, who teaches political science", "back to the table.",
  ("Norhaya Abdulkarim", N, neu, "", "invented scholar; reading of the faction's motive"))
U(d, "\u201cMisuari's people chose the worst possible way to be heard", "she said.",
  ("Norhaya Abdulkarim", C, neg, "", "judgement of both the MNLF faction and the government -> target empty"))
U(d, "She said the government should reopen the tripartite review", "with the OIC in the room.",
  ("Norhaya Abdulkarim", T, neu, "Philippines", "appeal to reopen talks"))
# "At the sports complex, a fisherman from Rio Hondo who asked not to be named ..." = unnamed speaker, no row.
