# ------------------------------------------------------------------ Sudan: RSF-led parallel government (Reuters-style wire, 2025-07-30)
d = "page_sudan_rsf_government_wire.txt"
U(d, "The African Union's Peace and Security Council on Wednesday urged member states not to recognise", "more than two years of war.",
  ("African Union", C, neg, "Rapid Support Forces", "dateline 'NAIROBI/CAIRO, July 30 (Reuters) - ' excluded; call for non-recognition of a party = refusing a party + warning: condemning"))
U(d, "The RSF-led Tasis alliance on Saturday named Mohamed Hassan al-Taishi", "the capital of South Darfur.",
  ("Rapid Support Forces", N, neu, "", "own appointments announced; the RSF-led alliance resolved to the RSF (unsure: Tasis could be its own actor)"))
U(d, "\"Such a step only deepens the suffering of the Sudanese people", "the council said in a statement.",
  ("African Union", C, neg, "Rapid Support Forces", "quote before the speaker; 'the council' by context; judgement without stock words"))
U(d, "It called on the warring parties to lay down their arms", "return to negotiations.",
  ("African Union", T, neu, "", "pronoun 'It' = the council; appeal to both sides -> target empty"))
U(d, "The council reaffirmed its backing for the transitional government", "a former U.N. official.",
  ("African Union", S, pos, "Sudan", "backing for the army-led government = Sudan"))
U(d, "The war between the army and the RSF, which erupted in April 2023", "according to U.N. figures.",
  ("United Nations", N, neu, "", "figures given by an actor, no blame"))
U(d, "The foreign ministry in Port Sudan said the announcement was", "on the ground.",
  ("Sudan", C, neg, "Rapid Support Forces", "'foreign ministry in Port Sudan' = Sudan (name files); 'militia that has committed genocide'"))
U(d, "Idris told reporters that no government that respected international law", "\"a government of ghosts\".",
  ("Sudan", C, neg, "Rapid Support Forces", "surname only (Prime Minister Kamil Idris introduced above); mockery + refusal to deal"))
U(d, "Army chief Abdel Fattah al-Burhan, who heads the Sovereignty Council, said", "laid down its weapons.",
  ("Sudan", C, neg, "Rapid Support Forces", "announced continuation of operations against another side (the army speaks for its state)"))
U(d, "An RSF spokesman rejected the criticism", "no foreign capital.",
  ("Rapid Support Forces", N, neg, "", "denial of the criticism + self-praise: neutral (denials and self-praise), negative tone of the rebuttal"))
U(d, "In his first address, Taishi said his government would open humanitarian corridors", "this war to end\".",
  ("Rapid Support Forces", T, pos, "", "the RSF-led government's PM = RSF; offer of humanitarian corridors and talks"))
U(d, "Abdelaziz al-Hilu, whose SPLM-N faction controls parts of South Kordofan", "ruled over the others.",
  ("SPLM-N", N, neu, "", "plans/programme, no evaluation of another actor"))
U(d, "The alliance was launched in February in Nairobi", "to Kenya in protest.",
  ("Rapid Support Forces", N, neu, "", "specific act (signing the charter), no evaluation"),
  ("Sudan", C, neg, "Kenya", "recall of an ambassador in protest = condemning; second actor in the same sentence"))
U(d, "Sudan's foreign ministry accused President William Ruto at the time", "defend its sovereignty.",
  ("Sudan", C, neg, "Kenya", "accusation + warning of measures; Khartoum = capital as metonym for the speaker"))
U(d, "Kenya's foreign ministry replied that it had offered its capital as a venue", "could end it.",
  ("Kenya", T, neu, "", "denial of a hidden agenda + 'no military solution ... only dialogue': the appeal for dialogue makes it calling_for_talks; unsure, could be neutral (denial)"))
U(d, "The Arab League called the RSF's declaration an attempt", "rival statelets.",
  ("Arab League", C, neg, "Rapid Support Forces", "judgement + warning"))
U(d, "Saudi Arabia's foreign ministry urged Sudanese parties to avoid any step", "the Jeddah talks.",
  ("Saudi Arabia", T, neu, "", "appeal to all Sudanese parties, no judgement -> target empty"))
U(d, "Egypt, a close ally of the army, said it firmly rejected any attempt", "territorial integrity.",
  ("Egypt", C, neg, "Rapid Support Forces", "'firmly rejected any attempt to create parallel institutions' aimed at a specific act of a party = condemning (guide: 'rejects any violation of')"))
U(d, "The army-aligned government accuses the United Arab Emirates of arming the RSF", "repeatedly denied.",
  ("Sudan", C, neg, "United Arab Emirates", "accusation and denial in one sentence: two actors"),
  ("United Arab Emirates", N, neg, "", "denial = neutral; Abu Dhabi = capital as metonym"))
U(d, "U.N. spokesman Stephane Dujarric said on Monday that the announcement risked", "harder to end.",
  ("United Nations", N, neg, "", "concern with no appeal = neutral, negative tone"))
U(d, "\"The United Nations remains committed to the sovereignty", "he said.",
  ("United Nations", S, pos, "Sudan", "support for Sudan's sovereignty and unity; unsure, could be neutral (standard formula)"))
U(d, "The signatories thanked Ruto's government for hosting them", "of the Sudanese people\".",
  ("Rapid Support Forces", S, pos, "Kenya", "the RSF-led signatories (resolved to the RSF, as the alliance) praising Kenya"))
