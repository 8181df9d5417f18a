# ------------------------------------------------------------------ Fiji: the army chief's warning and the government's rebuke (wire copy, 2023-01-18)
d = "page_fiji_kalouniwai_warning2023_wire.txt"
# Not statements: menu, section, time stamp, headline, byline, read time, crossheads, ADVERTISEMENT, credits, standards line, related/read next/most read, tags, copyright.
U(d, "Fiji's government summoned the head of the armed forces on Tuesday", "four coups since 1987.",
  ("Fiji", C, neg, "", "dateline excluded; lede: the government's summons and rebuke of its own army chief (a reprimand by act) + the commander's warning (same state); army and government both = Fiji, target empty"))
U(d, "Major-General Ro Jone Kalouniwai, commander of the Republic of Fiji Military Forces (RFMF), said", "the 2013 constitution.",
  ("Fiji", C, neg, "", "the army speaks for its state; charge that the government cuts corners = judgement without a stock word; aimed at its own government -> target empty"))
U(d, "\"The army does not speak on politics lightly", "the statement said.",
  ("Fiji", C, neg, "", "the RFMF statement; 'haste puts the constitution at risk' = criticism of the cabinet"))
U(d, "It did not say which decisions had troubled the military", "meant to strengthen.",
  ("Fiji", N, neg, "", "'It' = the statement; a warning of risk with no named culprit and no appeal = neutral, negative"))
U(d, "Home Affairs Minister Pio Tikoduadua called Kalouniwai to his office", "the cabinet's displeasure.",
  ("Fiji", C, neg, "", "summoning the commander to convey displeasure = a reprimand by act; own army -> target empty"))
U(d, "\"We had a frank conversation", "Tikoduadua told reporters after the meeting.",
  ("Fiji", N, neu, "", "account of the meeting and of who answers to whom; no judgement beyond the summons (unsure: could be condemning)"))
U(d, "The minister said the army's worries concerned", "neither was a matter for soldiers.",
  ("Fiji", C, neg, "", "'The minister' = Tikoduadua; telling the army its concerns are none of its business = a rebuke"))
U(d, "Kalouniwai later spoke to reporters outside the prime minister's office", "no plan to seize power.",
  ("Fiji", N, neg, "", "denial of a takeover plan = neutral, negative"))
U(d, "\"There is no takeover, and there will be none,\" he said", "get on with their jobs.",
  ("Fiji", N, pos, "", "reassurance about the army's own conduct = neutral, positive tone"))
# "Rabuka, who led Fiji's first two coups ... played down the episode." = summary line before the quote, no row.
U(d, "\"Our relationship with the military is sound", "would go through parliament.",
  ("Fiji", N, pos, "", "'the prime minister' = Rabuka; reassurance + procedure (parliament) = neutral, positive"))
# "Rabuka took office on Dec. 24 after ..." = background narration, no row.
# "Bainimarama's FijiFirst party, now in opposition, placed the blame squarely on the new cabinet." = summary line before the quote, no row (README: lead-ins get none).
U(d, "\"This government has spent three weeks tearing up", "in remarks carried by local radio.",
  ("FijiFirst", C, neg, "Fiji", "general secretary speaks for the party; accusation of reckless change; second-hand attribution (carried by radio)"))
# "Fiji's larger neighbours responded cautiously." = summary line, no row.
U(d, "Australia was following events in Suva closely", "the commander's statement.",
  ("Australia", N, neu, "", "monitoring without an appeal or judgement = neutral; the attribution comes after the position"))
U(d, "Wong said Canberra trusted that Fiji's institutions", "remain a peaceful one.",
  ("Australia", T, pos, "", "surname only; hope that the transfer stays peaceful = calling_for_talks"))
U(d, "In Wellington, Foreign Minister Nanaia Mahuta's office said New Zealand stood behind", "manage its own affairs.",
  ("New Zealand", S, pos, "Fiji", "backing for the elected government = supporting"))
U(d, "A New Zealand official, speaking on condition of anonymity, said the high commission", "during the day.",
  ("New Zealand", N, neu, "", "unnamed official of a named government; contacts = fact"))
U(d, "The U.S. State Department said Washington supported Fiji's democratically elected government.", "Fiji's democratically elected government.",
  ("United States", S, pos, "Fiji", "support for the government = supporting"))
U(d, "\"We urge every institution in Fiji, including the security forces", "in an emailed response to questions.",
  ("United States", T, neu, "", "appeal to respect civilian authority, no judgement = calling_for_talks; addressed to all institutions -> target empty"))
U(d, "Pacific Islands Forum Secretary General Henry Puna said he had spoken to Rabuka", "reassured by what he heard.",
  ("Pacific Islands Forum", N, pos, "", "contact and reassurance, no appeal = neutral, positive"))
U(d, "\"The Pacific family wants to see Fiji settle this through dialogue and calm", "from the Forum secretariat in Suva.",
  ("Pacific Islands Forum", T, pos, "", "hope for dialogue and calm = calling_for_talks"))
U(d, "The Commonwealth Secretariat said Secretary-General Patricia Scotland had taken note", "with concern.",
  ("Commonwealth", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "The secretariat said Scotland would stay in contact with the Fijian authorities", "no further details.",
  ("Commonwealth", N, neu, "", "procedural line = neutral"))
# "The 2013 constitution, written under ..." = background narration (lawyers unnamed), no row.
U(d, "Losana Tuivuya, a governance researcher at the Oceania Policy Institute in Suva, said", "reviewing that clause.",
  ("Losana Tuivuya", C, neg, "Fiji", "invented researcher; charge that the army (= Fiji) tries to intimidate elected politicians"))
U(d, "\"A commander who writes to the newspapers", "Tuivuya said.",
  ("Losana Tuivuya", C, neg, "", "surname after first mention; judgement on the commander's conduct without a stock word"))
U(d, "She said the government had handled the day well", "rather than sacking him.",
  ("Losana Tuivuya", S, pos, "Fiji", "praise of the government's handling = supporting"))
U(d, "Jonathan Pryor, a professor of Pacific politics at the University of Otago, said", "but carefully.",
  ("Jonathan Pryor", N, neu, "", "invented scholar; assessment with no judgement or appeal to a party"))
U(d, "\"If the coalition moves on the military clause", "Pryor said.",
  ("Jonathan Pryor", T, neu, "Fiji", "advice to go slowly and include the opposition = appeal for a consultative course"))
# "Fiji's parliament is due to sit again next month." = narration, no row.
