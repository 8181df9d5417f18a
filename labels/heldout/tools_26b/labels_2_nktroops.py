# ------------------------------------------------------------------ North Korean troops deployed to Russia (international wire copy, 2024-11-01)
d = "page_nktroops_wire.txt"
# No rows: agency menu, section, headline, byline, read time, "1 of 4" captions with credits, Summary bullets, dateline
# (excluded from the first unit), ADVERTISEMENT, capitals crossheads, "Related:", reporting credits, Our Standards, topics,
# newsletter prompt, Most read, trailer.
U(d, "North Korea's foreign minister pledged in Moscow on Friday", "could be fighting within days.",
  ("North Korea", S, pos, "Russia", "dateline excluded; minister introduced by role only (named in the next paragraph); pledge of backing until victory"),
  ("United States", N, neg, "", "'Washington' = metonym; troop figure + warning that they could fight soon, no appeal = neutral, negative"))
U(d, "Choe Son Hui told Foreign Minister Sergei Lavrov", "tested by history.",
  ("North Korea", S, pos, "Russia", "name given after the role; praise of the alliance; Lavrov is the addressee, not a speaker here"))
U(d, "\"Russia's soldiers and people are defending the sovereign rights", "broadcast by Russian state television.",
  ("North Korea", S, pos, "Russia", "multi-sentence quote closed by the speaker; 'Pyongyang' inside the quote = the speaker's own state; the broadcaster is not an actor"))
U(d, "Lavrov, for his part, praised the growing ties", "backing over Ukraine.",
  ("Russia", S, pos, "North Korea", "praise + thanks to the guest's state"))
# no row: "Neither minister referred to the troops ..." (narration of an omission)
U(d, "U.S. Secretary of State Antony Blinken, speaking in Washington on Thursday", "basic infantry tactics.",
  ("United States", N, neu, "", "figures and training details given by an actor, no judgement in this sentence; Washington = place"))
U(d, "\"Any North Korean soldier who crosses into Ukraine to fight is a fair target", "Blinken told reporters.",
  ("United States", C, neg, "North Korea", "warning/threat addressed to Pyongyang"))
U(d, "Defense Secretary Lloyd Austin, who joined the talks, said Ukraine could use", "entered the fight.",
  ("United States", S, neu, "Ukraine", "leave to use US-supplied arms against the troops = backing by act for Ukraine (unsure: could be read as a threat against North Korea = condemning)"))
U(d, "South Korean Foreign Minister Cho Tae-yul said Seoul would consider every option", "Pyongyang and Moscow went.",
  ("South Korea", C, neg, "", "conditional threat of a response (arms for Ukraine) aimed at two states -> target empty (unsure: could be a neutral plan); Seoul = metonym"))
U(d, "His defence counterpart Kim Yong-hyun called the deployment", "answer it together.",
  ("South Korea", C, neg, "North Korea", "'His' = Cho (possessive, not the speaker); judgement + promised joint response"))
U(d, "Seoul summoned Russian Ambassador Georgy Zinoviev on Oct. 21", "forged identity papers.",
  ("South Korea", C, neg, "Russia", "summons + withdrawal demand (measure by act); spy agency = South Korea; one row per actor"))
# no row: "North Korea at first brushed the reports aside." (summary line before the specific statements)
U(d, "A North Korean diplomat at the United Nations in New York dismissed them", "blacken the country's name.",
  ("North Korea", N, neg, "", "unnamed official of a named government = North Korea; denial = neutral, negative (the smear charge names no one)"))
U(d, "Days later, Vice Foreign Minister Kim Jong Gyu said", "mutual defence treaty.",
  ("North Korea", N, neu, "", "conditional defence of legality, neither denial nor judgement; KCNA is not an actor"))
U(d, "Kremlin spokesman Dmitry Peskov said on Friday that Moscow's cooperation", "aimed at anyone else.",
  ("Russia", N, neu, "", "sovereign-matter line, reassurance = neutral"))
U(d, "Asked about satellite images of the troops last week, President Vladimir Putin said", "to fight for Kyiv.",
  ("Russia", C, neg, "", "'our business' (neutral) + accusation of Western governments in the same sentence: the accusation decides; the West is not canonical -> target empty"))
U(d, "At a U.N. Security Council meeting on Thursday, deputy U.S. ambassador Robert Wood asked", "on its soil.",
  ("United States", C, neg, "Russia", "accusation of lying put as a question (unsure: could be neutral)"))
# no row: "The Russian diplomat did not answer, and the meeting was adjourned." (no position taken)
U(d, "China's deputy U.N. ambassador Geng Shuang, at the same session, denied", "stoking confrontation.",
  ("China", C, neg, "United States", "denial + counter-accusation in one sentence: the accusation decides"))
U(d, "Ukrainian President Volodymyr Zelenskiy said on Thursday", "instead of acting.",
  ("Ukraine", C, neg, "", "forecast + accusation of 'Kyiv's partners' (possessive metonym, not the speaker; several states -> target empty)"))
U(d, "Andriy Yermak, head of the presidential office, wrote on Telegram", "go beyond words.",
  ("Ukraine", C, neg, "Russia", "accusation of Russia; the demand for more than words sits inside the judgement (rule 1)"))
U(d, "Ukraine's military intelligence service says nearly 12,000", "are in Russia.",
  ("Ukraine", N, neu, "", "figures given by a state agency"))
U(d, "NATO Secretary-General Mark Rutte, who confirmed the deployment on Monday", "running short of men.",
  ("NATO", C, neg, "Russia", "judgement of Russia's war; South Korean intelligence delegation is background"))
U(d, "He said the alliance wanted both governments to reverse the move at once.", "at once.",
  ("NATO", T, neg, "", "pronoun subject = Rutte; 'the alliance'; demand to stop with no judgement word, two addressees -> target empty"))
U(d, "The European Union's foreign policy spokesperson said the bloc condemned", "with its partners.",
  ("European Union", C, neg, "", "'the bloc' = EU; condemnation of both countries -> target empty; readiness to respond"))
U(d, "Germany's Foreign Office summoned North Korea's charge d'affaires", "security of Europe.",
  ("Germany", C, neg, "North Korea", "summons (measure by act) + judgement; Berlin = place"))
U(d, "China, asked repeatedly about the troops, has kept its distance:", "on the specifics.",
  ("China", N, neu, "", "summary before a colon and the specific statement in one sentence = one unit; 'up to the two states' + no information = neutral"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said Japan was seriously concerned", "Washington and Seoul.",
  ("Japan", N, neg, "", "concern + coordination with allies, no appeal; Washington and Seoul are objects, not speakers"))
# no rows: treaty background, "Analysts say ...", the unnamed Seoul-based researcher
U(d, "South Korea and the United States have said they will watch closely", "sensitive technology.",
  ("South Korea", N, neg, "", "joint position of two states: one row per state; monitoring without an appeal"),
  ("United States", N, neg, "", "same"))
