# ------------------------------------------------------------------ Arab League suspends Syria; Rabat ministerial meeting (Gulf state agency in English, scraped .txt, 2011-11-16)
d = "page_arableague_syria_gulfagency.txt"
# No rows: masthead, menu, headline, standfirst, font/print bar, photo caption with credit, "The ministers met at the margins ..."
# (narration), crossheads ("Cairo decision", "Kingdom condemns ...", "Damascus rejects decision", "Ankara: we stand with the
# Arab League", "Moscow: a mistaken step", "Washington welcomes step", "Opposition welcomes decision", "Scholars: difficult
# weeks ahead": headlines, not statements), the Saudi Press Agency (an agency reporting, not an actor), "Related:", the
# GDA slug line, tags, share, related news, most read, subscribe, footer.
U(d, "Arab foreign ministers meeting in the Moroccan capital on Wednesday", "came into force.",
  ("Arab League", C, neg, "Syria", "long lead: three-day deadline + sanctions warning = ultimatum (condemning); the suspension coming into force is narration; dateline excluded"))
U(d, "\"Call it what you like.", "he said.",
  ("Arab League", C, neg, "Syria", "HBJ speaks as chair of the League's ministerial committee at a joint League press conference = Arab League (guide: chair speaking in the body's name); threat of economic measures; lead-in sentence before it is a journalist's question (no row)"))
U(d, "HE Sheikh Hamad added that the Arab initiative opened no door", "by the Syrians themselves.",
  ("Arab League", T, neu, "", "no military option + political settlement by the Syrians = appeal for a negotiated course"))
U(d, "HE Dr Nabil Elaraby, Secretary-General of the Arab League, said that an emergency Arab summit", "responsible for the file.",
  ("Arab League", N, neu, "Syria", "refuses the summit Syria asked for with a procedural reason, no protest = neutral; Damascus = metonym in a relative clause (its request gets its own row below)"))
U(d, "At its extraordinary session in Cairo on Saturday, the League Council decided", "at the League's headquarters.",
  ("Arab League", C, neg, "Syria", "suspension + withdrawal of ambassadors = measures against a member (condemning); the invitation to the opposition sits in the same sentence"))
U(d, "Eighteen member states voted in favour of the decision", "Iraq abstained.",
  ("Lebanon", N, neu, "", "a list of votes: voting against with no reason stated in this sentence = neutral (its reason follows)"),
  ("Yemen", N, neu, "", "same list: vote against, no reason given"),
  ("Iraq", N, neu, "", "same list: abstention"))
U(d, "Lebanon's Foreign Minister Adnan Mansour said his country had opposed", "Syrian leadership.",
  ("Lebanon", T, neu, "", "reason for the no vote + appeal to keep talking to Damascus; no judgement of the League"))
U(d, "In Riyadh, the Council of Ministers condemned", "the Saudi Press Agency reported.",
  ("Saudi Arabia", C, neg, "Syria", "'the Kingdom' = Saudi Arabia; condemnation + 'fully responsible'; Riyadh = place; the agency is not an actor"))
U(d, "In Rabat, HRH Prince Saud Al-Faisal, Minister of Foreign Affairs, told the ministers", "wish to interfere.",
  ("Saudi Arabia", N, pos, "", "reassurance about its own motives = neutral, positive tone; Rabat = place"))
U(d, "He said it was the regime in Damascus, not the League, that had turned its back", "into the cities.",
  ("Saudi Arabia", C, neg, "Syria", "'He' = Saud Al-Faisal; blame on 'the regime in Damascus' = Syria"))
U(d, "The Ministry of Foreign Affairs of the State of Qatar also condemned", "Syrian security services.",
  ("Qatar", C, neg, "Syria", "Qatar in its own name (not the League): condemnation + accusation of the security services"))
U(d, "Syria's Foreign Minister Walid Al-Moallem, at a press conference in Damascus on Monday", "outside the region.",
  ("Syria", C, neg, "Arab League", "'no basis in the charter' + 'campaign steered from outside' = judgement of the League's decision"))
