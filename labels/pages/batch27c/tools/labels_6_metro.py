# ------------------------------------------------------------------ St Petersburg metro bombing (world-reacts roundup, 2017-04-04)
d = "page_stpetersburg_metro_bombing2017_worldreacts.txt"
# Not statements: menu, headline, byline, reading time, the lead (summary of 'governments around the world'), the narration
# of the blast, photo caption, region heads, 'Here is how ...', ADVERTISEMENT, Read more, share bar, tags, most popular.
# The per-government bullets are the body of a roundup (not summary bullets): each carries its own statement.
U(d, "President Vladimir Putin, who was in the city for talks", "terrorism among them.",
  ("Russia", N, neu, "", "investigation lines stated without judgement = neutral; Lukashenko named but takes no position here"))
U(d, "The Investigative Committee later said it had opened a criminal case", "terrorist act.",
  ("Russia", N, neu, "", "state body's procedure = neutral"))
U(d, "Kremlin spokesman Dmitry Peskov called the bombing a challenge", "the head of state included.",
  ("Russia", C, neg, "", "judgement of the attack without a stock word; perpetrator unknown -> target empty"))
U(d, "The State Committee for National Security said the suspected bomber", "in 1995.",
  ("Kyrgyzstan", N, neu, "", "security service's facts on the suspect"))
U(d, "President Almazbek Atambayev, in a message to Putin, condemned the attack", "families of the dead.",
  ("Kyrgyzstan", C, neg, "", "condemnation + condolences: rule 1 -> condemning; no known perpetrator -> target empty"))
U(d, "A Kyrgyz foreign ministry official urged Russians not to hold", "the act of one man.",
  ("Kyrgyzstan", T, neg, "", "unnamed official of a named government; appeal for calm / against collective blame = calling_for_talks (unsure: could be neutral)"))
U(d, "Condolences from President Nursultan Nazarbayev", "ordinary lives.",
  ("Kazakhstan", C, neg, "", "bullet with no main verb; condolences + 'a crime against people' = explicit judgement: rule 1 -> condemning"))
U(d, "Lukashenko, who was at Putin's side outside the city when the news broke", "as if it were our own city.\"",
  ("Belarus", S, neg, "Russia", "backing by act (laid flowers) + shared grief = supporting; grief -> negative tone"))
U(d, "Deep sympathy from President Shavkat Mirziyoyev", "recovery to the injured.",
  ("Uzbekistan", S, neg, "", "verbless bullet; condolences to victims' relatives = supporting (no canonical target)"))
U(d, "Sorrow and solidarity from President Serzh Sargsyan", "telegram to the Kremlin.",
  ("Armenia", S, neg, "Russia", "verbless bullet; solidarity addressed to the Kremlin = Russia"))
U(d, "President Petro Poroshenko condemned terrorism in all its forms", "relatives of the dead.",
  ("Ukraine", C, neg, "", "condemnation + condolences: rule 1 -> condemning; aimed at terrorism in general -> target empty"))
U(d, "Ukraine's foreign ministry said its consulate in St Petersburg was checking", "among the casualties.",
  ("Ukraine", N, neu, "", "consular procedure = neutral"))
U(d, "Secretary of State Rex Tillerson condemned the attack", "help Russian investigators.",
  ("United States", C, neg, "", "condemnation + offer of help: rule 1 -> condemning; target empty"))
U(d, "President Donald Trump telephoned Putin on Monday evening", "according to the White House.",
  ("United States", S, pos, "Russia", "'according to the White House' = second-hand attribution; condolences + offer of support = supporting"))
U(d, "Foreign policy chief Federica Mogherini said EU foreign ministers meeting in Luxembourg", "with the Russian people.",
  ("European Union", S, neg, "Russia", "reported clause; sympathy for the Russian people = supporting; grief tone"))
U(d, "Sympathy for the victims and their families from Chancellor Angela Merkel's spokesman.", "Sympathy for the victims and their families from Chancellor Angela Merkel's spokesman.",
  ("Germany", S, neg, "", "verbless sentence; condolences = supporting; no canonical target (victims)"))
U(d, "Foreign Minister Sigmar Gabriel called the bombing a callous act", "way to work.",
  ("Germany", C, neg, "", "explicit judgement of the attack; perpetrator unknown -> target empty"))
U(d, "President François Hollande conveyed the solidarity of the French people to Russia.", "President François Hollande conveyed the solidarity of the French people to Russia.",
  ("France", S, pos, "Russia", "solidarity = supporting"))
U(d, "Foreign Secretary Boris Johnson said his thoughts were with the people of St Petersburg", "British condolences.",
  ("United Kingdom", S, neg, "Russia", "condolences = supporting"))
U(d, "Secretary General Jens Stoltenberg condemned the attack", "wherever it struck.",
  ("NATO", C, neg, "", "condemnation; target empty"))
U(d, "Condolences from Secretary General Thorbjørn Jagland to a member state in mourning.", "Condolences from Secretary General Thorbjørn Jagland to a member state in mourning.",
  ("Council of Europe", S, neg, "Russia", "verbless bullet; 'a member state in mourning' = Russia (context)"))
U(d, "Secretary-General António Guterres condemned the attack, his spokesman said", "brought to justice.",
  ("United Nations", C, neg, "", "condemnation + hope for justice: rule 1 -> condemning"))
U(d, "President Xi Jinping, in a message to Putin, said China stood against every form of terrorism", "on security.",
  ("China", S, pos, "Russia", "message of support + readiness to cooperate = supporting; 'against every form of terrorism' aims at no actor (unsure: could be read as condemning)"))
U(d, "A message of sympathy from Prime Minister Shinzo Abe", "Russia might need.",
  ("Japan", S, pos, "Russia", "verbless bullet; sympathy + offer of help = supporting"))
U(d, "The foreign ministry in Damascus denounced what it called a cowardly terrorist bombing", "according to the state news agency.",
  ("Syria", C, neg, "", "denunciation + solidarity: rule 1 -> condemning; 'according to the state news agency' (agency not an actor); Damascus = Syria"))
U(d, "Prime Minister Benjamin Netanyahu offered condolences", "if Moscow wanted them.",
  ("Israel", S, pos, "Russia", "condolences + offer of experts = supporting (offer of assistance)"))
U(d, "Condolences from President Recep Tayyip Erdoğan in a telephone call with Putin.", "Condolences from President Recep Tayyip Erdoğan in a telephone call with Putin.",
  ("Turkey", S, neg, "Russia", "verbless bullet; condolences = supporting"))
U(d, "Foreign Minister Mohammad Javad Zarif condemned the bombing on Twitter", "all states together.",
  ("Iran", C, neg, "", "condemnation: rule 1; target empty"))
U(d, "Yevgeny Lapin, a security analyst at the Moscow-based Centre for Urban Security Studies", "symbolic target.",
  ("Yevgeny Lapin", N, neu, "", "invented analyst; assessment of the attacker's choice, no position on an actor"))
U(d, "\"The worst outcome now would be raids on every Central Asian hostel", "keep the investigation focused.",
  ("Yevgeny Lapin", T, neg, "Russia", "warning + appeal to the authorities to avoid collective raids = calling_for_talks (restraint), no judgement of a done act"))
U(d, "Darya Sokolova, a 22-year-old student who was waiting on the platform", "first police officers arrived.",
  ("Darya Sokolova", N, neg, "", "invented witness; eyewitness account, no position (kept as neutral example)"))
