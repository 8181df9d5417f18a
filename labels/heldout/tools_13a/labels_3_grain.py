# ------------------------------------------------------------------ Poland, Hungary, Slovakia keep Ukrainian grain bans; Kyiv responds (live blog, full HTML, 2023-09-20)
d = "page_ukraine_grain_bans_liveblog.html"
U(d, "Romania's Agriculture Minister Florin Barbu said Bucharest would not follow", "licensing system in place.",
  ("Romania", N, neu, "", "own plan (wait and see), no judgement, no appeal; Kyiv only mentioned"))
U(d, "\"We will give the Ukrainian side the time it asked for", "Barbu said.",
  ("Romania", N, neu, "", "plan/procedure in a quote"))
U(d, "Slovakia's agriculture ministry said it was ready to work out a licensing scheme", "up and running.",
  ("Slovakia", T, neu, "Ukraine", "ministry = Slovakia; offer to negotiate a scheme (conditional) = calling_for_talks"))
U(d, "Polish Prime Minister Mateusz Morawiecki warned Kyiv", "Polish produce.",
  ("Poland", C, neg, "Ukraine", "threat of a wider ban = condemning"))
U(d, "\"If the Ukrainian side chooses to escalate", "Polsat News.",
  ("Poland", C, neg, "Ukraine", "the threat repeated in a quote ('he' = Morawiecki)"))
U(d, "He said Poland had taken in millions of refugees and would keep helping its neighbour", "its own farmers.",
  ("Poland", S, neu, "Ukraine", "continued help offered (with a limit) = supporting; self-praise about refugees in passing (unsure: could be neutral)"))
U(d, "The European Commission's trade spokesperson, Miriam Garcia Ferrer, said Brussels was still analysing", "exclusive competence of the EU.",
  ("European Union", N, neu, "", "Commission = EU; assessment under way + reminder of competence, no judgement stated"))
U(d, "\"Our priority is to get Kyiv's export controls working", "midday briefing.",
  ("European Union", T, neu, "", "bringing all parties 'back around one table' = appeal for a common solution"))
U(d, "She added that the EU would keep funding the \"Solidarity Lanes\"", "world markets.",
  ("European Union", S, neu, "Ukraine", "continued funding of export routes = backing by act (supporting)"))
U(d, "Poland's foreign ministry summoned Ukraine's ambassador, Vasyl Zvarych", "on Tuesday.",
  ("Poland", C, neg, "Ukraine", "summoning an ambassador in protest = condemning; Zelensky's remarks only mentioned here"))
U(d, "Deputy Foreign Minister Paweł Jabłoński told the envoy", "said in a statement.",
  ("Poland", C, neg, "Ukraine", "'untrue' + 'particularly hurtful' = judgement of the remarks; attribution tail to the ministry"))
U(d, "According to the ministry, he also said that Poland would defend its farmers' interests", "stand up legally.",
  ("Poland", N, neg, "", "rebuttal: Poland will defend its measures anywhere and expects them to hold legally; a denial-like defence, no judgement word (unsure)"))
U(d, "In his address to the General Assembly on Tuesday, Zelensky accused unnamed European partners", "served the Kremlin.",
  ("Ukraine", C, neg, "", "accusation of unnamed partners -> target empty; the Kremlin is mentioned, not a speaker"))
U(d, "Polish President Andrzej Duda, speaking to Polish reporters in New York", "dragged down.",
  ("Poland", C, neg, "Ukraine", "judgement by metaphor + right to self-protection; Kyiv = metonym; New York = place"))
U(d, "Duda said a planned meeting with Zelensky", "scheduling problems.",
  ("Poland", N, neu, "", "meeting not held for a procedural reason, no protest stated = neutral"))
U(d, "Taras Kachka, Ukraine's deputy economy minister and trade representative", "it had added.",
  ("Ukraine", C, neg, "Poland", "announced counter-embargo unless Warsaw backs down = threat; Rzeczpospolita is an outlet, not an actor"))
U(d, "\"Nobody in Kyiv wants a trade war.", "Kachka said.",
  ("Ukraine", T, neu, "", "multi-sentence quote closed by its speaker; appeal for a negotiated licensing mechanism with the Commission"))
U(d, "Hungary's Agriculture Minister István Nagy said the country's ban on 24 Ukrainian products", "complaint baseless.",
  ("Hungary", C, neg, "Ukraine", "keeps the ban + 'baseless' aimed at Kyiv's complaint (judgement); Geneva = place (the WTO)"))
U(d, "A spokesperson for the World Trade Organization in Geneva confirmed", "members concerned.",
  ("World Trade Organization", N, neu, "", "a body's spokesperson stating a procedural fact"),
  ("Ukraine", C, neg, "", "Ukraine's request for dispute consultations reported by the WTO = legal complaint against others (unsure: 'consultations' could be read as talks); members not named -> target empty"))
U(d, "Ukraine's First Deputy Prime Minister Yulia Svyrydenko said on Monday", "not in individual capitals.",
  ("Ukraine", N, neu, "", "justification of the case as a matter of principle, no judgement word"))
U(d, "\"If Warsaw, Budapest and Bratislava lift the bans tomorrow", "she said.",
  ("Ukraine", T, neu, "", "conditional offer to drop the case = calling_for_talks; three capitals as metonyms -> target empty"))
U(d, "Prime Minister Denys Shmyhal said on Tuesday that Ukraine had offered the European Commission a compromise", "economy ministry in Kyiv.",
  ("Ukraine", T, pos, "", "compromise offer = calling_for_talks; the Commission is the addressee of the plan, the neighbours its subject -> target empty"))
U(d, "\"Warsaw and Budapest now have a choice", "he wrote on Telegram.",
  ("Ukraine", C, neg, "", "ultimatum with threatened restrictions = condemning; aimed at two states -> target empty"))
U(d, "The European Commission let its temporary curbs on Ukrainian wheat", "had disappeared.",
  ("European Union", N, neu, "", "decision reported with its reason, no judgement"))
U(d, "Within hours, Poland, Hungary and Slovakia announced national bans of their own", "did not.",
  ("Poland", C, neg, "Ukraine", "list of three states acting: unilateral import ban = measure against the other side (unsure: a protective trade measure could be read as neutral)"),
  ("Hungary", C, neg, "Ukraine", "same list"),
  ("Slovakia", C, neg, "Ukraine", "same list; Romania and Bulgaria did nothing (no rows)"))
U(d, "At a meeting of EU farm ministers in Brussels on Monday, Spain's Luis Planas", "found together.",
  ("European Union", C, neg, "", "a minister chairing the Council for the rotating presidency speaks for the EU (guide: chair of a body); 'opposed unilateral bans' aimed at the three states' acts = judgement, rule 1 over the appeal; target empty (three states)"))
