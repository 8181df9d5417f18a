# ------------------------------------------------------------------ The Shanghai transit detention of an Arunachal-born Indian, Nov 2025 (Chinese MFA regular press conference transcript, 2025-11-25)
d = "page_china_thongdok_shanghai2025_mfabriefing.txt"
# Not statements: site header, breadcrumb, title, "Updated", Print | Close, Related News, copyright and address.
# Reporters' questions are never the spokesperson's statements; a question that relays a named party's position gives that party a row (marked below).
# CCTV question (the Xi-Trump call) = fact, no row.
U(d, "The two heads of state had a candid and constructive conversation", "issues of shared concern.",
  ("China", N, pos, "", "'Mao Ning: ' label excluded; description of the call, approving tone, no appeal"))
# "The readout has been released and I would refer you to it." = procedural, no row (the page keeps one procedural row per topic at most).
U(d, "President Xi expounded China's principled position on the Taiwan question", "post-war settlement.",
  ("China", N, neu, "", "leader's position on sovereignty reported by the spokesperson; no judgement of an actor in the sentence"))
# "Since the meeting in Busan, the relationship has on the whole stayed steady." = assessment, no row.
U(d, "China is ready to work with the U.S. side to follow through", "keep moving forward.",
  ("China", T, pos, "United States", "commitment to work with the US and manage differences = calling_for_talks"))
U(d, "Indian officials told reporters in New Delhi that India lodged a strong protest", "both in Beijing and in New Delhi.",
  ("India", C, neg, "China", "inside the reporter's question: a named government's position relayed (officials of a named government); a protest lodged = condemning (unsure: relayed inside a question)"))
U(d, "As I understand it, our border inspection officers followed the legal procedures", "of this case.",
  ("China", N, neu, "", "own-conduct account, no judgement"))
U(d, "The passenger was neither detained nor harassed", "respected throughout.",
  ("China", N, neg, "", "denial = neutral, negative tone"))
U(d, "The airline looked after her needs while she waited.",  "The airline looked after her needs while she waited.",
  ("China", N, neu, "", "fact offered by the spokesperson"))
# "On the question of Zangnan, China's position is consistent and clear." = lead-in, no row.
U(d, "Zangnan is part of China.", "Zangnan is part of China.",
  ("China", N, neu, "", "territorial claim stated as fact, no judgement of an actor in this sentence (the next one carries it)"))
U(d, "What India calls \"Arunachal Pradesh\" was carved out", "China does not accept it.",
  ("China", C, neg, "India", "India's administration called baseless and rejected = judgement without a stock word"))
# The passenger's own account in The Hindu's question: she is unnamed on this page -> no row.
U(d, "And Dr. Anil Mehra, a China scholar at the Centre for Himalayan Studies", "normalising ties.",
  ("Anil Mehra", C, neg, "China", "invented scholar quoted inside the question; reported clause: his charge that Beijing is testing India (only his position is a statement here)"))
# "I have just set out the facts." = procedural, no row.
U(d, "There was no harassment, so the question of an apology does not arise.", "does not arise.",
  ("China", N, neg, "", "denial + refusal to apologise = neutral, negative"))
U(d, "We hope the Indian side will not blow up an individual case", "that it does not have.",
  ("China", C, neg, "India", "'hope' wording, but a rebuke of India for hyping the case = judgement (not a hope for calm)"))
U(d, "China and India are important neighbours.", "important neighbours.",
  ("China", N, pos, "", "framing of the relationship, no appeal or judgement"))
U(d, "China is willing to work with India to keep up the momentum", "through communication.",
  ("China", T, pos, "India", "offer to manage sensitive questions through communication = calling_for_talks"))
U(d, "China's transit policy is open to travellers from all countries", "meet the conditions.",
  ("China", N, neu, "", "policy fact"))
# "Border inspection authorities will continue to handle every case in accordance with the law." = procedure, no row.
U(d, "We welcome Indian friends to travel to and through China.", "to and through China.",
  ("China", N, pos, "", "'welcome' to travellers is not a welcome of an actor's step: neutral, positive (near miss)"))
