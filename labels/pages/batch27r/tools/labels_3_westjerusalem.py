# ------------------------------------------------------------------ Australia drops recognition of West Jerusalem: live blog (2022-10-18)
d = "page_westjerusalem_reversal2022_liveblog.html"
# Not statements: nav, breadcrumb, kicker, headline, standfirst, byline, caption with credit, share bar, time stamps,
# entry headings (h3, e.g. "Greens: now recognise Palestine", "Dutton pledges to restore recognition"), ADVERTISEMENT,
# Related, tags, comments, most viewed, newsletter prompt, footer.
# "That's where we will leave the blog for today." = blog furniture, no row.
# "The government dropped the 2018 recognition ... if it wins government." = the wrap-up summary of entries below; no row
#   (summary lines repeat statements carried by the entries).
# "Dr Miriam Solberg ... has been in touch with her reading of the day." = lead-in, no position, no row.
U(d, "She said the 2018 decision had never been backed by a change on the ground", "moves with the electoral map.",
  ("Miriam Solberg", C, neg, "", "invented analyst; judgement on the flip-flop of Australian politics (both parties) -> target empty"))
U(d, "\"What both sides of Australian politics should do now", "Solberg said.",
  ("Miriam Solberg", T, neu, "", "appeal to back direct talks"))
U(d, "Indonesia's foreign ministry spokesperson, Teuku Faizasyah, told local media", "two-state solution.",
  ("Indonesia", S, pos, "Australia", "welcome + hope for a two-state solution (hope of peace, but the welcome of Australia's act is the point; unsure: rule 2 could make it calling_for_talks)"))
U(d, "Israel's opposition leader, Benjamin Netanyahu, has used the decision to attack", "Israeli election.",
  ("Likud", C, neg, "Israel", "opposition leader attacking the caretaker government (Lapid) = Likud condemning Israel's government (unsure: target could be left empty)"))
U(d, "In a post on Twitter, the Likud leader said Australia's step was the price", "a Palestinian state.",
  ("Likud", C, neg, "Israel", "blame on the Lapid government, carried from the previous sentence ('the Likud leader')"))
U(d, "The Greens' foreign affairs spokesperson, Senator Jordon Steele-John, said", "the state of Palestine.",
  ("Australian Greens", T, pos, "Australia", "approval ('overdue') + demand for recognition of Palestine: welcome joined to an appeal with no judgement of an actor; the appeal is for a policy step, not talks (unsure: could be supporting)"))
U(d, "Hussein al-Sheikh, the Palestinian Authority's civil affairs minister", "under international law.\"",
  ("Palestine", S, pos, "Australia", "label + quotation; 'salute' = welcome"))
U(d, "Israel's foreign ministry has summoned Australia's ambassador, Paul Griffiths", "the ministry in Jerusalem.",
  ("Israel", C, neg, "Australia", "summoning to lodge a protest; 'according to a statement from' attribution"))
U(d, "The ministry said it was deeply disappointed by a decision", "an ally's word.",
  ("Israel", C, neg, "Australia", "'a retreat from an ally's word' = judgement"))
U(d, "\"Jerusalem's place at the heart of the Jewish state does not depend", "the statement said.",
  ("Israel", N, neg, "", "assertion of own position, rejecting the relevance of the decision without judging an actor (unsure: could be condemning)"))
U(d, "Israel's prime minister, Yair Lapid: \"A serious country does not change", "expected better from Australia.\"",
  ("Israel", C, neg, "Australia", "label + quotation without a verb of saying; judgement without stock words"))
U(d, "The Executive Council of Australian Jewry said it was dismayed", "communicated to the community.",
  ("Executive Council of Australian Jewry", C, neg, "Australia", "dismay about the decision and its handling = judgement of the government"))
U(d, "Its co-chief executive, Alex Ryvchin, was quoted by Sky News as saying", "close democratic partner.",
  ("Executive Council of Australian Jewry", C, neg, "Australia", "'was quoted as saying'; 'Its' = the ECAJ"))
U(d, "Shadow foreign minister Simon Birmingham said the decision had been handled so clumsily", "in front of a friend.",
  ("Liberal Party of Australia", C, neg, "Australia", "opposition frontbencher (Liberal) judging the government's handling; target = the government's state (Australia)"))
U(d, "\"The government owes the Israeli government and the Australian Jewish community", "Birmingham said.",
  ("Liberal Party of Australia", C, neg, "Australia", "demand for an explanation framed as a debt owed = implied fault (unsure: could be calling_for_talks)"))
U(d, "Opposition leader Peter Dutton says a Coalition government would recognise West Jerusalem again.", "again.",
  ("Liberal Party of Australia", N, neu, "", "pledge of a future policy, no judgement word in the unit (the judgement follows in the next unit) (unsure: could be read as a rejection in protest = condemning)"))
U(d, "In a statement, Dutton said the prime minister had let down the Jewish community", "his own party.",
  ("Liberal Party of Australia", C, neg, "Australia", "'the prime minister' by title; accusation"))
# "Anthony Albanese was asked about the decision at a press conference in Melbourne." = narration, no row.
U(d, "The prime minister said Australia's friendship with Israel was unchanged", "the Palestinians' aspirations.",
  ("Australia", S, pos, "", "backing of Israel's security and Palestinian aspirations = support for two actors -> target empty"))
# "Scott Morrison recognised West Jerusalem ... left the embassy in Tel Aviv." = background narration of a past act, no row.
# "On Monday, the department's website briefly dropped ..." = narration, no row.
# "Wong has been asked about Monday's website change ..." = lead-in, no row.
U(d, "She conceded the department had got ahead of the process", "the confusion it caused.",
  ("Australia", N, neg, "", "admission + regret about own department = no judgement of another actor"))
U(d, "Wong on Morrison: \"Mr Morrison did this to win a byelection", "not a campaign prop.\"",
  ("Australia", C, neg, "Liberal Party of Australia", "label + quote; judgement of the former Liberal PM (target = his party)"))
U(d, "The foreign minister said Israel would keep a friend in Australia", "through humanitarian aid.",
  ("Australia", S, pos, "", "friendship with Israel + aid to Palestinians = supporting, two actors -> target empty"))
U(d, "\"We want to see a just and lasting peace, with two states", "she said.",
  ("Australia", T, pos, "", "hope for a negotiated two-state peace"))
U(d, "The foreign minister, Penny Wong, has confirmed that cabinet has reversed", "as Israel's capital.",
  ("Australia", N, neu, "", "decision announced: policy change reported, no evaluation"))
U(d, "Wong said the status of Jerusalem was a matter for negotiations", "would remain there.",
  ("Australia", T, neu, "", "status to be settled by negotiation = calling_for_talks"))
# "Welcome to our live coverage. ..." = furniture/plan of the blog, no row.
U(d, "New Zealand's foreign minister, Nanaia Mahuta, asked about the decision in Wellington, said", "had not changed.",
  ("New Zealand", T, neu, "", "own position: status to be settled by negotiation = calling_for_talks"))
U(d, "A US State Department spokesperson said Washington did not comment", "other governments.",
  ("United States", N, neu, "", "declines to comment, said as a position (procedural) = neutral"))
