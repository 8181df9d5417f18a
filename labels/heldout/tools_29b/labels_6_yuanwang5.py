# ------------------------------------------------------------------ Yuan Wang 5 at Hambantota; India's objections (Indian daily, scraped .txt, 2022-08-17)
d = "page_yuanwang5_hambantota_indiandaily.txt"
# No rows: masthead, ePaper line, menu, TRENDING bar, section path, headline, standfirst, byline, dateline/time lines,
# share line, image caption with credit, "ALSO READ:", "SEE ALSO:", ADVERTISEMENT, crossheads ("'Not for military use'",
# "Beijing's line", "A welcome in the south"), Related Stories, topics, comment rules, printable-version line, copyright.
U(d, "The Chinese space and satellite-tracking ship Yuan Wang 5 berthed", "so close to its southern coast.",
  ("India", N, neg, "", "long lead: the berthing is narration; India's objection/unease in the relative clause = concern without an appeal or judgement = neutral, negative; Colombo = object"))
U(d, "Sri Lanka's Foreign Ministry had cleared the port call on Saturday", "until further consultations.",
  ("Sri Lanka", N, neu, "", "own procedure (deferral, then clearance); Beijing = object"))
U(d, "In a statement, the ministry said it had talked the matter over", "from August 16 to 22.",
  ("Sri Lanka", N, neu, "", "consultations narrated as the road to its own decision (unsure: could be read as a diplomatic course, calling_for_talks)"))
U(d, "It said the clearance came with conditions set by the Defence Ministry", "in Sri Lankan waters.",
  ("Sri Lanka", N, neu, "", "'It' = the Foreign Ministry; conditions = procedure; a quote-free list after a colon"))
U(d, "The statement stressed that Colombo wanted to remain a friend to all countries", "any of its neighbours.",
  ("Sri Lanka", N, pos, "", "Colombo = metonym; reassurance about own conduct = neutral, positive"))
U(d, "Harbour master Nirmal P. Silva told reporters on Saturday", "the logistics of the call.",
  ("Sri Lanka", N, neu, "", "port official of the state ports authority = Sri Lanka; procedure"))
U(d, "President Ranil Wickremesinghe said on Monday that no foreign power", "military use of Hambantota.",
  ("Sri Lanka", N, pos, "", "reassurance; no judgement of China or India"))
U(d, "Earlier on Monday, India handed over a Dornier 228 maritime surveillance aircraft", "traffickers and smugglers.",
  ("India", S, pos, "Sri Lanka", "backing by act (equipment provided); New Delhi = metonym in the attribution"))
U(d, "Indian High Commissioner Gopal Baglay said at the ceremony", "to secure its seas.",
  ("India", S, pos, "Sri Lanka", "role then name; support"))
U(d, "External Affairs Minister S. Jaishankar is understood to have raised", "earlier this month.",
  ("India", N, neg, "", "Jaishankar = India (name files); objection raised with the host, no judgement = neutral, negative (unsure: 'is understood' is the outlet's unattributed sourcing)"))
U(d, "On Friday, MEA spokesperson Arindam Bagchi dismissed as baseless", "to keep the ship away.",
  ("India", N, neg, "China", "denial of the Chinese insinuation = neutral, negative; Beijing and New Delhi inside the sentence are places/objects"))
U(d, "\"Colombo is free to make its own choices.", "at the weekly briefing.",
  ("India", N, neg, "", "two-sentence quote closed by the speaker ('Mr. Bagchi'); vigilance about own security, no appeal and no judgement = neutral, negative"))
U(d, "He said India's Neighbourhood First policy put Sri Lanka first among equals", "to Colombo this year.",
  ("India", S, pos, "Sri Lanka", "pronoun 'He'; support and aid reported = supporting"))
U(d, "Indian Navy officials said privately that the ship's movements", "entered the Indian Ocean.",
  ("India", N, neu, "", "unnamed officials of a named body (the Indian Navy) speak for India; monitoring, fact"))
# No row: "SEE ALSO:" link
U(d, "In Beijing, Chinese Foreign Ministry spokesperson Wang Wenbin told a regular briefing on Tuesday", "a welcome ceremony at the port.",
  ("China", N, pos, "", "Wang Wenbin = China; facts of the docking, thanks to the Sri Lankan side; Beijing = place"))
U(d, "Mr. Wang said the ship's research broke no rules", "keep their hands off it.",
  ("China", C, neg, "India", "denial + rebuke of 'third parties' = veiled judgement of India's objections (target India from the page's context; unsure: could be empty)"))
U(d, "A week earlier, on August 8, Mr. Wang had said that", "ties with Colombo.",
  ("China", C, neg, "India", "'certain countries' = India by context; 'wrong to put pressure' + 'should not meddle' = judgement; Colombo = object"))
U(d, "He also said China honoured the rules that let coastal states decide", "in their own waters.",
  ("China", N, neu, "", "reassurance of principle"))
U(d, "Speaking to reporters at the port on Tuesday, Mr. Qi described the call as routine", "in Colombo in 2014.",
  ("China", N, pos, "", "ambassador (surname only after the earlier mention) = China; own account, reassurance"))
U(d, "Asked why the visit had been held up, he smiled and suggested", "put to New Delhi.",
  ("China", C, neg, "India", "insinuation that India caused the delay (unsure: could be neutral); New Delhi = object, not a speaker"))
U(d, "Former Public Security Minister Sarath Weerasekera, who attended the ceremony on behalf of the President", "bid the crew welcome.",
  ("Sri Lanka", S, pos, "China", "a former minister speaking as the President's representative = Sri Lanka; welcome of the ship"))
# No row: "Several MPs ... were also present." (attendance narrated, no position)
U(d, "In its August 8 statement, Sri Lanka's Foreign Ministry had also reaffirmed", "on August 4.",
  ("Sri Lanka", S, pos, "China", "support for the one-China policy; Wang Yi is only an object"))
U(d, "Sri Lankan officials say Washington also raised questions about the visit", "in recent weeks.",
  ("United States", N, neg, "", "the US position reported by unnamed Sri Lankan officials, who only report a fact here (no Sri Lanka row, as with Zakharova reporting others' requests); Washington = metonym; concern without judgement = neutral, negative (unsure: thinly sourced)"))
# No rows: the SLNS Sindurala/PNS Taimur exercise (narration), the ship's history and first clearance on July 12 (background),
# Hambantota lease and default (background),
# "Security analysts in New Delhi say ..." (unnamed), the fishermen (unnamed residents).
