# ------------------------------------------------------------------ Malaysia-North Korea exit bans after the Kim Jong-nam killing (Bernama state-agency item, 2017-03-07)
d = "page_kimjongnam_bernama.txt"
U(d, "Prime Minister Datuk Seri Najib Tun Razak today condemned North Korea's decision", "is assured.",
  ("Malaysia", C, neg, "North Korea", "lead after the Bernama dateline (excluded): condemnation + an exit ban on North Koreans = a measure against another side"))
U(d, "In a statement this afternoon, Najib said Pyongyang's move", "conduct expected between nations.",
  ("Malaysia", C, neg, "North Korea", "'unacceptable' + 'no basis in international law'; Pyongyang = metonym"))
U(d, "He said he had convened an emergency meeting of the National Security Council", "further steps.",
  ("Malaysia", N, neu, "", "own procedure reported, no judgement"))
U(d, "Malaysia did not seek a quarrel with any country", "bargaining chips.",
  ("Malaysia", C, neg, "North Korea", "speaker given after the clause ('the Prime Minister said'); accusation of using citizens as bargaining chips"))
U(d, "He called on the North Korean leadership to let the Malaysians come home", "proper diplomatic channels.",
  ("Malaysia", T, neg, "North Korea", "demand to one side to release people + settle through diplomacy, no judgement word = calling_for_talks, negative"))
U(d, "Earlier today, the Korean Central News Agency (KCNA) reported", "fully guaranteed.",
  ("North Korea", C, neg, "Malaysia", "KCNA is an agency (not an actor) relaying the DPRK's exit ban = a retaliatory measure against another side"))
U(d, "According to KCNA, the DPRK Foreign Ministry conveyed the decision", "in a fair manner.",
  ("North Korea", T, neu, "Malaysia", "'wanted the dispute settled through talks' = calling_for_talks; the notification itself is procedure"))
U(d, "Deputy Prime Minister Datuk Seri Dr Ahmad Zahid Hamidi told reporters", "leave the country.",
  ("Malaysia", C, neg, "North Korea", "exit ban on the embassy staff = a measure against another side"))
U(d, "\"We want them to understand that Malaysia will not be bullied", "also Home Minister.",
  ("Malaysia", C, neg, "North Korea", "quote closed by its speaker; implies North Korea bullies Malaysia = accusation / warning"))
U(d, "Deputy Foreign Minister Datuk Seri Reezal Merican Naina Merican said", "were safe.",
  ("Malaysia", N, neu, "", "facts (numbers, safety) given by an official"))
U(d, "He said there was no threat to their well-being", "bring them home.",
  ("Malaysia", N, neu, "", "reassurance + announced statement; Wisma Putra = Malaysia"))
U(d, "Malaysia expelled North Korean ambassador Kang Chol on Saturday", "persona non grata.",
  ("Malaysia", C, neg, "North Korea", "background sentence reporting a specific act (expulsion) = a statement (guide); two actors' acts in one sentence = two rows"),
  ("North Korea", C, neg, "Malaysia", "retaliatory expulsion of Malaysia's ambassador"))
