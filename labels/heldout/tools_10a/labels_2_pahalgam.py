# ------------------------------------------------------------------ Pahalgam attack and the Indus Waters Treaty (Reuters-style wire, 2025-04-24)
d = "page_pahalgam_indus_wire.txt"
U(d, "Pakistan on Thursday closed its airspace to Indian airlines", "a militant attack in Kashmir.",
  ("Pakistan", C, neg, "India", "dateline excluded; measures (airspace, trade) + 'act of war' warning = condemning"),
  ("India", C, neg, "Pakistan", "same sentence: India's suspension of the treaty reported as done = a measure against Pakistan (condemning); New Delhi = metonym (unsure: background clause)"))
U(d, "Islamabad also said it would expel Indian defence advisers", "a day earlier.",
  ("Pakistan", C, neg, "India", "Islamabad = metonym; expulsions and border closure = condemning; 'steps announced by New Delhi' only referred to (no second row)"))
U(d, "In a statement issued after a meeting of the National Security Committee", "by one party alone.",
  ("Pakistan", C, neg, "India", "body named by its function ('the committee'); 'reckless and without any legal basis' = judgement; the World Bank is only mentioned"))
U(d, "The committee said Pakistan could hold all its bilateral accords", "any Indian adventurism.",
  ("Pakistan", C, neg, "India", "threat to suspend accords + armed forces ready = condemning"))
U(d, "It said Pakistan was saddened by the deaths of the tourists.", "It said Pakistan was saddened by the deaths of the tourists.",
  ("Pakistan", N, neg, "", "'It' = the committee; grief without appeal or judgement = neutral, negative"))
U(d, "India has accused Pakistan of backing the gunmen", "on Tuesday.",
  ("India", C, neg, "Pakistan", "accusation"))
U(d, "Islamabad denies any role.", "Islamabad denies any role.",
  ("Pakistan", N, neg, "", "bare denial = neutral, negative (guide)"))
U(d, "Speaking at a rally in the eastern state of Bihar", "wherever they were hiding.",
  ("India", C, neg, "", "threat of pursuit against the attackers and those who sheltered them; no actor named -> target empty (Pakistan implied, unsure)"))
U(d, "\"Terror will not go unanswered.", "part of his speech.",
  ("India", C, neg, "", "multi-sentence quotation (the second opened after a colon) closed by its speaker = one unit; threat; no actor named"))
U(d, "Foreign Secretary Vikram Misri said late on Wednesday", "could be verified.",
  ("India", C, neg, "Pakistan", "measure (treaty suspended) conditioned on an accusation of backing militants"))
U(d, "New Delhi also closed the main land crossing at Attari", "within a week.",
  ("India", C, neg, "Pakistan", "border closure, visa cancellation, expulsion = condemning; New Delhi = metonym"))
U(d, "On Thursday, India's foreign ministry summoned Pakistan's most senior diplomat", "a government source said.",
  ("India", C, neg, "Pakistan", "summons + persona non grata notes = expulsion (condemning); 'a government source' tied to India"))
U(d, "Defence Minister Khawaja Asif told reporters in Islamabad", "answered in kind.",
  ("Pakistan", C, neg, "India", "accusation (planned attacks) + threat; Islamabad = place"))
U(d, "Power Minister Awais Leghari had called the treaty's suspension", "late on Wednesday.",
  ("Pakistan", C, neg, "India", "minister introduced by role; 'cowardly attempt to use water as a weapon' = judgement without stock words"))
U(d, "Pakistan's deputy prime minister and foreign minister, Ishaq Dar, postponed", "on Thursday.",
  ("Pakistan", N, neu, "", "visit postponed with no protest or reason stated = neutral; the stock fall is narrative"))
U(d, "Rahul Gandhi, the leader of the opposition in the lower house", "condemned the killings.",
  ("Indian National Congress", C, neg, "", "Gandhi = Congress (name files); condemnation of the killings; the claim is only reported by media -> target empty"))
U(d, "He said the opposition would stand behind the government", "chose to take.",
  ("Indian National Congress", S, pos, "India", "opposition backing its government = supporting India"))
U(d, "U.N. spokesman Stephane Dujarric said Secretary-General Antonio Guterres", "escalated further.",
  ("United Nations", T, neg, "", "concern + appeal for restraint to both governments = calling_for_talks"))
U(d, "\"We believe the two countries can work through their disputes", "reporters in New York.",
  ("United Nations", T, pos, "", "call for a peaceful settlement through dialogue"))
U(d, "In Washington, State Department spokesperson Tammy Bruce said the United States stood firmly beside India", "after the killings.",
  ("United States", S, pos, "India", "backing; Washington = place"))
U(d, "She declined to say whether Washington believed Pakistan was behind the attack", "watched closely.",
  ("United States", N, neu, "", "declines to assign blame; monitoring without appeal = neutral"))
U(d, "China's foreign ministry had condemned the attack on Wednesday", "victims' families.",
  ("China", C, neg, "", "condemnation + condolences; perpetrator not established on the page -> target empty"))
U(d, "A little-known group calling itself The Resistance Front", "on Tuesday.",
  ("The Resistance Front", N, neu, "", "own attack claimed (as reported by Indian media) = neutral (as JNIM's claim in batch5c); the next sentence is unattributed narrative (no row)"))
