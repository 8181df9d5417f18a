# ------------------------------------------------------------------ The killing of a Guatemalan boy in the Chiquibul/Cebada area and the Belize-Guatemala tension (OAS press release, 2016-05-04)
d = "page_belize_guatemala_chiquibul2016_oas.txt"
# Not statements: OAS name and motto, menu, language bar, breadcrumb, "PRESS RELEASE", headline, date line, dateline
# 'Washington, DC - ' (excluded from the first unit), [Photo] caption with credit, crossheads, rules, reference code, share bar,
# related press releases, footer. The BACKGROUND paragraphs are narration (no row).
U(d, "OAS Secretary General Luis Almagro received today at OAS headquarters", "near the Chiquibul forest on April 20.",
  ("Organization of American States", N, neu, "", "meeting + plan for the inquiry: procedure"))
# "The thirteen-year-old, Julio René Alvarado, was shot dead ..." = narration, no row.
U(d, "Secretary General Almagro renewed his condolences to the boy's family", "between two neighbours.",
  ("Organization of American States", T, neg, "", "condolences + refusal to let the death spark a confrontation = appeal for calm"))
U(d, "\"Neither country gains anything from soldiers watching each other", "said the Secretary General.",
  ("Organization of American States", T, neg, "", "argument against confrontation addressed to both = appeal; quote closed by its speaker"))
U(d, "\"The only path the OAS will support is the one that leads to the Court in The Hague.\"", "in The Hague.\"",
  ("Organization of American States", T, neu, "", "quote continued after the attribution: a judicial, peaceful settlement"))
U(d, "The Secretary General asked both Parties to observe to the letter", "incidents in the zone.",
  ("Organization of American States", T, neu, "", "appeal to both to respect confidence-building measures"))
U(d, "He also called on Belize and Guatemala to agree without further delay", "the one of March 12.",
  ("Organization of American States", T, neu, "", "appeal for a cooperation mechanism"))
U(d, "Secretary General Almagro said he was encouraged that both Ministers", "the people of the zone deserve.",
  ("Organization of American States", T, pos, "", "welcome of the readiness to negotiate + hope for calm: rule 2"))
U(d, "Minister Morales said that his Government maintains that the boy was the victim", "identified and tried.",
  ("Guatemala", C, neg, "Belize", "'excessive use of force' + those responsible to be tried = judgement"))
U(d, "He said the troops sent to the border area in late April", "the people of Belize.",
  ("Guatemala", N, neu, "", "reassurance about its own deployment = neutral"))
U(d, "Guatemala will keep its reinforced presence along the adjacency line", "the Minister added.",
  ("Guatemala", C, neg, "Belize", "announced continuation of a military deployment against a perceived threat from Belize (unsure: could be read as a neutral plan)"))
U(d, "Minister Morales thanked the Secretary General for the speed", "request of both governments.",
  ("Guatemala", S, pos, "Organization of American States", "thanks = approval"))
U(d, "Minister Elrington said the Belizean patrol had come under fire after dark", "at any moment.",
  ("Belize", N, neg, "", "denial of wrongdoing (self-defence, no incursion) = neutral, negative tone"))
U(d, "He said Belize deeply regrets the loss of a young life", "with the independent experts.",
  ("Belize", N, neu, "", "regret + cooperation with the inquiry (as batch22a: cooperation with an inquiry = neutral)"))
U(d, "\"Belize welcomes this inquiry, but it finds the sending of three thousand soldiers", "Minister Elrington said.",
  ("Belize", C, neg, "Guatemala", "welcome joined to a judgement ('grave and unnecessary act of intimidation'): rule 1"))
U(d, "He urged Guatemala to set a date for the referendum", "its Protocol of 2015.",
  ("Belize", T, neu, "Guatemala", "appeal for the agreed judicial route, no judgement"))
U(d, "Both Ministers agreed to resume, within thirty days", "OAS Office in the Adjacency Zone.",
  ("Belize", T, pos, "", "agreeing to talks; joint act = one row per state"),
  ("Guatemala", T, pos, "", "same sentence"))
# "The team will be led by Dr. Ana Lucía Ferreyra ... and Dr. Tomas Ekdahl ..." = introduction, no row.
U(d, "Dr. Ferreyra said the team would review the autopsy", "the boy's relatives.",
  ("Ana Lucía Ferreyra", N, neu, "", "invented independent expert; plan of work"))
U(d, "\"We will go wherever the evidence takes us", "said Dr. Ekdahl.",
  ("Tomas Ekdahl", T, neu, "", "invented independent expert; appeal to both governments to cooperate with the inquiry"))
U(d, "The results of the inquiry will be delivered to both Ministries", "the General Secretariat said.",
  ("Organization of American States", N, neu, "", "procedure, attribution tail"))
U(d, "In a letter received at the General Secretariat on Tuesday", "territorial integrity of Belize.",
  ("CARICOM", S, pos, "Belize", "support for Belize's sovereignty; Irwin LaRocque = CARICOM"))
U(d, "The letter described the massing of Guatemalan troops near the border", "could not accept.",
  ("CARICOM", C, neg, "Guatemala", "'a step backwards ... could not accept' = judgement without a stock word"))
U(d, "The Secretary General of the Central American Integration System (SICA)", "two of its member states.",
  ("Central American Integration System", N, neg, "", "concern without an appeal = neutral; new actor (organisation)"))
U(d, "The Government of Mexico, which borders both countries, offered to host", "considered it useful.",
  ("Mexico", T, pos, "", "offer to host a meeting = calling_for_talks"))
U(d, "The Delegation of the United States said in a note that it was troubled", "establish the facts.",
  ("United States", T, neg, "", "concern + appeal for restraint to both, no judgement"))
U(d, "The Secretary General thanked the Governments of Canada, the United Kingdom and the United States", "OAS Office in the Adjacency Zone.",
  ("Organization of American States", S, pos, "", "thanks to three donors -> target empty"),
  ("Canada", S, pos, "Organization of American States", "funding = backing by act; list of three states, one row each"),
  ("United Kingdom", S, pos, "Organization of American States", "same sentence"),
  ("United States", S, pos, "Organization of American States", "same sentence"))
U(d, "Canada also announced an additional contribution", "independent experts.",
  ("Canada", S, pos, "Organization of American States", "money for the inquiry = backing by act"))
