# ------------------------------------------------------------------ G7 Charlevoix communique row, Trump vs Trudeau (regional daily, scraped, 2018-06-12)
d = "page_charlevoix_g7_communique2018_regionaldaily.txt"
# Not statements: masthead, weather line, menu, breadcrumb, headline and deck (carry positions: never statements), byline,
# time stamps, print/share bar, "[Photo 1 of 3]" captions with credits, ADVERTISEMENT, crossheads, Related, Trending,
# newsletter prompt, copyright.
U(d, "The federal government said it will go ahead on July 1", "ended on Saturday.",
  ("Canada", C, neg, "United States", "lede: counter-tariffs = measure against the US; dateline excluded"))
U(d, "Trump, flying from La Malbaie to Singapore", "American farm products.",
  ("United States", C, neg, "Canada", "withdrawal of endorsement in protest, reasons given = condemning"))
U(d, "In a second message he accused Trudeau", "had left.",
  ("United States", C, neg, "Canada", "accusation of duplicity"))
U(d, "At that news conference, Trudeau had said Canada would match", "for a century.",
  ("Canada", C, neg, "United States", "reported earlier position: retaliation + rejection of the security argument"))
U(d, "The Prime Minister's Office replied late Saturday", "the president directly.",
  ("Canada", N, neu, "", "defence of its own conduct = neutral"))
# "On the Sunday talk shows, the White House kept up the attack." = summary line: no row.
U(d, "Larry Kudlow, director of the White House National Economic Council, told CNN", "the whole G7.",
  ("United States", C, neg, "Canada", "accusation without a stock word"))
U(d, "Trade adviser Peter Navarro told Fox News Sunday", "was in the air.",
  ("United States", C, neg, "Canada", "accusation"))
U(d, "Foreign Affairs Minister Chrystia Freeland said Canada would keep its temper", "name-calling in kind.",
  ("Canada", C, neg, "United States", "counter-tariffs confirmed = measure; the restraint clause does not cancel it"))
U(d, "Freeland said Ottawa remained ready to sit down", "at any time.",
  ("Canada", T, neu, "United States", "offer of talks"))
U(d, "On Monday the House of Commons passed, without a single dissenting vote", "the retaliatory measures.",
  ("Canada", C, neg, "United States", "parliament = Canada; rejects the attacks and backs the measures"))
U(d, "Conservative Leader Andrew Scheer said his party stood behind the government", "on other files.",
  ("Conservative Party of Canada", S, pos, "Canada", "opposition party backing its government"))
U(d, "German Chancellor Angela Merkel told ARD television", "agreed and binding.",
  ("Germany", C, neg, "United States", "'a real let-down' = negative judgement of the US act + standing by the text"))
U(d, "The Elysee Palace said France and Europe stood by the text", "from an aircraft.",
  ("France", C, neg, "United States", "jibe at the withdrawal = judgement without a stock word"))
U(d, "A spokesman for British Prime Minister Theresa May said Britain fully supported", "G7 partners.",
  ("United Kingdom", S, pos, "G7", "support for the agreed communique (the G7's text)"))
U(d, "A European Commission spokesman said the European Union would answer", "World Trade Organization rules.",
  ("European Union", C, neg, "United States", "countermeasures announced"))
U(d, "Japan's chief cabinet secretary, Yoshihide Suga, said Tokyo hoped", "despite the dispute.",
  ("Japan", T, pos, "", "hope that the seven keep working together"))
U(d, "During the summit Trump had also said Russia should be invited back", "into the group.",
  ("United States", S, pos, "Russia", "reported earlier position: readmitting Russia"))
U(d, "Italy's new prime minister, Giuseppe Conte, attending his first summit", "agreed with the idea.",
  ("Italy", S, pos, "United States", "approval of Trump's proposal"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov said Russia had not asked to rejoin", "other formats.",
  ("Russia", N, neu, "", "no request, no judgement"))
# "In Hamilton, where steel remains ..." = scene-setting: no row.
U(d, "Dave Kowalczyk, a crane operator and union steward", "sent his grandfather to Normandy.",
  ("Dave Kowalczyk", C, neg, "United States", "invented worker: the security pretext resented = judgement"))
U(d, "\"Nobody here wants a trade war.", "Kowalczyk said.",
  ("Dave Kowalczyk", T, pos, "", "hope the two leaders settle it"))
U(d, "Priya Ramaswamy, a trade economist at the Niagara Institute for Trade Policy", "took effect on June 1.",
  ("Priya Ramaswamy", N, neu, "", "invented economist: trade figures"))
U(d, "\"Ottawa is right to answer, but it should keep the retaliation narrow", "she said.",
  ("Priya Ramaswamy", T, neu, "Canada", "approval of a response but the thrust is an appeal for constant talks (rule 2 before 3)"))
U(d, "A senior Canadian official said the two leaders had not spoken", "since the summit ended.",
  ("Canada", N, neu, "", "unnamed official of a named government speaks for it; fact"))
U(d, "The communique, released shortly before Trump's messages", "World Trade Organization.",
  ("Canada", N, pos, "", "joint statement by a list of states: pledges = plans, one row per state"),
  ("France", N, pos, "", "same communique"),
  ("Germany", N, pos, "", "same communique"),
  ("Italy", N, pos, "", "same communique"),
  ("Japan", N, pos, "", "same communique"),
  ("United Kingdom", N, pos, "", "same communique ('Britain')"),
  ("United States", N, pos, "", "same communique, before the withdrawal"))
U(d, "Mexico, which faces the same U.S. steel duties", "apples and cheese.",
  ("Mexico", C, neg, "United States", "counter-tariffs = measure"))
