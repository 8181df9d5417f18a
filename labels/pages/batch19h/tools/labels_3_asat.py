# ------------------------------------------------------------------ Russia's destructive anti-satellite missile test (international wire, 2021-11-16)
d = "page_russia_asat_test_wire.txt"
# No rows: menu, headline, byline, share bar, photo captions with credits and "Photo N of 3", crossheads, Related:, More on this story, tags, newsletter, most popular, copyright.
U(d, "Russia blew up one of its own defunct satellites", "Washington and its allies.",
  ("Russia", N, neu, "", "long lead: the defence ministry's confirmation of its own strike, no judgement; 'chorus of condemnation' is a summary clause (no row for it)"),
  ("United States", N, neu, "", "the US confirming the strike = a fact given by an actor"))
# No row: Kosmos-1408 background (narration).
U(d, "U.S. Space Command said the strike had so far produced", "stay aloft for years.",
  ("United States", N, neu, "", "figures from a US military command, no evaluation"))
U(d, "The crew, NASA's Raja Chari", "NASA said.",
  ("United States", N, neu, "", "attribution tail; NASA = US agency; facts"))
U(d, "Secretary of State Antony Blinken called the test careless", "own cosmonauts.",
  ("United States", C, neg, "Russia", "'careless', 'put at risk'"))
U(d, "\"Moscow likes to say it is against turning space into a battlefield.", "issued late Monday.",
  ("United States", C, neg, "Russia", "two-sentence quote closed by the speaker; judgement without stock words ('what those words are worth'); Moscow = metonym"))
U(d, "\"This debris will be a hazard to satellites", "for decades.\"",
  ("United States", N, neg, "", "quote continued after the attribution; consequence described with no actor named (unsure: could be read as part of the accusation)"))
U(d, "The United States would work out its response together with its friends", "leave debris behind.",
  ("United States", C, neg, "Russia", "announced response + appeal for rules: the threatened response decides (rule 1)"))
U(d, "At the State Department's briefing, spokesman Ned Price said Washington had raised", "let the matter drop.",
  ("United States", N, neg, "", "repeated concerns raised + 'would not let the matter drop': concern without appeal (unsure: could be a veiled warning)"))
U(d, "Asked whether the United States had been warned beforehand, he said it had not.", "Asked whether the United States had been warned beforehand, he said it had not.",
  ("United States", N, neu, "", "'he' = Price; fact"))
U(d, "NASA Administrator Bill Nelson said he was furious", "China's own space station.",
  ("United States", C, neg, "Russia", "anger + 'endangered' = accusation; China is mentioned, not a speaker"))
U(d, "It made no sense, he said, for the country", "its own cosmonauts.",
  ("United States", C, neg, "Russia", "attribution mid-sentence; judgement without stock words ('made no sense', 'gamble with the lives')"))
U(d, "Defense Secretary Lloyd Austin told reporters at the Pentagon", "capabilities closely.",
  ("United States", C, neg, "Russia", "accusation of building weapons to deny others space"))
U(d, "Russia's defense ministry confirmed on Tuesday", "the inactive satellite.",
  ("Russia", N, neu, "", "own strike reported as done, no judgement"))
U(d, "The ministry said the pieces were on paths", "in the future.",
  ("Russia", N, neg, "", "'the ministry' resolved by context; denial of danger = neutral, negative"))
U(d, "Defense Minister Sergei Shoigu was quoted by state news agencies", "with great accuracy.",
  ("Russia", N, pos, "", "self-praise of own weapon = neutral, positive; the agencies are not actors"))
U(d, "Foreign Minister Sergei Lavrov dismissed the accusations from Washington.", "Foreign Minister Sergei Lavrov dismissed the accusations from Washington.",
  ("Russia", N, neg, "", "denial = neutral, negative"))
U(d, "\"To claim that Russia has created risks", "news conference in Moscow.",
  ("Russia", C, neg, "United States", "'two-faced' = judgement of Washington's claims; In Moscow = place"))
U(d, "\"The Americans have tested such weapons themselves", "space force.\"",
  ("Russia", C, neg, "United States", "quote continued after the attribution = same speaker; counter-accusation"))
U(d, "Kremlin spokesman Dmitry Peskov said he would leave questions", "endangered the crew.",
  ("Russia", N, neg, "", "deferral + denial ('no basis') = neutral, negative"))
U(d, "Russia's space agency Roscosmos said in a post on Telegram", "normal work.",
  ("Russia", N, neu, "", "state agency = Russia; reassurance/facts"))
U(d, "Its chief, Dmitry Rogozin, wrote that the orbit", "station's path.",
  ("Russia", N, neu, "", "'Its chief' = Roscosmos head; facts"))
U(d, "The foreign ministry's spokeswoman, Maria Zakharova, said Washington had no moral right", "return to that discussion.",
  ("Russia", C, neg, "United States", "'no moral right to lecture' = judgement + appeal to talks (rule 1)"))
U(d, "NATO Secretary-General Jens Stoltenberg, speaking in Brussels", "early warning.",
  ("NATO", C, neg, "Russia", "'put everyone in orbit at risk' + accusation of building weapons; Moscow = metonym; Brussels = place"))
U(d, "British Defence Secretary Ben Wallace said Moscow had shown", "space station alike.",
  ("United Kingdom", C, neg, "Russia", "'cared nothing for' = judgement without stock words"))
U(d, "France's armed forces minister, Florence Parly, wrote on Twitter", "France condemned the test.",
  ("France", C, neg, "Russia", "leader-type social-media post; 'whoever filled space with wreckage' = Russia by context"))
U(d, "Germany's foreign ministry said Berlin was deeply concerned", "rules for outer space.",
  ("Germany", T, neg, "Russia", "concern + appeal to refrain, no judgement word = talks, negative"))
U(d, "The European Union's foreign policy chief, Josep Borrell, said in a statement", "stop such actions immediately.",
  ("European Union", C, neg, "Russia", "'irresponsible' + demand (rule 1); statement on behalf of the 27 = EU"))
U(d, "Japan's chief cabinet secretary, Hirokazu Matsuno, said Tokyo was studying", "safe use of space.",
  ("Japan", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Asked about the test in Beijing, foreign ministry spokesman Zhao Lijian said", "security in outer space.",
  ("China", T, neu, "", "hope addressed to all parties = talks; no judgement of Russia"))
# No rows: "Russia joins the United States, China and India ..." (narration); the unnamed debris analyst; "Arms control researchers said" (unnamed).
