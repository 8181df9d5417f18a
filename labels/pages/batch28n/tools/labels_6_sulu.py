# ------------------------------------------------------------------ The Sulu heirs' $14.9bn award and the seizure of Petronas units (explainer / Q&A, 2022-08-03)
d = "page_sulu_heirs_petronas_2022_explainer.txt"
# Not statements: header, breadcrumb, headline, byline, read time, listen/save/share bar, the Q&A questions (subheadings),
# Related, Read more, newsletter, copyright.
# Standfirst paragraph "Bailiffs in Luxembourg last month seized ..." = narration of the seizure (bailiffs are not an actor); no row.
# "Here is what we know." = sign-off line, no row.
U(d, "The move is the heirs' first attempt to collect a $14.9 billion arbitration award", "should never have been issued.",
  ("Malaysia", C, neg, "", "narration + Malaysia's position in a relative clause ('says should never have been issued') = rejection of the award as illegitimate; aimed at the award and arbitrator -> target empty (unsure: could be a denial)"))
# "In 1878 the Sultan of Sulu signed ..." = history; "The heirs read the deed as a lease; Malaysia reads it as a cession." = background readings, not positions taken now: no row.
# The Spain/Paris procedural history and the July seizure/stay = narration of court acts, no row.
# "A great deal, and loudly." = lead-in, no row.
U(d, "Prime Minister Ismail Sabri Yaakob said", "tried to enforce it.",
  ("Malaysia", C, neg, "Sulu heirs", "refusal to recognise + vow to fight the claimants in every forum = rejection in protest / announced response = condemning"))
U(d, "\"We will not pay a single sen on the strength of a ruling", "told reporters in Putrajaya.",
  ("Malaysia", C, neg, "", "'the prime minister' by title; refusal + the award 'stripped of its legal basis' = judgement of the award (aimed at the award/arbitrator) -> target empty"))
U(d, "The minister in charge of law, Wan Junaidi Tuanku Jaafar, said the government had hired lawyers", "the seizure to be lifted.",
  ("Malaysia", N, neu, "", "legal steps and an expectation = procedure, neutral"))
U(d, "Wan Junaidi also accused the claimants of shopping for a friendly venue", "abuse of international arbitration.",
  ("Malaysia", C, neg, "Sulu heirs", "accusation + 'abuse' = condemning"))
U(d, "In Kota Kinabalu, Sabah's chief minister, Hajiji Noor, said", "joined Malaysia in 1963.",
  ("Malaysia", C, neg, "Sulu heirs", "state chief minister resolves to his state; 'an insult' = judgement of the claim"))
U(d, "Foreign Minister Saifuddin Abdullah said Sabah's status was not open to discussion", "Malaysia and the Philippines.",
  ("Malaysia", N, neu, "", "refusal to discuss sovereignty without a protest against an actor + reassurance on ties = neutral (unsure)"))
U(d, "Petronas, for its part, said the seized units had already sold", "would not be disrupted.",
  ("Petronas", N, neu, "", "state company (new actor, organisation); facts about its own units = neutral"))
U(d, "The company said it would defend its position against what it called a groundless action.", "The company said it would defend its position against what it called a groundless action.",
  ("Petronas", C, neg, "Sulu heirs", "'the company'; calls the claimants' action groundless = judgement (unsure: could be read as a denial)"))
U(d, "Their lead counsel, Paul Cohen of the London chambers", "New York Convention.",
  ("Sulu heirs", N, pos, "", "counsel speaks for his clients; legal assessment of enforceability = neutral, positive for them"))
U(d, "Cohen said his clients were open to a negotiated settlement", "half a dozen countries.",
  ("Sulu heirs", T, neu, "Malaysia", "offer of talks + appeal to negotiate; 'rather than spend public money' is a jab, not an explicit judgement = calling_for_talks (unsure)"))
U(d, "He dismissed Malaysia's challenge in Luxembourg as a delaying tactic", "interest to the bill.",
  ("Sulu heirs", C, neg, "Malaysia", "'he' = Cohen, counsel for the heirs; dismissal as a delaying tactic = judgement"))
U(d, "The heirs do not fight alone: Therium, a London-based litigation funder", "Madrid proceedings.",
  ("Therium", S, neu, "Sulu heirs", "backing by act (funding the claim) = supporting; 'according to filings' second-hand attribution; new actor (organisation)"))
U(d, "Manila has kept its distance.", "Manila has kept its distance.",
  ("Philippines", N, neu, "", "summary of Manila's posture, carries its (non-)position; neutral (unsure: could be a summary line with no row)"))
U(d, "The government of President Ferdinand Marcos Jr., in office since June 30, has said", "claim to eastern Sabah.",
  ("Philippines", N, neu, "", "description of the case as private + still studying = neutral"))
U(d, "The Department of Foreign Affairs added that relations with Malaysia remained warm", "diplomatic channels.",
  ("Philippines", T, pos, "", "commitment to handle Sabah through diplomacy = calling_for_talks; warm ties, positive tone"))
U(d, "Hélène Marchand, who teaches international arbitration", "now paying for it existed.",
  ("Hélène Marchand", N, neu, "", "invented scholar; assessment = neutral"))
U(d, "\"Whatever one thinks of the history, an arbitrator who carries on", "Marchand said.",
  ("Hélène Marchand", C, neg, "", "judgement of the arbitrator's conduct (Stampa, a person, not an actor) -> target empty"))
U(d, "She said the Paris appeal court's stay was a sign", "sovereignty argument seriously.",
  ("Hélène Marchand", N, neu, "", "reading of the court's stay = neutral"))
U(d, "Both sides, Marchand added, would be wise to settle", "politically impossible in Kuala Lumpur.",
  ("Hélène Marchand", T, neu, "", "attribution in the middle; appeal to both sides to settle = calling_for_talks"))
U(d, "Britain, whose chartered company took over the 1878 deed, has stayed out of the fight", "would not comment on them.",
  ("United Kingdom", N, neu, "", "not a party + no comment = neutral"))
U(d, "At home, opposition leader Anwar Ibrahim said the government had ignored warnings", "lost control of it.",
  ("People's Justice Party", C, neg, "Malaysia", "opposition leader (PKR president) speaks for his party; criticism of the government = condemning; target Malaysia (the government)"))
U(d, "Azlan Mohd Rafiq, a fellow at the Kuala Lumpur Centre for Legal Policy, said Malaysia had itself to blame", "took them seriously.",
  ("Azlan Mohd Rafiq", C, neg, "Malaysia", "invented analyst; blame on Malaysia's neglect = condemning"))
U(d, "\"Putrajaya was right to stop payments after Lahad Datu, but it should have kept talking", "Rafiq said.",
  ("Azlan Mohd Rafiq", C, neg, "Malaysia", "approval of one step + 'should have kept talking ... instead of walking away' = a retrospective judgement of Malaysia's conduct, not an appeal for a future course = condemning (unsure: could be calling_for_talks)"))
U(d, "He said the two governments should quietly agree", "bilateral agenda.",
  ("Azlan Mohd Rafiq", T, neu, "", "appeal to both governments = calling_for_talks"))
# "Malaysia's appeal against the award will be heard in Paris ..." = narration of pending proceedings, no row.
U(d, "The heirs have said they will look for other Malaysian state assets abroad.", "The heirs have said they will look for other Malaysian state assets abroad.",
  ("Sulu heirs", C, neg, "Malaysia", "announced further seizures against Malaysia = a measure against another side = condemning"))
