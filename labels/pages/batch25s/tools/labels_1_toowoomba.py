# ------------------------------------------------------------------ HMAS Toowoomba sonar encounter (wire copy, 2023-11-20)
d = "page_toowoomba_sonar2023_wire.txt"
# Not statements: menu, UPDATE headline, byline, time stamp, read time, the four summary bullets, capitals crossheads,
# ADVERTISEMENT, reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "China on Monday brushed aside Australia's account", "had behaved recklessly.",
  ("China", C, neg, "Australia", "dateline excluded; lede with two positions: China accuses Canberra of twisting events"),
  ("Australia", C, neg, "China", "same lede: Albanese's judgement 'behaved recklessly'"))
U(d, "The frigate HMAS Toowoomba had stopped on Nov. 14", "Defence Minister Richard Marles.",
  ("Australia", C, neg, "China", "'according to a statement released by' Marles; accusation made by describing the other side's act that endangered divers (guide rule 4)"))
U(d, "Marles, who was acting prime minister", "linked to the pulses.",
  ("Australia", N, neu, "", "injury facts given by an actor = neutral, neutral tone"))
U(d, "\"Our sailors told the Chinese ship", "Marles said in the statement.",
  ("Australia", C, neg, "China", "judgement without stock words: warned, and the ship came closer anyway"))
U(d, "The Toowoomba was travelling to a port call", "the statement said.",
  ("Australia", N, neu, "", "background fact attributed to the statement ('the statement said')"))
U(d, "China's defence ministry spokesman Wu Qian said the destroyer Ningbo", "anyone in the water.",
  ("China", N, neg, "", "denial = neutral, negative tone"))
U(d, "Wu said Canberra's version bore no resemblance", "with the Australian side.",
  ("China", C, neg, "Australia", "surname only; version 'bore no resemblance to the facts' + formal protest = judgement"))
U(d, "\"The Australian side would do better to ask itself", "the spokesman said.",
  ("China", C, neg, "Australia", "'the spokesman' = Wu; quote in a new paragraph; rebuke without stock words"))
U(d, "Foreign ministry spokeswoman Mao Ning told a regular briefing", "accepted maritime practice.",
  ("China", N, neu, "", "reassurance about own conduct = neutral"))
U(d, "She said Beijing hoped Canberra would keep working with it", "steadier footing.",
  ("China", T, pos, "Australia", "'She' = Mao Ning; hope for better relations = calling_for_talks"))
U(d, "According to a statement from the Chinese embassy in Canberra", "on Monday morning.",
  ("China", N, neu, "", "'according to a statement from'; the embassy set out its position = procedure"))
U(d, "Speaking to Sky News from Parliament House, Albanese declined to say", "the summit last week.",
  ("Australia", N, neu, "", "declining to say = neutral (as Mekel in batch22a)"))
U(d, "\"What that ship did put young Australians at risk", "he said.",
  ("Australia", C, neg, "China", "judgement without stock words; quote closed by 'he said'"))
U(d, "He said the episode would not derail the government's approach", "disagreeing where it must.",
  ("Australia", N, neu, "", "policy line, no appeal or judgement (unsure: could be read as calling_for_talks)"))
# "Albanese and Xi held formal talks in Beijing earlier this month ..." = narration of a meeting, no row.
U(d, "Opposition Leader Peter Dutton accused the prime minister of going soft", "over injured sailors.",
  ("Liberal Party of Australia", C, neg, "", "the opposition leader = his party; criticism of his own government -> target empty (as Hoekstra in batch22a)"))
U(d, "Greens defence spokesman David Shoebridge urged the government", "through the media.",
  ("Australian Greens", T, neu, "", "appeal for a safety agreement with Beijing; 'trade accusations' is no explicit judgement"))
U(d, "Marles was quoted by the Australian Broadcasting Corporation as saying", "in Canberra and in Beijing.",
  ("Australia", N, neu, "", "passive attribution ('was quoted by ... as saying'); raising the matter with officials, no judgement in the sentence"))
U(d, "In Washington, State Department spokesman Matthew Miller said the United States stood firmly", "Australian ally.",
  ("United States", S, pos, "Australia", "solidarity with an ally = supporting"))
U(d, "Miller said the incident fitted a pattern of risky manoeuvres", "crews of other nations.",
  ("United States", C, neg, "China", "surname only; judgement of Chinese conduct"))
U(d, "Japan's Chief Cabinet Secretary Hirokazu Matsuno told reporters in Tokyo", "in touch with Australia.",
  ("Japan", N, neu, "", "gathering information, in contact = neutral"))
U(d, "Japanese officials regard any action that puts personnel at sea in danger", "without naming China.",
  ("Japan", N, neg, "", "'Japanese officials' (adjective of the state) + Matsuno; concern without an appeal = neutral, negative"))
U(d, "\"Militaries switch sonar on all the time", "in Fukuoka.",
  ("Kenji Aramaki", C, neg, "China", "invented scholar; judgement without stock words ('is a choice, and it tells you something')"))
U(d, "Harriet Quayle, a senior fellow at the Canberra-based", "easily walk back.",
  ("Harriet Quayle", N, neg, "", "invented analyst; assessment of the standoff, no judgement of one side"))
U(d, "\"The sensible thing is for both defence ministries", "she said.",
  ("Harriet Quayle", T, neg, "", "appeal for a hotline and rules for encounters; tone grim ('before someone is killed')"))
U(d, "Quayle said she expected the row to cool quickly", "the recent thaw.",
  ("Harriet Quayle", N, neu, "", "forecast"))
