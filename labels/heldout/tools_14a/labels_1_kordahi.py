# ------------------------------------------------------------------ Saudi Arabia expels Lebanon's ambassador over Kordahi's Yemen remarks (scraped Lebanese regional page, .txt, 2021-10-31)
d = "page_kordahi_gulf_regionalpage.txt"
U(d, "The diplomatic crisis between Lebanon and the Gulf deepened", "Information Minister George Kordahi.",
  ("Saudi Arabia", C, neg, "Lebanon", "expulsion of the ambassador reported as done = a measure against another side (condemning); Kordahi is only mentioned"))
U(d, "Riyadh also called its own envoy home", "late on Friday.",
  ("Saudi Arabia", C, neg, "Lebanon", "Riyadh = metonym; 'the foreign ministry' resolved by context; recall + import ban = measures; SPA only carries the statement (not an actor)"))
U(d, "The ministry said the remarks were only the latest", "towards the kingdom.",
  ("Saudi Arabia", C, neg, "Lebanon", "'The ministry' = Saudi foreign ministry by context; 'insulting positions' by Lebanese officials = judgement"))
U(d, "It blamed Hezbollah's hold over decision-making", "hostile to the Gulf.",
  ("Saudi Arabia", C, neg, "Hezbollah", "pronoun 'It' = the ministry; blame aimed at Hezbollah"))
U(d, "Kordahi, a former game-show host who joined", "only defending themselves.",
  ("Lebanon", C, neg, "Saudi Arabia", "the remark that started the row: 'Saudi-led campaign futile' = judgement without stock words; Kordahi is the information minister on the page's date -> Lebanon (unsure: the interview was recorded before he joined the cabinet and the PM disowned it)"))
U(d, "Bahrain followed within hours", "statements from Beirut.",
  ("Bahrain", C, neg, "Lebanon", "expulsion + 'offensive statements'; Manama = place, Beirut = metonym"))
U(d, "On Saturday Kuwait recalled its ambassador", "citing the foreign ministry.",
  ("Kuwait", C, neg, "Lebanon", "recall + expulsion of the charge d'affaires; KUNA citing the ministry -> Kuwait"))
U(d, "The ministry in Kuwait City called the minister's comments unacceptable", "smuggled into the Gulf.",
  ("Kuwait", C, neg, "Lebanon", "'unacceptable' + accusation of failing to stop smuggling; Kuwait City = place"))
U(d, "Khalifa Shaheen Almarar, the UAE minister of state, said", "travelling to Lebanon.",
  ("United Arab Emirates", C, neg, "Lebanon", "withdrawal of diplomats + travel ban = measures against another side"))
U(d, "Almarar said the step reflected the Emirates' full solidarity", "with the kingdom.",
  ("United Arab Emirates", S, pos, "Saudi Arabia", "surname only; solidarity with Riyadh = supporting"))
U(d, "The embassy's consular section and visa centre", "he added.",
  ("United Arab Emirates", N, neu, "", "own arrangements, no evaluation"))
U(d, "Saudi Arabia's import ban will cost Lebanese farmers", "said on Saturday.",
  ("Lebanon", N, neu, "", "possessive before the speaker: Saudi Arabia is only mentioned; the agriculture ministry in Beirut gives a figure = neutral, neutral tone (guide: facts given by an actor)"))
U(d, "Qatar, which has not cut ties, denounced Kordahi's comments", "with its neighbours.",
  ("Qatar", C, neg, "Lebanon", "'denounced' + appeal to the Lebanese government: rule 1"))
U(d, "Muscat, in a statement posted by its foreign ministry", "out of the dispute.",
  ("Oman", T, neg, "", "Muscat = metonym; sorrow + appeal to all parties for calm and dialogue, no judgement = calling_for_talks"))
U(d, "Ahmed Aboul Gheit, the Arab League chief, said", "already in free fall.",
  ("Arab League", T, neg, "", "concern + appeal to Gulf capitals to reconsider (several addressees -> target empty); no judgement"))
U(d, "He urged President Michel Aoun and Prime Minister Mikati", "faith in their judgement.",
  ("Arab League", T, pos, "Lebanon", "'He' = Aboul Gheit; appeal to Lebanon's leaders to defuse, with confidence"))
U(d, "In Washington, a State Department spokesperson said the United States hoped", "depended on its neighbours.",
  ("United States", T, pos, "", "unnamed spokesperson of a named body = US; hope that the sides keep talking = calling_for_talks; Washington = place"))
U(d, "The spokesperson added that the US chargé d'affaires", "to discuss the row.",
  ("United States", N, neu, "", "own diplomatic contact reported as fact; Bou Habib only mentioned"))
U(d, "Mikati, who had hoped to mend fences with the Gulf", "the kingdom's decision.",
  ("Lebanon", C, neg, "Saudi Arabia", "'deeply regretted the kingdom's decision' = 'regrettable' aimed at an act = judgement (guide); a conciliatory PM still reads as condemning (unsure)"))
U(d, "“Lebanon has no interest in a quarrel with anyone in the Gulf", "statement from his office.",
  ("Lebanon", T, pos, "", "appeal to the Gulf states to allow a fix, no judgement"))
U(d, "Aoun wrote on Twitter on Saturday that Lebanon wanted the best possible relations", "between the two states.",
  ("Lebanon", T, pos, "Saudi Arabia", "surname only; wish for good relations + appeal to settle through bilateral channels = calling_for_talks; leader on social media"))
U(d, "Bou Habib later thanked his Omani counterpart", "his ministry said.",
  ("Lebanon", S, pos, "Oman", "thanks for the sultanate's stance = approval (supporting)"))
U(d, "He told the local Al Jadeed channel on Sunday that resigning was not on the table", "became a minister.",
  ("Lebanon", N, neg, "", "'He' = Kordahi (information minister -> Lebanon); refusal to resign, about himself, no judgement of another actor = neutral; the preceding sentence 'has shown no sign of stepping down' is narrative"))
U(d, "“What is being done to Lebanon now is blackmail", "he said.",
  ("Lebanon", C, neg, "", "'blackmail' = judgement; nobody named in the sentence -> target empty (Saudi Arabia implied); minister -> Lebanon (unsure, the PM disowned his line)"))
U(d, "Sheikh Ali Daamoush, deputy head of Hezbollah's executive council", "had no price.",
  ("Hezbollah", C, neg, "Saudi Arabia", "Hezbollah official = Hezbollah; accusation that the kingdom takes its Yemen defeats out on Lebanon"))
U(d, "In Riyadh, Saudi Foreign Minister Prince Faisal bin Farhan", "calling the shots.",
  ("Saudi Arabia", C, neg, "Hezbollah", "blame on Hezbollah's dominance; Riyadh = place"))
U(d, "Until Lebanon's leaders confronted that, he said", "the current government.",
  ("Saudi Arabia", C, neg, "Lebanon", "refusal to deal with the government in protest = condemning"))
U(d, "The Gulf Cooperation Council's secretary-general, Nayef al-Hajraf", "attacks had caused.",
  ("Gulf Cooperation Council", C, neg, "Lebanon", "'condemned' the minister's remarks; Kordahi = Lebanon; the Houthis are only mentioned"))
