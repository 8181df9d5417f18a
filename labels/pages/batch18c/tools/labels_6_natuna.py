# ------------------------------------------------------------------ Natuna standoff between Indonesia and Chinese coast guard/fishing vessels (Indonesian English-language site, full HTML, 2020-01-09)
d = "page_natuna_standoff_idsite.html"
# Not statements: consent bar, top bar, logo/slogan, nav, breadcrumb, kicker, headline, summary, byline/time, share bar,
# figcaptions with credits and "(1 of 2)", ADVERTISEMENT, crossheads, "Also read:", tags, newsletter, reader comments,
# most read, footer. No dateline on this page (place names sit in the byline).
U(d, "President Joko \"Jokowi\" Widodo flew to the Natuna Islands on Wednesday", "fish its waters unchallenged.",
  ("Indonesia", C, neg, "China", "long lead mixing narration (the Chinese boats defying orders) and a warning that no foreign vessel will fish unchallenged = threat of a response; target China by the boats named in the same sentence"))
U(d, "\"Natuna is Indonesia. Nobody should doubt that, and our ships will stay here to show it,\" Jokowi told reporters", "several Cabinet ministers.",
  ("Indonesia", N, neu, "", "two-sentence quote closed by its speaker; assertion of sovereignty + own ships staying = own posture, no judgement of another actor (unsure); the TNI commander and ministers are only present"))
U(d, "He said no foreign ship had entered Indonesia's territorial sea", "under international law.",
  ("Indonesia", N, neu, "", "pronoun subject (Jokowi); facts and legal position, no judgement"))
# No row: "The standoff began in mid-December, when patrol boats of the Maritime Security Agency (Bakamla) found ..." (narration
# of what was found, no position).
U(d, "When Bakamla crews radioed the Chinese ships and asked them to leave", "the agency has said.",
  ("Indonesia", T, neg, "China", "Bakamla (state agency) = Indonesia; asking the ships to leave = demand to one side to stop, no judgement word: calling_for_talks, negative"),
  ("China", N, neu, "", "the coast guard's reply (patrolling 'Chinese waters'), reported by Bakamla = own claim, neutral"))
U(d, "The Foreign Ministry summoned China's ambassador, Xiao Qian, on Dec. 30", "sovereign rights there.",
  ("Indonesia", C, neg, "China", "'The Foreign Ministry' = Indonesia by context; summons + strong protest + accusation; the ambassador is the object"))
U(d, "A day later, Chinese Foreign Ministry spokesman Geng Shuang told a regular briefing in Beijing", "worked those seas for generations.",
  ("China", N, neu, "", "justification of China's own claims and patrols, no judgement of Indonesia = neutral (as batch5c's justification of drills); Beijing = place"))
U(d, "Foreign Minister Retno Marsudi answered on Jan. 3 that Indonesia had never recognized", "thrown out such claims.",
  ("Indonesia", C, neg, "China", "rejects China's claim as having 'no basis' = judgement without stock words"))
U(d, "\"There is nothing to negotiate,\" Retno told reporters after a meeting of ministers", "Security Affairs Ministry.",
  ("Indonesia", C, neg, "China", "quote closed by the speaker mid-paragraph; refusing talks with China after the grounds were stated = condemning (unsure: could be read as a neutral statement of position)"))
U(d, "\"The law is clear, and so is the map.\"", "so is the map.\"",
  ("Indonesia", N, neu, "", "quote continued after its attribution = its own unit, same speaker; assertion"))
U(d, "Geng returned to the subject the next day", "relationship on track.",
  ("China", T, neu, "", "surname only; position unchanged (no judgement word) + bilateral consultation: rule 2; Jakarta = metonym; two sides, target empty"))
U(d, "Rear Adm. Yudo Margono, commander of the TNI's Joint Regional Defense Command I", "last foreign boat had gone.",
  ("Indonesia", C, neg, "China", "announced military operation to push the Chinese vessels out = condemning"))
