# ------------------------------------------------------------------ Turkey, Claw-Sword (Turkish state media, 2022-11-23)
d = "page_turkey_clawsword_statemedia.txt"
U(d, "Türkiye's air and artillery operation against terror targets", "said on Wednesday.",
  ("Turkey", N, neu, "", "dateline 'ANKARA' is its own paragraph; own strike reported with figures, no judgement beyond the outlet's 'terror' wording"))
U(d, "\"Shelters, ammunition depots and command posts", "Kilis province.",
  ("Turkey", N, neu, "", "own strike reported as done (Akar, named after the quote); no announced new action"))
U(d, "Akar said the Turkish Armed Forces had taken every measure", "and the environment.",
  ("Turkey", N, pos, "", "reassurance about own conduct = neutral, positive tone (labels/README)"))
U(d, "\"Those who attacked our people on İstiklal", "Article 51 of the UN Charter.",
  ("Turkey", C, neg, "", "announced operation + threat ('no place to hide'); Kobani and Qandil are places standing for YPG and PKK -> two parties, target empty"))
U(d, "İstanbul police said the suspect detained after the blast", "in northern Syria.",
  ("Turkey", C, neg, "", "police = Turkey; accusation via the confession; 'PKK/YPG' names two canonical actors -> target empty"))
U(d, "Interior Minister Süleyman Soylu said on Monday", "\"down to its last member\".",
  ("Turkey", C, neg, "", "accusation + threat; Kobani a place, the network unnamed -> target empty"))
U(d, "President Recep Tayyip Erdoğan told lawmakers of his party", "not the last word.",
  ("Turkey", C, neg, "", "implicit threat of further action (more operations)"))
U(d, "\"We have been hitting the terrorists from the air", "Erdoğan said.",
  ("Turkey", C, neg, "", "threat of a ground operation = condemning"))
U(d, "\"Tal Rifaat, Manbij and Kobani are where these attacks are planned.\"", "are planned.\"",
  ("Turkey", C, neg, "", "quote continued after the attribution, same speaker; accusation with places only -> target empty"))
U(d, "Türkiye did not ask for anyone's approval", "he added.",
  ("Turkey", N, neg, "", "defiance about own conduct with no judgement on another actor; 'he' = Erdoğan (unsure: could be read as condemning)"))
U(d, "Communications Director Fahrettin Altun said in a post on Twitter", "for four decades.",
  ("Turkey", C, neg, "", "rejecting criticism from unnamed countries in protest; target empty"))
U(d, "\"Those who arm and shelter this terrorist organisation", "Altun wrote.",
  ("Turkey", C, neg, "", "'share in the responsibility' = holding responsible; aimed at unnamed backers (implicitly the US) -> target empty"))
U(d, "The PKK's umbrella organisation, the KCK, claimed", "did not target civilians.",
  ("PKK", N, neg, "", "KCK = PKK's umbrella body -> PKK; denial = neutral, negative tone; 'claimed' is the outlet's framing"))
U(d, "The YPG-dominated SDF likewise denied any role", "on its website.",
  ("Syrian Democratic Forces", N, neg, "", "denial"))
U(d, "SDF ringleader Mazloum Abdi, who is wanted by Türkiye", "northeastern Syria.",
  ("Syrian Democratic Forces", C, neg, "Turkey", "conditional threat + 'an attack on' judgement; 'ringleader' is state-media wording"))
U(d, "A spokesman for the terror group, Farhad Shami, claimed", "described as propaganda.",
  ("Syrian Democratic Forces", C, neg, "Turkey", "accusation by describing strikes on civilian sites (guide rule 4)"),
  ("Turkey", N, neg, "", "Turkish officials dismissing the accusation = a denial (neutral, negative) though 'propaganda' borders on a judgement"))
U(d, "Washington said it understood Türkiye's right to protect itself", "Ned Price.",
  ("United States", S, pos, "Turkey", "capital as metonym; backing of Turkey's right of self-defence"))
U(d, "\"We are asking all sides to step back from escalation", "present in the area.",
  ("United States", T, neu, "", "appeal to all sides, no judgement"))
U(d, "Pentagon press secretary Brig. Gen. Pat Ryder said the strikes", "put at risk.",
  ("United States", C, neg, "Turkey", "'put at risk' the safety of US personnel = negative judgement on the strikes; same actor supporting two paragraphs earlier"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow understood", "situation in Syria.",
  ("Russia", T, neu, "", "understanding + appeal to all: rule 2 before rule 3"))
U(d, "Russia's special envoy for Syria, Alexander Lavrentiev", "ground operation.",
  ("Russia", T, neu, "Turkey", "hope for restraint addressed to Ankara (capital as metonym); Astana = place"))
U(d, "Iraq's Foreign Ministry condemned the strikes", "good-neighbourly relations.",
  ("Iraq", C, neg, "Turkey", "judgement + appeal: rule 1"))
U(d, "Baghdad will raise the issue with the Turkish ambassador", "the ministry added.",
  ("Iraq", N, neg, "Turkey", "a planned diplomatic step milder than a summons; labelled neutral (unsure: could be condemning as a protest act)"))
U(d, "The regime in Damascus also objected.", "also objected.",
  ("Syria", C, neg, "Turkey", "'the regime in Damascus' = Syria (state-media wording); objection in protest"))
U(d, "The Syrian Foreign Ministry said the raids were", "as a pretext.",
  ("Syria", C, neg, "Turkey", "'flagrant aggression' + accusation"))
U(d, "Germany's Foreign Office said Türkiye had the right to defend itself", "international law.",
  ("Germany", T, neu, "Turkey", "backing of the right + appeal for proportionality, no judgement: rule 2 before rule 3"))
