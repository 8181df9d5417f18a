# ------------------------------------------------------------------ Gambia: the failed attack on State House, Banjul (30 Dec 2014) (West African news site, full HTML with an ECOWAS communique, 2015-01-02)
d = "page_gambia_statehouse_coup_2014_westafricasite.html"
# Not statements: ticker, header, nav, breadcrumbs, headline, dek, byline, date, figcaptions with credits, ADVERTISEMENT, crossheads, the communique's lead-in line and "Done at Abuja", tags, share bar, Read also, reader comments, most popular, newsletter, footer.
U(d, "President Yahya Jammeh, back in the capital after Tuesday's failed attack on State House", "found and punished.",
  ("Gambia", C, neg, "", "dateline excluded; accusation of exiles and unnamed foreign sponsors + vow to punish; no canonical target"))
# "Gunmen attacked the presidential palace ..." = narration, no row.
U(d, "The government said in a statement read on state television that four attackers had been killed", "others had been captured.",
  ("Gambia", N, neu, "", "figures given by the government"))
U(d, "\"These were not soldiers defending any cause.", "greeted him at the airport on Wednesday.",
  ("Gambia", C, neg, "", "judgement of the attackers and their paymasters (unnamed) -> target empty; multi-sentence quote closed by the speaker"))
U(d, "He said he would not name the governments he held responsible", "escape the consequences.",
  ("Gambia", C, neg, "", "'He' = Jammeh; veiled threat against unnamed governments = condemning, target empty"))
U(d, "On the day of the attack, state radio played music for most of the morning", "in control.",
  ("Gambia", N, neu, "", "state radio's notice = the state's own account, no judgement (unsure: a state outlet reporting; kept as the government's notice)"))
U(d, "The Gambia Armed Forces high command said in a statement that its units had stayed loyal", "under full control.",
  ("Gambia", N, pos, "", "the army speaks for its state; reassurance about own conduct"))
U(d, "Interior Minister Ousman Sonko said checkpoints had been set up", "would be searched.",
  ("Gambia", N, neu, "", "security measures at its own roads, not aimed at Senegal as a state = neutral"))
# "The ECOWAS Commission issued the following statement in Abuja on Wednesday:" = lead-in line, no row.
U(d, "The Commission of the Economic Community of West African States (ECOWAS) has learnt with deep concern", "Republic of The Gambia.",
  ("ECOWAS", N, neg, "", "communique: concern without an appeal = neutral, negative"))
U(d, "The Commission condemns in the strongest terms this attempt to take power", "Democracy and Good Governance.",
  ("ECOWAS", C, neg, "", "condemnation of the attempt; the plotters are not an actor -> target empty"))
U(d, "The Commission expresses its appreciation to the Gambian defence and security forces", "institutions of the Republic.",
  ("ECOWAS", S, pos, "Gambia", "praise of the state's forces = supporting"))
U(d, "It calls on the Government of The Gambia to ensure that all persons arrested", "full respect for their rights.",
  ("ECOWAS", T, neu, "Gambia", "'It' = the Commission; appeal for due process, no judgement = calling_for_talks"))
U(d, "The Commission remains in contact with the authorities in Banjul", "follow developments closely.",
  ("ECOWAS", N, neu, "", "monitoring, no appeal"))
# "Done at Abuja, 31 December 2014." = dateline of the communique, no row.
U(d, "Ghanaian President John Dramani Mahama, the current chairman of the ECOWAS Authority", "Ghana's presidency said.",
  ("ECOWAS", S, pos, "Gambia", "the chair of ECOWAS speaking in the bloc's name speaks for ECOWAS (guide); solidarity = supporting"))
U(d, "African Union Commission Chairperson Nkosazana Dlamini-Zuma condemned the attack", "unconstitutional change of government.",
  ("African Union", C, neg, "", "condemnation; no canonical target"))
U(d, "Senegal's foreign ministry condemned the attempt and said Dakar would never allow", "come in from Senegal.",
  ("Senegal", C, neg, "", "condemnation + assurance about own territory; long sentence ending in a media report"))
U(d, "A State Department spokesman said Washington was aware of reports", "seeking more information.",
  ("United States", N, neu, "", "facts and inquiry, no judgement"))
U(d, "He said the United States opposed any unconstitutional change of government in The Gambia.", "in The Gambia.",
  ("United States", C, neg, "", "'opposes' aimed at the attempt = judgement (guide); target empty"))
U(d, "A Foreign Office spokesperson in London said Britain was concerned", "advice to British tourists.",
  ("United Kingdom", N, neg, "", "concern + travel advice, no appeal = neutral, negative"))
U(d, "The head of the UN Office for West Africa, Mohamed Ibn Chambas, condemned the attempt", "as they investigated it.",
  ("United Nations", C, neg, "", "condemnation + appeal to respect rights: the judgement decides (rule 1)"))
# "Security forces have since detained ..., relatives and opposition activists say." = unnamed sources, no row.
U(d, "The opposition United Democratic Party said it rejected violence", "the president's opponents.",
  ("United Democratic Party (Gambia)", C, neg, "", "rejects the attack + warns the government against using it: judgements aimed at two sides -> target empty"))
U(d, "Amnesty International urged the authorities to make sure that anyone detained", "was not ill-treated.",
  ("Amnesty International", T, neu, "Gambia", "appeal for detainees' rights, no judgement word = calling_for_talks"))
U(d, "A shopkeeper near Albert Market said he heard heavy gunfire", "by daybreak.",
  ("", N, neu, "", "unnamed witness: not an actor, kept with an empty actor; his account"))
U(d, "\"The speed with which it collapsed tells you it had no real base inside the army.", "West African Security Institute in Dakar.",
  ("Mamadou Lamine Ndour", N, neg, "", "invented analyst (person); assessment + risk, no judgement of an actor"))
U(d, "Ndour said regional leaders should press Banjul to deal with suspects through the courts", "intelligence services.",
  ("Mamadou Lamine Ndour", T, neu, "", "appeal to regional leaders for pressure on Banjul to use the courts = calling_for_talks; addressed to several leaders -> target empty"))
U(d, "Isatou Bojang, a Gambian human rights lawyer who works in Dakar", "already being questioned.",
  ("Isatou Bojang", C, neg, "Gambia", "invented lawyer (person); accusation of a record of detention without charge (no stock word)"))
# "Jammeh, who seized power in a coup in 1994, ..." = background, no row.
U(d, "Earlier in December, his government ordered the European Union's charge d'affaires", "without giving a public reason.",
  ("Gambia", C, neg, "European Union", "expulsion of a diplomat = condemning (guide), even with no reason stated; a specific act reported as done"))
