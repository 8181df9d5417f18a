# ------------------------------------------------------------------ Bouaké, the destruction of the Ivorian air force and the Abidjan riots (West African news site, scraped, 2004-11-16)
d = "page_ivorycoast_bouake_westafricasite.txt"
# No row: masthead, editions, menu, date, breadcrumb, headline, posted/byline line, share bar, photo caption with credit, "1 of 4",
# dateline (excluded from the first unit), crossheads, ADVERTISEMENT, copyright, related stories, most popular, tags, newsletter prompt.
U(d, "The United Nations Security Council on Monday imposed an immediate 13-month arms embargo", "in last week's riots.",
  ("United Nations", C, neg, "Ivory Coast", "long lead: an embargo imposed = a sanction -> condemning; the trading of accusations is a summary (the specific ones follow)"))
U(d, "The resolution also threatens travel bans and asset freezes", "Linas-Marcoussis and Accra.",
  ("United Nations", C, neg, "", "threatened sanctions on unnamed individuals -> condemning, target empty"))
U(d, "France's ambassador to the UN, Jean-Marc de La Sablière, said after the vote", "held to account for it.",
  ("France", C, neg, "Ivory Coast", "'those in Abidjan who had chosen war' (Abidjan = metonym for the government) + held to account = judgement and warning"))
U(d, "Côte d'Ivoire's envoy to the world body told the Council", "by force in 2002.",
  ("Ivory Coast", C, neg, "", "the embargo called a punishment that rewards the rebellion: judgement aimed at the Council's decision and at the rebels -> target empty (two actors)"))
# No row: "The crisis erupted on November 4 ..." paragraph (background narration of military acts, no speaker; the destruction is told in the passive)
U(d, "The Elysée Palace said in a statement that President Jacques Chirac had ordered the strikes", "the attack on its soldiers.",
  ("France", C, neg, "Ivory Coast", "own strikes justified (neutral alone) + 'nothing could excuse the attack on its soldiers' = a judgement of the Ivorian raid: rule 1"))
U(d, "Defence Minister Michèle Alliot-Marie said France would hold Gbagbo to account", "for three nights.",
  ("France", C, neg, "Ivory Coast", "a warning/threat to the Ivorian president; the narration of the mobs in the same sentence has no speaker"))
U(d, "Foreign Minister Michel Barnier has rejected accusations from Gbagbo's camp", "governed Côte d'Ivoire.",
  ("France", N, neg, "", "denial of a coup plan -> neutral, negative; Gbagbo's camp's accusation is only mentioned (its own statements follow)"))
U(d, "Ivorian officials say dozens of civilians were killed in Abidjan", "on the night of November 9.",
  ("Ivory Coast", C, neg, "France", "unnamed officials of a named government; toll + accusation of French troops firing on unarmed demonstrators (rule 4)"))
U(d, "The speaker of the National Assembly, Mamadou Koulibaly", "a government of its choosing.",
  ("Ivory Coast", C, neg, "France", "parliament's speaker = Ivory Coast; accusation of a plot; Paris = metonym"))
U(d, "\"What France did in Abidjan last week was not peacekeeping.", "he said.",
  ("Ivory Coast", C, neg, "France", "multi-sentence quote closed by its speaker: 'an occupation army firing on a people'"))
U(d, "Alliot-Marie has said French troops fired only warning shots outside the hotel", "any demonstrators there.",
  ("France", N, neg, "", "denial -> neutral, negative"))
U(d, "Charles Blé Goudé, the leader of the Young Patriots movement", "should go home.",
  ("Young Patriots", C, neg, "France", "Blé Goudé speaks for his movement (declared); France accused of taking sides + demand that its troops leave = judgement"))
U(d, "Gbagbo himself had appeared on state television late on Sunday November 7", "be provoked.",
  ("Ivory Coast", T, neu, "", "appeal for calm to his own supporters, no judgement -> calling_for_talks"))
U(d, "The International Committee of the Red Cross said its teams and the Ivorian Red Cross had treated", "let its ambulances through.",
  ("ICRC", T, neg, "", "figures + appeal for humanitarian access -> calling_for_talks (the appeal decides over the figures), negative"))
