# ------------------------------------------------------------------ Tibet unrest, March 2008 (international wire copy, 2008-03-21)
d = "page_tibet_unrest_wire.txt"
CTA = "Central Tibetan Administration"
# No rows: headline, photo captions and "1 of 4", the four bullets, crossheads, the standfirst-like bullets,
# "China's foreign ministry did not immediately comment on the visit." (a non-answer),
# "Pelosi, the most senior foreign politician ... led a congressional delegation ..." (narration),
# "In Beijing, state media said more than 100 people ... had surrendered ..." (state media reporting a fact),
# "Neither toll could be independently verified." (the outlet), Xinhua's "acknowledged ... opened fire in self-defence"
# (agency reporting a fact, no official quoted), "Younger exiles have been less patient." (summary line),
# the 24-year-old monk (unnamed, not an actor), "Western governments have so far kept their criticism measured ..."
# (summary line), "The European Parliament's president ... went further." (summary line before the specific statement),
# the Hong Kong-based analyst (not an actor), the Nepal police detentions ("witnesses said", background), the background
# paragraph on March 10, the reporting credits, Related, Topics, newsletter prompt, MOST READ, copyright.
U(d, "U.S. House of Representatives Speaker Nancy Pelosi on Friday called on governments", "human rights anywhere.",
  ("United States", C, neg, "China", "dateline excluded; long lead: the Speaker asks the world to denounce China's handling = judgement; Speaker of the House = United States (as the guide's Senator Cardin)"))
U(d, "\"If we do not speak up for the people of Tibet now", "she said to loud cheers.",
  ("United States", C, neg, "China", "multi-sentence quote closed by a pronoun speaker (Pelosi) = one unit; implicit indictment of China's crackdown, 'Lhasa' = place"))
U(d, "She said she wanted an independent international inquiry", "into the region.",
  ("United States", T, neu, "China", "demand for an inquiry and access with no judgement word = calling_for_talks (as batch5c); Beijing = metonym"))
U(d, "The Dalai Lama, who sat beside her on a stage hung with prayer flags", "a dark moment.",
  (CTA, S, pos, "United States", "the Dalai Lama, head of the exile administration in 2008, thanks the US = supporting; 'standing with Tibetans' is the US act reported inside his thanks (no separate US row)"))
U(d, "Tibet's regional government chairman, Qiangba Puncog, had earlier given rioters", "who did not.",
  ("China", C, neg, "", "ultimatum with a threat of punishment = condemning; regional chairman resolves to China; rioters are not an actor -> target empty"))
U(d, "Beijing has said 13 innocent civilians were killed by rioters", "shops set on fire.",
  ("China", N, neu, "", "Beijing = metonym; casualty figure given by an actor = neutral (blame on unnamed rioters, no judgement word)"))
U(d, "The Tibetan government-in-exile in Dharamsala says 99 Tibetans", "relatives and monks.",
  (CTA, C, neg, "China", "figure that attributes the killings to the state's security forces = an accusation made by describing the other side's killings (guide rule 4) (unsure: could be neutral like Beijing's figure)"))
U(d, "Premier Wen Jiabao, in Beijing's first senior-level response", "in two decades.",
  ("China", C, neg, CTA, "blame = condemning; the Dalai Lama as the object of blame is the exile administration"))
U(d, "\"We have abundant evidence that these riots were planned", "annual parliament session.",
  ("China", C, neg, CTA, "quote closed by Wen; 'the Dalai Lama's circle' = the exile leadership"))
U(d, "\"Their talk of dialogue is a cover, nothing more.\"", "a cover, nothing more.\"",
  ("China", C, neg, CTA, "quote continued after the attribution = its own unit, same speaker"))
U(d, "He said the door to talks remained open if the Dalai Lama gave up", "inalienable parts of China.",
  ("China", T, neu, CTA, "conditional offer of talks = calling_for_talks (labels/README)"))
U(d, "Wen also rejected the exiled leader's charge that Beijing was destroying Tibetan culture", "had improved.",
  ("China", N, neg, "", "denial of an accusation = neutral, negative"),
  (CTA, C, neg, "China", "the exiled leader's charge reported inside Wen's sentence = the CTA's own position (guide: a position of X reported by Y is X's)"))
