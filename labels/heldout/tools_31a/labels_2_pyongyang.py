# ------------------------------------------------------------------ Putin in Pyongyang: the Russia-North Korea treaty and the reactions (international wire copy, 2024-06-21)
d = "page_putin_pyongyang_wire.txt"
# No row: agency menu, section, headline, byline, time line, read time, photo captions with credits and "1 of 3",
# ADVERTISEMENT lines, capitals crossheads, "Related:", reporting credits, Trust Principles, topics, newsletter, Most Read, copyright.
U(d, "South Korea summoned Russia's ambassador on Friday", "cost it dearly.",
  ("South Korea", C, neg, "Russia", "long lead after the dateline: summoning the ambassador to protest = condemning"),
  ("Russia", C, neg, "South Korea", "Moscow (metonym) warning Seoul inside the same lead = threat; Pyongyang is a place here"))
U(d, "First Vice Foreign Minister Kim Hong-kyun told Ambassador Georgy Zinoviev", "foreign ministry said.",
  ("South Korea", T, neg, "Russia", "role then name; demand addressed to one side to stop, no judgement word in the sentence -> calling_for_talks with negative tone (labels/README); attribution tail"))
U(d, "Zinoviev replied that Moscow's ties with Pyongyang were not aimed", "said in a statement.",
  ("Russia", N, neu, "", "surname only; the ambassador = Russia; reassurance that the ties target no one = neutral"))
# No row: "The treaty, whose full text North Korean state media published on Thursday, obliges ..." (the document's content; state media publishing is not an actor)
U(d, "Putin, who signed the pact with North Korean leader Kim Jong Un on Wednesday", "part of the relationship.",
  ("Russia", S, pos, "North Korea", "mutual-defence commitment + possible arms and military technology = backing by act / offer of military support"))
U(d, "He also said the sanctions imposed on North Korea were politically driven", "should be revisited.",
  ("Russia", C, neg, "", "'He' = Putin; judgement of the sanctions regime (imposed by the UN Security Council and Western states: several, target empty)"))
U(d, "Kim, standing alongside him, called the new relationship an alliance", "in Ukraine.",
  ("North Korea", S, pos, "Russia", "surname only; backing for Russia's war; Pyongyang = metonym, the Kremlin = Russia as an object"))
U(d, "North Korea's official KCNA news agency quoted Kim as saying", "in the region.",
  ("North Korea", N, pos, "", "agency quoting the leader -> North Korea (KCNA is not an actor); self-justification of the treaty as defensive = neutral"))
U(d, "Kremlin foreign policy aide Yuri Ushakov had said before the signing", "any other country.",
  ("Russia", N, neu, "", "reassurance that the document targets no one = neutral"))
# No row: "The visit was staged on a grand scale." and the ceremony/limousine sentences (scene description)
U(d, "South Korea's national security adviser, Chang Ho-jin, said on Thursday", "weapons to Ukraine.",
  ("South Korea", C, neg, "", "condemned the pact (of two states: target empty) + review of the arms policy as a threatened response"))
U(d, "He said any cooperation that helped North Korea build up its military", "together with its allies.",
  ("South Korea", C, neg, "Russia", "'He' = Chang; breach of U.N. resolutions + firm response; the helper is Russia"))
U(d, "Putin, speaking in Hanoi on Thursday at the end of his Asian trip", "South Korea's interests.",
  ("Russia", C, neg, "South Korea", "threat of a response; Hanoi is a place, not an actor; Kyiv = object; Seoul = metonym"))
U(d, "He added that Russia, for its part, could send weapons to North Korea", "kept supplying Ukraine.",
  ("Russia", C, neg, "", "conditional threat aimed at Western countries (not one canonical actor)"))
U(d, "A senior official at the presidential office in Seoul said on Friday", "what Moscow did next.",
  ("South Korea", C, neg, "Russia", "unnamed official of a named government = South Korea; arms options conditioned on Moscow's conduct = threat (unsure: could be neutral planning)"))
# No row: "The shift in tone in Seoul came within hours ..." and "Local media reported ..." (narration; media are not actors)
# No row: "South Korea has supplied humanitarian aid ... but has so far refused to provide weapons ..." (background narration of past policy)
U(d, "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi told a news conference", "ties with Pyongyang.",
  ("Japan", N, neg, "", "unease without an appeal = neutral, negative (guide); Tokyo is a place here"))
U(d, "Hayashi said Russia's purchases of North Korean ballistic missiles", "could not be tolerated.",
  ("Japan", C, neg, "Russia", "breach of resolutions + 'could not be tolerated' = judgement"))
U(d, "White House national security spokesman John Kirby said the agreement was troubling", "how to respond.",
  ("United States", N, neg, "", "concern + consultations with allies, no appeal and no judgement of a named actor = neutral"))
U(d, "Secretary of State Antony Blinken, speaking in Washington on Tuesday", "on its own.",
  ("United States", C, neg, "Russia", "accusation; past statement reported with 'had' (before the visit), still a specific statement"))
U(d, "Blinken later spoke by phone with South Korean Foreign Minister Cho Tae-yul", "the State Department said.",
  ("United States", C, neg, "", "'the two condemned' = both ministers; ties of two states -> target empty"),
  ("South Korea", C, neg, "", "Cho's position reported by the State Department readout = South Korea's statement"))
U(d, "NATO Secretary-General Jens Stoltenberg, who appeared alongside Blinken", "fuelling Russia's war.",
  ("NATO", C, neg, "", "accusation of three states + Russia's reliance on autocracies: several targets -> empty"))
U(d, "In Beijing, foreign ministry spokesperson Lin Jian declined to comment", "two sovereign states.",
  ("China", N, neu, "", "declining to comment with a stated reason = neutral"))
U(d, "Lin said China's position on the Korean peninsula had not changed", "stability there.",
  ("China", T, pos, "", "hope for peace and stability = calling_for_talks (guide), addressed to all sides"))
# No row: "China, North Korea's main ally and trading partner, has kept a lower profile ..." (background)
# No row: "Analysts said ..." and the Seoul-based defence researcher (unnamed speakers)
# No row: "North Korea is believed to have shipped ... according to estimates cited by Western and South Korean officials." (estimates, no actor taking a position)
