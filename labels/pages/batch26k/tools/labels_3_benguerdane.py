# ------------------------------------------------------------------ Ben Guerdane attacks (Maghreb news site, full HTML, 2016-03-08)
d = "page_tunisia_benguerdane2016_maghrebsite.html"
# Not statements: top bar, brand, nav, breadcrumb, headline, standfirst (it carries Essebsi's line: never a statement), byline,
# time, read time, share bar, figcaptions with "1 of 4" and credits, ADVERTISEMENT, crossheads, Related, tags, comments,
# most read, newsletter prompt, footer.
U(d, "President Beji Caid Essebsi told Tunisians on Tuesday evening", "far from over.",
  ("Tunisia", N, pos, "", "own forces' success reported as done + a warning, no judgement in the unit = neutral"))
U(d, "\"We have won this battle, and we will win the others", "from Carthage Palace.",
  ("Tunisia", C, neg, "Islamic State", "vow to keep fighting the group = announced continued operations against another side -> condemning"))
U(d, "\"The men who came to Ben Guerdane came to kill Tunisians", "standing in their way.\"",
  ("Tunisia", C, neg, "Islamic State", "quote continued after its attribution, same speaker; accusation of the attackers"))
# "Dozens of gunmen attacked an army barracks ..." = narration, no row.
U(d, "According to a joint statement by the interior and defence ministries", "seven civilians lost their lives.",
  ("Tunisia", N, neu, "", "casualty figures given by the ministries = neutral"))
U(d, "Prime Minister Habib Essid, speaking after an emergency meeting", "had reacted.",
  ("Tunisia", C, neg, "Islamic State", "charges the attackers with a plan to seize the town (the group's flag = IS) + praise of own forces; the charge decides"))
U(d, "The interior ministry said a curfew would remain in force", "would stay closed.",
  ("Tunisia", N, neu, "", "own security measures (curfew, crossings closed), no judgement of Libya = neutral"))
# "Algeria was among the first to react." = summary line, no row.
U(d, "Foreign ministry spokesman Abdelaziz Benali Cherif told the Algerian news agency APS", "who had stopped it.",
  ("Algeria", C, neg, "Islamic State", "denunciation + praise of Tunisian forces: rule 1; 'told ... APS' = the agency is not an actor"))
U(d, "Benali Cherif said Algeria stood \"shoulder to shoulder\" with Tunisia", "along shared borders.",
  ("Algeria", S, pos, "Tunisia", "surname only; solidarity + appeal for security cooperation (not a peace appeal) = supporting"))
U(d, "President Abdelaziz Bouteflika sent a message of condolence to Essebsi", "the presidency in Algiers said.",
  ("Algeria", S, pos, "Tunisia", "condolences + offer of support = supporting"))
U(d, "The Moroccan foreign ministry, in a statement carried by the MAP agency", "with the Tunisian people.",
  ("Morocco", C, neg, "Islamic State", "ministry given by its state's adjective; 'cowardly' + solidarity: rule 1"))
U(d, "French President François Hollande said in a statement from the Elysée", "democratic path it had chosen.",
  ("France", S, pos, "Tunisia", "continued security cooperation = backing by act; no explicit judgement of the attackers"))
U(d, "U.S. State Department spokesman John Kirby denounced the attack", "turned back the assault.",
  ("United States", C, neg, "Islamic State", "denunciation + praise: rule 1"))
U(d, "He said the United States would keep up its training and equipment programmes", "a partner Tunisia can count on\".",
  ("United States", S, pos, "Tunisia", "training and equipment = backing by act"))
U(d, "U.N. Secretary-General Ban Ki-moon offered his condolences", "his spokesman said.",
  ("United Nations", S, pos, "Tunisia", "condolences + continued support = supporting"))
U(d, "The European Union's foreign policy chief, Federica Mogherini, said", "without further delay.",
  ("European Union", T, neu, "", "analysis + appeal to Libyan leaders to form a unity government = calling_for_talks"))
U(d, "Turkey's foreign ministry said it condemned the attacks and shared Tunisia's grief.", "shared Tunisia's grief.",
  ("Turkey", C, neg, "Islamic State", "condemnation + sympathy: rule 1; the attackers are IS per the lede"))
# "At home, the unity displayed on Monday was already showing cracks on Tuesday." = summary line, no row.
U(d, "The Tunisian General Labour Union (UGTT) said it stood behind the army and police", "lives off cross-border trade.",
  ("Tunisian General Labour Union", S, pos, "Tunisia", "backing of the state's forces + appeal for money (not peace) = supporting"))
U(d, "Ennahda leader Rached Ghannouchi said the attack would fail", "to be convened.",
  ("Ennahda", T, neu, "", "defiance without an explicit judgement + call to convene a national dialogue = calling_for_talks"))
U(d, "The interior ministry denied reports circulated on social media", "to support them.",
  ("Tunisia", N, neg, "", "denial = neutral, negative tone"))
U(d, "Mehdi Ben Salem, a security researcher at the Tunisian Centre for Global Security Studies", "to rise with them.",
  ("Mehdi Ben Salem", N, neu, "", "invented analyst; reading of the militants' plan = neutral"))
U(d, "\"They miscalculated badly: the people of Ben Guerdane", "he said.",
  ("Mehdi Ben Salem", N, pos, "", "assessment of the outcome, no judgement of an actor beyond the miscalculation = neutral"))
U(d, "He warned, however, that the state's reply could not be only military", "closing the border for weeks.",
  ("Mehdi Ben Salem", T, neu, "Tunisia", "appeal to the government to talk to traders and youth = calling_for_talks"))
U(d, "In the town centre, shopkeeper Faouzi Jelassi said", "sheltering soldiers in their homes.",
  ("Faouzi Jelassi", N, pos, "", "invented named resident; a fact about his neighbours = neutral"))
U(d, "\"We are not a town of terrorists; we are the town that stopped them,\"", "he said.",
  ("Faouzi Jelassi", N, neg, "", "rebuttal of the insinuation = denial -> neutral, negative tone per the guide"))
U(d, "In Cairo, the office of Arab League Secretary-General Nabil Elaraby said", "stability of a member state.",
  ("Arab League", C, neg, "Islamic State", "'a criminal act' = judgement; reported through his office; Cairo = place"))
