# ------------------------------------------------------------------ G20 Johannesburg summit under a US boycott (live blog, 2025-11-22)
d = "page_g20_johannesburg_usboycott2025_liveblog.txt"
# Not statements: masthead, menu, LIVE label, headline, update stamp, key-events bullets, refresh bar, time stamps, every post's bold title line, ADVERTISEMENT, comments line, most viewed, copyright.
# "Leaders return to the Nasrec expo centre on Sunday ..." = narration, no row.
U(d, "Thandiwe Mabaso, a senior analyst at the Johannesburg Centre for Global Governance", "in the room.",
  ("Thandiwe Mabaso", N, neu, "", "invented analyst; reading of the boycott's effect, no judgement"))
U(d, "\"Washington has managed to look both absent and petty", "Mabaso said.",
  ("Thandiwe Mabaso", C, neg, "United States", "judgement without a stock word ('absent and petty')"))
U(d, "She said the sensible course now was for Pretoria and Washington to agree a quiet handover", "trading statements.",
  ("Thandiwe Mabaso", T, neu, "", "appeal to both sides for a negotiated handover = calling_for_talks"))
U(d, "South Africa's Department of International Relations and Cooperation says President Cyril Ramaphosa will not hand", "made the journey.",
  ("South Africa", C, neg, "United States", "refusal of the US format in protest, grievance stated ('a slight') = condemning"))
U(d, "Spokesperson Chrispin Phiri said the handover could take place at a later date", "accredited for the summit.",
  ("South Africa", N, neu, "", "procedural plans and facts"))
U(d, "The White House has accused South Africa of using its presidency to push its own agenda", "in the customary way.",
  ("United States", C, neg, "South Africa", "accusation"))
U(d, "\"South Africa chose to run this G20 as a campaign rather than a forum", "Anna Kelly said in a statement.",
  ("United States", C, neg, "South Africa", "judgement without a stock word + veiled warning"))
U(d, "Kelly said President Donald Trump would host the 2026 summit", "economic growth and trade.",
  ("United States", N, neu, "", "own plans for the next presidency, no judgement"))
U(d, "Trump announced earlier this month that no U.S. official would attend", "consistently rejected as false.",
  ("United States", C, neg, "South Africa", "boycott in protest with the grievance stated = condemning"),
  ("South Africa", N, neg, "", "Pretoria's rejection of the claims inside the same sentence = denial, neutral, negative"))
U(d, "Phiri repeated that the government's position on the allegations about Afrikaners", "no group was being targeted.",
  ("South Africa", N, neg, "", "denial of the persecution charge with own facts = neutral, negative"))
U(d, "Brazil's President Luiz Inácio Lula da Silva praised Ramaphosa for holding firm", "staying away from it.",
  ("Brazil", C, neg, "United States", "praise of South Africa joined to a judgement of the absent US: rule 1 -> condemning"))
U(d, "Leaders of Britain, France, Germany, Italy, Canada and Japan, meeting on the sidelines", "able to defend itself.",
  ("United Kingdom", T, neu, "", "joint statement, one row per listed state: qualified welcome of a peace plan + conditions, no judgement = calling_for_talks"),
  ("France", T, neu, "", "joint statement, one row per listed state"),
  ("Germany", T, neu, "", "joint statement, one row per listed state"),
  ("Italy", T, neu, "", "joint statement, one row per listed state"),
  ("Canada", T, neu, "", "joint statement, one row per listed state"),
  ("Japan", T, neu, "", "joint statement, one row per listed state"))
U(d, "Argentina's Foreign Minister Pablo Quirno, standing in for President Javier Milei, told the plenary", "working within the group.",
  ("Argentina", N, neu, "", "declining to endorse a text with no grievance stated in this sentence = neutral"))
U(d, "Quirno said Buenos Aires was uneasy with the way the text framed", "in the Middle East.",
  ("Argentina", N, neg, "", "unease without an appeal and without judging an actor = neutral, negative (unsure: could be read as a judgement of the text)"))
U(d, "The leaders committed in the declaration to pursue fair and durable peace settlements", "and Ukraine.",
  ("G20", T, pos, "", "the declaration speaks for the body; commitment to peace settlements = calling_for_talks"))
U(d, "The text also condemned terrorism wherever and by whomever it is committed", "and critical minerals.",
  ("G20", C, neg, "", "condemnation of terrorism (no named actor) + list of commitments; the judgement decides"))
U(d, "UN Secretary-General Antonio Guterres welcomed the leaders' commitments", "trapped there.",
  ("United Nations", T, neg, "", "welcome joined to a ceasefire and access appeal, no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "European Commission President Ursula von der Leyen announced a package of Global Gateway investments", "on the continent.",
  ("European Union", S, pos, "", "investment offer = backing by act; several countries -> target empty"))
U(d, "Chinese Premier Li Qiang said China firmly supported South Africa's presidency", "rather than confrontation.",
  ("China", S, pos, "South Africa", "backing of the host + a general appeal; no judgement"))
U(d, "In a bilateral meeting with Indian Prime Minister Narendra Modi, Ramaphosa conveyed", "the presidency said.",
  ("South Africa", S, neg, "India", "condolences = solidarity (supporting), grief in tone; Ramaphosa here as South Africa's president"))
U(d, "French President Emmanuel Macron told reporters the G20 risked losing its purpose", "deliver together.",
  ("France", T, neg, "", "warning + appeal to members to cooperate on priorities, no judgement of an actor = calling_for_talks (unsure: a cooperation appeal, not a peace one)"))
U(d, "British Prime Minister Keir Starmer said the United Kingdom would have preferred", "go on regardless.",
  ("United Kingdom", N, neu, "", "mild regret at the absence + own plans, no judgement or appeal"))
U(d, "Presidential spokesperson Vincent Magwenya said the leaders' declaration had been adopted", "adopting it at the close.",
  ("South Africa", N, neu, "", "procedural fact of the adoption"))
U(d, "He said the text had been agreed after a year of negotiations and would not be reopened", "chosen to stay away.",
  ("South Africa", C, neg, "United States", "refusal to reopen, with a jab at the member that stayed away = condemning"))
U(d, "Opening the first G20 summit held on African soil, Ramaphosa told leaders", "negotiations all year.",
  ("G20", S, pos, "", "the chair speaking at the body's summit = G20; procedural agreement + thanks to delegations = supporting (gratitude); several -> target empty"))
U(d, "\"Whoever chose not to come, this summit will finish its work", "Ramaphosa said.",
  ("G20", N, pos, "", "the chair's confident assessment of the summit; the swipe at the absent is too oblique for a judgement -> neutral, positive (unsure)"))
# "Good morning and welcome to our live coverage ..." = narration by the outlet, no row.
