# ------------------------------------------------------------------ Cook Islands–China action plan: New Zealand MFAT statements page (2025-02-18)
d = "page_cookislands_chinadeal2025_mfastatements.txt"
# Not statements: ministry name, breadcrumb, menus, page intro, "Last updated", dated item titles ("Readout: ...", "Statement: ..."),
# "The Minister of Foreign Affairs has issued the following statement.", ENDS, Related, media enquiries, share, footer.
U(d, "The Minister of Foreign Affairs, Rt Hon Winston Peters, met members", "agreements with China.",
  ("New Zealand", N, neu, "", "narration of a meeting; listening to views is no position"))
U(d, "The Minister told the meeting that the 2001 Joint Centenary Declaration", "has not met its terms.",
  ("New Zealand", C, neg, "Cook Islands", "'the Minister' by title (NZ page); judgement without a stock word: the Cook Islands has not met its terms"))
U(d, "He stressed that nothing in the current disagreement", "living in New Zealand.",
  ("New Zealand", N, pos, "", "reassurance about own conduct = neutral, positive tone"))
U(d, "Dr Ani Marsters-Tapu, a lecturer in Pacific governance", "paying for it in worry.",
  ("Ani Marsters-Tapu", C, neg, "", "invented independent scholar; judgement on both governments -> target empty"))
U(d, "\"Sit down in Rarotonga, put both texts on the table", "she told the Minister.",
  ("Ani Marsters-Tapu", T, neu, "", "appeal for talks between the two governments, no judgement in the unit"))
U(d, "Rangi Tuara, a retired Cook Islands public servant, said", "until the ink was dry.",
  ("Rangi Tuara", C, neg, "Cook Islands", "invented witness; 'the Avarua government' = capital as metonym; judgement"))
U(d, "\"New Zealand notes that the Cook Islands Government yesterday signed", "in Beijing.",
  ("New Zealand", N, neu, "", "'notes' a fact, no evaluation"))
U(d, "\"We did not see that document before it was signed", "our two countries share.",
  ("New Zealand", C, neg, "Cook Islands", "complaint of non-consultation on security matters = negative judgement (unsure: could be read as a neutral statement of fact)"))
U(d, "\"That is a serious departure from the way this relationship", "in the period ahead.",
  ("New Zealand", C, neg, "Cook Islands", "judgement + veiled threat of consequences"))
U(d, "\"We now expect the full text to be made public", "agreed in their name.",
  ("New Zealand", T, neu, "Cook Islands", "demand for transparency, no judgement = appeal (calling_for_talks)"))
U(d, "\"New Zealand's commitment to the people of the Cook Islands is unchanged", "at any time.\"",
  ("New Zealand", T, pos, "Cook Islands", "continued commitment + readiness to meet: offer of talks decides (rule 2 before rule 3)"))
U(d, "The Secretary of Foreign Affairs and Trade spoke by telephone", "Wang Xiaolong.",
  ("New Zealand", N, neu, "", "a call reported; no position"))
U(d, "The Secretary set out New Zealand's view that the Cook Islands' arrangements", "in any future undertakings.",
  ("New Zealand", T, neu, "China", "view + request addressed to China, no judgement"))
U(d, "According to the Ministry's record of the call, the Ambassador said", "ties with New Zealand.",
  ("China", N, neu, "", "second-hand attribution ('according to the Ministry's record'); reassurance/denial of targeting = neutral"))
# "The two officials agreed to remain in contact." = procedural close of a readout; left without a row (could be talks).
U(d, "At a joint press conference in Wellington, the Minister and his Australian counterpart", "agreements with China.",
  ("New Zealand", N, neu, "", "meeting narrated: 'discussed' is no position"),
  ("Australia", N, neu, "", "same"))
U(d, "Senator Wong said Australia respected the right of every Pacific government", "before they acted.",
  ("Australia", T, neu, "", "respect of choice + preference for consultation = appeal to talk, no judgement"))
U(d, "She said Canberra stood with Wellington in its view", "by everyone involved.",
  ("Australia", S, pos, "New Zealand", "backing of NZ's position = supporting"))
U(d, "The Minister said the two governments would keep working closely", "by the region itself.",
  ("New Zealand", N, neu, "", "plan of cooperation with the Forum; no appeal to a party in the row"))
U(d, "\"The New Zealand Government has today been advised that the Prime Minister", "a number of agreements.",
  ("New Zealand", N, neu, "", "fact reported"),
  ("Cook Islands", N, neu, "", "the Cook Islands' announced visit and intention to sign, reported by NZ = plan (unsure: could be no row)"))
U(d, "\"Despite repeated requests at official and ministerial level", "what those agreements contain.",
  ("New Zealand", C, neg, "Cook Islands", "complaint of being kept uninformed = judgement"))
U(d, "\"Under the Joint Centenary Declaration, both countries undertook", "before any signature is made.",
  ("New Zealand", T, neu, "Cook Islands", "appeal to consult, addressed to one side, no judgement word"))
U(d, "\"New Zealand has no objection to the Cook Islands building relationships", "supported it in doing so.\"",
  ("New Zealand", S, pos, "Cook Islands", "approval of the Cook Islands' right to partners = supporting"))
U(d, "New Zealand and Cook Islands officials met in Rarotonga on 5 and 6 February.", "on 5 and 6 February.",
  ("New Zealand", N, neu, "", "meeting narrated; both sides' officials, no position (unsure: a meeting itself is not talks here)"))
U(d, "New Zealand's delegation asked for sight of the draft texts", "departure for Beijing.",
  ("New Zealand", T, neu, "Cook Islands", "proposal of a further round of talks"))
U(d, "The Cook Islands delegation said, according to New Zealand's account", "no security component.",
  ("Cook Islands", N, neu, "", "position reported by the other side ('according to New Zealand's account'); denial of a security component = neutral"))
U(d, "Cook Islands officials declined to share the drafts", "by the Chinese side.",
  ("Cook Islands", N, neu, "", "refusal with a procedural reason = neutral"),
  ("China", N, neu, "", "China's request for confidentiality, reported (unsure: the Chinese side is only relayed)"))
