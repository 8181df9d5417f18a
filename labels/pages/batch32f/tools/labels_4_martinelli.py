# Panama: Nicaragua's asylum for Ricardo Martinelli (Panamanian foreign ministry press releases page, HTML, 9-27 Feb 2024)
d = "page_panama_martinelli_asylum2024_mire.html"
# --- release No. 027, 27 February 2024
U(d, "The Ministry of Foreign Affairs of the Republic of Panama once again calls on the Head of Mission", "sets for a diplomatic mission.",
  ("Panama", T, neg, "Nicaragua", "demand addressed to Nicaragua's ambassador with no judgement word = calling_for_talks, negative tone (labels/README: demand to one side)"))
U(d, "Panama deplores the ease with which the Embassy has allowed", "granted him its protection.",
  ("Panama", C, neg, "Nicaragua", "'deplores' + breach of the asylum state's obligations = judgement of the Nicaraguan embassy"))
U(d, "The Ministry recalls that, under the asylum conventions themselves", "sought protection.",
  ("Panama", N, neu, "", "rule of law restated without naming anyone (unsure: aimed implicitly at Martinelli and his hosts)"))
U(d, "The Ministry further notes that the Consular Section of the Embassy of Nicaragua has suspended", "depend on them.",
  ("Nicaragua", N, neu, "", "Nicaragua's act reported by Panama: suspension of consular services, no reason or judgement given = neutral"),
  ("Panama", N, neg, "", "concern for Nicaraguan residents without an appeal = neutral, negative tone"))
U(d, "Speaking to the press after a meeting of the Cabinet Council, Foreign Minister Janaina Tewaney Mencomo said", "rupture with Managua.",
  ("Panama", T, pos, "Nicaragua", "FM = Panama; 'Managua' = Nicaragua (capital as metonym); restraint and no wish for a rupture = de-escalation"))
U(d, "The Minister added that Panama would pursue the matter with Managua through the ordinary diplomatic channels", "on social networks.",
  ("Panama", T, neu, "Nicaragua", "commitment to diplomatic channels = calling_for_talks; 'provocations' is unattributed (unsure: a slight reproach)"))
U(d, "\"Asylum exists to protect lives, not to house a campaign office.", "the Minister said.",
  ("Panama", C, neg, "Nicaragua", "three-sentence quote closed by the speaker = one unit; reproach to Nicaragua's embassy"))
U(d, "Asked about claims by the former President's lawyers that he is the victim of political persecution", "political motive in the case.",
  ("Ricardo Martinelli", C, neg, "Panama", "the lawyers' claim reported by Panama = their client's position: accuses the Panamanian state of political persecution; former president out of office = his own actor (new)"),
  ("Panama", N, neg, "", "rebuttal by facts (the conviction reviewed at every level) = denial of persecution: neutral, negative tone"))
# --- release No. 019, 12 February 2024
U(d, "The Ministry of Foreign Affairs has taken note of the communiqué issued on 10 February", "signed in Havana in 1928.",
  ("Nicaragua", C, neg, "Panama", "Nicaragua's communique reported by Panama: accuses Panama of violating the 1928 Convention; 'has taken note' is no position of Panama; 'in Havana' = place"))
U(d, "In the same communiqué, the Government of Nicaragua asks Panama to provide the guarantees", "Nicaraguan territory.",
  ("Nicaragua", N, neu, "Panama", "procedural request for guarantees of transfer (unsure: a diplomatic request could be read as calling_for_talks)"))
U(d, "Panama categorically rejects the assertion that it has breached", "international obligations.",
  ("Panama", N, neg, "Nicaragua", "rejection of an accusation = denial: neutral, negative tone (guide)"))
U(d, "The Republic will not accept that a final conviction for money laundering", "as political persecution.",
  ("Panama", C, neg, "Nicaragua", "refuses Nicaragua's characterisation of the case = judgement of the asylum grant"))
U(d, "Panama remains respectful of the institution of asylum", "matters of the bilateral agenda.",
  ("Panama", T, pos, "Nicaragua", "willingness to keep channels open = offer of dialogue"))
U(d, "The Ministry thanks the friendly governments", "Panamanian judiciary.",
  ("Panama", S, pos, "", "thanks to unnamed governments = supporting, target empty"))
# --- release No. 016, 9 February 2024
U(d, "The Ministry of Foreign Affairs informs that Nicaragua's request for a safe-conduct", "written reply.",
  ("Panama", N, neu, "Nicaragua", "refusal of the safe-conduct on legal grounds given in the next sentence, no protest or judgement stated = neutral (unsure: refusing the asylum grant could be read as condemning)"),
  ("Nicaragua", N, neu, "Panama", "Nicaragua's request for a safe-conduct reported by Panama = a procedural request"))
U(d, "The Government based its reply on the first article of both the 1928 Havana Convention", "for common crimes.",
  ("Panama", N, neu, "", "legal basis of the decision = neutral"))
U(d, "The former President was sentenced in July 2023 to 128 months in prison", "his last appeal was rejected.",
  ("Panama", N, neu, "", "facts given by the ministry in its release = neutral (unsure: could be read as background narration)"))
U(d, "The Ambassador was also reminded that, under the Vienna Convention on Diplomatic Relations of 1961", "diplomatic functions.",
  ("Panama", T, neu, "Nicaragua", "reminder of obligations without a judgement word = demand to one side (calling_for_talks)"))
U(d, "Should the Embassy become a platform for the former President's political campaign", "places at its disposal.",
  ("Panama", C, neg, "Nicaragua", "conditional threat of measures = condemning (a threatened response)"))
# no row: release titles, dates, caption, sidebar headlines, comment notice, footer.
