# ------------------------------------------------------------------ North Korea's July 2006 missile launches and UNSC Resolution 1695 (Japanese English-language daily, full HTML, 2006-07-16)
d = "page_nkorea_missiles_1695_japandaily.html"
# Not statements: top bar, masthead, nav, kicker, headline, standfirst, byline, meta, captions with credits, crossheads,
# ADVERTISEMENT, tags, share bar, related stories, readers' comments, most read, footer.
U(d, "The U.N. Security Council on Saturday unanimously condemned", "had refused to accept.",
  ("United Nations", C, neg, "North Korea", "dateline excluded; long lead: the Council's condemnation + the measures; China's and Russia's objection is narrated here and carried by later sentences (no row for them here)"))
U(d, "Resolution 1695, drafted by Japan, also tells the North", "on its nuclear weapons.",
  ("United Nations", T, neu, "North Korea", "the resolution's demand to suspend and return to talks, no judgement word in this sentence = calling_for_talks"))
# "The vote was 15-0." = narration, no row.
U(d, "Within the hour, North Korea's ambassador, Pak Gil Yon, told the council", "squeezing his nation.",
  ("North Korea", C, neg, "", "rejection of the resolution + accusation of 'certain countries' (several, unnamed) -> target empty"))
U(d, "The Korean People's Army would carry on with its launch exercises", "a harder answer from Pyongyang.",
  ("North Korea", C, neg, "", "threat of a response; attribution in the middle ('Pak said'); KPA = North Korea"))
# "He then rose from the table and left the chamber." = narration of an act with no position stated; no row (walkout's reason is in the previous sentences).
U(d, "U.S. Ambassador John Bolton noted drily that Pyongyang had not even waited", "the whole council.",
  ("United States", C, neg, "North Korea", "mocking judgement without a stock word"))
U(d, "The council had spoken with one voice, he said, and Washington and its partners", "did not comply.",
  ("United States", C, neg, "North Korea", "threat of further measures = condemning; attribution in the middle"))
U(d, "Japan's ambassador, Kenzo Oshima, who had steered the draft", "an unmistakable message.",
  ("Japan", S, pos, "United Nations", "praise of the Council's act = supporting"))
U(d, "China's ambassador, Wang Guangya, said Beijing had voted yes", "opening the door to force.",
  ("China", N, neu, "", "explaining its own vote = neutral"))
U(d, "\"Now it is for the DPRK to show restraint", "he said.",
  ("China", T, neu, "North Korea", "appeal for restraint and talks; quote closed by the speaker"))
U(d, "Russia's envoy, Vitaly Churkin, said Moscow regretted the launches", "left room for diplomacy.",
  ("Russia", C, neg, "North Korea", "'regretted' = a judgement + approval of the text: rule 1 (welcome + judgement)"))
U(d, "China and Russia, which had put forward a softer draft of their own", "further from the negotiating table.",
  ("China", T, neu, "", "a list of two states: one row each; arguing against punitive measures for the sake of talks = calling_for_talks"),
  ("Russia", T, neu, "", "same sentence, second state of the pair"))
U(d, "In Tokyo, Chief Cabinet Secretary Shinzo Abe told a news conference", "for the region.",
  ("Japan", S, pos, "United Nations", "welcome of the resolution = supporting"))
U(d, "He said the measures Japan imposed on the day of the launches", "if the North fired again.",
  ("Japan", C, neg, "North Korea", "pronoun subject; sanctions kept + threat of further steps"))
U(d, "On July 5 the government barred the North Korean ferry", "between the two countries.",
  ("Japan", C, neg, "North Korea", "'the government' = Japan's by context; sanctions taken = condemning"))
U(d, "Prime Minister Junichiro Koizumi, in St. Petersburg for the Group of Eight summit", "It has always been open.\"",
  ("Japan", T, pos, "North Korea", "hope + open door (quote opened after a colon) = calling_for_talks; St. Petersburg = place"))
