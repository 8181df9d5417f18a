# ------------------------------------------------------------------ Croatia bars Vucic's private Jasenovac visit (European news site, full HTML, 2022-07-18)
d = "page_croatia_serbia_jasenovac_vucic2022_eurosite.html"
# Not statements: cookie bar, brand, nav, breadcrumb, kicker, headline, standfirst, byline/time, captions with credits,
# crossheads, ADVERTISEMENT, tags, share bar, newsletter prompt, reader comments, related, most read, footer.
U(d, "Croatia refused on Sunday to allow Serbian President", "between the two neighbours in years.",
  ("Croatia", C, neg, "Serbia", "barring a head of state's visit = a measure against the other side (like an expulsion)"))
U(d, "The Croatian foreign ministry had informed the Serbian embassy", "usual diplomatic channels.",
  ("Croatia", N, neu, "", "procedural content of the note"))
U(d, "Foreign Minister Gordan Grlić Radman told a news conference", "only through unofficial contacts.",
  ("Croatia", N, neu, "", "fact about how Zagreb learned of the plan, no evaluation"))
U(d, "He said the timing, days before Croatia marks the anniversary", "rather than to honour the dead.",
  ("Croatia", C, neg, "Serbia", "reported clause; motive imputed to Vucic = judgement without a stock word"))
U(d, "\"Anyone is welcome to lay a wreath at Jasenovac", "Grlić Radman said.",
  ("Croatia", C, neg, "Serbia", "multi-sentence quote closed by its speaker; reproach of the president's conduct"))
U(d, "\"We cannot accept that.\"", "\"We cannot accept that.\"",
  ("Croatia", C, neg, "Serbia", "quote continued after the attribution; 'cannot accept' = unacceptable"))
U(d, "Prime Minister Andrej Plenković's office said in a short statement", "between the two governments.",
  ("Croatia", T, pos, "Serbia", "conditional offer of an official visit = offering talks (labels/README)"))
# "The reaction from Belgrade was swift." = summary line, no row.
U(d, "Serbian Prime Minister Ana Brnabić said Zagreb's decision had shamed", "hundreds of thousands of victims.",
  ("Serbia", C, neg, "Croatia", "Zagreb = metonym; judgement"))
U(d, "Foreign Minister Nikola Selaković told reporters at the ministry", "had refused to accept.",
  ("Serbia", C, neg, "Croatia", "protest note = protest"),
  ("Croatia", N, neg, "", "second actor: the charge d'affaires refusing the note = a rejection with no judgement stated (unsure)"))
U(d, "Selaković said the government would decide on countermeasures", "in post-war Europe.",
  ("Serbia", C, neg, "Croatia", "announced countermeasures = threatened response"))
U(d, "Within hours Interior Minister Aleksandar Vulin announced", "kept its own rules.",
  ("Serbia", C, neg, "Croatia", "a measure against Croatian diplomats = retaliation"))
# "Vučić himself travelled instead to Donja Gradina ..." = what someone did, no position: no row.
U(d, "On Instagram he posted a photograph of the Jasenovac monument", "victims be forgotten.",
  ("Serbia", C, neg, "Croatia", "sarcastic jab at Croatia's leaders = judgement without stock words"))
U(d, "Addressing the crowd at Donja Gradina, the president said", "Croatia included.",
  ("Serbia", T, pos, "Croatia", "'the president' by title; wish for calm relations, no judgement in this sentence"))
U(d, "Milorad Dodik, the Serb member of Bosnia and Herzegovina's tripartite presidency", "than share it.",
  ("Republika Srpska", C, neg, "Croatia", "Dodik speaks for the Bosnian Serbs, not for the presidency as a body (unsure: could be Bosnia and Herzegovina)"))
U(d, "In the Republika Srpska entity, President Željka Cvijanović said", "its side of the river.",
  ("Republika Srpska", S, pos, "Serbia", "solidarity + offer"))
U(d, "Milorad Pupovac, leader of the Independent Democratic Serb Party", "a diplomatic incident.",
  ("Independent Democratic Serb Party", N, neg, "", "own role + regret, no judgement of an actor"))
U(d, "\"Jasenovac should be the place where Croats and Serbs stand together", "Jutarnji list.",
  ("Independent Democratic Serb Party", T, neu, "", "appeal for reconciliation addressed to both; the daily is not an actor"))
U(d, "In Brussels, an EU spokesperson said the bloc had taken note", "good-neighbourly relations.",
  ("European Union", T, neu, "", "unnamed spokesperson of a named body; appeal to both to settle it diplomatically"))
U(d, "Asked whether Croatia, as a member state, had acted correctly", "individual decisions on entry.",
  ("European Union", N, neu, "", "'the spokesperson' again; declines to judge = procedural"))
U(d, "Russia's foreign ministry spokeswoman Maria Zakharova, in remarks carried", "mourn their dead.",
  ("Russia", C, neg, "Croatia", "remarks carried by a state agency (not an actor); judgement"))
U(d, "Croatia's foreign ministry rejected the claim", "without any hindrance.",
  ("Croatia", N, neg, "", "denial = neutral, negative"))
# "Relations between Zagreb and Belgrade have been strained ..." = background, no row.
U(d, "Ivana Šimić, a senior fellow at the Zagreb Institute", "the picture he came for.",
  ("Ivana Šimić", C, neg, "Croatia", "invented analyst; criticism of Zagreb's move without a stock word"))
U(d, "\"Banning him was the one move", "Šimić said.",
  ("Ivana Šimić", C, neg, "Croatia", "judgement of the ban + what Zagreb should have done"))
U(d, "She added that both governments now needed a quiet meeting", "raised the temperature further.",
  ("Ivana Šimić", T, neu, "", "appeal to both for talks"))
U(d, "Belgrade historian Dragan Stojković, who has written", "anything other than a backdrop.",
  ("Dragan Stojković", C, neg, "", "invented historian; judgement of both capitals -> target empty"))
