# ------------------------------------------------------------------ US expulsion of 15 Cuban diplomats (MINREX declaration with numbered points, 2017-10-03)
d = "page_cuba_diplomats_expulsion_mfastatement.txt"
U(d, "On the morning of 3 October 2017, the Department of State", "within seven days.",
  ("United States", C, neg, "Cuba", "a US act reported by Cuba's ministry = the US's statement; expelling diplomats = condemning (guide)"))
U(d, "The State Department justified the measure by alleging", "requires.",
  ("United States", C, neg, "Cuba", "US accusation reported by the other side (Cuba failed to protect staff) = condemning; Cuba's 'alleging' does not make it Cuba's row"))
U(d, "The Ministry lodges its most energetic protest against this decision", "political motives.",
  ("Cuba", C, neg, "United States", "numbered point 1; 'the Ministry' = MINREX = Cuba; protest + 'lacks any foundation' + political motives = judgement"))
U(d, "The Ministry recalls that on 29 September the United States withdrew", "it invokes.",
  ("Cuba", C, neg, "United States", "accusation of acting without a single piece of evidence (judgement without stock words); the withdrawal itself is only recalled"))
U(d, "Cuba has always honoured, with utmost rigour, its obligations", "harming them.",
  ("Cuba", N, neg, "", "denial of involvement + own record = neutral, negative tone (guide: denial)"))
U(d, "The Ministry notes that US officials have themselves acknowledged", "their personnel.",
  ("United States", N, neu, "", "US position reported by Cuba: not knowing the cause = neutral fact; Cuba only 'notes' it, no row for Cuba (unsure: the point is used against the US)"))
U(d, "At the request of the United States, the Cuban authorities opened an investigation", "gathered so far.",
  ("Cuba", N, neu, "", "own acts reported (investigation, FBI access, information shared) = neutral"))
U(d, "The Ministry further warns that this precipitate step", "mutual interest.",
  ("Cuba", C, neg, "United States", "'The Ministry further' style; 'precipitate step' + warning of damage = judgement of the US act"))
U(d, "Cuba reiterates its willingness to keep working with the competent US authorities", "political weapon.",
  ("Cuba", T, neu, "United States", "offer to keep cooperating + appeal not to politicise, no judgement word = calling_for_talks"))
U(d, "The Ministry thanks the many voices in the United States and elsewhere", "past decades.",
  ("Cuba", S, pos, "", "thanks = approval; aimed at unnamed voices, target empty; the voices themselves get no row"))
