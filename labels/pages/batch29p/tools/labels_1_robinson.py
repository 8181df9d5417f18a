# ------------------------------------------------------------------ Venezuela expels US charge Todd Robinson and Brian Naranjo (wire copy, 2018-05-23)
d = "page_venezuela_robinson_expulsion2018_wire.txt"
# Not statements: masthead, menu, headline (carries a position: no row), byline, read time, the three bullets, ADVERTISEMENT,
# crossheads, reporting credits, Our Standards, Related Coverage, tags, Most Read, copyright.
U(d, "Venezuelan President Nicolas Maduro ordered the two most senior U.S. diplomats", "refuse to accept.",
  ("Venezuela", C, neg, "United States", "dateline excluded; expulsion + accusation of plotting = condemning; long lead with narration"),
  ("United States", C, neg, "Venezuela", "'a re-election that Washington ... refuse[s] to accept' = rejection of the vote; Washington = metonym"))
U(d, "Maduro declared charge d'affaires Todd Robinson", "where his victory was being certified.",
  ("Venezuela", C, neg, "United States", "persona non grata declaration = expulsion = condemning"))
U(d, "\"That embassy has spent months trying to wreck this election", "gives orders in this country.\"",
  ("Venezuela", C, neg, "United States", "multi-sentence quote closed by its speaker mid-way; accusation of sabotage without a stock word"))
U(d, "The expulsions came a day after Washington tightened financial sanctions", "PDVSA debt.",
  ("United States", C, neg, "Venezuela", "sanctions reported as done = condemning (guide: sanctions); sentence mixes narration and the act"))
U(d, "On Wednesday the State Department said it had told Venezuela's charge d'affaires", "what had happened in Caracas.",
  ("United States", C, neg, "Venezuela", "reciprocal expulsion announced = condemning"))
U(d, "\"The Maduro regime's charges against our two colleagues", "Heather Nauert told reporters.",
  ("United States", N, neg, "", "denial of the accusation = neutral, negative (guide); spokesperson named by role"))
U(d, "Nauert said the embassy in Caracas would keep working", "the department's first concern.",
  ("United States", N, neu, "", "surname only; plans and own staff safety, no evaluation"))
U(d, "Secretary of State Mike Pompeo was quoted by aides as saying", "choose their leaders freely.",
  ("United States", C, neg, "Venezuela", "second-hand attribution ('was quoted by aides'); judgement of the vote + pressure = condemning"))
U(d, "Venezuela's foreign ministry, in a statement read on state television, said", "to stay out of the race.",
  ("Venezuela", C, neg, "United States", "accusation of meddling by describing the mission's acts (no stock word)"))
U(d, "The statement called the new sanctions a form of collective punishment", "interfered in the country's affairs.",
  ("Venezuela", C, neg, "United States", "judgement + veiled threat of further measures = condemning"))
U(d, "Foreign Minister Jorge Arreaza, in remarks carried by the state news agency AVN, said", "and nothing less.\"",
  ("Venezuela", T, neu, "United States", "state-agency carried remarks = Venezuela (agency not an actor); openness to normal relations on conditions = offer of talks"))
U(d, "The 14 members of the Lima Group, among them", "home for consultations.",
  ("Lima Group", C, neg, "Venezuela", "joint statement of a listed group; rejection of the vote + recall of ambassadors = condemning (one row for the group as a body; the listed members are its members speaking jointly)"))
U(d, "The group also urged the Venezuelan government to free political prisoners", "without delay.",
  ("Lima Group", T, neg, "Venezuela", "'the group'; appeal for release and humanitarian access, no judgement word = calling_for_talks"))
U(d, "Canada's foreign minister, Chrystia Freeland, said Ottawa stood with the Venezuelan people", "a real choice on Sunday.\"",
  ("Canada", C, neg, "Venezuela", "solidarity with the people joined to a judgement of the vote ('denied a real choice'): the judgement decides (rule 1)"))
U(d, "Freeland added that Canada would be looking at further targeted measures", "officials in Caracas.",
  ("Canada", C, neg, "Venezuela", "announced sanctions = condemning"))
U(d, "The European Union's foreign policy chief, Federica Mogherini, said the bloc would weigh fresh steps", "a statement from her office.",
  ("European Union", C, neg, "Venezuela", "'according to a statement from' = passive attribution; threatened measures = condemning; target = the Venezuelan government"))
U(d, "Her spokeswoman later said the bloc's priority was a negotiated way out", "a credible vote.",
  ("European Union", T, neu, "", "spokesperson named by role only; negotiated solution = calling_for_talks"))
# "Maduro's allies moved the other way." = summary line, no row.
U(d, "Cuba's foreign minister, Bruno Rodriguez, sent warm congratulations", "the empire and its lackeys.\"",
  ("Cuba", S, pos, "Venezuela", "congratulations on the victory = supporting; two actors in one sentence"),
  ("Bolivia", C, neg, "", "'the empire and its lackeys' = insult aimed at Washington and its allies; judgement = condemning; several actors -> target empty"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russia would not comment", "departure.",
  ("Russia", N, neu, "", "declining to comment = neutral"))
U(d, "The spokesman said Moscow considered the election a matter for Venezuelans alone", "destabilise the country further.",
  ("Russia", T, neu, "", "speaker carried as 'the spokesman'; non-interference line + hope for restraint by all = calling_for_talks"))
U(d, "China's foreign ministry said it trusted the Venezuelan government and people", "respect that choice.",
  ("China", S, pos, "Venezuela", "confidence in the government + call to respect its choice; support for Caracas decides over the appeal (unsure: could be calling_for_talks)"))
# "The United States and Venezuela have not exchanged ambassadors since 2010." = background, no row.
# "Robinson, a career diplomat ..." = background, no row.
U(d, "He had publicly pressed for the release of Joshua Holt", "were fabricated.",
  ("United States", T, neu, "Venezuela", "Robinson's earlier public appeal for a release reported as done = calling_for_talks (unsure: background); the family's view is of unnamed people, no row"))
# "The embassy in Caracas did not respond ..." = non-answer, no row.
# "Analysts said the tit-for-tat ..." = unnamed speakers, no row.
U(d, "\"What we are seeing is a government that answers every diplomatic setback", "Caribbean Basin Policy Institute in Washington.",
  ("Marcela Urdaneta", C, neg, "Venezuela", "invented analyst; judgement of the Caracas government's conduct without a stock word"))
U(d, "Urdaneta said the expulsions would matter less than the debt ban", "most likely to hurt Caracas.",
  ("Marcela Urdaneta", N, neu, "", "surname only; assessment of effects, no evaluation of an actor"))
U(d, "\"Washington should keep a channel open, however thin", "she said.",
  ("Marcela Urdaneta", T, neu, "United States", "appeal to keep a channel for negotiation = calling_for_talks"))
U(d, "Tomas Briceño Lander, a political scientist at the Central University of Venezuela, said", "with care.",
  ("Tomas Briceño Lander", N, neu, "", "invented scholar introduced by role; observation on timing, no judgement yet"))
U(d, "\"Expelling two diplomats on the day you are certified is theatre", "Briceño said.",
  ("Tomas Briceño Lander", C, neg, "Venezuela", "surname only; judgement of the expulsion as theatre"))
