# ------------------------------------------------------------------ Venezuela's disputed election (full HTML, regional paper, 2024-08-02)
d = "page_venezuela_election_webpage.html"
U(d, "Venezuela's disputed presidential election deepened", "had won it.",
  ("United States", S, pos, "Unitary Platform", "dateline 'CARACAS/BOGOTÁ — ' excluded; narration + US recognition of the opposition candidate's win (backing by act)"))
U(d, "The National Electoral Council, whose board is dominated", "the law requires.",
  ("Venezuela", N, neu, "", "CNE = Venezuela (name files); result and figures declared; 'has yet to publish' is narration"))
U(d, "The opposition says its own copies", "by a wide margin.",
  ("Unitary Platform", N, neu, "", "'the opposition' = González's coalition by context; evidence/claim, no judgement word"))
U(d, "María Corina Machado, the opposition leader who was barred", "would not be silenced.",
  ("Unitary Platform", N, neg, "", "Machado speaks for the opposition coalition; own situation + defiance, no judgement on an actor"))
U(d, "\"They did not steal the vote, they stole the count", "their own witnesses.",
  ("Unitary Platform", C, neg, "Venezuela", "quote opened mid-paragraph and continued over the paragraph break; accusation of stealing the count"))
U(d, "\"Maduro knows he lost.", "posted on Thursday.",
  ("Unitary Platform", C, neg, "Venezuela", "second paragraph of the same quotation, closed by 'she said'; Maduro = Venezuela as target"))
U(d, "González, a 74-year-old former diplomat, called on the armed forces", "stop arresting protesters.",
  ("Unitary Platform", T, neg, "Venezuela", "demand to one side to stop, no judgement word (labels/README) -> calling_for_talks, negative; the next sentence is from unnamed rights groups (no row)"))
U(d, "Maduro, speaking at the Miraflores palace, accused", "belonged behind bars.",
  ("Venezuela", C, neg, "Unitary Platform", "accusation of a 'fascist' plot + call to jail them"))
U(d, "\"Nobody is going to take Venezuela's peace away", "the president said.",
  ("Venezuela", C, neg, "", "'the president' = Maduro; accusation of tricks from abroad, no named target"))
U(d, "\"We won cleanly, and the Supreme Court will certify it.\"", "will certify it.\"",
  ("Venezuela", N, pos, "", "quote continued after the attribution = own unit, same speaker; self-praise and procedure"))
U(d, "On Monday, Foreign Minister Yván Gil ordered diplomats", "on Washington's behalf.",
  ("Venezuela", C, neg, "", "expulsion of diplomats + accusation of meddling; seven states (Oxford comma) -> target empty"))
U(d, "Gil's order was \"an unwarranted overreaction", "said in a statement.",
  ("Uruguay", C, neg, "Venezuela", "possessive and quote before the speaker; attribution tail 'the ministry said in a statement'"))
U(d, "Panama's president, José Raúl Mulino, suspended diplomatic relations", "staff out.",
  ("Panama", C, neg, "Venezuela", "suspension of relations = measure against another state; Caracas = Venezuela"))
U(d, "In Santiago, President Gabriel Boric said the official figures", "nobody could check.",
  ("Chile", C, neg, "Venezuela", "judgement without stock words ('strained all credibility') + refusal to recognise; Santiago = place"))
U(d, "Brazil agreed on Thursday to take custody of Argentina's embassy", "were expelled.",
  ("Brazil", S, pos, "Argentina", "backing by act: custody of another state's embassy"))
U(d, "Argentine Foreign Minister Diana Mondino thanked Brasília", "inside it.",
  ("Argentina", S, pos, "Brazil", "gratitude; Brasília = Brazil as target"))
U(d, "In a joint statement after a call between their presidents", "not on the streets.",
  ("Brazil", T, neu, "Venezuela", "joint statement: one row per state; appeal for polling-station results and institutional settlement, no judgement"),
  ("Colombia", T, neu, "Venezuela", "joint statement: one row per state"),
  ("Mexico", T, neu, "Venezuela", "joint statement: one row per state"))
U(d, "Lula told reporters in Brasília that the quarrel", "on the table.\"",
  ("Brazil", T, neu, "", "well-known office holder named without role; appeal for a documented, institutional settlement"))
U(d, "Antony Blinken, the U.S. secretary of state, said on Thursday", "had beaten Maduro.",
  ("United States", S, pos, "Unitary Platform", "recognition of the opposition's win = backing; the appeal comes in the next sentence (separate unit)"))
U(d, "He said it was time for both camps to sit down", "orderly handover.",
  ("United States", T, neu, "", "'He' = Blinken; appeal to both camps"))
U(d, "Gil dismissed the U.S. position as a crude attempt", "ultimatums from the empire.",
  ("Venezuela", C, neg, "United States", "surname only; 'will not bow to ultimatums' + 'puppet' judgement"))
U(d, "Peru's foreign minister, Javier González-Olaechea, went further", "the elected president.",
  ("Peru", S, pos, "Unitary Platform", "recognition of González as president-elect; Lima = capital as metonym"))
U(d, "Russia and China were among the governments that congratulated Maduro", "accept the outcome.",
  ("Russia", S, pos, "Venezuela", "congratulations = approval; the Kremlin's expectation in the same sentence"),
  ("China", S, pos, "Venezuela", "congratulations = approval"))
U(d, "The Carter Center, one of the few independent observers", "as democratic.",
  ("Carter Center", C, neg, "Venezuela", "refusal to vouch + 'would not describe ... as democratic' = judgement on the authorities"))
U(d, "Josep Borrell, the European Union's foreign policy chief, said the choice", "every voting record.",
  ("European Union", T, neu, "Venezuela", "appeal for respect of the vote and publication of records, no judgement"))
U(d, "U.N. Secretary-General António Guterres, through his spokesman", "protests peaceful.",
  ("United Nations", T, neu, "", "appeal to all sides"))
