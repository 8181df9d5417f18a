# ------------------------------------------------------------------ Pakistan High Commission, New Delhi: expulsions and staff cut (embassy press-release page, items of 31 May - 30 June 2020)
d = "page_pakhc_delhi_expulsions2020_embassy.txt"
# Not statements: mission name, menu, breadcrumb, pager, item dates and item headlines, separators, "IN THE MEDIA" heading and its lead line, share line, related links, follow line, copyright.
U(d, "Thirty-nine members of the staff of the High Commission and their families crossed", "demanded by the host government.",
  ("Pakistan", N, neu, "", "the Mission's own account (the High Commission speaks for Pakistan); facts, no judgement"))
U(d, "The High Commission thanks the Government of Pakistan and the Rangers at Wagah", "a difficult month.",
  ("Pakistan", N, pos, "", "thanks to its own government and staff = self-praise / internal gratitude, neutral positive"))
U(d, "The Mission continues to function and will keep providing consular and visa services", "reduced capacity.",
  ("Pakistan", N, neu, "", "service notice, plan"))
U(d, "The Chargé d'Affaires, Syed Haider Shah, was called to the Ministry of External Affairs today", "within seven days.",
  ("India", C, neg, "Pakistan", "India's demand to halve the Mission = expulsion-type measure (condemning); Pakistan side narrated as the one summoned"))
U(d, "The High Commission rejects the allegations made by the Indian side", "without a shred of proof.",
  ("Pakistan", N, neg, "", "denial ('rejects the allegations') = neutral, negative; 'without a shred of proof' stays within denial (unsure: could be condemning India)"))
U(d, "At the same time, Islamabad has conveyed to the Indian Chargé d'Affaires", "reproduced below.",
  ("Pakistan", C, neg, "India", "reciprocal staff cut demanded = expulsion-type measure; second-hand 'according to a press release'"))
U(d, "\"The Indian claims of espionage and contacts with terrorist groups", "the Ministry said.",
  ("Pakistan", C, neg, "India", "denial joined to an accusation about India's conduct in Kashmir = judgement decides"))
U(d, "The Ministry added that Pakistan would not be deterred by such tactics", "restraint and responsibility.",
  ("Pakistan", N, neu, "", "'the Ministry'; resolve + reassurance about own conduct; 'such tactics' a mild dig (unsure: could be condemning)"))
U(d, "The Foreign Office spokesperson, Aisha Farooqui, rejected the Indian Ministry of External Affairs' account", "what happened.",
  ("Pakistan", C, neg, "India", "spokesperson by role then name; 'twisted version' goes beyond denial = judgement on India's account"))
U(d, "According to the spokesperson, the two officials struck a pedestrian", "into custody.",
  ("Pakistan", C, neg, "India", "'the spokesperson' = Farooqui; describes the Indian staff's hit-and-run and flight = accusation by description"))
U(d, "Counterfeit currency was also recovered from their vehicle, Farooqui said", "was confirmed.",
  ("Pakistan", C, neg, "India", "surname only; counterfeit money found with Indian staff = accusation"))
U(d, "She said the Indian allegations of torture were baseless", "in full accordance with the law.",
  ("Pakistan", N, neg, "", "denial + reassurance = neutral, negative"))
U(d, "The Indian Ministry of External Affairs had said the two staff were held at gunpoint", "Chargé d'Affaires in New Delhi.",
  ("India", C, neg, "Pakistan", "India's account of abduction and ill-treatment + strong protest = condemning"))
U(d, "The High Commission has taken up with the Ministry of External Affairs, through a note verbale", "since 31 May.",
  ("Pakistan", C, neg, "India", "'aggressive surveillance' raised formally = protest"))
U(d, "Vehicles of the Mission have been tailed at close range", "outside their residences.",
  ("Pakistan", C, neg, "India", "the Mission's continued account of harassment (same item, same speaker) = accusation by description"))
U(d, "The High Commission regards this conduct as a deliberate campaign of intimidation", "Diplomatic Relations.",
  ("Pakistan", C, neg, "India", "judgement: campaign of intimidation violating the Vienna Convention"))
U(d, "It has asked the host government to put an end to it immediately", "members of the Mission.",
  ("Pakistan", T, neg, "India", "demand to stop, no judgement word in the sentence (README: demand addressed to one side = calling_for_talks, negative)"))
# "The two staff members of the High Commission declared persona non grata ... left New Delhi today ..." = narration of the departure (the expulsion itself is labelled in the 31 May item), no row.
U(d, "The High Commission places on record its full confidence in both officials", "families.",
  ("Pakistan", S, pos, "", "backing of its own staff; no canonical target"))
U(d, "Two staff members of the High Commission were picked up by Indian authorities today", "High Commission intervened.",
  ("Pakistan", C, neg, "India", "charges called baseless + detention reported as an act by India = accusation"))
U(d, "The Government of India has since declared them persona non grata", "twenty-four hours.",
  ("India", C, neg, "Pakistan", "expulsion = condemning"))
U(d, "In a statement issued in Islamabad, the Ministry of Foreign Affairs said the detention", "Vienna Convention.",
  ("Pakistan", C, neg, "India", "'clear breach' = judgement"))
U(d, "The Indian Chargé d'Affaires was summoned to the Ministry and handed a strong protest", "the Ministry said.",
  ("Pakistan", C, neg, "India", "summons + protest = condemning"))
U(d, "\"The Indian action is part of a persistent anti-Pakistan campaign", "carried by Radio Pakistan.",
  ("Pakistan", C, neg, "India", "passive attribution via state radio (not an actor); accusation of a campaign"))
U(d, "The Foreign Minister said Pakistan reserved the right to respond", "norms of diplomatic conduct.",
  ("Pakistan", C, neg, "India", "'the Foreign Minister' by title; reserved response = threat"))
U(d, "India's Ministry of External Affairs said on the same day that the two men had been caught", "Chargé d'Affaires.",
  ("India", C, neg, "Pakistan", "espionage charge + demarche = condemning"))
U(d, "Former ambassador Tariq Osmani, writing in a Lahore daily, said the tit-for-tat expulsions", "pass a message.",
  ("Tariq Osmani", N, neg, "", "invented former diplomat (speaks for no body); warning of consequences, no actor judged, no appeal yet"))
U(d, "\"Both capitals should freeze the numbers where they are", "Osmani wrote.",
  ("Tariq Osmani", T, neu, "", "appeal to both to stop and return to diplomacy"))
U(d, "Meera Sahni, a professor of international law at a Delhi university, told a television panel", "quiet consultation.",
  ("Meera Sahni", C, neg, "", "invented scholar; criticises both sides' public accusations = judgement on two actors -> target empty (unsure: could be neutral)"))
