# Page 5: Guinea, constitutional referendum and legislative elections of 22 March 2020, live blog (HTML).
DOC = "page_guinea_referendum2020_liveblog.html"
FNDC = "National Front for the Defence of the Constitution"
ROWS = [
("The National Front for the Defence of the Constitution (FNDC), the coalition of opposition parties, unions and civil society groups that has led the protests against the new constitution since October, said in a statement tonight that at least ten people had been killed by the security forces across the country during the day, most of them in the suburbs of Conakry.",
 FNDC, "condemning", "negative", "Guinea", "a toll attributed to the security forces = an accusation (guide: accusing by describing the other side's attacks on civilians is condemning); security forces = Guinea"),
("The coalition accused the government of having \"chosen bullets over dialogue\" and said it would never recognise the result of what it called an electoral hold-up.",
 FNDC, "condemning", "negative", "Guinea", "'the coalition' = FNDC; accusation + refusal to recognise the result"),
("It called on its supporters to take to the streets again on Monday and Tuesday.",
 FNDC, "condemning", "negative", "Guinea", "pronoun = FNDC; renewed protests against the government = a protest act (unsure: could be neutral, a plan)"),
("Albert Damantang Camara, the security minister, told the state broadcaster RTG that voting had gone ahead calmly in the vast majority of the country, and that the incidents of the day were the work of small groups who had been paid to stop their neighbours from voting.",
 "Guinea", "condemning", "negative", "", "minister = Guinea; self-praise + accusation against unnamed paid groups -> judgement, target empty; the state broadcaster is not an actor"),
("Camara put the number of dead at two and said seven police officers had been seriously injured.",
 "Guinea", "neutral", "neutral", "", "figures given by an actor = neutral"),
("Reports of deaths and burned polling stations in Guinea today are deeply troubling.",
 "United States", "neutral", "negative", "", "embassy post = United States; concern without an appeal in this sentence"),
("We urge the security forces to show the greatest restraint and all Guineans to turn away from violence.",
 "United States", "calling_for_talks", "negative", "", "appeal for restraint to the security forces and to all Guineans (both sides) -> target empty"),
("Washington had already said last month that it doubted the vote would be free and fair.",
 "United States", "condemning", "negative", "Guinea", "Washington = US government; doubting the fairness of the government's vote = negative judgement (unsure: could be neutral concern)"),
("Mohamed Ibn Chambas, the UN secretary-general's special representative for West Africa and the Sahel, said he was watching events in Guinea with deep worry and appealed to all political actors to settle their differences through dialogue rather than in the street.",
 "United Nations", "calling_for_talks", "negative", "", "UN envoy; concern + appeal for dialogue to all actors -> target empty"),
("A spokesman for the ECOWAS Commission told us the regional bloc regretted that its recommendations on the electoral register had not been taken into account before the vote.",
 "ECOWAS", "condemning", "negative", "Guinea", "'regretted' aimed at the government's failure to act = judgement (README: 'regrettable' is condemning); the bloc = ECOWAS"),
("The spokesman said the bloc's leaders would discuss Guinea \"in the coming days\" and asked all sides to keep the peace in the meantime.",
 "ECOWAS", "calling_for_talks", "neutral", "", "planned discussion + appeal for peace to all sides -> target empty"),
("Amadou Salif Kébé, the president of the Independent National Electoral Commission (CENI), said polling stations had closed at 6pm and counting was under way, and that the turnout he had seen in Conakry and the interior was \"very encouraging\".",
 "Guinea", "neutral", "positive", "", "the electoral commission = the state (as in other pages); procedure + positive remark on turnout"),
("Kébé acknowledged that some polling stations in Conakry's suburbs and in the forest region had not been able to open because of unrest, but gave no number.",
 "Guinea", "neutral", "negative", "", "surname-only mention; facts admitted, no judgement"),
("\"What happened today is a sham organised by a man who wants to stay president for life. The people stayed at home, and the whole world saw the empty polling stations,\" Diallo said.",
 "Union of Democratic Forces of Guinea", "condemning", "negative", "Guinea", "Cellou Dalein Diallo is an alias of the UFDG; two-sentence quote closed by the speaker = one unit; 'sham', 'president for life' aimed at Condé (= Guinea)"),
("Sidya Touré, the former prime minister who leads the Union of Republican Forces, said on his Facebook page that the new national assembly would have no legitimacy because half the country had been kept out of the vote.",
 "Union of Republican Forces", "condemning", "negative", "Guinea", "party leader = his party (UFR in the name files); denying legitimacy = judgement"),
("Prime Minister Ibrahima Kassory Fofana, speaking after he voted in Conakry, said the government had put hand-washing stations at every polling station because of the coronavirus, and accused the opposition of preferring violence to the ballot box.",
 "Guinea", "condemning", "negative", "", "head of government = Guinea; accusation against 'the opposition' (not one canonical actor) -> target empty"),
("The internet observatory NetBlocks said access to Facebook, WhatsApp and other platforms had been restricted on several Guinean networks since the early morning.",
 "NetBlocks", "neutral", "negative", "", "technical finding, no judgement"),
("Amnesty International said it had documented the deaths of dozens of protesters since October and urged the security forces not to use lethal force against people demonstrating today.",
 "Amnesty International", "calling_for_talks", "negative", "Guinea", "documented deaths (no blame word) + appeal to the security forces (= Guinea) for restraint = calling_for_talks (unsure: the documented deaths could be read as an accusation)"),
("I ask every Guinean to vote calmly and to respect the choice of their neighbour: our democracy grows through the ballot box, not through violence.",
 "Guinea", "calling_for_talks", "positive", "", "the president's post = Guinea (Alpha Condé is also his own actor in the name files for his later years); appeal for calm to all citizens"),
("Condé says the new text would modernise the institutions and give women and young people more rights.",
 "Guinea", "neutral", "positive", "", "own project praised = self-praise, neutral with a positive tone"),
("His opponents say its real purpose is to reset the count of his terms and let him run again in October.",
 "", "condemning", "negative", "Guinea", "'his opponents' = unnamed collective: empty actor, kept as an example; accusation of a hidden aim"),
("The FNDC has called on Guineans to prevent the vote from taking place, describing it as a coup against the constitution.",
 FNDC, "condemning", "negative", "Guinea", "'coup against the constitution' = judgement + call to block the vote"),
]

