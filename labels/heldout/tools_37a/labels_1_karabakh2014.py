# ------------------------------------------------------------------ Karabakh: the July-August 2014 clashes on the line of contact (international wire copy, 2014-08-04)
d = "page_karabakh_august2014_clashes_wire.txt"
# Not statements: menu, time stamp, headline, byline, read time, the four bullets, crossheads, ADVERTISEMENT, credits, Related Coverage, standards line, tags, most read.
U(d, "Armenia and Azerbaijan traded blame on Monday", "close to breaking down.",
  ("Armenia", C, neg, "Azerbaijan", "dateline excluded; long lead: 'traded blame' = each side accuses the other (unsure: could be a summary with no row)"),
  ("Azerbaijan", C, neg, "Armenia", "same lead: Azerbaijan's side of the mutual blame"),
  ("Russia", T, neu, "", "ready to bring the two presidents together = offer of talks"),
  ("OSCE", N, neg, "", "Minsk Group (alias of OSCE) warns the truce is near collapse: alarm without an appeal in this sentence"))
U(d, "Azerbaijan's defence ministry said 13 of its servicemen", "Aghdam and Terter districts.",
  ("Azerbaijan", C, neg, "Armenia", "own toll + accusation of Armenian 'sabotage groups' attacking: an accusation by describing the other side's attacks"))
U(d, "The ministry said its units had pushed the groups back", "by Monday morning.",
  ("Azerbaijan", N, neu, "", "own operation reported as done, no judgement"))
U(d, "The ethnic Armenian authorities in Nagorno-Karabakh", "far higher than Baku admits.",
  ("Nagorno-Karabakh authorities", N, neu, "", "casualty figures given by an actor"))
# "Neither account could be independently verified." and "Journalists are not allowed ..." = narration, no row.
U(d, "\"Azerbaijan has been preparing this escalation for weeks", "told reporters in Yerevan.",
  ("Armenia", C, neg, "Azerbaijan", "defence ministry spokesman; 'bears full responsibility'"))
U(d, "He said Armenian and Karabakh units had acted only in self-defence", "\"in a way Baku will remember.\"",
  ("Armenia", C, neg, "Azerbaijan", "'He' = Hovhannisyan; threat of a response"))
U(d, "The separatist defence army said in a statement", "had been repelled.",
  ("Nagorno-Karabakh authorities", C, neg, "Azerbaijan", "the separatists' army = NK authorities; accusation by describing Azerbaijani attacks"))
U(d, "Azerbaijani President Ilham Aliyev, who has repeatedly threatened", "whenever it chose.",
  ("Azerbaijan", C, neg, "Armenia", "threat to take Karabakh by force (threat = condemning); relative clause is narration"))
U(d, "\"Our patience is not endless", "one of the posts said.",
  ("Azerbaijan", C, neg, "Armenia", "Aliyev's post; veiled threat to Yerevan (metonym for Armenia)"))
U(d, "Azerbaijan's Foreign Ministry spokesman Elman Abdullayev told Meridian", "frozen status quo forever.",
  ("Azerbaijan", C, neg, "Armenia", "blames the clashes on the occupation; the outlet is not an actor"))
U(d, "\"The international community must stop treating the aggressor", "Abdullayev said.",
  ("Azerbaijan", C, neg, "Armenia", "'the aggressor' = Armenia; judgement without a stock verb"))
U(d, "He denied Armenian claims that Azerbaijani forces had started the fighting", "simply answered fire.",
  ("Azerbaijan", N, neg, "", "denial = neutral, negative"))
U(d, "Armenian Foreign Minister Edward Nalbandian called Aliyev's remarks", "raise them with the mediators.",
  ("Armenia", C, neg, "Azerbaijan", "judgement: Baku has lost interest in a settlement"))
U(d, "Nalbandian said Armenia remained committed to the peace process", "at any time.",
  ("Armenia", T, pos, "", "commitment to talks and readiness to meet"))
U(d, "The OSCE Minsk Group, which is co-chaired by Russia", "deeply troubled by the loss of life.",
  ("OSCE", N, neg, "", "Minsk Group = OSCE (name files); co-chairs' joint statement; concern without an appeal in this sentence"))
