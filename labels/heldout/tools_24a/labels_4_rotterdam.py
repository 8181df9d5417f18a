# ------------------------------------------------------------------ Turkey–Netherlands row over the barred ministers in Rotterdam (Turkish state news agency in English, Anadolu style, 2017-03-13)
d = "page_rotterdam_row_statemedia.txt"
# Agency banner, language bar, menu, date, section label, headline, standfirst, bylines/update line, the 'ANKARA' dateline line, 'Photo:' captions, crossheads, 'Also read:', subscriber notice, related news, share line, latest news, copyright: never statements.
# Anadolu is a media outlet ('-' in the name files): its own narration and framing ('Dutch claims', 'claimed') give no row to the agency.
U(d, "Turkey on Monday suspended high-level diplomatic relations with the Netherlands", "over the weekend.",
  ("Turkey", C, neg, "Netherlands", "long lead: suspension of high-level ties + barring the ambassador's return = diplomatic measures against another side (guide: expulsions) = condemning; the Dutch act is in a subordinate clause (narration)"))
U(d, "\"Those who caused this crisis are the ones who must fix it.", "after a cabinet meeting in the capital.",
  ("Turkey", C, neg, "Netherlands", "multi-sentence quote closed by its speaker (role given only at the end) = one unit; blame + announced measures (ambassador, airspace)"))
U(d, "Kurtulmus said Turkey would also bring the matter before the United Nations", "the Council of Europe.",
  ("Turkey", T, neu, "", "surname only; taking the dispute to international bodies = pursuing the international track (calling_for_talks, as 23a's Erdogan/UN; unsure: a protest step). The bodies named are addressees, not actors"))
U(d, "On Saturday, the Dutch government withdrew landing permission for the plane", "constitutional referendum.",
  ("Netherlands", N, neu, "", "an act of the Dutch government reported as done, with no reason or judgement stated in the sentence = refusing a participant without protest = neutral (unsure: a measure against Turkey's minister could be read as condemning)"))
# 'Hours later, Dutch police stopped the convoy …' and 'Police then used dogs, horses and water cannon …' = police operations narrated by the agency (its framing: 'citizens … to welcome the minister'), no position of the Dutch state toward Turkey stated; no rows (unsure).
U(d, "Speaking to reporters on her arrival at Istanbul's Ataturk Airport on Sunday, Kaya said", "through the night.",
  ("Turkey", N, pos, "", "her own journey and thanks to citizens (not to an actor) = neutral, positive tone"))
U(d, "\"No minister, and no woman, should be treated this way", "Kaya said.",
  ("Turkey", C, neg, "Netherlands", "multi-sentence quote closed by the minister (surname only); judgement of the Dutch treatment without the usual words + 'will be remembered'"))
U(d, "\"They behave as if the spirit of fascism had never left Europe.", "ceremony in Istanbul.",
  ("Turkey", C, neg, "Netherlands", "quote before the speaker; fascism charge + 'will answer for what it has done' = judgement + threat"))
U(d, "Prime Minister Binali Yildirim said Turkey would respond \"in the harshest way\"", "ministers and citizens.",
  ("Turkey", C, neg, "Netherlands", "threatened response + 'unacceptable'"))
U(d, "Yildirim also called on Turkish citizens in the Netherlands to stay calm", "to provocations.",
  ("Turkey", T, neu, "", "appeal for calm to its own citizens, no judgement of an actor = calling_for_talks (de-escalation)"))
U(d, "Speaking at a rally in the French city of Metz on Sunday, Cavusoglu thanked the French authorities", "to go ahead.",
  ("Turkey", S, pos, "France", "surname only (FM, named in full earlier); thanks = supporting"))
U(d, "Cavusoglu said Ankara was ready to put relations with the Netherlands back on a normal footing", "treatment of its ministers.",
  ("Turkey", T, neu, "Netherlands", "a conditional offer to normalise = calling_for_talks (labels/README: conditional offers of talks); Ankara = metonym"))
