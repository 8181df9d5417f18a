# ------------------------------------------------------------------ Uganda's Anti-Homosexuality Act and the World Bank's halt to new funding (full HTML, Kampala daily, 2023-08-11)
d = "page_uganda_worldbank_webpage.html"
U(d, "President Yoweri Museveni has accused the World Bank", "the projects it pays for.",
  ("Uganda", C, neg, "World Bank", "lead with two actors: Museveni's accusation of coercion = judgement"),
  ("World Bank", C, neg, "Uganda", "the bank's freeze on new financing reported in the same sentence = a sanction (condemning)"))
U(d, "In a statement on Tuesday, the Washington-based bank said the law", "because of their sexuality.",
  ("World Bank", C, neg, "Uganda", "the law 'ran counter to the values of the institution' = judgement without stock words; 'the Washington-based bank' = World Bank by context"))
U(d, "The bank said a team it sent to Kampala", "under discussion with the government.",
  ("World Bank", N, neu, "", "review and safeguards under discussion = procedure, no judgement; Kampala = place"))
U(d, "Projects already under way will continue to receive money", "said.",
  ("World Bank", N, neu, "", "unnamed official of a named body speaks for it; facts on disbursement"))
U(d, "\"I want Ugandans and our friends outside to know", "he wrote.",
  ("Uganda", N, neu, "", "quote over two sentences closed by 'he wrote' = one unit; defiance and alternative lenders, no judgement of the bank in these words = neutral (the judgement follows in the next sentence)"))
U(d, "He said it was regrettable that the bank", "their sovereignty.",
  ("Uganda", C, neg, "World Bank", "'regrettable' + accusation of using money to pressure Ugandans = judgement (guide: 'regrettable' aimed at an actor)"))
U(d, "He added that oil production, due to begin in 2025", "revenue for the state.",
  ("Uganda", N, pos, "", "own economic outlook = neutral, positive tone"))
U(d, "Henry Musasizi, the state minister for finance, told Parliament's finance committee", "could be affected.",
  ("Uganda", N, neg, "", "budget plan and its cost = neutral, negative tone"))
U(d, "\"We took this decision as a country", "he said.",
  ("Uganda", N, neu, "", "quote opened in a new paragraph, closed by its speaker; own decision and timetable = neutral"))
U(d, "Amos Kankunda, the committee's chairperson, said Parliament did not regret", "keep the country running.",
  ("Uganda", N, pos, "", "Parliament = the Ugandan state; standing by its own law = self-justification, neutral, positive tone (README: self-praise is neutral)"))
U(d, "Deputy Speaker Thomas Tayebwa told MPs there was no cause for panic", "harsher than Uganda's.",
  ("Uganda", C, neg, "World Bank", "'double standards' aimed at the lenders, with the bank named = judgement; the Gulf states are only mentioned"))
U(d, "Frank Mugisha, a leading Ugandan LGBTQ rights activist, thanked the bank", "being hunted\".",
  ("Frank Mugisha", S, pos, "World Bank", "independent activist under his own name; thanks = approval of the bank's act"))
U(d, "He urged other lenders and donors to follow its example", "law is repealed.",
  ("Frank Mugisha", C, neg, "Uganda", "call on others to withhold money until repeal = call for sanctions (README: condemning)"))
U(d, "He said the law had unleashed a wave of evictions", "since it was signed.",
  ("Frank Mugisha", C, neg, "Uganda", "accusation made by describing abuses that followed the law"))
U(d, "Oryem Nyeko, Uganda researcher at Human Rights Watch, said the freeze", "only themselves to blame.",
  ("Human Rights Watch", C, neg, "Uganda", "researcher speaks for HRW; 'attack on the rights' + 'only themselves to blame' = judgement of the government"))
U(d, "Opposition leader Robert Kyagulanyi, also known as Bobi Wine, said the bank was right to act", "opposition supporters.",
  ("National Unity Platform", C, neg, "World Bank", "party leader = his party; approval + a criticism put as a question (why silent for years) = rule 1, the judgement decides; target the bank whose silence is questioned (unsure: could be read as aimed at the government)"))
U(d, "\"The same regime that passed this law", "is the largest opposition party in Parliament.",
  ("National Unity Platform", C, neg, "Uganda", "quote with the attribution tail that names the party; accusation of killing and jailing opponents; 'regime' = the Ugandan government"))
U(d, "In Washington, a State Department spokesperson said the United States supported", "law to be repealed.",
  ("United States", S, pos, "World Bank", "backing of the bank's review (supporting); 'keep pressing for repeal' has no judgement word and no peace appeal, so rule 3 decides"))
U(d, "Washington imposed visa restrictions on unnamed Ugandan officials", "over the law.",
  ("United States", C, neu, "Uganda", "an earlier sanction reported as done = condemning, plain wording (neutral tone); Washington = metonym"))
