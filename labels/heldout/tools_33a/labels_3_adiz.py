# ------------------------------------------------------------------ China's East China Sea ADIZ and the reactions (full HTML, Japanese English-language daily, 2013-11-30)
d = "page_adiz_eastchinasea_jpdaily.html"
# No rows: cookie bar, date/weather line, brand, tagline, nav, breadcrumbs, kicker, headline, standfirst, byline, meta,
# share bars, figcaptions with credits and "1 of 3", ADVERTISEMENT, crossheads, "Related:", tags, newsletter prompt,
# comments, most read, footer.
# No rows (narration / background): "The standoff over the zone, which overlaps Japan's own ..." (background; Japan's
# 2012 purchase narrated), "Japan Airlines and All Nippon Airways ... stopped doing so on Wednesday." (companies' act
# reported with no position; unsure, could be two neutral company rows).
# No rows (summary line): "Australia also weighed in, in a move that surprised some in Tokyo."
# No rows (speakers that are not actors): "Security analysts in Tokyo", the unnamed former ASDF officer, the outlet's own
# "The Herald has learned ..." line.
U(d, "A week after China declared an air defense identification zone", "without telling Beijing in advance.",
  ("Japan", C, neg, "China", "long lead: the declaration narrated, then Tokyo's refusal to recognize the zone (metonym) + Suga's own flights without notice = rejection of another side's measure"))
U(d, "Beijing, for its part, said its air force had scrambled fighter jets", "had entered the zone.",
  ("China", N, neu, "", "Beijing = metonym; own operation reported as done, no judgement"))
U(d, "China's Defense Ministry announced the zone on Nov. 23", "by the armed forces.",
  ("China", C, neg, "", "announced measure with a threat of emergency measures against non-complying aircraft; no state named -> target empty"))
U(d, "Ministry spokesman Yang Yujun said the zone threatened no country", "would be unaffected.",
  ("China", N, neu, "", "reassurance / denial that the zone targets anyone = neutral"))
U(d, "The Foreign Ministry in Beijing summoned the Japanese and U.S. ambassadors", "unwarranted criticism.",
  ("China", C, neg, "", "summons in protest + 'unwarranted' = condemning; two governments -> target empty; Beijing = place"))
U(d, "Foreign Minister Fumio Kishida said on Nov. 24 that Japan would never accept the zone", "over the islands.",
  ("Japan", C, neg, "China", "rejection of another side's measure + warning of danger"))
U(d, "On Monday, Vice Foreign Minister Akitaka Saiki summoned Chinese Ambassador Cheng Yonghua", "be withdrawn.",
  ("Japan", C, neg, "China", "summoning an ambassador to demand withdrawal = protest (measure); the ambassador is an object here"))
U(d, "The ambassador turned the demand down and told Saiki", "the ministry said.",
  ("China", C, neg, "Japan", "China's position reported by Japan's ministry (attribution tail): refusal + rebuke of Japan; Japan itself takes no position in this sentence"))
U(d, "Prime Minister Shinzo Abe told the Diet the same day", "airspace and waters.",
  ("Japan", C, neg, "China", "non-recognition + resolve to defend = rejection of another side's measure"))
U(d, "He called on China to withdraw any measure", "at risk.",
  ("Japan", T, neg, "China", "'He' = Abe; demand with no judgement word = calling_for_talks, negative"))
U(d, "In Beijing, Foreign Ministry spokesman Qin Gang said Japan, which drew its own zone", "international law and practice.",
  ("China", C, neg, "Japan", "'no standing to criticize' = rebuke of Japan; justification of its own zone in the same sentence; Beijing = place"))
U(d, "Suga said on Tuesday that the government had asked Japanese carriers", "having any force.",
  ("Japan", C, neg, "China", "surname only; asking airlines not to comply = refusal of another side's rules; Tokyo = metonym"))
U(d, "In Washington, Secretary of State John Kerry said the announcement was a one-sided step", "failed to report to it.",
  ("United States", C, neg, "China", "judgement ('one-sided step ... could cause an incident') + demand = rule 1; Washington = place"))
U(d, "Defense Secretary Chuck Hagel said the same day that the U.S.-Japan security treaty covered the Senkakus", "as before.",
  ("United States", S, pos, "Japan", "treaty commitment to an ally = supporting (unsure: could be read as a deterrent to China, as 26a's MDT sentence)"))
U(d, "Two unarmed B-52 bombers from Guam flew through the zone on Tuesday", "planned long in advance.",
  ("United States", N, neu, "", "own military flight reported as done, called routine by the Pentagon = neutral"))
U(d, "China's Defense Ministry said on Wednesday that it had monitored the bombers", "edge of the zone.",
  ("China", N, neu, "", "own monitoring reported, no judgement"))
U(d, "Vice President Joe Biden, who arrives in Tokyo on Monday", "a senior administration official said.",
  ("United States", T, neu, "China", "'a senior administration official' = unnamed official of a named government; raising the issue and seeking an explanation = calling_for_talks (as batch5c's demands for explanation)"))
U(d, "The State Department said on Friday that U.S. airlines generally follow the notices", "accepted China's requirements.",
  ("United States", N, neg, "", "practice stated + non-acceptance stressed, no judgement word = neutral (unsure: the non-acceptance could be read as a rejection)"))
U(d, "Seoul expressed regret on Monday that China had drawn the zone without consulting it", "ocean research station.",
  ("South Korea", C, neg, "China", "Seoul = metonym; regret aimed at China's act + non-recognition = condemning (guide: 'regrettable'); second 'Seoul' is the operator of the station"))
U(d, "At talks in Seoul on Thursday, Vice Defense Minister Baek Seung-joo asked his Chinese counterpart", "South Korea's Defense Ministry said.",
  ("South Korea", T, neu, "China", "request to redraw the zone made in talks = calling_for_talks; Seoul = place"),
  ("China", N, neu, "", "refusal reported by the other side with no reason or judgement stated = neutral"))
U(d, "It said a South Korean military patrol plane had flown through the area", "would continue.",
  ("South Korea", N, neu, "", "'It' = the South Korean Defense Ministry; own flights reported, no judgement"))
U(d, "Foreign Minister Julie Bishop called in China's ambassador, Ma Zhaoxu", "friction in the region.",
  ("Australia", C, neg, "China", "summons + objection; Canberra = metonym; Ma is an alias of China in the name files but here he is the object"))
U(d, "Beijing hit back the next day, with Qin accusing Canberra of meddling", "if it persisted.",
  ("China", C, neg, "Australia", "Beijing and Canberra = metonyms; accusation + warning; surname only"))
U(d, "Prime Minister Tony Abbott said on Wednesday that his government had been right to speak out", "in the region.",
  ("Australia", N, neu, "", "defends its own earlier stance, no new judgement of China = neutral"))
U(d, "The European Union's foreign policy chief, Catherine Ashton, said on Thursday that the bloc was concerned", "risk of an accident.",
  ("European Union", T, neg, "", "'the bloc' = EU; concern + appeal to all sides = calling_for_talks"))
U(d, "Taipei, which also claims the islands, said it would safeguard its sovereignty", "lodging a protest with Beijing.",
  ("Taiwan", N, neu, "", "Taipei = metonym; own claim restated, explicitly no protest = neutral"))
