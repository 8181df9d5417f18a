# ------------------------------------------------------------------ Krakow consulate closure over the Marywilska arson (wire copy, 2025-05-12)
d = "page_krakow_consulate_2025_wire.txt"
# Not statements: menu, headline (carries Poland's charge; body repeats it), byline, time stamp, read time, the four summary bullets,
# crossheads, ADVERTISEMENT, reporting credits, Related Coverage, Our Standards, tags, most read.
U(d, "Poland will close Russia's consulate in Krakow, Foreign Minister", "exactly a year ago.",
  ("Poland", C, neg, "Russia", "dateline excluded; lede: announced closure (measure) + reported clause 'investigators concluded that Russian intelligence had ordered' = Poland's accusation; Russia only mentioned"))
U(d, "\"The Russian consulate in Krakow is finished.", "Sikorski wrote on X.",
  ("Poland", C, neg, "Russia", "multi-sentence quote closed by the speaker; accusation + measure, no stock word"))
# "The fire, which broke out before dawn ... Nobody was killed." = narration and figures from no named source, no row.
U(d, "Prime Minister Donald Tusk had set out the findings late on Sunday", "a man living there.",
  ("Poland", C, neg, "Russia", "reported clause: blaze 'commissioned from Russia' = Tusk's accusation"))
U(d, "\"The hired hands are partly behind bars already", "Tusk added.",
  ("Poland", N, neu, "", "state of the investigation (arrests, identification), no judgement"))
U(d, "According to a joint statement from Justice Minister Adam Bodnar", "helping to prepare the attack.",
  ("Poland", N, neu, "", "second-hand attribution 'according to a joint statement'; facts of the inquiry and charges; two ministers = one state"))
U(d, "Foreign ministry spokesman Pawel Wronski said Russia's ambassador", "later in the afternoon.",
  ("Poland", N, neu, "", "spokesman named by role; procedure of notifying the ambassador (the measure itself is in the lede)"))
U(d, "The spokesman said the three Russian diplomats working in Krakow", "a short period to wind down.",
  ("Poland", C, neg, "Russia", "'the spokesman' = Wronski; diplomats ordered out = expulsion = condemning"))
# "The ambassador's car was seen arriving ... He left without speaking to reporters." = narration (what someone did), no row.
U(d, "Russia's foreign ministry accused Warsaw of tearing down", "the state news agency RIA.",
  ("Russia", C, neg, "Poland", "'in remarks carried by the state news agency' = passive attribution; RIA not an actor; judgement without a stock word"))
U(d, "\"Warsaw is hurting nobody so much as the Poles", "was quoted as saying.",
  ("Russia", C, neg, "Poland", "'was quoted as saying'; judgement + promised reply (threat)"))
# "Zakharova gave no date and did not say what form the retaliation would take." = non-answer, no row.
U(d, "Deputy Foreign Minister Alexander Grushko told Russian reporters", "could be next.",
  ("Russia", C, neg, "Poland", "threatened tit-for-tat closure of Polish consulates"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow had played no part", "by the Polish side.",
  ("Russia", N, neg, "", "denial = neutral, negative tone"))
# "Russia has rejected accusations over a string of arson ..." = vague background denial, no specific statement, no row.
U(d, "Lithuanian Foreign Minister Kestutis Budrys said his country stood with Poland", "hesitation\".",
  ("Lithuania", S, pos, "Poland", "solidarity"))
U(d, "He said investigators in Vilnius had reached a similar conclusion", "Russian military intelligence.",
  ("Lithuania", C, neg, "Russia", "'He' = Budrys; reported clause: Lithuanian investigators blame Russian military intelligence = accusation"))
U(d, "Lithuania, Latvia and Estonia said in a joint statement", "actually need.",
  ("Lithuania", C, neg, "Russia", "joint statement by a list of states: approval of Poland's measure + call for cuts to Russian missions (call for measures = condemning, rule 1 before welcome)"),
  ("Latvia", C, neg, "Russia", "same joint statement, one row per listed state"),
  ("Estonia", C, neg, "Russia", "same joint statement, one row per listed state"))
U(d, "Sikorski, attending a meeting of European foreign ministers in London", "should Moscow try again.",
  ("Poland", C, neg, "Russia", "surname only; judgement ('not what a neighbour does') + threat of further steps"))
U(d, "British Foreign Secretary David Lammy, who hosted the talks", "sabotage networks in Europe.",
  ("United Kingdom", S, pos, "Poland", "backing + offer of intelligence = backing by act; narration clause ('who hosted the talks') is no statement"))
U(d, "Germany's new foreign minister, Johann Wadephul, said at the same meeting", "Polish friends\".",
  ("Germany", S, pos, "Poland", "solidarity"))
U(d, "EU foreign policy chief Kaja Kallas said the bloc's governments", "back to the Kremlin\".",
  ("European Union", C, neg, "Russia", "blame without a stock word ('threads all run back to the Kremlin'); Kremlin = Russia"))
U(d, "Ukraine's foreign ministry said Kyiv would help the Polish investigation", "were charged.",
  ("Ukraine", S, pos, "Poland", "offer of assistance to the investigation = supporting"))
U(d, "Vietnam's embassy in Warsaw said in a brief statement", "had still not reopened.",
  ("Vietnam", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Nguyen Van Hoa, 52, who sold clothes at the centre", "lost their stock.",
  ("Nguyen Van Hoa", N, neg, "", "invented witness (person); his view of the finding, no judgement of an actor"))
U(d, "\"If it was Moscow, then Moscow burned our children's school fees", "he said.",
  ("Nguyen Van Hoa", C, neg, "Russia", "conditional judgement + holding Moscow responsible"))
U(d, "Tomasz Wrzosek, who studies Russian hybrid operations", "cost little.",
  ("Tomasz Wrzosek", N, neu, "", "invented analyst (person); explanation, no evaluation"))
U(d, "\"It is a message, not a deterrent.", "Wrzosek said.",
  ("Tomasz Wrzosek", N, neg, "", "multi-sentence quote; forecast, no judgement on an actor"))
U(d, "He urged EU governments to pool their investigations", "give the orders.",
  ("Tomasz Wrzosek", C, neg, "", "call for sanctions on the officers = condemning; target = Russian officers, not named as the state -> empty (unsure: could be Russia)"))
U(d, "Both capitals should nonetheless keep their embassies working, he said", "a number to call\".",
  ("Tomasz Wrzosek", T, neu, "", "speaker given mid-sentence ('he said'); appeal to both capitals to keep a channel open = calling_for_talks"))
U(d, "Poland ordered the Russian consulate in Poznan closed last October", "consulate in St Petersburg.",
  ("Poland", C, neg, "Russia", "specific past act reported as done (closure over alleged sabotage)"),
  ("Russia", C, neg, "Poland", "tit-for-tat closure = measure against Poland"))
# "After Monday's decision, Russia's only consulate left in Poland is in Gdansk ..." = narration, no row.