# "The debate at home has gone further." = summary line, no row.
U(d, "Defense Agency chief Fukushiro Nukaga said last weekend", "deserved discussion.",
  ("Japan", N, neg, "", "a capability to be studied, no target named and no decision (unsure: could be read as a threat, condemning)"))
# "The remarks drew an angry reply from Seoul." = summary line before the specific statement, no row.
U(d, "A spokesman for President Roh Moo-hyun's office said talk of a pre-emptive strike", "exploiting the crisis.",
  ("South Korea", C, neg, "Japan", "presidential office = South Korea; judgement of Japan's politicians (possessive 'Roh Moo-hyun's office' = the speaker's body)"))
U(d, "South Korea's foreign ministry said on Saturday night that it welcomed the council's unity", "at an early date.",
  ("South Korea", T, pos, "North Korea", "welcome + appeal to return to talks, no judgement: rule 2 before rule 3"))
# "Relations between the two Koreas have also soured." = summary line, no row.
U(d, "At ministerial talks in Busan last week, Unification Minister Lee Jong-seok told", "returned to the six-party talks.",
  ("South Korea", C, neg, "North Korea", "aid withheld as a measure against the North (unsure: conditional on talks, could be calling_for_talks)"))
U(d, "The North's chief delegate, Kwon Ho Ung, cut the talks short", "come to regret it.",
  ("North Korea", C, neg, "South Korea", "walkout with a grievance + veiled threat = condemning"))
U(d, "On the day of the launches, Chinese Foreign Ministry spokesman Liu Jianchao said", "make matters worse.",
  ("China", T, neg, "", "concern + appeal to all parties = calling_for_talks, negative tone"))
# "Beijing then sent Vice Premier Hui Liangyu to Pyongyang ..." = background narration with actors as subjects, no row.
U(d, "White House spokesman Tony Snow said on July 5", "deepen its isolation.",
  ("United States", C, neg, "North Korea", "judgement without a stock word"))
U(d, "North Korea's foreign ministry replied a day later", "refrain from them.",
  ("North Korea", N, neu, "", "justification of its own launches, no judgement of another side"))
U(d, "Christopher Hill, the chief U.S. negotiator", "urged Pyongyang to take it.",
  ("United States", T, neu, "North Korea", "appeal to return to talks"))
U(d, "Russian Foreign Minister Sergei Lavrov said on the sidelines of the summit", "a licence for force.",
  ("Russia", T, neu, "", "negotiation over force, no judgement"))
U(d, "\"Pyongyang has learned that China will shield it", "in the short term.",
  ("Hiroshi Tanabe", N, neg, "", "independent scholar (invented), named in the attribution after the quote; scenario incl. a nuclear test, no judgement"))
U(d, "Tanabe said Japan's sanctions were largely symbolic", "more than the regime.",
  ("Hiroshi Tanabe", N, neu, "", "assessment of the measures' effect, no judgement"))
U(d, "He argued that the council's unity would mean little unless Washington", "the six-party framework.",
  ("Hiroshi Tanabe", T, neu, "United States", "appeal to the US to talk (pronoun subject); the quote that follows is part of the next unit"))
U(d, "\"The United States should talk to Pyongyang directly", "he said.",
  ("Hiroshi Tanabe", T, neg, "United States", "same appeal in his own words"))
U(d, "Yoon Seo-jin, a researcher at the Institute for Peninsula Affairs in Seoul", "will not be told what to do.\"",
  ("Yoon Seo-jin", N, neg, "", "independent researcher (invented); reading of the two walkouts, no judgement"))
U(d, "\"It is a self-defeating strategy.", "Yoon added.",
  ("Yoon Seo-jin", C, neg, "North Korea", "judgement of the North's strategy (the analyst's one judgement); quote continued in the next paragraph"))
# The Niigata port worker is not an actor (no row).
