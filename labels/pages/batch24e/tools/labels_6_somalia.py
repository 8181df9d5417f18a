# ------------------------------------------------------------------ Somalia expels UN envoy Nicholas Haysom after questioning Robow's arrest (regional daily, scraped, 2019-01-06)
d = "page_somalia_haysom_expulsion_regionaldaily.txt"
# Not statements: masthead, city bar, date, breadcrumb, e-paper bar, section, headline, standfirst, byline, posted line, share line, PHOTO caption, ADVERTISEMENT, crossheads, Related, TAGS, Most Read, copyright.
U(d, "The United Nations Security Council on Saturday said it regretted", "on Friday.",
  ("United Nations", C, neg, "Somalia", "'regretted' the government's decision = judgement"))
U(d, "In a press statement agreed by all 15 members, the Council thanked Haysom", "to the United Nations.",
  ("United Nations", N, pos, "", "praise of its own envoy = self-praise, neutral with positive tone"))
U(d, "The Council also said it remained firmly behind the Somali government's efforts", "working hand in hand.",
  ("United Nations", S, pos, "Somalia", "support for the government's peace efforts + wish for cooperation (not a peace appeal) = supporting"))
U(d, "Haysom, a South African lawyer appointed by Secretary-General Antonio Guterres in September, was declared", "on New Year's Day.",
  ("Somalia", C, neg, "United Nations", "expulsion of the UN envoy reported as done = measure"))
U(d, "The ministry said in a short statement that the envoy had gone far beyond", "work in the country.",
  ("Somalia", C, neg, "United Nations", "accusation of interference"))
U(d, "The row followed a letter Haysom wrote on December 30", "the crackdown that followed.",
  ("United Nations", T, neu, "Somalia", "the envoy's questions on the arrest's legal basis = request for accountability, no judgement (unsure: could be neutral)"))
U(d, "In the letter, the envoy asked the government to look into the deaths", "those who fired.",
  ("United Nations", T, neg, "Somalia", "demand for an inquiry = calling_for_talks (labels/README: inquiries)"))
# "Robow, who left al-Shabaab in 2017, was detained ..." = narration, no row.
U(d, "UN figures put the toll of the protests in Baidoa", "according to the envoy's office.",
  ("United Nations", N, neu, "", "figures given by an actor, no blame"))
U(d, "Foreign Minister Ahmed Isse Awad told the BBC Somali Service", "a guest of the Somali state.",
  ("Somalia", C, neg, "United Nations", "judgement of the envoy's conduct"))
U(d, "\"A guest does not send orders to the ministers", "before raising them with the government.",
  ("Somalia", C, neg, "United Nations", "judgement without stock words + 'adding' tail"))
U(d, "Awad said the UN agencies in Somalia were welcome", "not with the Organization.",
  ("Somalia", N, neu, "", "clarification that the agencies may stay; no new judgement or support (unsure)"))
U(d, "At the Council on Thursday, Somalia's ambassador Abukar Dahir Osman said", "under trusteeship.",
  ("Somalia", C, neg, "United Nations", "gratitude + judgement of the envoy = condemning (rule 1)"))
# "Haysom, addressing the same meeting by video link, did not mention his own position." = non-answer, no row.
U(d, "He warned that the political tension between Mogadishu and the federal member states", "national elections.",
  ("United Nations", N, neg, "", "warning without an appeal = neutral, negative"))
U(d, "He urged the federal government and the regional administrations to settle", "out of electoral politics.",
  ("United Nations", T, neu, "", "appeal for dialogue to several parties"))
U(d, "UN deputy spokesman Farhan Haq told reporters in New York", "Secretary-General's backing.",
  ("United Nations", N, neu, "", "procedure + backing of its own envoy"))
# "The expulsion came as al-Shabaab fired several mortar rounds ..." = narration with casualty figures, no row.
U(d, "Al-Shabaab said in a message on its Andalus radio", "at the compound.",
  ("Al-Shabaab", N, neu, "", "claims its own attack as done, no judgement stated = neutral"))
U(d, "The United Nations condemned the shelling as a deliberate attack", "breach of international law.",
  ("United Nations", C, neg, "Al-Shabaab", "condemnation of the attack"))
U(d, "In Washington, Representative Eliot Engel, who took over the House Foreign Affairs Committee this week, said", "slipping backwards.",
  ("United States", C, neg, "Somalia", "a congressman speaks for the US (guide: Senator Cardin); judgement of governance"))
U(d, "A State Department official said the United States had raised the matter", "to resolve it.",
  ("United States", T, neu, "Somalia", "unnamed official of a named government; urges resolution with the UN"))
U(d, "Britain's ambassador to Somalia, David Concar, said London had signed the December letter", "a proper investigation.",
  ("United Kingdom", S, neu, "United Nations", "backs the UN envoy's call (unsure: backing an appeal for an inquiry could be calling_for_talks)"))
U(d, "The European Union delegation in Mogadishu said it regretted a decision", "at a critical time.",
  ("European Union", C, neg, "Somalia", "'regretted a decision' = judgement"))
U(d, "The African Union's special representative for Somalia, Francisco Madeira, said he hoped", "its UN partners.",
  ("African Union", T, pos, "", "hope that the dispute is settled = calling_for_talks"))
# "Ethiopia ... has made no comment." = non-answer, no row.
U(d, "Opposition leader Abdirahman Abdishakur Warsame, who heads the Wadajir Party, said", "hide its own abuses.",
  ("Wadajir Party", C, neg, "Somalia", "party leader speaks for the party; accusation of hiding abuses"))
U(d, "In Baidoa, Ugaas Abdullahi Moalim Nur, an elder of the Leysan clan, said", "asked for them.",
  ("Ugaas Abdullahi Moalim Nur", T, neg, "Somalia", "invented elder; demand for answers (accountability) + gratitude to the envoy, no judgement word"))
U(d, "\"Our sons were killed in the street and the government sends away the man who asked why,\"", "the elder said by telephone.",
  ("Ugaas Abdullahi Moalim Nur", C, neg, "Somalia", "judgement of the government"))
U(d, "Hodan Abdi Farah, director of research at the Mogadishu Centre for Policy Dialogue, said", "as at the UN.",
  ("Hodan Abdi Farah", N, neu, "", "invented analyst; reading of the motive"))
U(d, "\"The government is telling everyone that Baidoa is a closed subject,\"", "she said.",
  ("Hodan Abdi Farah", N, neg, "", "characterisation, no explicit judgement (unsure: could be condemning)"))
U(d, "She said the Council should now press Mogadishu and the South West administration", "make the killings go away.",
  ("Hodan Abdi Farah", T, neu, "United Nations", "appeal for an independent inquiry, addressed to the Council"))
