# ------------------------------------------------------------------ US strike on Shayrat airbase (TASS-style state agency page, 2017-04-07)
d = "page_shayrat_strike_statemedia.txt"
U(d, "Russian President Vladimir Putin regards the US cruise missile strike", "told reporters on Friday.",
  ("Russia", C, neg, "United States", "Putin's view via Peskov; 'aggression' + breach of international law; dateline excluded"))
U(d, "\"The president believes the pretext was made up", "the Kremlin spokesman said.",
  ("Russia", C, neg, "United States", "accusation of a fabricated pretext; Washington = metonym"))
U(d, "According to Peskov, the step has dealt", "poor state.",
  ("Russia", C, neg, "United States", "harm to relations blamed on the US step = judgement"))
U(d, "The Russian Foreign Ministry said in a statement that Moscow was suspending", "in 2015.",
  ("Russia", C, neg, "United States", "suspending an agreement in response to the strike = a taken response (measure)"))
U(d, "The ministry added that Russia would ask for an emergency meeting", "the situation.",
  ("Russia", T, neg, "", "request for a Security Council meeting, no judgement in this sentence = calling_for_talks (as batch5c)"))
U(d, "Russian Foreign Minister Sergey Lavrov told journalists that the attack reminded him", "Security Council.",
  ("Russia", C, neg, "United States", "comparison with the 2003 Iraq war without Council approval = an implied accusation of illegality (unsure: could be read as neutral)"))
U(d, "The diplomat stressed that Moscow expected to hear", "next week.",
  ("Russia", T, neu, "United States", "'the diplomat' = Lavrov; demand for explanations at an agreed meeting = calling_for_talks (batch5c: demands for an explanation)"))
U(d, "Russian Defense Ministry Spokesman Major General Igor Konashenkov said", "come down.",
  ("Russia", N, neu, "", "figures from monitoring data; belittling but no judgement word"))
U(d, "The Defense Ministry also said that a set of measures would be taken soon", "sensitive infrastructure.",
  ("Russia", S, neu, "Syria", "military assistance offered to Syria's air defence = supporting (aid, equipment)"))
U(d, "Chairman of the Federation Council's international affairs committee Konstantin Kosachev", "against terrorism.",
  ("Russia", C, neg, "United States", "legislator resolves to his state (as Senator Cardin in the guide); 'reckless'"))
U(d, "The office of Syrian President Bashar al-Assad said", "had become.",
  ("Syria", C, neg, "United States", "presidency statement; 'outrageous act'"))
U(d, "Homs Governor Talal Barazi told journalists", "at the base.",
  ("Syria", N, neu, "", "provincial official resolves to his state; casualty figures without blame"))
U(d, "Iranian Foreign Ministry Spokesman Bahram Qasemi condemned", "and the region.",
  ("Iran", C, neg, "United States", "condemned the unilateral action; the US is the only actor acting"))
