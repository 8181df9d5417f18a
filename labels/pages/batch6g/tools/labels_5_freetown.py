# ------------------------------------------------------------------ Sierra Leone: attacks on Wilberforce barracks and Freetown prisons (scraped regional page, 2023-11-28)
d = "page_freetown_attacks_scraped.txt"
U(d, "Life slowly returned to the streets of Freetown", "\"renegade soldiers\".",
  ("Sierra Leone", C, neg, "", "dateline 'Freetown, Sierra Leone - ' excluded; narration + the government's blame on 'renegade soldiers' = accusation; no canonical attacker -> target empty"))
U(d, "President Julius Maada Bio said in an address posted on X", "calm had returned to the capital.",
  ("Sierra Leone", N, neu, "", "own security account = neutral"))
U(d, "\"We will not allow those who want to drag this country back into chaos", "the President said.",
  ("Sierra Leone", C, neg, "", "judgement + warning aimed at the unnamed attackers -> target empty"))
U(d, "He said most of the leaders of the attack had been arrested", "an investigation had been opened.",
  ("Sierra Leone", N, neu, "", "arrests and inquiry reported as facts/procedure"))
U(d, "Information Minister Chernor Bah, who had announced a nationwide curfew", "firmly in hand.",
  ("Sierra Leone", N, pos, "", "reassurance about its own control = neutral, positive"))
U(d, "On Monday, after the all-day curfew was reduced to a nightly one", "among those involved.",
  ("Sierra Leone", C, neg, "", "'a carefully organised assault on the state' = judgement of the attackers (soldiers, not a canonical actor) -> target empty"))
U(d, "Army spokesman Colonel Issa Bangura said 20 people had been killed", "three people arrested.",
  ("Sierra Leone", N, neu, "", "army = the state; toll without blame = neutral, neutral tone"))
U(d, "Colonel Shek Sulaiman Massaquoi, acting Director General", "their first attempt to breach it failed.",
  ("Sierra Leone", N, neu, "", "correctional service = state agency; figures and account of the breach"))
U(d, "The Sierra Leone Police asked the escaped inmates", "and on the attackers.",
  ("Sierra Leone", N, neu, "", "police = the state; request to escapees + rewards = procedure, no peace appeal"))
U(d, "In a statement issued from Abuja on Sunday, the Economic Community of West African States said", "arrested and prosecuted.",
  ("ECOWAS", C, neg, "", "'appalled by ... a plot' + demand for prosecution = judgement; Abuja = place; no canonical perpetrator -> target empty"))
U(d, "The regional bloc also reaffirmed its commitment", "democracy, peace and security.",
  ("ECOWAS", S, pos, "Sierra Leone", "'The regional bloc' = ECOWAS by context; support for the government and people"))
U(d, "The President of the ECOWAS Commission, Omar Alieu Touray, delivered a message", "if that became necessary.",
  ("ECOWAS", S, pos, "Sierra Leone", "Commission president carrying the bloc chair's message = ECOWAS (the chair speaks for the body; Tinubu here as chairman, not as Nigeria); offer of help and troops = supporting"))
U(d, "Nigeria's National Security Adviser, Nuhu Ribadu, commended", "contain the attack.",
  ("Nigeria", S, pos, "Sierra Leone", "Nigeria's own official (not the bloc) in the same delegation; praise of the government's handling"))
U(d, "Receiving the envoys, Bio linked the violence", "August 10 last year.",
  ("Sierra Leone", C, neg, "All People's Congress", "surname only; tying the attack to the opposition's rejection of the election = accusation; 'the opposition' = the APC (named in the next section)"))
U(d, "The main opposition All People's Congress (APC) said in a statement that", "had nothing to do with it.",
  ("All People's Congress", C, neg, "", "condemnation of the violence + denial of involvement in one sentence: the judgement decides (rule 1); attackers unnamed -> target empty"))
U(d, "The party rejected the President's remarks to the ECOWAS delegation", "through lawful channels.",
  ("All People's Congress", C, neg, "Sierra Leone", "'The party' = APC; rejects Bio's remarks as tying it to a crime without evidence = judgement of the government; 'the President's remarks' = possessive, no row for Sierra Leone"))
U(d, "It said its national headquarters had been shot at", "former President Ernest Bai Koroma.",
  ("All People's Congress", N, neg, "", "facts about attacks on its own premises, no blame named = neutral, negative"))
U(d, "The APC called for an impartial inquiry, open to all parties", "what happened.",
  ("All People's Congress", T, neu, "", "demand for an investigation with no judgement word = calling_for_talks (README)"))
U(d, "The United States Embassy in Freetown called the overnight raid", "democratic institutions.",
  ("United States", C, neg, "", "embassy = United States; 'an unacceptable assault' = judgement; attackers not canonical -> target empty"))
U(d, "The Embassy praised the security forces for responding quickly", "democratic future.",
  ("United States", S, pos, "Sierra Leone", "praise of the security forces + partnership = supporting"))
U(d, "In Dakar, the head of the UN Office for West Africa and the Sahel (UNOWAS)", "to restore order.",
  ("United Nations", C, neg, "", "UNOWAS = United Nations; denunciation + praise of the government in one sentence: rule 1 (the judgement decides); Dakar = place; target empty"))
U(d, "He said the United Nations would remain at the side", "government and people.",
  ("United Nations", S, pos, "Sierra Leone", "continued support = supporting"))
