# ------------------------------------------------------------------ ASEAN leaves Min Aung Hlaing out of its October 2021 summit (scraped Malaysian regional daily, 2021-10-17)
d = "page_asean_minaunghlaing_exclusion2021_regionaldaily.txt"
# Not statements: masthead, date line, menu, section, headline, standfirst, byline, share bar, PHOTO captions, ADVERTISEMENT, crossheads, Related, tags, most read, copyright.
U(d, "Myanmar's military government lashed out yesterday at the Association of Southeast Asian Nations", "the bloc's own charter.",
  ("Myanmar", C, neg, "ASEAN", "dateline excluded; the junta speaks for its state; long lead: narration of the decision + the junta's charge of a breach of the charter"))
U(d, "The foreign ministry in Naypyitaw said in a statement that it \"deeply resents\"", "binding on Myanmar.",
  ("Myanmar", C, neg, "ASEAN", "resentment + refusal to be bound = rejection of the bloc's decision in protest"))
U(d, "Foreign ministers agreed at the virtual meeting that a \"non-political representative\"", "issued early yesterday.",
  ("ASEAN", N, neu, "", "the chair's statement speaks for the bloc (Brunei as chair); decision on representation reported = procedure"))
U(d, "The chairman's statement cited too little progress on the five-point consensus", "with all parties.",
  ("ASEAN", C, neg, "Myanmar", "the reasons given are a negative judgement of the junta's record (no stock word)"))
# "It noted that a number of members had argued that Myanmar should be left room ..." = unnamed members' position relayed by the chair: unnamed speakers, no row.
U(d, "Junta spokesman Brigadier-General Zaw Min Tun told the BBC's Burmese service that outside pressure", "before the meeting.",
  ("Myanmar", C, neg, "", "blames outside pressure (US and European officials) -> several targets, empty"))
U(d, "He denied that the military had blocked the envoy's work", "facing criminal trials.",
  ("Myanmar", N, neg, "", "denial of the charge, with a justification = neutral, negative"))
U(d, "Zaw Min Tun warned that Naypyitaw would have to review", "outside the region\".",
  ("Myanmar", C, neg, "ASEAN", "conditional threat to curtail cooperation = condemning"))
U(d, "The special envoy, Brunei's Second Foreign Minister Erywan Yusof, had told reporters", "since his appointment in August.",
  ("ASEAN", C, neg, "Myanmar", "the special envoy speaks for ASEAN; judgement without a stock word ('nothing but conditions')"))
U(d, "Erywan said he still wanted to travel to Myanmar before the summit", "Aung San Suu Kyi.",
  ("ASEAN", T, neu, "Myanmar", "offer to visit and meet all parties = calling_for_talks"))
U(d, "Singapore's Foreign Ministry said it backed the decision", "without further delay.",
  ("Singapore", T, neu, "Myanmar", "backing of the bloc's decision joined to an appeal to implement the peace plan, no explicit judgement: rule 2 before rule 3 (unsure: 'a hard call' could be read as backing only)"))
U(d, "Foreign Minister Datuk Saifuddin Abdullah, who had warned on Oct 4", "welcomed the ministers' decision.",
  ("Malaysia", S, pos, "ASEAN", "welcome of the decision; the earlier warning is background inside the relative clause"))
U(d, "\"Asean has shown that it can be patient without being a pushover,\" Saifuddin wrote.", "Saifuddin wrote.",
  ("Malaysia", S, pos, "ASEAN", "praise of the bloc's firmness"))
U(d, "Indonesia's Foreign Ministry said Jakarta would keep channelling humanitarian aid", "whatever the political deadlock.",
  ("Indonesia", S, pos, "", "aid to the people of Myanmar = backing by act; not aimed at the junta -> target empty"))
U(d, "Thailand's Foreign Ministry said it respected the collective decision and hoped", "back to peace.",
  ("Thailand", T, pos, "", "acceptance + hope for talks and peace = calling_for_talks"))
U(d, "The National Unity Government, formed by lawmakers ousted in the Feb 1 coup, said it was grateful", "occupy Myanmar's seat.",
  ("National Unity Government", S, pos, "ASEAN", "gratitude for the decision + offer = supporting"))
U(d, "It urged Asean to ensure that whoever attends the summit truly represents", "seized power.",
  ("National Unity Government", C, neg, "Myanmar", "appeal carrying a judgement of the junta ('the men who seized power') = condemning (unsure: could be read as an appeal to ASEAN only)"))
U(d, "The shadow government also offered its condolences to families in Thantlang", "shelling last month.",
  ("National Unity Government", S, neg, "", "condolences = solidarity (supporting), grief; families are not a canonical actor -> target empty"))
U(d, "In Washington, State Department spokesman Ned Price said the United States supported", "the military regime.",
  ("United States", C, neg, "Myanmar", "support for ASEAN joined to announced pressure on the junta (a measure): the condemning part decides (rule 1)"))
U(d, "UN special rapporteur on human rights in Myanmar Tom Andrews welcomed the move", "protesters stops.",
  ("United Nations", C, neg, "Myanmar", "welcome joined to a call for a further measure against the junta and a judgement (killing of protesters): rule 1"))
# "More than 1,100 civilians have been killed ..., according to a Thai-based rights group ..." = figure from an unnamed group, no row.
U(d, "Farah Liyana Rashid, a fellow at the Kuala Lumpur Institute of Regional Security, said", "in its 54-year history.",
  ("Farah Liyana Rashid", N, neu, "", "invented analyst; assessment of the step, no position"))
U(d, "\"It is not expulsion and it is not sanctions", "she said.",
  ("Farah Liyana Rashid", N, neu, "", "characterisation of the decision, no judgement or appeal"))
U(d, "Farah said the real test would come in Phnom Penh next year", "bring the generals back in.",
  ("Farah Liyana Rashid", N, neg, "", "forecast / risk about Cambodia's chairmanship, no explicit judgement"))
U(d, "Thet Naing Oo, a former schoolteacher from Yangon who fled", "lifted spirits among exiles.",
  ("Thet Naing Oo", S, pos, "ASEAN", "named exile (invented) = independent person; approval of the decision"))
U(d, "\"For eight months the generals sat at every table as if nothing had happened", "he said.",
  ("Thet Naing Oo", C, neg, "Myanmar", "judgement of the junta's impunity without a stock word"))
U(d, "The summit itself will be held by video link", "the statement said.",
  ("ASEAN", N, neu, "", "procedural line from the chair's statement (a letter to be sent, format of the summit)"))
U(d, "A spokesman for Cambodia's Foreign Ministry, whose country takes over the chair in January, said", "arrangements for the summit.",
  ("Cambodia", N, neu, "", "joining a decision + procedural cooperation, no judgement or appeal"))