U(d, "The Air Force also flew four F-16 fighter jets from Pekanbaru to Natuna", "the military said.",
  ("Indonesia", N, neu, "", "'the military said' = Indonesia; a patrol deployment with no side named = neutral (unsure: part of the same show of force as the operation above)"))
U(d, "Coordinating Political, Legal and Security Affairs Minister Mahfud MD said after the Jan. 3 meeting", "felt every day.",
  ("Indonesia", N, neu, "", "own plans (patrols, fishermen)"))
U(d, "Lawmakers on House of Representatives Commission I", "last Chinese boat had left.",
  ("Indonesia", C, neg, "China", "parliament's commission = Indonesia (as a parliament speaks for its state); demand for a protest note and continued deployment = call for measures against China; Beijing = metonym"))
# No row: "Not every minister struck the same tone." (summary line before the specific statements)
U(d, "Defense Minister Prabowo Subianto, asked about the standoff on Jan. 3", "settled well.",
  ("Indonesia", T, pos, "", "calm + 'a friendly country' + confidence in a settlement = restraint and hope, no judgement: calling_for_talks (unsure: 'friendly country' could be read as supporting China)"))
U(d, "Coordinating Maritime Affairs and Investment Minister Luhut Pandjaitan told reporters", "watch its zone.",
  ("Indonesia", T, neu, "", "do not let it grow into a bigger quarrel = de-escalation appeal; admission of own shortcomings"))
U(d, "He said Chinese investment in Indonesia would not be affected.", "would not be affected.",
  ("Indonesia", N, neu, "", "'He' = Luhut; a forecast, no evaluation"))
U(d, "Susi Pudjiastuti, the outspoken former maritime affairs and fisheries minister", "brought to court.",
  ("Susi Pudjiastuti", C, neg, "China", "a former minister speaks for herself (independent person); seizure and prosecution demanded = measures against the Chinese boats (target China, unsure: private trawlers)"))
U(d, "Her successor, Edhy Prabowo, said his ministry would add patrol boats", "first resort.",
  ("Indonesia", N, neu, "", "'Her successor' = the serving fisheries minister; own plans"))
U(d, "Chinese Ambassador Xiao Qian, speaking at the Indonesia Stock Exchange in Jakarta", "talk their way through it.",
  ("China", T, pos, "", "disagreement played down + confidence the two governments will talk it through = calling_for_talks; Jakarta = place"))
U(d, "He said Chinese companies would keep investing in Indonesia regardless.", "regardless.",
  ("China", N, neu, "", "'He' = the ambassador; a forecast"))
U(d, "On Thursday morning, Bakamla head Vice Adm. Achmad Taufieqoerrochman said", "crews were watching.",
  ("Indonesia", N, neu, "", "agency head's figures and observations"))
U(d, "Japanese officials said Foreign Minister Toshimitsu Motegi", "port facilities in Natuna.",
  ("Japan", S, pos, "Indonesia", "unnamed officials of a named government = Japan; an offer of help = supporting"))
# LATEST UPDATES box (live-blog items): timestamps and item headings are not statements; each item's text is.
U(d, "A Foreign Ministry spokesman tells reporters that Indonesia's protest", "if the ships come back.",
  ("Indonesia", C, neg, "China", "live item; unnamed spokesman of a named ministry = Indonesia; the protest stands + a threatened further protest; Jakarta = metonym"))
U(d, "Natuna Regent Abdul Hamid Rizal says the regency will give fishermen extra fuel", "from next week.",
  ("Indonesia", N, neu, "", "live item; a regency head resolves to his state (as provincial officials do); own measure, no side named"))
U(d, "Asked about the President's trip, China's Foreign Ministry says it hopes Jakarta", "situation stable.",
  ("China", T, neu, "Indonesia", "live item; hope for calm handling + joint work for stability = calling_for_talks, addressed to Jakarta (metonym)"))
# No rows: the Ranai fishermen and the unnamed fisherman, "Analysts said ..." (not actors); "Indonesia does not consider
# itself a party ..." (background narration of a standing position).
