# ------------------------------------------------------------------ Belarus forces down Ryanair FR4978 and arrests Roman Protasevich (live blog, full HTML, 2021-05-24)
d = "page_ryanair_belarus_liveblog.html"
# headline, standfirst, key events, bullet summary, timestamps and entry headings: never statements
# "The European Council has just published its conclusions ..." : narration of the publication, no row
U(d, "EU leaders called on the Council to adopt the measures needed to bar Belarusian airlines", "prepared without delay.",
  ("European Union", C, neg, "Belarus", "European Council conclusions: flight ban + more sanctions listings = measures against Belarus"))
U(d, "The conclusions also demand that Roman Protasevich and his companion Sofia Sapega be released", "freedom of movement.",
  ("European Union", T, neg, "Belarus", "demand to one side with no judgement word in the sentence = calling_for_talks, negative (labels/README)"))
U(d, "Leaders asked the International Civil Aviation Organization to look into", "as a matter of urgency.",
  ("European Union", T, neu, "", "request for an ICAO inquiry with no judgement word = calling_for_talks (pursuing the international track); ICAO is only the addressee, not an actor here"))
U(d, "Speaking to reporters as he left the summit, European Council President Charles Michel said:", "Minsk will pay a price for it.\"",
  ("European Union", C, neg, "Belarus", "quote opened after a colon; judgement + threat; Minsk = metonym"))
U(d, "Exiled opposition leader Sviatlana Tsikhanouskaya, who was in Brussels", "acting within a day.",
  ("Sviatlana Tsikhanouskaya", S, pos, "European Union", "thanks/approval of the leaders' decision = supporting; Brussels = place"))
U(d, "She added that she hoped the decision would open the way to negotiations", "free elections in Belarus.",
  ("Sviatlana Tsikhanouskaya", T, pos, "", "'She' = Tsikhanouskaya; hope for negotiations = calling_for_talks"))
# "A 29-second video of Protasevich has been posted ..." : narration (the channel is not an actor), no row
U(d, "Seated at a table, with what appear to be marks on his forehead, he says", "organised mass unrest in Minsk.",
  ("Roman Protasevich", N, neu, "", "his own words from detention: facts about himself and an admission; no position on another actor (coerced, per the next paragraph; unsure: could be left without a row)"))
# "His supporters said the statement had plainly been made under duress." : unnamed supporters, not actors, no row
# "His father, Dmitry, told reporters ..." : a relative's observation, no position on an actor (no row, unsure)
U(d, "The US secretary of state, Antony Blinken, has issued a statement condemning", "immediate release.",
  ("United States", C, neg, "Belarus", "condemnation + demand (rule 1)"))
U(d, "Washington would coordinate with its European allies", "the flight was bound for.",
  ("United States", C, neg, "Belarus", "quote inside the sentence, attribution mid-sentence; threatened response ('hold the Lukashenko regime accountable'); one row per actor: the threat decides over the backing of Lithuania in the same sentence (rule 1)"))
# "Russia has come out in defence of its ally." : summary line, the specific statements follow (no row)
U(d, "The foreign ministry spokeswoman, Maria Zakharova, wrote on Facebook", "at Washington's request.",
  ("Russia", C, neg, "", "charge of double standards against 'the West' (non-canonical) and Austria/Washington in 2013 = judgement; target empty (several actors)"))
U(d, "Konstantin Kosachev, deputy speaker of Russia's upper house, said Belarus had acted", "a pretext to punish Minsk.",
  ("Russia", S, neu, "Belarus", "legislator of a named state speaks for it (like the guide's Senator Cardin); defending Belarus's conduct = supporting (the 'pretext' jab at the critics names nobody)"))
# "The Kremlin was more guarded." : the reporter's summary, no row
U(d, "Its spokesman, Dmitry Peskov, said it was not for Moscow", "belonged with international aviation bodies.",
  ("Russia", N, neu, "", "'Its spokesman' = the Kremlin's; declining to assess + procedural referral = neutral"))
# "Belarusian officials have given their version at a press conference in Minsk." : narration; the next sentence carries the position
U(d, "Artem Sikorsky, head of the transport ministry's aviation department, read out", "blow up the plane over Vilnius.",
  ("Belarus", N, neg, "", "official's account of the threat email = Belarus's version, facts (neutral, negative); Hamas is only mentioned, not accused by Belarus in its own voice (unsure)"))
