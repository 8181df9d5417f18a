# ------------------------------------------------------------------ Swedish PEN's prize to the detained publisher Gui Minhai and China's threats against Sweden (Chinese MFA transcript with state-media framing, .txt, 2019-11-18)
d = "page_guiminhai_sweden_mfatranscript.txt"
# Not statements: masthead, menu, section, headline, byline line, share bar, font size, photo caption, the transcript
# intro line and "(End of excerpt)", ADVERTISEMENT, crossheads, related stories, tags, follow prompt, most popular, copyright.
# The reporters asking questions are not actors; a position they report inside a question is the reported actor's.
U(d, "China's Foreign Ministry on Monday said a Swedish cabinet minister had erred", "judicial sovereignty.",
  ("China", C, neg, "Sweden", "lead: judgement of the minister's attendance + a demand (rule 1)"))
U(d, "The ministry's remarks followed a prize ceremony held on Friday", "from the Chinese side.",
  ("Swedish PEN", S, pos, "", "'the Swedish branch of the writers' association PEN' = Swedish PEN (role only); choosing a detained writer for its prize = backing by act of a person, not an actor -> target empty"),
  ("China", C, neg, "", "'repeated representations' = protests lodged, reported as background; addressee not named -> target empty"))
U(d, "Chinese authorities have said that Gui, who turned himself in to police", "illegal activities.",
  ("China", N, neu, "", "the authorities' account of the legal case = facts given by an actor"))
U(d, "Before the ceremony in Stockholm on Friday, the Chinese ambassador to Sweden warned", "not be welcome in China.",
  ("China", C, neg, "Sweden", "a position reported inside a reporter's question: the ambassador's threat (role only)"))
U(d, "Swedish Prime Minister Stefan Lofven said Stockholm would not be intimidated, now or ever.", "Swedish Prime Minister Stefan Lofven said Stockholm would not be intimidated, now or ever.",
  ("Sweden", C, neg, "China", "also inside the question; 'would not be intimidated' = refusal to bow to China's threat, a judgement without stock words; Stockholm = metonym"))
# "What is your response?" : the question itself (no row)
# "I have stated China's position on the Gui Minhai case on many occasions." : no position stated (no row)
U(d, "Gui Minhai committed serious crimes in China, and the Chinese judicial authorities", "in accordance with the law.",
  ("China", N, neg, "", "own legal process asserted; Gui is a person, not an actor -> neutral"))
U(d, "The Swedish minister should not have gone to that so-called award ceremony", "her doing so.",
  ("China", C, neg, "Sweden", "judgement + 'firmly oppose'"))
U(d, "China has lodged stern representations with the Swedish side.", "China has lodged stern representations with the Swedish side.",
  ("China", C, neg, "Sweden", "formal protest lodged = condemning"))
U(d, "We ask the Swedish side to respect China's judicial sovereignty", "harm our relations.",
  ("China", T, neg, "Sweden", "demand addressed to one side with no judgement word = calling_for_talks (labels/README)"))
# Q: "Will Swedish officials really be barred from entering China?" (no row)
# "The Chinese Embassy in Sweden has made China's position very clear." : refers back, no position of its own (no row)
U(d, "Those who hurt China's interests and the feelings of the Chinese people", "their own actions.",
  ("China", C, neg, "", "threat of consequences; 'those who' names no actor -> target empty (Sweden implied)"))
U(d, "The chairman of Swedish PEN said that Beijing's threats had only shown why the prize was needed.", "The chairman of Swedish PEN said that Beijing's threats had only shown why the prize was needed.",
  ("Swedish PEN", C, neg, "China", "position reported inside a question; role only; 'Beijing's threats' = judgement; Beijing = metonym"))
U(d, "This organization has long been prejudiced against China.", "This organization has long been prejudiced against China.",
  ("China", C, neg, "Swedish PEN", "'This organization' = Swedish PEN, resolved from the question"))
U(d, "Handing a prize to a criminal who has fabricated lies is a political stunt", "freedom of speech.",
  ("China", C, neg, "Swedish PEN", "judgement of the award"))
# Q: "Has the Swedish side protested to China about the ambassador's remarks?" (no row)
U(d, "Ambassador Gui Congyou has been doing his job of explaining China's position", "entirely legitimate.",
  ("China", N, pos, "", "defence of its own ambassador = self-justification, neutral with a positive tone"))
