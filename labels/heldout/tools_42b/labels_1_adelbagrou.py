# ------------------------------------------------------------------ Mauritania protests to Mali over killings near Adel Bagrou (Mauritanian state agency, 2022-03-10)
d = "page_mauritania_adelbagrou2022_stateagency.txt"
# Not statements: agency name, menus, breadcrumb, headline, dateline/time stamps, [PHOTO] captions with "1 of 3", ADVERTISEMENT,
# tags, share bar, "Read also", most read, copyright.
U(d, "NOUAKCHOTT (AMI) - The Ministry of Foreign Affairs, Cooperation and Mauritanians Abroad summoned", "on Malian territory.",
  ("Mauritania", C, neg, "Mali", "summoning an ambassador + objection to 'a series of crimes' = judgement and measure"))
U(d, "The ministry said in a communiqué that the acts, attributed to regular Malian forces", "Hodh Ech Chargui region.",
  ("Mauritania", C, neg, "Mali", "attributes attacks on unarmed civilians to Mali's forces = accusation"))
U(d, "\"Such behaviour towards the citizens of a brotherly and neighbouring country cannot be tolerated", "the communiqué said.",
  ("Mauritania", C, neg, "Mali", "'cannot be tolerated' + holding responsible"))
U(d, "It added that the Government had received assurances from the Malian authorities", "short of those commitments.",
  ("Mauritania", C, neg, "Mali", "judgement without a stock word: Mali failed its commitments"))
# "Several families ... reported relatives missing" / "Local elected officials put the number of dead at about fifteen." = narration, unnamed sources, no row.
U(d, "The Minister of Foreign Affairs, Cooperation and Mauritanians Abroad, Mr Mohamed Salem Ould Merzoug, told AMI", "Defence and the Interior.",
  ("Mauritania", N, neu, "", "own measures (crisis unit), no judgement, no appeal"))
U(d, "\"The protection of our citizens, wherever they are, is not a subject on which we will bargain,\"", "Ould Merzoug said.",
  ("Mauritania", N, neg, "", "firm statement of own position, no one judged, no threat stated (unsure: could be read as a warning)"))
U(d, "The minister added that Nouakchott had asked Bamako to provide", "to their families.",
  ("Mauritania", T, neg, "Mali", "demand for an account and the remains, no judgement word = appeal (README: demand to one side without judgement)"))
U(d, "He said the relations between the two peoples were older than any government", "were respected.",
  ("Mauritania", T, pos, "Mali", "wish to keep ties strong = peaceful course, with a condition"))
U(d, "The Minister of Culture, Youth, Sports and Relations with Parliament, Government Spokesman", "to be reinforced.",
  ("Mauritania", N, neu, "", "own security measures ordered, no target named"))
U(d, "\"Our army has received the necessary orders, and any aggression against our citizens", "the spokesman said.",
  ("Mauritania", C, neg, "", "threat of a response; no side named in the unit -> target empty"))
U(d, "Ould Eyih also announced that a high-level delegation led by the Minister of Defence", "Colonel Assimi Goïta.",
  ("Mauritania", T, neu, "Mali", "sending an envoy with a message to the other side = diplomatic course"))
U(d, "The Member of Parliament for Bassiknou, Mr Mohamed Mahmoud Ould Henenna, told AMI", "\"with complete impunity\".",
  ("Mauritania", C, neg, "", "MP = Mauritania (parliament); accusation of the killers (unnamed) -> target empty"))
U(d, "The National Rally for Reform and Development (Tewassoul), the main opposition party, said", "were tried.",
  ("National Rally for Reform and Development", C, neg, "Mali", "'a crime' + call to suspend cooperation = judgement and measure (rule 1)"))
U(d, "Malian government spokesman Colonel Abdoulaye Maïga said late on Wednesday that Bamako had ordered", "to Nouakchott shortly.",
  ("Mali", T, neu, "Mauritania", "inquiry + delegation to Nouakchott (unsure: an inquiry alone would be neutral; the delegation makes it a diplomatic step)"))
U(d, "\"So far, nothing we have seen points to our soldiers,\"", "read on Malian television.",
  ("Mali", N, neg, "", "denial = neutral, negative tone"))
U(d, "He said Mali valued its ties with Mauritania above all else", "of the two peoples.",
  ("Mali", T, pos, "", "appeal to both to avoid escalation, no judgement"))
U(d, "The Malian Minister of Foreign Affairs, Mr Abdoulaye Diop, telephoned Mr Ould Merzoug", "channels of communication open.",
  ("Mali", T, neu, "", "agreed to keep channels open = commitment to talks"),
  ("Mauritania", T, neu, "", "same agreement, reported by the Mauritanian ministry"))
# "[PHOTO 3 of 3] ..." caption, no row.
U(d, "In New York, the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) said", "in the border area.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The mission said its human rights division stood ready to support", "were made public.",
  ("United Nations", T, neu, "Mali", "offer to support an inquiry + urging publication; no judgement (like demands for an inquiry)"))
U(d, "The Chairperson of the African Union Commission, Mr Moussa Faki Mahamat, called on", "good neighbourliness.",
  ("African Union", T, neu, "", "appeal to both for dialogue"))
U(d, "The Kingdom of Morocco expressed its solidarity with the Islamic Republic of Mauritania", "Ministry of Foreign Affairs.",
  ("Morocco", S, pos, "Mauritania", "solidarity + condolences = supporting"))
U(d, "Algeria said it was following the situation with concern", "would prevail.",
  ("Algeria", T, neu, "", "monitoring + hope that wisdom prevails = hope for calm -> calling_for_talks"))
U(d, "Human Rights Watch said the reported killings fitted a pattern of abuses", "held to account.",
  ("Human Rights Watch", C, neg, "Mali", "accusation of a pattern of abuses + accountability"))
U(d, "The Arab League Secretary-General, Mr Ahmed Aboul Gheit, telephoned Mr Ould Merzoug", "protecting its citizens.",
  ("Arab League", S, pos, "Mauritania", "expressed support"))
# Last paragraph (border length, open borders since ECOWAS sanctions) = background narration, no row.
