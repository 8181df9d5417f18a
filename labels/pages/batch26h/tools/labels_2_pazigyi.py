# ------------------------------------------------------------------ Pa Zi Gyi air strike, Sagaing (ASEAN statements page, 2023-04-14)
d = "page_asean_pazigyi_airstrike2023_statements.txt"
# Not statements: site name and tagline, breadcrumb, page title, compiler line and time stamp, share bar, the "About this
# page" note, numbered section heads, the [Photo] caption and credit, Related list, tags, subscribe prompt, footer, copyright.
# "On the morning of 11 April, ..." and "Local rescuers put the number of dead ..." = background; rescuers are not an actor.
U(d, "In its statement issued on Thursday, the Chair said ASEAN condemned", "killed dozens of civilians.",
  ("ASEAN", C, neg, "Myanmar", "chair's statement = ASEAN (guide: chair speaking in the body's name); 'Summary:' label excluded; explicit condemnation; the armed forces speak for the state"))
U(d, "The statement said the killing of civilians had to stop at once", "all sides in Myanmar.",
  ("ASEAN", T, neg, "Myanmar", "demand to stop + dialogue, no judgement word in this unit = calling_for_talks, negative"))
U(d, "It said ASEAN remained committed to helping Myanmar out of the crisis", "in April 2021.",
  ("ASEAN", T, pos, "", "commitment to the peace plan / mediation = calling_for_talks"))
U(d, "Secretary-General Dr Kao Kim Hourn told journalists", "to the families in Sagaing.",
  ("ASEAN", N, neg, "", "grief + sympathy to families (not an actor), no appeal = neutral, negative"))
U(d, "The Secretary-General said the AHA Centre stood ready to deliver relief", "for the purpose.",
  ("ASEAN", S, pos, "", "'The Secretary-General' by title; relief offered and supplies set aside = supporting by act; AHA Centre is an ASEAN body; aimed at communities, not an actor -> target empty"))
U(d, "He declined to say whether the bloc would review Myanmar's participation", "summit in May.",
  ("ASEAN", N, neu, "", "procedural non-answer with a reason, no position on Myanmar"))
U(d, "Foreign Minister Retno L.P. Marsudi, speaking for the chairmanship", "rather than headlines.",
  ("ASEAN", T, pos, "", "minister speaking for the chair = ASEAN; continued engagement with all parties = calling_for_talks; Jakarta = metonym"))
U(d, "A ministry spokesperson, Teuku Faizasyah, said the Chair's statement", "two days after the attack.",
  ("ASEAN", N, neu, "", "the chair's spokesperson explaining the statement's procedure = neutral (unsure: could be Indonesia)"))
U(d, "Faizasyah added that the chair's special envoy office would continue", "all stakeholders.",
  ("ASEAN", T, neu, "", "surname only; continuing contacts with all sides = calling_for_talks"))
U(d, "Wisma Putra said in a press statement that Malaysia was appalled", "responsible for the deaths.",
  ("Malaysia", C, neg, "Myanmar", "Wisma Putra = Malaysia's foreign ministry; 'held ... responsible' = judgement"))
U(d, "Foreign Minister Zambry Abd Kadir added in remarks to reporters", "a hard second look.",
  ("Malaysia", C, neg, "", "judgement without stock words on the bloc's repeated appeals and on the flattening of villages: two targets -> empty (unsure: could be neutral policy comment)"))
U(d, "A spokesperson for the Ministry of Foreign Affairs said Singapore was gravely troubled", "casualties in Sagaing.",
  ("Singapore", N, neg, "", "concern with no appeal and no judgement = neutral, negative"))
U(d, "The Ministry of Foreign Affairs said Thailand was following developments closely", "return to normal lives.",
  ("Thailand", T, pos, "", "hope for calm, addressed to all sides = calling_for_talks"))
U(d, "The Department of Foreign Affairs said the Philippines deplored the strike", "Five-Point Consensus.",
  ("Philippines", C, neg, "Myanmar", "'deplored' = judgement; with the appeal, rule 1 -> condemning"))
U(d, "In remarks carried by state television on 12 April", "People's Defence Force.",
  ("Myanmar", N, neu, "", "attribution via state TV; own strike reported as done with its stated target = neutral"))
U(d, "The spokesperson said the armed men at the ceremony were terrorists", "wearing their uniforms.",
  ("Myanmar", C, neg, "National Unity Government", "'The spokesperson' = Zaw Min Tun; accusation against the PDF (NUG's armed wing)"))
U(d, "Zaw Min Tun denied that the military had set out to harm civilians.", "harm civilians.",
  ("Myanmar", N, neg, "", "denial = neutral, negative tone"))
U(d, "According to a statement from Myanmar's foreign ministry", "armed terrorist groups.",
  ("Myanmar", C, neg, "", "'according to a statement from'; rejects foreign statements as one-sided + accuses armed groups: several targets -> empty; the newspaper is not an actor"))
U(d, "The National Unity Government called the strike a war crime", "before an international court.",
  ("National Unity Government", C, neg, "Myanmar", "'war crime' + demand for accountability"))
U(d, "Its foreign minister, Zin Mar Aung, urged ASEAN governments", "regional meetings.",
  ("National Unity Government", C, neg, "Myanmar", "'Its' = the NUG's; call to exclude junta officials = a measure against the junta (calls for measures are condemning)"))
U(d, "Secretary-General Antonio Guterres condemned the strike", "held to account.",
  ("United Nations", C, neg, "Myanmar", "condemnation via the spokesperson (attribution in the middle) + accountability"))
U(d, "UN High Commissioner for Human Rights Volker Turk said he was horrified", "protect civilians.",
  ("United Nations", C, neg, "Myanmar", "horror + judgement that the military ignored its legal duty (rule 1)"))
U(d, "The regional group of lawmakers said the Chair's statement had come too late", "the Myanmar military.",
  ("ASEAN Parliamentarians for Human Rights", C, neg, "", "criticism of the chair's timing + call to cut off fuel (a measure) against the military: two targets -> empty"))
U(d, "Dewi Anggraini, a senior researcher at the Monitor's publisher", "named no consequence.",
  ("Dewi Anggraini", N, neu, "", "invented analyst; a reading of the text's strength, no explicit judgement yet (the judgement follows)"))
U(d, "\"The wording moved; the policy did not,\" Anggraini said.", "Anggraini said.",
  ("Dewi Anggraini", C, neg, "ASEAN", "judgement without stock words on the bloc's policy"))
U(d, "\"If the leaders want the consensus to mean anything in May", "say it in public.\"",
  ("Dewi Anggraini", C, neg, "Myanmar", "quote carried across the paragraph break, same speaker; call for ASEAN to set consequences for the generals = a call for measures -> condemning (unsure: could be an appeal to ASEAN)"))
U(d, "Kyaw Zin Oo, a lecturer in Southeast Asian politics", "among the dead.",
  ("Kyaw Zin Oo", N, neg, "", "invented scholar; account of families' search = fact, sad tone"))
U(d, "He said the region's governments should push first for a humanitarian corridor", "to the survivors.",
  ("Kyaw Zin Oo", T, neg, "", "appeal for humanitarian access addressed to several governments -> target empty"))
