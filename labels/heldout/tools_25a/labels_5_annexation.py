# ------------------------------------------------------------------ Russia's annexation "referendums" and the UN General Assembly vote (Russian state-media style, 2022-10-13)
d = "page_annexation_unga_statemedia.txt"
# agency banner, menu, section, headline, date line: no rows; the agency (RusInform, invented) is not an actor
U(d, "Russia's Permanent Representative to the UN Vassily Nebenzia said the resolution", "unprecedented pressure.",
  ("Russia", C, neg, "", "dateline excluded; Nebenzia = Russia; judgement of the resolution and of 'the collective West' (non-canonical) -> target empty"))
# "The text, prepared by a group of Western states, was supported by 143 ..." : the agency's narration of the vote (its framing, no speaker), no row
U(d, "\"This resolution does nothing for peace.", "Nebenzia said addressing the Assembly before the vote.",
  ("Russia", C, neg, "", "multi-sentence quote closed by its speaker; holds the supporters responsible = judgement; no single target"))
U(d, "The diplomat stressed that the results of the referendums", "binding in any way.",
  ("Russia", N, neg, "", "'The diplomat' = Nebenzia; defence of the referendums + rejection of the decision's force = own position stated, no judgement word (neutral, unsure: could be read as rejecting the UN decision = condemning)"))
U(d, "Earlier this week the Russian mission said the Assembly's refusal", "a disgrace for the UN.",
  ("Russia", C, neg, "United Nations", "'gross breach', 'disgrace' aimed at the Assembly's decision = judgement; Moscow = metonym inside the relative clause"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova wrote on Telegram", "the scale of that blackmail.",
  ("Russia", C, neg, "", "accusation of blackmail against Washington and Brussels (two actors) -> target empty"))
U(d, "Kremlin spokesman Dmitry Peskov told journalists that the vote would not affect Moscow's course.", "Kremlin spokesman Dmitry Peskov told journalists that the vote would not affect Moscow's course.",
  ("Russia", N, neu, "", "own course unchanged, no judgement = neutral"))
U(d, "\"The four regions are now part of Russia.", "Peskov said.",
  ("Russia", N, neu, "", "multi-sentence quote; claim of status under own law = neutral (state procedure)"))
# "Belarus, Syria, Nicaragua and the DPRK voted against the draft together with Russia." : a list of states acting -> one row per state
U(d, "Belarus, Syria, Nicaragua and the DPRK voted against the draft together with Russia.", "Belarus, Syria, Nicaragua and the DPRK voted against the draft together with Russia.",
  ("Belarus", S, neu, "Russia", "voting against the text with Russia = backing by act (list: one row per state)"),
  ("Syria", S, neu, "Russia", "same"),
  ("Nicaragua", S, neu, "Russia", "same"),
  ("North Korea", S, neu, "Russia", "'the DPRK' = North Korea"))
U(d, "Belarus's Permanent Representative Valentin Rybakov said Minsk fully supported", "stand by its ally.",
  ("Belarus", S, pos, "Russia", "support for the regions' 'right' and for its ally = supporting Russia; Minsk = metonym"))
U(d, "Syrian envoy Bassam Sabbagh said the West was applying double standards", "defending its security.",
  ("Syria", S, neg, "Russia", "one row per actor: solidarity with Russia decides; the jab at 'the West' is aimed at no canonical actor (unsure: could be condemning with empty target)"))
# "A number of large states declined to support the Western text." : summary line, specifics follow (no row)
U(d, "China's Deputy Permanent Representative Geng Shuang explained that Beijing abstained", "security concerns of all sides.",
  ("China", T, neu, "", "abstention explained + appeal to negotiate = calling_for_talks; Beijing = metonym"))
U(d, "India's Permanent Representative Ruchira Kamboj said New Delhi abstained", "an immediate end to hostilities.",
  ("India", T, neu, "", "dialogue and diplomacy + end of hostilities = calling_for_talks"))
U(d, "Brazil, which voted in favour, said in an explanation of vote", "bring peace closer.",
  ("Brazil", T, neu, "", "voted for the text but its statement is an appeal for negotiations = calling_for_talks (unsure: the vote itself backs the condemnation)"))
U(d, "US Permanent Representative Linda Thomas-Greenfield claimed that the vote showed", "the annexation illegal.",
  ("United States", C, neg, "Russia", "'sham', 'illegal' = judgement; the agency's 'claimed' is its framing, not a change of stance"))
U(d, "Ukraine's representative Sergiy Kyslytsya thanked the delegations", "support for his country.",
  ("Ukraine", S, pos, "", "thanks to the states backing the text = supporting; many states -> target empty"))
U(d, "Kiev has also announced that it does not recognize the decrees", "regain all its territories by force.",
  ("Ukraine", C, neg, "Russia", "Kiev = metonym; non-recognition + announced military response = condemning"))
U(d, "UN Secretary-General Antonio Guterres had said on September 29 that annexing land", "without regard for the will of the residents.",
  ("United Nations", C, neg, "Russia", "annexation by force 'a violation of the UN Charter' = judgement, aimed at Russia's annexation by context"),
  ("Russia", C, neg, "United Nations", "'the Russian side' dismisses the SG's position as disregarding the residents' will = judgement of the UN position (unsure: could be neutral)"))
# "Voting in the four regions took place from September 23 to 27." : narration
U(d, "According to the DPR Central Election Commission, 99.23% of voters", "supported joining Russia.",
  ("Donetsk People's Republic", N, neu, "", "figures given by the DPR's commission = neutral"))
U(d, "The LPR election commission put the figure at 98.42%", "in the Kherson region 87.05%.",
  ("Luhansk People's Republic", N, neu, "", "LPR = Luhansk People's Republic (name files); figures; the Zaporozhye and Kherson figures have no named source in the sentence (no row for them)"))
U(d, "DPR head Denis Pushilin thanked the Russian president and the people of Russia", "after eight years of war.",
  ("Donetsk People's Republic", S, pos, "Russia", "Pushilin = DPR (name files); thanks = supporting"))
U(d, "Kherson region head Vladimir Saldo accused Kiev of shelling polling stations", "in spite of the threats.",
  ("Russia", C, neg, "Ukraine", "Russian-installed head of the Kherson administration resolves to Russia (no breakaway entity for Kherson in the name files; unsure); accusation of Ukraine"))
# "On September 30, President Vladimir Putin and the heads of the four regions signed treaties ..." : narration of a signing in the agency's voice (no row, unsure: an act of state)
U(d, "\"The people of Donetsk, Lugansk, Zaporozhye and Kherson will be citizens of Russia for good,\"", "Putin said at the ceremony.",
  ("Russia", N, pos, "", "proclamation about own citizens, no judgement of another actor = neutral, positive"))
U(d, "In the same address he called on the Kiev regime to immediately cease fire", "would not be up for discussion.",
  ("Russia", T, neg, "Ukraine", "ceasefire + return to talks, with a precondition; 'Kiev regime' is the speaker's label, not a judgement sentence (rule 2; unsure)"))
U(d, "He also accused Western elites of pursuing a neo-colonial policy", "into a colony.",
  ("Russia", C, neg, "", "accusation of 'Western elites' (non-canonical) -> target empty"))
# "The Federation Council ratified the treaties on October 4 ..." : narration of procedures (no row)
# tags, "Read also", subscribe, most read, copyright: no rows
