# ------------------------------------------------------------------ Egypt's air strikes on Derna after the killing of 21 Copts (Middle East news site, full HTML, 2015-02-19)
d = "page_derna_strikes_mesite.html"
# No row: cookie bar, logo, slogan, date, nav, ticker, section, headline, summary, byline/time, share bar, captions ("1 of 2"),
# crossheads, ADVERTISEMENT, "Related:", credits, topics, newsletter, comments, most read, footer.
U(d, "Qatar recalled its ambassador to Egypt for consultations on Thursday", "meeting of the Arab League.",
  ("Qatar", C, neg, "Egypt", "long lead: recalling an ambassador = measure against another side (guide: expelling/recalling envoys); Egypt's accusation is narrated here and labelled at Adel's sentence"))
# No row: "The strikes on Monday, the first Egypt has openly acknowledged ..." (background narration)
U(d, "At an ambassador-level meeting of the League in Cairo on Wednesday, Saad bin Ali al-Mohannadi", "danger to civilians.",
  ("Qatar", C, neg, "Egypt", "objection to welcoming the raids + 'unilateral military action' that endangers civilians = reproach of Egypt's act (unsure: could be read as concern)"))
U(d, "Egypt's permanent representative to the League, Tareq Adel, hit back at once:", "on the wrong side.",
  ("Egypt", C, neg, "Qatar", "accusation of siding with terrorism, after a colon; Doha = metonym"))
U(d, "The Gulf Cooperation Council came to Qatar's defence on Thursday", "fight against extremism.",
  ("Gulf Cooperation Council", S, pos, "Qatar", "defence and praise of a member (unsure: dismissing Egypt's charge as groundless could also give a condemning row against Egypt)"))
U(d, "The League itself, in the communique issued after Wednesday's meeting", "to be lifted.",
  ("Arab League", S, pos, "Egypt", "'Cairo had good reason to act' + endorsing Egypt's call = approval and backing"))
U(d, "The Egyptian armed forces said in a statement read on state television", "returned safely.",
  ("Egypt", N, neu, "", "own strike reported as done, targets listed, no judgement (guide)"))
U(d, "The raids, the statement said, were the price the killers would pay", "came cheap.",
  ("Egypt", C, neg, "Islamic State", "retribution + warning = judgement and threat"))
U(d, "President Abdel Fattah al-Sisi, who declared seven days of national mourning", "answer the murders.",
  ("Egypt", C, neg, "Islamic State", "threatened response ('how and when to answer'); mourning is narration inside the sentence"))
U(d, "On Tuesday he went further, telling the French radio station Europe 1", "southern Europe alike.",
  ("Egypt", C, neg, "Islamic State", "'he' = Sisi; call for an authorised international coalition to act = call for military action against another side"))
U(d, "Foreign Minister Sameh Shoukry took that message to the Council", "outside the government's control.",
  ("Egypt", C, neg, "", "naval blockade on ports of armed groups = measure demanded against another side; arms for the Libyan army; groups not named, target empty"))
U(d, "Libya's internationally recognised prime minister, Abdullah al-Thinni", "informed of it in advance.",
  ("Libya", S, pos, "Egypt", "the recognised government speaks for Libya; welcome of the strikes; Bayda = place"))
U(d, "His foreign minister, Mohamed al-Dairi, told the same Council session", "the world looked away.",
  ("Libya", C, neg, "General National Congress", "'His' = Thinni's; accusation of the Tripoli authorities and Libya Dawn"))
# No row: "The rival administration in Tripoli, formed by the General National Congress ..., took a very different view." (introduction, summary line)
U(d, "Its prime minister, Omar al-Hassi, denounced the raids", "residential parts of Derna.",
  ("General National Congress", C, neg, "Egypt", "'Its' = the Tripoli administration; denunciation + civilian deaths"))
U(d, "\"Whoever bombs Libyan cities without the permission of Libyans is an aggressor", "whatever he calls himself.",
  ("General National Congress", C, neg, "Egypt", "quotation opened and left open at the end of the paragraph; 'aggressor' = judgement (Egypt not named but the only bomber in context)"))
U(d, "\"We will take this to every international forum,\" he said", "Al-Nabaa channel.",
  ("General National Congress", C, neg, "Egypt", "quote continued in the next paragraph, closed by 'he said': threatened diplomatic/legal response (unsure: recourse could be read as neutral)"))