U(d, "We hope the Swedish side will see this in the right light.", "We hope the Swedish side will see this in the right light.",
  ("China", T, neu, "Sweden", "a hope addressed to one side, no judgement (unsure: a diplomatic admonition, could be neutral)"))
U(d, "Geng's remarks came after the Chinese Embassy in Sweden said in a statement on Saturday", "Swedish culture minister.",
  ("China", C, neg, "", "'strong displeasure ... resolutely opposed' aimed at Swedish PEN and at the Swedish minister: two actors -> target empty"))
U(d, "The embassy said the Swedish side had made a grave error", "the two countries.",
  ("China", C, neg, "Sweden", "'grave error' + consequences for cooperation = judgement and threat"))
U(d, "It called on the Swedish public not to let a handful of anti-China elements mislead them.", "It called on the Swedish public not to let a handful of anti-China elements mislead them.",
  ("China", C, neg, "", "'It' = the embassy; 'anti-China elements' = judgement of unnamed people -> target empty"))
U(d, "Ambassador Gui Congyou told Swedish media last week that China would respond with countermeasures", "in the ceremony.",
  ("China", C, neg, "Sweden", "threatened countermeasures (guide: threats)"))
U(d, "Before the ceremony, an embassy spokesperson had urged the organizers to drop the award", "for political ends.",
  ("China", C, neg, "Swedish PEN", "demand + 'using the case for political ends' = judgement of the organisers (Swedish PEN)"))
U(d, "Swedish PEN announced on November 4 that it had chosen Gui", "or in exile.",
  ("Swedish PEN", S, pos, "", "the award = backing by act of a detained writer (a person, not an actor) -> target empty"))
U(d, "The group's chairman, Jesper Bengtsson, said it would not let the case drop", "behind bars.",
  ("Swedish PEN", T, pos, "", "role then name; a commitment to keep campaigning while Gui is detained = an implied call for his release, no judgement -> calling_for_talks (as release demands; unsure: could be neutral); no state named -> target empty"))
# "Swedish officials have taken a confrontational line." : the outlet's framing, a summary line (no row)
U(d, "Amanda Lind, Sweden's minister for culture and democracy, handed the prize", "writers or artists.",
  ("Sweden", C, neg, "", "general judgement on those in power silencing writers; China not named -> target empty (unsure: implied China)"))
U(d, "Lind had said before the ceremony that Swedish PEN was free to honor whomever it chose", "to be there.",
  ("Sweden", S, pos, "Swedish PEN", "surname only; backing the organisation's right to give its prize = supporting"))
U(d, "The Swedish foreign ministry said on Friday that it had lodged a formal protest", "ambassador's remarks.",
  ("Sweden", C, neg, "China", "formal protest = condemning"))
U(d, "It repeated Sweden's demand that Gui be released.", "It repeated Sweden's demand that Gui be released.",
  ("Sweden", T, neg, "China", "'It' = the Swedish foreign ministry; demand for release with no judgement word -> calling_for_talks (as demands addressed to one side)"))
U(d, "The US-based group PEN America also weighed in", "demanding Gui's release.",
  ("PEN America", C, neg, "China", "'a disgrace' + demand = rule 1"))
U(d, "It said it welcomed Swedish PEN's choice of the publisher.", "It said it welcomed Swedish PEN's choice of the publisher.",
  ("PEN America", S, pos, "Swedish PEN", "'It' = PEN America (previous sentence); welcome in a separate sentence from its judgement = supporting"))
# "The case has strained ties before." : the outlet's summary line (no row)
U(d, "In February 2018, after Sweden's then foreign minister Margot Wallstrom condemned", "as irresponsible.",
  ("Sweden", C, neg, "China", "background, but a specific position reported: 'then foreign minister' = Sweden in her role at the time; condemnation + release demand (rule 1)"),
  ("China", C, neg, "Sweden", "the ministry's dismissal of her remarks as 'irresponsible' = judgement"))
# "Some Swedish politicians have gone as far as calling for the Chinese ambassador to be expelled." : unnamed politicians, no tie to a named body (no row)
# "Chinese experts said ..." and the unnamed Beijing researcher's two quotes: not actors (no row)
# Analysts' paragraph and the unnamed Shanghai professor: not actors (no row); the editor's note (no row)
# BACKGROUND box "Who is Gui Minhai?": narration in the outlet's voice (no row)
# Diplomatic relations since 1950: background (no row)
