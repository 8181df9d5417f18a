# ------------------------------------------------------------------ RAMSI lands in Solomon Islands (scraped Pacific regional news site, 2003-07-25)
d = "page_solomons_ramsi2003_pacificsite.txt"
# Not statements: masthead, menu, search, breadcrumb, date line, headline, standfirst, byline, share bar, [PHOTO n of 5]
# captions with credits, ADVERTISEMENT, crossheads, Related, tags, newsletter prompt, most read, comments, copyright.
U(d, "Prime Minister Allan Kemakeza thanked Australia and the other Pacific governments", "its neighbours had answered.",
  ("Solomon Islands", S, pos, "", "dateline 'HONIARA, 25 July (Pasifika Times) - ' excluded; thanks to the states of the mission = supporting; several states thanked -> target empty"))
# "The first of the transport planes touched down ..." = scene narration, no row.
# "By Friday afternoon soldiers from Australia, New Zealand, ... were patrolling ..." = deployment narrated with no position and no single actor, no row.
U(d, "In a national broadcast on Thursday night, Kemakeza said the mission", "go home to his family.",
  ("Solomon Islands", T, neu, "", "procedure (invitation, law) + appeal to gunmen to disarm and go home = peaceful course, no judgement -> calling_for_talks"))
U(d, "\"Nobody is coming to take our country away from us.", "he said.",
  ("Solomon Islands", S, pos, "", "multi-sentence quote closed by 'he said'; calls the helpers friends and asks people to treat them so = approval of the mission; target empty (several states)"))
U(d, "The mission's Special Coordinator, Australian diplomat Nick Warner, told reporters", "out to the provinces.",
  ("Australia", N, neu, "", "plan; Warner is an Australian official heading an Australian-led mission -> Australia (unsure: could be read as the Pacific Islands Forum, under whose declaration the mission runs)"))
U(d, "\"We are not here to fight anybody.", "Warner said.",
  ("Australia", C, neg, "", "threat of a hard response to anyone who points a weapon = condemning; no side named -> target empty"))
U(d, "Warner said he had received word from the Weathercoast that Harold Keke", "his men were reported to be holding.",
  ("Australia", T, neu, "Guadalcanal Liberation Front", "conditional willingness to talk to Keke = calling_for_talks; 'blamed for a string of killings' is the outlet's narration"),
  ("Guadalcanal Liberation Front", T, neu, "", "Keke's wish to talk, reported by Warner = Keke's group's position (guide: a position of X reported by Y is X's statement)"))
U(d, "Reached by satellite telephone, Keke told the Pasifika Times", "at the foreign soldiers.",
  ("Guadalcanal Liberation Front", N, pos, "", "reassurance about his own fighters' conduct = neutral; 'told the Pasifika Times' = the outlet, not an actor"))
U(d, "\"My quarrel was never with Australia or New Zealand.", "he said.",
  ("Guadalcanal Liberation Front", C, neg, "Solomon Islands", "accuses the (Malaitan) police of burning villages and Honiara of paying them; the police are a state body -> target Solomon Islands"))
U(d, "He said he would meet Warner \"anywhere on the Weathercoast\"", "waiting for him.",
  ("Guadalcanal Liberation Front", T, neu, "Australia", "conditional offer of a meeting = calling_for_talks; Warner (Australia) is the one addressed"))
U(d, "In Auki, the provincial capital of Malaita, a commander of the Malaita Eagle Force", "once Keke was in custody.",
  ("Malaita Eagle Force", T, neu, "", "unnamed commander of a named group speaks for it; no objection to the mission + conditional disarmament = a peaceful step (unsure: could be neutral)"))
U(d, "\"Keke is the one who started the killing.", "the commander said.",
  ("Malaita Eagle Force", C, neg, "Guadalcanal Liberation Front", "blames Keke for the killing and demands his arrest first"))
U(d, "Police said weapons collection points would open in Honiara next week", "Central Police Station.",
  ("Solomon Islands", N, neu, "", "the (Solomon Islands) police announce a procedure"))
U(d, "Assistant Commissioner Ben McDevitt of the Australian Federal Police", "and at the markets.",
  ("Australia", N, neu, "", "plan of the police contingent; the AFP is an Australian state agency"))
U(d, "In Canberra, Prime Minister John Howard said Australia would keep its people", "most of the bill.",
  ("Australia", S, pos, "Solomon Islands", "long-term commitment of personnel and money = backing/aid"))
