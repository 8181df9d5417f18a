# ------------------------------------------------------------------ Bahrain: Nabeel Rajab's five-year sentence over tweets (world-reacts roundup, .txt, 2018-02-22)
d = "page_bahrain_rajab_tweetsverdict2018_worldreacts.txt"
# Not statements: masthead, menu, breadcrumb, headline, byline and time stamps, image line with "1/3", section heads (BAHRAIN, UNITED STATES ...),
# "Here is how governments ... responded." (lead-in), ADVERTISEMENT, Related, newsletter prompt, tags, most read, copyright.
U(d, "A Bahraini court on Wednesday sentenced Nabeel Rajab", "alleged torture at Jau prison.",
  ("Bahrain", C, neg, "Nabeel Rajab", "the court's sentence = an act of the state's judiciary punishing Rajab (as the tribunal's verdict on page 1); the sentence opens the roundup (unsure: could be read as narration)"))
# "Rajab, 53, who founded ... He has been in custody since June 2016." = background, no row.
U(d, "The Public Prosecution said Rajab had been convicted of spreading false news", "the coalition in Yemen.",
  ("Bahrain", C, neg, "Nabeel Rajab", "bullet; the prosecution restates the charges and the harm done = accusation of Rajab (declared as a person)"))
U(d, "The ruling was the work of an independent judiciary", "the prosecution added.",
  ("Bahrain", N, neg, "", "denial that the case concerns free speech = neutral, negative; attribution tail"))
U(d, "The foreign ministry said it rejected any comment from abroad", "the kingdom's internal affairs.",
  ("Bahrain", C, neg, "", "rejects foreign criticism as interference; no single state named -> target empty"))
U(d, "Council of Representatives: full backing for the judiciary", "lies about the kingdom\".",
  ("Bahrain", C, neg, "", "bullet with no verb; the parliament speaks for its state; backing of its own courts joined to an attack on rights groups (rule 1); target empty"))
U(d, "State Department spokeswoman Heather Nauert said the United States was dismayed", "for his opinions.",
  ("United States", C, neg, "Bahrain", "dismay + 'punished a man for his opinions' = judgement of the verdict"))
U(d, "Nauert said a U.S. embassy officer had attended earlier hearings", "the U.S. Navy's Fifth Fleet.",
  ("United States", N, neu, "", "surname only; procedure and continued contacts, no judgement"))
U(d, "Middle East minister Alistair Burt: \"concerned\" by the verdict", "at senior level.",
  ("United Kingdom", N, neg, "", "bullet with no verb; concern without an appeal; raising the case = procedure"))
U(d, "Asked whether London would call for Rajab's release, a Foreign Office spokesperson said", "still possible.",
  ("United Kingdom", N, neu, "", "declines to comment on a judicial case = procedural"))
U(d, "France's foreign ministry said Paris regretted the weight of the sentence", "on humanitarian grounds.",
  ("France", C, neg, "Bahrain", "'regretted' the sentence (a judgement) + hope for release: rule 1"))
U(d, "Germany's human rights commissioner Bärbel Kofler: a call for Rajab's immediate release", "peaceful critics.",
  ("Germany", T, neu, "Bahrain", "bullet with no verb; appeal for release with no judgement word = calling_for_talks (unsure: 'prosecutions of peaceful critics' borders on a judgement)"))
U(d, "Norway — deep concern over the verdict", "in Oslo.",
  ("Norway", N, neg, "", "bullet with no verb; concern without an appeal"))
U(d, "Ireland's Foreign Minister Simon Coveney said five years for a handful of tweets", "out of all proportion.",
  ("Ireland", C, neg, "Bahrain", "judgement without stock words ('out of all proportion')"))
U(d, "An EU spokesperson said the bloc had welcomed Bahrain's commitments to reform", "the opposite direction.",
  ("European Union", C, neg, "Bahrain", "'the bloc'; a past welcome joined to a judgement of the verdict: rule 1"))
U(d, "The U.N. human rights office in Geneva, through spokeswoman Liz Throssell:", "without conditions.",
  ("United Nations", C, neg, "Bahrain", "no verb of saying; judgement + demand for release: rule 1"))
U(d, "Anwar Gargash, the UAE's minister of state for foreign affairs, wrote on Twitter", "lectures from abroad.",
  ("United Arab Emirates", S, pos, "Bahrain", "backing for Bahrain's courts; the jab at foreign critics names no one"))
# "Saudi Arabia, whose role in Yemen featured in the tweets, made no public comment." = non-answer, no row.
U(d, "Amnesty International's regional director Heba Morayef said the court had punished Rajab", "already see in Yemen.",
  ("Amnesty International", C, neg, "Bahrain", "reported clause; judgement of the court's punishment"))
U(d, "Human Rights Watch's Middle East director Sarah Leah Whitson said", "every prominent critic it had.",
  ("Human Rights Watch", C, neg, "Bahrain", "accusation by describing the jailing of critics"))
U(d, "Reporters Without Borders — a verdict that", "a demand that it be quashed.",
  ("Reporters Without Borders", C, neg, "Bahrain", "bullet with no verb; judgement + demand: rule 1"))
U(d, "The Bahrain Institute for Rights and Democracy, based in London, said", "a free hand.",
  ("Bahrain Institute for Rights and Democracy", C, neg, "", "blames Bahrain's Western allies (several states) -> target empty"))
U(d, "Al Wefaq, the opposition bloc dissolved by the courts in 2016, said", "peaceful political work.",
  ("Al Wefaq", C, neg, "Bahrain", "judgement of the authorities"))
U(d, "A message posted on Rajab's Twitter account, which his family runs, said", "brought him to prison.",
  ("Nabeel Rajab", N, pos, "", "his own decision not to appeal; calm tone, no judgement"))
U(d, "Omar Haidari, a lecturer at the Centre for Gulf Governance in London, said", "first jailed in 2012.",
  ("Omar Haidari", N, neu, "", "invented lecturer; observation comparing reactions"))
U(d, "\"Manama has read the mood in Washington and London correctly", "Haidari said.",
  ("Omar Haidari", C, neg, "", "sardonic judgement of the Western capitals' inaction (unsure: could be neutral analysis); two states -> target empty"))
U(d, "Sofia Marchetti, a researcher at the Mediterranean Press Freedom Observatory, said", "anything about Yemen.",
  ("Sofia Marchetti", N, neg, "", "invented researcher; forecast of a chilling effect"))
U(d, "Marchetti said Bahrain's allies should make Rajab's release a condition", "achieved nothing.",
  ("Sofia Marchetti", C, neg, "Bahrain", "call for a measure against Bahrain (arms sales conditioned) = sanctions-type call, condemning"))
