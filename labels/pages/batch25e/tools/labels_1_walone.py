# ------------------------------------------------------------------ Myanmar jails the Reuters reporters Wa Lone and Kyaw Soe Oo (wire copy, 2018-09-03)
d = "page_myanmar_walone_verdict_wire.txt"
# Not statements: menu, UPDATE headline, byline, read time, the four bullets, ADVERTISEMENT, capitals crossheads,
# reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "A court in Myanmar on Monday sentenced two Reuters journalists", "halting shift to democracy.",
  ("United States", C, neg, "Myanmar", "dateline excluded; lede carries a position: three named actors say the ruling 'cast a long shadow' (judgement without a stock word); one row each"),
  ("United Nations", C, neg, "Myanmar", "same lede, second actor of the list"),
  ("European Union", C, neg, "Myanmar", "same lede, third actor of the list"))
U(d, "Judge Ye Lwin of the Yangon Northern District court told", "would be counted.",
  ("Myanmar", C, neg, "", "the court's finding of guilt = a state organ's negative judgement on the two reporters (not canonical actors, target empty); unsure: could be read as a procedural fact (neutral)"))
# "The two reporters, who had pleaded not guilty, were led out ..." = scene, no row.
# "They had been looking into the killing of 10 Rohingya ..." = background narration, no row.
# "A police captain told the court in April ..." = background testimony of an unnamed officer, no row.
# "Reuters Editor-in-Chief Stephen J. Adler said ..." = no row: the name files map Reuters to no actor (news agency, '-'), so it cannot be declared.
U(d, "Defence lawyer Khin Maung Zaw said the team would sit down", "to the High Court.",
  ("Khin Maung Zaw", N, neu, "", "defence lawyer (private person): plans for a possible appeal, no judgement"))
U(d, "U.S. Ambassador Scot Marciel, speaking outside the courthouse", "under the civilian government.",
  ("United States", C, neg, "Myanmar", "judgement without a stock word ('chilling message', doubts on rule of law)"))
U(d, "\"Anyone who has read what they wrote knows exactly why", "without further delay.",
  ("United States", C, neg, "Myanmar", "speaker carried from the previous paragraph by surname; insinuation that the case punishes the reporting + appeal for release: rule 1 -> condemning"))
U(d, "The U.S. mission to the United Nations went further in a post on Twitter", "expose its army's abuses.",
  ("United States", C, neg, "Myanmar", "US mission = United States; 'Burma's government' = Myanmar; judgement by description"))
U(d, "In New York, a spokesman for U.N. Secretary-General Antonio Guterres said", "until they walked free.",
  ("United Nations", T, neu, "Myanmar", "reported clause: persistent appeal for release, no judgement in this sentence = calling_for_talks"))
U(d, "The spokesman, Stephane Dujarric, told reporters that locking up", "justice on its head.",
  ("United Nations", C, neg, "Myanmar", "spokesperson named first by role, then by name; judgement without stock words"))
U(d, "Michelle Bachelet, who took over as U.N. human rights chief on Saturday", "her office in Geneva said.",
  ("United Nations", T, neu, "Myanmar", "attribution tail; request to quash the convictions, no judgement word = calling_for_talks"))
U(d, "The European Union's foreign policy service said in a statement", "sentences be reconsidered.",
  ("European Union", C, neg, "Myanmar", "'according to a statement issued in the name of its spokesperson'; judgement of the trial + appeal: rule 1"))
U(d, "Britain's envoy in Yangon, Dan Chugg, said the court had thrown away", "uncomfortable reporting.",
  ("United Kingdom", C, neg, "Myanmar", "judgement without a stock word"))
U(d, "In London, Prime Minister Theresa May's spokesman told reporters", "let the men go home.",
  ("United Kingdom", T, neu, "Myanmar", "appeal for release addressed to Naypyitaw (capital as metonym), no judgement"))
U(d, "Canadian Foreign Minister Chrystia Freeland wrote that Ottawa stood with", "troubled by the sentences.",
  ("Canada", S, pos, "", "solidarity with the two reporters and their families (not canonical actors: target empty)"),
  ("Australia", N, neg, "", "'was quoted ... as saying': concern with no appeal = neutral, negative tone"))
U(d, "Sweden, Denmark and the Netherlands, in a joint statement", "constitution promises.",
  ("Sweden", C, neg, "Myanmar", "joint statement by a list of states: one row each; 'a blow to the freedom of the press' = judgement"),
  ("Denmark", C, neg, "Myanmar", "same joint statement"),
  ("Netherlands", C, neg, "Myanmar", "same joint statement"))
U(d, "The Committee to Protect Journalists said the sentences showed", "under house arrest.",
  ("Committee to Protect Journalists", C, neg, "Myanmar", "judgement without a stock word ('turned its back')"))
U(d, "Myanmar government spokesman Zaw Htay, in remarks carried by the state-run", "punished for their journalism.",
  ("Myanmar", N, neg, "", "'in remarks carried by' the state paper (outlet not an actor); non-interference claim + denial = neutral, negative tone"))
U(d, "He added that anyone unhappy with the ruling was free to take it", "to a higher court.",
  ("Myanmar", N, neu, "", "procedure (right of appeal), no evaluation"))
U(d, "Suu Kyi, who has no authority over the military-run Home Affairs Ministry", "reach their own decision.",
  ("Myanmar", N, neu, "", "the state counsellor's earlier remark: leave it to the judges = procedural, neutral"))
# "Japan, one of Myanmar's biggest donors, ... declined to comment on Monday." = non-answer, no row.
U(d, "The verdict came a week after U.N.-mandated investigators said", "into Bangladesh.",
  ("United Nations", C, neg, "Myanmar", "background carrying a specific reported position of a UN-mandated body: call for prosecution for genocide = judgement"))
U(d, "Myanmar has dismissed the investigators' report, saying", "accept its conclusions.",
  ("Myanmar", N, neg, "United Nations", "rejection of findings = denial, neutral with negative tone (target: the UN body whose report is denied)"))
U(d, "\"The judge has handed the generals exactly the message", "an independent research group.",
  ("Nandar Hlaing", C, neg, "Myanmar", "invented independent scholar, named after the quote; judgement of the court and the generals (army = Myanmar)"))
U(d, "She said the likeliest way out for the pair was a presidential pardon", "months of quiet lobbying.",
  ("Nandar Hlaing", N, neu, "", "assessment of the options, no appeal"))
U(d, "David Whitcombe, a former Australian diplomat who now heads", "before the end of the year.",
  ("David Whitcombe", T, pos, "Myanmar", "invented former diplomat (speaks for no body); hope for a pardon = calling_for_talks"))
U(d, "\"She still has a voice, and this is the moment to use it,\" Whitcombe said.", "Whitcombe said.",
  ("David Whitcombe", T, pos, "Myanmar", "same appeal in his own words, addressed to Suu Kyi (Myanmar)"))
