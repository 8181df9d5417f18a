# ------------------------------------------------------------------ The United States expels South Africa's ambassador Ebrahim Rasool (full HTML, South African daily, 2025-03-16)
d = "page_rasool_expulsion_webpage.html"
SA, US = "South Africa", "United States"
U(d, "South Africa will take up the expulsion of its ambassador", "persona non grata.",
  (SA, T, neu, US, "lead: preference for quiet diplomatic channels = calling_for_talks (Lamola, minister)"),
  (US, C, neg, SA, "same sentence: declaring the ambassador persona non grata = expulsion (guide: condemning); Rasool = South Africa's envoy"))
U(d, "In a post on X late on Friday, Rubio branded Rasool", "nothing further to discuss with him.",
  (US, C, neg, SA, "leader on social media, surname only; judgement of the ambassador + refusal of any contact"))
U(d, "Speaking by video link, Rasool argued that the Trump movement", "no longer be the majority.",
  (SA, C, neg, US, "the ambassador speaks for his state; accusation of the US administration's politics (unsure: his government later distanced itself)"))
U(d, "Ramaphosa's office called the expulsion regrettable", "expected in diplomacy.",
  (SA, C, neg, US, "'regrettable' aimed at the US act = judgement (guide); the appeal for restraint in the same sentence does not change it (rule 1)"))
U(d, "Presidency spokesperson Vincent Magwenya said the government still wanted ties", "stayed open.",
  (SA, T, pos, US, "commitment to working ties + open door = diplomatic course, no judgement"))
U(d, "\"Two countries that need each other should settle their differences face to face", "North West province.",
  (SA, T, neu, US, "quote closed by its speaker; preference for direct talks, no judgement word"))
U(d, "\"In the normal course you would call the ambassador in", "he said.",
  (SA, C, neg, US, "quotation continued in the next paragraph with 'he said' = one unit; criticism of how Washington acted + 'regrettable'"))
U(d, "Lamola said Rasool had been preparing a government delegation", "before his expulsion.",
  (SA, N, neu, "", "plans reported as facts"))
U(d, "Chrispin Phiri, spokesperson for the Department of International Relations and Cooperation", "circumstances of his expulsion.",
  (SA, N, neu, "", "Dirco = South Africa; procedure for the ambassador's return"))
U(d, "Phiri said Washington was entitled to take the decision", "public announcement.",
  (SA, C, neg, US, "acknowledgement + 'should have come before' = negative judgement of the US procedure (unsure: mild; could be neutral)"))
U(d, "He said Pretoria would move quickly to name a new envoy", "to Washington.",
  (SA, N, neu, "", "'He' = Phiri; plan"))
U(d, "The Economic Freedom Fighters (EFF) urged Ramaphosa not to let South Africa be bullied", "stand on Palestine.",
  ("Economic Freedom Fighters", C, neg, US, "opposition party under its own name; 'bullied' + accusation of punishing South Africa; Ramaphosa only addressed"))
U(d, "The party said it stood behind Rasool and would welcome him home.", "welcome him home.",
  ("Economic Freedom Fighters", S, pos, SA, "'The party' = EFF by context; backing of the ambassador, who speaks for South Africa (unsure about the target)"))
U(d, "Apa Pooe, secretary-general of the Pan Africanist Congress (PAC), said Washington", "sovereign nation.",
  ("Pan Africanist Congress", C, neg, US, "Washington = metonym; accusation of dictating policy"))
U(d, "The Democratic Alliance (DA), the second-largest party in the government of national unity, said the row", "appointment of ambassadors.",
  ("Democratic Alliance", C, neg, "ANC", "a governing partner judges the ANC's control of foreign policy (target ANC, not the state)"))
U(d, "The party said the ambassador's remarks had been undiplomatic", "was at stake.",
  ("Democratic Alliance", C, neg, SA, "'The party' = DA by context; judgement of the ambassador's remarks; ambassador = South Africa (unsure about the target)"))
U(d, "Trump signed an executive order in February freezing US aid to South Africa", "International Court of Justice.",
  (US, C, neg, SA, "aid freeze = sanction (measure by act); the ICJ and Israel are only mentioned"))
U(d, "Pretoria has rejected as misinformation the administration's claims", "being persecuted.",
  (SA, N, neg, "", "denial of an accusation = neutral, negative (guide); Pretoria = metonym"))
U(d, "The ANC, the largest party in the coalition, said it backed the government's handling", "of the matter.",
  ("ANC", S, pos, SA, "governing party backs its government's approach = supporting (target: the state)"))
