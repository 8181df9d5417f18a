# ------------------------------------------------------------------ Christchurch mosque attacks (regional round-up of reactions, "Country: text" paragraphs, 2019-03-16)
d = "page_christchurch_reactions_roundup.txt"
U(d, "New Zealand: Prime Minister Jacinda Ardern called the shootings", "extraordinary violence.",
  ("New Zealand", C, neg, "", "the country label opens the paragraph and is part of the unit; 'terrorist attack' = judgement; the gunman is not a canonical actor -> target empty"))
U(d, "At a news conference in Wellington on Saturday she promised", "firearms rules.",
  ("New Zealand", N, neu, "", "own plan (gun-law overhaul), no judgement of another actor"))
U(d, "Australia: Prime Minister Scott Morrison said the gunman", "act of terror.",
  ("Australia", C, neg, "", "'denounced the killings as an act of terror'; perpetrator not canonical -> target empty"))
U(d, "Morrison also rebuked Senator Fraser Anning", "Australian Parliament.",
  ("Australia", C, neg, "Fraser Anning", "rebuke of a senator's remarks ('appalling') = judgement of an actor"),
  ("Fraser Anning", C, neg, "", "position reported in a relative clause: blaming the massacre on Muslim immigration = a judgement; speaks for himself (independent person); no canonical target"))
U(d, "Pakistan: Prime Minister Imran Khan wrote on Twitter", "fed the violence.",
  ("Pakistan", C, neg, "", "blames anti-Muslim prejudice (no actor named) for the violence -> condemning, target empty"))
U(d, "Indonesia: President Joko Widodo condemned the shootings", "among those wounded.",
  ("Indonesia", C, neg, "", "condemnation + fact in one sentence: the judgement decides"))
U(d, "Malaysia: Prime Minister Mahathir Mohamad described the attack", "faced justice.",
  ("Malaysia", C, neg, "", "'act of savagery' + request that those responsible face justice (rule 1); the request to New Zealand is not a judgement of New Zealand -> target empty"))
U(d, "Turkey: President Recep Tayyip Erdogan said the attack showed", "shared the blame.",
  ("Turkey", C, neg, "", "blames Western governments that tolerate anti-Muslim rhetoric; 'Western societies/governments' not canonical -> target empty"))
U(d, "United Kingdom: Prime Minister Theresa May sent Britain's condolences", "preach hatred.",
  ("United Kingdom", S, pos, "New Zealand", "condolences + standing with New Zealand = solidarity; 'those who preach hatred' is a passing phrase, no actor named"))
U(d, "European Union: Foreign policy chief Federica Mogherini said", "Muslim communities everywhere.",
  ("European Union", S, neg, "New Zealand", "grief shared with New Zealand = solidarity (supporting); the tone expressed is grief -> negative sentiment (unsure: solidarity could be read as positive)"))
U(d, "United States: President Donald Trump said on Twitter", "any help it needed.",
  ("United States", S, pos, "New Zealand", "offer of help = supporting"))
U(d, "United Nations: Secretary-General Antonio Guterres condemned the attack", "wherever it appeared.",
  ("United Nations", C, neg, "", "condemnation + appeal to confront hatred: rule 1; no perpetrator named -> target empty"))
