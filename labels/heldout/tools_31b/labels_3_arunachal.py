# ------------------------------------------------------------------ China's names for places in Arunachal Pradesh and India's rejection (Indian daily, scraped, 2023-04-05)
d = "page_arunachal_names_indiandaily.txt"
# Not statements: masthead, menu, section path, headline, standfirst, SUMMARY bullets, byline, share bar, listen line,
# image caption with credit, ADVERTISEMENT, crossheads, "Also Read:", FACT FILE box, ALSO READ list, TAGS, follow prompt,
# MOST READ, copyright.
U(d, "India on Tuesday dismissed China's latest list of Chinese names", "New Delhi's side.",
  ("India", C, neg, "China", "long lead with three actors: India's dismissal of China's list"),
  ("China", N, neu, "", "Beijing (metonym) insisting on its sovereign right = justification, no judgement"),
  ("United States", S, pos, "India", "Washington (metonym) siding with New Delhi (object) = supporting"))
U(d, "The list, put out on Sunday by China's Ministry of Civil Affairs", "fall under.",
  ("China", N, neu, "", "the ministry's act reported as done: names and coordinates, no evaluation (unsure: could be read as a hostile measure over another state's territory, condemning India, as blind26a read Maduro's map)"))
# "One of the places listed is a town close to Itanagar ... China calls Arunachal Pradesh 'Zangnan' ... claims about 90,000 square kilometres" -> background on a standing claim (no row)
# "The state-run Global Times ... quoted Chinese experts ..." -> an outlet reporting and unnamed experts (no row)
U(d, "In a statement issued on Tuesday in response to media queries", "rejected it entirely.",
  ("India", C, neg, "China", "MEA spokesperson = India; outright rejection of China's act"))
U(d, "\"No list drawn up in Beijing can alter the status", "he said.",
  ("India", C, neg, "China", "'he' = Bagchi; dismissal of China's act (Beijing = place of the list)"))
U(d, "An Indian official who asked not to be named said New Delhi saw the list", "international forum.",
  ("India", C, neg, "China", "unnamed official of a named government speaks for it; accusation of motive"))
U(d, "The official said India would press ahead with building roads", "frontier regardless.",
  ("India", N, neu, "", "own plans, no judgement"))
# "A former Indian ambassador to China, speaking on condition of anonymity, ..." -> unnamed, and a former envoy has no tie to the government (no row)
U(d, "At the Chinese foreign ministry's regular briefing in Beijing the same afternoon", "part of China's territory.",
  ("China", N, neu, "", "Mao Ning: assertion of China's claim, no judgement word (unsure: it answers India's rejection)"))
U(d, "The relevant Chinese authorities had given standard names", "the sovereign power, she said.",
  ("China", N, neu, "", "justification of its own act with an attribution tail"))
U(d, "Asked whether the move would set back efforts to ease tensions", "border areas calm.",
  ("China", T, pos, "India", "offer to keep working through diplomatic and military channels = calling_for_talks"))
# "The Chinese embassy in New Delhi did not respond to a request for comment." -> non-answer (no row)
U(d, "In Washington, White House press secretary Karine Jean-Pierre told reporters", "for a long time.",
  ("United States", S, pos, "India", "recognition of the territory as Indian = backing"))
U(d, "Asked about China's move, she said Washington strongly opposed", "new names.",
  ("United States", C, neg, "China", "'strongly opposed' aimed at China's move named in the same sentence = judgement"))
U(d, "She added that American recognition of the area as Indian territory", "would not change.",
  ("United States", S, pos, "India", "reaffirmed backing"))
# "Back in New Delhi, the renaming quickly turned into a political row." -> summary line (no row)
U(d, "Congress president Mallikarjun Kharge noted on Twitter", "Galwan Valley.",
  ("Indian National Congress", C, neg, "", "Kharge = INC (name files); blames the prime minister's 'clean chit' to China: aimed at China and at its own government -> target empty"))
U(d, "He also wrote that Arunachal Pradesh was, and would remain, an integral part of India.", "integral part of India.",
  ("Indian National Congress", S, pos, "India", "'He' = Kharge; affirmation of the state as Indian = backing India"))
U(d, "Party general secretary Jairam Ramesh said in a statement that only recently a senior Chinese diplomat", "Depsang plains.",
  ("Indian National Congress", C, neg, "China", "accusation of provocations and blocked patrols"),
  ("China", N, neu, "", "a senior Chinese diplomat's assessment ('stable') reported inside Ramesh's sentence: an unnamed official of a named government, neutral"))
U(d, "\"Now they are going after Arunachal Pradesh.", "Ramesh said.",
  ("Indian National Congress", C, neg, "", "two-sentence quote closed by 'Ramesh said'; aimed at China and at the prime minister -> target empty"))
U(d, "He added that nobody should doubt that every Indian stood together", "never disturbed.",
  ("Indian National Congress", S, pos, "India", "'He' = Ramesh; national resolve behind India's position"))
U(d, "BJP national spokesperson Nalin Kohli hit back", "on foreign policy.",
  ("Bharatiya Janata Party", C, neg, "Indian National Congress", "party vs party: judgement of the Congress"))
U(d, "Kohli said it was the Congress that had signed an agreement", "lecture the government on China.",
  ("Bharatiya Janata Party", C, neg, "Indian National Congress", "surname only; counter-accusation"))
# "The office of Arunachal Pradesh Chief Minister Pema Khandu had not commented ..." -> non-answer (no row)
# "China first issued 'standardised' names for six places in the state in April 2017 ..." -> background on earlier lists (no row)
# "Last month, the state capital hosted a G20 research meeting ... Chinese delegates were not among them ..." -> background (no row)
# "Relations between the two neighbours have been strained ... troops from both sides remain deployed ..." -> background with actors as subjects (no row)
# "The new list also came as India hosted the King of Bhutan ..." -> narration (no row)
# Itanagar residents and the college student; "Analysts in New Delhi" -> not actors (no row)
