# ------------------------------------------------------------------ China–Solomon Islands security pact (Chinese MFA press-conference transcript, 2022-04-19)
d = "page_solomons_pact_mfa.txt"
U(d, "I can confirm that, with the approval of both governments", "on behalf of their governments.",
  ("China", N, neu, "", "speaker label 'Wang Wenbin: ' excluded; treaty signing reported as an act, no evaluation (its content is the next unit)"),
  ("Solomon Islands", N, neu, "", "Manele signs for Solomon Islands: specific act reported by China, no evaluation"))
U(d, "Under the agreement, China will help Solomon Islands maintain social order", "safeguard national security.",
  ("China", S, pos, "Solomon Islands", "offer of security and humanitarian assistance = supporting"))
U(d, "This cooperation is conducted between two sovereign and independent countries", "does not target any third party.",
  ("China", N, pos, "", "multi-sentence reassurance about own conduct: neutral, positive"))
U(d, "It sits alongside, rather than in place of,", "with other partners.",
  ("China", N, neu, "", "description, no evaluation of others"))
U(d, "The Pentagon said on Monday that the pact could increase instability", "wider Pacific region.",
  ("United States", C, neg, "", "speaker label 'AFP: ' excluded; US position reported in a question; negative judgement of the pact's effects (unsure: could be concern = neutral); the pact is both states' act -> target empty"))
U(d, "A White House statement said a delegation led by Indo-Pacific coordinator Kurt Campbell", "this week.",
  ("United States", N, neu, "", "visit plan; Honiara = place"))
U(d, "The US side has long sent its warships across the Pacific", "a choice of its own.",
  ("China", C, neg, "United States", "accusation of hypocrisy"))
U(d, "This is a textbook double standard.", "double standard.",
  ("China", C, neg, "United States", "judgement without stock condemnation words"))
U(d, "They are not anyone's property and not a chessboard", "among big powers.",
  ("China", C, neg, "", "implicit rebuke of unnamed powers -> target empty (unsure: could be neutral)"))
U(d, "Attempts to obstruct normal cooperation between China and the island countries will get nowhere.", "will get nowhere.",
  ("China", C, neg, "", "warning to unnamed obstructers -> target empty"))
U(d, "Australia's Minister for International Development and the Pacific, Zed Seselja, travelled to Honiara", "Pacific family first.",
  ("Australia", T, neu, "Solomon Islands", "speaker label 'ABC: ' excluded; request not to sign + consult, no judgement"))
U(d, "Solomon Islands is a sovereign country, and it is entitled to decide", "whom it cooperates with.",
  ("China", S, pos, "Solomon Islands", "backing Solomon Islands' right to choose"))
U(d, "We hope the relevant country will respect that choice and stop making irresponsible remarks about it.", "irresponsible remarks about it.",
  ("China", C, neg, "Australia", "'the relevant country' = Australia by context of the question; 'irresponsible remarks' = judgement despite 'we hope'"))
U(d, "China is ready to work alongside other partners in the region", "island countries.",
  ("China", T, pos, "", "offer of cooperation with other partners, no judgement (unsure: could be neutral)"))
U(d, "Prime Minister Sogavare told parliament last month that branding his government unfit", "insult to Solomon Islanders.",
  ("Solomon Islands", C, neg, "", "speaker label 'Bloomberg: ' excluded; rebuke of unnamed critics -> target empty"))
U(d, "He also said his government had no intention of allowing China to build a military base.", "military base.",
  ("Solomon Islands", N, neu, "", "denial/reassurance about own conduct"))
U(d, "We appreciate Prime Minister Sogavare's clear statement.", "clear statement.",
  ("China", S, pos, "Solomon Islands", "approval of the Prime Minister's statement"))
U(d, "The talk of a Chinese military base is disinformation", "ulterior motives.",
  ("China", C, neg, "", "denial joined to an accusation ('people with ulterior motives'): condemning, target not named -> empty"))
U(d, "China has no such plan.", "no such plan.",
  ("China", N, neu, "", "bare denial"))
U(d, "New Zealand Prime Minister Jacinda Ardern has said she sees no need for the pact", "grave concern.",
  ("New Zealand", N, neg, "", "speaker label 'Kyodo News: ' excluded; concern without an appeal (contrast with the Pentagon row)"))
U(d, "Cooperation between China and the Pacific island countries has nothing to hide.", "nothing to hide.",
  ("China", N, pos, "", "reassurance"))
U(d, "I would advise the relevant countries to look at it objectively", "Cold War lens.",
  ("China", C, neg, "", "advice carrying a judgement ('Cold War lens') on New Zealand and others -> target empty"))
U(d, "Pacific Islands Forum Secretary-General Henry Puna said last week", "Solomon Islands government.",
  ("Pacific Islands Forum", T, neu, "Solomon Islands", "speaker label 'Reuters: ' excluded; appeal for consultation + taking the issue up with Honiara"))
U(d, "Micronesia's President David Panuelo has also written to Prime Minister Sogavare", "not to sign.",
  ("Federated States of Micronesia", T, neu, "Solomon Islands", "letter asking not to sign, no judgement"))
U(d, "China supports the Pacific Islands Forum in playing its role", "development of the region.",
  ("China", S, pos, "Pacific Islands Forum", "explicit support"))
U(d, "Russia's Foreign Minister Sergey Lavrov said today that a new phase", "has begun.",
  ("Russia", C, neg, "Ukraine", "round-up question on another crisis; announcing an operation against another side = condemning"))
U(d, "We support all efforts conducive to a ceasefire and peace talks", "reach a settlement.",
  ("China", T, pos, "", "support for peace efforts + hope for negotiations: calling_for_talks"))
