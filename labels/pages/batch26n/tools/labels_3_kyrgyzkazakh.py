# ------------------------------------------------------------------ Kyrgyz-Kazakh border row: Kyrgyz presidency press release, full HTML (2017-10-13)
d = "page_kyrgyz_kazakh_border_batken2017_presidency.html"
# Not statements: language bar, emblem, nav, breadcrumbs, headline (carries a position), time and views, figcaptions, crossheads, source line, share bar, related press releases, public-reception box, footer.
# "President of the Kyrgyz Republic Almazbek Atambayev today took part in the ceremony ..." = narration of what the president did, no row.
# "Addressing the servicemen and residents, the Head of State turned to the situation ..." = lead-in narration (situation described, no position), no row.
U(d, "\"Since Tuesday our citizens have been kept standing at the border", "the President said.",
  ("Kyrgyzstan", C, neg, "Kazakhstan", "judgement ('arbitrariness', tramples on EAEU rules) aimed at Kazakhstan's border measures, which are not named in the quote but given by context"))
U(d, "The Head of State stressed that the Kyrgyz people had lived through a closed border in 2010", "this one as well.",
  ("Kyrgyzstan", N, neg, "", "'the Head of State' = Atambayev; defiance/resilience statement, no judgement or appeal aimed at an actor (unsure: could be condemning)"))
U(d, "\"A few days of shut gates will not bend us", "he said.",
  ("Kyrgyzstan", C, neg, "Kazakhstan", "accusation of trying to pick Kyrgyzstan's president, by allusion ('someone else's capital' = Astana by context)"))
U(d, "Almazbek Atambayev noted that sovereignty could slip away", "the presidential chair.",
  ("Kyrgyzstan", C, neg, "", "veiled accusation of foreign money deciding the election; no named target -> empty"))
U(d, "\"Our sovereignty is not for sale, and we will guard it,\" he added.", "he added.",
  ("Kyrgyzstan", N, neu, "", "self-assertion without a target or appeal = neutral (unsure)"))
U(d, "At the same time, the President addressed warm words to the Kazakh people", "fleeing starvation.",
  ("Kyrgyzstan", S, pos, "", "warm words to the Kazakh people (not the Kazakh state) = solidarity/praise; target left empty since the people, not the government, is meant"))
U(d, "\"Our peoples are kin, and I want them to remain good neighbours", "the Head of State said.",
  ("Kyrgyzstan", T, pos, "", "hope for good-neighbourly relations despite the quarrel = calling_for_talks (hope for calm)"))
U(d, "On the instructions of the President, the Government has set up tents", "to other crossings.",
  ("Kyrgyzstan", N, neu, "", "relief for its own citizens = own measures, neutral (aid to own citizens is not support for another actor)"))
U(d, "According to the State Border Service, as of 14:00 today", "on the Kyrgyz side of the border.",
  ("Kyrgyzstan", N, neu, "", "figures from a state agency"))
U(d, "The Ministry of Foreign Affairs of the Kyrgyz Republic has handed the Ambassador", "common customs territory.",
  ("Kyrgyzstan", C, neg, "Kazakhstan", "protest note + calls the restrictions a breach"))
U(d, "The Kyrgyz side has also informed the Eurasian Economic Commission", "applied to Kyrgyz goods.",
  ("Kyrgyzstan", C, neg, "Kazakhstan", "formal complaint to the union and planned WTO notification against Kazakhstan's measures = a taken response (unsure: could be neutral procedure)"))
U(d, "The Committee of National Security of Kazakhstan stated on 11 October", "not directed against any neighbour.",
  ("Kazakhstan", N, neu, "", "its own operation described + denial of any target = neutral"))
U(d, "The Head of State said he did not find that explanation convincing", "one border only.",
  ("Kyrgyzstan", C, neg, "Kazakhstan", "rebuts Kazakhstan's explanation: judgement of bad faith without a stock word"))
U(d, "The Eurasian Economic Commission confirmed receipt of the Kyrgyz appeal", "situation at the checkpoints.",
  ("Eurasian Economic Union", N, neu, "", "the union's executive body; procedure"))
# "Later in the day, Almazbek Atambayev held a telephone conversation with ... Putin." = narration of a call, no row.
U(d, "The two Presidents discussed the situation on the Kyrgyz-Kazakh border and agreed", "within the Union's own mechanisms.",
  ("Kyrgyzstan", T, neu, "", "agreed that disputes go to negotiation = calling_for_talks"),
  ("Russia", T, neu, "", "both presidents agreed: one row each"))
U(d, "Vladimir Putin expressed the hope that traffic at the border would return to normal", "by dialogue.",
  ("Russia", T, pos, "", "hope for a settlement by dialogue = calling_for_talks"))
U(d, "Nurlan Toktosunov, chairman of the Association of International Road Carriers of Kyrgyzstan", "rotting in the lorries.",
  ("Nurlan Toktosunov", N, neg, "", "invented carriers' association head (person); losses and facts, no appeal yet"))
U(d, "He asked the authorities of both countries to agree at least on a priority lane", "sorted out.",
  ("Nurlan Toktosunov", T, neu, "", "appeal to both sides to agree on a practical arrangement"))
U(d, "Gulnara Mamyrova, a lecturer in history at Batken State University", "both sides of the border.",
  ("Gulnara Mamyrova", T, pos, "", "invented scholar; hopeful line that ties will outlast the quarrel = hope for calm (unsure: could be neutral)"))
U(d, "\"Borders close for a week; kinship does not close,\" she said.", "she said.",
  ("Gulnara Mamyrova", N, pos, "", "aphorism, no appeal or judgement"))
U(d, "Omurbek Babanov, the presidential candidate whose meeting with the Kazakh President", "Kyrgyz citizens alone.",
  ("Respublika–Ata Jurt", N, neg, "", "the candidate (party leader) denies foreign backing = denial, neutral with negative tone; the relative clause narrates the Astana meeting (no row for Kazakhstan)"))
# "The presidential election in the Kyrgyz Republic will be held on 15 October 2017." = fact, no speaker, no row.
U(d, "The Ministry of Foreign Affairs of Kazakhstan, in a statement carried by the Kazinform news agency,", "through the press.",
  ("Kazakhstan", C, neg, "Kyrgyzstan", "second-hand attribution via the agency; denial joined to 'regretted' aimed at Bishkek's conduct = judgement (rule 1 over the denial)"))
U(d, "Astana remained committed to its alliance with Bishkek", "the Kazakh ministry added.",
  ("Kazakhstan", N, pos, "", "reassurance about its own commitment = neutral, positive (README: reassurance about one's own conduct)"))
U(d, "The President instructed Prime Minister Sapar Isakov to get in touch", "reopening the crossings.",
  ("Kyrgyzstan", T, neu, "Kazakhstan", "proposes an urgent intergovernmental meeting = calling_for_talks"))
U(d, "The head of the OSCE/ODIHR election observation mission said on Thursday", "preliminary statement after the vote.",
  ("OSCE", N, neu, "", "procedure; no judgement before the vote"))
