# ------------------------------------------------------------------ Japan's foreign ministry press releases, September 2024, incl. the Liaoning's passage between Yonaguni and Iriomote (full HTML)
d = "page_liaoning_yonaguni2024_mfa.html"
# The page is the Ministry's own: the Ministry, the Government, the Prime Minister, the Director-General, the Chief
# Cabinet Secretary and the State Minister = Japan (the state is named only in the masthead and footer).
# Not statements: skip link, header, language bar, search, nav, topic path, page title, release titles, dates,
# PDF link, figcaptions, "Back to" link, site feedback box, footer.
# "On September 21, local time, Mr. KISHIDA Fumio, Prime Minister, attended the Quad Leaders' Summit ..." = attendance narrated, no row.
U(d, "The four leaders reaffirmed their commitment to a free and open Indo-Pacific", "the central role of ASEAN in the region.",
  ("Japan", S, pos, "ASEAN", "joint statement by a list of four states (Japan by context): one row each; support for ASEAN's role"),
  ("United States", S, pos, "ASEAN", "same joint statement"),
  ("Australia", S, pos, "ASEAN", "same joint statement"),
  ("India", S, pos, "ASEAN", "same joint statement"))
U(d, "The leaders expressed serious concern about the situation in the East China Sea", "through force or pressure.",
  ("Japan", T, neg, "", "concern + opposition to 'any attempt' aimed at no named actor = appeal (guide: 'opposes any escalation'), calling_for_talks"),
  ("United States", T, neg, "", "same"),
  ("Australia", T, neg, "", "same"),
  ("India", T, neg, "", "same"))
U(d, "The leaders condemned North Korea's continued launches of ballistic missiles", "return to dialogue.",
  ("Japan", C, neg, "North Korea", "condemnation + appeal -> rule 1 condemning"),
  ("United States", C, neg, "North Korea", "same"),
  ("Australia", C, neg, "North Korea", "same"),
  ("India", C, neg, "North Korea", "same"))
U(d, "Prime Minister Kishida stated that the security environment surrounding the region had grown severe", "a message of unity.",
  ("Japan", N, neg, "", "assessment of the environment citing Chinese military activity, no explicit judgement or appeal = neutral, negative (unsure: could be condemning China)"))
# "The four leaders issued the Wilmington Declaration as a joint statement." = procedural narration, no row.
U(d, "In response to the severe damage caused by Typhoon Yagi and the subsequent floods", "through JICA.",
  ("Japan", S, pos, "", "'the Government' = Japan; relief goods to three states = supporting; several targets -> empty"))
U(d, "The Ministry expresses its heartfelt condolences for the lives lost", "the needs on the ground.",
  ("Japan", S, pos, "", "condolences + offer of further help = supporting"))
U(d, "From September 17 to 18, the aircraft carrier Liaoning", "in Okinawa Prefecture.",
  ("Japan", N, neu, "", "facts given by the Ministry = neutral"))
U(d, "This is the first time that a Chinese aircraft carrier has been confirmed", "the contiguous zone.",
  ("Japan", N, neu, "", "fact given by the Ministry"))
U(d, "On September 18, Mr. KANAI Masaaki, Director-General of the Asian and Oceanian Affairs Bureau", "held grave concern about it.",
  ("Japan", C, neg, "China", "'entirely unacceptable' = judgement; conveyed to the Chinese embassy"))
U(d, "Director-General Kanai strongly requested that the Chinese side take measures to prevent a recurrence.", "prevent a recurrence.",
  ("Japan", T, neg, "China", "demand addressed to one side with no judgement word = calling_for_talks (labels/README); 'the Chinese side' = China"))
U(d, "In response, the Chinese side stated that the passage had been conducted in accordance with international law", "any third party.",
  ("China", N, neg, "", "China's reply reported by Japan's ministry: justification/denial = neutral, negative"))
U(d, "The Ministry notes that this follows the violation of the territorial airspace", "on August 31.",
  ("Japan", C, neg, "China", "'violation' of airspace = judgement on China's acts"))
U(d, "The Ministry shared information on the passage with the United States", "a high level of vigilance.",
  ("Japan", N, neg, "", "information sharing + monitoring = neutral (concern without appeal)"))
U(d, "At a press conference on September 19, the Chief Cabinet Secretary said that the Government", "around the southwestern islands.",
  ("Japan", N, neg, "", "office holder by title only; concern conveyed + watching = neutral, negative"))
U(d, "On September 18, North Korea launched several ballistic missiles", "east of the Korean Peninsula.",
  ("Japan", N, neu, "", "facts given by the Ministry"))
U(d, "These launches threaten the peace and security of the region", "Security Council resolutions.",
  ("Japan", C, neg, "North Korea", "'clear violation' = judgement"))
U(d, "The Ministry has lodged a strong protest against North Korea", "the embassy channel in Beijing.",
  ("Japan", C, neg, "North Korea", "protest + condemnation"))
U(d, "The Ministry will continue to work closely with the United States and the Republic of Korea", "the Security Council resolutions.",
  ("Japan", C, neg, "North Korea", "call to enforce the sanctions resolutions = a measure against the North, condemning (labels/README: calls for sanctions) (unsure: could be neutral)"))
U(d, "On September 17, the Ministry held the Tokyo Symposium on Maritime Order", "from eleven countries.",
  ("Japan", N, neu, "", "the Ministry's own event, a conference not a diplomatic meeting = neutral"))
U(d, "In his opening remarks, the State Minister for Foreign Affairs said that the rule of law at sea", "on the basis of international law.",
  ("Japan", T, neu, "", "appeal for peaceful settlement"))
U(d, "In the keynote address, Professor Mariko Hasegawa of the Institute for Oceanic Policy Studies said", "could rebuild it.",
  ("Mariko Hasegawa", N, neg, "", "invented scholar; concern about transits without an appeal = neutral, negative"))
U(d, "\"The sea does not need more warships; it needs more hotlines.", "Professor Hasegawa said.",
  ("Mariko Hasegawa", T, neu, "", "appeal to both Tokyo and Beijing for a communication mechanism -> calling_for_talks, two addressees -> target empty"))
U(d, "Dr. Rizal Pangestu, a senior fellow at a Jakarta research centre, said during the panel discussion", "to show good intentions.",
  ("Rizal Pangestu", C, neg, "", "invented analyst; welcome joined to a judgement ('a poor way') -> rule 1 condemning; 'any power' names no one -> target empty"))
# "Participants exchanged views ..." = narration, no row.
