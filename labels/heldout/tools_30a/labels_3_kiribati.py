# ------------------------------------------------------------------ Kiribati switches recognition from Taiwan to China (Pacific regional news site, scraped, 2019-09-28)
d = "page_kiribati_china_pacificsite.txt"
# Never statements here: masthead, tagline, date/weather, menu, breadcrumbs, headline, byline, times, share bar,
# reading time, image caption with credit, ADVERTISEMENT, crossheads, "READ MORE:" links, tags, newsletter and
# follow prompts, MOST READ, footer.
U(d, "A week after Kiribati ended 16 years of diplomatic ties with Taiwan,", "passenger aircraft and ferries.",
  ("Taiwan", C, neg, "China", "long lead: the switch is narrated (the specific signing has its own rows below); Taipei's claim that it 'was bought' is a position reported inside the sentence = accusation of Beijing"))
U(d, "Chinese Foreign Minister Wang Yi and President Taneti Maamau,", "part of Chinese territory.",
  ("Kiribati", S, pos, "China", "signing a communique accepting the one-China position = backing China by act"),
  ("China", S, pos, "Kiribati", "same act: restoring relations with Kiribati (approval); unsure, could be read as neutral procedure"))
U(d, "Speaking to reporters afterwards, Wang said Kiribati had chosen the right side", "air links it needs.",
  ("China", S, pos, "Kiribati", "praise of Kiribati's choice + promise of help = supporting"))
U(d, "Maamau told the Chinese delegation that nobody had pushed Kiribati", "called for a larger partner.",
  ("Kiribati", N, neu, "", "explains its own decision (denies pressure, states needs); no judgement of another actor = neutral"))
U(d, "China said it would reopen its embassy in Tarawa,", "recognised Taipei.",
  ("China", N, neu, "", "plan; the 2003 recognition of Taipei by Tong's government is background in a subordinate clause"))
# "The break came without warning on Friday, 20 September." : narration, no row.
U(d, "Taiwan's Foreign Minister Joseph Wu told a hastily arranged news conference", "would all be coming home.",
  ("Taiwan", N, neu, "", "cuts ties at once and brings its diplomats and experts home: acts reported with no judgement in the sentence = neutral (as withdrawing without protest)"))
U(d, "He accused Beijing of winning Kiribati over", "a commercial loan for the aircraft.",
  ("Taiwan", C, neg, "China", "'He' = Wu; accusation; Beijing = metonym"))
U(d, "\"Beijing is trying to shrink our space in the world", "Wu said.",
  ("Taiwan", C, neg, "China", "accusation of interference in Taiwan's elections"))
U(d, "President Tsai Ing-wen said Kiribati would come to see the move as an error,", "keep its place in the world.",
  ("Taiwan", C, neg, "", "judgement of Kiribati's move ('an error') and of Beijing's pressure in one sentence: two actors -> target empty"))
U(d, "On Saturday, after the signing in New York, Taiwan's foreign ministry said", "for a single day.",
  ("Taiwan", N, neg, "", "rebuttal of China's claim with no judgement word = neutral, negative tone (like a denial)"))
U(d, "In Beijing, foreign ministry spokesman Geng Shuang said China warmly welcomed", "Kiribati's decision.",
  ("China", S, pos, "Kiribati", "welcome of a step"))
U(d, "Asked whether China had promised aircraft, he said Taipei was spreading confusion", "than about Kiribati.",
  ("China", C, neg, "Taiwan", "'he' = Geng; answer to a question: Taipei 'spreading confusion' + jibe about its habits = judgement; the question itself is the reporter's"))
U(d, "Geng said on Saturday that China was ready to work with Kiribati", "benefits to its people.",
  ("China", S, pos, "Kiribati", "offer of cooperation and benefits = supporting (unsure: could be neutral)"))
U(d, "In Tarawa, the Office of Te Beretitenti said in a statement", "I-Kiribati people in mind.",
  ("Kiribati", N, neu, "", "the president's office = Kiribati by context; Tarawa = place; explains its own decision"))
U(d, "A government spokesperson told Pacific Tide News that no money had been offered", "as untrue.",
  ("Kiribati", N, neg, "", "'A government spokesperson' = unnamed official of the Kiribati government (the page's subject); denial = neutral, negative; the outlet is not an actor"))
# "The decision has divided the capital." : summary line, no row.
U(d, "Former president Sir Ieremia Tabai, one of the most prominent critics of the government,", "restore ties with Taipei.",
  ("Ieremia Tabai", C, neg, "Kiribati", "a former president speaking as an opposition figure = his own actor; accusation of secrecy + pledge to reverse"))
# "Several church leaders on South Tarawa have also questioned the switch ..." : unnamed, no tie to a named body, no row.
# Teacher in Bairiki: unnamed resident, no row.
# "Taiwan's remaining Pacific allies were quick to close ranks." : summary line, no row.
U(d, "Palau's President Tommy Remengesau Jr and the Marshall Islands' President Hilda Heine", "not up for negotiation.",
  ("Palau", S, pos, "Taiwan", "two presidents in one sentence = one row per state; ties with Taipei not negotiable = backing Taiwan"),
  ("Marshall Islands", S, pos, "Taiwan", "same sentence"))
# "Nauru and Tuvalu, the other two, had said little in public by Saturday." : no position, no row.
# "The switch came four days after Solomon Islands ..." : narration, no row.
U(d, "In Washington, a State Department spokesperson said the United States was disappointed", "share its values.",
  ("United States", C, neg, "Kiribati", "'disappointed by Kiribati's decision' = judgement without stock words (like 'regrettable'); unsure, could be neutral"))
U(d, "Senator Cory Gardner, who chairs the Senate's East Asia subcommittee,", "downgrade their ties.",
  ("United States", C, neg, "", "a senator resolves to his state (as Senator Cardin in the seed table); call to penalise countries that downgrade ties = threatened measure; the two switches (Solomon Islands, Kiribati) -> target empty"))
U(d, "Australia's Foreign Minister Marise Payne said the choice of diplomatic partners", "would continue to be.",
  ("Australia", N, neu, "", "'a sovereign matter' + its own aid role, no judgement and no appeal = neutral; Canberra = metonym"))
# "Kiribati, a nation of about 120,000 people ..." / "Its position in the central Pacific ..." : background, no row.
# Suva-based researcher: unnamed analyst, no row.
# "China had a satellite tracking station on Tarawa until 2003 ..." : background, no row.
# "Taiwan's embassy in Tarawa had run scholarship ..." : background; "Nurses at the hospital said ..." : unnamed staff, no row.
# Related stories, comments (Tekaai B., PacificWatcher): never statements.
