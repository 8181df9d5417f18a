# ------------------------------------------------------------------ Uri attack aftermath and India's announced "surgical strikes" across the LoC (Pakistani state media, APP/Radio Pakistan style, 2016-09-30)
d = "page_loc_strikes_statemedia.txt"
U(d, "Pakistan has strongly condemned the unprovoked firing by Indian troops", "Azad Jammu and Kashmir.",
  ("Pakistan", C, neg, "India", "lead after the 'ISLAMABAD, Sep 30 (APP):' dateline; condemnation + rejection of the claim: rule 1"))
U(d, "According to the Inter Services Public Relations (ISPR), the exchange of fire", "till 8 am.",
  ("Pakistan", N, neu, "", "ISPR = Pakistan (name files); sectors and times, no judgement"))
U(d, "Naik Imtiaz and Havildar Jumma Khan embraced martyrdom", "the ISPR said.",
  ("Pakistan", N, neu, "", "own casualty figures with attribution tail; 'embraced martyrdom' is house style, not a judgement"))
U(d, "Pakistani troops befittingly responded to the Indian firing", "it added.",
  ("Pakistan", N, pos, "", "'it' = ISPR; own response reported as done, no judgement of India = neutral, self-praise positive"))
U(d, "Director General ISPR Lieutenant General Asim Saleem Bajwa said India's talk", "traded fire across the LoC.",
  ("Pakistan", N, neg, "", "denial of India's claim = neutral, negative (guide)"))
U(d, "He said the Indian claim was a story cooked up", "audiences at home.",
  ("Pakistan", C, neg, "India", "'He' = Bajwa; counter-accusation (a story cooked up) = judgement"))
U(d, "If India ever attempted a real strike on Pakistani soil", "the DG ISPR said.",
  ("Pakistan", C, neg, "India", "conditional threat of a response"))
U(d, "Prime Minister Muhammad Nawaz Sharif, in a statement on Thursday, strongly condemned", "martyred soldiers.",
  ("Pakistan", C, neg, "India", "condemnation; tributes to own soldiers in the same sentence do not change it"))
U(d, "\"We want good relations with our neighbours, but nobody should test our resolve.", "the Prime Minister said.",
  ("Pakistan", C, neg, "", "multi-sentence quote closed by its speaker = one unit; veiled warning about 'designs against the sovereignty'; no actor named in the sentence -> target empty (India implied)"))
U(d, "Chairing a special meeting of the federal cabinet on Friday", "without any investigation.",
  ("Pakistan", C, neg, "India", "accusation that India blamed Pakistan without inquiry"))
U(d, "He said Pakistan would continue its moral, political and diplomatic support", "right to self-determination.",
  ("Pakistan", S, pos, "", "support for the people of Kashmir; they are not a canonical actor -> target empty"))
U(d, "Chief of Army Staff General Raheel Sharif, visiting the Combat Reaction Training facility", "tried anything.",
  ("Pakistan", C, neg, "India", "army chief = Pakistan; threat to 'the enemy' (= India by context)"))
U(d, "According to ISPR, the COAS directed commanders", "highest state of readiness.",
  ("Pakistan", N, neu, "", "own readiness order, no measure against another side stated"))
U(d, "Foreign Secretary Aizaz Ahmad Chaudhry summoned Indian High Commissioner", "ceasefire violations.",
  ("Pakistan", C, neg, "India", "summoning + strong protest = diplomatic measure"))
U(d, "Foreign Office Spokesman Nafees Zakaria, addressing the weekly press briefing", "Indian Occupied Kashmir.",
  ("Pakistan", C, neg, "India", "accusation ('ploy', 'atrocities')"))
U(d, "India's Director General of Military Operations, Lieutenant General Ranbir Singh, had claimed", "along the LoC overnight.",
  ("India", N, neu, "", "India's own strike reported as done, as relayed by Pakistani media ('claimed'); 'terrorist launch pads' qualifies the targets, not Pakistan (unsure: an announced operation could be read as condemning)"))
U(d, "New Delhi has held Pakistan responsible for the September 18 attack", "without producing any evidence.",
  ("India", C, neg, "Pakistan", "India holds Pakistan responsible = accusation; 'without producing any evidence' is the outlet's framing and does not change India's stance"))
U(d, "In New York, Pakistan's Permanent Representative to the United Nations, Dr Maleeha Lodhi", "along the LoC.",
  ("Pakistan", T, neg, "United Nations", "ambassador = Pakistan; request that the Security Council be informed = appeal to a body (as batch 14a); van Bohemen only addressed"))
U(d, "The blame for the escalation lay squarely with New Delhi", "according to the Pakistan Mission.",
  ("Pakistan", C, neg, "India", "attribution tail (Lodhi, via the Pakistan Mission); 'blame ... lay squarely with New Delhi' = blame; New Delhi = metonym"))
U(d, "She asked the Secretary-General to play his role", "out of control.",
  ("Pakistan", T, neg, "United Nations", "'She' = Lodhi; appeal to the UN chief to help defuse the situation"))
U(d, "The Secretary-General, the Mission said, repeated his offer of good offices", "two soldiers' lives.",
  ("United Nations", T, neu, "", "position of the SG reported by the Pakistan Mission = UN's statement; offer of good offices + sympathy: rule 2 before rule 3"))
U(d, "Earlier, UN spokesman Stephane Dujarric told reporters", "gather information.",
  ("United Nations", N, neg, "", "concern + the observer group's fact-finding, no appeal = neutral, negative"))
U(d, "He said the United Nations wanted the Governments of Pakistan and India to hold back", "by talking.",
  ("United Nations", T, neu, "", "appeal to both for restraint and dialogue"))
U(d, "In Washington, State Department spokesman John Kirby said the United States was watching", "tensions were to ease.",
  ("United States", T, neu, "", "appeal for the militaries' communication to de-escalate; Washington = place"))
U(d, "He also repeated Washington's call for action against militant groups", "Jaish-e-Mohammad.",
  ("United States", C, neg, "", "call for action against named militant groups = negative judgement of them (unsure); two groups -> target empty"))
U(d, "In Beijing, Chinese Foreign Ministry Spokesperson Geng Shuang said Beijing", "through talks.",
  ("China", T, neu, "", "appeal to both sides for restraint and talks; Beijing = place and metonym"))
U(d, "At home, Pakistan Tehreek-e-Insaf Chairman Imran Khan said", "behind the armed forces.",
  ("Pakistan Tehreek-e-Insaf", S, pos, "Pakistan", "opposition party under its own name (canonical); backing of the armed forces = Pakistan"))
