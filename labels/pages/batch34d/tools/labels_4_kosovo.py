D = 'page_kosovo_policeofficers_serbia2023_mfa.html'
Q1 = "Deputy Prime Minister and Minister of Foreign Affairs and Diaspora Donika Gërvalla-Schwarz said: “Today three families can breathe again. But a state that abducts police officers and then releases them as a favour to its friends is not a partner for peace. It is a problem that Europe must finally name.”"
Q2 = "Deputy Prime Minister Gërvalla-Schwarz said: “Belgrade waited one day after our police arrested a suspect in the attacks on KFOR, and then sent armed men across our border. This is retaliation, and every capital that cares about peace in the Balkans should call it by its name.”"
S3 = "Contrary to the claim of Petar Petković, head of the Office for Kosovo and Metohija of the Government of Serbia, that the release was purely the decision of a court and that proceedings against the officers will continue, the Republic of Kosovo will not recognise any jurisdiction of Serbian courts over officers who were doing their job on Kosovo soil."
S4 = "The Ministry thanks the United States and the European Union for their steady insistence, from the first day, that the officers be freed without conditions."
S9 = "The Ministry welcomes the statement of the Spokesperson of the United States Department of State, Matthew Miller, who called on President Vučić and the Government of Serbia to release the officers immediately and unconditionally."
S10 = "The Ministry also notes the announcement by the High Representative of the European Union, Josep Borrell, that he has invited Prime Minister Albin Kurti and President Aleksandar Vučić to Brussels next week for crisis meetings."
S12 = "The Ministry of Foreign Affairs and Diaspora rejects the claim of the Ministry of Internal Affairs of Serbia that the three officers were arrested 1.8 kilometres inside the territory of central Serbia."
S15 = "The Ministry takes note of the statement of KFOR that its troops were not present in the area at the time of the arrest, and of its call on both sides to reduce tensions and refrain from unilateral steps."
S16 = "We welcome the statement of the United Kingdom, which today called for the immediate release of the three officers."
S17 = "The Ministry is grateful to the Republic of Albania, whose President, Bajram Begaj, stood with Kosovo from the first hours and denounced the abduction as an attack on the stability of the whole region."
ROWS = [
(D, "The Ministry of Foreign Affairs and Diaspora welcomes the return of the three officers of the Kosovo Police to their families and to their duty, twelve days after they were seized by Serbian forces.",
 "Kosovo", "supporting", "positive", "", "welcome of an outcome (the officers' return), not approval of Serbia -> target empty (unsure: could be neutral)"),
(D, "Their release does not erase the crime of their abduction: Serbia must answer for sending its forces into the territory of a sovereign neighbour, and the charges it invented against our officers must be dropped.",
 "Kosovo", "condemning", "negative", "Serbia", "'crime', 'invented' charges = judgement; the demand is inside it (rule 1)"),
(D, S3, "Serbia", "neutral", "neutral", "", "Serbia's position reported in a subordinate clause: the release was a court decision, proceedings continue = procedure"),
(D, S3, "Kosovo", "condemning", "negative", "Serbia", "refuses Serbian jurisdiction in protest = rejection of the other side's act"),
(D, S4, "Kosovo", "supporting", "positive", "", "gratitude to two actors -> target empty"),
(D, S4, "United States", "calling_for_talks", "negative", "Serbia", "position reported by Kosovo: insistence on unconditional release, a demand to one side with no judgement"),
(D, S4, "European Union", "calling_for_talks", "negative", "Serbia", "same reported demand, one row per actor named"),
(D, Q1, "Kosovo", "condemning", "negative", "Serbia", "quote opened after a colon, three sentences = one unit; 'a state that abducts police officers' = Serbia; 'as a favour to its friends' alludes to Hungary (no row)"),
(D, "The Ministry of Foreign Affairs and Diaspora rejects the decision of the Higher Court in Kraljevo to keep the three abducted officers of the Kosovo Police in custody for up to thirty days on charges of carrying weapons and explosives.",
 "Kosovo", "condemning", "negative", "Serbia", "rejects a Serbian court's decision; the court is a Serbian state body"),
(D, "The officers were carrying their service weapons, as every border police officer in the world does, on their own side of the border.",
 "Kosovo", "neutral", "negative", "", "rebuttal of the charges = denial"),
(D, "A court that sets aside the place and the circumstances of an arrest in order to open a prosecution within two days is not administering justice but carrying out an order.",
 "Kosovo", "condemning", "negative", "Serbia", "judgement of the Kraljevo court as taking orders"),
(D, S9, "Kosovo", "supporting", "positive", "United States", "welcomes the US statement"),
(D, S9, "United States", "calling_for_talks", "negative", "Serbia", "Miller's demand reported in a relative clause; demand to one side, no judgement word"),
(D, S10, "European Union", "calling_for_talks", "neutral", "", "the High Representative convenes crisis meetings with both leaders -> convenor's calling_for_talks; two parties -> target empty"),
(D, S10, "Kosovo", "neutral", "neutral", "", "'notes' = plain diplomatic acknowledgement"),
(D, "Kosovo will go to Brussels in good faith, as it always has, and expects the European Union to put the release of the officers at the top of the agenda.",
 "Kosovo", "calling_for_talks", "neutral", "European Union", "commits to attend the talks; the expectation is addressed to the EU; Brussels = place of the talks"),
(D, S12, "Kosovo", "neutral", "negative", "", "rejection of the other side's account = denial"),
(D, S12, "Serbia", "neutral", "neutral", "", "Serbia's account of the arrest site reported in the sentence = facts claimed by the Serbian interior ministry"),
(D, "The officers never left the territory of the Republic of Kosovo.",
 "Kosovo", "neutral", "negative", "", "denial continued"),
(D, "The photographs published in Belgrade of weapons laid out on a table are staged evidence meant to turn a cross-border abduction into a story about terrorists, and no one should be fooled by them.",
 "Kosovo", "condemning", "negative", "Serbia", "'staged evidence' = accusation of deception; 'published in Belgrade' = by the Serbian authorities"),
(D, S15, "NATO", "calling_for_talks", "neutral", "", "KFOR = NATO; not present (fact) + call on both sides to de-escalate: rule 2; two sides -> target empty"),
(D, S15, "Kosovo", "neutral", "neutral", "", "'takes note' = acknowledgement, no position"),
(D, S16, "Kosovo", "supporting", "positive", "United Kingdom", "welcomes the UK statement"),
(D, S16, "United Kingdom", "calling_for_talks", "negative", "Serbia", "reported call for release, no judgement word; the officers are held by Serbia"),
(D, S17, "Kosovo", "supporting", "positive", "Albania", "gratitude to Albania"),
(D, S17, "Albania", "condemning", "negative", "Serbia", "Begaj speaks for Albania; solidarity + denunciation of Serbia's act: rule 1"),
(D, "As announced by the Minister of Internal Affairs, Xhelal Sveçla, the Government of Kosovo has suspended the entry into Kosovo of goods from Serbia and of vehicles with Serbian registration plates until further notice.",
 "Kosovo", "condemning", "negative", "Serbia", "trade and entry ban against Serbia = measure taken in response"),
(D, "The Ministry of Foreign Affairs and Diaspora of the Republic of Kosovo denounces the abduction this afternoon of three officers of the Kosovo Police by armed forces of the Republic of Serbia.",
 "Kosovo", "condemning", "negative", "Serbia", "denounces"),
(D, "According to the Kosovo Police, the officers were guarding a remote stretch near Tresave/Bare, inside the territory of the Republic of Kosovo, where smugglers are known to cross, when they were surrounded and taken across the border.",
 "Kosovo", "condemning", "negative", "Serbia", "Kosovo Police = Kosovo; an account that accuses by describing the seizure inside Kosovo (rule 4) (unsure: could be read as neutral facts)"),
(D, "This act is a flagrant violation of Kosovo's sovereignty and of the agreements Serbia has signed, and it comes one day after the Kosovo Police arrested in North Mitrovica a suspected organiser of the violent attacks on KFOR soldiers in Zvečan.",
 "Kosovo", "condemning", "negative", "Serbia", "'flagrant violation' = judgement"),
(D, "The Ministry calls on Serbia to release the three officers immediately and unconditionally, and calls on Kosovo's allies to condemn Belgrade's action without equivocation.",
 "Kosovo", "condemning", "negative", "Serbia", "demand to Serbia + call on allies to condemn it: the call for condemnation carries the judgement (rule 1)"),
(D, Q2, "Kosovo", "condemning", "negative", "Serbia", "quote opened after a colon, two sentences = one unit; 'retaliation' = accusation; Belgrade = Serbia"),
]
