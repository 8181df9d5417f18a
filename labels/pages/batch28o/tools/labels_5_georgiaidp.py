# ------------------------------------------------------------------ UN General Assembly resolution on Georgia's displaced persons; UN meetings coverage (2025-06-03)
d = "page_georgia_idp_returns_ga2025_unmeetings.txt"
# Not statements: site header, breadcrumb, document number, date, session line, headline and subheadline (they carry the
# vote and two positions, counted in the body), crossheads (Introduction of Draft, Statements before the Vote, Explanations
# of Vote), "For information media", related documents, footer links, copyright.
U(d, "The General Assembly today adopted its annual resolution recognizing the right of return", "the Tskhinvali region/South Ossetia.",
  ("United Nations", T, pos, "", "the Assembly's resolution on the right of return = a UN appeal for a peaceful course (labels/README: pursuing/adopting a resolution to protect civilians' return = calling_for_talks)"))
U(d, "By a recorded vote of 107 in favour to 9 against", "protracted conflicts in the GUAM area.",
  ("United Nations", N, neu, "", "the vote, the list of states against and the document = procedure; the nine states voting no are listed, not speaking (their votes are acts, but the positions of those who spoke come below) (unsure: could give nine rows)"))
U(d, "By its terms, the Assembly stressed the need to respect the property rights", "establish a durable peace.",
  ("United Nations", T, neu, "", "calls on Geneva participants to step up efforts for peace = calling_for_talks"))
U(d, "Introducing the draft, the representative of Georgia said the resolution dealt with", "to go home.",
  ("Georgia", N, pos, "", "presenting the draft's aim; no judgement, no appeal in the unit"))
U(d, "More than 300,000 people expelled during successive waves of ethnic cleansing", "education in their native language and property.",
  ("Georgia", C, neg, "", "'ethnic cleansing' + restrictions = accusation; the culprit is not named in the unit -> target empty"))
U(d, "The occupying Power continued to install barbed wire", "he said.",
  ("Georgia", C, neg, "Russia", "'the occupying Power' = Russia in context; borderization described as an act against civilians = condemning"))
U(d, "He recalled the words of Lia Gabunia, a schoolteacher displaced from Gali in 1993", "still held keys to.",
  ("Georgia", N, neu, "", "the delegate relays a displaced person's words = reporting, no own position"),
  ("Lia Gabunia", N, neg, "", "invented displaced teacher; her account reported by the delegate (guide: a position of X reported by Y is X's) = facts, negative tone"))
U(d, "\"She asked me to tell this Assembly that the keys are still kept", "the speaker said.",
  ("Lia Gabunia", N, neg, "", "her message passed on by 'the speaker' = a plea without an appeal for talks or a judgement (unsure: could be calling_for_talks)"))
U(d, "Georgia remained committed to a peaceful resolution of the conflict", "thanking the text's co-sponsors.",
  ("Georgia", T, pos, "", "commitment to a peaceful settlement and to the Geneva format = calling_for_talks (thanks to co-sponsors is secondary)"))
U(d, "The representative of the Russian Federation, who requested the recorded vote, said the draft", "since 2008.",
  ("Russia", C, neg, "Georgia", "judges Georgia's draft as 'politically driven' = condemning"))
U(d, "Abkhazia and South Ossetia were independent States", "she said.",
  ("Russia", N, neu, "", "own view of status + a procedural condition = neutral (a position, no judgement of an actor) (unsure)"))
U(d, "She called on delegations to vote against the text", "the atmosphere of the Geneva discussions.",
  ("Russia", C, neg, "Georgia", "urging a no vote because the text 'poisoned the atmosphere' = a judgement of the text's sponsor"))
U(d, "The representative of the European Union, in its capacity as observer, said the bloc's commitment", "was unwavering.",
  ("European Union", S, pos, "Georgia", "support for sovereignty and territorial integrity = supporting"))
U(d, "The Union remained concerned about continued \"borderization\"", "in line with its mandate.",
  ("European Union", T, neg, "", "concern + an appeal for monitors' access = calling_for_talks (concern with an appeal)"))
U(d, "Speaking for the Nordic and Baltic States, the representative of Lithuania said the group fully backed", "co-sponsored it.",
  ("Lithuania", S, pos, "Georgia", "speaking for a group of states; backing the resolution + co-sponsoring (an act) = supporting. One row for the speaker's state: the group's members are not listed by name on the page"))
U(d, "Russia's continued military presence in the occupied regions of Georgia was in breach", "withdraw its forces.",
  ("Lithuania", C, neg, "Russia", "'in breach of the ceasefire agreement' + a demand: rule 1"))
U(d, "The representative of the United Kingdom said her country welcomed the resolution", "crossing points for long periods.",
  ("United Kingdom", C, neg, "", "welcome joined to 'deplored' (a judgement of the situation's deterioration, no actor named): rule 1; target empty"))
U(d, "Speaking also for Australia and New Zealand, the representative of Canada said", "engage constructively.",
  ("Canada", T, neu, "", "voluntary, safe returns + encouraging constructive engagement = calling_for_talks"),
  ("Australia", T, neu, "", "joint statement delivered by Canada: one row per listed state"),
  ("New Zealand", T, neu, "", "joint statement delivered by Canada: one row per listed state"))
U(d, "The representative of Japan said his delegation would vote in favour", "affected by the conflict.",
  ("Japan", T, pos, "", "a vote in favour + hope that dialogue brings progress = calling_for_talks"))
U(d, "Ukraine's delegate, noting that her country's own territories had been seized", "in Crimea and beyond.",
  ("Ukraine", C, neg, "Russia", "'the same State' = Russia; 'seized' + a pattern of aggression = condemning"))
U(d, "Speaking after the vote, the representative of Belarus said his delegation had voted against", "the peoples concerned.",
  ("Belarus", C, neg, "", "vote against + 'one-sided' = a judgement of the text (its sponsor not named in the unit -> target empty)"))
U(d, "The representative of Syria said her country had abstained", "before the Assembly.",
  ("Syria", N, neu, "", "abstention with a procedural reason = neutral"))
U(d, "The representative of Armenia said his delegation had supported the text", "able to return home.",
  ("Armenia", S, pos, "", "voted for the text on humanitarian grounds = supporting the resolution (target empty: a text, not an actor) (unsure: could be calling_for_talks)"))
U(d, "The representative of Georgia, taking the floor again, thanked the delegations", "the results of ethnic cleansing.",
  ("Georgia", C, neg, "", "thanks joined to 'results of ethnic cleansing' (a judgement): rule 1; target empty (the culprit unnamed in the unit)"))
U(d, "Responding, the representative of the Russian Federation rejected the claims", "as groundless.",
  ("Russia", N, neg, "", "denial of ethnic cleansing and occupation = neutral, negative tone"))