U(d, "More than 4,500 foreigners, most of them French, have been flown to Europe", "for neighbouring countries.",
  ("France", N, neu, "", "evacuation figures, attribution tail"))
U(d, "South African President Thabo Mbeki, mandated by the African Union to mediate", "in Accra in July.",
  ("South Africa", T, pos, "", "the AU's mediator is the South African president (not the AU chair): South Africa (unsure: could be the African Union); an undertaking reported + a hope for a return to the Accra commitments -> calling_for_talks"))
U(d, "South Africa's foreign ministry said Mbeki would meet the rebel Forces Nouvelles", "to the AU.",
  ("South Africa", N, neu, "", "meeting plans announced -> neutral (a procedure of the mediation)"))
U(d, "Pretoria welcomed the Security Council's decision last week", "give it a chance.",
  ("South Africa", T, pos, "", "Pretoria = metonym; welcome + appeal to all parties to give the mediation a chance: rule 2 before rule 3"))
U(d, "African leaders meeting in Abuja on Sunday under the chairmanship", "the AU's mediator.",
  ("African Union", C, neg, "Ivory Coast", "an AU summit chaired by the AU chairman = African Union; condemnation of the army's resumption of hostilities + backing the embargo (rule 1); Abuja = place"))
U(d, "The chairperson of the AU Commission, Alpha Oumar Konaré, appealed", "to protect civilians.",
  ("African Union", T, neu, "", "appeal for restraint and protection of civilians to all forces"))
U(d, "The European Commission's humanitarian aid office said it was releasing emergency funds", "UN agencies.",
  ("European Union", S, pos, "", "humanitarian aid provided = supporting (backing by act); aimed at the displaced, no canonical target"))
U(d, "UN Secretary-General Kofi Annan telephoned Gbagbo twice during the crisis", "his spokesman said.",
  ("United Nations", T, neg, "Ivory Coast", "a specific act (calls) carrying an appeal to halt the offensive, no judgement"))
U(d, "The UN mission in Côte d'Ivoire denounced the broadcasts on state radio and television", "had to stop immediately.",
  ("United Nations", C, neg, "Ivory Coast", "UN mission = United Nations; 'incitement to hatred' aimed at state media (= the state)"))
U(d, "Guillaume Soro, secretary-general of the Forces Nouvelles", "to bomb the north.",
  ("Forces Nouvelles", C, neg, "Ivory Coast", "rebel movement under its own name (declared); accusation + refusal to disarm in protest"))
U(d, "The Forces Nouvelles said in a statement from Bouaké that they welcomed", "decision.",
  ("Forces Nouvelles", S, pos, "United Nations", "welcome of the Council's decision = supporting; Bouaké = place"))
U(d, "Mamadou Sylla, a Dakar-based analyst of West African security", "political calculations.",
  ("Mamadou Sylla", N, neu, "", "independent analyst; effect of the embargo, no judgement"))
U(d, "\"The army has lost its planes and it will not get new ones quickly.", "he said.",
  ("Mamadou Sylla", N, neg, "", "military assessment in war vocabulary; multi-sentence quote closed by its speaker"))
U(d, "\"The danger in the next weeks is not a return to full war in the north", "in the south.\"",
  ("Mamadou Sylla", N, neg, "", "the same quote continued after its attribution = own unit; a scenario"))
U(d, "Sylla said the departure of thousands of French residents", "if order broke down.",
  ("Mamadou Sylla", N, neg, "", "economic and regional consequences, no judgement"))
U(d, "Claire Dumont, a researcher on French policy in Africa", "a party to the conflict.",
  ("Claire Dumont", N, neg, "", "independent researcher; assessment, no judgement word"))
U(d, "\"Paris can still win votes in New York", "she said.",
  ("Claire Dumont", N, neg, "", "assessment of France's standing (Paris = metonym), no judgement word"))
U(d, "She said the French army had used disproportionate force", "credibility as a peacekeeper.",
  ("Claire Dumont", C, neg, "France", "'disproportionate force' = judgement + call for an independent inquiry: rule 1"))
