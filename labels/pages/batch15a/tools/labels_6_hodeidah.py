# ------------------------------------------------------------------ Israel strikes the Houthi-held port of Hodeidah after a drone hits Tel Aviv (live blog, full HTML, 2024-07-20/21)
# Entry headings, timestamps, key points, captions and comments are never statements.
d = "page_hodeidah_strike_liveblog.html"
U(d, "Brigadier General Turki al-Maliki, spokesman for the Saudi defence ministry", "role whatsoever in the raid.",
  ("Saudi Arabia", N, neg, "", "denial of any part in the raid = neutral, negative"))
U(d, "The Saudi foreign ministry said separately that it was following the escalation", "a wider war.",
  ("Saudi Arabia", T, neg, "", "concern + appeal to all = calling_for_talks (guide)"))
U(d, "In a televised speech, Houthi leader Abdulmalik al-Houthi said", "slow its operations.",
  ("Houthis", C, neg, "Israel", "the campaign against Israel goes on = announced operations against a side (condemning)"))
U(d, "\"The enemy will find that Hodeidah has made us more determined", "he said.",
  ("Houthis", C, neg, "Israel", "'the enemy' = Israel by context; veiled threat"))
U(d, "UN Secretary-General Antonio Guterres said through his spokesperson", "escalation was heading.",
  ("United Nations", N, neg, "", "casualties and damage + worry, no appeal in this sentence = neutral, negative; nobody judged"))
U(d, "He called on all sides to spare civilians and to hold back.", "He called on all sides to spare civilians and to hold back.",
  ("United Nations", T, neg, "", "appeal for restraint and protection of civilians, to all -> target empty"))
U(d, "The Israeli military said its Arrow air defence system shot down", "residents to shelters.",
  ("Israel", N, neu, "", "interception reported as facts"))
U(d, "Houthi military spokesman Yahya Saree said the group had launched", "at Eilat.",
  ("Houthis", N, neu, "", "own attack reported as done, with no judgement = neutral (guide)"))
U(d, "Prime Minister Benjamin Netanyahu said the port hit by Israeli jets", "to the Houthis.",
  ("Israel", C, neg, "", "accusation: the port is Iran's arms route to the Houthis; two actors accused -> target empty"))
U(d, "\"Whoever sheds Israeli blood should know by now", "televised address.",
  ("Israel", C, neg, "", "threat to whoever attacks Israel; no single actor named -> target empty"))
U(d, "Hezbollah said in a statement that Israel had pushed the regional confrontation", "reckless raid on Yemen.",
  ("Hezbollah", C, neg, "Israel", "'reckless raid' = judgement"))
U(d, "The Lebanese group said it stood firmly with the Yemeni people", "defending their country.",
  ("Hezbollah", S, pos, "Houthis", "'The Lebanese group' = Hezbollah by context; solidarity with Yemen's people and 'their leadership' (the Houthis who rule Hodeidah)"))
U(d, "Hamas described the strikes as a dangerous escalation", "\"brotherly Yemen\".",
  ("Hamas", C, neg, "Israel", "judgement ('an attack on the sovereignty')"))
U(d, "Iran's foreign ministry spokesman Nasser Kanaani condemned the raid", "for the consequences.",
  ("Iran", C, neg, "Israel", "condemnation + warning"))
U(d, "Moammar al-Eryani, information minister in Yemen's internationally recognised government", "brought on Hodeidah.",
  ("Yemen", C, neg, "Houthis", "al-Eryani = Yemen in the name files; the recognised government holds the Houthis responsible"))
U(d, "Mohammed Abdulsalam, the Houthis' chief negotiator and spokesman", "standing with Gaza.",
  ("Houthis", C, neg, "Israel", "accusation of punishing civilians"))
U(d, "The group's military spokesman, Yahya Saree, said its forces would answer", "inside Israel.",
  ("Houthis", C, neg, "Israel", "threat of retaliation"))
U(d, "The Houthi-run health ministry said three people were killed", "severe burns.",
  ("Houthis", N, neu, "", "casualty figures from a Houthi-run body = neutral, neutral tone (guide)"))
U(d, "Defence Minister Yoav Gallant said the flames at Hodeidah", "wherever it had to.",
  ("Israel", C, neg, "Houthis", "threat of further strikes; Iran's allies are only mentioned"))
U(d, "The Israeli military said its fighter jets had hit Houthi military targets", "since October.",
  ("Israel", N, neu, "", "own strike reported as done, with a reason but no judgement word = neutral (guide) (unsure: the reason describes the other side's attacks)"))
U(d, "Rear Admiral Daniel Hagari, the military's chief spokesman, said partners had been informed", "returned safely.",
  ("Israel", N, neu, "", "procedure and facts"))
U(d, "A spokesperson for the US National Security Council said Washington had not taken part", "attacks from the Houthis.",
  ("United States", S, neu, "Israel", "unnamed spokesperson of a named body; non-involvement + recognition of Israel's right to self-defence = backing"))
U(d, "Egypt's foreign ministry said it was gravely worried", "a wider war.",
  ("Egypt", N, neg, "", "alarm without an appeal = neutral, negative (guide)"))
U(d, "The Israeli military said the drone had been detected but was not intercepted", "to fly further.",
  ("Israel", N, neg, "", "own failure and the drone's type, facts"))
U(d, "Saree said the group had used a new drone it called Yafa", "range of its weapons.",
  ("Houthis", C, neg, "Israel", "declaring Tel Aviv a primary target = threat; own drone claim in the same sentence"))
