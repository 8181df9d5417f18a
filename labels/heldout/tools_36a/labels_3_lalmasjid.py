# ------------------------------------------------------------------ Lal Masjid (Red Mosque) siege ends (scraped Pakistani daily, 2007-07-12)
d = "page_lalmasjid_siege2007_pkdaily.txt"
# Not statements: masthead with Hijri date, menu, breadcrumb, headline, byline, [PHOTO n of 4] captions with credits, ADVERTISEMENT,
# capitals crossheads, Related list, tags, share line, most read, copyright.
# The lead ("Security forces on Wednesday completed the clearance ...") = narration and a toll from no named source, no row.
U(d, "Director General of Inter Services Public Relations Major General Waheed Arshad told a briefing", "for at least another day.",
  ("Pakistan", N, neu, "", "army spokesman = state; figures and plans"))
U(d, "He said troops had found suicide jackets", "it was a fortress.\"",
  ("Pakistan", C, neg, "Lal Masjid", "findings framed as a charge against the clerics ('a fortress'), quote opened with 'adding:' (unsure: could be neutral figures)"))
# "Maulana Abdul Rashid Ghazi ... was killed ... while his elder brother ... was arrested" = narration, no row.
U(d, "A spokesman for the Presidency said President General Pervez Musharraf would address the nation", "further steps against extremism.",
  ("Pakistan", N, neu, "", "announced plan"))
U(d, "Prime Minister Shaukat Aziz told the National Assembly that the government had kept the door to talks open", "take the capital hostage.",
  ("Pakistan", C, neg, "Lal Masjid", "blame on the men inside + 'take the capital hostage' = judgement"))
U(d, "Aziz said the government would pay compensation", "under state supervision.",
  ("Pakistan", N, pos, "", "plans: compensation and rebuilding"))
U(d, "PML-Q President Chaudhry Shujaat Hussain, who led the last round of negotiations", "included foreign fighters.",
  ("Pakistan", C, neg, "Lal Masjid", "government negotiator (ruling party chief acting for the government) blames Ghazi for the collapse"))
U(d, "In a telephone interview with a private television channel hours before he was killed, Ghazi had called the assault", "\"an American government\".",
  ("Lal Masjid", C, neg, "Pakistan", "the clerics' leader: 'massacre' + refusal to surrender in protest"))
U(d, "Members of the Muttahida Majlis-e-Amal walked out of the National Assembly", "rose to speak.",
  ("Muttahida Majlis-e-Amal", N, neg, "", "walkout reported as done, no grievance stated in the sentence = neutral (unsure: an evident protest)"))
U(d, "Jamaat-e-Islami chief Qazi Hussain Ahmad said the assault was a crime against the nation", "after Friday prayers.",
  ("Jamaat-e-Islami", C, neg, "Pakistan", "'crime', 'would have to answer' + call for protests"))
U(d, "Leader of the Opposition Maulana Fazlur Rehman of the Jamiat Ulema-e-Islam said", "to please Washington.",
  ("Jamiat Ulema-e-Islam", C, neg, "Pakistan", "judgement without stock words; Washington named as the one pleased (target stays the government)"))
U(d, "The Wafaq-ul-Madaris al-Arabia, the country's largest board of seminaries", "every life lost in the complex.",
  ("Wafaq-ul-Madaris al-Arabia", C, neg, "Pakistan", "holds responsible = condemning"))
U(d, "The Human Rights Commission of Pakistan demanded an independent judicial inquiry", "given no information.",
  ("Human Rights Commission of Pakistan", T, neg, "Pakistan", "demand for an inquiry and information, no judgement word (unsure: the complaint could make it condemning)"))
U(d, "Pakistan Peoples Party chairperson Benazir Bhutto said in a statement that her party supported firm action", "into an arms depot.",
  ("Pakistan Peoples Party", S, pos, "Pakistan", "backing of the action"))
U(d, "But she said the government had allowed the weapons to pile up", "double game with extremists.",
  ("Pakistan Peoples Party", C, neg, "Pakistan", "'double game', blame for the losses = judgement"))
U(d, "PML-N leader Nawaz Sharif, speaking in London, said the responsibility", "General Musharraf alone.",
  ("PML-N", C, neg, "Pakistan", "holds responsible"))
U(d, "The Muttahida Qaumi Movement, a partner in the ruling coalition, congratulated", "\"state within the state\".",
  ("Muttahida Qaumi Movement", S, pos, "Pakistan", "praise of the security forces (a coalition party backing the state's act)"))
U(d, "Al-Qaeda's deputy leader Ayman al-Zawahiri, in a video message", "to avenge the mosque.",
  ("Al-Qaeda", C, neg, "Pakistan", "call to take up arms against the government = threat"))
U(d, "In North Waziristan, pamphlets distributed in Miranshah by the local Taliban warned", "\"under review\".",
  ("Pakistani Taliban", C, neg, "Pakistan", "threat of attacks + accord put in question"))
U(d, "Two soldiers were killed on Wednesday when a suicide bomber struck", "police said.",
  ("Pakistan", N, neu, "", "toll given by the police (a state organ) without blame = neutral"))
U(d, "In Beijing, Foreign Ministry spokesman Liu Jianchao said China appreciated", "maintain stability.",
  ("China", S, pos, "Pakistan", "appreciation + support"))
U(d, "Liu condemned the killing of three Chinese workers in Peshawar", "bring those responsible to justice.",
  ("China", C, neg, "", "condemns a killing by unknown attackers; target empty"))
U(d, "China's ambassador in Islamabad met Interior Minister Aftab Ahmad Khan Sherpao", "the Interior Ministry said.",
  ("Pakistan", N, neu, "", "the Interior Ministry reports a meeting = procedure"))
U(d, "US State Department spokesman Sean McCormack told reporters in Washington that President Musharraf", "fight against extremism.",
  ("United States", S, pos, "Pakistan", "praise + solidarity"))
U(d, "McCormack said Washington regretted the loss of life and hoped calm", "to Islamabad.",
  ("United States", T, neg, "", "regret + hope for calm, no judgement = calling_for_talks"))
U(d, "A British Foreign Office spokesman said Britain understood the government's decision", "were respected.",
  ("United Kingdom", T, neu, "Pakistan", "understanding + appeal about detainees' rights; rule 2 before 3 (unsure: could be supporting)"))
U(d, "Security analyst Kamran Rashid Butt said the government had won the battle", "the one that follows.",
  ("Kamran Rashid Butt", N, neg, "", "independent analyst (invented); assessment"))
U(d, "\"The tribal militants will treat Lal Masjid as a call to arms", "Butt said.",
  ("Kamran Rashid Butt", N, neg, "", "forecast, no judgement"))
U(d, "He said the government should now open a dialogue with the seminary boards", "relying on force alone.",
  ("Kamran Rashid Butt", T, neu, "Pakistan", "appeal for dialogue"))
U(d, "Muhammad Aslam, a shopkeeper from Mansehra whose daughter studied at Jamia Hafsa", "played with the lives of children.",
  ("Muhammad Aslam", C, neg, "", "named parent (person); blame on both sides -> target empty"))
U(d, "\"My daughter is safe, but I will never forgive either side", "he said.",
  ("Muhammad Aslam", C, neg, "", "continuation: judgement of both sides"))
