# ------------------------------------------------------------------ Japan-South Korea radar lock-on dispute, 20 Dec 2018 - 23 Jan 2019 (Japanese English-language daily, scraped .txt, 2019-01-24)
d = "page_radar_lockon_japandaily.txt"
# No row: masthead, date/weather, menu, log-in line, section path, headline, subhead, byline, time, share line, photo
# captions and "1 of 2", crossheads, ADVERTISEMENT, Related Articles, Related Tags, TOP NEWS, copyright, footer.
U(d, "Defense Minister Takeshi Iwaya on Wednesday rejected South Korea's accusation", "no sign of ending.",
  ("Japan", N, neg, "", "long lead: rejecting an accusation = denial, neutral with negative tone"),
  ("South Korea", C, neg, "Japan", "South Korea's accusation reported inside Japan's sentence = South Korea's statement (guide: X's position reported by Y)"))
U(d, '"The aircraft kept an altitude of at least 150 meters throughout,', "at the Defense Ministry.",
  ("Japan", N, neg, "", "multi-sentence quote closed by the speaker; figures + denial"))
U(d, "He said Tokyo had conveyed its position to Seoul through defense channels.", "He said Tokyo had conveyed its position to Seoul through defense channels.",
  ("Japan", N, neu, "", "'He' = Iwaya; procedure; Tokyo and Seoul = metonyms"))
U(d, "Earlier in the day, Suh Wook, the director of operations at South Korea's Joint Chiefs of Staff", "at 2:03 p.m.",
  ("South Korea", N, neu, "", "role after name; figures and facts of the flight as given by the JCS"))
U(d, "Suh called the flight a deliberate provocation against a neighbor's warship", "if it happened again.",
  ("South Korea", C, neg, "Japan", "surname only; judgement ('deliberate provocation') + threat of self-defense measures"))
# No row: "Ieodo, known in China as Suyan Rock, lies where ..." (background between a speaker and his pronoun)
U(d, "He said Japanese patrol planes had made similar low passes", "Jan. 22.",
  ("South Korea", C, neg, "Japan", "'He' = Suh across a background paragraph; accusation of repeated misconduct (describing the other side's acts)"))
U(d, "South Korea's Ministry of National Defense summoned a Japanese defense attache", "later in the afternoon.",
  ("South Korea", C, neg, "Japan", "summons + protest = a specific act of protest"))
U(d, "Chief Cabinet Secretary Yoshihide Suga said the two defense establishments should keep lines open", "their differences.",
  ("Japan", T, neu, "", "appeal for dialogue addressed to both defense establishments, no judgement"))
# No row: "The latest exchange comes two days after the Defense Ministry issued its final statement ..." (narration; the statement is labelled below)
U(d, "According to the ministry, the South Korean destroyer Gwanggaeto the Great directed", "in Ishikawa Prefecture.",
  ("Japan", C, neg, "South Korea", "'the ministry' = Japan's Defense Ministry by context; accusation made by describing the other side's act (guide, rule 4)"))
U(d, "Iwaya made the incident public the next day", "lodged a protest with Seoul.",
  ("Japan", C, neg, "South Korea", "'highly dangerous act' + protest lodged; Tokyo = metonym"))
# No row: "South Korea denied it from the start." (summary line before the specific denial)
U(d, "Its defense ministry said the destroyer had been searching for a North Korean fishing boat", "the Japanese plane approached.",
  ("South Korea", N, neg, "", "'Its' = South Korea's; denial with an account of its own conduct = neutral, negative"))
U(d, "The ministry went on to accuse the P-1 of flying dangerously low", "humanitarian rescue.",
  ("South Korea", C, neg, "Japan", "counter-accusation (not a bare denial)"))
U(d, "On Dec. 28, the Defense Ministry released a 13-minute video taken from the patrol plane", "pointed at the aircraft.",
  ("Japan", N, neu, "", "release of its own evidence = a specific act reported without a judgement word (the judgement is in Iwaya's and the ministry's sentences)"))
