# ------------------------------------------------------------------ Somalia-UAE row over the $9.6m seized at Aden Adde airport (Somali national daily, 2018-04-12)
d = "page_somalia_uae_cashseizure2018_mogadishudaily.txt"
# Not statements: masthead, date line, breadcrumb, menu, headline (carries the government's position), standfirst,
# byline, ADVERTISEMENT, crossheads, Related, tags, share bar, most read, copyright.
U(d, "The Federal Government on Wednesday defended the seizure", "whoever owned them.",
  ("Somalia", N, neu, "", "dateline excluded; defence of its own act by stating the law = neutral (no judgement named on another actor)"))
U(d, "The Minister of Information, Abdirahman Omar Osman, told journalists", "required of them.",
  ("Somalia", C, neg, "United Arab Emirates", "reported clause: money brought in undeclared = accusation by describing the other side's breach"))
U(d, "\"No government anywhere allows millions of dollars", "Osman said.",
  ("Somalia", C, neg, "United Arab Emirates", "multi-sentence quote closed by the speaker; refusal to scan = judgement without a stock word"))
U(d, "The minister said the money had been counted", "finished their work.",
  ("Somalia", N, neu, "", "'the minister' = Osman; procedure"))
U(d, "He rejected reports in Gulf media that Emirati soldiers", "or mistreated.",
  ("Somalia", N, neg, "", "denial = neutral, negative"))
U(d, "\"Nobody was harmed.", "he said.",
  ("Somalia", N, neg, "", "denial continued in a quote (guide: negative tone)"))
# "Osman was equally clear that the government did not regard the matter as closed." = lead-in line, no row.
U(d, "He said Somalia valued its friendships in the Gulf", "without a word to its government.",
  ("Somalia", C, neg, "United Arab Emirates", "speaker carried across a paragraph break; friendship joined to a judgement: rule 1 -> condemning"))
U(d, "Internal Security Minister Mohamed Abukar Islow Duale said the investigation", "against the federal government.",
  ("Somalia", N, neg, "", "plan of the inquiry; suspicion voiced as a question, no accusation made (unsure: could be condemning)"))
U(d, "\"If this money was for our soldiers", "do not travel in suitcases.\"",
  ("Somalia", C, neg, "United Arab Emirates", "quote continued after the attribution ('Duale told Radio Mogadishu'); judgement without stock words"))
# Khaire's emergency meeting "which gave no details" = a meeting named with no position, no row.
U(d, "In remarks carried by the state news agency SONNA, the prime minister said", "respected Somalia's institutions.",
  ("Somalia", N, pos, "", "'the prime minister' = Khaire (state clear from context); own plans + thanks to unnamed partners (no actor thanked -> neutral, positive; unsure)"))
U(d, "Foreign Minister Ahmed Isse Awad said the government had summoned the Emirati ambassador", "expired in 2016.",
  ("Somalia", C, neg, "United Arab Emirates", "summoning an ambassador to state a grievance = protest measure"))
U(d, "Awad said the ministry was ready to sit down with Emirati officials", "armed forces.",
  ("Somalia", T, pos, "United Arab Emirates", "offer of talks on rules = calling_for_talks"))
U(d, "The Central Bank of Somalia confirmed in a short statement", "the investigation.",
  ("Somalia", N, neu, "", "state bank = Somalia; facts"))
# "Relations between Mogadishu and Abu Dhabi have cooled ..." = background (incl. parliament's March vote), no row.
# "Abu Dhabi's reaction came in a statement ... carried by the WAM news agency." = summary line, no row.
U(d, "The Emirati ministry said Somali security forces had no right", "standing by Somalia.",
  ("United Arab Emirates", C, neg, "Somalia", "'the Emirati ministry' = UAE (state adjective); 'no right' + veiled warning = condemning"))
U(d, "The ministry put the number of Emirati service members", "some of them.",
  ("United Arab Emirates", C, neg, "Somalia", "figure joined to an accusation of threatening soldiers = condemning"))
U(d, "Ambassador Al Hammadi had said on Sunday", "notified in advance.",
  ("United Arab Emirates", N, neu, "", "envoy's facts on the money's purpose"))
U(d, "Anwar Gargash, the UAE Minister of State for Foreign Affairs, wrote on Twitter", "less open in future.",
  ("United Arab Emirates", C, neg, "Somalia", "veiled threat to cut help = condemning"))
U(d, "Qatar's foreign ministry said it was following the situation", "carried by Qatar News Agency.",
  ("Qatar", T, pos, "", "following + hope for dialogue = calling_for_talks; two parties -> target empty"))
U(d, "A spokesperson for the United States Embassy", "through dialogue.",
  ("United States", T, neu, "", "unnamed official of a named government; appeal for dialogue"))
# "Turkey ... had no comment." = non-answer, no row.
# "Traders at Bakara market ... were divided." = unnamed speakers, summary, no row.
U(d, "Faduma Hassan Elmi, who chairs a women traders' association", "suffered for a while.",
  ("Faduma Hassan Elmi", S, pos, "Somalia", "invented trader introduced by role; backing the government"))
U(d, "Liban Ahmed Nur, director of the Afgooye Centre for Policy Research", "diplomacy clumsily.",
  ("Liban Ahmed Nur", C, neg, "Somalia", "invented analyst; sound case but clumsy handling: the judgement decides"))
U(d, "\"Mogadishu is right that money on this scale", "Nur said.",
  ("Liban Ahmed Nur", C, neg, "Somalia", "multi-sentence quote; agreement joined to a judgement on how the state handled it"))
U(d, "He said Somalia could not afford to lose the salaries", "arrangement quickly.",
  ("Liban Ahmed Nur", T, neu, "", "appeal to both governments to agree = calling_for_talks"))
U(d, "Maryan Sheikh Ali, a retired Somali ambassador", "Somalia's own politics.",
  ("Maryan Sheikh Ali", N, neg, "", "invented former diplomat speaks for no body; analysis"))
U(d, "\"Every Gulf capital now wants to know", "she said.",
  ("Maryan Sheikh Ali", N, neg, "", "analysis, no judgement or appeal"))
