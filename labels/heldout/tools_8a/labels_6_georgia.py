# ------------------------------------------------------------------ EU and member-state reactions to Georgia's suspension of EU accession talks and the crackdown (full HTML, European affairs site, 2024-12-17)
d = "page_georgia_eu_reaction_webpage.html"
U(d, "European Union foreign ministers agreed on Monday to suspend visa-free travel", "protesters in Tbilisi.",
  ("European Union", C, neg, "Georgia", "measure taken in response to the crackdown (visa suspension) = condemning; the ministers in the Council speak for the EU"))
U(d, "“You do not treat your own citizens like this", "the meeting in Brussels.",
  ("European Union", C, neg, "Georgia", "multi-sentence quote closed by its speaker (Kallas, EU foreign policy chief, introduced by role after the quote); judgement of the Georgian government"))
U(d, "She said the bloc would put more money into Georgian civil society groups", "independent media.",
  ("European Union", S, pos, "", "'She' = Kallas, 'the bloc' = EU; funding = backing by act; recipients are not canonical actors -> target empty"))
U(d, "Kallas said a separate plan to impose travel bans and asset freezes", "all 27 member states.",
  ("European Union", N, neg, "", "surname only; procedural outcome (unanimity not reached), no judgement of anyone"))
U(d, "Hungary and Slovakia withheld their consent, according to two diplomats present.", "Hungary and Slovakia withheld their consent, according to two diplomats present.",
  ("Hungary", N, neu, "", "a specific act (blocking the sanctions) reported by unnamed diplomats; no reason or judgement stated in the sentence = neutral (README: objecting with no judgement stated); the diplomats are not actors"),
  ("Slovakia", N, neu, "", "same sentence; no reason stated"))
U(d, "Hungarian Foreign Minister Péter Szijjártó had promised earlier this month", "Georgia's leaders.",
  ("Hungary", S, pos, "Georgia", "pledge to shield Georgia's leaders from sanctions while hosting its foreign minister = backing (unsure: could be read as neutral procedure)"))
U(d, "In Tbilisi, Prime Minister Irakli Kobakhidze called the visa decision", "an act of blackmail.",
  ("Georgia", C, neg, "European Union", "the prime minister speaks for Georgia; 'hostile', 'blackmail' = judgement of the EU's decision; Tbilisi = place"))
U(d, "He insisted that his government still intended to take Georgia into the bloc by 2030.", "He insisted that his government still intended to take Georgia into the bloc by 2030.",
  ("Georgia", N, pos, "", "'He' = Kobakhidze; reassurance about its own course = neutral, positive"))
U(d, "Mamuka Mdinaradze, executive secretary of the ruling Georgian Dream party", "organising the unrest.",
  ("Georgian Dream", C, neg, "", "party official speaks for the party (name files); accusation aimed at unnamed 'foreign-funded groups' -> target empty"))
U(d, "Georgia's Interior Ministry says several hundred people have been detained", "until the end of 2028.",
  ("Georgia", N, neu, "", "ministry figures; Kobakhidze's Nov 28 announcement is only recalled in the relative clause"))
U(d, "The announcement came hours after the European Parliament declared", "international supervision.",
  ("European Union", C, neg, "Georgia", "European Parliament = EU (name files); 'neither free nor fair' = judgement of Georgia's election + demand for a re-run (rule 1)"))
U(d, "President Salome Zourabichvili, who sides with the protesters", "not only their passports.",
  ("Salome Zourabichvili", C, neg, "Georgian Dream", "the president sides against her own government and is her own actor (as in batch3b, batch5a); welcome of the EU step + call for sanctions on the ruling party's leaders: calls for sanctions are condemning (README)"))
U(d, "She has said she will not hand over the presidency to Mikheil Kavelashvili", "has no legitimacy.",
  ("Salome Zourabichvili", C, neg, "Georgia", "refusal in protest + 'no legitimacy' of the parliament (a state body = Georgia)"))
U(d, "Estonia, Latvia, and Lithuania announced national entry bans on December 1", "without waiting for Brussels.",
  ("Estonia", C, neg, "Georgia", "list of three (Oxford comma): one row each; entry bans = sanctions; Brussels = the EU, only mentioned"),
  ("Latvia", C, neg, "Georgia", "same list"),
  ("Lithuania", C, neg, "Georgia", "same list"))
U(d, "Estonian Foreign Minister Margus Tsahkna, who on Sunday added Kobakhidze", "urged other EU governments to act.",
  ("Estonia", C, neg, "Georgia", "new sanctions + 'criminal' + appeal to act (rule 1)"))
U(d, "Lithuania's new foreign minister, Kęstutis Budrys, announced a similar step", "as a whole to respond.",
  ("Lithuania", C, neg, "Georgia", "similar sanctions + call for an EU response = condemning"))
U(d, "On December 6 the foreign ministers of France, Germany, and Poland", "must be freed.",
  ("France", C, neg, "Georgia", "joint statement of three ministers (Weimar format): one row each; 'unacceptable' + demand to free prisoners (rule 1); the police = Georgia"),
  ("Germany", C, neg, "Georgia", "same joint statement"),
  ("Poland", C, neg, "Georgia", "same joint statement"))
U(d, "The three ministers also called on the ruling party to lower the temperature", "civil society groups.",
  ("France", T, neg, "Georgian Dream", "appeal for de-escalation and dialogue, no judgement in this sentence; 'the ruling party' = Georgian Dream by context"),
  ("Germany", T, neg, "Georgian Dream", "same"),
  ("Poland", T, neg, "Georgian Dream", "same"))
U(d, "European Council President António Costa, who spoke to Zourabichvili", "its own people wanted.",
  ("European Union", C, neg, "Georgia", "European Council = EU; judgement that the government acts against its people"))
U(d, "In Washington, the State Department suspended its strategic partnership", "undermining democracy there.",
  ("United States", C, neg, "Georgia", "two measures (partnership suspended, visa restrictions) = condemning; Washington = place"))
U(d, "Kremlin spokesman Dmitry Peskov said at the start of the month", "went through in 2014.",
  ("Russia", C, neg, "", "'attempt at a colour revolution' = judgement of the protests (organisers unnamed, the West implied) -> target empty"))
U(d, "He said the Georgian authorities were doing what was needed to restore calm", "no intention of interfering.",
  ("Russia", S, pos, "Georgia", "'He' = Peskov; approval of the Georgian authorities' handling + non-interference (unsure: could be read as neutral)"))
# no rows: crossheads, 'Also read', the newsletter box, reader comments (one urges talks, but commenters are not actors), most-read links
