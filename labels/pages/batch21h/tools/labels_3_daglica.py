# ------------------------------------------------------------------ Daglica ambush and the cross-border mandate (international wire copy, 2007-10-23)
d = "page_daglica_wire.txt"
# No row: agency menu, section, headline, byline, time, read time, captions with credits and "1 of 3", ADVERTISEMENT,
# crossheads, Related:, reporting credits, Our Standards, topics, newsletter, MOST READ, copyright.
U(d, "Turkey on Tuesday brushed aside an offer of a ceasefire", "pressed for more time.",
  ("Turkey", C, neg, "PKK", "dateline excluded; long lead: rejection of the truce + threat to send the army (rule 1); 'as the United States and Iraq pressed for more time' = summary clause, their specific statements follow (no rows here)"))
U(d, "\"A ceasefire is something states agree with each other.", "Tayyip Erdogan told reporters.",
  ("Turkey", C, neg, "PKK", "multi-sentence quote closed by the speaker; refusal in protest, 'a gang that ambushes young conscripts' = judgement"))
U(d, "\"They have two choices: lay down their arms or be finished.\"", "be finished.\"",
  ("Turkey", C, neg, "PKK", "quote continued after the attribution = same speaker; ultimatum"))
U(d, "The Kurdistan Workers Party (PKK) had signalled its readiness to halt attacks", "operations against the group.",
  ("PKK", T, neu, "Turkey", "a position of the PKK reported by Talabani = the PKK's statement (conditional truce offer); Talabani only relays it (no Iraq row)"))
# No row: "The rebels struck shortly after midnight on Sunday ..." (narration).
U(d, "The General Staff said in a statement on its website that 12 soldiers", "in the pursuit that followed.",
  ("Turkey", N, neu, "", "the army gives its losses and its own strike as done, no judgement = neutral"))
# No row: "Eight soldiers remained unaccounted for on Tuesday." (narration).
U(d, "The PKK-affiliated Firat news agency quoted the group as saying", "they were unharmed.",
  ("PKK", N, neu, "", "the agency is not an actor; 'the group' = PKK; claim of captured soldiers = facts"))
U(d, "A PKK spokesman, Abdul Rahman al-Chadirchi, told Meridian", "any further bloodshed.",
  ("PKK", C, neg, "Turkey", "blame: 'Ankara alone would answer' (metonym); the attack justified as a response"))
U(d, "Deputy Prime Minister Cemil Cicek, who also acts as government spokesman, said", "continuing in the mountains.",
  ("Turkey", N, neu, "", "own shelling reported as done, figures = neutral"))
U(d, "\"No attack on this nation goes unanswered,", "Cicek said.",
  ("Turkey", C, neg, "PKK", "threat of retaliation; the PKK by the page's context"))
U(d, "Turkey's parliament voted 507-19 last Wednesday to authorise the government", "the moment right.",
  ("Turkey", C, neg, "PKK", "parliament = Turkey; authorising cross-border operations against PKK camps = an announced operation against another side"))
U(d, "Erdogan said he had told U.S. Secretary of State Condoleezza Rice", "a few days to produce results.",
  ("Turkey", C, neg, "United States", "'within days, not another round of promises' = reproach to Washington without stock words (unsure: could be a neutral demand)"),
  ("United States", T, neu, "Turkey", "Rice's request for a few days, reported by Erdogan = the US asking for restraint"))
U(d, "U.S. Defense Secretary Robert Gates said after meeting his Turkish counterpart", "act on its own.",
  ("United States", T, neu, "Turkey", "argued against an operation = appeal for restraint, no judgement; Kiev = place"))
U(d, "The White House said in a statement that President George W. Bush condemned", "terrorist organisation.",
  ("United States", C, neg, "PKK", "condemnation + backing of Turkey in one sentence: the judgement decides (one row per actor)"))
