# ------------------------------------------------------------------ North Korea blows up the inter-Korean roads (Chinese MFA regular press conference, 2024-10-15)
d = "page_korea_roads_demolition2024_mfapresser.txt"
# Not statements: site header, breadcrumb, title, time stamp, print/share bar, outlet names before questions, the questions
# themselves ("What is China's comment?", "Does China ...?", "How do you respond?"), footer lines.
# A question that reports another actor's position is that actor's statement (labels/README, press conferences).
# Non-answers and fillers get no row: "We have noted the relevant reports.", "I'm not aware of the specifics.",
# "China's position on the Peninsula issue is consistent and clear.", "I'd refer you to the competent authorities ...",
# "Our position is consistent.", "I have just shared China's position on this.", "We have noted that.",
# "We released information ... yesterday.", "We will release further information in due course. Please stay tuned."
U(d, "South Korea's Joint Chiefs of Staff said the DPRK blew up sections", "south of the line in response.",
  ("South Korea", N, neu, "", "JCS = South Korea; the North's act + own warning shots reported as facts, no judgement"))
U(d, "China has been paying attention to the developments on the Peninsula.", "developments on the Peninsula.",
  ("China", N, neu, "", "following the situation, no appeal in the unit"))
U(d, "What the parties need most at this moment is calm", "moves and counter-moves.",
  ("China", T, neu, "", "appeal for calm, addressed to all parties"))
U(d, "Our position of working for a peaceful Peninsula", "pull in the same direction.",
  ("China", T, pos, "", "political settlement through dialogue + hope = calling_for_talks"))
U(d, "The DPRK says drones sent by the ROK flew over Pyongyang", "to drop leaflets.",
  ("North Korea", C, neg, "South Korea", "accusation of drone incursions (reported in a question)"))
U(d, "Kim Yo Jong warned that Seoul would face terrible consequences", "over the capital.",
  ("North Korea", C, neg, "South Korea", "threat; Seoul = metonym"))
U(d, "South Korea's defence ministry first said it could not confirm the claim", "nothing to add.",
  ("South Korea", N, neu, "", "neither confirms nor denies = neutral"))
U(d, "We do not wish to see anything that pushes the situation towards confrontation.", "towards confrontation.",
  ("China", T, neu, "", "opposes escalation aimed at no one = calling_for_talks (guide)"))
U(d, "The US State Department spokesperson said yesterday that the United States urged the DPRK", "destabilising actions.",
  ("United States", T, neg, "North Korea", "demand addressed to one side to refrain, no judgement word (README: calling_for_talks, negative)"))
U(d, "He added that Washington's commitment to the defence of the ROK remained ironclad.", "remained ironclad.",
  ("United States", S, pos, "South Korea", "'He' = the State Department spokesperson; backing of an ally"))
U(d, "China has always played a constructive role in its own way", "on the Peninsula issue.",
  ("China", N, pos, "", "self-praise = neutral, positive"))
U(d, "We hope the parties concerned will face up to the crux of the issue", "through meaningful dialogue.",
  ("China", T, pos, "", "hope for dialogue"))
U(d, "Chief Cabinet Secretary Yoshimasa Hayashi said this morning that Japan was working closely", "analyse the explosions.",
  ("Japan", N, neu, "", "coordination and analysis, no position"))
U(d, "He also said the DPRK's nuclear and missile development posed a grave threat", "Japan and the region.",
  ("Japan", C, neg, "North Korea", "'grave threat' = judgement on the North's programme"))
U(d, "I want to stress that piling on military pressure and sanctions has never solved", "will not solve it now.",
  ("China", C, neg, "", "criticism of the pressure-and-sanctions approach of unnamed parties -> target empty (unsure: could be read as an appeal, calling_for_talks)"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said sending drones", "an armed clash.",
  ("Russia", C, neg, "South Korea", "'interference in the affairs of a sovereign state' aimed at the drone flights from the South = judgement"))
U(d, "All parties should respect each other's sovereignty and security concerns", "raise tension.",
  ("China", T, neu, "", "appeal to all parties, no judgement"))
U(d, "South Korea's Ministry of Unification condemned the demolition today", "never repaid.",
  ("South Korea", C, neg, "North Korea", "condemns the demolition (reported in a question)"))
U(d, "The presidential office said after a security meeting that it would respond sternly", "further provocation.",
  ("South Korea", C, neg, "North Korea", "threatened response"))
U(d, "Defence Minister Kim Yong-hyun also told lawmakers that any attack on the South", "North Korean regime.",
  ("South Korea", C, neg, "North Korea", "threat"))
# "Some commentators say China's silence emboldens Pyongyang." = unnamed speakers, no row.
U(d, "I don't agree with that characterisation.", "that characterisation.",
  ("China", N, neg, "", "rejects a criticism = denial, neutral with a negative tone"))
U(d, "China has all along acted in an objective and impartial manner", "on the Peninsula issue.",
  ("China", N, pos, "", "self-description = neutral, positive"))
U(d, "Last week the General Staff of the Korean People's Army said it would seal the border", "a hostile neighbour.",
  ("North Korea", C, neg, "South Korea", "military measure against the South, called a 'hostile neighbour' (unsure: the self-defence framing could make it neutral)"))
U(d, "It said it had notified the US military by telephone", "any misunderstanding.",
  ("North Korea", N, neu, "", "procedure: notification to avoid misunderstanding"))
U(d, "We hope all parties will work together to keep the situation stable.", "keep the situation stable.",
  ("China", T, pos, "", "hope for stability = calling_for_talks"))
U(d, "UN spokesperson Stéphane Dujarric said yesterday that the Secretary-General was concerned", "lead to miscalculation.",
  ("United Nations", T, neg, "", "concern + appeal to all sides"))
U(d, "China supports the efforts of the United Nations that help to ease tension", "on the Peninsula.",
  ("China", S, pos, "United Nations", "backing of the UN's efforts"))
U(d, "It is reported that the DPRK's foreign ministry called the drone incursions a grave provocation", "planned by the ROK military.",
  ("North Korea", C, neg, "South Korea", "'grave provocation' = judgement"))
U(d, "The KPA General Staff also ordered artillery units near the border to be ready", "to open fire.",
  ("North Korea", C, neg, "South Korea", "fire-readiness order against the South = threatened response"))
U(d, "As a close neighbour, China does not want to see chaos or conflict", "on the Peninsula.",
  ("China", T, neu, "", "opposes conflict aimed at no one = calling_for_talks"))
U(d, "Premier Li Qiang will attend the meeting of the Council of Heads of Government", "in Islamabad.",
  ("China", N, neu, "", "a plan announced (relayed in the question), no position"))
