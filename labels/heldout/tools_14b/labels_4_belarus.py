# ------------------------------------------------------------------ Putin announces tactical nuclear weapons for Belarus (live blog, full HTML, 2023-03-27)
d = "page_belarus_nuclear_liveblog.html"
U(d, "Kremlin spokesman Dmitry Peskov told reporters in Moscow", "Russia's plans.",
  ("Russia", N, neu, "", "Peskov = Russia; brushing aside criticism with no judgement of anyone = neutral (own plans); Moscow = place"))
U(d, "Asked whether the step breached Russia's obligations", "under Russian control.",
  ("Russia", N, neg, "", "'he' = Peskov; denial of a breach = neutral, negative (guide)"))
U(d, "Mao Ning, a spokeswoman for China's foreign ministry, pointed to a joint statement", "win a nuclear war.",
  ("China", T, neu, "", "recalls a norm against nuclear war, aimed at no one = appeal (unsure: could be neutral); the 2022 P5 statement is cited by Mao as China's position, no rows for the other four signatories"))
U(d, "\"All parties should put their energy into diplomacy", "she said.",
  ("China", T, neu, "", "appeal to all parties for diplomacy and de-escalation"))
U(d, "Her comments came days after Xi Jinping and Putin said in a joint statement", "weapons abroad.",
  ("China", T, neu, "", "a joint statement reported as made: 'nuclear powers should not deploy such weapons abroad' aimed at no one = appeal (unsure: could be read as background narration)"),
  ("Russia", T, neu, "", "same joint statement, one row per signatory"))
U(d, "Germany's foreign office said Putin was once again trying to frighten Europe", "nuclear weapons.",
  ("Germany", C, neg, "Russia", "accusation of intimidation; Putin = Russia"))
U(d, "Spokeswoman Andrea Sasse told a government news conference in Berlin", "did not hold up.",
  ("Germany", C, neg, "Russia", "rebuttal of Putin's analogy = a judgement of his argument ('did not hold up'); Berlin = place"))
U(d, "\"This will not change our course one bit", "she said.",
  ("Germany", S, pos, "Ukraine", "quote after the first sentence of the paragraph, same speaker; continued help to Ukraine = supporting"))
U(d, "Government spokesman Steffen Hebestreit said it was Moscow, and nobody else", "keeping it going.",
  ("Germany", C, neg, "Russia", "blame = condemning; Moscow = metonym"))
U(d, "Lithuanian Foreign Minister Gabrielius Landsbergis said the EU should answer", "its sovereignty.",
  ("Lithuania", C, neg, "Belarus", "call for sanctions + judgement (labels README: calls for sanctions are condemning)"))
U(d, "Exiled Belarusian opposition leader Sviatlana Tsikhanouskaya said Lukashenko", "Russian weapons.",
  ("Sviatlana Tsikhanouskaya", C, neg, "Belarus", "opposition leader under her own name (name files); judgement of Lukashenko = Belarus"))
U(d, "\"Belarusians never asked for these weapons.", "she wrote on Twitter.",
  ("Sviatlana Tsikhanouskaya", C, neg, "Russia", "multi-sentence quote closed by its speaker = one unit; rejection of the Russian weapons (unsure target: Russia's weapons vs Lukashenko's consent)"))
U(d, "The International Campaign to Abolish Nuclear Weapons", "being used.",
  ("International Campaign to Abolish Nuclear Weapons", C, neg, "Russia", "NGO as its own actor; 'reckless escalation' = judgement of Russia's plan"))
U(d, "It urged Russia and Belarus to drop the plan", "banning nuclear weapons.",
  ("International Campaign to Abolish Nuclear Weapons", T, neg, "", "'It' = ICAN; demand to stop with no judgement word = calling_for_talks; two parties addressed -> target empty"))
U(d, "EU foreign policy chief Josep Borrell said on Twitter that Minsk", "further sanctions ready.",
  ("European Union", C, neg, "Belarus", "judgement + threat of sanctions; Minsk = metonym, Brussels = the EU"))
U(d, "Belarus could still say no, he added.", "Belarus could still say no, he added.",
  ("European Union", T, neu, "Belarus", "implicit appeal to refrain, no judgement in the sentence (unsure: could be neutral)"))
U(d, "NATO spokesperson Oana Lungescu said Moscow was distorting the facts", "international obligations.",
  ("NATO", C, neg, "Russia", "accusation of distortion + own conduct; Moscow = metonym"))
U(d, "\"Moscow keeps playing with nuclear words", "she said.",
  ("NATO", C, neg, "Russia", "'dangerous and irresponsible' = judgement"))
U(d, "The alliance was following events closely", "she said.",
  ("NATO", N, neg, "", "monitoring without an appeal = neutral, negative (guide)"))
U(d, "Ukraine's foreign ministry demanded an emergency meeting", "nuclear blackmail.",
  ("Ukraine", C, neg, "Russia", "demand for a Council meeting + 'nuclear blackmail' judgement: rule 1"))
U(d, "It said it expected Britain, China, the United States and France to act", "Moscow's threats.",
  ("Ukraine", C, neg, "Russia", "'It' = the ministry; appeal to four states to act against 'Moscow's threats' (judgement): rule 1; the four states are addressed, not speakers (no rows)"))
U(d, "Oleksiy Danilov, secretary of Ukraine's National Security and Defence Council", "Putin and Lukashenko.",
  ("Ukraine", C, neg, "Russia", "security council secretary = Ukraine; judgement of the Kremlin"))
U(d, "A spokesperson for the White House National Security Council said Washington", "US nuclear forces.",
  ("United States", N, neu, "", "unnamed spokesperson of a named body = US; assessment, no appeal"))
U(d, "The United States would stand by its pledge to defend every NATO ally", "the spokesperson added.",
  ("United States", S, pos, "NATO", "commitment to allies = supporting"))
U(d, "Putin told state television channel Rossiya 24 that construction", "by July 1.",
  ("Russia", N, neu, "", "own plan and date"))
U(d, "He said Russia had already handed Belarus an Iskander missile system", "tactical nuclear weapons.",
  ("Russia", S, neu, "Belarus", "equipment provided to Belarus = supporting (guide: provides equipment)"))
U(d, "Putin said Lukashenko had long asked for the step", "allied countries.",
  ("Russia", N, neu, "", "justification by precedent, no explicit judgement of the US (as batch5c's drill justification; unsure)"))
U(d, "He linked the decision to Britain's plan to send Ukraine", "depleted uranium.",
  ("Russia", C, neg, "United Kingdom", "deployment presented as a response to Britain's act = a threatened response (unsure: could be neutral)"))
U(d, "\"We are not handing these weapons over.", "Putin said.",
  ("Russia", N, neu, "", "multi-sentence quote closed by its speaker; reassurance about its own conduct"))