# No row: "Residents of Derna reached by telephone said ..." (unnamed residents)
U(d, "In the video released on Sunday, a masked militant standing on the beach warned", "toward Rome.",
  ("Islamic State", C, neg, "", "threat in the group's own video; 'the Christians of the West' is no single actor; Rome = place pointed at (no Italy target, unsure)"))
U(d, "UN Secretary-General Ban Ki-moon called the killings an atrocity", "brought to justice.",
  ("United Nations", C, neg, "Islamic State", "'atrocity', 'contempt for human life' = judgement + justice demand: rule 1"))
U(d, "His special envoy for Libya, Bernardino León, urged the country's factions", "a regional war.",
  ("United Nations", T, neg, "", "'His' = Ban's; appeal for a unity government + warning, no judgement"))
U(d, "The governments of France, Germany, Italy, Spain, the United Kingdom and the United States said in a joint statement", "take part.",
  ("France", T, neg, "", "joint statement, one row per listed state: appeal to all factions to join the UN talks"),
  ("Germany", T, neg, "", "same joint statement"),
  ("Italy", T, neg, "", "same joint statement"),
  ("Spain", T, neg, "", "same joint statement"),
  ("United Kingdom", T, neg, "", "same joint statement"),
  ("United States", T, neg, "", "same joint statement"))
U(d, "Earlier, French President François Hollande and Sisi agreed in a telephone call", "the Elysée said.",
  ("France", C, neg, "Islamic State", "fresh measures against the group = measures against another side; attribution tail ('the Elysée said')"),
  ("Egypt", C, neg, "Islamic State", "Sisi is the other party to the same agreement"))
U(d, "France also signed a deal in Cairo on Monday to sell Egypt 24 Rafale fighter jets", "attending the ceremony.",
  ("France", S, neu, "Egypt", "arms sale signed = backing by act; Cairo = place"))
U(d, "In Washington, State Department spokeswoman Jen Psaki said the United States had not been told", "asked to take part.",
  ("United States", N, neu, "", "facts about consultation; Washington = place"))
U(d, "She said Washington's priority remained a negotiated settlement in Libya", "military answers.",
  ("United States", T, neu, "", "appeal to all sides; 'She' = Psaki; implicit distance from Egypt's strikes, no judgement word"))
U(d, "The White House, for its part, condemned the murders of the Copts", "Egyptian people.",
  ("United States", C, neg, "", "condemnation of the killers (the group not named in this sentence: target empty); condolences inside the same sentence"))
U(d, "Al-Azhar, Egypt's highest seat of Sunni learning, condemned the killings", "innocent people.",
  ("Al-Azhar", C, neg, "", "religious body under its own name (name files); killers not named in the sentence"))
U(d, "The Coptic Orthodox Church said it trusted the state and its institutions", "Monday evening.",
  ("Coptic Orthodox Church", S, pos, "Egypt", "trust in the state's response = backing"))
# No row: "Analysts said the strikes had redrawn Egypt's security map overnight." (unnamed analysts, summary)
U(d, "Karim Benyoussef, a Libya researcher at the Mediterranean Security Forum in Tunis, said Cairo", "Libya's civil war.",
  ("Karim Benyoussef", N, neg, "", "analyst under his own name: assessment, no judgement"))
U(d, "\"Egypt has a 1,100-kilometre desert border it cannot seal", "Benyoussef said.",
  ("Karim Benyoussef", N, neg, "", "multi-sentence quote closed by the speaker: risks and scenarios ('attack', 'punish' as topics)"))
U(d, "He said the jihadists in Libya had so far drawn strength from the chaos", "Syria and Iraq.",
  ("Karim Benyoussef", N, neg, "", "'He' = Benyoussef; analysis of causes"))
U(d, "Hisham Fawzy, a retired Egyptian army general who now writes a column", "the region needed.",
  ("Hisham Fawzy", N, neg, "", "former officer as an independent commentator; regret about the quarrel without a judgement of one side"))
U(d, "\"Both capitals have been fighting a proxy war in Libya for two years", "Fawzy said.",
  ("Hisham Fawzy", C, neg, "", "accuses both Cairo and Doha of a proxy war + appeal: rule 1; two actors, target empty"))
