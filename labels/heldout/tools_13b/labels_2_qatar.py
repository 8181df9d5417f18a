# ------------------------------------------------------------------ Qatari court sentences eight former Indian Navy personnel to death (full HTML, Indian daily, 2023-10-27)
d = "page_qatar_navy_verdict_webpage.html"
U(d, "India will appeal against the death sentences", "anguished pleas from the men's families.",
  ("India", N, neu, "", "'Indian government sources' = unnamed officials of a named government -> India; a legal appeal announced = procedure, neutral (unsure: contesting the verdict could be read as a rejection); dateline 'NEW DELHI:' excluded"))
U(d, "The sources said New Delhi would also work the diplomatic channels", "going into details.",
  ("India", T, neu, "Qatar", "diplomatic engagement with Doha (metonym) = talks"))
U(d, "The Court of First Instance in Doha delivered its verdict", "detailed judgement.",
  ("India", N, neu, "", "the MEA reporting facts about the verdict; the Qatari court's act is the event reported by India, not a Qatari position (no Qatar row)"))
U(d, "The ministry said the Indian embassy in Doha had followed every hearing", "October 3.",
  ("India", N, neu, "", "'The ministry' = MEA; facts about the trial"))
U(d, "“The news of the death penalty has come as a profound shock to us.", "the ministry said.",
  ("India", N, neg, "", "multi-sentence quote closed by its speaker = one unit; shock with no judgement on Qatar and own steps = neutral, negative (README: 'Japan was shocked')"))
U(d, "“The government attaches the highest importance to this case", "help to the men.”",
  ("India", T, neu, "Qatar", "quotation continued over a paragraph break, same speaker; 'take up the verdict with the Qatari authorities' = diplomatic course -> talks; consular help to its own nationals is no aid to an actor"))
U(d, "The ministry declined to go into the charges", "were confidential.",
  ("India", N, neu, "", "declines to comment = neutral"))
U(d, "The Congress said in a statement that the lives of the eight veterans", "secure their return.",
  ("Indian National Congress", T, neg, "India", "party as actor; asks its own government to press Doha diplomatically, no judgement -> talks addressed to India"))
U(d, "Congress president Mallikarjun Kharge said on X", "hour of grief.",
  ("Indian National Congress", S, neg, "", "solidarity with the families (not actors) = supporting, no target; grief -> negative"))
U(d, "“For fourteen months these men sat in solitary confinement", "he said.",
  ("Indian National Congress", C, neg, "India", "Jairam Ramesh (name files: Congress); blame of the government; 'the Prime Minister' = India; Doha only mentioned. The preceding 'went further' sentence is no statement"))
U(d, "Manish Tewari, the Congress MP from Anandpur Sahib", "months ago.",
  ("Indian National Congress", N, neu, "", "MP introduced by role; own past action stated = neutral"))
U(d, "He accused the government of brushing aside repeated pleas", "veterans' associations.",
  ("Indian National Congress", C, neg, "India", "'He' = Tewari; accusation of the government"))
U(d, "Shashi Tharoor, the party's MP from Thiruvananthapuram", "at the highest level.",
  ("Indian National Congress", S, pos, "India", "expresses confidence in the ministry and the PM = backing of the government (unsure: could be read as an appeal for diplomacy, talks)"))
U(d, "AIMIM chief Asaduddin Owaisi, the MP from Hyderabad", "bringing the officers home.",
  ("All India Majlis-e-Ittehadul Muslimeen", C, neg, "India", "sarcasm about Modi's boasts + demand: a judgement without stock words decides (rule 1; unsure)"))
U(d, "The ruling Bharatiya Janata Party (BJP) accused the Opposition", "consular matter.",
  ("Bharatiya Janata Party", C, neg, "", "accusation aimed at 'the Opposition' (several parties, non-canonical) -> target empty (README)"))
U(d, "A BJP spokesperson said the government had been working tirelessly", "nation's backing.",
  ("Bharatiya Janata Party", S, pos, "India", "unnamed spokesperson of a named party = BJP; praise and backing of the government"))
U(d, "Meetu Bhargava, whose brother Commander Purnendu Tiwari", "Emir of Qatar.",
  ("Meetu Bhargava", T, neg, "India", "relative as independent person; asks the PM to intervene with the Emir = appeal for a diplomatic course, addressed to India"))
U(d, "“My brother gave his whole life to this country's uniform", "she told reporters.",
  ("Meetu Bhargava", T, neg, "India", "'she' = Meetu Bhargava; plea to the government, no judgement"))
