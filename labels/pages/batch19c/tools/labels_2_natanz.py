# ------------------------------------------------------------------ Natanz sabotage, Iran's accusation against Israel (Iranian state media in English, 2021-04-13)
d = "page_natanz_sabotage_statemedia.txt"
# No rows: masthead, dates, menu, News ID line, headline, subheadline, photo captions, crossheads ('They will hear from us',
# 'Tel Aviv keeps silent', 'Moscow stands by Tehran'), ALSO READ, RELATED NEWS, tags, comments, MOST VISITED, footer.
U(d, "Iran's deputy foreign minister and chief nuclear negotiator, Seyyed Abbas Araghchi, says", "on Sunday.",
  ("Iran", C, neg, "Israel", "dateline excluded; long lead: 60% enrichment announced as an answer to the sabotage = a measure against another side, with the accusation of Israel in the same sentence"))
U(d, "Speaking to reporters on his arrival in Vienna on Tuesday", "Rafael Grossi.",
  ("Iran", N, neu, "", "procedure (IAEA informed by letter); Grossi is the addressee, no IAEA row; Vienna = place"))
U(d, "He added that a thousand more centrifuges", "damaged in the attack.",
  ("Iran", N, neu, "", "pronoun subject = Araghchi; own technical plan, no judgement (unsure: part of the announced response)"))
# No row: "The announcement marks the highest level ..." and the JCPOA background (the outlet's narration).
# No row: "The incident took place early on Sunday, a day after President Hassan Rouhani inaugurated ..." (background; Rouhani's act recalled as scene-setting).
U(d, "Behrouz Kamalvandi, the spokesman for the Atomic Energy Organization of Iran (AEOI), announced", "no leak of radioactive material.",
  ("Iran", N, neu, "", "AEOI = Iran; first account of the incident: facts, no blame"))
# No row: "Kamalvandi was later injured in a fall ..." (narration about the speaker, not a position).
U(d, "Hours later, AEOI chief Ali Akbar Salehi, who is also one of the country's vice-presidents, said", "to face up to it.",
  ("Iran", C, neg, "", "'nuclear terrorism', 'desperation of enemies' = judgement; the appeal to the IAEA does not cancel it (rule 1); no perpetrator named -> target empty"))
U(d, "Foreign Minister Mohammad Javad Zarif, briefing the Majlis national security and foreign policy committee", "through diplomacy.",
  ("Iran", C, neg, "Israel", "accusation; 'the regime in Tel Aviv' = Israel (capital used as a metonym for the state)"))
U(d, "\"If they imagined this would slow us down, they have miscalculated badly.", "according to the committee's spokesman.",
  ("Iran", C, neg, "Israel", "multi-sentence quote closed by 'Zarif told the lawmakers' + attribution tail via the committee's spokesman; threat ('they will hear from us'); 'they' = the Israelis of the previous sentence"))
U(d, "In a letter to UN Secretary-General Antonio Guterres, Zarif held the Israeli regime responsible", "reckless beyond measure.",
  ("Iran", C, neg, "Israel", "holding Israel responsible for 'a war crime'; Guterres is the addressee (object), no UN row"))
U(d, "At his weekly news conference on Monday, Foreign Ministry spokesman Saeed Khatibzadeh said the occupying regime", "at a moment Tehran chooses.",
  ("Iran", C, neg, "Israel", "'the occupying regime' = Israel by context; accusation + threat of a response"))
U(d, "\"What happened at Natanz was nuclear terrorism on Iranian soil.", "Khatibzadeh said.",
  ("Iran", C, neg, "", "multi-sentence quote closed by the speaker; judgement, no actor named inside the unit -> target empty"))
U(d, "He said the machines knocked out were first-generation IR-1 centrifuges", "put a figure on the damage.",
  ("Iran", N, neu, "", "damage facts and replacement plan, no judgement"))
