# ------------------------------------------------------------------ Security Council on the Hwasong-15 launch (UN meetings coverage, 2017-11-29)
d = "page_dprk_hwasong15_unsc2017_unmeetings.txt"
NK = "North Korea"
# Not statements: header, meeting number, document symbol, date, headline, subheading, the "Members of the Security Council today deplored ..." summary lede (members unnamed), closing time line, "For information media", tags, copyright.
U(d, "Briefing the Council, Jeffrey Feltman, Under-Secretary-General", "exclusive economic zone.",
  ("United Nations", N, neu, "", "facts of the launch given by the briefer"))
U(d, "The Secretary-General had denounced the test", "he said.",
  ("United Nations", C, neg, NK, "Secretary-General's position reported by Feltman"))
U(d, "Mr. Feltman said he had met the Permanent Representative", "channels of communication.",
  ("United Nations", T, neu, NK, "meeting held + offer to open channels = calling_for_talks"))
U(d, "\"A political way out still exists, but it narrows with each launch,\"", "keeping that door open.",
  ("United Nations", T, neg, "", "appeal for a political solution and Council unity"))
U(d, "The representative of the United States said the launch was a further sign", "its own people.",
  ("United States", C, neg, NK, "judgement without stock words"))
U(d, "She said her country had never sought a conflict", "against any attack.",
  ("United States", C, neg, NK, "'she' = the US representative; warning of a military response = threat (unsure: defensive wording)"))
U(d, "She called on every Member State to cut all trade and diplomatic ties", "flow of oil to the country.",
  ("United States", C, neg, NK, "call for isolation and sanctions = condemning"))
U(d, "Countries that continued to supply the regime, she said", "holding its missiles up for it.",
  ("United States", C, neg, "", "rebuke of unnamed suppliers (and the regime) -> target empty"))
U(d, "The representative of Japan said the missile had fallen into waters", "could not tolerate.",
  ("Japan", C, neg, NK, "'could not tolerate' = judgement"))
U(d, "Japan would work with the Council to raise the pressure", "he said.",
  ("Japan", C, neg, NK, "pressure campaign = announced measures"))
U(d, "The representative of the Republic of Korea, speaking as a non-member", "despite repeated warnings.",
  ("South Korea", C, neg, NK, "strongly condemned"))
U(d, "He said Seoul remained open to dialogue with the North", "its nuclear programme.",
  ("South Korea", T, neu, NK, "conditional offer of talks = calling_for_talks"))
U(d, "The representative of China said his country opposed the launch", "comply with Council resolutions.",
  ("China", C, neg, NK, "'opposed the launch' aimed at an actor's act = judgement"))
U(d, "At the same time, he said, all parties should avoid words and deeds", "heighten tension.",
  ("China", T, neu, "", "appeal for restraint to all"))
U(d, "China's proposal for a suspension of nuclear and missile activities", "remained on the table, he said.",
  ("China", T, neu, "", "proposal for a mutual freeze = offer of a negotiated course"))
U(d, "The representative of the Russian Federation said his delegation condemned the launch", "adding fuel to the fire.",
  ("Russia", C, neg, "", "condemns the launch and blames the exercises: two targets -> empty"))
U(d, "\"Those who stage such drills knowing how Pyongyang will answer", "he said.",
  ("Russia", C, neg, "", "holds the organisers of drills partly responsible (US and ROK, unnamed) -> target empty"))
U(d, "The Russian-Chinese road map, he added, offered a realistic path to talks.", "path to talks.",
  ("Russia", T, pos, "", "promotes a negotiation plan"))
U(d, "The representative of the United Kingdom said the launch showed contempt", "for the Council.",
  ("United Kingdom", C, neg, NK, "judgement"))
U(d, "He said the sanctions already adopted had to be applied fully", "ready to do more.",
  ("United Kingdom", C, neg, NK, "call for full sanctions and more = condemning"))
U(d, "The representative of France said the Democratic People's Republic of Korea posed", "global reach.",
  ("France", C, neg, NK, "judgement: global threat"))
U(d, "France was ready to support further measures, including European Union sanctions", "toward negotiation.",
  ("France", C, neg, NK, "sanctions + backing of negotiation: the measure decides (rule 1)"))
U(d, "The representative of Sweden said Stockholm was deeply troubled", "risk of miscalculation.",
  ("Sweden", N, neg, "", "concern without an appeal = neutral"))
U(d, "Unity in the Council and open channels of communication were both needed", "long presence in Pyongyang.",
  ("Sweden", T, neu, "", "appeal for channels + offer to facilitate = calling_for_talks"))
U(d, "The representative of Kazakhstan, recalling his country's own renunciation", "without preconditions.",
  ("Kazakhstan", T, pos, "", "hope for a return to negotiations"))
U(d, "The representative of Ukraine said the launch was a provocation", "firmly by the Council.",
  ("Ukraine", C, neg, NK, "'provocation' + firm answer"))
U(d, "The representative of Bolivia said that his country rejected the launch", "against a Member State.",
  ("Bolivia", C, neg, "", "rejects the launch and threats of force: two targets -> empty"))
U(d, "Dialogue was the only way forward, he said.", "way forward, he said.",
  ("Bolivia", T, neu, "", "appeal for dialogue"))
U(d, "The representative of Egypt urged all parties to exercise restraint", "avoid a catastrophic war.",
  ("Egypt", T, neu, "", "appeal for restraint"),
  ("Ethiopia", T, neg, "", "second delegation in the same sentence; appeal for unity to avoid war"))
U(d, "The representative of Senegal called on the Democratic People's Republic of Korea", "engage in talks.",
  ("Senegal", T, neu, NK, "demand with no judgement word + talks = calling_for_talks"))
U(d, "The representative of Uruguay said his delegation condemned the launch", "good offices.",
  ("Uruguay", C, neg, NK, "condemnation + support for good offices: rule 1"))
U(d, "Speaking in his national capacity, the representative of Italy", "threat to international peace.",
  ("Italy", C, neg, NK, "judgement"))
U(d, "He said Italy, as chair of the sanctions committee", "implemented by every State.",
  ("Italy", N, neu, "", "procedural work of the committee chair (unsure: could be United Nations as the committee's voice)"))
U(d, "Hana Seo, a non-proliferation researcher at the Asia Security Policy Centre", "not on the cure.",
  ("Hana Seo", N, neg, "", "invented analyst in the digest's box; assessment of a divided Council"))
U(d, "\"Washington wants a blockade in all but name", "Seo said.",
  ("Hana Seo", N, neg, "", "characterisation of stalemate, no judgement on one actor (the positions she sums up are already labelled where their speakers state them)"))
U(d, "Seo said the most useful outcome would be a quiet channel", "offered to host.",
  ("Hana Seo", T, neu, "", "advocates a US-DPRK channel = calling_for_talks; two parties -> target empty"))
