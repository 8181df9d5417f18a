# ------------------------------------------------------------------ Storming of the Israeli embassy in Cairo and the reactions (Middle East news site, full HTML, 2011-09-11)
d = "page_cairo_embassy_mesite.html"
U(d, "Egypt's ruling military council and the government said on Saturday", "on military aircraft.",
  ("Egypt", C, neg, "", "dateline excluded; long lead: the military council (SCAF) + government speak for Egypt, the evacuation as narration; emergency trials announced against the attackers = measure against another side, no canonical target (unsure: could be neutral law enforcement)"))
# "Thousands of protesters marched from Tahrir Square ..." : narration -> no row
U(d, "Three people were killed and more than 1,000 injured", "the Health Ministry said.",
  ("Egypt", N, neg, "", "state ministry = Egypt; casualty figures with an attribution tail"))
# "Information Minister Osama Heikal read the government's response on state television ..." : narration introducing the speaker -> no row
U(d, "Those who broke into the building had betrayed the very revolution", "would be punished.",
  ("Egypt", C, neg, "", "position given before the attribution ('he said' mid-sentence); judgement + punishment of the attackers (not a canonical actor) -> target empty"))
U(d, "Heikal said Egypt remained bound by all the agreements it has signed", "on its soil.",
  ("Egypt", N, pos, "", "surname only; commitment/reassurance about own obligations = neutral"))
U(d, "Egyptian officials acknowledged privately that police had been slow", "for hours.",
  ("Egypt", N, neg, "", "unnamed officials of a named government = Egypt; admission of own failure, no position on another actor"))
U(d, "In a televised address from Jerusalem on Saturday night, Israeli Prime Minister Benjamin Netanyahu said", "the moment it mattered most.",
  ("Israel", S, pos, "United States", "Jerusalem = place here; thanks to Obama = supporting the US"))
U(d, "He praised the Egyptian commandos who reached the six guards", "against a diplomatic mission.",
  ("Israel", C, neg, "Egypt", "pronoun subject; praise + judgement in one sentence: rule 1, the judgement ('Cairo had to reckon', 'an outrage') decides; Cairo = metonym as object"))
U(d, "Netanyahu said Israel would keep to its peace treaty with Egypt", "the embassy's security.",
  ("Israel", T, neu, "Egypt", "commitment to the peace treaty + conditional return of the ambassador = calling_for_talks (unsure: could be neutral, own plan)"))
U(d, "Defence Minister Ehud Barak said he had spoken to U.S. Defense Secretary Leon Panetta", "press the Egyptians to act.",
  ("Israel", N, neu, "", "own diplomacy reported (call and request); Panetta is the object, his own position not given (no US row)"))
U(d, "The opposition leader, Tzipi Livni of Kadima, said", "she could remember.",
  ("Kadima", C, neg, "Israel", "opposition party judging its own government; Egypt and Turkey are objects, not speakers"))
U(d, "The White House said Obama, who spoke with Netanyahu during the night", "protect the mission.",
  ("United States", T, neg, "Egypt", "concern + appeal to Egypt to protect the mission, no judgement = calling_for_talks, negative"))
U(d, "State Department spokeswoman Victoria Nuland told reporters the United States welcomed", "to account.",
  ("United States", S, pos, "Egypt", "welcome of Egypt's steps and pledge = supporting"))
# "Related: Turkey expels Israeli ambassador over flotilla report" : link title -> no row
U(d, "The European Union's foreign policy chief, Catherine Ashton, condemned the attack", "premises and staff.",
  ("European Union", C, neg, "", "condemnation + appeal = rule 1; attackers not a canonical actor -> target empty"))
U(d, "British Foreign Secretary William Hague said he was concerned by the violence", "work safely.",
  ("United Kingdom", T, neg, "Egypt", "concern + appeal with no judgement = calling_for_talks"))
U(d, "U.N. Secretary-General Ban Ki-moon was alarmed by the violence", "Martin Nesirky, said.",
  ("United Nations", N, neg, "", "alarm without an appeal = neutral, negative; attribution tail via the spokesman"))
U(d, "In Tehran, foreign ministry spokesman Ramin Mehmanparast said", "the Zionist regime.",
  ("Iran", C, neg, "Israel", "Tehran = place; the Egyptians' anger is reported by him (no row for unnamed Egyptians); 'crimes of the Zionist regime' = judgement"))
U(d, "The Muslim Brotherhood, which did not join Friday's march, said it opposed", "had risen against.",
  ("Muslim Brotherhood", C, neg, "Egypt", "opposition to attacks on missions (aimed at no one) + accusation against the military council: the accusation decides"))
U(d, "Mohamed ElBaradei, the former U.N. nuclear watchdog chief", "keep order.",
  ("Mohamed ElBaradei", C, neg, "Egypt", "independent figure under his own name (a hopeful, no office); on social media; 'failed in their most basic duty' = judgement of the authorities"))
U(d, "Nadia Farouk, who teaches political science", "two audiences at once.",
  ("Nadia Farouk", N, neu, "", "independent scholar; assessment"))
U(d, "\"The generals need the treaty", "Farouk said.",
  ("Nadia Farouk", N, neu, "", "multi-sentence quote closed by the surname; interests of the military council, no judgement"))
U(d, "She said the hours in which the security forces watched the wall come down were inexcusable", "with no plan.",
  ("Nadia Farouk", C, neg, "Egypt", "'inexcusable' = judgement of the authorities"))
U(d, "Eitan Segal, a former Israeli diplomat who served in Cairo", "hard to reopen.",
  ("Eitan Segal", N, neg, "", "former diplomat = independent person; assessment"))
U(d, "\"No landlord in Cairo will rent us a floor after this.", "Segal said.",
  ("Eitan Segal", N, neg, "", "multi-sentence quote; scenario, 'us' = his former service but he speaks for himself"))
U(d, "\"The real danger is in Sinai, not in Giza.", "\" he said.",
  ("Eitan Segal", N, neg, "", "quote continued in its own paragraph; risk scenario with war vocabulary"))
U(d, "Segal said both governments should agree quickly on new security arrangements", "open in Sinai.",
  ("Eitan Segal", T, neu, "", "appeal to both governments -> target empty"))
# The 23-year-old student: unnamed speaker -> no row