U(d, "\"This is not a takeover.", "Howard told reporters.",
  ("Australia", N, neg, "", "denies the takeover charge (denial = neutral, negative tone)"))
# "Foreign Minister Alexander Downer said the militias now had two choices." = summary lead-in before the quote, no row.
U(d, "\"They can hand in their guns and go back to their villages", "Downer said.",
  ("Australia", C, neg, "", "ultimatum to the militias (arrest and jail) = condemning; several groups -> target empty"))
U(d, "Defence Minister Robert Hill said no shots had been fired", "curious crowds.",
  ("Australia", N, neu, "", "facts about the landing, no evaluation of another actor"))
U(d, "In Wellington, Prime Minister Helen Clark said New Zealand was proud", "already on the ground.",
  ("New Zealand", S, pos, "Solomon Islands", "solidarity + more police sent = backing by act"))
U(d, "Foreign Minister Phil Goff said the mission could succeed only if", "while the guns are quiet\".",
  ("New Zealand", T, neu, "", "appeal for reconciliation and dialogue among the country's leaders (not one canonical party) -> target empty"))
U(d, "He also warned that the regional partners would not keep paying", "help themselves to public money.",
  ("New Zealand", C, neg, "Solomon Islands", "'He' = Goff; warning to stop funding + judgement of ministers' graft, without a stock word = condemning"))
U(d, "The Pacific Islands Forum Secretary General, Noel Levi, said in a statement from Suva", "when their institutions failed.",
  ("Pacific Islands Forum", S, pos, "", "praise of the members' joint action = supporting; several states -> target empty"))
U(d, "Levi said he hoped the militant groups would use the calm", "rather than with guns.",
  ("Pacific Islands Forum", T, pos, "", "hope that the groups settle grievances peacefully = calling_for_talks"))
U(d, "Papua New Guinea's Prime Minister, Sir Michael Somare, said his government had sent troops", "to send police officers.",
  ("Papua New Guinea", S, pos, "Solomon Islands", "troops sent (backing by act) + appeal to others to send police (an appeal for help, not for talks) = supporting"))
U(d, "Fiji's Foreign Minister, Kaliopate Tavola, rejected suggestions by some commentators", "over to Canberra.",
  ("Fiji", N, neg, "", "rejects a charge made by commentators (not an actor) = denial, neutral; Canberra = metonym as object"))
U(d, "\"Fiji's soldiers are in Honiara as Pacific Islanders helping Pacific Islanders", "Tavola said.",
  ("Fiji", S, pos, "Solomon Islands", "solidarity with the Solomons and pride in the contribution = supporting"))
U(d, "In New York, a spokesman for UN Secretary-General Kofi Annan said", "to cooperate with it fully.",
  ("United Nations", S, pos, "", "welcome + appeal to cooperate with the mission (backing the mission, not a call for talks) = supporting (unsure: welcome + appeal could be read as calling_for_talks)"))
U(d, "The United States, which closed its embassy in Honiara a decade ago", "with the Solomons' courts.",
  ("United States", S, pos, "", "support for the operation + offer of assistance; the operation is several states' -> target empty"))
U(d, "Commonwealth Secretary-General Don McKinnon offered", "courts and public service.",
  ("Commonwealth", S, pos, "Solomon Islands", "offer of assistance = supporting"))
U(d, "Dr Ruth Maetia, a political scientist at the University of the South Pacific", "began with land and jobs.",
  ("Ruth Maetia", N, neu, "", "invented scholar; analysis, no judgement of an actor, no appeal"))
U(d, "\"If Canberra starts running the ministries", "Maetia said.",
  ("Ruth Maetia", N, neg, "", "conditional risk scenario, not a judgement of an act done (unsure: could be read as a warning to Australia)"))
U(d, "She said the region should use the calm to pay for a serious reconciliation process", "between the two islands.",
  ("Ruth Maetia", T, neu, "", "appeal for reconciliation = calling_for_talks"))
U(d, "\"Now maybe my children can go back to school.", "she said.",
  ("Mary Kwaiga", S, pos, "", "named resident = independent person; thanks the soldiers = supporting; the sentence before it ('said she had waited three years ...') narrates her experience, no row"))
# "Another vendor, who did not want to be named, said ..." = unnamed speaker, no row.
