# ------------------------------------------------------------------ Israeli strike in Sanaa kills the Houthi-run government's prime minister (Reuters-style wire, 2025-08-31)
d = "page_sanaa_rahawi_wire.txt"
U(d, "Yemen's Houthis vowed on Sunday to escalate their attacks on Israel", "since the Gaza war began.",
  ("Houthis", C, neg, "Israel", "long lead carrying narration and a position: the vow to escalate = threat; dateline excluded"))
U(d, "Ahmed Ghaleb al-Rahawi, who had headed the Houthi-run administration", "statement on Saturday.",
  ("Houthis", N, neu, "", "'the group said' = Houthis; deaths announced as facts"))
U(d, "Mahdi al-Mashat, head of the Houthis' Supreme Political Council", "would be avenged.",
  ("Houthis", C, neg, "Israel", "SPC head speaks for the Houthis; vow of revenge = threat; the killings are Israel's (lead)"))
U(d, "\"The blood of our ministers will be answered", "he said.",
  ("Houthis", C, neg, "Israel", "quote closed by its speaker ('he' = Mashat); 'the enemy' = Israel; threat + judgement ('every crime')"))
U(d, "\"Our operations against the enemy will not stop", "its people end.\"",
  ("Houthis", C, neg, "Israel", "quotation continued over a paragraph break, same speaker (Mashat); threat + 'aggression on Gaza' = judgement"))
U(d, "The council named Mohammed Miftah", "acting prime minister.",
  ("Houthis", N, neu, "", "'The council' = the Supreme Political Council by context; own appointment = procedure"))
U(d, "The Israeli military said on Friday it had struck a gathering", "assessing the results.",
  ("Israel", N, neu, "", "own strike reported as done, no judgement = neutral (guide)"))
U(d, "Defence Minister Israel Katz said the strike was a message", "was safe.",
  ("Israel", C, neg, "Houthis", "threat to the Houthi leaders"))
U(d, "\"They chose to fire at Israel. They will keep paying for that choice,\" he said.", "he said.",
  ("Israel", C, neg, "Houthis", "multi-sentence quote closed by 'he said' (Katz) = one unit; threat"))
U(d, "Prime Minister Benjamin Netanyahu told his cabinet on Sunday", "fired at it.",
  ("Israel", C, neg, "Houthis", "announced further operations against the group = condemning (guide)"))
U(d, "Israeli strikes on Sanaa a week earlier killed at least 10 people", "health ministry.",
  ("Houthis", N, neu, "", "'the Houthi-run health ministry' = Houthis (as the Hamas-run ministry = Hamas); toll given without blame = neutral"))
U(d, "In a speech broadcast on Thursday as the strike took place", "would grow.",
  ("Houthis", C, neg, "Israel", "leader's promise that operations against Israel will grow = announced operations (condemning)"))
U(d, "On Sunday, Houthi security forces entered the offices", "UN officials said.",
  ("United Nations", N, neu, "", "'UN officials' = officials of a named body -> UN; facts of the raid; the raid itself is narrative (no Houthi row)"))
U(d, "Hans Grundberg, the U.N. special envoy for Yemen, said the detentions", "freed at once.",
  ("United Nations", C, neg, "Houthis", "'grave breach' + demand for release: rule 1"))
U(d, "He also said he hoped the confrontation between Israel and the Houthis", "settlement in Yemen.",
  ("United Nations", T, pos, "", "hope = calling_for_talks (guide); both sides -> target empty"))
U(d, "Secretary-General Antonio Guterres said in a statement late on Sunday", "for their release.",
  ("United Nations", C, neg, "Houthis", "'could not be tolerated' = judgement without the stock word; the raiders are the Houthis (previous paragraphs)"))
U(d, "A Houthi security official, speaking on condition of anonymity, denied", "questioned about the strike.",
  ("Houthis", N, neg, "", "unnamed official of a named group = Houthis; denial = neutral, negative"))
U(d, "Iran's foreign ministry spokesman Esmaeil Baghaei called the killing", "strengthen the resistance.",
  ("Iran", C, neg, "Israel", "'cowardly crime by the Zionist regime' = judgement; Zionist regime = Israel"))
U(d, "Hamas offered its condolences to the Houthis", "people of Gaza.",
  ("Hamas", S, pos, "Houthis", "condolences + praise = supporting"))
U(d, "Moammar al-Eryani, information minister in Yemen's internationally recognised government", "suffering of Yemenis.",
  ("Yemen", C, neg, "Houthis", "the recognised government = Yemen; 'bore responsibility' (guide cue); Iran judged in passing, the Houthis are the main target"))
U(d, "Oman, which has mediated between Washington and the Houthis", "by the escalation.",
  ("Oman", N, neg, "", "concern without an appeal = neutral, negative (guide); its mediation in the relative clause is background"))
U(d, "The Houthis have fired missiles and drones at Israel since the war in Gaza began", "in response.",
  ("Houthis", S, neu, "Palestine", "long background sentence carrying the group's stated motive ('saying they act in solidarity with the Palestinians') = supporting Palestine (unsure: could be read as narrative); Israel's strikes are narrative"))
U(d, "In May, the United States agreed a truce with the group", "did not cover Israel.",
  ("United States", T, neu, "Houthis", "agreeing a truce = calling_for_talks (README: agreeing to a ceasefire)"),
  ("Houthis", N, neu, "", "same sentence: their reading of the truce's scope = a plain statement of position, neutral"))
