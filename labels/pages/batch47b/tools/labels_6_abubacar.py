# ---------------------------------------------------------------- 6. Mozambique: the journalist Amade Abubacar freed pending trial (regional daily, scraped text)
d = "page_mozambique_abubacar_release2019_dailyscrape.txt"
MZ, AA = "Mozambique", "Amade Abubacar"
# masthead, menu, breaking ticker, headline, byline, share prompts, [Photo] caption, ADVERTISEMENT, crossheads: no rows
U(d, "A court in the northern Mozambican city of Pemba on Tuesday ordered the release of Amade Abubacar,", "in Cabo Delgado province.",
  (MZ, N, neu, "", "the court's release order = a procedural decision of the state, no evaluation (new person actor Amade Abubacar is its object); Pemba = place"))
U(d, "The provincial judicial court of Cabo Delgado granted Abubacar provisional release pending trial, his lawyer said,", "three months in detention.",
  (AA, N, neu, "", "a lawyer speaking for his client = Amade Abubacar; the terms of the release = facts"))
U(d, "He still faces charges of public incitement through electronic means", "brought against him in January.",
  (MZ, C, neg, AA, "charges maintained by the prosecution = the state's measure against him (unsure: passive narration, could get no row; as the Kakwenza and Muhoza precedents)"))
# "Abubacar, who works for the state-owned Nacedje community radio ..., left Mieze prison ..." -> scene, no row
U(d, "Speaking to the Mail by telephone after his release, he said he was tired", "as soon as he could.",
  (AA, N, pos, "", "his plans after release = neutral, positive"))
U(d, "\"I was only doing my job.", "Abubacar said.",
  (AA, C, neg, MZ, "quote of two sentences closed by the speaker; 'for that I lost almost four months of my life' = complaint against his detention (unsure: mild, could be neutral)"))
U(d, "He repeated his account that, after his arrest, he was kicked by police officers", "where he was.",
  (AA, C, neg, MZ, "ill-treatment and incommunicado military detention described = accusation (guide rule 4); Mueda = place"))
U(d, "A spokesman for the police command in Cabo Delgado said Abubacar had been arrested because investigators believed", "since October 2017.",
  (MZ, C, neg, AA, "unnamed official of a named body (police) = Mozambique; accusation that his messages helped the armed groups (not a named actor)"))
U(d, "The spokesman denied that the journalist had been mistreated in police custody,", "within the law throughout.",
  (MZ, N, neg, "", "denial = neutral, negative"))
U(d, "He said he bore no grudge against the soldiers who guarded him,", "made to answer for it.",
  (AA, T, neg, MZ, "demand that those who beat him be identified and held to account, no judgement word = calling_for_talks, negative (labels/README convention on demands for accountability)"))
U(d, "In January, the national police spokesman, Inácio Dina, told reporters in Maputo", "according to the law.",
  (MZ, N, neu, "", "national police spokesman = Mozambique; coordination with the military and due process = procedure, no evaluation"))
# "The case had become a symbol of the near-total silence imposed on the conflict ..." -> narration, no actor, no row
U(d, "MISA Mozambique, the local chapter of the Media Institute of Southern Africa, said", "the charges be dropped.",
  ("MISA Mozambique", C, neg, MZ, "MISA Mozambique (actors.csv); 'unlawful detention' = judgement + demand (rule 1)"))
U(d, "\"A journalist who photographs displaced families is not a criminal and is not a spy.", "said in Maputo.",
  ("MISA Mozambique", C, neg, MZ, "quote closed by its director (Ernesto Nhanale, added as an alias of MISA Mozambique); 'should never have seen the inside of a cell', 'the State owes him an apology' = judgement"))
U(d, "The Committee to Protect Journalists welcomed the release but said the authorities had spent almost four months punishing", "for doing his work.",
  ("Committee to Protect Journalists", C, neg, MZ, "welcome + judgement ('punishing a reporter for doing his work') = condemning (labels/README: welcome with a judgement)"))
U(d, "Angela Quintal, CPJ's Africa programme coordinator, urged prosecutors", "October's general elections.",
  ("Committee to Protect Journalists", T, neg, MZ, "Angela Quintal = CPJ (actors.csv); demand to withdraw the case and let journalists work, no judgement word = calling_for_talks, negative"))
U(d, "Amnesty International's regional director for East and Southern Africa, Deprose Muchena, called for an independent investigation", "brought to justice.",
  ("Amnesty International", T, neg, MZ, "Deprose Muchena = Amnesty (actors.csv); investigation and accountability, no judgement word = calling_for_talks (labels/README)"))
U(d, "Zitamar News said it stood by its correspondent", "from Macomia.",
  ("Zitamar News", S, pos, AA, "new actor (kind media: the employer taking a position, not an agency reporting a fact); standing by its reporter = supporting"))
# "The Attorney-General's office in Cabo Delgado did not respond ..., and the Ministry of Justice has not commented publicly ..." -> no position taken, no row
U(d, "In a letter sent earlier this year to Justice Minister Joaquim Veríssimo, the American Bar Association's Center for Human Rights said", "asked the government to release him.",
  ("American Bar Association", C, neg, MZ, "new actor (its Center for Human Rights speaks for it); 'breached Mozambique's constitution and its international obligations' = judgement + request (rule 1); the Justice Minister is the addressee"))
U(d, "Filomena Cossa, a researcher on governance and the media in Maputo, said the court's decision was welcome", "for reporters in the north.",
  ("Filomena Cossa", N, neu, "", "invented analyst (new person); 'welcome but changed little' = an assessment, neither backing nor judging anyone (unsure: could be supporting)"))
U(d, "\"Releasing one man while keeping the charges alive sends its own message.", "she said.",
  ("Filomena Cossa", C, neg, MZ, "quote of two sentences closed by the speaker; implies the charges are kept to intimidate reporters = judgement of the authorities (unsure: could be neutral analysis)"))
# "Abubacar was not the first." -> narration, no row
U(d, "In December, soldiers detained the journalist Estácio Valoi and an Amnesty International researcher, David Matsinhe,", "Mocímboa da Praia district.",
  (MZ, C, neg, "", "soldiers (the army speaks for its state) detaining a journalist and a researcher = a measure against persons; target empty (persons; Amnesty is the researcher's employer, not the target, unsure) (unsure: background act, could be narration)"))
# "Abubacar's brother thanked ..." and his quote -> unnamed relative (not tied to a named body), no row
# "No date has been set for the trial." -> narration, no row