U(d, "Foreign ministry spokesman Qin Gang said on Thursday that the Lhasa riot", "deal with criminals.",
  ("China", C, neg, "", "judgement of the riot + rebuke of foreign governments; no single actor named -> target empty"))
U(d, "\"We hope the international community can see clearly what happened", "Qin said.",
  ("China", N, neg, "", "quote closed by Qin (surname only); a hope that others see the riot as China does, no judgement of an actor and no appeal for talks = neutral, negative"))
U(d, "\"Some people abroad are applying double standards.\"", "double standards.\"",
  ("China", C, neg, "", "quote continued after the attribution = own unit; 'double standards' accusation; 'some people abroad' not canonical -> target empty"))
U(d, "Speaking in Dharamsala on Tuesday, the Dalai Lama denied he had any hand", "look through its files.",
  (CTA, N, neg, "", "denial = neutral, negative; Dharamsala = place"))
U(d, "\"If this turns into a cycle of killing, I will step aside", "he said.",
  (CTA, N, neg, "", "'he' = the Dalai Lama; conditional plan to resign, aimed at no one = neutral"))
U(d, "He said on Sunday that Chinese rule in Tibet now rested on fear and force", "had really happened.",
  (CTA, C, neg, "China", "judgement + appeal for an international inquiry: rule 1"))
U(d, "The prime minister of the government-in-exile, Samdhong Rinpoche, said", "never called for violence.",
  (CTA, T, neu, "", "the exile PM: appeal to keep protests peaceful + denial; the appeal decides (rule 2)"))
U(d, "The Tibetan Youth Congress, which backs full independence, said", "until the Games.",
  ("Tibetan Youth Congress", C, neg, "", "judgement of the Dalai Lama's policy and of China's 'repression', plus protests announced at Chinese embassies; aimed at two actors -> target empty"))
U(d, "U.S. Secretary of State Condoleezza Rice spoke by telephone with Chinese Foreign Minister Yang Jiechi", "Sean McCormack said.",
  ("United States", T, neu, "China", "restraint + dialogue, attribution tail via the spokesman; Yang is only addressed (no China row)"))
U(d, "British Foreign Secretary David Miliband said the violence showed", "ever to be settled.",
  ("United Kingdom", T, neu, "", "dialogue between both sides = calling_for_talks; target empty (both sides)"))
U(d, "Prime Minister Gordon Brown told parliament on Wednesday that he had spoken to Wen", "visits London in May.",
  ("United Kingdom", T, neu, "China", "pressed Wen to end the violence + will meet the Dalai Lama: an appeal with no judgement word (rule 2 before rule 3); Wen is only addressed; London = place"))
U(d, "In Paris, Foreign Minister Bernard Kouchner on Tuesday said European governments could consider", "repression continued.",
  ("France", C, neg, "China", "conditional threat of staying away + 'repression' = condemning; Paris = place"))
U(d, "A day later he called a boycott of the ceremony \"unrealistic\"", "among EU partners.",
  ("France", N, neu, "", "'he' = Kouchner; retreat from the idea, procedural reason = neutral"))
U(d, "French President Nicolas Sarkozy said he was deeply troubled", "the Tibetan leader.",
  ("France", T, neg, "China", "concern + appeal for restraint and talks, no judgement = calling_for_talks, negative"))
U(d, "The European Union's Slovenian presidency urged \"all parties\"", "international standards.",
  ("European Union", T, neu, "", "the rotating presidency speaks for the EU; appeal to all parties + to the authorities; target empty (all parties)"))
U(d, "He told German television that if the crackdown went on", "a rebuke from Beijing.",
  ("European Union", C, neg, "China", "'He' = Poettering, European Parliament president (European Parliament = EU in the name files); conditional boycott threat"),
  ("China", C, neg, "European Union", "Beijing's rebuke reported in the same sentence = China's own position (two rows)"))
U(d, "U.N. Secretary-General Ban Ki-moon said through his spokeswoman", "confrontation and violence.",
  ("United Nations", T, neg, "", "monitoring + appeal to all sides = calling_for_talks; target empty"))
U(d, "The U.N. High Commissioner for Human Rights, Louise Arbour, said she was alarmed", "independent observers in.",
  ("United Nations", T, neg, "China", "alarm + appeals to Beijing, no judgement word = calling_for_talks, negative"))
