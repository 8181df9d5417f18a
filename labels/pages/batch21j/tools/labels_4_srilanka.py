# ------------------------------------------------------------------ Sri Lanka constitutional crisis, 26 Oct - 16 Dec 2018 (South Asian English-language daily, scraped, 2018-12-16)
d = "page_srilanka_constitutional_southasiandaily.txt"
U(d, "Ranil Wickremesinghe took the oath as Prime Minister again on Sunday,", "claim to the office.",
  ("Sri Lanka", N, pos, "", "dateline excluded; long lead; once sworn in, Wickremesinghe speaks as Prime Minister = Sri Lanka (during the crisis his statements are the UNP's); promise to cooperate = own plan, positive tone; Rajapaksa's resignation narrated here"))
# "The ceremony at the Presidential Secretariat lasted barely ten minutes ..." : scene, no row
U(d, "Sirisena, who administered the oath, told a gathering of United National Party (UNP) legislators", "harmful to the country.",
  ("Sri Lanka", C, neg, "United National Party", "the President = Sri Lanka; judgement on the UNP leader's policies ('harmful') decides; reinstatement explained as a procedure"))
# "The resignation letter was signed at Rajapaksa's Wijerama Road residence on Saturday." : passive narration, no row
U(d, "In a speech to supporters there, he said he was stepping down", "knew it would lose.",
  ("Sri Lanka Podujana Peramuna", C, neg, "United National Party", "'he' = Rajapaksa, resolved to the party he joined on 11 November (his premiership was never confirmed by Parliament; unsure); own decision + accusation: the accusation decides"))
# "The crisis began on the evening of October 26, when the withdrawal ... was followed ... by the swearing-in ..." : background narration (nominalised acts), no row
U(d, "Wickremesinghe refused to leave Temple Trees,", "a breach of the Constitution.",
  ("United National Party", C, neg, "Sri Lanka", "the dismissed PM during the crisis speaks as UNP leader; refusal + 'breach of the Constitution' aimed at the President (= Sri Lanka)"))
U(d, "Finance Minister Mangala Samaraweera went further on Twitter,", "dressed up in legal clothes.",
  ("United National Party", C, neg, "Sri Lanka", "UNP minister of the ousted cabinet, on social media; judgement without stock words"))
U(d, "In a televised address two days later, Sirisena said he had acted because of what he called the arrogance", "rejected as a fabrication.",
  ("Sri Lanka", C, neg, "United National Party", "the President's accusations (arrogance, a minister linked to a plot)"),
  ("United National Party", N, neg, "", "the UNP's denial reported in the same sentence = neutral, negative"))
U(d, "Parliament was then suspended until November 16, a step the Speaker, Karu Jayasuriya,", "commanded a majority.",
  ("Parliament of Sri Lanka", C, neg, "Sri Lanka", "the Speaker = Parliament of Sri Lanka (name files); role then name; judgement on the prorogation (the President's act, = Sri Lanka as target); the suspension is narrated in the passive"))
U(d, "On October 28, a bodyguard of the ousted Petroleum Minister, Arjuna Ranatunga,", "police spokesman Ruwan Gunasekera said.",
  ("Sri Lanka", N, neg, "", "police spokesman (alias of Sri Lanka in the name files); casualty facts with an attribution tail = neutral; Ranatunga is an object"))
U(d, "Jayasuriya warned in a statement that the standoff could spill into the streets", "without delay.",
  ("Parliament of Sri Lanka", T, neg, "Sri Lanka", "surname only; warning + appeal to convene Parliament, no judgement word = calling_for_talks, negative"))
# "On November 9, ... Parliament was dissolved ..." : passive narration, no row
# "The dissolution was suspended by the Supreme Court on November 13, and ... a no-confidence motion ... was carried ..." : passive narration; a domestic court ruling is not read as a position (unsure), no row
U(d, "G.L. Peiris, chairman of the Sri Lanka Podujana Peramuna,", "no legal standing.",
  ("Sri Lanka Podujana Peramuna", C, neg, "Parliament of Sri Lanka", "party chairman; accusation against the Speaker (= Parliament of Sri Lanka) + rejection of the vote"))
U(d, "The Tamil National Alliance, whose 14 MPs backed the motions against Rajapaksa,", "sworn to defend.",
  ("Tamil National Alliance", C, neg, "Sri Lanka", "the party speaking 'through its leader'; judgement on the President"))
# "On Thursday, a seven-judge bench of the Supreme Court unanimously ruled the dissolution unconstitutional." : court ruling narrated; the court is not read as an actor taking a position (unsure), no row
U(d, "Sirisena said in a brief statement that he respected the judgment", "would act on it.",
  ("Sri Lanka", N, neu, "", "acceptance of the ruling, own plans = neutral"))
