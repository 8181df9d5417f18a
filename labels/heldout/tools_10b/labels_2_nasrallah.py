# ------------------------------------------------------------------ Israel kills Hassan Nasrallah in Beirut, the day after (live blog, full HTML, 2024-09-28)
d = "page_nasrallah_liveblog.html"
U(d, "US President Joe Biden said on Saturday that Israel had every right", "to deter Iran.",
  ("United States", S, pos, "Israel", "backing of Israel's right to act + reinforcement (backing by act); the deterrence of Iran is part of the same support"))
U(d, "\"We want a ceasefire, and we will keep working the phones", "Rehoboth Beach, Delaware.",
  ("United States", T, neu, "", "'he' = Biden; hope for a ceasefire + diplomacy, no party addressed; Rehoboth Beach = place"))
U(d, "Iran's Supreme Leader Ali Khamenei declared five days of public mourning", "pay for the killing.",
  ("Iran", C, neg, "Israel", "mourning (act) + 'Israel would pay' = threat"))
U(d, "\"Hezbollah is standing, and every resistance force in the region", "read on state television.",
  ("Iran", S, pos, "Hezbollah", "multi-sentence quote closed by its speaker; solidarity and support = supporting, no judgement in this unit"))
U(d, "Iranian President Masoud Pezeshkian said Washington shared responsibility", "American consent.",
  ("Iran", C, neg, "United States", "blames the US for complicity; Israel only mentioned"))
U(d, "Iran's ambassador to the United Nations, Amir Saeid Iravani, asked in a letter", "aggression against Lebanon.",
  ("Iran", C, neg, "Israel", "request for a Council session (talks) + 'aggression' = judgement: rule 1; 'the Israeli regime' = Israel"))
U(d, "Netanyahu said in a video statement that the operation had been planned", "by the air force.",
  ("Israel", N, pos, "", "surname only (well-known); self-praise of its own operation = neutral, positive"))
U(d, "\"Anyone who fires on Israel will be hit.", "he said.",
  ("Israel", C, neg, "Iran", "multi-sentence quote, 'he' = Netanyahu; threat, Tehran = metonym"))
U(d, "Caretaker Prime Minister Najib Mikati, whose office declared three days", "force an immediate halt.",
  ("Lebanon", C, neg, "Israel", "judgement ('paid no heed to any international resolution') + appeal to the powers: rule 1; his office's mourning declaration is in the relative clause"))
U(d, "The Health Ministry said the number of people killed", "six destroyed buildings.",
  ("Lebanon", N, neu, "", "'The Health Ministry' = Lebanon's, by context; casualty figures without blame = neutral"))
U(d, "Hezbollah said in a second statement that its fighters would keep up their attacks", "change the group's course.",
  ("Hezbollah", C, neg, "Israel", "vow to keep attacking = threat"))
U(d, "Hezbollah confirmed in the afternoon that its secretary-general had been killed", "silence from the group.",
  ("Hezbollah", N, neg, "", "confirmation of its leader's death = fact; grief"))
U(d, "Hamas described the killing as a cowardly crime by the occupation", "or in Palestine.",
  ("Hamas", C, neg, "Israel", "'cowardly crime by the occupation' = judgement; the occupation = Israel"))
U(d, "In Yemen, the Houthis' political bureau said the crime", "would regret it.",
  ("Houthis", C, neg, "Israel", "'the crime' + 'Israel would regret it' = judgement + threat; Yemen = place"))
U(d, "Iraqi Prime Minister Mohammed Shia al-Sudani announced three days", "the entire region.",
  ("Iraq", C, neg, "Israel", "mourning + 'a crime' + accusation of gambling with the region = judgement"))
U(d, "Moscow's foreign ministry said it condemned the killing in the strongest terms", "in Lebanon at once.",
  ("Russia", C, neg, "Israel", "condemnation + demand to stop (rule 1); Moscow's = Russia"))
U(d, "Saudi Arabia, Egypt, and Jordan each issued statements", "the Lebanese people.",
  ("Saudi Arabia", S, neg, "Lebanon", "list of three (Oxford comma), one row each; concern + solidarity with Lebanon = supporting (rule 3), tone negative"),
  ("Egypt", S, neg, "Lebanon", "same list"),
  ("Jordan", S, neg, "Lebanon", "same list"))
U(d, "UN Secretary-General Antonio Guterres, in a statement released by his spokesman", "devastate both countries.",
  ("United Nations", N, neg, "", "alarm and fear with no appeal in this sentence = neutral, negative; the spokesman relays the SG"))
U(d, "He pressed both sides to honour Security Council resolution 1701", "a truce in Gaza.",
  ("United Nations", T, neu, "", "'He' = Guterres; appeal to both sides + truce = calling_for_talks"))
U(d, "Defense Secretary Lloyd Austin said after a call with Israeli Defence Minister Yoav Gallant", "help defend it.",
  ("United States", S, pos, "Israel", "unwavering support + readiness to defend = backing; Gallant is only the interlocutor (no row)"))
U(d, "The Pentagon said additional aircraft would be sent", "in the coming days.",
  ("United States", N, neu, "", "'The Pentagon' = US (name files); deployment plan, no judgement"))
U(d, "EU foreign policy chief Josep Borrell said the bloc wanted an immediate ceasefire", "a regional war.",
  ("European Union", T, neg, "", "ceasefire on every front + warning, no judgement; 'the bloc' = EU"))
U(d, "France's new foreign minister, Jean-Noël Barrot, said Paris", "stop firing at Israel.",
  ("France", T, neu, "", "appeal addressed to both sides (Israel and Hezbollah) -> target empty; Paris = metonym"))
U(d, "Britain's Foreign Secretary David Lammy said the situation was extremely dangerous", "a wider war.",
  ("United Kingdom", T, neg, "", "alarm + appeal to all sides"))
U(d, "His message to British nationals still in Lebanon was simple:", "still available.\"",
  ("United Kingdom", N, neg, "", "quote opened after a colon; advice to its own nationals = procedure (neutral), warning tone"))
U(d, "The Israeli military said early on Saturday that Hassan Nasrallah had been killed", "the Dahiyeh district.",
  ("Israel", N, neu, "", "own strike reported as done (guide); the location claim is not framed as an accusation (unsure)"))
U(d, "Military spokesman Rear Admiral Daniel Hagari said the strike had been carried out", "wherever it was needed.",
  ("Israel", C, neg, "Hezbollah", "warning that the army will keep hitting the group = threat; 'the army' = Israel"))
U(d, "Arabic-language spokesman Avichay Adraee told residents", "storing weapons there.",
  ("Israel", C, neg, "Hezbollah", "evacuation order (neutral) + accusation of storing weapons in residential buildings: the accusation decides"))
