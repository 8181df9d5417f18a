# ------------------------------------------------------------------ Operation Decisive Storm, Yemen (AP-style wire, 2015-03-26/27)
d = "page_yemen_decisivestorm_wire.txt"
U(d, "Saudi Arabia and a coalition of Arab allies unleashed airstrikes", "back in charge.",
  ("Saudi Arabia", C, neg, "Houthis", "dateline excluded; lead: announced military operation against another side (guide: condemning); the allies are not named here (no rows)"))
U(d, "The rebel-run Health Ministry in Sanaa said 18 civilians", "in the capital alone.",
  ("Houthis", N, neu, "", "the rebel-run ministry speaks for the Houthis (as the Gaza health ministry = Hamas); casualty figures, no blame = neutral; the sentence before ('according to witnesses and security officials') has no actor"))
U(d, "The kingdom's ambassador in Washington, Adel al-Jubeir, announced the operation", "President Abed Rabbo Mansour Hadi.",
  ("Saudi Arabia", C, neg, "Houthis", "'The kingdom' = Saudi Arabia, Washington = place; announcing a military operation against another side = condemning"))
U(d, "\"The Houthis took a state by force", "al-Jubeir told reporters.",
  ("Saudi Arabia", C, neg, "Houthis", "multi-sentence quote closed by its speaker = one unit; 'took a state by force' = judgement"))
U(d, "Ahmed Asiri, a Saudi brigadier general who briefs reporters for the coalition", "returned to base.",
  ("Saudi Arabia", N, neu, "", "coalition spokesman = Saudi Arabia (Saudi-led coalition); own strikes reported as done, no judgement = neutral"))
U(d, "He said no ground offensive was planned for now", "the kingdom's border.",
  ("Saudi Arabia", C, neg, "Houthis", "'He' = Asiri; conditional threat of a ground move = condemning"))
U(d, "In a joint statement, Saudi Arabia, the United Arab Emirates, Bahrain, Qatar and Kuwait said", "a tool of a foreign power.",
  ("Saudi Arabia", C, neg, "Houthis", "joint statement of a list of states: one row per state; decision to act against the 'Houthi militias' + accusation of being a foreign tool"),
  ("United Arab Emirates", C, neg, "Houthis", "same joint statement"),
  ("Bahrain", C, neg, "Houthis", "same joint statement"),
  ("Qatar", C, neg, "Houthis", "same joint statement"),
  ("Kuwait", C, neg, "Houthis", "same joint statement; Oman 'stayed out' in the next sentence is narrative (no row)"))
U(d, "Mohammed al-Bukhaiti, a member of the Houthis' political bureau", "assault on Yemen's sovereignty.",
  ("Houthis", C, neg, "Saudi Arabia", "the first sentence of the paragraph ('The rebels responded with defiance.') is narrative; threat to answer + 'naked assault' = condemning; target Saudi Arabia by context (the strikes)"))
U(d, "\"Nobody asked Yemenis before dropping these bombs.", "he said.",
  ("Houthis", C, neg, "Saudi Arabia", "quote closed by 'he' = al-Bukhaiti; Riyadh = metonym; judgement + veiled threat"))
U(d, "In a televised speech Thursday night, the group's leader, Abdul-Malik al-Houthi", "Washington and Israel.",
  ("Houthis", C, neg, "Saudi Arabia", "'the group' = the Houthis; accusation; the Saudi royal family = Saudi Arabia; Washington and Israel only mentioned"))
U(d, "Foreign Ministry spokeswoman Marzieh Afkham called the campaign", "stop immediately.",
  ("Iran", C, neg, "Saudi Arabia", "'reckless military adventure' = judgement + demand to stop: rule 1; the paragraph's first sentence ('Iran ... reacted within hours.') is narrative"))
U(d, "She rejected as baseless the Saudi and Western claims", "arming the Houthis.",
  ("Iran", N, neg, "", "'She' = Afkham; denial of an accusation = neutral, negative (guide); the Saudi and Western claims are only reported, not attributed to a named speaker here"))
U(d, "Iran's foreign minister, Mohammad Javad Zarif, who was in Switzerland", "to stay out.",
  ("Iran", T, neu, "", "appeal for intra-Yemeni talks and for outsiders to stay out, no judgement word = calling_for_talks; Switzerland = place"))
U(d, "In Washington, National Security Council spokeswoman Bernadette Meehan said President Barack Obama had approved", "part in the strikes.",
  ("United States", S, neu, "Saudi Arabia", "backing by act: intelligence and logistics for the Saudi-led campaign = supporting; plain wording, neutral tone"))
U(d, "The U.S. still sees a negotiated political deal", "Meehan said.",
  ("United States", T, neu, "", "attribution tail; appeal to all sides to return to talks"))
U(d, "Turkey came out in favor", "breaking apart.",
  ("Turkey", S, pos, "Saudi Arabia", "support of the kingdom's move; Ankara = metonym"))
U(d, "His foreign minister, Riad Yassin, told the Al-Arabiya satellite channel", "every country taking part.",
  ("Yemen", S, pos, "", "'His' = Hadi's; Hadi's government = Yemen; thanks to the coalition = supporting; several countries -> target empty; the previous sentence (Hadi's arrival, per state TV) is narrative"))
U(d, "\"The Houthis were offered a seat at the table again and again", "Yassin said.",
  ("Yemen", C, neg, "Houthis", "blame for refusing talks = judgement"))
U(d, "At the United Nations, deputy spokesman Farhan Haq said Secretary-General Ban Ki-moon", "U.N.-backed talks.",
  ("United Nations", T, neu, "", "no military solution + appeal to return to talks, no judgement; the next sentence (Ban's phone call) is narrative, no row"))
U(d, "Russia's Foreign Ministry said it was alarmed by the turn of events", "stop at once.",
  ("Russia", T, neg, "", "alarm + appeal to stop = calling_for_talks, negative"))
U(d, "Saudi Arabia shut its airspace over the border region", "Yemen's main ports were closed.",
  ("Saudi Arabia", N, neu, "", "own security measure reported as done (airspace, flights), no judgement = neutral (as batch5c's French alert level); the closed ports are passive, no actor; the background sentences before it are narrative"))
