# ------------------------------------------------------------------ Rubymar sinks in the Red Sea (Reuters-style wire, 2024-03-02)
d = "page_rubymar_sinking_wire.txt"
U(d, "The cargo ship Rubymar, crippled by a Houthi missile", "the country's coast.",
  ("Yemen", N, neg, "", "lead, dateline excluded; the internationally recognised government reports the sinking + warns of damage = fact + concern without appeal, no one blamed in this sentence"))
U(d, "The Belize-flagged vessel went down late on Friday", "state news agency Saba.",
  ("Yemen", N, neu, "", "the government's crisis cell = Yemen; fact given by an actor; Saba is an agency carrying the statement, not an actor"))
U(d, "The cell held the Houthis responsible", "appeals for help.",
  ("Yemen", C, neg, "Houthis", "'held responsible' + 'environmental catastrophe' = judgement; 'The cell' resolved by context"))
U(d, "It urged the international community to deal firmly", "contain the spill.",
  ("Yemen", C, neg, "Houthis", "'It' = the cell; a call for firm measures against the Houthis' attacks = a call for a response against another side (like a call for sanctions), not a peace appeal; the plea for help with the spill does not change it (unsure: could be read as calling_for_talks)"))
U(d, "The cell added that it would keep meeting", "handle the fallout.",
  ("Yemen", N, neu, "", "own procedure/plan"))
U(d, "Prime Minister Ahmed Awad bin Mubarak, who also holds", "for years.",
  ("Yemen", N, neg, "", "quotation opened after a colon, first sentence: damage foreseen, no one judged = concern without appeal"))
U(d, "A militia that dragged Yemen into war", "against our people.\"",
  ("Yemen", C, neg, "Houthis", "second sentence of the same quote (same speaker); 'a militia that dragged Yemen into war' = the Houthis, judgement without stock words"))
U(d, "Mohammed Ali al-Houthi, a member of the group's Supreme Political Council", "war in Gaza.",
  ("Houthis", C, neg, "United Kingdom", "holds London (metonym) and Sunak's government responsible = blame"))
U(d, "He added that the vessel could still be recovered", "Gaza Strip.",
  ("Houthis", T, neu, "United Kingdom", "a conditional offer tied to aid into Gaza, no judgement in the sentence: read as an appeal for humanitarian access addressed to Britain (unsure: could be read as leverage/neutral)"))
U(d, "The group's military spokesman, Yahya Saree", "went on.",
  ("Houthis", C, neg, "United Kingdom", "own strike's effect (neutral part) + vow to keep targeting British ships = threat decides"))
U(d, "U.S. Central Command said last month", "marine environment.",
  ("United States", N, neg, "", "CENTCOM = United States; figure + warning of risk, no one blamed in the sentence = neutral, negative tone"))
U(d, "The Pentagon said the U.S. Navy had offered to help tow", "before it went down.",
  ("United States", S, neu, "", "'the Pentagon' = United States (body by context); offering assistance = supporting by act even though the tow never happened; the help was for the stricken ship, no canonical target -> empty; neutral tone (unsure: could be read as a neutral account)"))
U(d, "Britain's United Kingdom Maritime Trade Operations agency said", "had sunk.",
  ("United Kingdom", N, neu, "", "UKMTO = United Kingdom (name files); fact"))
U(d, "A British government spokesperson said the Houthis alone", "depend on them.",
  ("United Kingdom", C, neg, "Houthis", "holds the Houthis answerable = blame"))
U(d, "\"These reckless attacks have now produced", "the spokesperson said.",
  ("United Kingdom", C, neg, "Houthis", "quote closed by the same speaker, in the same paragraph; 'reckless attacks' = judgement"))
U(d, "Roy Khoury, chief executive of Blue Fleet Group", "crew was evacuated.",
  ("Blue Fleet Group", N, neu, "", "the ship's manager (a company) speaks for itself: cannot confirm = neutral"))
U(d, "Faisal al-Thalabi, head of Yemen's General Authority", "heavy fuel oil.",
  ("Yemen", N, neu, "", "state agency head gives figures = neutral; the sentence before it (cargo tonnage, no source) is narrative"))
U(d, "Julien Jreissati, programme director for Greenpeace", "of oxygen.",
  ("Greenpeace", N, neg, "", "environmental warning with no appeal and no one blamed = neutral, negative"))
U(d, "Yemen's water and environment minister, Tawfiq al-Sharjabi", "help the Palestinians.",
  ("Yemen", C, neg, "Houthis", "rebuts the Houthis' pretext and says the attack did nothing for the Palestinians = judgement of the Houthis' act without stock words; Aden = place"))
U(d, "The secretary-general of the International Maritime Organization", "not theirs.",
  ("International Maritime Organization", T, neg, "", "demand that attacks stop, no judgement word, no party named = calling_for_talks (as 'must immediately cease')"))
U(d, "The U.S. State Department said the sinking showed", "regional trade.",
  ("United States", C, neg, "Houthis", "'reckless disregard' = judgement"))
U(d, "In January, the United States, Britain, Japan and 10 other governments warned", "attacks went on.",
  ("United States", C, neg, "Houthis", "earlier joint statement of a list of states: one row per named state; warning of consequences = threat; the 10 unnamed governments get no row"),
  ("United Kingdom", C, neg, "Houthis", "same list"),
  ("Japan", C, neg, "Houthis", "same list"))