U(d, "The Turkish Foreign Ministry on Sunday summoned the Dutch charge d'affaires in Ankara", "not to return \"for some time\".",
  ("Turkey", C, neg, "Netherlands", "summoning + protest notes + asking the ambassador not to return = diplomatic measures = condemning; Ankara = place"))
U(d, "According to the ministry, 12 Turkish citizens were detained", "were injured.",
  ("Turkey", N, neg, "", "figures given by the ministry, no judgement word = neutral (negative tone)"))
U(d, "Republican People's Party (CHP) leader Kemal Kilicdaroglu said", "over the referendum.",
  ("Republican People's Party", C, neg, "Netherlands", "opposition party as its own actor (name files); 'could not be accepted' = judgement"))
U(d, "Dutch Prime Minister Mark Rutte claimed on Saturday that the decision", "public order and security.",
  ("Netherlands", N, neu, "", "a procedural reason for the refusal (public order) = neutral; the agency's 'claimed' is its framing, not the speaker's tone"))
U(d, "Rutte on Sunday described Erdogan's remarks as \"crazy\" and \"unacceptable\"", "to apologize.",
  ("Netherlands", C, neg, "Turkey", "judgement + demand for an apology (rule 1)"))
U(d, "He said his government would try to calm the situation", "apology of its own.",
  ("Netherlands", T, neu, "", "'He' = Rutte; de-escalation intent; the refusal to apologise carries no new judgement = calling_for_talks (unsure)"))
U(d, "Dutch Foreign Minister Bert Koenders said the Netherlands wanted to keep the channels", "through talks.",
  ("Netherlands", T, pos, "Turkey", "dialogue offered = calling_for_talks"))
U(d, "Rotterdam Mayor Ahmed Aboutaleb accused the Turkish consul general", "travel plans.",
  ("Netherlands", C, neg, "Turkey", "a mayor resolves to his state (as provincial officials); accusation of the Turkish consul = Turkey"))
U(d, "In Brussels, EU foreign policy chief Federica Mogherini and Enlargement Commissioner Johannes Hahn called on Turkey", "calm dialogue.",
  ("European Union", T, neu, "Turkey", "two EU officials, one body = one row; appeal to avoid escalation and seek dialogue, no judgement word = calling_for_talks; Brussels = place"))
U(d, "The Turkish Foreign Ministry dismissed the EU statement as worthless", "Turkish citizens in Rotterdam.",
  ("Turkey", C, neg, "European Union", "'worthless' = judgement of the EU's statement"))
U(d, "Danish Prime Minister Lars Lokke Rasmussen said he had proposed to Yildirim", "attacks on the Netherlands.",
  ("Denmark", C, neg, "Turkey", "postponing a visit in protest with the grievance stated ('Turkish attacks') = condemning"))
U(d, "German Chancellor Angela Merkel on Monday offered the Netherlands her full support and solidarity.", "full support and solidarity.",
  ("Germany", S, pos, "Netherlands", "solidarity = supporting"))
U(d, "Azerbaijan's Foreign Ministry said it stood by Turkey", "in the dispute.",
  ("Azerbaijan", S, pos, "Turkey", "backing = supporting"))
U(d, "Austrian Chancellor Christian Kern called for a Europe-wide ban", "Turkish politicians.",
  ("Austria", C, neg, "Turkey", "call for a ban on Turkey's campaigning = a measure against another side (as a call for sanctions) = condemning"))
U(d, "NATO Secretary General Jens Stoltenberg urged allies to show mutual respect", "between the two governments.",
  ("NATO", T, pos, "", "appeal for calm + hope of settlement = calling_for_talks; both allies addressed -> target empty"))
U(d, "French Foreign Minister Jean-Marc Ayrault, whose government allowed", "excesses and provocations.",
  ("France", T, neu, "Turkey", "an appeal addressed to one side without an explicit judgement = calling_for_talks (unsure: 'provocations' leans toward a judgement); allowing the Metz rally is in the relative clause (same actor, one row)"))
# Background section (diaspora figures, German municipalities, the amendments, voting dates, 1612, the Dutch election) = narration.
