# ------------------------------------------------------------------ South Sudan's independence and the recognitions (UN readout page, 2011-07-10)
d = "page_southsudan_independence_unreadout.txt"
# No rows: skip link, UN banner, languages, mission header, menu, section path, title, document symbol, date line,
# the page's own introduction, readout headings, crossheads, "* *** *", "For information media. Not an official record.",
# related documents, share line, footer.
# "The Secretary-General met with President Salva Kiir Mayardit ..." : meeting narrated, no position, no row.
U(d, "The Secretary-General congratulated the President and, through him, the people of South Sudan", "services to its people.",
  ("United Nations", S, pos, "South Sudan", "readout register; congratulations + assurance of support = supporting"))
U(d, "The President asked for the continued support of the United Nations in resolving the issues", "sharing of oil revenues.",
  ("South Sudan", T, neu, "United Nations", "'The President' = Kiir (role only after the name in the heading/first line); asks for help to settle the outstanding CPA issues = calling_for_talks (asking for help is not supporting)"))
U(d, "The Secretary-General informed the President that the Security Council had that day adopted resolution 1996", "as his Special Representative.",
  ("United Nations", N, neu, "", "procedure: new mission and its head"))
# "The Secretary-General met with President Omar Hassan Ahmed al-Bashir ..." : meeting narrated, no row.
U(d, "The Secretary-General commended President al-Bashir for Sudan's recognition", "the region would remember.",
  ("United Nations", S, pos, "Sudan", "praise of Sudan's recognition = supporting"))
U(d, "He urged both Presidents to conclude without delay agreements", "civilians in need.",
  ("United Nations", T, neg, "", "'He' = the SG; appeal for agreements + concern + humanitarian access = calling_for_talks; addressed to both -> target empty"))
# "Both readouts were issued by the Office of the Spokesperson ..." : source line, no row.
U(d, "On 8 July, the Government of Sudan announced through the Minister for Presidential Affairs", "existed on 1 January 1956.",
  ("Sudan", S, pos, "South Sudan", "recognition = backing by act; the border clause is a condition, not a judgement"))
U(d, "The announcement was read on Sudanese state television on the eve of the ceremony", "laid claim to Abyei.",
  ("Sudan", C, neg, "South Sudan", "narration of the broadcast + al-Bashir's earlier warning to withhold recognition = a threat reported as made (unsure: background)"))
# "The ceremony at the John Garang Mausoleum opened ..." : scene narration; the organizers' crowd estimate has no named source, no row.
U(d, "The Speaker of the Southern Sudan Legislative Assembly, James Wani Igga, read the declaration", "independent and sovereign State.",
  ("South Sudan", N, pos, "", "the legislature's speaker reading the declaration = the state's own act, no judgement"))
# "The flag of Sudan was lowered ... President Kiir took the oath ..." : ceremony narration, no row.
U(d, "In his address, President Kiir said his people had endured decades of bombardment", "a good neighbour to Sudan.",
  ("South Sudan", T, pos, "Sudan", "past suffering recalled without naming a culprit + reconciliation and good-neighbourliness = calling_for_talks"))
U(d, "President al-Bashir congratulated the people of the South, said Khartoum would respect their choice", "between the two countries.",
  ("Sudan", S, pos, "South Sudan", "congratulations + respect + offer of cooperation = supporting; Khartoum = metonym"))
U(d, "He called on the United States to honour its commitment to lift its unilateral sanctions", "with his country.",
  ("Sudan", T, neu, "United States", "'He' = al-Bashir; demand to lift sanctions and normalise relations, no judgement word = calling_for_talks (unsure: 'unilateral' could be read as a reproach)"))
U(d, "President Mwai Kibaki of Kenya, the first of the visiting Heads of State to speak", "to the new Republic.",
  ("Kenya", S, pos, "South Sudan", "recognition = backing by act"))
U(d, "He called on the international community to help the two States settle the border questions", "between them.",
  ("Kenya", T, neu, "", "'He' = Kibaki; appeal for help to settle the border = calling_for_talks"))
