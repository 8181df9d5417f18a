# ------------------------------------------------------------------ Samoa constitutional crisis, tent swearing-in (Pacific daily house style, 2021-05-25)
d = "page_samoa_crisis_pacificdaily.txt"
U(d, "The caretaker Prime Minister, Tuilaepa Dr. Sa'ilele Malielegaoi, has labelled", "any legal effect.",
  ("Human Rights Protection Party", C, neg, "FAST Party", "internal crisis with a contested government: the caretaker PM speaks for his party, not for Samoa (unsure); 'treasonous'"))
U(d, "\"What took place on the lawn yesterday was an unlawful gathering", "Monday evening.",
  ("Human Rights Protection Party", C, neg, "FAST Party", "'unlawful' + threat ('will answer for it')"))
U(d, "He insisted that the H.R.P.P. administration remained in office", "convened Parliament.",
  ("Human Rights Protection Party", N, neu, "", "claim about its own status, no judgement of another actor"))
U(d, "The Prime Minister-elect, Hon. Fiame Naomi Mata'afa, said her party had acted", "general election.",
  ("FAST Party", N, neu, "", "justification of its own act"))
U(d, "Fiame accused the caretaker administration of defying the Supreme Court", "seizure of power.",
  ("FAST Party", C, neg, "Human Rights Protection Party", "accusation; 'caretaker administration' = HRPP"))
U(d, "\"We call on the police, the public service", "she said.",
  ("FAST Party", T, neu, "", "appeal to respect rulings and keep the peace, no judgement"))
U(d, "The Secretary General of the Pacific Islands Forum, Hon. Henry Puna", "asked it to.",
  ("Pacific Islands Forum", T, pos, "", "hope for a peaceful way through + offer of help if asked = calling_for_talks (rule 2 before 3; the help is conditional, not given)"))
U(d, "Australia's Minister for Foreign Affairs, Senator the Hon. Marise Payne", "Samoa's courts.",
  ("Australia", T, neu, "", "appeal to all parties to respect the rule of law and the courts"))
U(d, "New Zealand's Minister of Foreign Affairs, Hon. Nanaia Mahuta", "calmly.",
  ("New Zealand", T, pos, "", "confidence + encouragement to settle calmly = calling_for_talks"))
