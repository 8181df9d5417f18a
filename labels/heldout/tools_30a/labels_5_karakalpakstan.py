# ------------------------------------------------------------------ Unrest in Karakalpakstan over constitutional changes (Central Asian English-language site, scraped, 2022-07-05)
d = "page_karakalpakstan_unrest_centralasia.txt"
# Never statements here: masthead, tagline, city strip, date, menu, BREAKING ticker, section path, headline,
# standfirst, byline, times, share bar, photo caption with credit, ADVERTISEMENT, crossheads, "ALSO READ:",
# tags, comments, Telegram prompt, RELATED, MOST POPULAR, footer.
U(d, "Eighteen people were killed and 243 injured in the unrest", "investigation into the violence.",
  ("Uzbekistan", N, neu, "", "lead: the Prosecutor General's Office = Uzbekistan; casualty figures with no blame = neutral"),
  ("European Union", T, neg, "", "same lead: call for an independent investigation, no judgement = calling_for_talks (as batch5c's demands for inquiries)"))
# "The protests began on Friday, July 1, ..." / "Crowds gathered ..." / "Videos posted on social media ..." / "Mobile internet was cut ..." : narration, no row.
U(d, "According to the office, 38 of the injured were law enforcement officers,", "since been released.",
  ("Uzbekistan", N, neu, "", "'the office' = the Prosecutor General's Office by context; figures"))
U(d, "It said a group of people had used the protest as cover", "weapons from police officers.",
  ("Uzbekistan", C, neg, "", "'It' = the office; accusation against unnamed protesters (not a canonical party) -> target empty"))
U(d, "President Shavkat Mirziyoyev flew to Nukus on Saturday and told deputies", "in the constitution unchanged.",
  ("Uzbekistan", N, neu, "", "its own decision to keep the articles = neutral (a concession, no judgement)"))
U(d, "\"If the people of Karakalpakstan do not want these changes, there will be no changes.", "according to his press service.",
  ("Uzbekistan", N, pos, "", "two-sentence quote closed by 'he said, according to his press service' (press service = Uzbekistan); reassurance = neutral, positive"))
U(d, "By a decree signed the same day, he declared a state of emergency", "leaving the region.",
  ("Uzbekistan", N, neu, "", "'he' = Mirziyoyev; its own security measures at home, aimed at no actor = neutral (as batch5c's own measures)"))
U(d, "On Sunday, speaking again in Nukus, Mirziyoyev said the riots had been organised", "outside the country.",
  ("Uzbekistan", C, neg, "", "accusation of unnamed organisers and of help from abroad = judgement; no actor named -> target empty"))
U(d, "\"Whoever dragged ordinary people into this to serve their own ends", "he said.",
  ("Uzbekistan", C, neg, "", "quote with threat of prosecution against the unnamed organisers"))
U(d, "On Monday, deputies of the Legislative Chamber of the Oliy Majlis voted", "later this year.",
  ("Uzbekistan", N, neu, "", "parliament = the state (as seeds' Armenian parliament); legislative act reported as done"))
# "Tazhimuratov's whereabouts remained unclear on Tuesday." / "Colleagues said he had been beaten ..." : narration and unnamed colleagues, no row.
U(d, "The authorities in Nukus have named him as one of the organisers", "of the unrest.",
  ("Uzbekistan", C, neg, "", "regional authorities resolve to their state (labels README: provincial officials); Nukus = place; accusation of a journalist (not a canonical actor) -> target empty"))
U(d, "Karakalpakstan's health minister, Sultanbek Ziyayev, said in a video address", "injured in the clashes.",
  ("Uzbekistan", N, neu, "", "a minister of the autonomous republic = Uzbekistan (provincial officials); situation report, no blame"))
# Residents reached by telephone, and the woman in Nukus: unnamed residents, no rows.
U(d, "Aman Sagidullayev, the exiled leader of the opposition movement Alga Karakalpakstan,", "without resorting to violence.",
  ("Alga Karakalpakstan", C, neg, "Uzbekistan", "opposition movement under its own name; accusation of killings + appeal for non-violence = rule 1"))
U(d, "In a statement on Monday, the EU's foreign affairs spokesperson said the bloc was saddened", "as a welcome step.",
  ("European Union", S, neu, "Uzbekistan", "grief + welcome of the president's retreat = welcome of a step (supporting); mixed tone -> neutral sentiment"))
U(d, "It called for calm on all sides", "the right to gather peacefully.",
  ("European Union", T, neu, "", "'It' = the EU statement; appeal to all sides + rights = calling_for_talks, target empty"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow regarded the events as a domestic matter", "deal with them.",
  ("Russia", S, pos, "Uzbekistan", "non-interference + trust in the Uzbek leadership = backing (unsure: could be neutral); Tashkent = metonym"))
U(d, "Kazakhstan's foreign ministry backed Tashkent's handling of the crisis", "the situation under control.",
  ("Kazakhstan", S, pos, "Uzbekistan", "backing + confidence in the Uzbek authorities; Tashkent = metonym"))
U(d, "On Tuesday, Turkmenistan's foreign ministry said it stood by the Uzbek leadership's action", "if asked.",
  ("Turkmenistan", S, pos, "Uzbekistan", "backing + offer of help"))
U(d, "Kyrgyz President Sadyr Japarov phoned Mirziyoyev to express his support,", "the Uzbek presidential press service said.",
  ("Kyrgyzstan", S, pos, "Uzbekistan", "position of Kyrgyzstan reported by the Uzbek press service (attribution tail): Kyrgyzstan's row; the Uzbek service takes no position of its own"))
U(d, "In a separate call, Tajik President Emomali Rahmon told Mirziyoyev", "stability in Karakalpakstan.",
  ("Tajikistan", S, pos, "Uzbekistan", "backing of the Uzbek leader's efforts; Dushanbe = metonym; Mirziyoyev is the addressee, not a speaker"))
U(d, "The UN human rights office in Geneva said it was troubled", "to protest peacefully.",
  ("United Nations", T, neg, "Uzbekistan", "concern + appeal to investigate and respect peaceful protest, no judgement word = calling_for_talks"))
U(d, "Amnesty International said videos it had examined appeared to show", "independent investigation.",
  ("Amnesty International", C, neg, "Uzbekistan", "accusation made by describing the security forces' conduct + call for an inquiry = rule 1"))
# "Observers in Tashkent said ..." and the unnamed political scientist: not actors, no rows.
# "The wider constitutional reform ..." / "Officials have described it ..." : background (vague, unnamed officials), no row.
# "Karakalpakstan, home to fewer than two million people, ..." and the following lines: background, no row.
