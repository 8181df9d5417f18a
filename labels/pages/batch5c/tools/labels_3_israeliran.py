# ------------------------------------------------------------------ Israel's strikes on Iran, 26 Oct 2024 (live blog, plain text)
d = "page_israel_iran_strikes_liveblog.txt"
U(d, "Iran's foreign minister, Abbas Araghchi, has written to the UN Security Council", "Iranian territory.",
  ("Iran", C, neg, "Israel", "request for a Council session (would be talks) + 'aggression' = judgement: rule 1; 'the Zionist regime' = Israel"))
U(d, "US President Joe Biden told reporters on Saturday that he hoped", "stop here.",
  ("United States", T, pos, "", "hope that the fighting ends = calling_for_talks (guide); both sides -> target empty"))
U(d, "Israeli opposition leader Yair Lapid, who heads the Yesh Atid party", "far higher price.",
  ("Yesh Atid", C, neg, "Israel", "opposition party judging its own government's choice ('a mistake'); target = the government (Israel); his wish to hurt Tehran more is part of the same judgement"))
U(d, "The Iranian army said in a statement that four of its soldiers", "in the morning.",
  ("Iran", N, neu, "", "army speaks for its state; own casualty figures"))
U(d, "\"Nobody should question Israel's right to act", "Commonwealth summit in Samoa.",
  ("United Kingdom", S, pos, "Israel", "backing of Israel's self-defence; Samoa = place"))
U(d, "He said the priority now was to stop the region sliding further", "wise not to retaliate.",
  ("United Kingdom", T, neu, "Iran", "appeal to stop the slide, with Tehran (metonym) singled out as the party addressed; surname-less 'He' = Starmer"))
U(d, "China's foreign ministry said Beijing opposes any action that would widen the conflict", "calm tensions.",
  ("China", T, neu, "", "'opposes any action that would widen the conflict' aimed at no one = appeal (guide) + hope"))
U(d, "Russia's foreign ministry said Moscow was deeply alarmed", "close contact with Tehran.",
  ("Russia", N, neg, "", "alarm without an appeal = neutral, negative; Moscow = metonym, Tehran = place/partner"))
U(d, "Stephane Dujarric, spokesman for UN Secretary-General Antonio Guterres", "region was engulfed.",
  ("United Nations", T, neg, "", "concern + appeal to all sides"))
U(d, "EU foreign policy chief Josep Borrell wrote on X", "closer to catastrophe.",
  ("European Union", T, neg, "", "appeal to every party on social media; no judgement of an actor"))
U(d, "Saudi Arabia's foreign ministry said it rejected the military targeting of Iran", "bind all states.",
  ("Saudi Arabia", C, neg, "Israel", "'rejected ... as an assault' = judgement without stock words; Israel not named but the strikes are Israel's (entry context)"))
U(d, "Qatar, Oman, Jordan, and the United Arab Emirates also condemned the attack", "edge of a wider war.",
  ("Qatar", C, neg, "Israel", "list of four (Oxford comma)"),
  ("Oman", C, neg, "Israel", "same list"),
  ("Jordan", C, neg, "Israel", "same list"),
  ("United Arab Emirates", C, neg, "Israel", "same list"),
  ("Egypt", N, neg, "", "concern + warning, no appeal and no judgement = neutral, negative (contrast within one sentence)"))
U(d, "In Baghdad, government spokesman Basim al-Awadi called the strikes", "use of its airspace.",
  ("Iraq", C, neg, "Israel", "judgement + formal complaint; Baghdad = place"))
U(d, "Hamas said the strikes were a blatant assault on Iran's sovereignty", "into war.",
  ("Hamas", C, neg, "Israel", "judgement + accusation"))
U(d, "A senior US administration official told reporters that the strikes should mark the end", "chose to respond.",
  ("United States", C, neg, "Iran", "unnamed official of a named government; hope for an end + threat of consequences: the threat decides (condemning)"))
U(d, "Defense Secretary Lloyd Austin spoke to his Israeli counterpart", "the Pentagon said.",
  ("United States", S, pos, "Israel", "reaffirmed commitment to Israel's security = backing; attribution tail"))
U(d, "Gallant said the operation had been precise and powerful", "all of its objectives.",
  ("Israel", N, pos, "", "surname only (introduced in the previous entry); self-praise = neutral, positive"))
U(d, "Iranian officials dismissed reports of heavy damage", "had been intercepted.",
  ("Iran", N, neg, "", "'Iranian officials' (tied to a named state) speak for Iran; denial = neutral, negative"))
U(d, "In a statement, Iran's foreign ministry said the attack was a clear breach", "time of its choosing.",
  ("Iran", C, neg, "Israel", "judgement + veiled threat of a response"))
U(d, "In Washington, National Security Council spokesman Sean Savett described", "at military targets.",
  ("United States", S, pos, "Israel", "approval of the strikes as self-defence = supporting"))
U(d, "Savett called on Iran to stop firing at Israel", "without a wider war.",
  ("United States", T, neg, "Iran", "demand addressed to one side to stop, no judgement word = calling_for_talks, negative (labels/README)"))
U(d, "Iran's air defence headquarters said military sites", "at a few sites.",
  ("Iran", N, neu, "", "facts and own claim of success, no judgement"))
U(d, "Israeli military spokesman Rear Admiral Daniel Hagari said the air force had completed", "returned safely.",
  ("Israel", N, neu, "", "own strike reported as done, no judgement = neutral (guide)"))
U(d, "\"If Tehran decides to open another round", "televised statement.",
  ("Israel", C, neg, "Iran", "conditional threat; Tehran = metonym"))
U(d, "German Chancellor Olaf Scholz said he welcomed the fact that Israel had confined itself", "further escalation.",
  ("Germany", T, neu, "Iran", "welcome + appeal for de-escalation with no judgement: rule 2 before rule 3 (calling_for_talks); appeal addressed to Tehran (metonym)"))
