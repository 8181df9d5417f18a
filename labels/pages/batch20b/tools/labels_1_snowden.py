# ------------------------------------------------------------------ Obama cancels the Moscow summit after Russia's asylum for Snowden (international wire, 2013-08-08)
d = "page_snowden_summit_wire.txt"
# No row: headline, byline, photo caption + "1 of 3", dateline (excluded from the first unit), crossheads, "Related:",
# reporting credits, "MORE FROM TNA", topics, newsletter prompt, most read, copyright.
U(d, "President Barack Obama on Wednesday called off a one-on-one summit", "no longer worth holding.",
  ("United States", C, neg, "Russia", "long lead mixing narration and position: cancelled summit as a 'public rebuke' with Russia's sheltering of Snowden stated as a reason = withdrawal in protest (condemning)"))
# No row: "Obama will still travel to St. Petersburg ..., officials said." (unnamed officials with no tie stated; travel plan)
U(d, "\"We took a hard look at where things stand with Russia", "said in a written statement.",
  ("United States", N, neg, "", "cancellation justified by a lack of progress, no judgement word aimed at Russia in this sentence = neutral (guide rule 4); contrast with the next unit"))
U(d, "The statement went on to call Moscow's handling of Snowden a disappointment", "trade and human rights.",
  ("United States", C, neg, "Russia", "'a disappointment that had weighed in the decision' = judgement of Moscow's act (metonym) as grounds for the cancellation"))
U(d, "A senior administration official, briefing reporters on condition of anonymity", "in Washington on Friday.",
  ("United States", T, neu, "Russia", "unnamed official of a named government speaks for it; no separate Putin meeting (schedule) but a commitment to hold the 2+2 talks = calling_for_talks; Lavrov and Shoigu are objects, not speakers"))
# No row: "In Moscow, the Kremlin answered within hours." (summary line before the specific statements)
U(d, "Yuri Ushakov, Putin's foreign policy aide, told reporters", "\"not of our making.\"",
  ("Russia", C, neg, "United States", "disappointment at the US decision (judgement, like 'regrettable') + denial of responsibility in one sentence: the judgement decides (unsure: could be a neutral denial)"))
U(d, "He said the cancellation showed Washington was still unwilling", "repeatedly proposed.",
  ("Russia", C, neg, "United States", "pronoun subject = Ushakov; accusation of stalling the extradition treaty"))
U(d, "\"The president's invitation to Moscow has not been withdrawn.", "Ushakov said.",
  ("Russia", T, pos, "United States", "multi-sentence quote closed by its speaker = one unit; invitation kept open + offer to keep working = offer of talks"))
# No row: "Ushakov and Deputy Foreign Minister Sergei Ryabkov met U.S. Ambassador Michael McFaul ..." (meeting listed in narrative, no attribution)
U(d, "Lavrov, speaking earlier in the day, said he hoped the talks", "missile defence.",
  ("Russia", T, pos, "United States", "hope for productive talks = calling_for_talks (surname only; Lavrov is an alias of Russia)"))
# No row: "Alexei Pushkov, who chairs ..., struck a harsher note on Twitter." (lead-in; the position is in the next unit)
U(d, "\"Washington has cancelled a summit to punish Russia", "he wrote.",
  ("Russia", C, neg, "United States", "leader of a Duma committee on social media = Russia (parliament speaks for the state); sarcastic judgement, quote closed by 'he wrote'"))
# No row: "The cancellation capped a week of friction ..." (background narration with Snowden as subject)
U(d, "Russia's Federal Migration Service confirmed that it had issued the document", "asylum seekers.",
  ("Russia", N, neu, "", "state agency = Russia; procedure reported as done (unsure: granting asylum could be read as backing Snowden by act)"))
U(d, "Anatoly Kucherena, a Moscow lawyer who has been advising Snowden, told Russian television", "would not disclose.",
  ("Anatoly Kucherena", N, neu, "", "independent person (lawyer) under his own name; facts"))
U(d, "\"His safety comes first, and the threats against him are real,\" Kucherena said.", "\"His safety comes first, and the threats against him are real,\" Kucherena said.",
  ("Anatoly Kucherena", N, neg, "", "concern without appeal = neutral, negative"))
U(d, "He praised the authorities for treating a stranded man decently", "let him fly on.",
  ("Anatoly Kucherena", S, pos, "Russia", "praise of the Russian authorities = supporting"))
