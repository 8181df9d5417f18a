# ------------------------------------------------------------------ Execution of Habib Chaab, Iran (Swedish foreign-ministry statements page, 2023-05-08)
d = "page_iran_chaab_execution2023_mfastatements.txt"
NORDIC = ["Denmark", "Finland", "Iceland", "Norway", "Sweden"]
# Not statements: site header, menu, breadcrumb, page title, publication line, intro note, item labels
# ("Press release · ..."), item titles, separators, the "Iran's reaction" subheading, contact block, share/subscribe, footer.
# "Minister for Foreign Affairs Tobias Billström on Monday received representatives ..." = a meeting narrated, no position: no row.
U(d, "The Minister told participants that the Government would keep", "bilaterally and through the EU.",
  ("Sweden", N, neu, "", "office holder by title only ('the Minister', context: Swedish MFA page); a plan of own conduct, no appeal = neutral"))
U(d, "Professor Ingrid Halvarsson of the Uppsala Centre for Human Rights Law, who chaired", "a trial at all.",
  ("Ingrid Halvarsson", C, neg, "Iran", "invented independent scholar; judgement ('bargaining chips', not a trial) without stock words"))
U(d, "Karim Sawari, chair of an Ahwazi cultural association in Malmö,", "to Khuzestan or to Turkey.",
  ("Karim Sawari", N, neg, "", "invented community figure; a fact about fear, no judgement or appeal"))
U(d, "\"We ask the Government to press Ankara for a full account", "Sawari said.",
  ("Karim Sawari", T, neu, "Sweden", "appeal to his own government to seek an account from Turkey = asking for an inquiry, no judgement (target = party addressed)"))
U(d, "The foreign ministers of Denmark, Finland, Iceland, Norway and Sweden deplore", "in this grave matter.",
  *[(s, C, neg, "Iran", "joint statement by a list of states: one row per listed state; 'deplore' = judgement; solidarity with Sweden is outweighed by rule 1") for s in NORDIC])
U(d, "The Nordic countries call on the Islamic Republic of Iran to halt", "every detained citizen of our countries.",
  *[(s, T, neu, "Iran", "joint appeal to stop executions and grant consular access, no judgement in the sentence = calling_for_talks; one row per listed state") for s in NORDIC])
U(d, "Iran's chargé d'affaires in Stockholm was summoned", "execution of Habib Chaab.",
  ("Sweden", C, neg, "Iran", "summoning the envoy with a protest = a measure with a stated grievance"))
U(d, "The State Secretary made clear that the execution would have consequences", "already at a low point.",
  ("Sweden", C, neg, "Iran", "official named by title only; a threatened response = condemning"))
U(d, "The Ministry also repeated its demand that the Iranian authorities return", "to his family.",
  ("Sweden", T, neg, "Iran", "demand addressed to one side, humanitarian, no judgement word = calling_for_talks (README)"))
U(d, "It is with deep sorrow that I have received the news", "executed in Iran.",
  ("Sweden", N, neg, "", "first-person statement, speaker given by the item heading (Billström); grief/condolence with no judgement in this sentence = neutral, negative"))
U(d, "\"Our thoughts go to his family and friends at this terrible time,\" the Minister said.", "the Minister said.",
  ("Sweden", N, neg, "", "condolences to a family (not an actor) = neutral, negative tone (batch22a reading)"))
U(d, "\"Capital punishment is final and it is cruel.", "Those appeals were ignored.\"",
  ("Sweden", C, neg, "Iran", "multi-sentence quote in one paragraph; calls the punishment cruel and says Iran ignored its appeals = judgement"))
U(d, "Mr Chaab was tried in a process that did not meet", "the Minister added.",
  ("Sweden", C, neg, "Iran", "judgement on the trial without a stock word; attribution tail"))
U(d, "Sweden was never given consular access to him,", "recognise his Swedish citizenship.",
  ("Sweden", N, neg, "", "a fact given by the actor about access; states Iran's refusal without a judgement word (unsure: could be condemning)"))
U(d, "In remarks carried by the Iranian judiciary's news agency Mizan,", "military parade in Ahvaz.",
  ("Iran", C, neg, "Arab Struggle Movement for the Liberation of Ahvaz", "'in remarks carried by' the agency: the judiciary speaks for Iran, the agency is no actor; charges of terrorism against the group's leader = accusation"))
U(d, "The Iranian prosecution has also claimed that Swedish and Israeli intelligence", "an allegation the Minister called baseless.",
  ("Iran", C, neg, "", "accusation against two states' services -> target empty"),
  ("Sweden", N, neg, "", "second position in the same sentence: denial ('baseless') = neutral, negative"))
# "Sweden currently holds the Presidency ..." and "The following declaration was issued ..." = procedural framing by the page: no row.
U(d, "The European Union condemns Iran's execution of Habib Chaab,", "his family.",
  ("European Union", C, neg, "Iran", "condemnation + sympathy: rule 1"))
U(d, "Recalling its long-standing opposition to the death penalty, the EU calls on Iran", "toward abolishing them.",
  ("European Union", T, neu, "Iran", "general opposition to a practice (aimed at no actor) + appeal to one side to stop executions, no judgement word = calling_for_talks (unsure)"))
U(d, "The Union is seriously worried that more and more Europeans,", "with no consular visits.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The EU stands fully with Sweden.", "The EU stands fully with Sweden.",
  ("European Union", S, pos, "Sweden", "solidarity = supporting"))
U(d, "Together with its Member States, the Union will now consider", "in its relations with Tehran.",
  ("European Union", C, neg, "Iran", "announced review of measures against Tehran = a threatened response (unsure: vague)"))
U(d, "The Ministry for Foreign Affairs has taken note that Iran's Supreme Court", "against Habib Chaab.",
  ("Sweden", N, neu, "", "procedural 'taken note' = neutral"))
U(d, "Sweden once again urges Iran not to carry out the sentence.", "not to carry out the sentence.",
  ("Sweden", T, neu, "Iran", "appeal to one side to stop, no judgement = calling_for_talks"))
U(d, "The Ministry has raised the case with Iran's embassy in Stockholm", "with the Iranian foreign ministry.",
  ("Sweden", T, neu, "Iran", "diplomatic representations made through both embassies = a diplomatic course (unsure: could be neutral)"))
U(d, "In a statement on 7 May, Iran's foreign ministry spokesman Nasser Kanaani said", "live there for years.",
  ("Iran", C, neg, "Sweden", "rejects foreign say (a denial of standing) and insinuates Sweden sheltered a terrorist = judgement"))
U(d, "Kanaani was also quoted by the Islamic Republic News Agency as saying", "\"double standards\" on terrorism.",
  ("Iran", C, neg, "European Union", "'was quoted ... as saying'; charge of double standards at the European statements"))
