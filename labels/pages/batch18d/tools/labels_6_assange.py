# ------------------------------------------------------------------ Ecuador ends Assange's asylum, arrest in London (international wire, .txt, 2019-04-11)
d = "page_assange_arrest_wire.txt"
# No row: agency menu, section, date/updated line, headline, byline, read time, photo captions "1 of 4" ... with credits,
# dateline "LONDON/QUITO (TWW) - " (excluded from the first unit), ADVERTISEMENT, capitals crossheads, reporting/editing
# credits, "Our Standards", Related Coverage, Most Read, footer.
U(d, "British police dragged WikiLeaks founder Julian Assange out of Ecuador's embassy", "classified Pentagon computer network.",
  ("Ecuador", C, neg, "Julian Assange", "long lead: the police arrest is narrated; Quito (metonym) withdraws asylum accusing him of abuse = measure + accusation"),
  ("United States", C, neg, "Julian Assange", "same lead: prosecutors' charge = accusation against him"))
U(d, "The Metropolitan Police said its officers had entered", "under an extradition warrant.",
  ("United Kingdom", N, neu, "", "police = state agency; own procedure, no judgement"))
# No row: the video footage sentence (narration).
U(d, "In a recorded message posted on Twitter, Ecuadorean President Lenin Moreno said", "let itself be used.",
  ("Ecuador", C, neg, "Julian Assange", "leader on social media; accusation of breaking the asylum terms and abusing Ecuador"))
U(d, "\"We were patient for almost seven years.", "Moreno said.",
  ("Ecuador", C, neg, "Julian Assange", "multi-sentence quote closed by its speaker; 'insults ... threats' = accusation (the organisation is mentioned, target him)"))
U(d, "Moreno said London had promised him in writing", "torture or execute him.",
  ("Ecuador", N, neu, "", "own diplomatic step, no evaluation"),
  ("United Kingdom", N, neu, "", "a position of the UK reported inside Moreno's sentence: a written assurance = neutral; London = metonym"))
U(d, "Foreign Minister Jose Valencia told reporters in Quito that the Ecuadorean citizenship", "naturalisation papers were examined.",
  ("Ecuador", N, neu, "", "administrative procedure (suspension pending review), no judgement; Quito = place"))
U(d, "Interior Minister Maria Paula Romo said a Swedish software developer", "plotting against Moreno.",
  ("Ecuador", C, neg, "WikiLeaks", "accuses people linked to WikiLeaks of plotting against the government; the detained developer is narrated"))
# No row: "Assange, an Australian citizen, took refuge in the embassy in June 2012 ..." and "That investigation was dropped
# in 2017." (background).
U(d, "The U.S. Justice Department said Assange had offered in 2010", "on a secret network.",
  ("United States", C, neg, "Julian Assange", "the charge stated = accusation; Manning is an object"))
U(d, "He faces up to five years in prison if convicted", "the department said.",
  ("United States", N, neu, "", "attribution tail; a figure, neutral"))
U(d, "Asked about the arrest at the White House, President Donald Trump told reporters", "the Justice Department.",
  ("United States", N, neu, "", "no view, leaves it to the department = neutral"))
# No row: Manning's sentence and jailing (background).
U(d, "At Westminster Magistrates' Court hours after the arrest, District Judge Michael Snow", "higher court for sentencing.",
  ("United Kingdom", N, neu, "", "a court's verdict and referral reported as procedure = neutral (unsure: could be treated as narration)"))
U(d, "Assange had pleaded not guilty.", "had pleaded not guilty.",
  ("Julian Assange", N, neg, "", "a plea of not guilty = denial, neutral"))
U(d, "His lawyer, Jennifer Robinson, told reporters outside the court", "to the United States.",
  ("Julian Assange", N, neg, "", "his lawyer speaks for him; intention to contest extradition, no judgement (the next sentence of the paragraph, the hearing date, is narration)"))
# No row: "Reactions came quickly, and divided sharply along familiar lines." (summary line).
U(d, "Home Secretary Sajid Javid told his Twitter followers", "thanked Quito for its help.",
  ("United Kingdom", S, pos, "Ecuador", "Home Secretary on social media; thanks to Quito (metonym) = supporting"))
U(d, "Prime Minister Theresa May told lawmakers in the House of Commons", "drawing cheers from the benches.",
  ("United Kingdom", N, pos, "", "approval of the law taking its course at home, no actor judged by name = neutral, positive (unsure)"))
U(d, "Foreign Secretary Jeremy Hunt said the WikiLeaks founder had spent", "supporters heaped on him.",
  ("United Kingdom", C, neg, "Julian Assange", "'dodging justice' = judgement of Assange"))
U(d, "Diane Abbott, the opposition Labour Party's home affairs spokeswoman", "punish a publisher.",
  ("Labour Party", C, neg, "United States", "the opposition party's spokeswoman speaks for Labour; Washington (metonym) judged, with an appeal to Britain (rule 1)"))
U(d, "WikiLeaks said on Twitter that Quito's decision had no basis in international law", "under his own protection.",
  ("WikiLeaks", C, neg, "Ecuador", "'no basis in international law' = judgement of Ecuador's decision"))
U(d, "At a news conference in London, WikiLeaks editor-in-chief Kristinn Hrafnsson", "on notice.",
  ("WikiLeaks", C, neg, "United States", "editor-in-chief speaks for WikiLeaks; the US case as a threat to journalists = judgement"))
U(d, "Former Ecuadorean President Rafael Correa, who granted Assange asylum in 2012", "Ecuadorean diplomacy.",
  ("Citizen Revolution", C, neg, "Ecuador", "former president speaking for his movement (as blind26a); judgement of his successor's decision"))
U(d, "Reporters Without Borders urged Britain to refuse to extradite Assange", "everywhere at risk.",
  ("Reporters Without Borders", C, neg, "United States", "appeal to Britain + warning that the US prosecution endangers journalists = judgement decides (rule 1); target the prosecuting state (unsure)"))
U(d, "Former U.S. intelligence contractor Edward Snowden, who lives in Russia", "reporting itself in the dock.",
  ("Edward Snowden", C, neg, "United States", "independent person under his own name; the charge judged thin and a threat to reporting"))
U(d, "In Moscow, Foreign Ministry spokeswoman Maria Zakharova wrote on Facebook", "became inconvenient.",
  ("Russia", C, neg, "United Kingdom", "on social media; judgement of London's treatment of press freedom; Moscow = place"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow expected the British authorities", "his legal rights.",
  ("Russia", T, neu, "United Kingdom", "expectation of fair treatment and respect for his rights, no judgement = calling_for_talks (protection of a person's rights)"))
U(d, "Australian Prime Minister Scott Morrison said on Friday that Canberra", "nothing beyond that.",
  ("Australia", N, neu, "", "consular help as for any citizen = own procedure, neutral; Canberra = metonym"))
U(d, "In Stockholm, the prosecution authority said it would examine a request", "closed in 2017.",
  ("Sweden", N, neu, "", "the prosecution authority = Sweden; procedure; the complainant's lawyer is not an actor (unnamed client)"))
# No row: the supporters' vigil and the woman from Brighton (unnamed); "Legal experts said ..." (not actors).