# No row: "The sabotage is the latest in a long string of crimes ..." (the outlet's own commentary; the outlet is not an actor).
# No row: "Nournews, a website close to the Supreme National Security Council, reported ..." (a news site reporting a fact, no official quoted).
# No row: "The Israeli regime has not officially commented ..." (a non-answer + the outlet's framing).
U(d, "Prime Minister Benjamin Netanyahu, hosting US Secretary of Defense Lloyd Austin on Sunday, said", "openly sought its destruction.",
  ("Israel", C, neg, "Iran", "accusation that Tehran seeks Israel's destruction + resolve to act = condemning; Austin is the guest (object), no US row; Tehran = metonym inside the quote"))
U(d, "The regime's army chief, Aviv Kochavi, said in remarks the same evening", "as a nod to Natanz.",
  ("Israel", N, neu, "", "army chief = Israel; a hint at own operations with no judgement; the reading by 'the Israeli media' and the outlet's word 'regime' are not the speaker's stance"))
# No row: "Several Israeli outlets, quoting unnamed intelligence sources, claimed ..." (media and unnamed sources).
U(d, "In Washington, White House Press Secretary Jen Psaki told reporters that the United States had played no part", "guessing at its causes.",
  ("United States", N, neg, "", "denial of involvement = neutral, negative tone"))
U(d, "Austin, asked at the Nevatim air base on Monday whether the sabotage would set back", "those efforts would go on.",
  ("United States", T, neu, "Iran", "surname only; commitment to continue diplomacy with Iran = calling_for_talks"))
U(d, "The European Union, which coordinates the Vienna talks, said through its foreign affairs spokesman Peter Stano", "the facts had been established.",
  ("European Union", T, neu, "", "'nobody should be allowed to knock the Vienna process off course', aimed at no one = an appeal (guide: 'opposes any escalation'); declines to attribute"))
U(d, "On Monday, Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow was worried", "would not hesitate to denounce it.",
  ("Russia", N, neg, "", "concern + a condemnation promised only if sabotage is proven: no judgement yet, no appeal = neutral (unsure)"))
U(d, "Opening talks with visiting Russian Foreign Minister Sergei Lavrov in Tehran on Tuesday, Zarif thanked Moscow", "in recent years.",
  ("Iran", S, pos, "Russia", "thanks and praise of the partnership = supporting Russia"),
  ("Russia", C, neg, "", "Russia's condemnation of the sabotage reported by Zarif = Russia's statement; no perpetrator named -> target empty"))
U(d, "Lavrov told a joint news conference afterwards that Russia condemned any sabotage", "from whatever quarter it came.",
  ("Russia", C, neg, "", "explicit 'condemned' = judgement even with no actor named (contrast with the EU's 'nobody should be allowed to', an appeal)"))
U(d, "He said he still believed the 2015 agreement could be rescued", "reimposed in 2018.",
  ("Russia", T, pos, "United States", "belief/hope that the deal is rescued + a condition addressed to Washington, no judgement word = calling_for_talks"))
U(d, "The Russian minister also took aim at the European Union over the sanctions it imposed on Monday", "the bloc itself is chairing.",
  ("Russia", C, neg, "European Union", "criticism of the EU sanctions (a rhetorical question as a judgement); 'the Russian minister' = Lavrov by role"),
  ("European Union", C, neg, "Iran", "the EU's sanctions on Iranian commanders and prisons, reported as done inside Lavrov's sentence = a measure against another side"))
U(d, "The UN nuclear watchdog said on Sunday it had seen the reports on Natanz", "without giving further details.",
  ("IAEA", N, neu, "", "'the UN nuclear watchdog' = IAEA (name files); contact with Iran, no position"))
# No row: "Political observers in Tehran say ..." (unnamed analysts).
U(d, "\"The world should ask why a regime sitting on an undeclared nuclear arsenal", "inspectors visit every week.\"",
  ("Iran", C, neg, "Israel", "quote continued in the next paragraph with no attribution = the same speaker (Khatibzadeh); 'a regime sitting on an undeclared nuclear arsenal' = Israel by context; accusation"))
