# ------------------------------------------------------------------ Start of the 2006 Lebanon war (Middle Eastern English-language news site, full HTML, 2006-07-16)
d = "page_lebanon_war_start_mesite.html"
# No rows: top bar, brand, tagline, nav, LATEST ticker, kicker, headline, standfirst, byline/time, share bar, figcaptions
# with credits and "1 of 3", ADVERTISEMENT, crossheads, "Related:", tags, comments, most read, footer.
U(d, "Leaders of the Group of Eight, meeting in St Petersburg on Sunday", "elected government in Beirut.",
  ("G8", C, neg, "", "long lead mixing narration (strikes, Haifa rocket) and the summit's position: blame on Hezbollah and Hamas + appeal to Israel = rule 1; two actors blamed = target empty; Beirut = the Lebanese government as object"))
# "The violence began on Wednesday, when Hezbollah fighters crossed the border ..." and "Five more Israeli soldiers died ..." = background narration with actors as subjects (no rows).
U(d, "Israeli Prime Minister Ehud Olmert said that evening that the raid was an assault by the Lebanese state itself", "would hurt.",
  ("Israel", C, neg, "Lebanon", "blames the Lebanese state + threatened response = condemning; target Lebanon (the state is named, not Hezbollah)"))
U(d, "The Israeli military said on Sunday its aircraft had hit more than 100 targets overnight", "Lebanon's ports closed.",
  ("Israel", N, neu, "", "own strikes and naval closure reported as done, no judgement = neutral (unsure: the blockade could be read as a measure against Lebanon)"))
U(d, "Defence Minister Amir Peretz said Israel would not let Hezbollah's fighters return to the border", "deployed along it.",
  ("Israel", C, neg, "Hezbollah", "announced refusal / measure against Hezbollah ('would not let ... return') = condemning; the Lebanese army demand sits inside it"))
U(d, "Foreign Ministry spokesman Mark Regev dismissed accusations that Israel was punishing ordinary Lebanese", "bring in weapons.",
  ("Israel", N, neg, "", "denial of an accusation with a justification = neutral, negative"))
U(d, "Hezbollah leader Sayyed Hassan Nasrallah told a news conference in Beirut hours after the raid", "held in Israel.",
  ("Hezbollah", T, neu, "Israel", "conditional offer of indirect negotiations for a prisoner exchange = calling_for_talks (labels/README: offering talks, even conditional ones); Beirut = place"))
# "By Friday his tone had changed." = summary line (no row).
U(d, "In a recorded message broadcast after his headquarters in the southern suburbs was bombed", "out of range.",
  ("Hezbollah", C, neg, "Israel", "threat of war and rocket fire = condemning"))
U(d, "Minutes later, the group said in a statement carried by its Al-Manar television", "four sailors were missing.",
  ("Hezbollah", N, neg, "", "'the group' = Hezbollah; own strike claimed through its station (Al-Manar is the channel, not an actor) = neutral"),
  ("Israel", N, neg, "", "second clause: the Israeli army confirms its losses = facts, neutral"))
U(d, "In Beirut, Prime Minister Fouad Siniora, whose cabinet includes two Hezbollah ministers", "had not been the state's.",
  ("Lebanon", N, neg, "", "the government distances itself from the raid (a denial of responsibility), no judgement on Hezbollah = neutral, negative (unsure); Beirut = place"))
U(d, "In a televised address on Saturday night, Siniora appealed for an immediate and complete ceasefire", "had not chosen.",
  ("Lebanon", C, neg, "Israel", "ceasefire appeal + 'punishing a whole people' = judgement decides (rule 1)"))
U(d, "Lebanon had asked for an urgent meeting of the UN Security Council", "without agreeing on a text.",
  ("Lebanon", T, neu, "", "asking the Security Council to meet = diplomatic course = calling_for_talks; the Council's failure to agree is narration (no UN row)"))
U(d, "U.S. President George W. Bush, speaking in Germany on Thursday alongside Chancellor Angela Merkel", "elected government in Beirut.",
  ("United States", S, neu, "Israel", "backing Israel's right to act, with a caveat for Beirut = supporting; Merkel is only mentioned (no Germany row)"))
