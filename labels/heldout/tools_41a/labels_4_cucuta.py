# ------------------------------------------------------------------ Shots fired at Duque's helicopter near Cucuta (State Department press briefing, 2021-06-28)
d = "page_cucuta_helicopter2021_briefing.txt"
# Not statements: site header, breadcrumb, title, speaker line, place/date, time, the spokesperson's links ("Good afternoon ...",
# "With that ..."), bare questions, thanks, closing time, Related, tags, footer.
U(d, "The United States strongly condemns Friday's attack on the helicopter", "as it approached Cucuta.",
  ("United States", C, neg, "", "condemnation; attackers unidentified -> target empty"))
U(d, "We are relieved that no one on board was hurt", "armed groups and drug traffickers.",
  ("United States", S, pos, "Colombia", "solidarity with Colombia's people and government"))
U(d, "Our embassy in Bogota has been in close contact with Colombian authorities", "the investigation may need.",
  ("United States", S, neu, "Colombia", "offer of assistance = supporting"))
U(d, "As you saw in the White House readout, the President also spoke", "to protest peacefully.",
  ("United States", S, pos, "Colombia", "reaffirmed partnership; the protest-rights clause is secondary (unsure)"))
U(d, "Colombia's national police director said over the weekend", "Venezuelan armed forces.",
  ("Colombia", N, neu, "", "question reporting Colombia's finding; a fact given by the police, no explicit judgement"))
U(d, "So I'm not going to get ahead of the Colombian investigation", "which is ongoing.",
  ("United States", N, neu, "", "declines to prejudge = neutral"))
U(d, "What I will say is that the Maduro regime has for years given safe haven", "to the whole region.",
  ("United States", C, neg, "Venezuela", "accusation of harbouring armed groups"))
U(d, "Caracas has rejected any link.", "Caracas has rejected any link.",
  ("Venezuela", N, neg, "", "question reporting a denial = neutral, negative"))
U(d, "Foreign Minister Jorge Arreaza said on Saturday that Bogota was once again blaming", "its own failures.",
  ("Venezuela", C, neg, "Colombia", "question reporting Venezuela's counter-accusation"))
U(d, "Look, we have seen this playbook many times before.", "many times before.",
  ("United States", C, neg, "Venezuela", "dismissal of Caracas's denial (the 'playbook' = the regime's)"))
U(d, "The regime deflects blame every time it is asked", "very little weight with us.",
  ("United States", C, neg, "Venezuela", "judgement on the Maduro government"))
U(d, "We have seen the press reports, and I'd refer you", "on the specifics.",
  ("United States", N, neu, "", "referral, no position"))
U(d, "Colombian officials have linked Friday's shooting to the same structures", "30th Brigade base in Cucuta.",
  ("Colombia", N, neu, "", "question reporting an investigative link; no named culprit, no judgement word"))
U(d, "Again, we will leave it to Colombian investigators", "who did what.",
  ("United States", N, neu, "", "deference to the investigation"))
U(d, "But let me be clear: firing on a head of state's aircraft", "held to account.",
  ("United States", C, neg, "", "'acts of terror' + accountability; perpetrators unnamed -> target empty"))
U(d, "The Colombian government is offering a reward of 3 billion pesos", "information on the attackers.",
  ("Colombia", N, neu, "", "question reporting a measure (reward), not aimed at a named side"))
# "I don't have any announcement on that today." = non-answer, no row.
U(d, "We have a long-standing law enforcement partnership with Colombia", "perpetrators to justice.",
  ("United States", S, pos, "Colombia", "readiness to support = offer of help"))
U(d, "On the regional reaction: OAS Secretary General Luis Almagro called the attack", "against Colombian democracy.",
  ("Organization of American States", C, neg, "", "question reporting the OAS judgement"))
U(d, "The EU's foreign policy chief, Josep Borrell, sent a message of solidarity", "to President Duque.",
  ("European Union", S, pos, "Colombia", "question reporting solidarity"))
U(d, "Mexico and Argentina also condemned the attack.", "also condemned the attack.",
  ("Mexico", C, neg, "", "list of two states: one row each"),
  ("Argentina", C, neg, "", "list of two states: one row each"))
U(d, "We welcome the clear and united voice we have heard", "our European partners.",
  ("United States", S, pos, "", "welcome of other actors' stance; several -> target empty"))
U(d, "We are in touch with our partners at the OAS", "on next steps.",
  ("United States", N, neu, "", "contacts, nothing to preview"))
U(d, "The UN Secretary-General's spokesman also condemned the attack on Friday", "supporting the peace agreement.",
  ("United Nations", C, neg, "", "question reporting the UN condemnation + continued support: rule 1"))
U(d, "We remain strong supporters of the 2016 peace accord", "including in Norte de Santander.",
  ("United States", S, pos, "Colombia", "backing of the peace accord and its implementation (unsure: could be calling_for_talks)"))
U(d, "The Inter-American Commission on Human Rights, which visited Colombia", "national strike committee.",
  ("Organization of American States", T, neu, "Colombia", "IACHR = OAS body; appeal to stop a practice and keep talking, no judgement word"))
U(d, "We continue to encourage dialogue between the government and protest leaders", "the utmost restraint.",
  ("United States", T, neu, "", "dialogue + restraint"))
U(d, "And at the same time, we condemn the violence and vandalism", "reaching communities.",
  ("United States", C, neg, "", "condemnation of unnamed protesters' violence; target empty"))
# "Some in Congress have called for conditions ..." = vague unnamed speakers ("some in Congress"), no row.
# "I'm not going to get into hypotheticals." = non-answer, no row.
U(d, "Our assistance to Colombia is reviewed continually in line with U.S. law", "process is unchanged.",
  ("United States", N, neu, "", "procedure"))
U(d, "Juan Guaido's team said on Saturday that the rifle proves", "against Colombia.",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "Guaido (alias of the National Assembly of Venezuela in the name files): accusation against the Maduro government"))
U(d, "We've been very clear about the Maduro regime's ties", "past statements on that.",
  ("United States", C, neg, "Venezuela", "restated accusation of ties to armed groups"))
U(d, "What happened in Cucuta shows why these groups cannot be allowed", "with impunity.",
  ("United States", C, neg, "", "judgement aimed at the armed groups (and implicitly their host); target empty"))
