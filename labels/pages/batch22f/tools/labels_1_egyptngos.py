# ------------------------------------------------------------------ Egypt's NGO raids and the trial of US NGO workers (wire copy, .txt, 2012-03-01)
d = "page_egypt_ngos_wire.txt"
# No row: headline, byline, "7 Min Read", dateline (outside the unit), crossheads ("NOT A DEAL", "AID ON THE TABLE", ...),
# ADVERTISEMENT, "Related:", reporting credits, Our Standards, Most Read, tags, share bar, copyright.
U(d, "A plane chartered by the U.S. government flew seven American", "every charge to be dropped.",
  ("Egypt", N, neu, "", "long lead: narration (the flight) + Egypt's insistence that the case runs its course = procedure, no judgement"),
  ("United States", T, neg, "Egypt", "'Washington' = metonym; pressing for charges to be dropped = demand to one side without a judgement word"))
# No row: "The departure, which required each of the Americans to post bail ..." (background narration);
# "It also leaves behind a criminal case ..." (narration, the government as subject, no position taken in the sentence);
# "The reaction on both sides of the Atlantic was mixed ..." (summary line before the specific statements).
U(d, "State Department spokeswoman Victoria Nuland said the bail had been paid", "bound for Cyprus.",
  ("United States", N, neu, "", "facts and procedure (bail, embassy shelter, flight)"))
U(d, "Secretary of State Hillary Clinton, speaking to a Senate committee on Wednesday", "cleared as well.",
  ("United States", T, pos, "Egypt", "welcome of Cairo's signals + hope for the Egyptian defendants: welcome with an appeal, no judgement -> calling_for_talks (rule 2 before rule 3)"))
U(d, "\"What was done to these workers was never justified", "\" she said.",
  ("United States", C, neg, "Egypt", "'she' = Clinton; judgement without stock words ('never justified')"))
U(d, "\"Nothing in the last few days changes that view.\"", "\"Nothing in the last few days changes that view.\"",
  ("United States", C, neg, "Egypt", "quote continued after the attribution: the same judgement maintained"))
U(d, "In Cairo, a cabinet spokesman rejected reports in the Egyptian press", "the defence lawyers.",
  ("Egypt", N, neg, "", "unnamed official of a named government = Egypt; denial of a deal = neutral, negative; Cairo = place here"))
# No row: "The military-appointed government has portrayed the inquiry as a matter of law ..." (background: no specific statement).
U(d, "Minister of International Cooperation Faiza Aboul Naga", "published by state newspapers in February.",
  ("Egypt", C, neg, "United States", "accusation of the US; state newspapers are not actors"))
U(d, "Prime Minister Kamal el-Ganzouri told a news conference", "an insult to a sovereign judiciary.",
  ("Egypt", C, neg, "United States", "'would not alter the course ... by an inch' + 'an insult': judgement without stock words; American lawmakers = US"))
U(d, "The Supreme Council of the Armed Forces, which has ruled since Hosni Mubarak", "independence of the judges.",
  ("Egypt", N, neu, "", "the junta speaks for its state; reassurance about its own conduct = neutral"))
# No row: "The generals did not comment on the travel ban directly." (a non-statement).
U(d, "At a news conference on Feb. 8, the two investigating judges", "without a licence.",
  ("Egypt", C, neg, "", "investigating judges = state organ; accusation of several groups at once -> target empty"))
# No row: the trial judge's withdrawal (narration); "The dispute has put at risk the $1.3 billion ..." (narration).
U(d, "Senator Patrick Leahy, the Democrat who chairs the Senate subcommittee", "civil society groups went on.",
  ("United States", C, neg, "Egypt", "threat to withhold aid = a threatened measure -> condemning (senator speaks for the US, as Cardin in the guide)"))
U(d, "Senator John McCain, who met Field Marshal Mohamed Hussein Tantawi", "would survive the strain.",
  ("United States", T, pos, "", "hope that the case is settled quietly = calling_for_talks; Tantawi/Graham only mentioned"))
