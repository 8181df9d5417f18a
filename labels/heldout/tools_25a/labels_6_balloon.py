# ------------------------------------------------------------------ Chinese high-altitude balloon over the United States (East Asian daily, scraped, 2023-02-06)
d = "page_balloon_china_us_eastasiandaily.txt"
# brand, strip, menu, breadcrumb, headline and its repeat, bylines, share line, "1 of 4" captions: no rows
U(d, "China on Sunday accused the United States of overreacting", "in more than four years.",
  ("China", C, neg, "United States", "long lead mixing narration (the shootdown on Biden's orders, the derailed visit) and China's position: accusation + threatened response"))
U(d, "An F-22 fighter fired a single air-to-air missile at the balloon", "the Pentagon said.",
  ("United States", N, neu, "", "own strike reported as done, with an attribution tail (Pentagon = United States) = neutral"))
# "Navy divers and ships were recovering debris ..." : narration
U(d, "US Defense Secretary Lloyd Austin said in a statement that the operation", "in the continental United States.",
  ("United States", C, neg, "China", "'intolerable intrusion into US sovereign airspace' + surveillance charge = judgement"))
U(d, "Biden told reporters on Saturday that he had ordered the balloon brought down", "hurt.",
  ("United States", N, neu, "", "own decision and its reason, no judgement = neutral"))
U(d, "\"They successfully took it down, and I want to compliment our aviators who did it,\"", "Biden said.",
  ("United States", N, pos, "", "self-praise of own forces = neutral, positive"))
U(d, "Beijing's foreign ministry said in a statement on its website on Sunday", "had protested formally.",
  ("China", C, neg, "United States", "possessive metonym 'Beijing's foreign ministry'; dissatisfaction + protest = condemning"))
U(d, "\"Washington chose force when there was no need for it", "the ministry said.",
  ("China", C, neg, "United States", "multi-sentence quote closed by its speaker ('the ministry'); 'far beyond what was warranted', 'breaks with accepted international practice' + reserved response"))
U(d, "Vice Foreign Minister Xie Feng lodged what he called solemn representations", "according to a separate statement.",
  ("China", C, neg, "United States", "Xie Feng = China (name files); formal protest to the US Embassy = condemning; Beijing = place"))
# "The balloon was first spotted over Montana ..." : narration
U(d, "Pentagon press secretary Brig. Gen. Pat Ryder told reporters on Friday", "threat to people on the ground.",
  ("United States", N, neu, "", "facts about the balloon; 'capable of maneuvering' rebuts the weather story only implicitly = neutral"))
U(d, "A senior defense official said Chinese balloons had briefly crossed", "never for this long.",
  ("United States", N, neu, "", "unnamed official of a named government; past incidents as facts = neutral (unsure: could be read as an accusation of repeated surveillance)"))
U(d, "Hours before he was due to fly to Beijing on Friday, Secretary of State Antony Blinken announced", "putting off the trip.",
  ("United States", N, neg, "", "postponing a visit with no judgement in this sentence = neutral (like withdrawing from a meeting); the grievance comes in the next sentence"))
U(d, "In a phone call with China's top diplomat Wang Yi, Blinken said", "the State Department said.",
  ("United States", C, neg, "China", "'irresponsible move', 'violated US sovereignty' = judgement; attribution tail"))
U(d, "Blinken told reporters that Washington remained committed to diplomacy", "as soon as conditions allowed.",
  ("United States", T, pos, "China", "commitment to diplomacy + intention to visit = calling_for_talks"))
U(d, "In his call with Blinken, Wang told him that China would not accept baseless guesswork", "from the Chinese foreign ministry.",
  ("China", C, neg, "United States", "Wang Yi = China; 'baseless guesswork and media frenzy' aimed at the US = judgement; the readout only carries"))
U(d, "Wang also urged both sides to keep their composure", "the readout said.",
  ("China", T, neu, "", "appeal to both sides for calm and communication = calling_for_talks"))
# "On Friday, before the trip was shelved, Beijing had acknowledged that the balloon was Chinese." : narration of the acknowledgement; the position follows (no row)
U(d, "The foreign ministry described it as a civilian airship used mainly for weather research", "circumstances beyond its control.",
  ("China", N, neg, "", "own account + regret for its own airship's entry = neutral (denial of surveillance by description; regret is about itself, not a judgement of another)"))
U(d, "Asked on Sunday about Blinken's trip, the ministry noted", "a matter for the United States.",
  ("China", N, neu, "", "correction of a fact + deflection = neutral"))
U(d, "\"China acts responsibly and keeps to international law at all times.", "spokesperson Mao Ning said on Friday.",
  ("China", N, pos, "", "multi-sentence quote closed by its speaker; self-praise + denial of intent = neutral"))
U(d, "Canada's Department of National Defence said the North American Aerospace Defense Command", "were not in danger.",
  ("Canada", N, neu, "", "facts and reassurance; NORAD is only mentioned"))
U(d, "Ottawa summoned China's ambassador Cong Peiwu on Thursday", "Global Affairs Canada said.",
  ("Canada", C, neg, "China", "summoning an ambassador = protest measure; Ottawa = metonym; attribution tail"))
U(d, "Prime Minister Justin Trudeau said on Saturday that Canada strongly supported", "throughout.",
  ("Canada", S, pos, "United States", "backing of the US decision = supporting"))
# "A second Chinese balloon was seen over Latin America on Friday." : narration
U(d, "China's foreign ministry said on Monday it was a civilian balloon used for flight tests", "limited steering capacity.",
  ("China", N, neu, "", "own account of the second balloon = neutral"))
U(d, "Colombia's air force said it had detected an object", "no threat to national security.",
  ("Colombia", N, neu, "", "the air force = Colombia; facts, no judgement"))
# "Republicans accused the administration of acting too slowly." : summary line, the specific statement follows (no row)
U(d, "House Speaker Kevin McCarthy said the president had shown weakness", "before acting.",
  ("Republican Party", C, neg, "United States", "McCarthy = Republican Party (name files), criticising the administration; target = United States"))
U(d, "Seoul's foreign ministry said Monday it hoped the United States and China", "dialogue and communication.",
  ("South Korea", T, pos, "", "possessive metonym 'Seoul's'; hope for dialogue between two sides = calling_for_talks"))
U(d, "In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno told a news conference", "in 2020 and 2021.",
  ("Japan", N, neu, "", "monitoring + facts, no appeal = neutral; Tokyo = place"))
U(d, "Taiwan's defense ministry said it had not detected any similar balloons", "monitoring the situation.",
  ("Taiwan", N, neu, "", "facts + monitoring = neutral"))
U(d, "Australia's Foreign Minister Penny Wong said Canberra supported the right of the United States", "airspace and sovereignty.",
  ("Australia", S, pos, "United States", "backing = supporting; Canberra = metonym"))
# "Analysts in Seoul said ..." : unnamed analysts, not actors (no row)
# copyright, "Read also", newsletter, tags, most popular: no rows