U(d, "\"There can be no winner in a new war in Karabakh,\"", "return to talks on a settlement.",
  ("OSCE", T, neg, "", "appeal to both to respect the ceasefire and return to talks, no judgement"))
U(d, "The statement, signed by Russian co-chair Igor Popov", "in the coming weeks.",
  ("OSCE", N, neu, "", "plan of a visit; attribution to the signed statement"))
U(d, "Warlick went further on Twitter", "a reference to Aliyev's posts.",
  ("OSCE", C, neg, "Azerbaijan", "US co-chair speaking as Minsk Group mediator = OSCE; rebuke of threats of force, target via the outlet's gloss (unsure: could be United States, or a target-free appeal)"))
U(d, "The Kremlin said President Vladimir Putin was ready to meet", "possibly in Sochi later this week.",
  ("Russia", T, neu, "", "offer to host the two presidents"))
U(d, "\"Russia stands ready to do whatever is needed", "at a briefing in Moscow.",
  ("Russia", T, pos, "", "offer to help stop the shooting and bring the sides together"))
U(d, "In Washington, State Department spokeswoman Jen Psaki said the United States was \"very concerned\"", "reports of casualties.",
  ("United States", N, neg, "", "concern without an appeal"))
U(d, "\"We urge both sides to show restraint", "she said.",
  ("United States", T, neu, "", "appeal for restraint to both sides"))
U(d, "Russian Foreign Minister Sergei Lavrov discussed the fighting by telephone", "without giving details.",
  ("Russia", N, neu, "", "calls reported with no appeal or judgement stated (unsure: could be calling_for_talks as mediation by act)"))
# "Turkey, Azerbaijan's closest ally, put the blame squarely on Yerevan." = summary line before the statement, no row.
U(d, "\"Armenia's occupation of Azerbaijani territory is the root cause", "said in a statement.",
  ("Turkey", C, neg, "Armenia", "blames Armenia's occupation"))
U(d, "The ministry said Turkey stood in full solidarity with brotherly Azerbaijan", "fallen soldiers.",
  ("Turkey", S, pos, "Azerbaijan", "solidarity"))
U(d, "Ankara would keep its border with Armenia closed", "it added.",
  ("Turkey", C, neg, "Armenia", "a measure kept against Armenia (closed border) = condemning"))
# "Iran, which borders both countries ..., struck a more cautious note." = summary line, no row.
U(d, "Iranian Foreign Ministry spokeswoman Marzieh Afkham said Tehran", "if both sides wanted it.",
  ("Iran", T, pos, "", "concern + hope for dialogue + offer of mediation"))
U(d, "The European Union's special representative for the South Caucasus", "statements from the region.",
  ("European Union", N, neg, "", "alarm without an appeal or a named culprit"))
U(d, "Nagorno-Karabakh's leader Bako Sahakyan said in a televised address", "the enclave's people.",
  ("Nagorno-Karabakh authorities", C, neg, "Azerbaijan", "Azerbaijan's 'provocations' = judgement"))
U(d, "\"We want peace, but we are not afraid of Baku's threats,\"", "he said.",
  ("Nagorno-Karabakh authorities", C, neg, "Azerbaijan", "calls Baku's words threats (judgement decides over 'we want peace'); unsure: could be neutral defiance"))
# Background on the 1994 war and monthly shooting = narration, no row. "Analysts said ..." = unnamed analysts, no row.
U(d, "\"Baku is signalling that it will not wait forever", "Black Sea Policy Institute in Tbilisi.",
  ("Lena Varosyan", N, neu, "", "invented analyst; reading of both sides' signals, no judgement"))
U(d, "\"Neither message is new, but both are louder", "she said.",
  ("Lena Varosyan", N, neg, "", "assessment, no judgement or appeal"))
U(d, "Varosyan said the biggest risk was a miscalculation", "to go to war.",
  ("Lena Varosyan", N, neg, "", "risk assessment"))
U(d, "Emil Karimzade, a former Azerbaijani diplomat", "returning the occupied districts.",
  ("Emil Karimzade", C, neg, "OSCE", "invented former diplomat (speaks for no body); judgement on the mediators = Minsk Group = OSCE"))
U(d, "\"If Moscow wants to play peacemaker", "he said.",
  ("Emil Karimzade", C, neg, "Russia", "criticism of Russian arms sales to both sides"))
