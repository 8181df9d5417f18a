# ------------------------------------------------------------------ Belarus crackdown after the December 2010 election (live blog, scraped, 2011-01-31)
d = "page_belarus_crackdown_liveblog.txt"
# No row: masthead, menu, LIVE headline, standfirst, byline/times, share bar, key events, timestamps and entry headings,
# the closing and welcome entries (the outlet's voice), "What we know so far" bullets, ADVERTISEMENT, "Related:", "Show earlier updates", topics, most viewed, newsletter, copyright.
U(d, "Anatol Kruk, a Belarusian political scientist at the East European Studies Centre in Vilnius", "bank balance.",
  ("Anatol Kruk", N, neu, "", "independent scholar ('told us' = the outlet); assessment of the measures"))
U(d, "\"The people on this list rarely travel to Paris for shopping.", "Kruk said.",
  ("Anatol Kruk", N, neg, "", "analysis; the West and Moscow inside his words are not speakers"))
U(d, "He said the most likely scenario was that the authorities would hold a series of trials", "European pressure.",
  ("Anatol Kruk", N, neg, "", "scenario"))
U(d, "\"Lukashenko has done this before.", "Kruk said.",
  ("Anatol Kruk", C, neg, "Belarus", "explicit judgement ('takes hostages') of the head of state = Belarus"))
U(d, "Agnieszka Surdel, who follows Belarus at the Eastern Policy Institute in Warsaw", "into Russia's arms.",
  ("Agnieszka Surdel", N, neu, "", "independent researcher; interests of member states, no judgement"))
U(d, "\"The risk for Brussels is that it ends up with the worst of both worlds", "Surdel said.",
  ("Agnieszka Surdel", N, neg, "", "risk; Brussels and Minsk as metonyms inside her words"))
U(d, "She said the more lasting effect could come from money for students", "the list itself.",
  ("Agnieszka Surdel", N, neu, "", "scenario"))
U(d, "\"Europe should keep the channels to the Belarusian administration open", "Surdel said.",
  ("Agnieszka Surdel", T, neu, "", "appeal for dialogue about the prisoners"))
U(d, "EU foreign ministers meeting in Brussels have banned President Alexander Lukashenko", "suspended since 2008.",
  ("European Union", C, neg, "Belarus", "visa ban + asset freeze = sanctions; Lukashenko is the object, not the speaker"))
U(d, "The list includes officials accused of rigging the vote", "according to the ministers' conclusions.",
  ("European Union", C, neg, "Belarus", "accusations carried by the conclusions (attribution tail)"))
U(d, "Catherine Ashton, the EU's foreign policy chief, told reporters the measures would stay in place", "freed and cleared.",
  ("European Union", C, neg, "Belarus", "condition for lifting sanctions = an ultimatum"))
U(d, "She said the Union would at the same time sharply increase its funding", "groups in Belarus.",
  ("European Union", S, pos, "", "backing by act for civil society (non-canonical target -> empty)"))
U(d, "Poland's Foreign Minister Radosław Sikorski said that there was no agreement among the 27", "keep the opposition down.",
  ("Poland", N, neu, "", "procedure and mandate reported (no consensus, mandate to Ashton), no own judgement (unsure: the mandate is a threatened measure, but it is the EU's, and Sikorski only reports it)"))
U(d, "Sikorski added that Warsaw would host a conference of donors", "on Wednesday.",
  ("Poland", S, pos, "", "hosting a donors' conference for civil society = backing by act; Warsaw = metonym"))
U(d, "German Foreign Minister Guido Westerwelle said on his way into the meeting", "on the table.",
  ("Germany", C, neg, "Belarus", "judgement without stock words + backing of the sanctions; Berlin = metonym"))
U(d, "Alexander Milinkevich, who leads the For Freedom movement", "travel to Europe.",
  ("For Freedom movement", S, pos, "European Union", "welcome of the ban + appeal for easier travel (help, not a peace appeal): supporting (unsure)"))
U(d, "The State Department said the United States was reimposing sanctions", "trade with them.",
  ("United States", C, neg, "Belarus", "sanctions on state companies + visa bans"))
U(d, "\"The government of Belarus has chosen the path of repression.", "in a conference call.",
  ("United States", C, neg, "Belarus", "unnamed official of a named government = the US; judgement + consequences"))
U(d, "European Parliament President Jerzy Buzek said he deplored what he called a sham release", "by the security services.",
  ("European Union", C, neg, "Belarus", "European Parliament = European Union; 'deplored' = judgement"))
# No row: "Belarus's Foreign Ministry has hit back at the EU decision." (summary line before the specific statement)
U(d, "Spokesman Andrei Savinykh said the visa bans were a relic of a failed policy", "imposed them.",
  ("Belarus", C, neg, "European Union", "judgement + threat of a response"))
U(d, "He denied that any of the detainees had been mistreated", "lawyers and doctors.",
  ("Belarus", N, neg, "", "'He' = Savinykh; denial = neutral, negative"))
U(d, "The KGB and prosecutors say those still held", "15 years in prison.",
  ("Belarus", N, neg, "", "KGB and prosecutors = Belarus; charges and penalties = procedure in crisis vocabulary; Sannikov and Statkevich are objects"))
U(d, "Russia's Foreign Ministry said sanctions and isolation had never worked", "dialogue harder.",
  ("Russia", C, neg, "European Union", "judgement of the EU's measure ('counterproductive' in the heading)"))
U(d, "President Dmitry Medvedev said in December that the election and its aftermath", "internal affair of Belarus.",
  ("Russia", N, neu, "", "'internal affair' = non-interference, no judgement, no appeal"))
U(d, "The European Belarus campaign, which backed Sannikov's candidacy", "designed to break him.",
  ("European Belarus", C, neg, "Belarus", "campaign under its own name; accusation against the KGB (= Belarus)"))
# No row: "Sannikov's wife, the journalist Iryna Khalip, has been under house arrest since the weekend." (narration)
U(d, "Minsk closed the Organization for Security and Co-operation in Europe's office", "completed its work.",
  ("Belarus", N, neu, "OSCE", "Minsk = metonym; closing the office with a procedural reason, no protest stated = neutral"))
U(d, "Lithuania's Foreign Minister Audronius Ažubalis, who chairs the OSCE this year", "Belarusians themselves.",
  ("OSCE", C, neg, "Belarus", "speaks as the OSCE chair = OSCE; 'a step in the wrong direction' = judgement"))
U(d, "On 23 December, the foreign ministers of Sweden, the Czech Republic, Poland and Germany", "his own people.",
  ("Sweden", C, neg, "Belarus", "joint article = one row per signatory state; 'stolen the election' = accusation"),
  ("Czech Republic", C, neg, "Belarus", "same"),
  ("Poland", C, neg, "Belarus", "same"),
  ("Germany", C, neg, "Belarus", "same"))
U(d, "Bildt wrote on Twitter on the night of the vote", "pictures from Minsk.",
  ("Sweden", N, neg, "", "a leader on social media; alarm without an appeal or a judgement of an actor = neutral, negative; Minsk = place"))
