# ------------------------------------------------------------------ Execution of Alireza Akbari (parliamentary debate report, House of Commons, 2023-01-16)
d = "page_akbari_execution_commons.txt"
U(d, "Opening the statement, the Foreign Secretary, James Cleverly", "Iranian leadership.",
  ("United Kingdom", C, neg, "Iran", "Foreign Secretary; 'mockery of justice' + responsibility on Iran's leadership"))
U(d, "Mr Cleverly said he had placed Iran's Prosecutor-General", "for consultations.",
  ("United Kingdom", C, neg, "Iran", "sanctions on an Iranian official + ambassador recalled = measures (condemning)"))
U(d, "He told members that officials had been in close contact", "supporting them.",
  ("United Kingdom", S, pos, "", "support for the victim's family (not an actor): supporting, target empty (unsure: could be neutral self-report)"))
U(d, "The Foreign Secretary also noted that France, Germany and the United States", "the execution.",
  ("France", C, neg, "Iran", "positions of others reported by the Foreign Secretary: one row per listed state; the UK takes no new position here"),
  ("Germany", C, neg, "Iran", "same list"),
  ("United States", C, neg, "Iran", "same list"))
U(d, "Responding for the Opposition, the shadow Foreign Secretary, David Lammy", "proscribed.",
  ("Labour Party", C, neg, "Iran", "opposition front bench = its party (as Yesh Atid in batch5c); 'callous killing' + push for proscription"))
U(d, "Alicia Kearns (Con, Rutland and Melton), chair of the Foreign Affairs Committee, urged", "networks here.",
  ("United Kingdom", C, neg, "Iran", "governing-party MP and committee chair resolves to the state (as Senator Cardin); a call for measures against the IRGC = condemning (unsure: could be Conservative Party)"))
U(d, "Chris Bryant (Lab, Rhondda) accused Tehran", "deciding sanctions.",
  ("Labour Party", C, neg, "Iran", "Labour backbencher; accusation; Tehran = metonym"))
U(d, "Replying, Mr Cleverly said it was long-standing practice", "proscription decisions.",
  ("United Kingdom", N, neu, "", "procedure, no position"))
U(d, "Andy Slaughter (Lab, Hammersmith), Mr Akbari's constituency MP", "far too timid.",
  ("Labour Party", C, neg, "United Kingdom", "criticism of his own government's Foreign Office = judgement aimed at the UK state"))
U(d, "Alyn Smith (SNP, Stirling) said his party fully backed", "European partners.",
  ("Scottish National Party", S, pos, "United Kingdom", "backing of the government's measures"))
U(d, "In Tehran, Foreign Ministry spokesman Nasser Kanaani dismissed", "due legal process.",
  ("Iran", C, neg, "United Kingdom", "'interference in internal affairs' = accusation; the due-process part is a denial inside the same sentence (rule 1)"))
