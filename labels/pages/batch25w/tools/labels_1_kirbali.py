# ------------------------------------------------------------------ Kirbali: the killing of Tamaz Ginturi near the South Ossetia line (international wire copy, 2023-11-07)
d = "page_georgia_kirbali_ginturi2023_wire.txt"
# Not statements: menu, headline, byline, time stamps, the four summary bullets, crossheads, ADVERTISEMENT, credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Georgia on Tuesday demanded that Russia identify and hand over", "ordinary people living along it.",
  ("Georgia", C, neg, "Russia", "dateline excluded; long lead: demand to hand over the guards + 'what occupation meant' judgement; a demand joined to a judgement = condemning (rule 1)"))
# "Tamaz Ginturi, a veteran of the 2008 war, was killed ..." = narration, no row.
U(d, "A second villager, Levan Dotiashvili, 33, was seized at the scene", "no legal basis whatsoever.",
  ("Georgia", C, neg, "Russia", "the State Security Service speaks for Georgia; long wire sentence: narration + blame + 'abduction with no legal basis'"))
U(d, "\"Nothing on this earth gives Russian soldiers the right", "told a cabinet meeting in Tbilisi.",
  ("Georgia", C, neg, "Russia", "judgement without a stock word ('nothing gives ... the right')"))
U(d, "He said Tbilisi expected Moscow to help find the men who fired", "look after Ginturi's family.",
  ("Georgia", T, neu, "Russia", "'He' = Garibashvili; asks Moscow to cooperate + will use every channel for the detainee's return: appeal, no judgement; care for the family is own conduct (unsure: could be neutral)"))
U(d, "President Salome Zourabichvili, who has often been at odds", "name the culprit without hedging.",
  ("Georgia", C, neg, "Russia", "the president speaks for Georgia; judgement without a stock word ('how little ... was worth') + asks partners to name the culprit"))
U(d, "Foreign Minister Ilia Darchiashvili said he had briefed the ambassadors", "Geneva International Discussions in December.",
  ("Georgia", N, neu, "", "procedure: briefings and the agenda of the next round (unsure: raising it at talks could be read as calling_for_talks)"))
# "The administrative boundary line has never been drawn ..." = background narration ('a practice the government calls borderisation' is vague background), no row.
# "Detentions of villagers ... first death on the line since 2018" = narration, no row.
U(d, "The security service of the breakaway region said in a statement carried by local media", "fired into the air first.",
  ("South Ossetia authorities", N, neg, "", "breakaway region's security service = South Ossetia authorities; own account justifying the guards' conduct, no judgement of Georgia = neutral, negative"))
U(d, "It denied that anyone had set out to kill the men", "under its own laws.",
  ("South Ossetia authorities", N, neg, "", "'It' = the same security service; denial = neutral, negative"))
# "The Kremlin had no immediate comment, and Russia's foreign ministry did not reply ..." = non-answer, no row.
U(d, "Georgian officials met representatives of the Russian forces", "promised to look into the incident.",
  ("Georgia", N, neu, "", "a meeting narrated + the service reporting the other side's promise: procedure, no judgement"),
  ("Russia", N, neu, "", "'the other side' = the Russian forces and the breakaway authorities: their promise to look into it, reported by the Georgian service (a position of X reported by Y is X's)"),
  ("South Ossetia authorities", N, neu, "", "the breakaway authorities are part of 'the other side' that promised to look into it; one row per actor named"))
U(d, "\"We put two demands on the table", "told reporters after the meeting.",
  ("Georgia", C, neg, "Russia", "unnamed official of a named body (the service); demanding punishment of 'the people who pulled the trigger' holds the Russian guards responsible = condemning (unsure: the release demand alone would be calling_for_talks)"))
U(d, "The EU's foreign policy chief Josep Borrell said nothing could excuse", "without delay.",
  ("European Union", C, neg, "Russia", "judgement without a stock word ('nothing could excuse') + release appeal: rule 1"))
U(d, "The EU Monitoring Mission, the only international observers on the ground, said its patrols", "hotline it runs between the sides.",
  ("European Union", N, neu, "", "EUMM is an EU mission (like a UN mission); facts and procedure"))
U(d, "It asked everyone involved to hold back", "set off something worse.",
  ("European Union", T, neg, "", "'It' = EUMM; concern + appeal for restraint to all = calling_for_talks, negative"))
U(d, "The mission later said it welcomed how quickly the Ergneti meeting", "move to the fences.",
  ("European Union", T, pos, "", "welcome + appeal to keep talking, no judgement: rule 2 before rule 3"))
U(d, "Matthew Miller, the State Department spokesman, told reporters", "as they agreed to in 2008.",
  ("United States", C, neg, "Russia", "'held Russia responsible' = condemning"))
U(d, "Council of Europe Secretary General Marija Pejčinović Burić said", "of the Georgian authorities.",
  ("Council of Europe", S, neg, "Georgia", "condolences to the family and the Georgian authorities = solidarity (supporting), grief tone"))
U(d, "The EU ambassador to Georgia, Paweł Herczyński, drove to Kirbali", "his office said.",
  ("European Union", S, neg, "Georgia", "backing by act: a visit of solidarity with flowers; mourning tone"))
U(d, "Lithuanian Foreign Minister Gabrielius Landsbergis said Vilnius would ask", "only understood a cost.",
  ("Lithuania", C, neg, "Russia", "call for sanctions + judgement = condemning"))
U(d, "A NATO official said the alliance was following events in Georgia closely", "deeply troubling.",
  ("NATO", N, neg, "", "unnamed official of a named body; concern without an appeal = neutral, negative"))
U(d, "Turkey's foreign ministry said it hoped calm would return quickly", "stability in the South Caucasus.",
  ("Turkey", T, pos, "", "hope for calm = calling_for_talks"))
U(d, "At home, the opposition United National Movement said it would table a resolution", "crimes along the lines.",
  ("United National Movement", C, neg, "Russia", "demand to blacklist the shooters = a measure called for = condemning; the shooters are Russian guards"))
U(d, "The party accused the government of letting that list gather dust", "not to irritate Moscow.",
  ("United National Movement", C, neg, "Georgia", "accusation of its own government"))
U(d, "Zourabichvili later welcomed the Western statements but said words that cost Moscow nothing", "a single fence post.",
  ("Georgia", C, neg, "Russia", "welcome + judgement: rule 1 decides; the judgement is aimed at Moscow's impunity (unsure: could be read as aimed at the partners' caution)"))
U(d, "Zurab Maisuradze, a neighbour who said he had been in a second car", "without any warning.",
  ("Zurab Maisuradze", C, neg, "Russia", "invented witness under his own name; describing fire on unarmed civilians = accusation = condemning; the soldiers are the Russian guards"))
U(d, "\"They did not shout, they did not fire in the air, they fired at the car,\"", "by telephone from Kirbali.",
  ("Zurab Maisuradze", C, neg, "Russia", "contradicts the warning-shot account; accusation by describing the attack"))
U(d, "Tamar Lomidze, who heads the security programme at the Caucasus Policy Institute", "on the wrong side of it.\"",
  ("Tamar Lomidze", N, neg, "", "invented analyst; quote opened after a colon; analysis of the creeping line, no judgement of a named actor"))
U(d, "Lomidze said Tbilisi and Moscow should use the Geneva format", "after each death.",
  ("Tamar Lomidze", T, neu, "", "appeal to both sides to agree in the talks format = calling_for_talks"))
# "Police kept journalists away from the entrance to Kirbali ..." = narration, no row.
