# ------------------------------------------------------------------ Cross-border attacks on Chinese workers in Tajikistan (Chinese MFA regular press conference, 2025-12-01)
d = "page_tajik_border_shohin_2025_mfapresser.txt"
# Not statements: site header, breadcrumb, title, time stamp, print/share bar, the journalists' questions themselves, "The press conference concluded.", Related, copyright.
# CCTV question: narration of the two attacks (no source named) -> no row.
U(d, "China is deeply shocked and saddened by the loss of five compatriots", "strongly condemn the attacks.",
  ("China", C, neg, "", "answer sentence after the speaker label; shock + condemnation: the judgement decides; attackers unnamed -> target empty"))
U(d, "We mourn the victims and extend our sincere sympathies", "to the injured.",
  ("China", S, neg, "", "condolences (supporting, as condolences are read in earlier batches); to its own nationals' families -> target empty"))
U(d, "The Chinese Embassy in Tajikistan activated its emergency mechanism", "both sites.",
  ("China", N, neu, "", "own consular response = neutral"))
U(d, "The injured are being treated and are in stable condition.", "The injured are being treated and are in stable condition.",
  ("China", N, neu, "", "fact given by the spokesperson = neutral"))
U(d, "We have asked the Tajik side to hunt down the attackers", "institutions and projects.",
  ("China", C, neg, "", "demand to hunt down the attackers (measure against them) + protection; speaker carried across paragraph; target empty (attackers)"))
U(d, "We also urge the Afghan interim government to take concrete measures", "harm neighbouring countries.",
  ("China", T, neu, "Afghanistan", "appeal to Kabul with no judgement word = calling_for_talks (unsure: implies Afghan soil was used)"))
U(d, "The embassy has advised Chinese citizens and companies to leave the border areas for now.", "The embassy has advised Chinese citizens and companies to leave the border areas for now.",
  ("China", N, neu, "", "advice to own citizens = procedure, neutral"))
U(d, "AFP: Tajikistan's foreign ministry has said that criminal groups", "secure the border.",
  ("Tajikistan", C, neg, "", "journalist's question reporting another actor's position (labels/README): Tajikistan blames groups based in Afghanistan and demands action; the groups are unnamed -> target empty"))
U(d, "The competent authorities are still investigating", "ahead of their findings.",
  ("China", N, neu, "", "declining to attribute blame = neutral"))
U(d, "What I can tell you is that China firmly opposes terrorism in all its forms", "target Chinese citizens abroad.",
  ("China", C, neg, "", "'will not tolerate any attempt' = warning aimed at whoever attacks; target empty"))
U(d, "Whoever is behind these attacks will pay for them.", "Whoever is behind these attacks will pay for them.",
  ("China", C, neg, "", "threat of a response = condemning"))
U(d, "China firmly supports Tajikistan in safeguarding its security", "on border security.",
  ("China", S, pos, "Tajikistan", "support + cooperation offer = supporting"))
U(d, "Sputnik: The Taliban's foreign ministry has condemned the attacks", "promised to investigate.",
  ("Afghanistan", C, neg, "", "question reporting the Taliban government's position (Taliban government = Afghanistan, as in labels/pages/new_actors.csv); condemnation + contacts + inquiry; attackers unnamed -> target empty"))
# "We have noted the statement." = acknowledgement, no row.
U(d, "We hope the Afghan side will honour its commitments", "share what it finds.",
  ("China", T, neu, "Afghanistan", "hope that Kabul keeps its commitments and investigates = appeal, no judgement = calling_for_talks"))
U(d, "Reuters: According to our reporting, Farrukh Nazarov", "private security firms.",
  ("Farrukh Nazarov", C, neg, "China", "invented researcher reported in a question; criticism of China's reliance on private guards + 'press Kabul harder' = judgement of China's approach (unsure: could be read as an appeal)"))
U(d, "I'm not going to comment on the views of individual scholars.", "individual scholars.",
  ("China", N, neu, "", "declining to comment = neutral"))
U(d, "TASS: The Collective Security Treaty Organization said over the weekend", "if Dushanbe requests it.",
  ("CSTO", S, neg, "Tajikistan", "question reporting the CSTO's position; alarm + offer of help to Tajikistan: the offer of assistance decides = supporting"))
U(d, "China stands ready to strengthen security cooperation with regional countries", "keep the region stable.",
  ("China", N, neu, "", "offer of security cooperation, no party addressed, no peace appeal = neutral (unsure: could be supporting)"))
U(d, "Bloomberg: The Taliban accused Pakistan last week", "killed civilians.",
  ("Afghanistan", C, neg, "Pakistan", "question reporting an accusation: describing attacks on civilians = condemning"))
U(d, "Islamabad denied carrying out any strikes.", "Islamabad denied carrying out any strikes.",
  ("Pakistan", N, neg, "", "denial = neutral, negative"))
# "Pakistan and Afghanistan are neighbours that cannot move away from each other." = lead-in, no row.
U(d, "We hope both sides will exercise calm and restraint", "dialogue and consultation.",
  ("China", T, neu, "", "hope for restraint and dialogue from both sides = calling_for_talks"))
U(d, "China is willing to continue playing a constructive role to that end.", "China is willing to continue playing a constructive role to that end.",
  ("China", T, pos, "", "offer to help mediate = calling_for_talks"))
U(d, "Phoenix TV: Many countries and international organizations have expressed condolences", "in Tai Po, Hong Kong.",
  ("", S, neg, "China", "condolences by unnamed 'many countries' = supporting; no actor named -> empty actor (kept as a stance example)"))
# "We have noted that leaders and governments ... conveyed condolences and sympathy." = acknowledgement, no row.
U(d, "We thank them sincerely for their kindness.", "for their kindness.",
  ("China", N, pos, "", "thanks for condolences, addressed to no single actor = neutral, positive (unsure: could be supporting)"))
U(d, "The central government firmly supports the Hong Kong SAR government", "a thorough investigation.",
  ("China", S, pos, "", "support for its own SAR government (not a separate actor) -> target empty"))
U(d, "AFP: Some Western diplomats in Beijing privately say", "engagement with the Taliban.",
  ("", C, neg, "China", "unnamed 'Western diplomats' are not an actor: empty actor; a judgement of China's policy"))
U(d, "I would advise those people to stop using a tragedy to score points.", "to score points.",
  ("China", C, neg, "", "rebuke of the critics (unnamed) = condemning, target empty"))
U(d, "China's engagement with Afghanistan aims at peace and stability", "the Afghan people.",
  ("China", N, pos, "", "defence of its own policy = self-praise, neutral with a positive tone"))
U(d, "Global Times: Kabul-based analyst Habib Rahimi told our paper", "badly needs.",
  ("Habib Rahimi", N, neu, "", "invented analyst; assessment of the Taliban's interest, no judgement or appeal = neutral"))
# "Regional countries have a shared interest in a secure border." = lead-in, no row.
U(d, "We hope the Afghan side will act on that.", "act on that.",
  ("China", T, neu, "Afghanistan", "hope addressed to Kabul, no judgement = calling_for_talks"))
