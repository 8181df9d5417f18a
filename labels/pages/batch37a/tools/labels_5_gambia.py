# ------------------------------------------------------------------ Gambia's National Assembly rejects the bill to lift the FGM ban (live blog, full HTML, 2024-07-15)
d = "page_gambia_fgmbill_vote2024_liveblog.html"
# Not statements: menu, kicker, headline, standfirst, byline, caption, key-events list, time stamps, entry headings, embed source
# lines, the closing and welcome notes, "Related:" link, share bar, comments block, most read, newsletter, footer.
U(d, "Almameh Gibba, the independent member for Foni Kansala", "elected most of his colleagues.",
  ("Gambia", C, neg, "", "an independent lawmaker (no party) resolves to the state (guide: Senator Cardin -> United States); 'betrayal' = judgement of the Assembly's majority, which is his own state -> target empty (unsure: he opposes the government's line)"))
U(d, "\"This is not the end.", "he said.",
  ("Gambia", N, neg, "", "quote closed by 'he said'; vow to re-table the bill = a plan, defiance aimed at no actor"))
U(d, "We commend the members of the National Assembly who stood up today", "health and rights of Gambian girls.",
  ("United States", S, pos, "Gambia", "embedded post of the US embassy, first sentence: praise of the lawmakers (the Assembly -> Gambia)"))
U(d, "The United States will continue to support Gambian communities and survivors", "working to end FGM.",
  ("United States", S, pos, "", "second sentence of the post: continued support to communities and survivors (not the state) -> target empty"))
U(d, "The European Union delegation in Banjul said in a short statement", "run by local groups.",
  ("European Union", S, pos, "Gambia", "approval of the vote + pledged funding = supporting; Banjul = place"))
U(d, "The heads of the World Health Organization, UNICEF and the UN Population Fund welcomed", "lifelong harm.",
  ("World Health Organization", S, pos, "Gambia", "joint statement of three agencies: one row each; welcome of the lawmakers' choice"),
  ("UNICEF", S, pos, "Gambia", "same joint statement"),
  ("UNFPA", S, pos, "Gambia", "same joint statement; 'UN Population Fund' = UNFPA"))
U(d, "They warned, however, that a ban on paper would mean little", "where cutting is most common.",
  ("World Health Organization", N, neg, "", "'They' = the three agencies; warning + appeal to fund education: no judgement of an actor, not a peace appeal = neutral, negative"),
  ("UNICEF", N, neg, "", "same"),
  ("UNFPA", N, neg, "", "same"))
U(d, "Samira Daoud, Amnesty International's regional director for West and Central Africa,", "threats during the campaign.",
  ("Amnesty International", T, neu, "Gambia", "regional director speaks for Amnesty; muted welcome + appeal to protect threatened activists (protection appeal = calling_for_talks)"))
U(d, "Imam Abdoulie Fatty, one of the most prominent religious backers of the bill,", "to respect the police.",
  ("Abdoulie Fatty", T, neu, "", "cleric = independent person; appeal to his supporters to disperse calmly = restraint -> calling_for_talks, no target"))
U(d, "He then accused the lawmakers who voted against the bill", "when they next face the voters.",
  ("Abdoulie Fatty", C, neg, "Gambia", "accusation + campaign to unseat them; lawmakers -> the state"))
U(d, "The Ministry of Information said in a statement that the vote left the 2015 law untouched", "step up its work against the practice.",
  ("Gambia", N, pos, "", "the government says its own law stands and announces more work against the practice, aimed at no actor = neutral, positive tone"))
U(d, "\"Nothing has changed for those who cut girls.", "the statement said.",
  ("Gambia", N, neu, "", "quote closed by 'the statement said'; enforcement of its own law + outreach: a domestic warning aimed at no canonical actor = neutral (unsure: could be read as a threat)"))
# "Women danced and sang outside the National Assembly ..." = scene description: no row.
U(d, "The girls of this country won today.", "won today.",
  ("Jaha Dukureh", S, pos, "", "embedded post, first sentence: approval of the outcome; the Assembly is not named -> target empty (re-read: was Gambia)"))
U(d, "To every survivor who spoke up when it was dangerous to speak:", "this is yours.",
  ("Jaha Dukureh", S, pos, "", "praise of survivors (not actors) -> target empty"))
U(d, "Now we make sure the law is used.", "the law is used.",
  ("Jaha Dukureh", N, pos, "", "a plan for enforcement, no appeal to an actor"))
U(d, "Fatou Baldeh, a survivor and campaigner who has led the lobbying", "move to enforcement.",
  ("Fatou Baldeh", N, neg, "", "independent campaigner; harassment by unnamed people + plans = neutral, negative"))
U(d, "\"We were told we were agents of the West.", "she said.",
  ("Fatou Baldeh", N, neg, "", "two-sentence quote closed by its speaker; rebuttal of an accusation (denial) = neutral, negative"))
U(d, "After members voted down every clause of the bill, Speaker Fabakary Tombong Jatta ruled", "declared the bill rejected.",
  ("Gambia", N, neu, "", "the Speaker in the chair resolves to the state; procedural ruling"))
U(d, "Thirty-four of the 53 members voted to keep the ban,", "by assembly staff.",
  ("Gambia", N, neu, "", "figures given by staff of a named body (the Assembly) -> the state"))
U(d, "The joint committee on health and gender,", "recommended in its report that the Assembly reject it.",
  ("Gambia", N, neu, "", "a parliamentary committee's recommendation = the state; procedure"))
U(d, "The committee said the evidence it gathered from doctors and midwives", "rather than repealed.",
  ("Gambia", N, neg, "", "findings about harm + a recommendation on its own law, aimed at no actor"))