U(d, "Air traffic controllers had passed the warning to the crew", "forced the pilots to do anything.",
  ("Belarus", N, neg, "", "denial of coercion = neutral, negative; attribution mid-sentence"))
U(d, "A Hamas spokesman, Fawzi Barhoum, told reporters the group had nothing to do", "did not use such methods.",
  ("Hamas", N, neg, "", "denial = neutral, negative"))
U(d, "Belarus's foreign ministry spokesman, Anatoly Glaz, said the EU's", "a political campaign against his country.",
  ("Belarus", C, neg, "European Union", "rejects the EU's statements with a judgement ('belligerent', 'political campaign') = condemning, not a bare denial; possessive 'the EU's' is an object"))
U(d, "Belarus's Investigative Committee said it had opened a criminal case", "the false bomb alert.",
  ("Belarus", N, neu, "", "state procedure reported as done"))
U(d, "After the mayor of Riga had the official Belarusian flag", "within 48 hours.",
  ("Belarus", C, neg, "Latvia", "expulsion of diplomats = condemning; Minsk = metonym; the mayor's act is narrated in a subordinate clause (no Latvia row for it; unsure)"))
U(d, "Latvia's foreign minister, Edgars Rinkēvičs, said Riga would respond in kind", "to leave Latvia.",
  ("Latvia", C, neg, "Belarus", "reciprocal expulsion = condemning; Riga = metonym"))
U(d, "The UK transport secretary, Grant Shapps, has told British carriers", "Belarusian state airline Belavia.",
  ("United Kingdom", C, neg, "Belarus", "measures against Belarus (airspace, Belavia permit) = condemning; Belavia is an object"))
U(d, "Nato secretary general Jens Stoltenberg said allies would discuss the incident", "to be released.",
  ("NATO", T, neg, "Belarus", "consultation + investigation + release demand, no judgement word = calling_for_talks"))
# "Michael O'Leary, Ryanair's chief executive, has been speaking on Irish radio." : narration, no row
U(d, "He described what happened as a case of hijacking sponsored by a state", "left the aircraft in Minsk.",
  ("Ryanair", C, neg, "Belarus", "'He' = O'Leary (Ryanair, name files); 'hijacking sponsored by a state' + the agents claim = accusation"))
U(d, "He said the crew had been told by Belarusian controllers", "EU safety agencies and Nato.",
  ("Ryanair", N, neu, "", "facts of the diversion and the airline's own work with agencies = neutral"))
U(d, "Ireland's foreign minister, Simon Coveney, said the Irish government was in contact", "deeply worried about what had happened.",
  ("Ireland", N, neg, "", "contact + worry, no appeal = neutral, negative"))
U(d, "The EU's foreign policy chief, Josep Borrell, has issued a declaration", "whether aviation rules were broken.",
  ("European Union", C, neg, "Belarus", "declaration on behalf of 'the bloc': endangering passengers (judgement) + call for an investigation = rule 1"))
U(d, "Belarus's ambassador to the EU was summoned this morning", "the bloc's condemnation.",
  ("European Union", C, neg, "Belarus", "summons of an ambassador to convey condemnation (passive, the EEAS = EU)"))
U(d, "Lithuania's president, Gitanas Nausėda, has called the diversion an act of state terrorism", "Belarusian flights altogether.",
  ("Lithuania", C, neg, "Belarus", "judgement + call for a flight ban"))
U(d, "Vilnius said it was grateful to its partners across Europe", "rapid show of solidarity.",
  ("Lithuania", S, pos, "", "Vilnius = metonym; thanks for solidarity = supporting; 'partners across Europe' is not one canonical actor -> target empty"))
# "Good morning and welcome ..." / "On Sunday, Ryanair flight FR4978 ..." / "No explosives were found." : narration, no rows
U(d, "Lukashenko's press service said on Telegram that the president had personally given the order", "a bomb on board.",
  ("Belarus", N, neu, "", "own act reported as done with its reason, no judgement = neutral; possessive speaker"))
U(d, "In a statement on Sunday night, Ryanair said its crew had been notified", "the nearest airport.",
  ("Ryanair", N, neu, "", "the airline's factual account"))
# captions, share bars, related, topics, comments, most viewed, footer: no rows