U(d, "Ambassador Susan E. Rice, leading the delegation of the United States, said the new nation owed its freedom", "in the years ahead.",
  ("United States", S, pos, "South Sudan", "praise + pledge = supporting"))
U(d, "Jiang Weixin, Minister of Housing and Urban-Rural Development and special envoy", "at ambassadorial level.",
  ("China", S, pos, "South Sudan", "special envoy = China; congratulations + diplomatic relations established = backing by act; Hu Jintao and Deng Alor Kuol mentioned, not new speakers"))
U(d, "The envoy said China hoped that Sudan and South Sudan, both its friends", "friendly consultation.",
  ("China", T, pos, "", "hope for a negotiated settlement = calling_for_talks; both sides -> target empty"))
U(d, "The Chairperson of the African Union Commission, Jean Ping, welcomed South Sudan", "fifty-fourth member State.",
  ("African Union", S, pos, "South Sudan", "the Commission chairperson speaks for the African Union (Jean Ping is a separate actor in the name files only for his later role)"))
U(d, "United Kingdom Foreign Secretary William Hague said his Government had recognized South Sudan", "to a full embassy.",
  ("United Kingdom", S, pos, "South Sudan", "recognition + upgrading the mission = backing by act"))
U(d, "In a statement issued in Washington on 9 July, President Barack Obama announced", "by the United States.",
  ("United States", S, pos, "South Sudan", "formal recognition = backing by act; Washington = place"))
U(d, "The statement said the violence in Southern Kordofan and the unresolved status of Abyei", "under the peace agreement.",
  ("United States", T, neg, "", "'The statement' = Obama's; appeal to settle peacefully, addressed to both governments"))
U(d, "Russia, Germany and India also announced their recognition", "on 9 July.",
  ("Russia", S, pos, "South Sudan", "list of three states recognizing = one row each (backing by act)"),
  ("Germany", S, pos, "South Sudan", "same list"),
  ("India", S, pos, "South Sudan", "same list"))
U(d, "On 10 July, Prime Minister Benjamin Netanyahu told the Israeli cabinet", "on its development.",
  ("Israel", S, pos, "South Sudan", "recognition + offer of cooperation = supporting"))
U(d, "In New York, the members of the Security Council, in a press statement, welcomed the independence", "by peaceful means.",
  ("United Nations", T, pos, "", "welcome + appeal for a peaceful settlement = calling_for_talks (rule 2 before rule 3); New York = place"))
U(d, "A spokesman for the Sudan Armed Forces, Al-Sawarmi Khalid Saad, denied reports", "armed elements.",
  ("Sudan", N, neg, "", "the army speaks for its state; denial = neutral, negative"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) said more than 100,000 people", "fighting in Southern Kordofan.",
  ("United Nations", N, neu, "", "OCHA = United Nations; displacement figures (neutral tone); the SAF's takeover is inside the figure's clause, no judgement"))
U(d, "Ms. Johnson said the new mission would have up to 7,000 military personnel", "across the ten states.",
  ("United Nations", N, neu, "", "surname only ('Ms. Johnson' = the Special Representative); troops, mandate and plans in war vocabulary = neutral"))
# "Speaking to UN Radio in Juba, two observers ..." : summary line, no row.
U(d, "\"Almost the whole budget of this new country comes from oil", "Institute for Policy and Governance.",
  ("Abraham Majok Deng", N, neg, "", "independent scholar; interests and risks, no judgement; multi-sentence quote closed by the speaker"))
U(d, "He said the two Governments should return to the table under the African Union panel", "old arrangement run out.",
  ("Abraham Majok Deng", T, neu, "", "'He' = Deng; appeal to negotiate = calling_for_talks"))
U(d, "Margit Halvorsen, a former political affairs officer who served with the United Nations in Khartoum", "its own civilians.",
  ("Margit Halvorsen", C, neg, "Sudan", "former UN official under her own name (not the UN); 'a grave breach' = judgement of the Government of Sudan"))
U(d, "She said the most likely risk in the coming months was not a return to full war", "the two armies.",
  ("Margit Halvorsen", N, neg, "", "'She' = Halvorsen; scenario, no judgement"))
