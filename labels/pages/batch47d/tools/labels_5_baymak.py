# ---------------------------------------------------------------- 5. Russia: Baymak protests after the Alsynov verdict (live blog, HTML)
d = "page_russia_baymak_alsynov2024_liveblog.html"
RU = "Russia"
FA = "Fail Alsynov"
RG = "Ruslan Gabbasov"
AI, HRW, OVD = "Amnesty International", "Human Rights Watch", "OVD-Info"
# headline, standfirst, caption, key-events bullets, time stamps and entry headings -> furniture, no rows
U(d, "Amnesty International has called for Alsynov's immediate release.", "immediate release.",
  (AI, T, neg, RU, "a bare call for release, no judgement word in this unit = calling_for_talks, negative (labels/README; earlier pages label release calls so); aimed at the Russian authorities who hold him"))
U(d, "The organisation's Russia researcher said in a statement that the case had been built on a mistranslated phrase", "anyone with a following.",
  (AI, C, neg, RU, "'the organisation's Russia researcher' = Amnesty (unnamed staff of a named body); 'how far the Russian authorities would go to silence anyone' = judgement"))
U(d, "Amnesty also urged the authorities to investigate the use of force against protesters", "support for Alsynov.",
  (AI, T, neg, RU, "investigation + release demands addressed to one side, no judgement word = calling_for_talks, negative (labels/README)"))
U(d, "Tanya Lokshina, associate director for Europe and Central Asia at Human Rights Watch, said the Baymak sentence", "for what they say.",
  (HRW, C, neg, RU, "'Russia using anti-extremism laws to punish people for what they say' = judgement"))
U(d, "\"The authorities should quash this conviction, rein in the riot police", "Lokshina said.",
  (HRW, T, neg, RU, "surname only; demands (quash, rein in, lawyers) addressed to one side without a judgement word = calling_for_talks, negative (unsure: 'rein in' implies abuse, could be condemning)"))
U(d, "The rights monitor OVD-Info says it knows of at least 20 people detained in Baymak today", "call its hotline.",
  (OVD, N, neu, "", "detainee figures given by an actor = neutral (guide)"))
U(d, "Bashkortostan: police in Baymak have used tear gas, batons and stun grenades against people who came to support Fail Alsynov.", "to support Fail Alsynov.",
  (OVD, C, neg, RU, "embedded post (attribution line below it); describing the police's force against supporters = accusation (guide: an accusation made by describing attacks on civilians)"))
U(d, "We know of at least 20 detainees.", "20 detainees.",
  (OVD, N, neu, "", "the figure again, in the post = neutral"))
U(d, "Lawyers are being kept out of the police station.", "the police station.",
  (OVD, C, neg, RU, "complaint that lawyers are barred = accusation of the police (unsure: could be a neutral fact)"))
# "Help us keep track: write to our bot." -> an appeal to readers, no position; "We have not been able to verify ..." and "Regional police have not released ..." -> the blog's narration, no row
U(d, "Radiy Khabirov, the head of Bashkortostan, who filed the original complaint against Alsynov,", "on Telegram.",
  (RU, C, neg, FA, "regional head resolves to his state (labels/README: provincial officials); the relative clause reports a specific act done: his complaint = accusation of Alsynov (unsure: background clause of a lead-in)"))
U(d, "What happened today in Baymak was not a defence of the Bashkir language and not a defence of nature.", "a defence of nature.",
  (RU, C, neg, "", "Khabirov's post (first sentence): dismissal of the protesters' cause = judgement of the protest, no actor named -> target empty"))
U(d, "A small group of people, some of whom have long been sitting abroad and openly working for our enemies,", "against their own state.",
  (RU, C, neg, "", "accusation of unnamed organisers abroad 'working for our enemies' -> target empty (Gabbasov is not named)"))
U(d, "They will not succeed.", "They will not succeed.",
  (RU, C, neg, "", "defiant warning closing the post (unsure: short, could be neutral)"))
U(d, "Khabirov added that he respected the court's decision and that every participant in the violence would be identified.", "would be identified.",
  (RU, C, neg, "", "surname only; 'every participant ... would be identified' = threatened response; the participants are not an actor"))
U(d, "Ruslan Gabbasov, a Bashkir nationalist who lives in exile in Lithuania and is wanted by Russian authorities,", "again on Friday.",
  (RG, N, neg, "", "exiled activist (new person actor); a call to protest again: neither a judgement nor an appeal for talks -> neutral, negative (unsure: protest as pressure could be condemning); Lithuania is a place"),
  (RU, C, neg, RG, "'wanted by Russian authorities' = an arrest warrant, a measure taken against him (unsure: background clause)"))
U(d, "\"Baymak showed that the Bashkir people have not been broken.", "Gabbasov wrote.",
  (RG, C, neg, RU, "quote closed by its speaker; 'Khabirov has declared war on his own republic' = judgement of the regional head (= Russia)"))
U(d, "Russia's Investigative Committee says it has opened a criminal case", "outside the court.",
  (RU, C, neg, "", "a criminal case for mass riots and violence = a measure against the protesters (not an actor) -> target empty"))
U(d, "According to the committee's regional branch, several officers were injured", "already being questioned.",
  (RU, C, neg, "", "accusation of protesters who threw stones and snow at officers"))
U(d, "The committee said its chairman, Alexander Bastrykin, had ordered investigators", "to take over the case.",
  (RU, N, neu, "", "procedure (transfer of the case); Moscow is a place"))
# "Mass riots carry a sentence of up to 15 years in prison." -> narration (the law), no row
U(d, "The republic's interior minister, Rafail Divaev, appealed in a video address", "before it is too late\".",
  (RU, C, neg, "", "regional minister = Russia; the appeal to go home is framed as a warning ('before it is too late') = veiled threat (unsure: an appeal to disperse could be calling_for_talks)"))
# "There has been no comment so far from the Kremlin ..." -> absence of a statement, no row; the two narration sentences of 13.10 (videos, batons, internet) -> no row
U(d, "Alsynov's lawyer, Ilnur Suyundukov, called the sentence", "the defence would appeal.",
  (FA, C, neg, RU, "a lawyer speaking for his client = Alsynov; 'a political order dressed up as a judgment' = judgement"))
U(d, "\"My client said what thousands of Bashkirs think:", "outside the court.",
  (FA, C, neg, RU, "two-sentence quote closed by its speaker; villages emptied, men sent to war, gold worth more than people = judgement of the authorities"))
U(d, "The Baymak district court has found Fail Alsynov guilty of inciting hatred", "prosecutors had asked for.",
  (RU, C, neg, FA, "court and prosecutors = the state; conviction and sentence = a measure against him (as earlier batches label charges and verdicts)"))
U(d, "The charge is based on a speech Alsynov gave in Bashkir at a rally against gold mining", "Central Asia and the Caucasus.",
  (RU, C, neg, FA, "prosecutors' accusation that he insulted migrants"))
U(d, "He says a Bashkir word meaning \"poor people\" was wrongly translated as an ethnic slur.", "ethnic slur.",
  (FA, N, neg, "", "'He' = Alsynov; denial of the accusation = neutral, negative (guide)"))
U(d, "As guards led him out in handcuffs, Alsynov told supporters that he would appeal", "give the police a pretext.",
  (FA, T, neu, "", "plan to appeal + appeal to supporters for calm = calling_for_talks (restraint), supporters are not an actor -> target empty"))
# "Good morning. The verdict ... is due this morning after the court postponed it on Monday ..." -> narration, no row
# "Alsynov led the Bashkort movement, ... was banned as \"extremist\" in 2020." -> background, passive with no agent named, no row
