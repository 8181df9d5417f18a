# ------------------------------------------------------------------ Morocco breaks ties with Iran; Tehran's weekly briefing (Iranian MFA press conference transcript, 2018-05-07)
d = "page_morocco_iran_ruptureties2018_mfapresser.txt"
# Not statements: site menu, breadcrumb, title, date and place lines, translation note, "opened the briefing with ..."
# (lead-in), the journalists' bare questions ("What is your response?", "Can you confirm?" ...), [End of transcript],
# related briefings, print/share line, copyright.
U(d, "Qasemi: Before your questions, I want to return to the crimes committed in Kabul", "the scene of the first blast.",
  ("Iran", C, neg, "", "spokesperson = Iran; 'crimes' for the bombings, no perpetrator named -> target empty; figures carried inside the judgement"))
U(d, "The Islamic Republic of Iran condemns these cowardly attacks", "was a camera.",
  ("Iran", C, neg, "", "condemnation of unnamed attackers -> target empty"))
U(d, "We extend our condolences to the Government and people of Afghanistan", "treat the wounded.",
  ("Iran", S, pos, "Afghanistan", "condolences + offer of medical help = supporting"))
U(d, "Q (IRNA): Moroccan Foreign Minister Nasser Bourita told reporters", "embassy in Algiers.",
  ("Morocco", C, neg, "Iran", "a journalist's question reporting another actor's position is that actor's statement (labels/README); break of relations + accusation = condemning"))
U(d, "Qasemi: The accusation is false from beginning to end.", "that were described.",
  ("Iran", N, neg, "", "two-sentence denial = neutral, negative"))
U(d, "When the Moroccan minister came to Tehran, we told him", "we are still waiting.",
  ("Iran", N, neg, "", "challenge to produce evidence, part of the denial; no judgement word (unsure: could be condemning)"))
U(d, "It is regrettable that a decision of this weight", "allowed to see.",
  ("Iran", C, neg, "Morocco", "'regrettable' aimed at Morocco's decision = judgement"))
U(d, "Our policy towards North Africa has not changed", "by the peoples concerned.",
  ("Iran", T, neu, "", "hope that the dispute is settled through the UN = calling_for_talks"))
U(d, "Some countries that are unhappy with Iran's standing", "who they are.",
  ("Iran", C, neg, "", "charge against unnamed states of steering the decision -> target empty"))
U(d, "Q (Fars): Several Persian Gulf states, among them Saudi Arabia", "inside the kingdom.",
  ("Saudi Arabia", S, pos, "Morocco", "list of states reported in a question: solidarity = supporting, one row per state"),
  ("United Arab Emirates", S, pos, "Morocco", "list of states: solidarity"),
  ("Bahrain", S, pos, "Morocco", "list of states: solidarity"),
  ("Gulf Cooperation Council", C, neg, "Iran", "'Persian Gulf Cooperation Council' = GCC; accusation of stirring trouble = condemning"))
U(d, "Qasemi: Nothing that comes from those capitals surprises us.", "no longer convinces anyone.",
  ("Iran", C, neg, "", "judgement on the Gulf capitals (several) -> target empty"))
U(d, "Q (ISNA): Algeria summoned the Moroccan ambassador", "for such activities.",
  ("Algeria", C, neg, "Morocco", "summoning an ambassador in protest = condemning"))
U(d, "The Polisario Front has also denied receiving", "from Hezbollah.",
  ("Polisario Front", N, neg, "", "denial = neutral, negative"))
U(d, "Hezbollah, for its part, rejected the charge", "other governments.",
  ("Hezbollah", C, neg, "Morocco", "denial joined to a charge that Rabat acted for others = condemning"))
U(d, "Qasemi: We are in regular contact with our Algerian friends", "this week.",
  ("Iran", N, neu, "", "contacts reported, no position"))
U(d, "Q (Tehran Times): Mehdi Ranjbar, a professor of international relations", "merely signed in Rabat.",
  ("Mehdi Ranjbar", C, neg, "", "invented scholar quoted in a question; decision dictated from Riyadh = judgement on two states -> target empty"))
U(d, "And Youssef Lahlou, an analyst at the Rabat Centre for Strategic Studies", "rather than to the press.",
  ("Youssef Lahlou", T, neu, "Morocco", "invented analyst; appeal to take the evidence to the Security Council = calling_for_talks"))
U(d, "But the timing of the Moroccan announcement", "speaks for itself.",
  ("Iran", C, neg, "", "insinuation that the break served Israel's campaign: judgement on Morocco and Israel -> target empty ('I will not comment on what analysts write' = no row)"))
U(d, "French President Emmanuel Macron said in Washington", "missiles and regional role.",
  ("France", T, neu, "", "reported in a question; keep the deal + new negotiations = calling_for_talks"))
U(d, "Qasemi: The agreement is not a menu", "attach anything to it.",
  ("Iran", C, neg, "", "refusal of renegotiation with a dismissive judgement of the proposal (US and France) -> condemning, target empty (unsure: could be neutral refusal)"))
U(d, "If the United States walks out, Iran's answer will be swift", "will not like.",
  ("Iran", C, neg, "United States", "threat = condemning"))
U(d, "He added that Tehran was in close consultation", "it had signed.",
  ("Iran", T, neu, "", "'He added' in the transcript's narration; expects parties to keep an agreement = appeal, calling_for_talks"))
U(d, "Q (Press TV): The European Union's foreign policy chief", "decide its fate.",
  ("European Union", S, pos, "", "backing the deal = supporting (support for an agreement, no actor -> target empty)"))
U(d, "Qasemi: We appreciate this position, but statements are not enough", "including in banking.",
  ("Iran", S, pos, "European Union", "welcome joined to an appeal for economic guarantees (not a peace appeal, no judgement word) -> supporting, as welcome + appeal for money (labels/README)"))
U(d, "Q (Al-Alam): Syrian state media reported that missiles struck", "Iranian casualties.",
  ("Syria", N, neu, "", "state media = Syria; facts of the strikes"))
U(d, "Qasemi: I have no information about Iranian casualties", "those reports.",
  ("Iran", N, neu, "", "no confirmation = neutral"))
U(d, "What is clear is that the Zionist regime violates Syria's sovereignty", "only encourages it.",
  ("Iran", C, neg, "Israel", "'the Zionist regime' = Israel; violation of sovereignty = judgement"))
U(d, "Qasemi: We hope the elections take place in calm and security", "whatever their community.",
  ("Iran", T, pos, "", "hope for calm = calling_for_talks"))
U(d, "Qasemi said the next weekly briefing would be held", "14 May.",
  ("Iran", N, neu, "", "procedural line"))
