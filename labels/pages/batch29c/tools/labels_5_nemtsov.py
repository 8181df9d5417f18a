# ------------------------------------------------------------------ Killing of Boris Nemtsov in Moscow (world-reacts round-up, .txt, 2015-02-28)
d = "page_nemtsov_killing2015_worldreacts.txt"
# Not statements: site line, time stamp, headline, the two narrative paragraphs (the shooting "according to investigators":
# unnamed investigators, facts only; left without a row), the lead-in "Here is how ...", country/organisation headings,
# the flowers on the bridge, compilation line, share line, "More on this story" links, copyright.
U(d, "President Putin condemned the murder and will personally oversee the investigation", "stir up trouble.",
  ("Russia", C, neg, "", "condemnation relayed by the spokesman; the 'commissioned ... to stir up trouble' reading blames unnamed plotters -> target empty"))
U(d, "Putin sent a message of condolence to Nemtsov’s mother, Dina Eidman", "the Kremlin said.",
  ("Russia", C, neg, "", "condolence joined to a promise of punishment for the culprits = threatened response; rule 1"))
U(d, "The Investigative Committee said it was examining several motives", "conflict in Ukraine.",
  ("Russia", N, neu, "", "lines of inquiry = facts/procedure"))
U(d, "President Barack Obama condemned the killing and called on the Russian authorities", "killers on trial.",
  ("United States", C, neg, "", "condemnation + appeal to Moscow: rule 1; the condemnation aims at the killing, not at Russia -> target empty"))
U(d, "“Boris Nemtsov gave his life to the idea that Russians deserve", "We will honour that idea.”",
  ("United States", S, pos, "", "tribute to the dead man (not an actor) = praise"))
U(d, "Secretary of State John Kerry said Washington was appalled", "investigation closely.",
  ("United States", N, neg, "", "alarm + monitoring, no appeal, no judgement of an actor"))
U(d, "Chancellor Angela Merkel, through her spokesman, called the killing a craven act", "found and punished.",
  ("Germany", C, neg, "", "'craven act' = judgement of the killing; appeal to Putin in the same sentence; rule 1"))
U(d, "Foreign Minister Frank-Walter Steinmeier said he was shaken and saddened by the news.", "saddened by the news.",
  ("Germany", N, neg, "", "emotion only = neutral, negative"))
U(d, "President François Hollande condemned what he called a vile crime", "constant pressure.",
  ("France", C, neg, "", "condemnation + tribute; rule 1"))
U(d, "Prime Minister David Cameron: a brutal crime that must not go unpunished.", "must not go unpunished.",
  ("United Kingdom", C, neg, "", "verbless bullet; judgement + demand of punishment"))
U(d, "Foreign Secretary Philip Hammond said Russia owed Nemtsov’s family", "transparent investigation.",
  ("United Kingdom", T, neg, "Russia", "demand of an inquiry addressed to Russia, no judgement word"))
U(d, "Foreign policy chief Federica Mogherini: deep sadness; an urgent and independent inquiry is needed.", "inquiry is needed.",
  ("European Union", T, neg, "", "verbless bullet: grief + appeal for an inquiry"))
U(d, "European Council President Donald Tusk said on Twitter that Nemtsov had been a man of courage", "in Russia and in Europe.",
  ("European Union", S, pos, "", "tribute to a person = praise; no canonical target"))
U(d, "President Petro Poroshenko said Nemtsov had been preparing to make public evidence", "stop him doing so.",
  ("Ukraine", C, neg, "Russia", "reported clause: Russian soldiers in Ukraine + insinuated motive = accusation"))
U(d, "Foreign Minister Grzegorz Schetyna said the murder was a dark signal", "freedom in Russia.",
  ("Poland", C, neg, "Russia", "judgement on the state of freedom in Russia, no stock word"))
U(d, "President Dalia Grybauskaite said the killing showed how far the Russian authorities had gone", "as enemies.",
  ("Lithuania", C, neg, "Russia", "judgement of the Russian authorities"))
U(d, "Secretary-General Ban Ki-moon condemned the killing and expressed hope", "his spokesman said.",
  ("United Nations", C, neg, "", "condemnation + hope for justice; rule 1; no actor judged"))
U(d, "Secretary General Thorbjørn Jagland: appalled by the murder", "family and friends.",
  ("Council of Europe", N, neg, "", "verbless bullet: alarm and sympathy, no judgement of an actor, no appeal"))
U(d, "The OSCE Chairperson-in-Office, Serbian Foreign Minister Ivica Dacic, expressed condolences", "thorough investigation.",
  ("OSCE", S, pos, "Russia", "Serbian FM speaking as OSCE chair = OSCE; condolences to the Russian people + confidence in its authorities"))
U(d, "Foreign Minister Rob Nicholson said Canada was deeply troubled", "democratic change.",
  ("Canada", S, neg, "", "backing of Russian democrats (not an actor) = supporting; troubled tone"))
U(d, "Foreign ministry spokesman Hong Lei said Beijing believed the Russian government", "internal matter for Russia.",
  ("China", S, neu, "Russia", "confidence in Moscow's handling + non-interference = backing"))
U(d, "Mikhail Kasyanov, Nemtsov’s co-chairman in the RPR-PARNAS party, said", "agreed to the new route.",
  ("RPR-PARNAS", N, neu, "", "plan for the march"),
  ("Russia", N, neu, "", "the city authorities' agreement, reported by Kasyanov = Moscow authorities' decision (provincial level -> state)"))
U(d, "“Boris was killed because he told the truth about the war and about corruption,”", "are responsible.”",
  ("RPR-PARNAS", C, neg, "Russia", "'those who created this atmosphere of hatred are responsible' = blame aimed at the authorities (unsure: target implied)"))
U(d, "Katarzyna Wolska, Russia analyst at the Warsaw Institute for Eastern Studies, said", "whatever the investigation found.",
  ("Katarzyna Wolska", N, neg, "", "invented analyst; forecast"))
U(d, "“The message has been received by every person who was planning to march on Sunday,”", "she said.",
  ("Katarzyna Wolska", N, neg, "", "reading of the effect, no judgement of a named actor"))
U(d, "Pavel Ilyin, a political scientist in Moscow, urged caution about early conclusions.", "early conclusions.",
  ("Pavel Ilyin", T, neu, "", "invented scholar; appeal for restraint"))
U(d, "“Within an hour people on both sides had named a guilty party.", "Ilyin said.",
  ("Pavel Ilyin", T, neu, "", "quote of two sentences closed by its speaker; let the investigators work"))
