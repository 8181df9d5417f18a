# ------------------------------------------------------------------ Lesotho: killing of army commander Motsomotso; SADC approves a contingent force (African news site, full HTML, 2017-09-16)
d = "page_lesotho_motsomotso_sadc_africasite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, meta, figcaptions, crossheads, ADVERTISEMENT, tags, share, newsletter, Related, reader comments, most read, footer.
U(d, "Southern African leaders on Friday approved the deployment of a contingent force", "shot dead in his office.",
  ("SADC", S, pos, "Lesotho", "the summit = SADC; a force sent to support the government at its request = backing by act"))
U(d, "The force, made up of military, security, intelligence and civilian personnel,", "reading the summit's communiqué.",
  ("SADC", S, neu, "Lesotho", "Tax reads the communiqué = SADC; support for the government; attribution tail"))
U(d, "She said the summit had instructed the bloc's chiefs of defence and security", "how it would be deployed.",
  ("SADC", N, neu, "", "procedure"))
U(d, "In the meantime the oversight committee already in Lesotho will be enlarged", "Tax said.",
  ("SADC", N, neu, "", "plan/figures"))
U(d, "The leaders also condemned in strong language the killing", "according to the communiqué.",
  ("SADC", C, neg, "", "condemnation of the killing; the killers (dead officers) are not an actor -> target empty"))
# "Motšomotšo was killed on 5 September ..." and "Both men were among soldiers under investigation ..." = narration, no row.
U(d, "South African President Jacob Zuma, who chairs SADC, said the region could not stand by", "a habit in a member state.",
  ("SADC", C, neg, "", "the SADC chair at its summit speaks for SADC; judgement of the serial killings of commanders"))
U(d, "\"We buried one commander two years ago and said never again;", "Zuma told the summit.",
  ("SADC", N, neg, "", "resolve to act, no judgement of a named actor and no appeal (unsure: could be condemning as a warning)"))
U(d, "He called on all Basotho, with the government in front, to keep calm", "SADC teams on the ground.",
  ("SADC", T, neu, "", "appeal for calm and cooperation"))
U(d, "Deputy President Cyril Ramaphosa, SADC's facilitator in Lesotho, urged the political parties", "end the cycle.",
  ("SADC", T, neu, "", "the facilitator acts for SADC; appeal to return to dialogue"))
U(d, "Angola, which chairs the SADC organ on politics, defence and security, presented the findings", "from 7 to 10 September.",
  ("SADC", N, neu, "", "Angola acts as chair of the SADC organ = SADC; procedure"))
U(d, "Angola's Foreign Minister Georges Chikoti, standing in for President José Eduardo dos Santos, said", "had asked for help.",
  ("SADC", N, neg, "", "the organ chair's envoy reports the mission's findings = SADC; facts, worrying tone"))
U(d, "Thabane, who attended the summit as a guest, thanked the region", "whatever force was sent.",
  ("Lesotho", S, pos, "SADC", "thanks for the decision + cooperation = supporting"))
U(d, "\"Those who think they can hold this kingdom to ransom with a gun", "the prime minister said after the meeting.",
  ("Lesotho", C, neg, "", "warning to the armed plotters (not named) = threat, condemning; target empty"))
U(d, "Deputy Prime Minister Monyane Moleleki told Kopano News in Maseru", "pending the investigation.",
  ("Lesotho", N, neu, "", "facts and measures inside its own army, no judgement"))
U(d, "The army's own statement on Thursday said command had passed", "answering to him.",
  ("Lesotho", N, neu, "", "the army speaks for its state; facts"))
U(d, "The opposition Lesotho Congress for Democracy, whose leader Mothetjoa Metsing", "turned against the opposition.",
  ("Lesotho Congress for Democracy", T, neg, "", "no objection + caution that the force must not be misused; concern with an implicit demand, no judgement (unsure: could be neutral)"))
U(d, "\"If this becomes a licence to settle political scores,", "the party's spokesman said in a statement.",
  ("Lesotho Congress for Democracy", N, neg, "", "conditional risk line, no judgement of an actual act (unsure: could be condemning SADC)"))
U(d, "The party called for the national dialogue to open", "soldiers or politicians.",
  ("Lesotho Congress for Democracy", T, neu, "", "appeal for dialogue"))
U(d, "African Union Commission Chairperson Moussa Faki Mahamat had earlier condemned the killing", "since the June elections.",
  ("African Union", C, neg, "", "condemnation of the killing; target empty"))
U(d, "Faki said the AU stood behind SADC's efforts in Lesotho", "ready to support them.",
  ("African Union", S, pos, "SADC", "backing for SADC's action"))
U(d, "United Nations Secretary-General António Guterres, through his spokesman, condemned the killing", "through dialogue.",
  ("United Nations", C, neg, "", "condemnation + appeal for dialogue = condemning (rule 1)"))
U(d, "The United States embassy in Maseru said it was deeply troubled", "brought to book.",
  ("United States", C, neg, "", "concern + demand for accountability for crimes inside the army = judgement; the army's rogue elements are not an actor -> target empty"))
U(d, "The European Union's delegation, with the ambassadors of EU member states, said", "in good faith.",
  ("European Union", T, neu, "", "urgency of reform + appeal to all parties to take part = calling_for_talks"))
U(d, "Dr Mathabo Letšela, who lectures in political science", "would not change anything.",
  ("Mathabo Letšela", S, neu, "SADC", "invented scholar; approval of the summit's course with a caveat"))
U(d, "\"The army has killed two of its own commanders in two years.", "Letšela said.",
  ("Mathabo Letšela", N, neg, "", "multi-sentence quote closed by its speaker; facts + assessment, no judgement of a named actor"))
U(d, "Kagiso Molefe, a researcher at the Johannesburg-based Institute for Regional Security, said", "for the reforms to happen.",
  ("Kagiso Molefe", N, neu, "", "invented researcher; assessment"))
U(d, "\"SADC has left Lesotho too early before,", "Molefe said.",
  ("Kagiso Molefe", C, neg, "SADC", "judgement of SADC's past withdrawals"))
