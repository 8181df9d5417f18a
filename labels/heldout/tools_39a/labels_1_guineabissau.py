# ------------------------------------------------------------------ Guinea-Bissau: National Guard clash called a coup attempt (West African news site, full HTML, 2023-12-03)
d = "page_guineabissau_nationalguard2023_wasite.html"
# Not statements: top bar, nav, breadcrumb, headline, standfirst, byline, time stamp, captions, ADVERTISEMENT, crossheads, Related, tags, share, comments, most read, newsletter, footer.
U(d, "President Umaro Sissoco Embaló on Saturday described the gunfight", "from the COP28 climate summit in Dubai.",
  ("Guinea-Bissau", C, neg, "", "lead: president calls the clash a coup attempt + threat of consequences; perpetrators (National Guard men) not a canonical actor -> target empty"))
# "At least two people were killed ..." = casualty narration, no source, no row.
# "The trouble began on Thursday evening ..." and "Both men were detained again ..." = background narration, no row.
U(d, "Speaking to reporters at the airport, Embaló said the operation had been in preparation", "would make their evidence public.",
  ("Guinea-Bissau", N, neg, "", "the president's account of the plot's timing + plan to publish evidence; facts given by an actor, no judgement word (unsure: could be condemning as part of the coup charge)"))
U(d, "\"Nobody walks into a police station with rifles", "the president said.",
  ("Guinea-Bissau", C, neg, "", "multi-sentence quote closed by its speaker; accusation that others stood behind the colonel; target not a canonical actor -> empty"))
U(d, "He said a commission of inquiry would begin its work on Monday.", "He said a commission of inquiry would begin its work on Monday.",
  ("Guinea-Bissau", N, neu, "", "plan/procedure"))
U(d, "In a statement read on national radio, the General Staff of the Armed Forces told", "would be treated as a deserter.",
  ("Guinea-Bissau", C, neg, "", "the army speaks for its state; order backed by a threat (deserters) = threatened response -> condemning"))
U(d, "The army said six soldiers wounded in the fighting", "for treatment.",
  ("Guinea-Bissau", N, neu, "", "casualty facts given by an actor"))
U(d, "Prime Minister Geraldo Martins appealed for calm", "back to normal.",
  ("Guinea-Bissau", T, neu, "", "appeal for calm, no judgement = calling_for_talks"))
# "Shops in the Bandim market reopened ..." = scene description, no row.
U(d, "The Economic Community of West African States said on Saturday that the shooting was an assault", "brought before the courts.",
  ("ECOWAS", C, neg, "", "judgement ('assault', 'would not tolerate') + demand for prosecution; aimed at the gunmen (not canonical) -> target empty"))
U(d, "The bloc added that its backing for President Embaló's government was undiminished", "at the authorities' disposal.",
  ("ECOWAS", S, pos, "Guinea-Bissau", "'the bloc' = ECOWAS; backing + offer of its mission"))
U(d, "Omar Alieu Touray, president of the ECOWAS Commission, said", "if the government asked for one.",
  ("ECOWAS", N, neu, "", "Commission president speaks for the bloc; plan of a fact-finding team, no evaluation (unsure: could be read as an offer = supporting)"))
U(d, "Nigeria's President Bola Tinubu spoke to Embaló by telephone", "the Nigerian presidency said.",
  ("Nigeria", S, pos, "Guinea-Bissau", "support in Nigeria's own name (not the bloc's), attribution tail"))
U(d, "African Union Commission Chairperson Moussa Faki Mahamat said he was following", "with deep concern.",
  ("African Union", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Faki called on the armed forces to stay out of politics", "by dialogue.",
  ("African Union", T, neu, "", "surname only; appeal for dialogue, no judgement"))
U(d, "In New York, Stéphane Dujarric, spokesman for UN Secretary-General", "respect the rule of law.",
  ("United Nations", T, neu, "", "SG spokesman; appeal for restraint to all sides"))
U(d, "Portugal's foreign minister, João Gomes Cravinho, said Lisbon rejected any attempt", "known to have been hurt.",
  ("Portugal", C, neg, "", "'rejected any attempt to take power by force' aimed at the coup attempt = judgement; plus a fact; perpetrators not canonical -> target empty"))
U(d, "Gomes Cravinho said he expected the inquiry to be carried out", "rights of those detained.",
  ("Portugal", T, neu, "Guinea-Bissau", "appeal for due process addressed to the authorities, no judgement (unsure: could be neutral)"))
U(d, "The Community of Portuguese Language Countries sent its sympathy", "beside Guinea-Bissau's institutions.",
  ("Community of Portuguese Language Countries", S, pos, "Guinea-Bissau", "sympathy + standing beside the institutions = support"))
U(d, "Cape Verde's Prime Minister Ulisses Correia e Silva said he hoped calm would hold", "work normally again.",
  ("Cape Verde", T, pos, "", "hope that calm holds = calling_for_talks"))
U(d, "Senegal, which took in the wounded soldiers, said through its foreign ministry", "in whatever way it was asked.",
  ("Senegal", S, pos, "Guinea-Bissau", "offer of help; relative clause also reports an act of aid"))
U(d, "The European Union's delegation in Bissau said it was worried", "could raise tension.",
  ("European Union", T, neg, "", "concern + appeal to all parties = calling_for_talks"))
U(d, "The United States embassy advised American citizens", "settling political disputes.",
  ("United States", C, neg, "", "travel advice (narration) + 'violence had no place' = judgement on the violence; aimed at no canonical actor -> target empty (unsure: could be calling_for_talks)"))
U(d, "The PAIGC, the main party in the governing PAI-Terra Ranka coalition", "to bring down the government.",
  ("PAIGC", C, neg, "", "party (new actor); 'premature and reckless' + accusation of the president's circle; target = people around the president, not the state as such -> empty"))
U(d, "The party added that Seidi and Monteiro had answered every summons", "would go on doing so.",
  ("PAIGC", N, neu, "", "reassurance about its members' conduct = neutral"))
# "Guinea-Bissau has seen four successful coups ..." = background, no row.
U(d, "Fatoumata Baldé, a political scientist at Cheikh Anta Diop University", "the parliamentary majority.",
  ("Fatoumata Baldé", N, neu, "", "invented analyst; analysis, no judgement or appeal"))
U(d, "\"If the inquiry is used to go after the government rather than the gunmen", "she said.",
  ("Fatoumata Baldé", N, neg, "", "conditional warning/scenario, no judgement on a named actor"))
U(d, "\"ECOWAS has to talk to both the presidency and the assembly now", "Baldé added.",
  ("Fatoumata Baldé", T, neu, "ECOWAS", "appeal for dialogue addressed to the bloc"))