U(d, "A senior administration official, speaking on condition of anonymity", "hardware can flow.",
  ("United States", N, neu, "", "unnamed official of a named government; procedure of the aid law, tanks and jets as topics"))
U(d, "An Egyptian military official said deliveries under existing contracts", "throughout the dispute.",
  ("Egypt", N, neu, "", "army official = Egypt; facts in military vocabulary"))
# No row: "Germany was drawn into the row on the first day." (summary line).
U(d, "Berlin summoned Egypt's ambassador on Dec. 30", "Christian Democrats.",
  ("Germany", C, neg, "Egypt", "Berlin = metonym; summoning an ambassador in protest = specific act, condemning"))
U(d, "A foreign ministry spokesman said at the time that Germany would take a hard look", "a sign of things to come.",
  ("Germany", C, neg, "Egypt", "conditional threat to review funding = threatened measure"))
U(d, "On Thursday, Foreign Minister Guido Westerwelle called on the Egyptian authorities", "through dialogue.",
  ("Germany", T, neu, "Egypt", "appeal without judgement (dialogue)"))
U(d, "The foundation said it would keep its Cairo office closed", "its Egyptian employees.",
  ("Konrad Adenauer Foundation", N, neu, "", "'The foundation' resolved by context; its own plans"))
U(d, "The U.N. human rights office in Geneva had said after the December searches", "by the security forces.",
  ("United Nations", C, neg, "Egypt", "the operation described as aimed at frightening rights groups = judgement; Geneva = place"))
# No row: "The organisations themselves have rejected the charges." (summary line before the specific statements).
U(d, "Lorne Craner, the IRI's president, said the prosecution", "last year's elections fair.",
  ("International Republican Institute", C, neg, "Egypt", "'a piece of political theatre' = judgement without stock words"))
U(d, "\"For training observers and counting votes, our people have been treated like spies,\"", "he said in a statement.",
  ("International Republican Institute", C, neg, "Egypt", "'he' = Craner; accusation of treatment"))
U(d, "NDI President Kenneth Wollack said the institute had informed", "simply untrue.",
  ("National Democratic Institute", N, neg, "", "denial ('simply untrue') = neutral, negative"))
U(d, "Freedom House urged the authorities to drop the case", "pending since 2008.",
  ("Freedom House", T, neu, "Egypt", "appeal to drop the case, no judgement word"))
U(d, "The Muslim Brotherhood's Freedom and Justice Party, the largest bloc", "yielding to a foreign power.",
  ("Muslim Brotherhood", C, neg, "Egypt", "the Brotherhood's party; blames the military council (= Egypt) -> condemning, target Egypt"))
# No row: "Analysts said the episode had weakened the military council ..." (unnamed speakers).
U(d, "\"The generals picked a fight they thought would play well", "Nile Institute for Policy Studies.",
  ("Karim Saleh", N, neg, "", "independent analyst (invented): reading of the council's motives, no explicit judgement"))
U(d, "\"But they discovered how much the army's equipment and budget", "they blinked.\"",
  ("Karim Saleh", N, neg, "", "quote continued after the attribution; analysis of interests"))
U(d, "Saleh said the most likely course was a trial that dragged on", "close or move abroad.",
  ("Karim Saleh", N, neg, "", "surname only; scenario, no judgement"))
U(d, "Rebecca Thornbury, who studies U.S. policy in the Middle East", "distrust had gone away.",
  ("Rebecca Thornbury", N, neg, "", "independent researcher (invented): interests and risks"))
U(d, "\"Congress now knows it can squeeze Cairo, and Cairo knows Congress will try,\"", "she said.",
  ("Rebecca Thornbury", N, neu, "", "scenario; Cairo and Congress as topics, not positions of hers"))
U(d, "\"Using foreign aid workers as bargaining chips was a reckless act", "quickly.\"",
  ("Rebecca Thornbury", C, neg, "Egypt", "quote continued: 'a reckless act by the council' = explicit judgement"))
# No row: the shopkeeper and the woman (unnamed residents), the reporting credits.
U(d, "The European Union's foreign policy chief, Catherine Ashton, said at the time", "following the investigation closely.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative"))
