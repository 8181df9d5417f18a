# ------------------------------------------------------------------ Arrest of José Rubén Zamora (elPeriódico), Guatemala (U.S. Embassy news page, items 20 July - 10 August 2022)
d = "page_guatemala_zamora_elperiodico2022_embassynews.txt"
# The Embassy's own voice = United States (the page never names the state in its own sentences).
# Not statements: site header, language bar, menu, breadcrumb, filter bar, item kickers (PRESS RELEASE | date), item headlines,
# photo caption "Photo 1 of 4", media-contact lines, host labels, subscribe/follow bar, Related, disclaimer, footer.
# "The Embassy hosted a roundtable on Wednesday with Guatemalan journalists ..." = event narration (not a meeting of parties): no row.
U(d, "Ambassador William W. Popp opened the session by saying", "face pressure for their work.",
  ("United States", S, pos, "", "the Ambassador = United States; backing of reporters (no canonical target)"))
U(d, "Dr. Marisol Ajcip, who directs the journalism program", "be careful what you dig up.\"",
  ("Marisol Ajcip", C, neg, "Guatemala", "invented independent scholar; judgement of the detention by its chilling effect, no stock word"))
U(d, "Ajcip said editors she had spoken to in the past week", "into public contracts.",
  ("Marisol Ajcip", N, neg, "", "surname only; facts given by the speaker"))
U(d, "Héctor Monzón Paiz, a media lawyer who has defended reporters", "hold the hearings in public.",
  ("Héctor Monzón Paiz", T, neu, "Guatemala", "invented lawyer; appeal for an open procedure, no judgement"))
# "The Embassy thanks all participants for their candor." = courtesy line, no row.
U(d, "HOST: The Public Ministry says the charges are about Mr. Zamora's companies", "not about his newspaper.",
  ("Guatemala", N, neg, "", "host's question reporting the Public Ministry's position = Guatemala's statement (labels/README); a denial that the case is about journalism = neutral; the question itself ('Do you accept ...?') is no one's"))
U(d, "What we have asked for from the first day is simple:", "in detention be protected.",
  ("United States", T, neu, "Guatemala", "after 'AMBASSADOR POPP: '; appeal for due process and protection, no judgement"))
U(d, "HOST: President Giammattei said on Monday that foreign governments should not pressure", "Guatemalan judges.",
  ("Guatemala", C, neg, "", "position reported in the host's question; rejection of foreign 'pressure' = judgement aimed at unnamed foreign governments (target empty)"))
U(d, "Nobody is pressuring a judge by asking that the law be applied fairly.", "Nobody is pressuring a judge by asking that the law be applied fairly.",
  ("United States", N, neg, "", "denial of the charge = neutral, negative tone"))
U(d, "The United States has raised these concerns privately and publicly, and we will keep doing so.", "The United States has raised these concerns privately and publicly, and we will keep doing so.",
  ("United States", N, neg, "", "raising concerns, no appeal in this sentence = neutral, negative tone (re-read in the random check)"))
# "I will not speculate about future designations." = non-answer, no row.
U(d, "I will say that the people we have already named were named because of what they did", "that list is not closed.",
  ("United States", C, neg, "Guatemala", "veiled threat of further sanctions = condemning; those named are Guatemalan officials"))
U(d, "The missions of Canada, Germany, Spain, Sweden and the United States and the Delegation of the European Union in Guatemala follow", "other journalists in the country.",
  ("Canada", C, neg, "Guatemala", "joint statement by a list: one row each; 'judicial harassment' is the judgement (concern + judgement = condemning)"),
  ("Germany", C, neg, "Guatemala", "same joint statement"),
  ("Spain", C, neg, "Guatemala", "same joint statement"),
  ("Sweden", C, neg, "Guatemala", "same joint statement"),
  ("United States", C, neg, "Guatemala", "same joint statement"),
  ("European Union", C, neg, "Guatemala", "same joint statement (EU delegation)"))
U(d, "The signatories call on the Guatemalan authorities to guarantee", "work without fear.",
  ("Canada", T, neu, "Guatemala", "'the signatories' = the listed missions; appeal, no judgement in this sentence"),
  ("Germany", T, neu, "Guatemala", "same"),
  ("Spain", T, neu, "Guatemala", "same"),
  ("Sweden", T, neu, "Guatemala", "same"),
  ("United States", T, neu, "Guatemala", "same"),
  ("European Union", T, neu, "Guatemala", "same"))
# "The missions reaffirm their support for independent media ..." = left without rows to keep the joint statement at two units (unsure: supporting, no canonical target).
U(d, "The Embassy has followed the first hearing in the case of José Rubén Zamora", "under seal.",
  ("United States", N, neu, "", "monitoring + a procedural fact"))
U(d, "The Embassy takes note of the Public Ministry's assertion", "no connection to his reporting.",
  ("United States", N, neu, "", "taking note = procedural, no position"),
  ("Guatemala", N, neg, "", "the Public Ministry's denial, reported by the Embassy = Guatemala's statement, neutral (denial)"))
U(d, "Prosecutors targeting journalists with opaque financial charges", "confidence in the justice system.",
  ("United States", C, neg, "Guatemala", "the Embassy's voice without attribution on its own page; judgement without stock words"))
U(d, "Mr. Zamora, who began a hunger strike on Saturday", "his safety in prison.",
  ("José Rubén Zamora", C, neg, "Guatemala", "real journalist as independent person; protest by act + holding the AG's office responsible"))
U(d, "The Inter-American Commission on Human Rights requested information", "a step the Embassy welcomes.",
  ("Organization of American States", N, neu, "", "IACHR = OAS body (name files); a request for information = procedural (target left empty for a neutral row; unsure: could be calling_for_talks as a protective step)"),
  ("United States", S, pos, "Organization of American States", "welcome of the Commission's step = supporting"))
U(d, "Assistant Secretary of State for Western Hemisphere Affairs Brian A. Nichols said on Saturday", "be respected.",
  ("United States", T, neu, "Guatemala", "appeal for rights and safety, no judgement"))
U(d, "The Embassy is following closely the arrest on July 29", "in Guatemala City.",
  ("United States", N, neu, "", "monitoring with no appeal = neutral"))
U(d, "The Embassy calls on the authorities to honor every procedural guarantee", "access to him.",
  ("United States", T, neu, "Guatemala", "appeal, no judgement"))
U(d, "The head of the prosecutors' unit that ordered the arrest, Rafael Curruchiche, was included on July 20", "acts of corruption.",
  ("United States", C, neg, "Guatemala", "designation on the corrupt-actors list = sanction (measure); Curruchiche is a Guatemalan official"))
U(d, "Curruchiche said in a video released by the Public Ministry that the file was sealed", "nothing more about it.",
  ("Guatemala", N, neu, "", "prosecutor = Guatemala; procedural line"))
U(d, "The Inter American Press Association described the arrest as an act of reprisal", "headquarters in Miami.",
  ("Inter American Press Association", C, neg, "Guatemala", "judgement; attribution tail"))
U(d, "The Department of State today submitted to Congress its annual report naming individuals", "blocked investigations of it.",
  ("United States", C, neg, "", "naming officials as corrupt = judgement + measure; aimed at four states (target empty)"))
U(d, "Those named are generally ineligible for visas and admission to the United States.", "Those named are generally ineligible for visas and admission to the United States.",
  ("United States", N, neu, "", "the legal effect stated as a fact (the measure is labelled in the previous sentence)"))
U(d, "\"Corruption drains the resources that communities need", "accountable institutions.",
  ("United States", S, pos, "", "commitment to work with reformers = backing; the judgement targets corruption, not an actor"))
