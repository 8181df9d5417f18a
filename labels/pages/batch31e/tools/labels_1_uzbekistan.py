# ------------------------------------------------------------------ Uzbekistan's Dok-1 Max child deaths and the Indian syrup maker (international wire, 2022-12-29)
d = "page_uzbekistan_dok1max_syrup2022_wire.txt"
# Not statements: wire name, menu, section, UPDATE headline, byline, time stamp, read time, the three bullets, dateline,
# ADVERTISEMENT, crossheads, Reporting/Writing/Editing tail, Our Standards, Related Coverage, tags, Most Read, copyright.
U(d, "India's drug regulator inspected a pharmaceutical plant", "reached pharmacy shelves.",
  ("India", N, neu, "", "dateline excluded; regulator's inspection of a plant on its own soil = procedure"),
  ("Marion Biotech", N, neu, "", "'the company stopped making' the syrup = its own act reported as done, no evaluation"),
  ("Uzbekistan", C, neg, "Marion Biotech", "'Uzbekistan blames' the company's syrup for the deaths = accusation; the widened inquiry belongs to the same row"))
U(d, "The health ministry in Tashkent said late on Tuesday", "Marion Biotech Pvt Ltd.",
  ("Uzbekistan", N, neu, "", "death toll given by the ministry = figures (guide: neutral, neutral tone); the blame is carried by the next unit"))
U(d, "Laboratory checks on one batch had turned up ethylene glycol", "well above a child's dose.",
  ("Uzbekistan", C, neg, "Marion Biotech", "toxic solvent found in the maker's batch = accusation by describing the harm (rule 4 analogue); the dosing remark spreads blame to parents and pharmacists (unsure: could be read as neutral findings)"))
U(d, "It said every form of the medicine had been pulled from pharmacies", "early warning signs.",
  ("Uzbekistan", N, neu, "", "'It' = the ministry; recall and dismissal of its own officials = own measures, no judgement (unsure: the recall could be read as a measure against the maker)"))
U(d, "Prosecutors have opened a criminal case against employees", "the prosecutor general's office.",
  ("Uzbekistan", C, neu, "", "criminal case and detentions = a measure (charges); aimed at the importer (not canonical) and at its own certifying body -> target empty"))
U(d, "\"No one who let a poison be sold as a children's medicine", "the office said.",
  ("Uzbekistan", C, neg, "", "threat that all those responsible, at home or abroad, will answer for it; no single target"))
# "Quramax Medical could not be reached for comment." = no position, no row.
U(d, "In New Delhi, the health ministry said inspectors", "in Chandigarh for analysis.",
  ("India", N, neu, "", "inspection and sampling = procedure"))
U(d, "Indian regulators had been in regular contact with their Uzbek counterparts", "the ministry said.",
  ("India", N, neu, "", "regulatory contact + plan to act on results = procedure; 'Uzbek counterparts' are an object"))
U(d, "Health Minister Mansukh Mandaviya later wrote on Twitter", "while the investigation continued.",
  ("India", N, neu, "", "minister = India; halt of production pending tests = regulatory procedure, no judgement (unsure: a measure against the company could be condemning)"))
U(d, "A lawyer for Marion Biotech, Hasan Harris, said the firm was saddened", "the batches it shipped.",
  ("Marion Biotech", N, neg, "", "lawyer speaks for the company; sorrow, halt, and an implicit denial ('nothing wrong') = neutral, negative tone"))
U(d, "\"We have supplied Uzbekistan for a decade", "Harris said.",
  ("Marion Biotech", N, neu, "", "surname only; clean record + pledge to work with both governments = self-defence, no stance on another actor"))
U(d, "Foreign ministry spokesman Arindam Bagchi told a weekly news briefing", "through diplomatic channels.",
  ("India", N, neu, "", "procedural fact; Tashkent and New Delhi are capitals as metonyms/objects"))
U(d, "He said the Indian embassy was giving consular help", "legal proceedings in Uzbekistan.",
  ("India", S, neu, "", "'He' = Bagchi; consular assistance provided = supporting; the helped are company staff, not a canonical actor -> target empty (unsure: could be neutral)"))
U(d, "\"We are in contact with the authorities there, and we would expect", "Bagchi said.",
  ("India", T, neu, "Uzbekistan", "expectation that the inquiry follow the evidence, addressed to Uzbekistan, no judgement = appeal (like a call for a fair investigation)"))
U(d, "The World Health Organization said its regional office had offered Uzbek officials", "the wider inquiry.",
  ("World Health Organization", S, pos, "Uzbekistan", "offer of technical support = supporting; 'its regional office' = WHO"))
U(d, "A spokesperson in Geneva said the agency was also seeking information", "the findings were clearer.",
  ("World Health Organization", N, neu, "", "'the agency' = WHO; Geneva = place; information-gathering and a pending decision = neutral"))
# "The case is the second this year to tie children's deaths to medicines made in India." = narration, no row.
U(d, "In October, the WHO warned against four syrups made by another Indian firm", "found no contamination.",
  ("World Health Organization", C, neg, "", "past product alert against another firm's syrups = a warning (measure) reported as done; the firm is not canonical -> target empty (unsure: could be background)"),
  ("India", N, neg, "", "own test results = denial of contamination, neutral with a negative tone"))
# "The deaths quickly became a political issue in New Delhi." = narration, no row.
U(d, "\"Twice in three months children abroad have died", "wrote on Twitter.",
  ("Indian National Congress", C, neg, "India", "Jairam Ramesh (alias of the party); quote first, attribution tail; opposition judges its own government"))
U(d, "Amit Malviya, who runs the ruling Bharatiya Janata Party's", "had come back.",
  ("Bharatiya Janata Party", C, neg, "Indian National Congress", "party office holder = the party; 'accused' = judgement; 'the Congress' = Indian National Congress"))
U(d, "In Samarkand, Gulnora Tursunova, whose four-year-old son", "safe for small children.",
  ("Gulnora Tursunova", N, neg, "", "named parent (invented) recounting what she was told = facts, negative tone; the pharmacist is unnamed"))
U(d, "\"I want the people who sold it and the people who made it", "she said by telephone.",
  ("Gulnora Tursunova", C, neg, "", "demand that sellers and makers be tried = condemning; several unnamed targets -> empty"))
U(d, "Prakash Raghunathan, a former drugs inspector", "before it leaves the country.",
  ("Prakash Raghunathan", C, neg, "India", "invented analyst; 'gaps that regulators had known about for years' = judgement of the regulator + demand: rule 1 (unsure: could be read as an appeal only)"))
U(d, "\"Until that happens, we will keep reading stories like this one,\"", "Raghunathan said.",
  ("Prakash Raghunathan", N, neg, "", "surname only; warning of recurrence without a new appeal = neutral, negative"))
U(d, "Uzbek customs officers have held back about 60,000 boxes", "according to local media.",
  ("Uzbekistan", N, neu, "", "customs = the state; seizure of stock = own enforcement in line with the recall; local media only relay"))