U(d, "He apologised for the attacks on the Saudi and Qatar", "all diplomatic missions.",
  ("Syria", N, pos, "", "apology + reassurance about its own conduct = neutral (labels/README: reassurance is neutral)"))
U(d, "\"Syria has given the plan every chance.", "Al-Moallem said.",
  ("Syria", C, neg, "Arab League", "own measures claimed + 'they speak to us in the language of deadlines' = judgement of the League; quote closed by the speaker mid-paragraph"))
U(d, "\"Those who want to isolate Syria", "isolated themselves.\"",
  ("Syria", C, neg, "", "quote continued after its attribution (same speaker); veiled warning to unnamed states -> target empty"))
U(d, "Youssef Ahmad, Syria's permanent representative to the League", "read out in Cairo.",
  ("Syria", C, neg, "Arab League", "the envoy speaks for Syria; 'written in Western capitals' = accusation of subservience"))
U(d, "Damascus also called for an emergency Arab summit", "before the suspension took effect.",
  ("Syria", T, neu, "Arab League", "Damascus = metonym; request for a summit + invitation to visit = calling for talks"))
U(d, "HE Ahmet Davutoglu, Minister of Foreign Affairs of the Republic of Turkey", "with its Arab partners.",
  ("Turkey", S, pos, "Arab League", "backing of the League's decisions"))
U(d, "Turkey's Foreign Ministry condemned on Sunday the attacks by crowds", "non-essential travel.",
  ("Turkey", C, neg, "", "condemnation of attacks by crowds (no state named) + own protective measures in the same sentence; target empty"))
U(d, "Turkish Prime Minister Recep Tayyip Erdogan told his party's deputies", "to speak for them.",
  ("Turkey", C, neg, "Syria", "judgement without stock words: 'a leadership which answers its own people with gunfire' = Syria's government; Ankara = place"))
U(d, "Russian Foreign Minister Sergei Lavrov told reporters in Moscow on Monday", "harder to resolve.",
  ("Russia", C, neg, "Arab League", "'a mistake' aimed at the League's decision = judgement"))
U(d, "Lavrov said his ministry would receive a delegation", "authorities in Damascus.",
  ("Russia", T, neu, "Syrian National Council", "press the opposition to sit down with the authorities = calling for talks, addressed to the SNC"))
U(d, "In Washington, US Secretary of State Hillary Clinton welcomed", "increase the pressure.",
  ("United States", S, pos, "Arab League", "welcome of the League's step + working with it; 'pressure' named without a judgement = supporting; Washington = place"))
U(d, "State Department spokeswoman Victoria Nuland said the vote showed", "claim to legitimacy.",
  ("United States", C, neg, "Syria", "'chosen repression over reform', 'forfeited any claim to legitimacy' = judgement of Assad's government"))
U(d, "The UN Security Council, in a statement read by its president", "obligation to protect them.",
  ("United Nations", C, neg, "", "condemnation of attacks by unnamed crowds + reminder to Damascus; target empty"))
U(d, "Dr Burhan Ghalioun, President of the Syrian National Council, welcomed", "Hama and Idlib.",
  ("Syrian National Council", T, neg, "Arab League", "welcome + appeal to protect civilians, no judgement in the sentence: rule 2 before rule 3 (labels/README)"))
U(d, "Dr Hessa Al Mazrouei, professor of political science", "Lebanon and Turkey.\"",
  ("Hessa Al Mazrouei", N, neg, "", "scholar; quote opened after a colon, two sentences, one unit; risks and scenario, no judgement"))
U(d, "She said the regime had made a grave error", "against it overnight.",
  ("Hessa Al Mazrouei", C, neg, "Syria", "the scholar's judgement: 'grave error' of 'the regime' = Syria"))
U(d, "For Julien Marchetti, a Paris-based researcher on the Levant", "as much as the Arabs.",
  ("Julien Marchetti", N, neu, "", "researcher's assessment, no speech verb ('For X, ...')"))
U(d, "\"If Moscow keeps its shield over Damascus", "he said.",
  ("Julien Marchetti", N, neg, "", "scenario and risk (stalemate, army fracturing); Moscow and Damascus are metonyms inside his analysis, not speakers"))
