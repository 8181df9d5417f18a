# ------------------------------------------------------------------ Azerbaijani fire kills four Armenian soldiers at Nerkin Hand (radio interview transcript, 2024-02-14)
d = "page_nerkinhand_border_shooting2024_interview.txt"
# Not statements: station name, menu, breadcrumb, programme title (headline), broadcast/presenter/guest/running-time lines, editing note,
# [MUSIC], the presenter's questions and cues ("Washington?", "And Moscow?", "Paris was sharper."), thanks, next-week trailer, More from lines,
# donation line, copyright. Speaker labels "WELLER:", "LINDQVIST:" are cut off each unit (a unit starts after ": ").
# "Good evening." / "Four Armenian soldiers were killed ..." / "It is the first deadly incident ..." = presenter's narration, no row.
U(d, "Armenia's Defence Ministry said the men, the oldest of them", "about four hours.",
  ("Armenia", N, neu, "", "casualty details given by a ministry = neutral"))
U(d, "The day before, Azerbaijan had said one of its border guards had been wounded", "that same sector.",
  ("Azerbaijan", C, neg, "Armenia", "reported clause: Azerbaijan says Armenian sniper fire wounded its guard = accusation"))
U(d, "Yerevan's Defence Ministry answered that it was looking into the claim", "on Monday.",
  ("Armenia", N, neg, "", "inquiry + preliminary finding of no such shooting = denial, neutral with a negative tone"))
U(d, "Azerbaijan's State Border Service then said on Tuesday", "act of retribution.",
  ("Azerbaijan", C, neg, "Armenia", "operation against the other side announced as retribution = condemning"))
U(d, "It warned that any further provocation by the Armenian side", "what had happened.",
  ("Azerbaijan", C, neg, "Armenia", "threat of tougher action + blame on Armenia's leadership = condemning"))
# "We know four men are dead." = the guest restating a fact, no row.
U(d, "What we do not know, and what no outsider has been able to verify", "on Monday.",
  ("Marius Lindqvist", N, neg, "", "invented analyst; doubt about an unverified claim, no judgement yet = neutral"))
U(d, "Even if he was, sending troops to destroy a whole post", "out of scale with the incident.",
  ("Marius Lindqvist", C, neg, "Azerbaijan", "'a response wildly out of scale' = judgement without a stock word"))
U(d, "Baku has been telling every capital that will listen", "signed this year.",
  ("Marius Lindqvist", N, neu, "", "describes Baku's stated aim; the judgement follows in the next unit"))
U(d, "Shooting up an army post the morning after", "way of showing it.",
  ("Marius Lindqvist", C, neg, "Azerbaijan", "'a strange way of showing it' = ironic judgement of Baku's conduct"))
U(d, "At the same time, Yerevan's investigation has to be seen to be real.", "seen to be real.",
  ("Marius Lindqvist", T, neu, "Armenia", "appeal to Armenia for a credible inquiry, no judgement = calling_for_talks (like a demand for an inquiry)"))
U(d, "If an Armenian soldier did fire on Monday", "deal with him.",
  ("Marius Lindqvist", T, neu, "Armenia", "appeal to the Armenian government to disclose and act = calling_for_talks (no judgement of Armenia)"))
U(d, "Armenia's Foreign Ministry accused Baku", "negotiations going again.",
  ("Armenia", C, neg, "Azerbaijan", "accusation (hunting for excuses, wrecking efforts)"))
U(d, "The ministry said it condemned the use of force", "response it deserved.",
  ("Armenia", C, neg, "Azerbaijan", "condemnation + appeal to partners: rule 1"))
# "And in Brussels, Foreign Minister Ararat Mirzoyan happened to be sitting next to Josep Borrell ..." = narration of a meeting, no row.
U(d, "Borrell told the joint news conference that Baku's reaction", "Yerevan's inquiry.",
  ("European Union", C, neg, "Azerbaijan", "'out of all proportion' + regret that Baku did not wait = judgement"))
U(d, "The EU foreign policy chief said the bloc would keep pressing", "negotiating table.",
  ("European Union", T, neu, "", "office named by title; appeal to both to separate forces and negotiate = calling_for_talks"))
U(d, "Mirzoyan, for his part, said the shooting fitted a pattern", "seemed to be moving.",
  ("Armenia", C, neg, "Azerbaijan", "surname only; accusation of derailing talks"))
U(d, "Azerbaijan's Foreign Ministry had already said on Monday", "were hollow.",
  ("Azerbaijan", C, neg, "Armenia", "'peace messages were hollow' = judgement of Armenia"))
U(d, "In the same statement, it questioned what the EU's monitoring mission was doing", "it patrols.",
  ("Azerbaijan", C, neg, "European Union", "questioning the EU mission's role = criticism of the EU (the mission = European Union)"))
U(d, "No, I don't think the mission did anything wrong.", "anything wrong.",
  ("Marius Lindqvist", S, pos, "European Union", "defends the EU mission against Baku's charge = backing"))
U(d, "It watches, it reports, and it has no mandate", "two armies.",
  ("Marius Lindqvist", N, neu, "", "describes the mission's mandate = neutral"))
U(d, "The mission said on Tuesday that its patrols were in the area", "exactly its job.",
  ("European Union", N, neu, "", "EU mission (EUMA) reports its patrols gathering information = neutral (the guest's 'exactly its job' is his, already labelled as backing)"))
U(d, "The State Department spokesman, Matthew Miller, said the United States was deeply troubled", "rather than on the border.",
  ("United States", T, neg, "", "troubled + appeal to both to settle at the table = calling_for_talks"))
U(d, "He offered condolences to the families of the four soldiers.", "four soldiers.",
  ("United States", S, neg, "Armenia", "'He' = Miller; condolences = solidarity, supporting"))
U(d, "The French foreign ministry condemned the deadly fire", "offensive in September.",
  ("France", C, neg, "Azerbaijan", "condemnation + call to respect territorial integrity: rule 1"))
U(d, "Maria Zakharova said Russia was concerned and offered to help", "after the 2020 war.",
  ("Russia", T, neu, "", "concern + offer of help with delimitation = offer of mediation, calling_for_talks"))
U(d, "Frankly, after September, Russia's standing in Yerevan is at a low point", "taken up.",
  ("Marius Lindqvist", N, neu, "", "forecast about Russia's offer, no judgement of an actor"))
U(d, "We heard shooting from half past five until it was light.", "until it was light.",
  ("Artur Grigoryan", N, neg, "", "named farmer (invented) = independent person; account, no position"))
# "Everyone said the border was calm now ..." = what unnamed others said, no row.
U(d, "I do not know what to believe any more.", "any more.",
  ("Artur Grigoryan", N, neg, "", "doubt, no position on an actor"))
U(d, "Pashinyan's spokeswoman, Nazeli Baghdasaryan, said the prime minister had convened", "Tuesday afternoon.",
  ("Armenia", N, neu, "", "procedural: a Security Council meeting convened"))
U(d, "I'm worried, honestly.", "honestly.",
  ("Marius Lindqvist", N, neg, "", "concern with no appeal = neutral"))
U(d, "There is still no mechanism on that border", "a large one.",
  ("Marius Lindqvist", N, neg, "", "risk assessment, no appeal = neutral"))
U(d, "What is needed is what Brussels keeps repeating", "twice a year.",
  ("Marius Lindqvist", T, neu, "", "appeal for separation of forces and regular border-commission meetings = calling_for_talks"))
U(d, "I hope Tuesday does not become the pattern for 2024.", "for 2024.",
  ("Marius Lindqvist", T, neg, "", "hope that the violence does not repeat = calling_for_talks"))