U(d, "\"Punishing Russia for this would make no sense at all,\" he added.", "\"Punishing Russia for this would make no sense at all,\" he added.",
  ("Anatoly Kucherena", S, neu, "Russia", "quote continued after the paragraph's first sentence; argues against sanctions on Russia = defends Russia (unsure: could be neutral)"))
U(d, "In a statement published by WikiLeaks, whose staffer Sarah Harrison", "giving him shelter.",
  ("Edward Snowden", S, pos, "Russia", "thanks = supporting; WikiLeaks here only publishes (no row), Harrison is narration"))
U(d, "\"For two months Washington has behaved as if the rules bind everyone but itself.", "the statement said.",
  ("Edward Snowden", C, neg, "United States", "quote closed by 'the statement said' = Snowden's statement; Washington = metonym"))
U(d, "WikiLeaks said on its Twitter account that Snowden was in a safe place", "would not say where.",
  ("WikiLeaks", N, neu, "", "organisation giving facts"))
U(d, "His father, Lon Snowden, told a Russian television channel", "keeping his son safe.",
  ("Lon Snowden", S, pos, "Russia", "independent person (the father); gratitude to Putin and Russians = supporting Russia"))
# No row: "Washington's first response that day set the tone." (summary line)
U(d, "Carney told reporters the administration was deeply let down", "face trial.",
  ("United States", C, neg, "Russia", "'deeply let down that Moscow had acted despite clear requests' = judgement without stock words"))
U(d, "\"Calling Mr. Snowden a whistleblower gets it wrong.", "Carney said at the daily briefing.",
  ("United States", C, neg, "Edward Snowden", "multi-sentence quote closed by its speaker; accusation against Snowden (charges as accusation)"))
U(d, "\"This was a decision for the migration service under the law.", "told reporters that day.",
  ("Russia", N, neg, "", "multi-sentence quote closed by Peskov (alias of Russia): denial of the president's involvement = neutral, negative"))
U(d, "State Department deputy spokeswoman Marie Harf on Monday dismissed Russian suggestions", "if returned.",
  ("United States", N, neg, "", "denial ('dismissed ... suggestions') = neutral, negative; Russia's suggestion is background here"))
U(d, "\"That argument has no basis.", "she said.",
  ("United States", N, neg, "", "quote continuing the denial + assurance in writing; 'she' = Harf"))
U(d, "Obama himself broke his silence on Tuesday in a late-night television interview", "superpower contest.",
  ("United States", C, neg, "Russia", "disappointment + reproach of Russian leaders' outlook = judgement"))
U(d, "\"That is not how the world works any more, and I have told him so,\" Obama said", "nuclear security.",
  ("United States", C, neg, "Russia", "rebuke ('him' = Putin) + 'still had work to do together': the judgement decides (rule 1)"))
# No row: "Lawmakers of both parties applauded Wednesday's decision, and several wanted more." (summary line)
U(d, "Senator Charles Schumer, a New York Democrat, welcomed the cancellation", "over the summer.",
  ("United States", C, neg, "Russia", "senator = United States (guide); welcome of own government's step + judgement of Putin: rule 1, condemning"))
U(d, "Republican Senator John McCain, who last week described", "rethink the whole relationship.",
  ("United States", C, neg, "Russia", "call to widen the Magnitsky visa-ban list = sanctions (condemning); McCain is an alias of the US"))
# No row: "Analysts said the quarrel over Snowden was a symptom ..." (unnamed analysts)
U(d, "\"The relationship had been running on fumes for two years.", "said Margaret Ellery, who studies Russian foreign policy at the Whitcombe Institute in Washington.",
  ("Margaret Ellery", N, neg, "", "independent analyst (invented) under her own name; assessment, no judgement of an actor; quote closed by 'said Ellery'"))
U(d, "\"The greater risk is not a freeze", "Ellery said.",
  ("Margaret Ellery", N, neg, "", "risk scenario, no appeal = neutral, negative"))
U(d, "In Moscow, Pavel Sorokin, a political scientist", "stand up to Washington.",
  ("Pavel Sorokin", N, neu, "", "independent scholar (invented) on the Kremlin's calculation; Moscow = place"))
U(d, "\"The scenario to watch is the G20.", "Sorokin said.",
  ("Pavel Sorokin", N, neg, "", "scenario of what may happen next, no judgement"))
U(d, "He added that both governments had handled the affair badly", "personal relationship to recover.",
  ("Pavel Sorokin", C, neg, "", "judgement of both sides ('handled badly') + appeal to separate the issues: rule 1; both sides -> target empty"))
# No row: Snowden's charges (background narration), "Human Rights Watch and Amnesty International had visited him ..." (background).
