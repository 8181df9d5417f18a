# ------------------------------------------------------------------ Coordinated expulsions of Russian diplomats after the Salisbury attack (Reuters-style wire, 2018-03-26)
d = "page_skripal_expulsions_wire.txt"
U(d, "The United States ordered 60 Russian diplomats", "since the Cold War.",
  ("United States", C, neg, "Russia", "lead after the dateline: expulsion + consulate closure = measure against Russia; 'Washington and its allies' is a collective with no named member (no row)"))
U(d, "Russia, which denies any part", "said it would retaliate.",
  ("Russia", C, neg, "", "threat of retaliation decides (the denial sits in a relative clause as background); aimed at all the expelling states -> target empty"))
U(d, "Britain expelled 23 Russian diplomats this month", "British envoys.",
  ("United Kingdom", C, neg, "Russia", "earlier specific act reported as done (expulsion + May's attribution of blame)"),
  ("Russia", C, neg, "United Kingdom", "tit-for-tat expulsion reported as done = measure against the UK"))
U(d, "A senior U.S. administration official told reporters", "in New York.",
  ("United States", N, neu, "", "unnamed official of a named government = US; a figure, no evaluation"))
U(d, "White House spokeswoman Sarah Sanders said the expulsions", "on American soil.",
  ("United States", C, neg, "Russia", "purpose of the expulsions, imputing spying to Moscow = measure + accusation"))
U(d, "\u201cUsing a banned nerve agent", "in a statement.",
  ("United States", C, neg, "Russia", "multi-sentence quote closed by its speaker = one unit; judgement without stock words + 'expect to pay a price'; the backing of London in the same unit is outweighed (rule 1)"))
U(d, "The diplomats at Russia's embassy and consulates have seven days", "by April 2.",
  ("United States", N, neu, "", "deadlines = procedure; State Department spokeswoman"))
U(d, "At a summit in the Bulgarian Black Sea resort of Varna", "most likely to blame.",
  ("European Union", C, neg, "Russia", "Tusk announces the member states' coordinated expulsions as the EU's follow-up + EU leaders' attribution of blame"))
U(d, "\u201cThis is not the end of it.", "Turkish President Tayyip Erdogan.",
  ("European Union", C, neg, "Russia", "threat of further measures; Erdogan only mentioned (no row)"))
U(d, "Germany, France, and Poland each ordered out four Russian diplomats.", "Germany, France, and Poland each ordered out four Russian diplomats.",
  ("Germany", C, neg, "Russia", "Oxford-comma list of three states, each an expulsion reported as done"),
  ("France", C, neg, "Russia", "same list"),
  ("Poland", C, neg, "Russia", "same list"))
U(d, "German Foreign Minister Heiko Maas", "taken the step lightly.",
  ("Germany", C, neg, "Russia", "attribution of responsibility to Russia"))
U(d, "He added that Germany still wanted a working relationship", "keep talking to it.",
  ("Germany", T, neu, "Russia", "'He' = Maas; continued dialogue offered to Moscow, no judgement in the sentence"))
U(d, "In Paris, the foreign ministry said the attack in Salisbury", "Europe as a whole.",
  ("France", C, neg, "", "judgement of the attack; no perpetrator named in the sentence -> target empty"))
U(d, "Foreign Minister Jean-Yves Le Drian said France stood shoulder to shoulder", "British ally.",
  ("France", S, pos, "United Kingdom", "solidarity with Britain"))
U(d, "Canadian Foreign Minister Chrystia Freeland said four Russian diplomats", "turned down.",
  ("Canada", C, neg, "Russia", "expulsions + refused accreditations = measures"))
U(d, "Freeland said the four were intelligence officers", "oldest friends.",
  ("Canada", C, neg, "Russia", "accusation (spies) + 'brazen crime'; 'the four' are Russia's diplomats"))
U(d, "In Kiev, President Petro Poroshenko said on Twitter", "solidarity with Britain.",
  ("Ukraine", C, neg, "Russia", "expulsion announced; Kiev = place"))
U(d, "Norway, Albania and Macedonia announced smaller expulsions later in the day.", "Norway, Albania and Macedonia announced smaller expulsions later in the day.",
  ("Norway", C, neg, "Russia", "list of three, each an expulsion"),
  ("Albania", C, neg, "Russia", "same list"),
  ("North Macedonia", C, neg, "Russia", "same list; 'Macedonia' in 2018 = the state renamed North Macedonia in 2019 (canonical name)"))
U(d, "Austria, which is militarily neutral, will not take part", "than by closing one.",
  ("Austria", T, neu, "Russia", "refusal to join the measure with a counter-offer of dialogue and no grievance stated = calling_for_talks"))
U(d, "Foreign Minister Karin Kneissl said Austria nonetheless shared", "for consultations.",
  ("Austria", C, neg, "Russia", "shares the blame on Russia and backed the recall of the EU ambassador = a measure in protest; same actor, other stance than the unit before"))
U(d, "In Moscow, the foreign ministry called the expulsions an unfriendly act", "a response in kind.",
  ("Russia", C, neg, "", "judgement + accusation of London + promised retaliation; aimed at all the expelling states -> target empty"))
U(d, "Anatoly Antonov, Russia's ambassador in Washington", "between the two countries.",
  ("Russia", C, neg, "United States", "accusation; Washington = place"))
U(d, "Kremlin spokesman Dmitry Peskov said again that Russia had nothing to do", "in Salisbury.",
  ("Russia", N, neg, "", "denial = neutral, negative tone (guide)"))
U(d, "In London, May told lawmakers that allies had sent the Kremlin", "show of unity.",
  ("United Kingdom", S, pos, "", "thanks and praise for the allies (several) -> target empty; 'the Kremlin' is only addressed by the allies' message"))
U(d, "Foreign Secretary Boris Johnson said the Kremlin had gambled", "and had lost.",
  ("United Kingdom", C, neg, "Russia", "judgement without stock words; Kremlin = Russia"))