# AFP question: the US and Ukrainian officials' account of the Geneva talks = fact in a question, no row.
U(d, "China welcomes anything that brings peace closer.", "brings peace closer.",
  ("China", T, pos, "", "support for peace efforts in general, no actor backed; read with the appeal that follows (unsure: could be supporting)"))
U(d, "We hope that all parties concerned will keep talking", "crisis are addressed.",
  ("China", T, pos, "", "hope for a negotiated settlement = calling_for_talks"))
U(d, "China has been in contact with the parties in its own way", "constructive role.",
  ("China", T, neu, "", "own diplomatic role pledged = calling_for_talks"))
U(d, "The White House said the declaration should not have been adopted without Washington.", "without Washington.",
  ("United States", C, neg, "South Africa", "inside the reporter's question: the White House's objection to the host's adoption of the declaration = judgement (relayed position)"))
U(d, "Premier Li Qiang attended the summit", "leaders present.",
  ("China", N, neu, "", "what the premier did, told by the spokesperson; no evaluation"))
U(d, "China congratulates South Africa on hosting a successful summit", "this year's president.",
  ("China", S, pos, "South Africa", "congratulations and appreciation = supporting"))
# "The G20 is the premier forum for international economic cooperation." = framing, no row.
U(d, "A certain country stayed away from the table", "least of all the global economy.",
  ("China", C, neg, "United States", "'a certain country' = the US by the question's context; judgement of the boycott and the criticism"))
U(d, "Last week the Dutch government suspended its order taking control of Nexperia", "goodwill towards Beijing.",
  ("Netherlands", T, pos, "China", "inside the question: suspending the measure as a goodwill gesture = de-escalating step (calling_for_talks, unsure)"))
U(d, "Ruud Hendriks, an analyst at an Amsterdam semiconductor consultancy", "into the new year.",
  ("Ruud Hendriks", N, neg, "", "invented analyst relayed in the question; forecast of shortages, no judgement"))
U(d, "We have taken note of the Dutch decision.", "of the Dutch decision.",
  ("China", N, neu, "", "noting, no evaluation"))
U(d, "It is a step in the right direction, but it is far from enough", "settle the matter.",
  ("China", S, neu, "Netherlands", "approval of the step with a reservation and no judgement word (unsure: 'far from enough' could be read as a judgement)"))
U(d, "The Dutch side should withdraw its wrong measure completely", "can be restored.",
  ("China", C, neg, "Netherlands", "'wrong measure' and 'meddling' = judgement joined to a demand: rule 1"))
U(d, "For specifics, I would refer you to the competent authorities.", "competent authorities.",
  ("China", N, neu, "", "procedural line"))
U(d, "Taiwan's \"foreign ministry\" thanked Washington for it.", "thanked Washington for it.",
  ("Taiwan", S, pos, "United States", "inside the question: thanks for the sale = supporting (relayed position)."))
U(d, "China is firmly against any U.S. weapons going to its Taiwan region.", "its Taiwan region.",
  ("China", C, neg, "United States", "opposition aimed at the US's act = judgement"))
U(d, "This sale breaks the commitments the U.S. made", "\"Taiwan independence\".",
  ("China", C, neg, "United States", "breach of commitments = judgement"))
U(d, "China has lodged stern protests with the U.S. side.", "with the U.S. side.",
  ("China", C, neg, "United States", "diplomatic protest = a measure taken (condemning)"))
U(d, "The DPP authorities' attempts to rely on the U.S.", "get them nowhere.",
  ("China", C, neg, "Taiwan", "'DPP authorities' = Taiwan's government; judgement of its course"))
U(d, "We urge the U.S. to honour its commitments and stop arming Taiwan.", "stop arming Taiwan.",
  ("China", T, neg, "United States", "demand to one side to stop with no judgement word in the sentence = calling_for_talks, negative (labels/README rule)"))
U(d, "The two sides keep in communication through diplomatic channels.", "through diplomatic channels.",
  ("China", N, neu, "", "procedural: the channel exists, nothing more"))
U(d, "I would not speculate on a statement that has not yet been made.", "not yet been made.",
  ("China", N, neu, "", "declining to comment = neutral"))
