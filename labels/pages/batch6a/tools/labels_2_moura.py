# ------------------------------------------------------------------ Moura killings, central Mali, and the row over Wagner (Reuters-style wire, 2022-04-08)
d = "page_moura_mali_wire.txt"
U(d, "Russia's foreign ministry on Friday hailed", "executed there.",
  ("Russia", S, pos, "Mali", "lead after the dateline: praise of Mali's army (supporting) + dismissal of the accounts (a denial, neutral) in one sentence: approval decides (rule 3 before 4)"))
U(d, "The Malian army said on April 1", "gathering there.",
  ("Mali", N, neu, "", "the army speaks for its state; own operation and figures = neutral"))
U(d, "Human Rights Watch said on Tuesday that Malian soldiers", "most of them civilians.",
  ("Human Rights Watch", C, neg, "Mali", "accusation of mass executions; the foreign fighters are not named as Wagner in the sentence, so target = Mali"))
U(d, "\"Men who had been disarmed and detained", "at the New York-based group.",
  ("Human Rights Watch", C, neg, "Mali", "two-sentence quote closed by its speaker, introduced by role ('Sahel director at the New York-based group'); judgement without stock words ('no mandate covers that')"))
U(d, "The junta has rejected the accusations.", "The junta has rejected the accusations.",
  ("Mali", N, neg, "", "'the junta' = Mali (guide); bare denial = neutral, negative"))
U(d, "In a statement read on state television, government spokesman", "respected throughout.",
  ("Mali", N, neu, "", "reassurance about own conduct in answer to the accusations = neutral (README); state television is the channel, not an actor"))
U(d, "\"Some of our partners have chosen to believe rumours", "Maiga said.",
  ("Mali", C, neg, "", "accusation against unnamed partners and unnamed plotters -> target empty"))
U(d, "On Wednesday the prosecutor of the military court in Mopti", "made public.",
  ("Mali", N, neu, "", "a state procedure reported as done + a promise of publication = neutral (unsure: could be read as narration, no row)"))
U(d, "El-Ghassim Wane, head of the U.N. peacekeeping mission MINUSMA", "without further delay.",
  ("United Nations", T, neg, "Mali", "demand for access, no judgement word = calling_for_talks; MINUSMA head = UN; the crosshead 'IMPERATIVE' above is not a statement"))
U(d, "The mission had been able only to fly over the area", "he said.",
  ("United Nations", N, neg, "", "facts about its own access, stated without blame = neutral, negative tone"))
U(d, "France's ambassador to the United Nations, Nicolas de Riviere", "its own inquiry.",
  ("France", C, neg, "", "'could amount to war crimes' = judgement (rule 1 over the access demand); no perpetrator named in the sentence -> target empty"))
U(d, "France on Friday circulated a draft Security Council statement", "two diplomats said.",
  ("France", T, neu, "", "act reported by unnamed diplomats: the act is France's (call for impartial investigations = talks); the diplomats get no row"))
U(d, "The U.S. State Department said it was deeply troubled", "unhindered access.",
  ("United States", T, neg, "Mali", "concern + appeal for access = calling_for_talks; 'the transitional government' = Mali"))
U(d, "Bamako's refusal so far to let U.N. investigators reach the town", "happened there.",
  ("United States", C, neg, "Mali", "possessive before the speaker: Bamako is the object judged, the State Department the speaker; judgement without stock words ('deepening suspicion')"))
U(d, "State Department spokesperson Ned Price told reporters on Tuesday", "had followed.",
  ("United States", C, neg, "Wagner Group", "accusation by pattern (abuses wherever it deploys); CAR and Libya are places"))
U(d, "European Union foreign policy chief Josep Borrell said the bloc was alarmed", "from central Mali.",
  ("European Union", N, neg, "", "alarm without an appeal in its sentence = neutral, negative; 'the bloc' = EU"))
U(d, "He urged the Malian authorities to allow an independent investigation.", "He urged the Malian authorities to allow an independent investigation.",
  ("European Union", T, neg, "Mali", "'He' = Borrell; demand for an investigation, no judgement = calling_for_talks"))
U(d, "Britain's Africa minister, Vicky Ford, wrote on Twitter", "held to account.",
  ("United Kingdom", C, neg, "", "'those responsible ... held to account' = demand for punishment, a judgement; no actor named -> target empty (as batch5c's Cameron)"))
U(d, "In its statement on Friday, the Russian foreign ministry said Malian forces", "cooperation with Bamako.",
  ("Russia", C, neg, "", "praise of Mali's forces + accusation of a disinformation campaign in one sentence: the judgement decides (rule 1); target empty (unnamed Western media and officials)"))
U(d, "Russia's military cooperation with Mali was carried out between states", "the ministry said.",
  ("Russia", N, neu, "", "implicit denial of Wagner's role, stated as fact = neutral"))
U(d, "Moscow was ready to keep supplying equipment", "it added.",
  ("Russia", S, pos, "Mali", "offer of equipment and training = backing by act (supporting); 'it' = the ministry"))
U(d, "Bamako says they are instructors", "defence agreement with Moscow.",
  ("Mali", N, neg, "", "Bamako = Mali (metonym); denial of Wagner's presence = neutral, negative. The sentence before it ('Western governments say') has unnamed speakers, no row"))
