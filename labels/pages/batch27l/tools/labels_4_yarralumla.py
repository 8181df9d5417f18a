# ------------------------------------------------------------------ Australia cancels Russia's Yarralumla embassy lease by law (radio interview transcript, 2023-06-16)
d = "page_canberra_yarralumla_lease2023_radiointerview.txt"
# Not statements: station menu, breadcrumb, programme header, transcript disclaimer, speaker labels, every host line
# (questions and links are the host's, never the guest's statement), greetings and thanks, [BREAK], related episodes, copyright.
# "The Kremlin has hit back at the Albanese Government ..." = the newsreader's summary line before the specific statements, no row.
U(d, "Speaking to reporters in Moscow, Kremlin spokesman Dmitry Peskov said Australia", "next needed something from it.",
  ("Russia", C, neg, "Australia", "reported clause: judgement of Australia's hostility + veiled threat of a response = condemning"))
U(d, "The Russian Embassy in Griffith went further", "what was left of the relationship.",
  ("Russia", C, neg, "Australia", "embassy = Russia; accusation aimed at the PM (Australia); 'went further' opens the sentence but the accusation is in it"))
U(d, "Ukraine's ambassador to Australia, Vasyl Myroshnychenko, welcomed the law", "for acting together.",
  ("Ukraine", S, pos, "Australia", "welcome + thanks = supporting"))
# "The legislation passed both houses with Coalition support." = narration, no row.
U(d, "The Opposition's spokesman on countering foreign interference, Senator James Paterson, said", "no government could accept.",
  ("Australia", S, neu, "", "an opposition senator speaks for his state (guide: Senator Cardin = United States); backing the bill = supporting; the act is Australia's own -> target empty (unsure: could be read as neutral)"))
U(d, "I'd say that's exactly what you'd expect them to say.", "I'd say that's exactly what you'd expect them to say.",
  ("Australia", N, neg, "", "the minister dismisses Moscow's charge = a denial, neutral with a negative tone (unsure: a slight jab at Russia)"))
U(d, "This decision was made on the advice of our security agencies", "the heart of our democracy.",
  ("Australia", N, neu, "", "justification of own decision = neutral"))
U(d, "It was not about punishing anyone.", "It was not about punishing anyone.",
  ("Australia", N, neg, "", "denial = neutral, negative tone"))
U(d, "The court looked at a narrow question", "we respect that judgment.",
  ("Australia", N, neu, "", "account of the court ruling + respect for it = neutral"))
U(d, "Parliament then did what Parliament is entitled to do", "settle the matter by law.",
  ("Australia", N, neu, "", "own procedure = neutral"))
U(d, "There is nothing underhanded about that", "in a single morning.",
  ("Australia", N, neg, "", "denial of impropriety = neutral"))
U(d, "We'll not be lectured about respect for diplomatic norms", "power stations in Ukraine.",
  ("Australia", C, neg, "Russia", "judgement of Russia's war and its standing, no stock word = condemning"))
U(d, "If the Kremlin chooses to retaliate against our people in Moscow", "nothing at all about Australia.",
  ("Australia", C, neg, "Russia", "pre-emptive judgement of a Russian reprisal = condemning"))
U(d, "Russia keeps its embassy in Griffith, it keeps its diplomats", "keep doing their jobs.",
  ("Australia", N, neu, "", "facts: Russia's existing mission stays = neutral"))
U(d, "I'm not going to give a running commentary on operational matters.", "I'm not going to give a running commentary on operational matters.",
  ("Australia", N, neu, "", "declining to comment = neutral"))
U(d, "What I will say is that the lease no longer exists", "in an orderly way.",
  ("Australia", N, neu, "", "plan for the site = neutral"))
U(d, "The legislation allows for a claim to be made", "run its course.",
  ("Australia", N, neu, "", "procedure on compensation = neutral"))
U(d, "We are a country that follows its own laws", "we will follow this one.",
  ("Australia", N, pos, "", "self-praise = neutral, positive"))
U(d, "On the substance, I think the Government got to the right place", "a remarkably long route to get there.",
  ("Annika Holloway", S, pos, "Australia", "invented analyst (person); approval of the decision with a mild reproach about the delay; approval is the position (unsure: rule 1 could make the reproach decide)"))
U(d, "A building that close to Parliament House", "never a neutral piece of real estate.",
  ("Annika Holloway", N, neg, "", "risk assessment, no judgement of an actor = neutral"))
U(d, "The Kremlin is in no position to talk about the rules of diplomatic life", "the last sixteen months.",
  ("Annika Holloway", C, neg, "Russia", "judgement of the Kremlin without a stock word"))
U(d, "Its own embassies have been caught running intelligence officers", "sent them home.",
  ("Annika Holloway", C, neg, "Russia", "accusation of spying under diplomatic cover"))
U(d, "My expectation is something symbolic", "over visas or property.",
  ("Annika Holloway", N, neu, "", "forecast = neutral"))
U(d, "Russia's leverage over Australia is genuinely limited", "both governments know that.",
  ("Annika Holloway", N, neu, "", "assessment = neutral"))
U(d, "The risk is mainly reputational", "play the injured party.",
  ("Annika Holloway", N, neg, "", "risk scenario = neutral"))
U(d, "My advice to Canberra would be to settle the compensation question", "gets into trouble in Russia.",
  ("Annika Holloway", T, neu, "Australia", "appeal to settle fairly and keep a channel open to Moscow = calling_for_talks"))
U(d, "The Prime Minister was careful to say this was about one site", "take him at his word.",
  ("Annika Holloway", N, pos, "", "'the Prime Minister' = Albanese by context; trust in his account, no act approved = neutral"))
U(d, "I don't think Beijing should read anything into it", "did so publicly.",
  ("Annika Holloway", N, neu, "", "forecast about China's reaction = neutral"))
# "We did ask the Russian Embassy for an interview ... It didn't respond before air." = host's line and a non-answer, no row.
