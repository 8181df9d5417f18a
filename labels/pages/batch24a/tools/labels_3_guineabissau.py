# ------------------------------------------------------------------ Guinea-Bissau: the killings of Tagme Na Waie and President Vieira (West African news site, full HTML, 2009-03-03)
d = "page_guineabissau_vieira_killing_2009_westafrica.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, time stamps, figcaptions,
# ADVERTISEMENT, crossheads, "Related:", share bar, tags, readers' comments, most read, footer.
# "BISSAU — The speaker ... was sworn in ..." and "Vieira was killed in the early hours ..." = narration, no row.
U(d, "Pereira told lawmakers at the ceremony that he would organise", "with all parties until then.",
  ("Guinea-Bissau", N, pos, "", "interim head of state = Guinea-Bissau; plans (election date), hopeful tone"))
U(d, "Navy Captain Zamora Induta, speaking for the armed forces, said the president had been killed", "given no such order.",
  ("Guinea-Bissau", N, neg, "", "the army speaks for its state; denial of the command's part = neutral, negative"))
U(d, "\"There has been no coup d'etat in Guinea-Bissau.", "told reporters at the barracks.",
  ("Guinea-Bissau", N, neu, "", "reassurance about own conduct; multi-sentence quote closed by the speaker"))
U(d, "He added that the army had \"no intention of taking power\"", "restore calm in the capital.",
  ("Guinea-Bissau", N, pos, "", "reassurance about own conduct; help to its own interim president is not support of another actor"))
U(d, "Prime Minister Carlos Gomes Junior condemned both killings", "a commission of inquiry.",
  ("Guinea-Bissau", C, neg, "", "condemnation of the killings, perpetrators unnamed -> target empty; mourning and inquiry in the same sentence"))
U(d, "The government said the commission would include judges", "made public.",
  ("Guinea-Bissau", N, neu, "", "procedure of the inquiry"))
U(d, "The Economic Community of West African States (ECOWAS) condemned the killings", "through the transition.",
  ("ECOWAS", C, neg, "", "condemnation + mission; the judgement decides (rule 1)"))
U(d, "\"We cannot keep counting presidents and generals killed", "Mohamed Ibn Chambas said in Abuja.",
  ("ECOWAS", C, neg, "", "Commission president; judgement without a stock word ('an attack on every constitution'); no named culprit"))
U(d, "Nigeria's President Umaru Musa Yar'Adua, the current ECOWAS chairman, welcomed", "held on time.",
  ("ECOWAS", T, pos, "Guinea-Bissau", "chair of the bloc speaks for ECOWAS; welcome of the army's pledge + appeal for an on-time vote = calling_for_talks (rule 2 before rule 3)"))
U(d, "African Union Commission chairman Jean Ping said the AU condemned an act", "since last summer.",
  ("African Union", C, neg, "", "condemnation, no named culprit -> target empty"))
U(d, "The AU's Peace and Security Council is due to discuss Guinea-Bissau", "Ping's office said.",
  ("African Union", N, neu, "", "meeting announced; attribution tail"))
U(d, "In New York, the U.N. Security Council condemned the two assassinations", "rather than the streets.",
  ("United Nations", C, neg, "", "condemnation + appeal for calm; rule 1"))
U(d, "The Council said the United Nations would stay at Guinea-Bissau's side", "face justice.",
  ("United Nations", S, pos, "Guinea-Bissau", "pledge of continued support = supporting; call for justice in the same sentence"))
U(d, "Secretary-General Ban Ki-moon condemned the killings on Monday", "identified and tried.",
  ("United Nations", C, neg, "", "condemnation + demand for trial"))
U(d, "His special representative in Bissau, Joseph Mutaboba, met Pereira", "lead the transition.",
  ("United Nations", T, neu, "Guinea-Bissau", "appeal to keep talking and civilian lead, no judgement"))
U(d, "Portugal, the former colonial power, said it condemned the violence", "constitutional order.",
  ("Portugal", C, neg, "", "condemnation + refusal to accept a break in constitutional order"))
U(d, "Amado said Portugal was ready to help fund the election", "the country's police.",
  ("Portugal", S, pos, "Guinea-Bissau", "offer of funds and training = supporting"))
U(d, "The Community of Portuguese Language Countries (CPLP) said its foreign ministers", "discuss the situation.",
  ("Community of Portuguese Language Countries", N, neu, "", "meeting announced, no evaluation"))
U(d, "Senegal's President Abdoulaye Wade offered to host talks", "his office said.",
  ("Senegal", T, pos, "Guinea-Bissau", "offer to host talks = calling_for_talks; attribution tail"))
U(d, "The European Union condemned the killings and said that its programme", "would continue.",
  ("European Union", C, neg, "", "condemnation + continued reform aid; rule 1"))
U(d, "In Washington, State Department spokesman Robert Wood said the United States condemned", "respect the constitution.",
  ("United States", C, neg, "", "condemnation + appeal for restraint; rule 1"))
U(d, "The ruling African Party for the Independence of Guinea and Cape Verde (PAIGC)", "rally around the interim president.",
  ("PAIGC", T, neu, "", "appeal for calm to its members and citizens (unsure: 'rally around the interim president' could be supporting)"))
# "Streets in central Bissau were largely quiet ..." = scene description, no row.
U(d, "\"These were two men who had been waiting to destroy each other", "in Dakar.",
  ("Mamadou Diallo Sarr", C, neg, "Guinea-Bissau", "invented analyst; judgement on the army ('owes the country an honest account')"))
U(d, "Sarr said the cocaine trade passing through the country's islands", "that trade was cut off.",
  ("Mamadou Diallo Sarr", N, neg, "", "analysis of causes, no judgement on an actor"))
U(d, "Isabel Monteiro, a professor of African history at the Lusophone Africa Research Centre", "keep the election on schedule.",
  ("Isabel Monteiro", T, neu, "", "invented scholar; appeal to partners for reform and an on-time vote"))
U(d, "\"If the vote slips, the men with guns will decide", "Monteiro said.",
  ("Isabel Monteiro", N, neg, "", "scenario, no judgement"))
# The unnamed schoolteacher (two sentences) is not an actor: no row.