U(d, "In St Petersburg on Sunday, Bush went further, saying Hezbollah had started the crisis", "instability in the region.",
  ("United States", C, neg, "Hezbollah", "blame = condemning; Syria and Iran also named, Hezbollah is the main target"))
U(d, "Finland, which holds the European Union's rotating presidency, said in a statement on behalf of the 25 member states", "not a legitimate response.",
  ("European Union", C, neg, "Israel", "the presidency speaking on behalf of the member states = European Union, not Finland; judgement without stock words ('bore no relation', 'not a legitimate response')"))
U(d, "EU foreign policy chief Javier Solana, who flew to Beirut on Saturday", "homes in the south.",
  ("European Union", S, pos, "Lebanon", "backing the government + emergency aid = supporting; Siniora's government = Lebanon"))
U(d, "Saudi Arabia, in a statement carried by the official news agency on Thursday", "pointed reference to Hezbollah.",
  ("Saudi Arabia", C, neg, "Hezbollah", "the agency carries the statement (not an actor); blame without naming, the outlet's gloss names Hezbollah = target Hezbollah"))
U(d, "The kingdom said it had backed the struggle against Israel's occupation", "and the Palestinians.",
  ("Saudi Arabia", C, neg, "Israel", "'The kingdom' = Saudi Arabia; 'rejected Israel's aggression' = condemning"))
U(d, "In Tehran, Foreign Ministry spokesman Hamid Reza Asefi denied", "calling the Israeli claims baseless.",
  ("Iran", N, neg, "", "denial = neutral, negative; Tehran = place"))
U(d, "He warned that if Israel attacked Syria", "had not bargained for.",
  ("Iran", C, neg, "Israel", "'He' = Asefi; conditional threat = condemning"))
U(d, "Foreign Minister Manouchehr Mottaki, quoted by the official news agency IRNA", "any way they asked.",
  ("Iran", S, pos, "Hezbollah", "state agency quoting the minister = Iran (IRNA is not an actor); solidarity + offer of help = supporting; 'their resistance' = Hezbollah by context (the people are also named; unsure whether to leave the target empty)"))
# "Arab foreign ministers meeting in Cairo on Saturday ended their emergency session in disarray." = narration (no row).
U(d, "Arab League Secretary-General Amr Moussa said the peace process had failed", "stop the fighting.",
  ("Arab League", T, neg, "", "assessment + appeal to the Security Council to stop the fighting = calling_for_talks"))
U(d, "United Nations Secretary-General Kofi Annan condemned the Hezbollah raid", "self-defence could justify.",
  ("United Nations", C, neg, "", "condemnation of Hezbollah + judgement of Israel's bombing = condemning; two actors = target empty"))
U(d, "Annan has sent three senior envoys to the region", "his office said.",
  ("United Nations", T, neu, "", "mediation mission = calling_for_talks; attribution tail"))
U(d, "Nadim Sarrouf, who teaches politics at a university in Beirut", "against the group.",
  ("Nadim Sarrouf", N, neg, "", "independent scholar; assessment of both sides' calculations, no judgement"))
U(d, "\"The longer the bridges fall and the refugees stream north", "he said.",
  ("Nadim Sarrouf", N, neg, "", "two-sentence quote closed by 'he said'; scenario"))
U(d, "He said the party had nonetheless taken a decision of war and peace", "who were never asked.",
  ("Nadim Sarrouf", C, neg, "Hezbollah", "'the party' = Hezbollah; judgement without stock words ('gambled with the lives')"))
U(d, "Orly Ben-Ami, a former officer in Israeli military intelligence", "dozens of soldiers' lives.",
  ("Orly Ben-Ami", N, neg, "", "former official now at a think tank = independent person; scenarios, war vocabulary as topic"))
U(d, "\"Air power alone will not stop short-range rockets.", "Ben-Ami said.",
  ("Orly Ben-Ami", N, neg, "", "two-sentence quote closed by its speaker; options, no judgement"))
U(d, "She said the only realistic way out was a ceasefire", "spread to Syria.",
  ("Orly Ben-Ami", T, neu, "", "'She' = Ben-Ami; ceasefire + appeal to the Security Council = calling_for_talks"))
