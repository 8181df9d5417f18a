# ------------------------------------------------------------------ Nisour Square shooting by Blackwater guards (Arab English-language news site, full HTML, 2007-09-23)
d = "page_nisour_blackwater_arabsite.html"
# No rows: top bar, masthead, nav, breadcrumbs, kicker, headline, standfirst, byline, share bars, captions "1 of 3" .. "3 of 3",
# ADVERTISEMENT, crossheads, "Related:", credits, tags, comments, most read, newsletter, footer.
U(d, "Iraq's government said on Saturday that its own investigators", "back on the capital's roads.",
  ("Iraq", C, neg, "Blackwater", "dateline excluded; long lead: accusation + demand for trial (rule 1); the State Department's resumed convoys are narration here (its own sentence below gives the US row)"))
# "The shooting in Nisour Square, a busy roundabout ..." : background narration, no row.
U(d, "The Interior Ministry put the toll at 11 dead and 13 wounded", "city's hospitals.",
  ("Iraq", N, neu, "", "figures from a ministry = neutral, neutral tone"))
U(d, "Ali al-Dabbagh, the government's spokesman, rejected the account", "anywhere near the square.",
  ("Iraq", N, neg, "", "denial of the car-bomb account = neutral, negative"))
U(d, "\"Not one bullet was fired at them.", "Dabbagh told a news conference in the fortified Green Zone.",
  ("Iraq", C, neg, "Blackwater", "multi-sentence quote closed by the speaker; accusation by describing the shooting of civilians"))
U(d, "The ministry announced on Monday, the day after the shooting, that Blackwater could no longer work", "investigating judge.",
  ("Iraq", C, neg, "Blackwater", "'the ministry' by context; licence withdrawn + prosecution = measure against the company"))
U(d, "Its spokesman, Brigadier General Abdul-Karim Khalaf, said", "would not save them.",
  ("Iraq", C, neg, "Blackwater", "possessive subject (its = the ministry's); judgement without stock words"))
U(d, "Prime Minister Nouri al-Maliki went further on Wednesday", "protect their diplomats.",
  ("Iraq", C, neg, "Blackwater", "judgement + demand that the US replace the company (the Americans are addressed, the company judged)"))
U(d, "The preliminary report of the ministry's inquiry, seen by the Crescent Herald", "justified the shooting.",
  ("Iraq", C, neg, "Blackwater", "the ministry's report = Iraq; the outlet ('seen by') is not an actor"))
U(d, "The report also recommends that foreign security firms be replaced", "repealed by parliament.",
  ("Iraq", N, neu, "", "recommendations and plans, no judgement in the sentence (unsure: could be read as a measure against the contractors)"))
# "A separate committee led by Defence Minister ... officials said." : 'officials said' with no tie = not an actor; no row.
# "In Washington, the administration has tried to calm the row ..." : summary line, no row.
U(d, "Secretary of State Condoleezza Rice telephoned Maliki on Monday", "the prime minister's office said.",
  ("United States", S, neu, "Iraq", "Rice's regret for Iraqi lives reported by Maliki's office = the US's statement (condolence = solidarity; unsure: could be neutral); Iraq's office only reports"))
U(d, "The two governments agreed this week to set up a joint commission", "security companies in Iraq.",
  ("Iraq", T, neu, "", "agreement to a joint review body = commits to talks (one row per government)"),
  ("United States", T, neu, "", "same joint agreement"))
U(d, "The US embassy has said that the convoy came under fire", "before leaving the area.",
  ("United States", N, neg, "", "the embassy's account of an attack on the convoy, no judgement of a named side"))
U(d, "State Department spokesman Sean McCormack said it was plain", "anything about the contract.",
  ("United States", N, neg, "", "acknowledges innocent deaths, declines to prejudge: no judgement, no appeal"))
U(d, "The department halted all road travel by its diplomats outside the Green Zone", "a department official said.",
  ("United States", N, neu, "", "unnamed official of a named body = US; own measures"))
# "Related:" link: no row.
U(d, "Blackwater, which is based in North Carolina and holds a State Department contract", "officials in its care.",
  ("Blackwater", N, neg, "", "the company's self-defence account = denial of wrongdoing (neutral, negative); no named attacker"))
U(d, "The company's spokeswoman, Anne Tyrrell, said it would cooperate", "nothing to hide.",
  ("Blackwater", N, pos, "", "cooperation pledge + reassurance about its own conduct = neutral"))
# "The shooting has done something rare in Iraqi politics ..." : summary line, no row.
U(d, "The Iraqi Islamic Party, the largest Sunni party in parliament, welcomed", "once they killed civilians.",
  ("Iraqi Islamic Party", C, neg, "United States", "welcome + judgement (responsibility put on the US): rule 1"))
U(d, "Lawmakers loyal to the Shiite cleric Moqtada al-Sadr called the killings", "by the end of the year.",
  ("Sadrist Movement", C, neg, "", "Sadr's lawmakers = Sadrist Movement; 'crime of occupation' + demand to expel all foreign firms (several targets: empty)"))
U(d, "In Tehran, foreign ministry spokesman Mohammad Ali Hosseini", "nothing but insecurity.",
  ("Iran", C, neg, "United States", "Tehran = place here; the spokesman = Iran; judgement of the US presence"))
U(d, "The United Nations Assistance Mission for Iraq (UNAMI) welcomed the joint commission", "were compensated.",
  ("United Nations", T, pos, "", "UNAMI = United Nations; welcome + appeal for transparency and redress: rule 2 before rule 3"))
U(d, "Amnesty International asked for an independent and public investigation", "for any killing.",
  ("Amnesty International", T, neu, "", "demand for an investigation and accountability with no judgement word = calling_for_talks"))
# Witnesses: the unnamed traffic policeman (two sentences) and the shopkeeper are not actors: no rows.
U(d, "Faisal al-Rubaie, who heads the security programme", "he said.",
  ("Faisal al-Rubaie", N, neg, "", "analyst on interests and the likeliest outcome; Maliki named as subject inside the quote, not a statement of Iraq"))
U(d, "He added that in his view the State Department had known for years", "a party to what happened.",
  ("Faisal al-Rubaie", C, neg, "United States", "analyst's judgement of the State Department (= United States)"))
U(d, "Helen Carver, who studies private military companies", "she said.",
  ("Helen Carver", N, neg, "", "researcher on jurisdiction gaps and consequences, no judgement"))
U(d, "\"The two governments should agree on a single, transparent investigation now", "Carver said.",
  ("Helen Carver", T, neu, "", "appeal to both governments (target empty)"))
