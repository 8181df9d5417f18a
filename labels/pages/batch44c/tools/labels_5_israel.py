# ------------------------------------------------------------------ Israel: killing of Baha Abu al-Ata in Gaza and the rocket fire (live blog, full HTML, 2019-11-12)
d = "page_israel_abualata_gaza2019_liveblog.html"
# Not statements: menu, LIVE badge, updated line, headline, standfirst, byline, caption, key events, share bar, timestamps,
# entry headings, tweet lead-ins and signature lines, ADVERTISEMENT, tags, most read, newsletter, footer.
U(d, "The Gaza health ministry said the number of Palestinians killed", "had been wounded.",
  ("Hamas", N, neu, "", "Gaza health ministry = Hamas (project convention); toll without blame"))
U(d, "The Israeli military said its aircraft had struck rocket launch squads", "not targeting Hamas.",
  ("Israel", N, neu, "", "own strikes reported as done = neutral (guide)"))
U(d, "Egyptian intelligence officials have been in contact with Israel", "two Egyptian officials told us.",
  ("Egypt", T, neu, "", "unnamed officials of a named government speak for it; mediation for calm"))
U(d, "An Islamic Jihad official in Gaza said the group would discuss no ceasefire", "responding to the killing.",
  ("Palestinian Islamic Jihad", C, neg, "Israel", "unnamed official of a named group; refusal of a truce + announced continued response = threat"))
U(d, "Very worried by the escalation in and around #Gaza tonight.", "tonight.",
  ("United Nations", N, neg, "", "embedded post by the UN envoy; alarm without appeal in this sentence"))
U(d, "Firing rockets at towns and cities can never be justified", "it has to end now.",
  ("United Nations", C, neg, "Palestinian Islamic Jihad", "'can never be justified' = judgement; the rocket fire is Islamic Jihad's (by context)"))
U(d, "The @UN is working with #Egypt and everyone concerned", "another war.",
  ("United Nations", T, neu, "", "de-escalation effort with Egypt"))
U(d, "In Brussels, a spokesperson for EU foreign policy chief Federica Mogherini said", "stop at once.",
  ("European Union", C, neg, "Palestinian Islamic Jihad", "'unacceptable' aimed at the rocket fire; Brussels = place"))
U(d, "The bloc urged both sides to step back quickly", "either side of the fence.",
  ("European Union", T, neu, "", "'the bloc' = EU; de-escalation appeal to both sides -> target empty"))
U(d, "It said it stood behind Cairo's efforts to calm the situation.", "calm the situation.",
  ("European Union", S, pos, "Egypt", "backing Egypt's mediation = support for an actor's action (unsure: could be calling_for_talks); Cairo = metonym"))
U(d, "Speaking at military headquarters in Tel Aviv alongside the army chief", "planning new attacks.",
  ("Israel", C, neg, "Palestinian Islamic Jihad", "Netanyahu = Israel; accusation of the slain commander = Islamic Jihad; Kochavi only present"))
U(d, "\"We are not looking for a round of fighting.", "Netanyahu said.",
  ("Israel", C, neg, "Palestinian Islamic Jihad", "multi-sentence quote closed by its speaker; threat ('we will reach him') outweighs the no-escalation line"))
U(d, "He said the security cabinet had approved the operation", "the army and the Shin Bet.",
  ("Israel", N, neu, "", "procedure"))
U(d, "Naftali Bennett, who took office as defence minister only today", "within 80 km of Gaza.",
  ("Israel", N, neu, "", "defence minister = Israel; civil-defence measure at home, no judgement"))
U(d, "Full backing to the security forces tonight.", "tonight.",
  ("Blue and White", S, pos, "Israel", "embedded post by Gantz (party leader, not in government) = Blue and White; backing the strike"))
U(d, "Taking out those who fire at our families is the duty of any government", "no coalition and no opposition.",
  ("Blue and White", S, pos, "Israel", "approval of the government's act"))
U(d, "Ayman Odeh, who heads the mostly Arab Joint List, accused Netanyahu", "to win a majority.",
  ("Joint List", C, neg, "Israel", "Odeh = Joint List; accusation of the prime minister = Israel"))
U(d, "Iran's foreign ministry spokesman, Abbas Mousavi, called the killing", "bear its consequences.",
  ("Iran", C, neg, "Israel", "'state terrorism' + warning"))
# "Syria's state news agency SANA reported that a missile strike ..." = an agency reporting a fact with no perpetrator named, no row.
U(d, "Syria's foreign ministry, in letters to the UN Secretary-General and the Security Council", "hold Israel to account.",
  ("Syria", C, neg, "Israel", "'blatant aggression' + demand to hold Israel to account"))
# "Israel has not commented on the Damascus strike." = absence of a statement, no row.
U(d, "Hamas, which rules Gaza and has so far kept its own fighters out of the exchange", "would not stand by.",
  ("Hamas", C, neg, "Israel", "'full responsibility' + veiled threat"))
U(d, "Nabil Abu Rudeineh, spokesman for Palestinian President Mahmoud Abbas, condemned", "to rein it in.",
  ("Palestine", C, neg, "Israel", "Abbas's spokesman = Palestine"))
U(d, "The Home Front Command ordered schools shut", "a million pupils at home.",
  ("Israel", N, neu, "", "civil-defence order = plan/procedure"))
U(d, "Magen David Adom said its paramedics had treated around 40 people", "suffering from shock.",
  ("Magen David Adom", N, neu, "", "casualty figures"))
# "In Sderot, a rocket hit a factory ..." = narration, no row.
U(d, "Islamic Jihad fires rockets at Israeli families and calls it resistance.", "calls it resistance.",
  ("United States", C, neg, "Palestinian Islamic Jihad", "embedded post of the US ambassador = United States; accusation"))
U(d, "Israel has every right to protect its people, and the United States stands with it.", "stands with it.",
  ("United States", S, pos, "Israel", "backing Israel"))
U(d, "Islamic Jihad's armed wing, the Al-Quds Brigades, confirmed", "the one to decide.",
  ("Palestinian Islamic Jihad", C, neg, "Israel", "armed wing = the group; confirmation + threat of a long battle"))
U(d, "In a joint statement, the Israeli military and the Shin Bet security service said Abu al-Ata", "preparing new ones.",
  ("Israel", C, neg, "Palestinian Islamic Jihad", "army + Shin Bet = Israel; accusation of attacks and of preparing more"))
U(d, "Military spokesman Brigadier General Hidai Zilberman told reporters", "assassinations of the past.",
  ("Israel", N, neu, "", "own strike described + reassurance about policy = neutral"))
# "Abu al-Ata's wife, Asmaa, was also killed ... Palestinian medics said." = unnamed speakers, no row.
# "Good morning. ..." = the editors' narration, no row.