U(d, "Talabani, himself a Kurd, had on Sunday ordered the PKK", "Iraq's Kurdish region.",
  ("Iraq", C, neg, "PKK", "surname only; ultimatum to disarm or leave = condemning"))
U(d, "Iraqi government spokesman Ali al-Dabbagh said the cabinet had decided", "on Iraqi soil.",
  ("Iraq", C, neg, "PKK", "closing the group's offices = a measure against another side"))
U(d, "Dabbagh said Iraq was asking its neighbour to give diplomacy a chance", "proposals on border security.",
  ("Iraq", T, neu, "Turkey", "'its neighbour' = Turkey; appeal for diplomacy + delegation to Ankara"))
U(d, "Massoud Barzani, president of the Kurdistan Regional Government, said", "Kurdish towns and villages.",
  ("Kurdistan Regional Government", C, neg, "Turkey", "Barzani is an alias of the KRG; disavowal + conditional threat to defend the region: the threat decides (unsure)"))
U(d, "A KRG spokesman rejected as baseless Turkish charges", "where the PKK camps are.",
  ("Kurdistan Regional Government", N, neg, "", "unnamed official of a named body; denial = neutral, negative"))
U(d, "NATO Secretary-General Jaap de Hoop Scheffer said the alliance stood in solidarity", "in the face of the attacks.",
  ("NATO", S, pos, "Turkey", "solidarity with a member = supporting; the attacks are the PKK's, but the sentence names no attacker"))
U(d, "Syrian President Bashar al-Assad, who visited Ankara last week, said", "angered Iraqi officials.",
  ("Syria", S, pos, "Turkey", "backing Turkey's right to cross; Ankara = place; 'Iraqi officials' angered, no specific statement (no row)"))
U(d, "Portugal, which holds the European Union's rotating presidency, said the bloc condemned", "destabilise northern Iraq.",
  ("European Union", C, neg, "PKK", "the rotating presidency speaks for the EU ('the bloc'), not Portugal; condemnation + appeal to Ankara: rule 1"))
U(d, "EU Enlargement Commissioner Olli Rehn said the Commission was following events", "Turkish incursion.",
  ("European Union", N, neg, "", "unease without an appeal = neutral, negative"))
U(d, "At home, the pro-Kurdish Democratic Society Party (DTP), whose lawmakers voted against", "war in the mountains.",
  ("Democratic Society Party", T, neg, "", "party under its own name; grief + call for a political solution, no judgement"))
U(d, "Foreign Minister Ali Babacan said Turkey would rather see the problem solved", "to Ankara.",
  ("Turkey", T, neu, "Iraq", "preference for cooperation + hope for the Iraqi delegation (Zebari); 'not sympathy' is a demand, not a judgement"))
# No row: "Security experts said the onset of winter ..." (unnamed speakers).
U(d, "\"Snow closes the passes in November.", "Security Studies in Ankara.",
  ("Huseyin Ertem", N, neu, "", "retired general (invented), an independent voice; military scenario in war vocabulary, no judgement"))
U(d, "Ertem said the greater risk for Turkey was a long stay inside Iraq", "genocide bill in Congress.",
  ("Huseyin Ertem", N, neg, "", "risks, no judgement"))
U(d, "Nadia Karim, who follows Kurdish politics at the Caspian Policy Institute", "against the Iraqi Kurds.",
  ("Nadia Karim", C, neg, "PKK", "analyst (invented); accusation of deliberate provocation = judgement without stock words"))
U(d, "\"Everyone loses if the army crosses:", "Karim said.",
  ("Nadia Karim", N, neg, "", "quote opened before a colon list; scenario, no judgement; Ankara, Arbil, Washington as subjects of a scenario, not speakers"))
U(d, "She urged the United States to bring Turkish and Iraqi Kurdish officials", "has so far refused.",
  ("Nadia Karim", T, neu, "United States", "appeal addressed to one party (the US) for direct talks"))
