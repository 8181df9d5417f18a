# ------------------------------------------------------------------ China MFA regular press conference, 13 Nov 2023 (Falepili Union and other topics)
d = "page_china_falepili_tuvalu2023_mfapresser.txt"
# Not statements: site header, breadcrumb, title, date line, the questioners' labels and bare questions ("What is your comment?"), closing line, copyright.
U(d, "At the invitation of the Government of the United States, President Xi Jinping", "APEC Economic Leaders' Meeting.",
  ("China", N, neu, "", "announcement of a visit = plan"))
U(d, "The two leaders will have in-depth communication", "world peace and development.",
  ("China", N, neu, "", "agenda of the summit, no evaluation"))
U(d, "China hopes the meeting will help the two sides manage differences", "sound and steady track.",
  ("China", T, pos, "United States", "hope for managed differences = calling_for_talks"))
U(d, "We do not look for conflict, and we hope the U.S. side", "meet China halfway.",
  ("China", T, neu, "United States", "appeal to the US to meet halfway, no judgement"))
U(d, "Australia and Tuvalu signed a treaty last week called the Falepili Union.", "called the Falepili Union.",
  ("Australia", S, pos, "Tuvalu", "journalist's question reports a specific act (signing a treaty) = backing by act (unsure: could be narration)"),
  ("Tuvalu", S, pos, "Australia", "same act, the other party"))
U(d, "Prime Minister Anthony Albanese said it was the most significant agreement", "a Pacific island country.",
  ("Australia", S, pos, "Tuvalu", "reported praise of the treaty in a question = Australia's statement"))
# "Under the text, Tuvalu must agree with Australia ..." = narration of the treaty's content, no row.
U(d, "Tuvalu's Prime Minister Kausea Natano said his country had asked for the treaty", "the threat of rising seas.",
  ("Tuvalu", S, pos, "Australia", "reported clause: Natano's defence of the treaty = approval"))
U(d, "Dr Amelia Tuilagi, a Pacific security analyst at the Australian National University, said", "with China in mind.",
  ("Amelia Tuilagi", N, neu, "", "invented analyst quoted in a question; a reading of the clause, no evaluation"))
U(d, "We have noted the reports.", "We have noted the reports.",
  ("China", N, neu, "", "procedural line"))
U(d, "Pacific island countries are sovereign and independent states, and their right", "fully respected.",
  ("China", T, neu, "", "demand that island states' choices be respected, no judgement word; implicit aim at Australia not named -> target empty (unsure: condemning)"))
U(d, "China has always developed relations with island countries", "political strings to its cooperation.",
  ("China", N, pos, "", "self-praise = neutral, positive"))
U(d, "We hope the countries concerned will act in a way", "rather than the opposite.",
  ("China", T, neu, "", "hope for regional peace and stability = calling_for_talks"))
U(d, "Drawing small circles and turning the region into an arena", "will find no support.",
  ("China", C, neg, "", "judgement without stock words on bloc-building (Australia implied, not named) -> target empty"))
# "Does China regard the treaty as a step against its interests?" and "Tuvalu still recognises Taiwan." = question and background, no row.
U(d, "There is but one China in the world, and Taiwan is an inalienable part", "China's territory.",
  ("China", N, neu, "", "statement of doctrine, no evaluation of an actor"))
U(d, "The one-China principle is a prevailing consensus", "international community.",
  ("China", N, neu, "", "claim of consensus, no appeal or judgement"))
U(d, "We urge Tuvalu to see the trend of the times clearly", "at an early date.",
  ("China", N, neu, "Tuvalu", "urging a switch of recognition is neither a peace/talks appeal nor a judgement -> neutral (unsure: calling_for_talks by its verb, but the guide decides)"))
U(d, "As for the DPP authorities, their attempts to buy", "doomed to fail.",
  ("China", C, neg, "Democratic Progressive Party", "accusation of buying recognition + 'doomed to fail'"))
# Reuters question: "Some Pacific island leaders ... raised concern" = unnamed leaders, no row.
U(d, "China welcomes the attention that Pacific island countries have paid", "to this matter.",
  ("China", S, pos, "", "welcome of several countries' stance -> target empty"))
U(d, "Japan's decision to discharge the water into the sea is irresponsible", "island countries in earnest.",
  ("China", C, neg, "Japan", "'irresponsible' = judgement; a demand joined to it (rule 1)"))
U(d, "We support the island countries in safeguarding their marine environment", "the health of their people.",
  ("China", S, pos, "", "support for several countries -> target empty"))
# "A strong earthquake struck western Nepal on November 3 ..." = narration inside a question, no row.
U(d, "China expresses deep condolences for the victims", "and the injured.",
  ("China", S, neg, "Nepal", "condolences = solidarity, supporting; grieving tone"))
U(d, "The Chinese government has provided emergency humanitarian aid", "arrived in Kathmandu on Saturday.",
  ("China", S, pos, "Nepal", "aid provided = supporting"))
U(d, "China stands ready to provide further help", "the needs of the Nepali side.",
  ("China", S, pos, "Nepal", "offer of further help"))
U(d, "The Philippine coast guard said on Friday that Chinese vessels had again blocked", "to Ren'ai Jiao.",
  ("Philippines", C, neg, "China", "position reported in a question = the Philippines' accusation"))
U(d, "The Philippine side sent vessels into the waters of Ren'ai Jiao", "without China's permission.",
  ("China", C, neg, "Philippines", "accusation of an unauthorised incursion"))
U(d, "The China Coast Guard took necessary measures in accordance with the law", "professional and restrained manner.",
  ("China", N, neu, "", "own act described as lawful, no judgement of the other side in this sentence"))
U(d, "We once again urge the Philippines to stop its provocation", "honour its commitment.",
  ("China", C, neg, "Philippines", "'provocation' = judgement; appeal joined to it (rule 1)"))
U(d, "The U.S. State Department said on Friday it stood with its Philippine ally", "the Chinese actions were dangerous.",
  ("United States", C, neg, "China", "backing for Manila + 'dangerous' about China: the judgement decides (rule 1)"))
U(d, "The U.S. is not a party to the issue and has no right", "between China and the Philippines.",
  ("China", C, neg, "United States", "'no right to interfere' = rejection of the US role"))
U(d, "We firmly oppose any attempt to use its alliance", "the Philippines' infringement.",
  ("China", C, neg, "United States", "'firmly oppose' aimed at a named actor's act"))
# Global Times question: "several island leaders said ..." = unnamed, no row.
U(d, "China appreciates the efforts of island countries", "unity and self-reliance.",
  ("China", S, pos, "", "praise for several countries"))
U(d, "China will continue to provide help to island countries within its capacity", "peaceful and open.",
  ("China", S, pos, "Pacific Islands Forum", "offer of help + welcome of the Forum's commitment"))
U(d, "Taiwan's foreign ministry said on Saturday that its ties with Tuvalu", "decision to sign the treaty.",
  ("Taiwan", S, pos, "Tuvalu", "position reported in a question; respect for Tuvalu's choice + strong ties"))
U(d, "I have already stated China's position.", "I have already stated China's position.",
  ("China", N, neu, "", "procedural non-answer"))
# "Will Premier Li Qiang meet Prime Minister Albanese again before the year ends?" = bare question, no row.
U(d, "I have no information to release on that at the moment.", "I have no information to release on that at the moment.",
  ("China", N, neu, "", "procedural non-answer"))
