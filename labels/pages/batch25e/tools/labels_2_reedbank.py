# ------------------------------------------------------------------ The Reed Bank sinking of the F/B Gem-Ver (Chinese MFA regular press conference transcript, 2019-06-13)
d = "page_reedbank_gemver_mfapresser.txt"
# Not statements: ministry masthead, breadcrumb, title, date, font/print bar, "Suggest To A Friend", copyright and address.
# Every "A:" is spokesperson Geng Shuang (China). Reporters are not actors; a position they relay is the relayed actor's.
U(d, "President Xi arrived in Bishkek yesterday and is holding talks", "leaders of other member states.",
  ("China", N, neu, "", "'A: ' excluded; programme of the leader's visit = neutral"))
# "We will release information in a timely manner ..." = no position, no row.
U(d, "Philippine Defense Secretary Delfin Lorenzana said on Wednesday", "22 fishermen in the water.",
  ("Philippines", C, neg, "China", "position relayed in a reporter's question = the Philippines' statement; accusation of ramming and abandoning"))
U(d, "He said the crew of the Chinese boat should be ashamed", "to their fate.",
  ("Philippines", C, neg, "China", "pronoun = Lorenzana; moral judgement of the Chinese crew (a Chinese vessel -> China)"))
# "What is China's response?" / "I have seen the relevant reports." = no position, no row.
U(d, "According to what we know so far, the competent Chinese authorities", "at sea that night.",
  ("China", N, neu, "", "an inquiry under way = fact / procedure"))
U(d, "I would like to stress that China and the Philippines are in close communication", "on this matter.",
  ("China", N, neu, "Philippines", "contact through diplomatic channels stated as a fact, no appeal"))
U(d, "At this stage, I would ask everyone not to reach conclusions", "the facts are clear.",
  ("China", T, neu, "", "appeal for restraint addressed to all, no judgement in this sentence"))
U(d, "Some people in the Philippines have been quick to hurl accusations", "does nothing to help.",
  ("China", C, neg, "Philippines", "judgement without a stock word aimed at Philippine accusers (target Philippines; 'some people' are Philippine officials by context)"))
U(d, "The Philippine side says the Chinese vessel abandoned the crew", "international maritime law.",
  ("Philippines", C, neg, "China", "'the Philippine side says' in a question = Philippines; charge of breaking maritime law"))
U(d, "The information I have is that the Chinese boat did not simply turn its back", "does not match the facts.",
  ("China", N, neg, "", "denial of the abandonment charge = neutral, negative tone"))
U(d, "I would also point out that all of the Filipino fishermen were rescued", "a relief to everyone.",
  ("China", N, pos, "", "fact given with relief, no position toward another actor"))
U(d, "Presidential spokesman Salvador Panelo told a Manila radio station", "handling of the case.",
  ("Philippines", C, neg, "China", "threat of a diplomatic measure (recalling diplomats), conditional = condemning"))
U(d, "China and the Philippines are friendly neighbors across the sea", "on a sound track.",
  ("China", N, pos, "", "description of good relations; no appeal and no act toward the other side = neutral, positive tone (unsure: could be supporting)"))
U(d, "We believe the two sides have the wisdom to handle a maritime incident", "toward that end.",
  ("China", T, pos, "Philippines", "hope for friendly consultation addressed to Manila = calling_for_talks"))
U(d, "Foreign Secretary Teodoro Locsin said on Twitter that Manila had filed", "over the sinking.",
  ("Philippines", C, neg, "China", "'Follow-up: ' excluded; a diplomatic protest lodged = a protest act, condemning"))
# "I'm not aware of the specifics you mentioned." = non-answer, no row.
U(d, "As I said, the diplomatic channels between the two sides are unimpeded.", "are unimpeded.",
  ("China", N, neu, "", "fact about channels, no appeal"))
U(d, "A U.S. State Department spokesperson told reporters in Washington", "safety of fishermen at sea.",
  ("United States", T, neg, "", "concern + appeal to all parties, no judgement = calling_for_talks"))
U(d, "The South China Sea issue is a matter between China and the countries directly concerned.", "directly concerned.",
  ("China", N, neu, "", "statement of its position on who the dispute belongs to; the rebuke of outsiders is in the next sentence (unsure: could be condemning the US)"))
U(d, "Countries outside the region would do better to respect", "between China and its neighbors.",
  ("China", C, neg, "United States", "answer to the US remark: charge of sowing discord, without naming, = condemning the US"))
U(d, "Thanks to the joint efforts of China and ASEAN countries", "moving ahead steadily.",
  ("China", N, pos, "", "self-praise of the regional situation = neutral, positive tone"))
U(d, "Lourdes Castillo-Reyes, a maritime law professor at the Manila Institute", "whatever their flag.",
  ("Lourdes Castillo-Reyes", C, neg, "China", "invented independent scholar relayed by a reporter; a crew that sails away breaches the duty to rescue = judgement of the Chinese crew's act"))
U(d, "China has always attached great importance to the safety of life at sea", "in earnest.",
  ("China", N, pos, "", "reassurance about its own conduct = neutral, positive tone"))
U(d, "As for this specific case, the facts will be made clear by the investigation.", "by the investigation.",
  ("China", N, neu, "", "procedure"))
U(d, "A commentary in the Global Times today quoted Chen Haoran", "three years of improved ties.",
  ("Chen Haoran", T, pos, "", "invented researcher, 'quoted ... as saying' (newspaper not an actor); appeal to both capitals to keep ties = calling_for_talks"))
# "I have not read the article you mentioned. China's position is consistent and clear, and I have just stated it." = no new position, no row.
U(d, "Japanese Prime Minister Shinzo Abe is in Tehran this week", "Iran and the United States.",
  ("Japan", T, pos, "", "a mediation trip reported as done = act of seeking de-escalation (calling_for_talks)"))
U(d, "China welcomes all efforts that help to cool tensions in the Gulf region", "through dialogue.",
  ("China", T, pos, "", "welcome joined to a peace appeal, no judgement: rule 2 before rule 3"))
# "Thailand will host the ASEAN summit in Bangkok next week." = narration, no row.
U(d, "China and ASEAN countries have agreed to try to conclude the consultations", "is going smoothly.",
  ("China", N, pos, "", "'A: ' excluded; state of negotiations = fact, positive tone"))
U(d, "We are confident the consultations will keep moving forward.", "keep moving forward.",
  ("China", T, pos, "ASEAN", "commitment / hope that the code-of-conduct talks go on = calling_for_talks"))
# "I have no information to offer at the moment." = non-answer, no row.
U(d, "China and the United States remain in communication on this.", "in communication on this.",
  ("China", N, neu, "United States", "fact about contacts on a possible meeting"))