U(d, "Iwaya said he hoped the footage would show the public at home and abroad", "international rules.",
  ("Japan", N, pos, "", "self-justification of its own forces = neutral, positive"))
U(d, "Seoul's defense ministry said it deeply regretted the release", "only the day before.",
  ("South Korea", C, neg, "Japan", "'regretted' aimed at Japan's act = judgement (guide: 'regrettable')"))
U(d, "Suga said Seoul's conduct in recent weeks had done real harm to bilateral ties", "deeply unfortunate.",
  ("Japan", C, neg, "South Korea", "judgement of Seoul's conduct; 'unfortunate' as 'regrettable'"))
U(d, "South Korea hit back on Jan. 4 with a video of its own", "over the destroyer.",
  ("South Korea", C, neg, "Japan", "own video asserting a 'menacing' pass = accusation"))
U(d, "Choi Hyun-soo, a spokeswoman for the South Korean ministry, said Japan should stop distorting", "and apologize.",
  ("South Korea", C, neg, "Japan", "accusation ('distorting the facts') + demand for an apology -> rule 1"))
U(d, "In a statement the same evening, the Japanese Defense Ministry said Seoul's footage did nothing", "South Korean counterparts.",
  ("Japan", C, neg, "South Korea", "judgement ('behaved dangerously') + willingness to keep talking -> rule 1"))
U(d, "Foreign Minister Taro Kono and his South Korean counterpart, Kang Kyung-wha, agreed", "settled quickly.",
  ("Japan", T, neu, "", "joint agreement to settle quickly = calling_for_talks for each participant"),
  ("South Korea", T, neu, "", "'his South Korean counterpart' then name; same agreement"))
# No row: "The dispute comes as relations are already strained by South Korean Supreme Court rulings ..." (background)
# No row: "Defense officials from the two countries met face to face in Singapore on Jan. 14 but failed ..." (meeting narrated)
U(d, "According to the Japanese ministry, the South Korean delegation declined an offer", "had picked up.",
  ("South Korea", N, neg, "", "South Korea's refusal reported by Japan = South Korea's statement; declining with no reason or judgement stated = neutral; Japan reports a fact and takes no position in the sentence"))
# No row: "Military officers on both sides had hoped ..." / "It did not." (unnamed, narration)
# No row: "On Monday the ministry went further." (summary line)
U(d, "It said careful analysis by a specialist unit had confirmed", "both navies have adopted.",
  ("Japan", C, neg, "South Korea", "'It' = the ministry; accusation ('simulated attack')"))
U(d, "The ministry said there was little point in further working-level meetings", "examination of the evidence.",
  ("Japan", C, neg, "South Korea", "ending talks with a grievance stated = condemning (labels/README on refusals)"))
U(d, "It called on Seoul to admit the lock-on had taken place", "happened again.",
  ("Japan", T, neg, "South Korea", "demand addressed to one side with no judgement word -> calling_for_talks, negative (labels/README)"))
U(d, "At the same time, the statement said defense cooperation with South Korea", "keep East Asia secure.",
  ("Japan", S, pos, "South Korea", "the value of cooperation with Seoul affirmed = approval of the partnership (unsure: could be neutral)"))
U(d, "The ministry also posted an 18-second audio file of the radar signal", "heard in the cockpit.",
  ("Japan", N, neu, "", "release of its own evidence = a specific act reported without a judgement word (as the Dec. 28 video)"))
U(d, "A South Korean defense ministry official dismissed the audio", "deeply regrettable.",
  ("South Korea", C, neg, "Japan", "unnamed official of a named government = South Korea; dismissal + 'deeply regrettable' aimed at Japan's decision"))
U(d, "In Washington, a State Department official said the United States encouraged its two allies", "in the face of North Korea.",
  ("United States", T, neu, "", "unnamed official of a named government = United States; appeal for dialogue addressed to both allies"))
# No row: "Defense experts in Tokyo said ..." and the retired MSDF vice admiral (unnamed, not speaking for a state)
