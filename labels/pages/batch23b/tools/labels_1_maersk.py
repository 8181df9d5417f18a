# ------------------------------------------------------------------ Maersk Alabama: hijacking and rescue of Captain Phillips (international wire copy, 2009-04-13)
d = "page_maersk_alabama_rescue_wire_2009.txt"
# Not statements: menu, section, headline, byline, time stamp, read time, the four bullets, ADVERTISEMENT, crossheads,
# reporting credits, Related Coverage, Our Standards, tags, most read, copyright.
U(d, "Pirate commanders in Somalia threatened on Monday", "preyed on shipping.",
  ("Somali pirates", C, neg, "United States", "dateline excluded; unnamed commanders of a named armed group; threat to kill hostages in revenge for the US operation = condemning"),
  ("United States", C, neg, "Somali pirates", "Obama's warning in the second half of a long lead = threat = condemning"))
# "Captain Richard Phillips, 53, ... was resting aboard ..." and "The standoff ended at dusk ..." = narration, no row.
U(d, "Vice Admiral Bill Gortney, commander of U.S. naval forces", "if the hostage's life was at risk.",
  ("United States", N, neu, "", "own operation reported as done, with the rules it followed; no judgement = neutral"))
U(d, "\"We kept the talking going for as long as there was any point to it,\"", "Gortney said.",
  ("United States", N, neu, "", "quote closed by its speaker; own conduct of the negotiation"))
U(d, "\"When the rifle came up, the talking was over", "train our people to do.\"",
  ("United States", N, pos, "", "quote continued after the attribution; praise of own commander = self-praise = neutral, positive"))
U(d, "He declined to say how many special forces", "for trial.",
  ("United States", N, neu, "", "'He' = Gortney; declining to comment + procedure on the surviving pirate"))
U(d, "Obama, who approved the use of force in two orders", "brought him home.",
  ("United States", N, pos, "", "praise of an American captain and of own sailors = self-praise, not support for another actor (unsure: could be read as supporting)"))
U(d, "Speaking to reporters in Washington on Monday, Obama said", "not a ransom.\"",
  ("United States", C, neg, "Somali pirates", "warning that pirates will be prosecuted and the waters made 'too costly' = threat = condemning"))
U(d, "He said he had asked his national security team", "at sea and on land.",
  ("United States", N, neu, "", "plan, no judgement"))
# "The warning drew a defiant reply from the pirates' home ports." = summary line, no row.
U(d, "\"Before this, we fed the hostages", "asking that his name not be used.",
  ("Somali pirates", N, neu, "", "unnamed commander of a named armed group speaks for it; account of past practice, no position on another actor"))
U(d, "\"Now the Americans have shown us what they want", "will pay for it.\"",
  ("Somali pirates", C, neg, "United States", "quote continued after the attribution; threat against American sailors"))
U(d, "A second commander, reached in Harardhere, said", "sitting in a boat.",
  ("Somali pirates", C, neg, "United States", "accusation that the Navy used the talks as cover to kill"))
# "More than 200 foreign seafarers remain captive ..., maritime officials say." = figures from no actor, no row.
U(d, "Somalia's President Sharif Sheikh Ahmed said in a statement", "on their own.",
  ("Somalia", S, pos, "United States", "welcome of the US operation + appeal for money for a coastguard (no peace appeal) = supporting (labels/README: welcome with an appeal for arms or money)"))
U(d, "Foreign Minister Mohamed Abdullahi Omaar said the hostage-takers", "before the courts.",
  ("Somalia", C, neg, "Somali pirates", "judgement without a stock word ('brought dishonour') + prosecution pledge"))
U(d, "In Garowe, the administration of the semi-autonomous region of Puntland", "near its coast.",
  ("Puntland", T, neg, "", "fear of reprisals + appeal to consult before using force = calling_for_talks; several navies -> target empty"))
U(d, "Kenya's Foreign Minister Moses Wetangula said Nairobi stood ready", "the whole region's caseload.",
  ("Kenya", S, neu, "United States", "offer to try the suspect for Washington = offered assistance = supporting; the caveat is no judgement"))
U(d, "John Reinhart, chief executive of Maersk Line Ltd", "the company said.",
  ("A.P. Moller-Maersk", S, pos, "United States", "the operating unit's chief speaks for the Maersk group; thanks to the Navy and FBI = supporting"))
# "The rest of the 20-man American crew ..." and "The rescue came two days after French commandos ..." / "The yacht's owner was killed ..." = narration, no row.
U(d, "In Paris, the defence ministry said on Monday an inquiry", "how the owner was killed.",
  ("France", N, neu, "", "procedure about own operation, no judgement"))
U(d, "President Nicolas Sarkozy said France would keep hunting", "goes to ground.\"",
  ("France", C, neg, "Somali pirates", "announced pursuit of hostage-takers = threat = condemning"))
U(d, "The European Union's naval mission in the area, Operation Atalanta, said", "protected transit corridor.",
  ("European Union", N, neu, "", "EU naval mission = EU; own patrols + advice to shipping = plans and procedure"))
U(d, "At the United Nations, a spokeswoman for Secretary-General Ban Ki-moon said", "no end to piracy.",
  ("United Nations", T, neu, "", "relief + appeal to back the Djibouti peace process = calling_for_talks"))
U(d, "In London, Efthimios Mitropoulos, secretary-general of the International Maritime Organization", "had lost men.",
  ("International Maritime Organization", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The International Maritime Bureau's piracy reporting centre", "same period last year.",
  ("International Maritime Bureau", N, neu, "", "figures given by an organisation = neutral"))
# "Analysts said the rescue would do little ..." = unnamed analysts, no row.
U(d, "\"Three dead pirates do not change a business model", "Institute for Ocean Affairs in London.",
  ("Claire Hendry", N, neu, "", "invented independent researcher; quote closed by the speaker's attribution; analysis, no judgement"))
U(d, "\"If anything, the gangs will now hold crews closer to the shore", "cannot reach them.\"",
  ("Claire Hendry", N, neg, "", "quote continued after the attribution; forecast, no judgement"))
U(d, "Hendry said shipowners had been slow to take basic precautions", "cost of doing business.",
  ("Claire Hendry", C, neg, "", "judgement of shipowners (not one canonical actor) -> target empty"))
U(d, "\"That complacency helped build this industry,\" she said.", "\"That complacency helped build this industry,\" she said.",
  ("Claire Hendry", C, neg, "", "continued judgement of the shipowners, no stock word"))
U(d, "She said navies and donors should put far more into talks", "jobs on the coast.",
  ("Claire Hendry", T, neu, "", "appeal for talks between the factions = calling_for_talks; several addressees -> target empty"))
U(d, "\"Until someone governs Eyl, there will be pirates in Eyl.\"", "\"Until someone governs Eyl, there will be pirates in Eyl.\"",
  ("Claire Hendry", N, neg, "", "quote continuing her sentence; forecast, no judgement"))
# "In Eyl itself, residents said the mood was tense." = unnamed residents, no row.
U(d, "\"The young men with guns have taken over our town", "at the local mosque.",
  ("Ahmed Yusuf Jama", C, neg, "Somali pirates", "invented elder (independent person); accusation of the gangs"))
U(d, "\"They do not speak for us.\"", "\"They do not speak for us.\"",
  ("Ahmed Yusuf Jama", C, neg, "Somali pirates", "quote continued; disowning the gangs = rejection of a party = condemning"))
U(d, "Jama said the elders wanted the government to help them persuade", "more of them were killed.",
  ("Ahmed Yusuf Jama", T, neg, "", "appeal for a peaceful course (persuading the young men to give up) = calling_for_talks"))