# "Foreign governments had followed the standoff with growing unease." : summary line, no row
U(d, "Hours after Rajapaksa was sworn in, the US State Department urged every side on Twitter", "away from violence.",
  ("United States", T, neu, "", "appeal to all sides on social media = calling_for_talks"))
U(d, "When Parliament was dissolved, the State Department said it was deeply worried", "crisis was heading.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "US Ambassador Alaina Teplitz on Sunday welcomed the swearing-in", "held under strain.",
  ("United States", S, pos, "Sri Lanka", "welcome (no appeal) = supporting"))
U(d, "The European Union's delegation in Colombo, joined by Britain's High Commissioner and several European ambassadors,", "journalists free to work.",
  ("European Union", T, neu, "", "joint statement: appeal to all parties = calling_for_talks; Colombo = place"),
  ("United Kingdom", T, neu, "", "Britain's High Commissioner joins the joint statement = one row; 'several European ambassadors' unnamed = no rows"))
U(d, "On Sunday, the delegation welcomed the return to constitutional order", "made in Geneva.",
  ("European Union", T, pos, "", "welcome + appeal to cooperate, no judgement: rule 2 before rule 3; appeal addressed to two sides -> target empty"))
U(d, "India's External Affairs Ministry said on October 28 that New Delhi was following events closely", "would be honoured.",
  ("India", T, neu, "Sri Lanka", "New Delhi = metonym; monitoring + hope for respect of the constitutional process = calling_for_talks"))
U(d, "Prime Minister Narendra Modi congratulated Wickremesinghe on Twitter on Sunday", "working with his government.",
  ("India", S, pos, "Sri Lanka", "congratulations to the reinstated PM on social media = supporting; Wickremesinghe is now Sri Lanka's PM"))
U(d, "China's ambassador, Cheng Xueyuan, called on Rajapaksa at his office the day after his swearing-in", "deal with him as Prime Minister.",
  ("China", S, pos, "Sri Lanka Podujana Peramuna", "backing by act: congratulating and dealing with Rajapaksa as PM (recognition); Beijing's congratulations = China; target = Rajapaksa's actor (unsure)"))
U(d, "Foreign ministry spokesman Lu Kang later said in Beijing that China did not interfere", "whichever government emerged.",
  ("China", N, neu, "", "non-interference + readiness to work with any government = neutral; Beijing = place"))
U(d, "UN Secretary-General António Guterres appealed through his spokesman, Stéphane Dujarric,", "safety of every citizen.",
  ("United Nations", T, neu, "Sri Lanka", "appeal through the spokesman, no judgement = calling_for_talks"))
# live box: "LIVE: ..." heading, timestamps, "11:16 -- Wickremesinghe takes the oath ..." (narration) and "Refresh for updates": no rows
U(d, "Britain's Minister for Asia, Mark Field, says on Twitter that he welcomes", "courts and Parliament.",
  ("United Kingdom", S, pos, "Sri Lanka", "live-blog item (timestamp excluded); a minister on social media; welcome = supporting"))
U(d, "UNP general secretary Akila Viraj Kariyawasam tells reporters at Temple Trees", "named on Monday.",
  ("United National Party", N, neu, "", "live-blog item in the present tense; the party's plans for the Cabinet = neutral"))
# "Constitutional experts said the episode had tested ..." : unnamed, summary line, no row
U(d, "\"The 19th Amendment did exactly what it was designed to do.", "constitutional law at the University of Colombo.",
  ("Nirmala Wijesekera", N, neg, "", "independent scholar named after a multi-sentence quote; assessment + risk of paralysis, no judgement"))
U(d, "\"The budget, the debt payments due early next year", "she said.",
  ("Nirmala Wijesekera", N, neg, "", "quote continued in its own paragraph; stakes, no appeal"))
U(d, "Wijesekera said the two leaders should agree on a written understanding", "next presidential election.",
  ("Nirmala Wijesekera", T, neu, "", "appeal for an agreement between the two leaders = calling_for_talks"))
U(d, "Harsh Menon, a fellow at the New Delhi-based Centre for Neighbourhood Studies,", "in 2019 and 2020.",
  ("Harsh Menon", N, neu, "", "independent researcher; assessment of outside powers' interests"))
U(d, "\"Rating agencies have already downgraded Sri Lanka.", "Menon said.",
  ("Harsh Menon", N, neg, "", "multi-sentence quote closed by the speaker; economic risks"))
U(d, "He said Sirisena had gambled with the Constitution to settle a personal quarrel", "in the process.",
  ("Harsh Menon", C, neg, "Sri Lanka", "judgement on the President ('gambled with the Constitution') = condemning"))
# captions, "1 of 4", Related:, tags, related stories, newsletter prompt, MOST POPULAR, copyright: never statements