S_OBS = "ECOWAS, like the African Union and the International Organisation of La Francophonie, did not send observers, after an audit found some 2.5 million problematic entries on the roll."
ROWS += [
(S_OBS, "ECOWAS", "neutral", "negative", "", "a decision not to observe, with a factual reason (the audit), no judgement word = neutral, negative tone (README: withdrawing with a procedural reason is neutral); one row per body in the list (unsure: could be read as a protest = condemning)"),
(S_OBS, "African Union", "neutral", "negative", "", "listed body, same decision"),
(S_OBS, "International Organisation of La Francophonie", "neutral", "negative", "", "listed body, same decision (the OIF led the audit)"),
]
# No row:
# - "It called on..." has a row; "We have not been able to verify the figures independently." (the outlet's own note)
# - "He did not say who he believed had paid the groups." (narration)
# - "The US embassy in Conakry has just posted this:" / "I have just voted." (lead-in; an act, no position)
# - "Cellou Dalein Diallo, the leader of the main opposition party, ... spoke to us by phone from his home in Conakry." (lead-in)
# - Nzérékoré correspondent's report; "A doctor at the regional hospital, who asked not to be named, ..." (narration / unnamed witness, facts only)
# - "Guinea has so far confirmed three cases of Covid-19." / welcome entry / "President Alpha Condé, 82, has voted ..." (narration)
# - headline, standfirst, key events, captions, ADVERTISEMENT, tags, most read, newsletter, footer
