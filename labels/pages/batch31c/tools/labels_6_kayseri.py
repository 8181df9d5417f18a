# ------------------------------------------------------------------ Anti-Syrian riots in Kayseri and the protests in northern Syria (national daily scraped as text, 2024-07-02)
d = "page_turkey_kayseri_antisyrianriots2024_dailyscrape.txt"
# Not statements: masthead, login bar, menu, breaking line, section path, headline, standfirst, byline, time stamps, share prompts,
# [Photo] captions, ADVERTISEMENT, READ MORE, crossheads, narration (how the violence began, the protests in northern Syria, the
# figures on refugees), tags, Recommended, Most read, newsletter prompt, footer.
U(d, "President Recep Tayyip Erdoğan on Monday accused opposition parties", "spread to several other cities.",
  ("Turkey", C, neg, "", "head of state = Turkey; accuses the opposition parties (several, not one canonical actor) -> target empty"))
U(d, "Interior Minister Ali Yerlikaya said on Tuesday that 474 people", "theft and drug offences.",
  ("Turkey", C, neg, "", "detentions + 'provocative acts' and the rioters' records = judgement on the rioters (not an actor) -> target empty (unsure: the figures alone would be neutral)"))
U(d, "The Kayseri governor's office said the suspect", "placed under state protection.",
  ("Turkey", N, neu, "", "provincial governor's office resolves to Turkey; facts of the case"))
U(d, "Speaking at a meeting of his Justice and Development Party (AK Party) in Ankara, Erdoğan said", "judge and executioner in the streets.",
  ("Turkey", C, neg, "", "the president at his party's meeting (AK Party resolves to Turkey); arson 'could never be excused' + the state will not allow mob justice = judgement and warning; rioters not an actor -> target empty"))
U(d, "\"Those who have spent years feeding hostility towards refugees", "Erdoğan said.",
  ("Turkey", C, neg, "", "multi-sentence quote closed by its speaker; blames unnamed politicians (the opposition) for the violence -> target empty"))
U(d, "Defence Minister Yaşar Güler warned that the armed forces would respond firmly", "in northern Syria.",
  ("Turkey", C, neg, "", "defence minister = Turkey; threatened response against attackers (not a named actor) -> target empty"))
U(d, "The National Intelligence Organisation (MIT) said it had traced", "outside the country.",
  ("Turkey", C, neg, "", "the state intelligence service = Turkey; accusation of spreading false claims from abroad, no actor named -> target empty"))
U(d, "Communications Director Fahrettin Altun urged citizens", "unverified posts about the case.",
  ("Turkey", T, neu, "", "appeal to the public for calm and restraint, no judgement"))
U(d, "The main opposition Republican People's Party (CHP) rejected the president's accusation", "it alone had written.",
  ("Republican People's Party", C, neg, "Turkey", "rejects the accusation and blames the government's refugee policy = counter-judgement (rule 1), not a bare denial"))
U(d, "Özel also urged people to stay off the streets", "deal with the suspect.",
  ("Republican People's Party", T, neu, "", "party chairman speaks for the CHP; appeal for calm and the rule of law"))
U(d, "Ümit Özdağ, leader of the Victory Party", "feeling abandoned by Ankara.",
  ("Victory Party", C, neg, "Turkey", "leader speaks for his party (new actor); blames the government's policy"))
U(d, "The pro-Kurdish Peoples' Equality and Democracy Party (DEM Party) condemned the attacks", "a racist pogrom.",
  ("Peoples' Equality and Democracy Party", C, neg, "", "'racist pogrom' = judgement of the attacks; attackers not an actor -> target empty"))
U(d, "It said it stood with the Syrian families", "to compensate them.",
  ("Peoples' Equality and Democracy Party", S, neg, "", "'It' = DEM Party; solidarity with the victims (not an actor) + call for compensation = supporting -> target empty; sympathy with loss = negative tone, as condolences"))
U(d, "The nationalist İYİ Party said in a statement that the presence of millions of Syrians", "for a decade.",
  ("İYİ Party", C, neg, "Turkey", "blames the government's border policy = judgement"))
U(d, "The Syrian Observatory for Human Rights, a Britain-based war monitor, said", "in Afrin.",
  ("Syrian Observatory for Human Rights", N, neu, "", "casualty figure given by an actor"))
U(d, "The Syrian National Coalition, the main opposition body based in Istanbul, condemned", "two brotherly peoples.",
  ("Syrian National Coalition", C, neg, "", "condemns the attacks in Kayseri and the flag incidents; neither the rioters nor the protesters are one canonical actor -> target empty"))
U(d, "Coalition president Hadi al-Bahra urged Syrians in Türkiye", "the Turkish authorities.",
  ("Syrian National Coalition", T, neu, "", "the coalition's president speaks for it; appeal for calm"))
U(d, "The Syrian National Army, an umbrella of Turkish-backed factions, said", "in several towns on Tuesday.",
  ("Syrian National Army", S, pos, "Turkey", "pledge to protect Turkish forces + raising Turkish flags = backing by word and act"))
U(d, "The U.N. refugee agency UNHCR said it was concerned", "refugees in the country.",
  ("UNHCR", T, neg, "", "concern + appeal for calm and protection = calling_for_talks"))
U(d, "Mahmoud Hallak, 41, whose phone shop in Kayseri was set on fire", "for eleven years.",
  ("Mahmoud Hallak", N, neu, "", "invented named victim; a fact about himself"))
U(d, "\"My Turkish neighbours helped me put out the fire.", "Hallak said.",
  ("Mahmoud Hallak", N, neg, "", "quote closed by its speaker; gratitude to neighbours and loss of trust, no judgement of an actor, no appeal"))
U(d, "Ayşe Karabulut, a migration researcher at a university in Ankara, said parties", "any real plan.",
  ("Ayşe Karabulut", C, neg, "", "invented analyst; judgement on the parties (several) -> target empty"))
U(d, "\"Every party now blames another one.", "Karabulut said.",
  ("Ayşe Karabulut", C, neg, "", "quote closed by its speaker; the parties did not tell the truth = judgement, several -> target empty"))
