# ------------------------------------------------------------------ Greece expels Libya's ambassador over the Tripoli-Ankara maritime memorandum (round-up of reactions, 2019-12-08)
d = "page_greece_libya_envoy2019_roundup.txt"
# Not statements: masthead, menu, kicker, headline, time stamp/byline, country crossheads, Related list, newsletter prompt, copyright.
# Libya's Tripoli government is labelled with its canonical name Government of National Accord (the envoy's government).
U(d, "Greece on Friday gave Libya's ambassador, Mohamed Younis Menfi, 72 hours to leave", "with Turkey on 27 November.",
  ("Greece", C, neg, "Government of National Accord", "expulsion = condemning"),
  ("Government of National Accord", N, neu, "", "subordinate clause: refusal to share the text, no protest stated = neutral"))
# "Here is how governments and organisations responded over the weekend." = lead-in, no row.
U(d, "Foreign Minister Nikos Dendias said the accord ignored Crete entirely", "no such deal was coming.",
  ("Greece", C, neg, "", "judgement of an accord of two parties + 'misled by Tripoli' -> two targets, empty"))
U(d, "Dendias added that the expulsion was not a break in diplomatic relations", "with Libya.",
  ("Greece", N, neu, "", "surname only; limits of its own measure"))
U(d, "Government spokesman Stelios Petsas said Greece would take the matter", "in the coming days.",
  ("Greece", N, neu, "", "procedural plan"))
U(d, "The GNA's foreign ministry called the expulsion an unjustified step", "posted on its website.",
  ("Government of National Accord", C, neg, "Greece", "judgement of the expulsion"))
U(d, "Foreign Minister Mohamed Siala was quoted by Libyan television as saying", "on its own maritime border.",
  ("Government of National Accord", T, neu, "Greece", "passive attribution; defence of the deal + offer of talks = calling_for_talks (denial part neutral; the offer decides)"))
U(d, "Foreign Minister Mevlut Cavusoglu, speaking during a visit to Rome, called the expulsion", "unworthy of a European government.",
  ("Turkey", C, neg, "Greece", "judgement without stock word"))
U(d, "The foreign ministry's spokesman, Hami Aksoy, said the memorandum was fully in line", "register it with the United Nations.",
  ("Turkey", N, neu, "", "defence of own deal + procedure"))
U(d, "The Speaker of the eastern-based House of Representatives, Aguila Saleh, said", "close to the eastern authorities.",
  ("Libyan House of Representatives", C, neg, "Government of National Accord", "rejection of the memorandum as void = judgement of the GNA's act; second-hand attribution"))
U(d, "Saleh accepted an invitation to visit Athens later this month", "his office said.",
  ("Libyan House of Representatives", T, pos, "Greece", "agrees to attend a meeting = calling_for_talks (unsure: in the context it is also backing Athens)"))
U(d, "The Libyan National Army's spokesman, Ahmed al-Mismari, said the deal", "as a hostile act.",
  ("Libyan National Army", C, neg, "Turkey", "judgement + threat against a Turkish deployment"))
U(d, "Full support for the Greek decision, and a reminder that the agreement", "between Sameh Shoukry and Dendias.",
  ("Egypt", C, neg, "", "verbless bullet: support for Greece joined to a judgement of the accord ('no legal effect'); rule 1; the accord has two parties -> target empty (unsure: could be supporting Greece)"))
U(d, "Foreign Minister Nikos Christodoulides: solidarity with Athens", "Nicosia's own offshore rights.",
  ("Cyprus", S, pos, "Greece", "verbless: solidarity + a legal step, no explicit judgement"))
U(d, "The bloc's new foreign policy chief, Josep Borrell, said the memorandum raised serious questions", "stood behind Greece and Cyprus.",
  ("European Union", S, pos, "", "backing of two states; 'serious questions' is concern, not an explicit judgement"))
U(d, "A spokesperson for the European Commission added that the EU wanted all sides", "in the Mediterranean.",
  ("European Union", T, neu, "", "appeal to avoid escalation, no target"))
U(d, "Paris expressed its concern at the accord", "without mentioning the expulsion.",
  ("France", N, neg, "", "concern with no appeal = neutral"))
U(d, "A State Department official called the memorandum unhelpful and provocative", "through dialogue.",
  ("United States", C, neg, "", "judgement of the memorandum + appeal: rule 1; two parties -> target empty"))
U(d, "Secretary-General Ahmed Aboul Gheit: worried that the Libyan crisis", "the UN-led political process.",
  ("Arab League", T, neg, "", "verbless: worry + hope of a return to talks"))
U(d, "The Special Representative for Libya, Ghassan Salamé, declined to take a position", "back to the negotiating table.",
  ("United Nations", T, neu, "", "declines to judge + the aim of talks"))
U(d, "\"Athens chose the loudest gesture available", "a senior fellow at the Aegean Policy Institute in Athens.",
  ("Eleni Vassilaki", C, neg, "Greece", "independent analyst; quote before the name; judgement of Athens's gesture"))
U(d, "Vassilaki said the move could push the GNA further into Turkey's arms.", "Vassilaki said the move could push the GNA further into Turkey's arms.",
  ("Eleni Vassilaki", N, neg, "", "risk assessment"))
U(d, "Karim Ben Hamouda, a professor of international law", "would not change a single coordinate.",
  ("Karim Ben Hamouda", C, neg, "", "judgement of the memorandum and of the expulsion -> target empty"))
U(d, "He urged Greece and Libya to open their own delimitation talks", "rather than trade gestures.",
  ("Karim Ben Hamouda", T, neu, "", "appeal for talks"))
U(d, "Italian Foreign Minister Luigi Di Maio said Rome was in contact", "calmly and quickly.",
  ("Italy", T, pos, "", "contacts with both + hope for a calm settlement = calling_for_talks"))
