# ------------------------------------------------------------------ Iran downs a US Global Hawk drone (IRNA-style state agency item, 2019-06-21)
d = "page_globalhawk_shootdown_agency.txt"
U(d, "Iran's Foreign Ministry on Friday summoned the Swiss Ambassador", "American spy drone.",
  ("Iran", C, neg, "United States", "dateline 'Tehran, June 21, IRNA – ' excluded; summoning an envoy + protest note over a violation = condemning; the Swiss envoy is only addressed"))
U(d, "Mohsen Baharvand, Director General for the Americas", "provocative acts.",
  ("Iran", C, neg, "United States", "MFA official = Iran; holds Washington fully responsible ('provocative')"))
U(d, "He stressed that the Islamic Republic seeks no war", "firm response.",
  ("Iran", C, neg, "", "'no war' + a threat of a firm response: the threat decides; 'any act of aggression' names no one, target empty"))
U(d, "The Swiss Ambassador, Markus Leitner, promised", "without delay.",
  ("Switzerland", N, neu, "", "the protecting power's envoy speaks for Switzerland: a procedural promise = neutral"))
U(d, "Meanwhile, Commander of the Islamic Revolution Guards Corps (IRGC) Aerospace Force", "on Thursday.",
  ("Iran", N, neu, "", "IRGC = Iran (name files); own account of the shootdown and the warnings = neutral"))
U(d, "He said an American P-8 aircraft with 35 people on board", "not to target it.",
  ("Iran", N, neu, "", "own restraint reported as a fact; no judgement, no threat in this sentence"))
U(d, "\"Bringing down the drone was our message to the American forces", "a question put by IRNA.",
  ("Iran", C, neg, "United States", "quotation closed by its speaker + IRNA attribution formula; 'terrorist forces' + threat of the same answer"))
U(d, "Foreign Minister Mohammad Javad Zarif wrote on his Twitter account", "it was struck.",
  ("Iran", N, neu, "", "figures/facts (wreckage location, coordinates) = neutral"))
U(d, "Zarif added that Iran would bring the case before the United Nations", "was false.",
  ("Iran", C, neg, "United States", "surname only; accusing Washington of a false account + taking it to the UN = condemning"))
U(d, "US President Donald Trump reacted on Thursday by saying on Twitter", "grave error.",
  ("United States", C, neg, "Iran", "judgement ('grave error'); Tehran = metonym"))
U(d, "Hours later, however, he told reporters at the White House", "might have blundered.",
  ("United States", N, neu, "", "'he' = Trump; doubts the act was deliberate, points at a local commander: no judgement on the Iranian state = neutral (unsure)"))
U(d, "The US Central Command claimed that the drone had been flying over international waters", "at the time.",
  ("United States", N, neg, "", "CENTCOM = US; a denial of Iran's account ('claimed' is the agency's word) = neutral, negative"))
U(d, "UN Secretary-General Antonio Guterres, through his spokesman, urged all sides", "Persian Gulf.",
  ("United Nations", T, neu, "", "appeal to all sides for restraint, no judgement"))
