# ------------------------------------------------------------------ MNLA's declaration of an independent Azawad and its rejection (West African wire copy, 2012-04-07)
d = "page_azawad_declaration_wawire.txt"
U(d, "West Africa's regional bloc and the African Union on Friday dismissed", "hold the country together.",
  ("ECOWAS", C, neg, "National Movement for the Liberation of Azawad", "dateline excluded; 'West Africa's regional bloc' = ECOWAS by context; rejection 'as worthless' + readiness to send troops"),
  ("African Union", C, neg, "National Movement for the Liberation of Azawad", "two actors in one lead = two rows; same rejection"))
U(d, "The National Movement for the Liberation of Azawad (MNLA) said in a statement", "without delay.",
  ("National Movement for the Liberation of Azawad", N, pos, "", "own act (independence proclaimed) + request for recognition, no judgement in the sentence (unsure: a secession could be read as a hostile measure against Mali)"))
U(d, "The statement listed half a century of grievances", "with massacres.",
  ("National Movement for the Liberation of Azawad", C, neg, "Mali", "accusation of neglect and massacres; Bamako = metonym for Mali's governments"))
U(d, "It said the new state would respect the borders", "United Nations charter.",
  ("National Movement for the Liberation of Azawad", N, pos, "", "'It' = the statement; reassurance about its own conduct = neutral"))
U(d, "\"The guns have done their part.", "from Paris.",
  ("National Movement for the Liberation of Azawad", N, pos, "", "multi-sentence quote closed by the speaker; own plans, no judgement; Paris = place"))
U(d, "The group had announced on Thursday that it was halting its military operations", "March 22 coup.",
  ("National Movement for the Liberation of Azawad", T, neu, "", "a unilateral halt to its operations = agreeing to a ceasefire (talks); the conquest is narration"))
U(d, "African Union Commission chairman Jean Ping said the declaration", "at independence.",
  ("African Union", C, neg, "National Movement for the Liberation of Azawad", "Ping speaks for the AU here (not his own actor 'Jean Ping', a later Gabonese opposition role); 'no legal force whatsoever' + 'never accept'"))
U(d, "In a statement from its Abuja headquarters, the ECOWAS Commission described", "to keep Mali whole.",
  ("ECOWAS", C, neg, "National Movement for the Liberation of Azawad", "rejection + threat of force; Abuja = place"))
U(d, "Army chiefs from the 15 member states, meeting in Abidjan on Thursday", "officials at the meeting said.",
  ("ECOWAS", N, neu, "", "unnamed officials of a named body = ECOWAS; force planning whose first task is the transition = plan (unsure: could be read as an announced operation)"))
U(d, "Ivory Coast's President Alassane Ouattara, the current ECOWAS chairman, welcomed", "handing power back.",
  ("ECOWAS", S, pos, "Mali", "head of state speaking as ECOWAS chair = ECOWAS; welcome of the accord + lifting of sanctions = supporting (the junta = Mali)"))
U(d, "Under the accord, negotiated by Burkina Faso's foreign minister Djibrill Bassole", "as interim president.",
  ("ECOWAS", T, pos, "", "mediation carried out on behalf of the ECOWAS mediator (Compaore appointed by ECOWAS) = ECOWAS, not Burkina Faso"),
  ("Mali", T, pos, "", "the junta (= Mali) agrees to hand over power: commits to a negotiated deal"))
U(d, "Sanogo told state television ORTM late on Friday", "meant nothing to Malians.",
  ("Mali", C, neg, "National Movement for the Liberation of Azawad", "junta leader = Mali; refusal without stock words ('would not surrender a single grain of sand') + dismissal of the declaration; ORTM is not an actor"))
# no row: "The transfer agreement gives the interim authorities the task ..." (the accord's content, narration)
U(d, "Ansar Dine, an Islamist group led by the veteran Tuareg rebel", "across all of Mali.",
  ("Ansar Dine", C, neg, "National Movement for the Liberation of Azawad", "armed group under its own name; rejecting its former ally's independence (unsure: could be neutral, its own programme)"))
U(d, "France, the former colonial power, made clear it would not treat as real", "reporters in Paris.",
  ("France", C, neg, "National Movement for the Liberation of Azawad", "refusal to recognise = rejection; attribution tail (Longuet)"))
U(d, "Longuet added that France was ready to give logistical help", "decided to send.",
  ("France", S, pos, "ECOWAS", "backing by act (offer of logistical help to the regional force) = supporting"))
U(d, "Foreign Minister Alain Juppe said the Tuareg had real grievances", "back in place in Bamako.",
  ("France", T, neu, "", "negotiation within a united Mali, no judgement = talks"))
U(d, "In Washington, State Department spokeswoman Victoria Nuland said the United States rejected", "territorial integrity.",
  ("United States", C, neg, "National Movement for the Liberation of Azawad", "'rejected the declaration outright' = judgement; Washington = place"))
U(d, "She urged the MNLA and the other armed groups in the north", "anyone they were holding.",
  ("United States", T, neg, "", "ceasefire + humanitarian access + release of hostages, addressed to several armed groups -> target empty"))
U(d, "Algeria, which shares a border of some 1,400 km", "territorial integrity.",
  ("Algeria", C, neg, "National Movement for the Liberation of Azawad", "'would never accept any challenge' to its neighbour's integrity = rejection of the MNLA's act"))
U(d, "Foreign Minister Mourad Medelci told the APS news agency", "in the region.",
  ("Algeria", T, neu, "", "political solution + 'opposed any foreign military intervention' aimed at no one = appeal; APS is not an actor"))
U(d, "The Algerian foreign ministry said the consul in Gao", "working for their release.",
  ("Algeria", N, neu, "", "facts about its kidnapped diplomats and its own crisis cell; no culprit named (facts: neutral tone)"))
U(d, "Niger's Foreign Minister Mohamed Bazoum said a separatist state", "any ECOWAS force.",
  ("Niger", C, neg, "National Movement for the Liberation of Azawad", "judgement of the separatist state + backing a force against it; Niamey = metonym"))
U(d, "The U.N. refugee agency UNHCR said more than 200,000 people", "Burkina Faso and Algeria.",
  ("UNHCR", N, neu, "", "figures, no blame (neutral tone, per the guide); the four states are places"))
# no row: "Analysts in Bamako and the region said ..." (unnamed analysts, summary line)
U(d, "\"Nobody will recognise Azawad, not Algeria, not Niger, not France.", "private university in Bamako.",
  ("Boubacar Sangaré", N, neg, "", "independent analyst; multi-sentence quote closed by the speaker; scenario, no judgement"))
U(d, "Sangaré said a military reconquest was months away at best", "did not yet have.",
  ("Boubacar Sangaré", N, neg, "", "risks and constraints, no appeal"))
U(d, "\"The MNLA has made a terrible bargain", "he said.",
  ("Boubacar Sangaré", C, neg, "National Movement for the Liberation of Azawad", "judgement ('a terrible bargain', opened the door to jihadists)"))
U(d, "Hélène Marchand, a researcher on the Sahel", "before the fighting began.",
  ("Hélène Marchand", N, neg, "", "humanitarian risk, no appeal"))
U(d, "She said the interim government and the MNLA should open talks", "settlement impossible.",
  ("Hélène Marchand", T, neu, "", "appeal for talks with guarantors (Algeria, Burkina Faso as objects)"))
# no row: the Gao shopkeeper (unnamed resident); captions, crossheads, related links, tags, most read, copyright
