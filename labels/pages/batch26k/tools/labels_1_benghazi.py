# ------------------------------------------------------------------ Benghazi expels the EU migration delegation (wire copy, 2025-07-09)
d = "page_libya_benghazi_brunner2025_wire.txt"
# Not statements: menu, section, UPDATE headline (it carries the expulsion, but headlines never count), byline, time stamps,
# read time, bullet summary, ADVERTISEMENT, capitals crossheads, reporting credits, Related coverage, Our Standards, tags, most read, copyright.
U(d, "Libya's eastern administration said on Tuesday it had ordered", "as if it did not exist.",
  ("Government of National Stability", C, neg, "", "lede; dateline excluded; expulsion of officials + accusation = condemning; aimed at the EU and three states -> target empty"))
# "The delegation, led by Commissioner Magnus Brunner, had flown in from Tripoli ..." = narration, no row.
U(d, "In a statement posted on its official page late on Tuesday", "\"cancelled on arrival\".",
  ("Government of National Stability", C, neg, "", "accusation of ignoring its rules + cancellation of the visit (a measure in protest)"))
U(d, "\"Libya is not a corridor that European officials", "\"immediately\".",
  ("Government of National Stability", C, neg, "", "judgement without a stock word ('pretend not to see') + order to depart; 'the statement said' tail"))
U(d, "Prime Minister Osama Hammad was quoted by the government's media office", "with its government at the table\".",
  ("Government of National Stability", N, neu, "", "second-hand attribution ('was quoted ... as saying'); a condition for future visits, no judgement stated in the unit (unsure: could be read as a refusal of the format in protest)"))
U(d, "Aguila Saleh, speaker of the eastern-based House of Representatives", "\"is not on the menu of any meeting\".",
  ("Libyan House of Representatives", S, neu, "Government of National Stability", "backs the eastern government's decision = supporting; 'in remarks carried by the eastern news agency' = the agency is not an actor"))
U(d, "The eastern government's foreign ministry later said it remained open", "to propose new dates.",
  ("Government of National Stability", T, pos, "European Union", "offer of renewed meetings (conditional on 'respect') = calling_for_talks"))
# "The group had been escorted to the VIP lounge ... according to two European officials" = narration from unnamed officials, no row.
# "EU officials have for years dealt with Haftar directly ..." = background, no row.
U(d, "A European Commission spokesperson told the executive's midday briefing", "declined to assign fault.",
  ("European Union", N, neu, "", "procedural account of the cancellation, explicitly no blame = neutral"))
U(d, "Markus Lammert, the spokesperson, said the bloc would keep talking", "in the east as in the west.",
  ("European Union", T, neu, "", "spokesperson named by role first, then by name; commitment to keep talking to all sides = calling_for_talks"))
U(d, "\"We went to Libya to work, not to make a point,\"", "we intend to build on them.\"",
  ("European Union", T, pos, "", "quote with the attribution in the middle; intent to build on the Tripoli talks = commitment to talks (unsure: could be supporting the GNU)"))
U(d, "Brunner, in a post on X after landing in Malta, thanked Dbeibah", "made no mention of Benghazi.",
  ("European Union", S, pos, "Government of National Unity", "the commissioner speaks for the EU; thanks and praise for the Tripoli talks = supporting"))
U(d, "EU foreign policy chief Kaja Kallas, asked about the incident in Brussels", "mistake a working meeting for recognition\".",
  ("European Union", N, neu, "", "position on recognition restated, no judgement of Benghazi, no appeal = neutral"))
# "Greece, whose island of Crete ... took a harder line." = summary line before specific statements, no row.
U(d, "Government spokesman Pavlos Marinakis said the treatment of a Greek minister", "through every available channel.",
  ("Greece", C, neg, "Government of National Stability", "'unacceptable' aimed at the eastern authorities' act = condemning"))
U(d, "Migration Minister Thanos Plevris, who briefed Prime Minister Kyriakos Mitsotakis", "from the eastern coast.",
  ("Greece", N, neu, "", "narration (briefing) + own aim unchanged, no judgement = neutral"))
U(d, "\"If boats keep leaving Tobruk at this rate", "Plevris said.",
  ("Greece", C, neg, "", "threat of a naval deployment = threatened response -> condemning; aimed at departures from a place, no actor named -> target empty"))
U(d, "Mitsotakis's office said he had asked Plevris to prepare a request", "reception centres on Crete.",
  ("Greece", N, neu, "", "a plan (funding request), no evaluation = neutral"))
# "Italian Interior Minister Matteo Piantedosi said nothing about the expulsion in public on Tuesday." = non-answer, no row.
U(d, "Foreign Minister Antonio Tajani told reporters in Rome that Italy had taken note", "could continue.",
  ("Italy", T, pos, "", "'had taken note' (neutral) + hope that common sense prevails = hope for calm -> calling_for_talks"))
U(d, "Malta's Home Affairs Minister Byron Camilleri wrote on Facebook", "for its hospitality.",
  ("Malta", S, pos, "Government of National Unity", "account of the cancellation without blame + thanks to Tripoli: the thanks is the only position = supporting"))
# "Dbeibah's government seized on the episode." = summary line, no row.
U(d, "The foreign ministry in Tripoli said the eastern authorities had", "receive or reject foreign delegations.",
  ("Government of National Unity", C, neg, "Government of National Stability", "judgement ('embarrassed Libya') + denial of the east's standing"))
U(d, "It welcomed the EU's decision to keep working with Tripoli", "\"legitimate institutions only\".",
  ("Government of National Unity", S, pos, "European Union", "welcome + appeal for funding (money, not peace) = supporting (labels/README)"))
U(d, "The U.N. Support Mission in Libya (UNSMIL) said it was following the situation", "without commenting on the decision itself.",
  ("United Nations", T, neu, "", "monitoring + encouragement to all parties to act responsibly = appeal, no judgement"))
U(d, "Lorenzo Farina, a Libya researcher at the Mediterranean Policy Institute in Rome, said", "it has sought for years.",
  ("Lorenzo Farina", N, neu, "", "invented analyst; a reading of Benghazi's motive, no explicit judgement (unsure: 'extract' is close to a charge)"))
U(d, "\"Benghazi wanted a photograph of European ministers", "Farina said.",
  ("Lorenzo Farina", C, neg, "Government of National Stability", "'chose humiliation' = judgement without a stock word; Benghazi = metonym for the eastern government"))
U(d, "He said the EU should stop", "to unify Libya's institutions.",
  ("Lorenzo Farina", T, neu, "European Union", "appeal to back the UN-led unification effort = calling_for_talks"))
# "Khaled Ghariani, a political science lecturer in Benghazi, said many in the east saw the episode differently." = lead-in, no row.
U(d, "\"The Europeans came to ask for help while refusing", "he said.",
  ("Khaled Ghariani", C, neg, "European Union", "invented local scholar; criticism of the Europeans' refusal = condemning; the delegation is led by the EU"))
U(d, "Arrivals on Crete from Libya rose to more than 7,000", "according to Greek coastguard figures.",
  ("Greece", N, neu, "", "figures given by an actor (coastguard = Greece) = neutral"))
