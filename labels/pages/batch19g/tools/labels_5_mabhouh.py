# ------------------------------------------------------------------ Mabhouh killing and the forged-passport row (scraped Gulf English-language daily, 2010-03-24)
d = "page_mabhouh_passports_gulfdaily.txt"
U(d, "Britain on Tuesday ordered an Israeli diplomat out of London", "pointed squarely at the Israeli state.",
  ("United Kingdom", C, neg, "Israel", "dateline excluded; long lead: expulsion (measure) + Miliband's attribution to Israel; London = place"))
U(d, "Miliband told the House of Commons that the Serious Organised Crime Agency", "a state's intelligence service.",
  ("United Kingdom", N, neg, "", "inquiry findings that name no state = neutral (unsure: builds the case against Israel made in the lead)"))
U(d, "\"The abuse of British passports by any government is something we cannot", "he said.",
  ("United Kingdom", C, neg, "", "'will not let pass' = judgement + implied response; 'any government' -> target empty"))
U(d, "\"That it was done by a state we count as a friend makes it worse, not better.\"", "worse, not better.\"",
  ("United Kingdom", C, neg, "Israel", "quote continued after its attribution; 'a state we count as a friend' = Israel by context"))
U(d, "He said an official of Israel's embassy had been told to leave", "on his way out.",
  ("United Kingdom", C, neg, "Israel", "pronoun subject; expulsion of a diplomat"))
# no row: "He did not name the diplomat, but British newspapers reported ..." (newspapers reporting a fact)
U(d, "Miliband said he had also asked Israel for a formal commitment", "strictly necessary.",
  ("United Kingdom", C, neg, "Israel", "demand for a guarantee + travel-advice warning aimed at Israeli handling of passports = part of the punitive response (unsure: the demand alone would be calling_for_talks)"))
# no row: "The opposition Conservative Party backed the government." (summary line before Hague's statement)
U(d, "Shadow foreign secretary William Hague told the Commons his party fully supported the step.", "fully supported the step.",
  ("Conservative Party", S, pos, "United Kingdom", "opposition party backing its government's measure"))
# no row: crosshead "Israel: 'disappointed', no retaliation"
U(d, "Israel's foreign minister, Avigdor Lieberman, said he regretted the British decision", "linked Israel to the killing.",
  ("Israel", C, neg, "United Kingdom", "'regretted the British decision' = judgement aimed at an actor's act (guide: 'regrettable'); the denial in the same sentence does not outweigh it"))
U(d, "\"Britain has shown us no evidence, and we see no reason for this,\" Lieberman told Israeli army radio.", "Israeli army radio.",
  ("Israel", C, neg, "United Kingdom", "'no reason for this' = the expulsion is unwarranted (judgement) + denial of evidence"))
U(d, "Israeli officials said, however, that there would be no tit-for-tat expulsion", "would be replaced.",
  ("Israel", N, neu, "", "unnamed officials of a named government; no retaliation = neutral"))
U(d, "Opposition leader Tzipi Livni of the Kadima party said the government had handled", "reaching this point.",
  ("Kadima", C, neg, "Israel", "opposition leader = her party, judging her own government"))
# no row: Related link; crosshead "Dubai: 'we know who did it'"
U(d, "The Dubai Police chief, Lieutenant General Dhahi Khalfan Tamim, welcomed the British move", "act in the same way.",
  ("United Arab Emirates", S, pos, "United Kingdom", "Dubai Police = UAE; welcome + appeal for more measures (not a peace appeal) = supporting (rule 3)"))
U(d, "Lt Gen Khalfan has said since early March that he is all but certain the Mossad", "if his role is proven.",
  ("United Arab Emirates", C, neg, "Israel", "Mossad = Israel's agency; accusation + request to arrest its chief"))
U(d, "\"We have given the world the faces, the names on the passports", "earlier this month.",
  ("United Arab Emirates", N, neu, "", "own evidence listed; 'told this newspaper' = the outlet is not an actor"))
U(d, "\"What is left is for governments to stop pretending they do not know.\"", "they do not know.\"",
  ("United Arab Emirates", C, neg, "", "quote continued after attribution; accuses unnamed governments of pretending"))
U(d, "Dubai Police, who have so far named 27 suspects, say the team arrived", "within hours of his death.",
  ("United Arab Emirates", N, neu, "", "investigation findings, no judgement"))
U(d, "He was drugged and then suffocated, the police say.", "the police say.",
  ("United Arab Emirates", N, neg, "", "cause of death given by an actor (attribution tail)"))
U(d, "The UAE Ministry of Foreign Affairs said in a statement last month that the killing", "all legal means.",
  ("United Arab Emirates", C, neg, "", "'serious crime against security and sovereignty' + legal pursuit; no perpetrator named -> target empty"))
U(d, "It urged the governments whose passports had been used", "Dubai's investigation.",
  ("United Arab Emirates", T, neu, "", "'It' = the ministry; appeal to cooperate, no judgement = calling_for_talks"))
U(d, "Interpol issued red notices for the suspects in February at Dubai's request", "track them down.",
  ("Interpol", S, neu, "United Arab Emirates", "assistance to Dubai's investigation by act (unsure: the notices could be read as neutral procedure)"))
# no row: crosshead "Europe and Australia"
U(d, "The European Union's foreign ministers condemned in February the use of forged EU passports", "without naming Israel.",
  ("European Union", C, neg, "", "condemnation naming no actor -> target empty"))
U(d, "They said the operation had damaged hopes of calm in the region", "cooperate with the Dubai investigation.",
  ("European Union", T, neg, "", "concern about consequences + appeal to cooperate, no explicit judgement = calling_for_talks (unsure)"))
U(d, "Ireland, France and Germany, whose passports were also used, are running their own inquiries.", "their own inquiries.",
  ("Ireland", N, neu, "", "list of three states, one row each; own procedure"),
  ("France", N, neu, "", "same"),
  ("Germany", N, neu, "", "same"))
U(d, "Australian Prime Minister Kevin Rudd said last month that if Australian passports had been forged", "the act of a friend.",
  ("Australia", C, neg, "", "conditional judgement / warning; no state named -> target empty"))
U(d, "Canberra's foreign minister, Stephen Smith, called in Israel's ambassador", "sent officers to Israel.",
  ("Australia", C, neg, "Israel", "possessive of a metonym ('Canberra's') = Australia; summons = protest by act"))
# no row: crosshead "Hamas, Fatah trade blame"
U(d, "Hamas, which has vowed to avenge Al Mabhouh, said the British step did not go far enough.", "did not go far enough.",
  ("Hamas", C, neg, "", "vow of revenge (threat) + criticism of the UK step as insufficient: two targets -> empty"))
U(d, "\"Expelling one diplomat is a gesture.", "said in Gaza.",
  ("Hamas", C, neg, "", "two-sentence quote closed by its speaker = one unit; demand that the killers be tried with a judgement of the UK step; Gaza = place"))
U(d, "Hamas has also accused rival Fatah of helping the team.", "helping the team.",
  ("Hamas", C, neg, "Fatah", "accusation"))
# no row: "Two Palestinians were arrested in Jordan ..." (narration, no source)
U(d, "Fatah denied any role and said Hamas was trying to turn a crime", "quarrel among Palestinians.",
  ("Fatah", C, neg, "Hamas", "denial + counter-accusation: the accusation decides"))
# no rows: the Western diplomat in Abu Dhabi and the Dubai security analyst (not actors), captions '1 of 4', related stories, tags, comments, most popular
