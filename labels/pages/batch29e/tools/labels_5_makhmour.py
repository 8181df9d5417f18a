# ------------------------------------------------------------------ Turkish drone strike near the Makhmour refugee camp, northern Iraq ('world reacts' round-up, 2021-06-07)
d = "page_makhmour_strike2021_worldreacts.txt"
# Not statements: site name, menu, headline, time stamps, byline, image caption with credit and "1/3", the country/organisation
# crossheads, "Here is how ... responded.", RELATED list, tags, copyright.
U(d, "A Turkish drone strike on Saturday hit the edge of the Makhmour refugee camp", "according to a local lawmaker.",
  ("", N, neu, "", "casualty figure from an unnamed 'local lawmaker' (no named body) = kept as a stance example with empty actor"))
# "The camp, which holds some 12,000 Kurds ..." = background, no row.
U(d, "Ankara says the camp shelters fighters of the Kurdistan Workers' Party (PKK)", "if the United Nations did not.",
  ("Turkey", C, neg, "PKK", "accusation that the camp shelters PKK fighters + the president's earlier warning of action = threat"))
U(d, "President Barham Salih said in a statement from his office that the strike", "the laws that protect civilians.",
  ("Iraq", C, neg, "Turkey", "endangered refugees, ignored the laws protecting civilians = judgement without stock words"))
U(d, "Salih said Turkish military bases on Iraqi soil were an obstacle", "had to go.",
  ("Iraq", C, neg, "Turkey", "surname only; demand that foreign bases go, called an obstacle to normal ties = judgement (unsure: could be calling_for_talks as a demand with no judgement word)"))
U(d, "The Iraqi foreign ministry said it had summoned the Turkish charge d'affaires", "on Iraqi territory.",
  ("Iraq", C, neg, "Turkey", "summons + protest note + demand: measure in protest"))
U(d, "The Kurdistan Regional Government said it was following the incident with great concern", "onto civilians.",
  ("Kurdistan Regional Government", C, neg, "PKK", "concern (neutral alone) joined to holding the PKK responsible = judgement decides"))
U(d, "A KRG spokesman said Erbil would send medical supplies to the wounded.", "to the wounded.",
  ("Kurdistan Regional Government", S, pos, "", "aid offered = supporting; no canonical recipient"))
U(d, "President Erdogan praised the forces behind the strike", "independently verified.",
  ("Turkey", S, pos, "", "praise of his own forces' operation; the clause after the semicolon is the outlet's (unsure: could be neutral as own strike reported)"))
U(d, "The Turkish defence ministry said its operations in northern Iraq targeted only terrorists", "harm to civilians.",
  ("Turkey", N, neu, "", "denial of harm to civilians + own conduct = neutral"))
U(d, "Turkish officials rejected the casualty figures given by camp administrators as propaganda.", "as propaganda.",
  ("Turkey", C, neg, "", "officials of a named government; rejection + 'propaganda' = a judgement, not a bare denial (unsure: neutral denial also defensible)"))
U(d, "Linda Thomas-Greenfield, US ambassador to the United Nations, said on Twitter", "the bloodshed nearby worried her.",
  ("United States", N, neg, "Turkey", "prior warning to Turkey + being troubled, no appeal in this unit = concern, neutral (unsure: the earlier warning could read as condemning)"))
U(d, "Thomas-Greenfield asked all sides to keep the camp's residents out of the fighting.", "out of the fighting.",
  ("United States", T, neu, "", "appeal to all parties"))
U(d, "- UNHCR: saddened by the loss of life and reviewing the situation", "must be respected.",
  ("UNHCR", T, neg, "", "bullet with no verb: sorrow + reminder that the camp's character must be respected = appeal (protection of civilians)"))
U(d, "- UN Assistance Mission for Iraq (UNAMI): an appeal to all sides", "with Baghdad and Erbil.",
  ("United Nations", T, neu, "", "verbless bullet; appeal for restraint and dialogue"))
U(d, "Hossam Zaki, the League's assistant secretary-general, said the League rejected", "defending its sovereignty.",
  ("Arab League", C, neg, "Turkey", "rejects an attack on a member state (judgement) + backing of Iraq: rule 1"))
U(d, "- Egypt: condemnation of the Turkish strike", "regional stability.",
  ("Egypt", C, neg, "Turkey", "verbless bullet, condemnation"))
# "- Saudi Arabia: no official comment by Monday." = absence of a statement, no row.
U(d, "- Kuwait: full solidarity with Iraq and support for all measures", "carried by KUNA.",
  ("Kuwait", S, pos, "Iraq", "verbless bullet; solidarity and support"))
U(d, "The pro-Kurdish Peoples' Democratic Party (HDP) in Turkey accused the government", "a parliamentary inquiry.",
  ("Peoples' Democratic Party", C, neg, "Turkey", "accusation of its own government + demand of an inquiry: rule 1"))
U(d, "The PKK-linked camp council said the dead were civilians", "under international protection.",
  ("Makhmour Camp Council", T, neg, "United Nations", "casualty claim + appeal for protection = calling_for_talks; new actor (not the PKK itself)"))
U(d, "Amnesty International said any deliberate attack on a refugee camp could amount to a war crime", "an independent investigation.",
  ("Amnesty International", C, neg, "", "'could amount to a war crime' = judgement, conditional but pointed; demand of inquiry; no target named"))
U(d, "Soran Barzinji, a researcher at the Erbil Centre for Regional Studies, said", "a civilian face.",
  ("Soran Barzinji", C, neg, "Turkey", "invented researcher; says Ankara now strikes sites with civilians = judgement by description"))
U(d, "\"Baghdad protests, Ankara strikes again, and the refugees pay for both,\"", "this will repeat.\"",
  ("Soran Barzinji", T, neg, "", "surname tail between two quoted sentences; call for a joint security arrangement = appeal for a negotiated course"))
U(d, "Hevi Yildiz, a teacher who has lived in the camp since 1998, said", "still in the area.",
  ("Hevi Yildiz", N, neg, "", "invented witness; what she saw = facts, negative tone"))
U(d, "\"We ask nothing more than to be left to live in peace,\" she said.", "she said.",
  ("Hevi Yildiz", T, neg, "", "plea for peace = hope for calm"))
U(d, "- A spokesperson for the EU's foreign policy chief: deep concern", "must be respected.",
  ("European Union", T, neg, "Turkey", "verbless bullet: concern joined to an appeal to respect sovereignty, no judgement word = calling_for_talks"))
