# ------------------------------------------------------------------ Iran's strikes in Balochistan and Pakistan's retaliation (South Asian daily, full HTML, 2024-01-18)
d = "page_balochistan_strikes_southasiandaily.html"
# not statements: headline, excerpt, byline, caption, crossheads, "Read also", tags, most read, comments, footer
U(d, "ISLAMABAD: Pakistan's military struck what it described as militant hideouts", "to lodge a protest.",
  ("Pakistan", N, neu, "", "long lead: own strike reported as done, 'what it described as' = Pakistan's account, no judgement of Iran"),
  ("Iran", C, neg, "Pakistan", "same lead: summoning Pakistan's diplomat to lodge a protest = protest measure (condemning)"))
U(d, "The Foreign Office said in a statement that the intelligence-based operation", "on the Iranian side of the border.",
  ("Pakistan", N, neu, "", "own operation and its aim reported; the militants are unnamed (no target)"))
U(d, "\"Nothing in this morning's action was directed at the Iranian state", "the statement said.",
  ("Pakistan", N, neu, "", "multi-sentence quote closed by its speaker; reassurance about own conduct = neutral"))
U(d, "Speaking at a news conference later in the day, Foreign Office spokesperson Mumtaz Zahra Baloch", "spiral any further.",
  ("Pakistan", T, pos, "", "no wish for escalation aimed at no one = appeal (guide: 'opposes any escalation')"))
U(d, "\"We have always preferred joint mechanisms and quiet talks", "Baloch said.",
  ("Pakistan", T, pos, "Iran", "wish to keep the road of talks open; addressed to the Iran relationship"))
U(d, "She also thanked friendly countries, naming China and Turkiye", "past 48 hours.",
  ("Pakistan", S, pos, "", "thanks = approval; two countries named -> target empty"))
U(d, "The army's media wing, the ISPR, said drones", "civilians and property.",
  ("Pakistan", N, neu, "", "ISPR = Pakistan (name files); means used and care taken, own strike, no judgement"))
# no row: "The strikes hit a village on the outskirts of Saravan ..." (place, per Iranian media: an agency reporting a fact)
U(d, "Alireza Marhamati, the deputy governor of Sistan-Baluchestan, told state television", "Iranian citizenship.",
  ("Iran", N, neu, "", "provincial official = Iran; casualty figures without blame"))
U(d, "Nasser Kanaani, the spokesman of Iran's foreign ministry, condemned the attack", "assault on its soil.",
  ("Iran", C, neg, "Pakistan", "condemnation + summons; 'Tehran' = metonym"))
U(d, "By the evening, however, the ministry struck a softer note", "drive a wedge between them.",
  ("Iran", T, neu, "Pakistan", "'the ministry' = Iran's foreign ministry by context; settle questions through existing channels = appeal; the 'hostile outsiders' are unnamed, no judgement of an actor"))
U(d, "On Tuesday night, Iran's Revolutionary Guards fired missiles and drones", "in Sistan-Baluchestan.",
  ("Iran", N, neu, "", "own strike reported as done via state media (state media = the state; not an actor itself); Jaish al-Adl only mentioned (unsure: could be read as narration with no row)"))
U(d, "The Foreign Office in Islamabad said two children had been killed", "whatever followed.",
  ("Pakistan", C, neg, "Iran", "figures + 'no excuse' (judgement without the usual words) + Iran will answer (threat) = condemning; Islamabad = place"))
U(d, "On Wednesday, Baloch told a hastily arranged briefing that Pakistan was recalling", "until further notice.",
  ("Pakistan", C, neg, "Iran", "recall of the ambassador and the envoy barred = expulsion-type measure (condemning)"))
U(d, "\"Every high-level exchange that was under way or planned", "she added.",
  ("Pakistan", C, neg, "Iran", "suspension of visits in protest = measure (condemning); unsure: could be read as a neutral procedure"))
U(d, "Iranian Foreign Minister Hossein Amir-Abdollahian, speaking to reporters", "regards as terrorists.",
  ("Iran", N, neg, "", "denial that Pakistanis were targeted = neutral, negative (guide); Davos = place"))
U(d, "He said Iran respected the territorial integrity of its neighbour", "trade away.",
  ("Iran", N, neu, "", "justification of own security line, no judgement or appeal"))
U(d, "Jaish al-Adl, in a message posted on its channels, accused the Guards", "were living.",
  ("Jaish al-Adl", C, neg, "Iran", "accusation by describing attacks on civilians; the Guards = Iran"))
U(d, "Jan Achakzai, Balochistan's caretaker information minister, warned", "came to nothing.",
  ("Pakistan", C, neg, "", "provincial minister = Pakistan; warning to unnamed 'outside forces' = judgement + threat, target empty (unsure)"))
# no row: Kakar cut short his Davos visit, Jilani left Kampala early (travel narrated, no position)
# no row: "Beijing, a close partner of both countries, moved quickly to urge calm." (summary line; the specific statements follow)
U(d, "Chinese foreign ministry spokesperson Mao Ning told a regular briefing on Wednesday", "getting worse.",
  ("China", T, neu, "", "appeal for restraint to both sides"))
U(d, "On Thursday she went further, saying China was ready to play a constructive part", "if they so wished.",
  ("China", T, pos, "", "offer of good offices = calling_for_talks"))
U(d, "In Washington, State Department spokesman Matthew Miller condemned the Iranian strikes", "within 48 hours.",
  ("United States", C, neg, "Iran", "condemnation; Washington = place"))
U(d, "Asked about Pakistan's response on Thursday, Miller said the United States did not want", "Pakistani officials.",
  ("United States", T, neu, "", "'did not want to see the confrontation grow' = opposes escalation, aimed at no one"))
U(d, "At the United Nations, a spokesman for Secretary-General Antonio Guterres said", "exchange of strikes.",
  ("United Nations", N, neg, "", "concern without an appeal in this sentence = neutral, negative"))
U(d, "He urged both countries to exercise maximum restraint", "further escalation.",
  ("United Nations", T, neg, "", "appeal to both sides; 'He' = the spokesman speaking for the SG"))
U(d, "The Taliban administration in Kabul, whose own ties with Islamabad are strained", "its foreign ministry spokesman said.",
  ("Afghanistan", T, neu, "", "the Taliban administration's foreign ministry = Afghanistan (Islamic Emirate in the name files); attribution tail; Kabul = place, Islamabad = metonym in a relative clause"))
U(d, "In New Delhi, the external affairs ministry said the matter was one between Iran and Pakistan", "against terrorism.",
  ("India", S, neu, "Iran", "understanding for action in self-defence = approval of Iran's strike (unsure: could be read as neutral distance)"))
U(d, "Russian foreign ministry spokeswoman Maria Zakharova called on Tehran and Islamabad", "further use of force.",
  ("Russia", T, neu, "", "appeal to both sides; capitals = metonyms"))
# no row: Taftan/Gabd traders (unnamed), the frontier and militant-belt background, "Analysts in Islamabad said" (unnamed analysts)
