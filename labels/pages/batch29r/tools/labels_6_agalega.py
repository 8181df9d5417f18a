# ------------------------------------------------------------------ Mauritius/India: the Agalega airstrip and jetty (explainer, 2024-03-04)
d = "page_mauritius_agalega_airstrip2024_explainer.txt"
# Not statements: kicker, headline, outlet/date line, breadcrumb, Q&A crossheads ("What has been built?" etc.), Read more, share bar, copyright.
# Lead: "On February 29, the prime ministers of Mauritius and India opened ..." = narration of a ceremony, no row.
U(d, "India paid for the works, which took about five years.", "took about five years.",
  ("India", S, neu, "Mauritius", "backing by act: financing reported as done (unsure: could be read as background)"))
# "Critics in Mauritius say ...; both governments say they do not." = summary with unnamed critics; no row. "Here is what we know." = furniture.
# "What has been built?" section: narration and figures from no named source, no row.
U(d, "Mauritius Prime Minister Pravind Jugnauth told the ceremony", "unlicensed fishing fleets.",
  ("Mauritius", N, pos, "", "explainer introduces by role; purposes of the facilities = plans, positive tone"))
U(d, "Jugnauth rejected outright the claim that Agalega", "never on the table,\" he said.",
  ("Mauritius", N, neg, "", "surname after role; denial = neutral, negative"))
U(d, "He also turned on his critics at home and abroad", "did Mauritius no credit.",
  ("Mauritius", C, neg, "", "accusation of a smear campaign against critics (non-canonical) -> target empty"))
U(d, "Jugnauth thanked New Delhi for financing the works", "never let Mauritius down.",
  ("Mauritius", S, pos, "India", "thanks and praise = supporting; New Delhi = metonym"))
U(d, "Indian Prime Minister Narendra Modi said the security of the two countries' waters", "the 2020 oil spill.",
  ("India", S, pos, "Mauritius", "pledge to stand with Mauritius = support"))
U(d, "Modi said islanders who fell ill would no longer", "reach a hospital.",
  ("India", N, pos, "", "benefit described, no evaluation of an actor"))
# "At a weekly briefing ... Jaiswal ... was asked whether Indian naval personnel would be based on the island." = narration of a question, no row.
U(d, "Jaiswal said the facilities belonged to Mauritius", "India's role was to build them.",
  ("India", N, neu, "", "spokesperson by surname; denial-type factual clarification = neutral"))
# "Both governments deny it." = summary line restating the two denials above, no row.
# "In 2021 an Al Jazeera investigation ... reported ...": a news outlet reporting is not an actor; "an account New Delhi has never accepted" = background, no row.
U(d, "Jaiswal added that India respected the sovereignty", "without reservation.",
  ("India", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "Prof. Rajen Mootoosamy, who teaches international relations", "the denials and the evidence were not necessarily at odds.",
  ("Rajen Mootoosamy", N, neu, "", "invented analyst; reading, no evaluation"))
U(d, "\"A runway long enough for a maritime patrol aircraft is a military asset", "Mootoosamy said.",
  ("Rajen Mootoosamy", N, neg, "", "analysis: agreements silent on control; critical tone but no actor judged (unsure: condemning)"))
U(d, "He said Port Louis should publish the 2015 memorandum", "in full.",
  ("Rajen Mootoosamy", T, neu, "Mauritius", "a demand for transparency, no judgement -> appeal (unsure: neutral)"))
U(d, "The opposition Labour Party leader, Navin Ramgoolam, accused the government", "for nine years.",
  ("Labour Party (Mauritius)", C, neg, "Mauritius", "party leader speaks for the party; accusation of secrecy"))
U(d, "Ramgoolam said a government that had fought Britain over the Chagos", "to another state in secret.",
  ("Labour Party (Mauritius)", C, neg, "Mauritius", "judgement without stock words (hypocrisy)"))
U(d, "He promised that a Labour government would lay every agreement", "before Parliament.",
  ("Labour Party (Mauritius)", N, neu, "", "campaign pledge = plan, no judgement"))
U(d, "Paul Bérenger, leader of the Mouvement Militant Mauricien, said his party would demand", "when the House resumed.",
  ("Mouvement Militant Mauricien", N, neu, "", "plan for a parliamentary step, no judgement stated"))
U(d, "Bérenger said the prime minister's attacks on his critics were unworthy", "unworthy of his office.",
  ("Mouvement Militant Mauricien", C, neg, "Mauritius", "'unworthy of his office' = judgement on the PM"))
U(d, "Jocelyne Pierre-Louis, who heads a residents' group on North Island, said", "would be used for.",
  ("Jocelyne Pierre-Louis", C, neg, "", "complaint of being kept uninformed (governments both implied) -> target empty (unsure: neutral)"))
U(d, "\"We welcome the new hall and the better connection to the mainland", "she said.",
  ("Jocelyne Pierre-Louis", S, neu, "", "welcome joined to a demand for information: no judgement (rule 1) and no peace/talks appeal (rule 2), so the welcome decides (rule 3); mixed tone"))
U(d, "Pierre-Louis urged both governments to hold a public meeting", "anything else is built.",
  ("Jocelyne Pierre-Louis", T, neu, "", "appeal for a consultation meeting, no judgement"))
U(d, "Dr Priya Ramdin, a senior fellow at the Indian Ocean Policy Forum", "naval presence in the region.",
  ("Priya Ramdin", N, neu, "", "invented analyst; context, no evaluation"))
U(d, "Ramdin said the facilities were a sound investment", "than they had received.",
  ("Priya Ramdin", S, pos, "", "praise of the project (two countries) -> target empty"))
U(d, "China's embassy in Port Louis said China respected the sovereignty of Mauritius", "target any third party.",
  ("China", T, neu, "", "hope for regional peace + veiled caution; no explicit judgement -> calling_for_talks"))
U(d, "A US State Department spokesperson, asked about the project, said Washington welcomed", "sea lanes secure.",
  ("United States", S, pos, "India", "welcome of India's role = supporting"))
U(d, "Britain's Foreign Office said the works were a matter for Mauritius and India", "continuing Chagos talks.",
  ("United Kingdom", N, neu, "", "procedural, declines to link = neutral"))
# "The Seychelles government ... has made no public comment." = non-statement.
U(d, "The Mauritian prime minister's office said the facilities would be managed", "for a transition period.",
  ("Mauritius", N, neu, "", "plans"))
# "A general election is due by the end of the year ..." = background, no row.
