# ------------------------------------------------------------------ Arrest of US academic Paul Chambers under Thailand's lese-majeste law: round-up of reactions (regional news site, 2025-04-11)
d = "page_paulchambers_arrest2025_roundup.txt"
# Not statements: masthead, menu, section path, headline, byline/time, share line, "Below, the main reactions so far.",
# the capitalised section labels, Related list, newsletter prompt, tags, copyright.
# "The arrest in Thailand of Paul Chambers ... has drawn reactions from ..." = summary line, no row.
# "Chambers, a lecturer at Naresuan University ..., reported to police on Tuesday after a complaint filed by the army's Third Army Region." = background narration (the army's own position comes later), no row.
# "A provincial court first denied him bail; an appeal court released him ..." = court procedure narrated, no row.
U(d, "Chambers has denied the charges, which fall under Section 112", "the Computer Crimes Act.",
  ("Paul Chambers", N, neg, "", "the accused as an independent person; denial = neutral, negative"))
U(d, "His lawyers say they relate to a notice announcing an online seminar", "which he did not write.",
  ("Thai Lawyers for Human Rights", N, neu, "", "'his lawyers' = TLHR, which the page later says represents him; factual account of the charge's basis"))
U(d, "The State Department said it was deeply troubled by the arrest of a U.S. citizen", "under Thailand's lese-majeste law.",
  ("United States", N, neg, "", "concern without an appeal in this sentence = neutral, negative"))
U(d, "\"Academic work and commentary should never land anyone in a cell", "spokesperson Tammy Bruce said in a written statement on Tuesday.",
  ("United States", C, neg, "Thailand", "spokesperson named after the quote; judgement without stock words on jailing a scholar"))
U(d, "Bruce said U.S. consular officers had asked to see Chambers", "throughout the proceedings.",
  ("United States", N, neu, "", "surname on second mention; consular request + fair-treatment plan = procedural, neutral (unsure: could be calling_for_talks)"))
U(d, "According to a readout from the U.S. Embassy in Bangkok, the chargé d'affaires raised the case", "be reviewed promptly.",
  ("United States", T, neu, "Thailand", "second-hand attribution ('according to a readout'); welcome of bail joined to an appeal, no judgement -> calling_for_talks (rule 2 before rule 3)"))
U(d, "Several members of Congress went further on social media", "a long-standing ally.",
  ("United States", C, neg, "Thailand", "members of Congress = United States (a named body); 'assault on academic freedom' + warning"))
U(d, "The government's spokesperson, Jirayu Huangsap, said the case was a matter for the police and the courts", "equal before the law.",
  ("Thailand", N, neu, "", "procedural line: matter for the courts = neutral"))
U(d, "\"The government does not interfere in legal proceedings, and we ask friends abroad to respect the process,\" Jirayu told reporters at Government House.", "at Government House.",
  ("Thailand", N, neu, "", "Thai given name used as second mention; non-interference + request to foreign partners, no judgement, no call for talks = neutral (unsure: could be read as a mild rebuff)"))
U(d, "The Royal Thai Army, which filed the complaint through its Third Army Region", "criticism of the military.",
  ("Thailand", N, neg, "", "the army speaks for its state (guide); justification + rejection of the 'silencing' charge = denial, neutral, negative (unsure: the complaint itself is an accusation of Chambers)"))
U(d, "Naresuan University said it was cooperating with the authorities", "the outcome of the case.",
  ("Naresuan University", N, neu, "", "cooperation + suspension as a procedure, no judgement = neutral"))
U(d, "ISEAS-Yusof Ishak Institute, the Singapore think tank whose website carried the seminar notice", "proceedings in another country.",
  ("ISEAS-Yusof Ishak Institute", N, neu, "", "declines to comment = neutral"))
U(d, "Thai Lawyers for Human Rights, which represents Chambers, said the charges rested on a text", "without delay.",
  ("Thai Lawyers for Human Rights", T, neg, "Thailand", "factual rebuttal + demand to drop the case, no judgement word = calling_for_talks (demand addressed to one side)"))
U(d, "Human Rights Watch: \"A chilling escalation.\"", "\"A chilling escalation.\"",
  ("Human Rights Watch", C, neg, "Thailand", "round-up line with no verb of saying; judgement"))
U(d, "The group's Asia director, Elaine Pearson, said Thai authorities were now using the lese-majeste law", "to punish speech.",
  ("Human Rights Watch", C, neg, "Thailand", "'the group' = HRW; accusation of using the law to punish speech"))
U(d, "Amnesty International called the arrest a fresh sign of the misuse of Section 112", "to amend the law.",
  ("Amnesty International", C, neg, "Thailand", "'misuse' = judgement + appeal -> rule 1"))
U(d, "Scholars at Risk, the international network of universities, urged Thai authorities to drop the charges", "to offer support.",
  ("Scholars at Risk", T, neu, "Thailand", "appeal to drop charges, no judgement word = calling_for_talks; the support offered goes to a person, not an actor"))
U(d, "The UN human rights office for South-East Asia, in a post on its regional account", "under international law.",
  ("United Nations", T, neu, "Thailand", "monitoring + reminder of legal standards = appeal without judgement, calling_for_talks"))
U(d, "The EU delegation in Bangkok: following developments, in contact with like-minded missions.", "like-minded missions.",
  ("European Union", N, neu, "", "round-up line with no verb; monitoring = neutral"))
U(d, "A spokesperson said the bloc had no further comment at this stage.", "at this stage.",
  ("European Union", N, neu, "", "'the bloc' = EU; non-comment reported as a statement of the spokesperson = procedural neutral"))
U(d, "Wanida Srisuk, a political scientist at a university in Bangkok", "speaking about the army.",
  ("Wanida Srisuk", N, neg, "", "invented scholar; forecast of a chilling effect without an explicit judgement = neutral, negative"))
U(d, "\"When a general can file a complaint over a seminar notice", "she said.",
  ("Wanida Srisuk", C, neg, "Thailand", "judgement by irony on the army's complaint (the army = Thailand)"))
U(d, "Evan Kettleby, an American doctoral student at Naresuan who attended Chambers' classes, said he had been at the police station on Tuesday.", "on Tuesday.",
  ("Evan Kettleby", N, neu, "", "invented witness; what he did = neutral"))
U(d, "\"He was calm.", "Kettleby said.",
  ("Evan Kettleby", N, pos, "", "description of the scene, no position"))
U(d, "Foreign Minister Maris Sangiampongsa was quoted by Thai media as saying", "a single court case.",
  ("Thailand", N, pos, "", "passive attribution ('was quoted by Thai media'); briefing + reassurance about ties = neutral, positive tone"))
U(d, "The Association for Asian Studies said in a statement that it stood in solidarity with Chambers", "his legal costs.",
  ("Association for Asian Studies", S, pos, "Paul Chambers", "solidarity + offer of help = supporting; Chambers declared as a person actor"))
