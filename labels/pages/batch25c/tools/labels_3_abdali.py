# ------------------------------------------------------------------ Kuwait cuts Iran's embassy over the Abdali cell (Gulf news site, full HTML, 2017-07-21)
d = "page_kuwait_abdali_iran_envoys2017_gulfsite.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, standfirst, byline, figcaptions "1 of 3" etc., ADVERTISEMENT,
# crossheads, Related links, tags, share bar, the three reader comments, most read, newsletter prompt, footer.
U(d, "Kuwait on Thursday ordered Iran to cut its embassy staff to four diplomats", "the so-called Abdali cell.",
  ("Kuwait", C, neg, "Iran", "dateline excluded; headline-like lead: expulsion of diplomats and closure of missions = condemning"))
U(d, "Deputy Foreign Minister Khaled Al-Jarallah summoned Iranian Ambassador Alireza Enayati", "quoted by the state news agency KUNA.",
  ("Kuwait", C, neg, "Iran", "summons + expulsion order; second-hand attribution tail (official source via KUNA, KUNA not an actor)"))
U(d, "The source said the government had also decided to freeze the work of all joint committees", "diplomatic staff in Tehran.",
  ("Kuwait", C, neg, "Iran", "'the source' = the Kuwaiti official; freeze of ties = measure against Iran"))
U(d, "In remarks carried by KUNA, the Minister of State for Cabinet Affairs", "ruled on the case.",
  ("Kuwait", N, neu, "", "remarks carried by the state news agency; procedural justification of the decision, no judgement"))
U(d, "He said the state would not stand by while its security was put at risk", "stood behind the threat.",
  ("Kuwait", C, neg, "", "reported clause; warning of a response to whoever threatens it = threat; no actor named -> target empty"))
# "The court last month convicted 21 men ..." and "The only Iranian defendant was sentenced in absentia." = background of the case, no row.
# "Kuwaiti newspapers have reported that several of those convicted slipped out ..." = newspapers are not actors, no row.
U(d, "Iran's foreign ministry summoned Kuwait's charge d'affaires in Tehran", "Iranian state television reported.",
  ("Iran", C, neg, "Kuwait", "counter-summons to lodge a protest = measure in protest"))
U(d, "Foreign ministry spokesman Bahram Ghasemi rejected what he called the accusations", "any link to the cell.",
  ("Iran", N, neg, "", "spokesman by role and name; denial of the accusations = neutral, negative"))
U(d, "\"We have always wanted friendly relations with our neighbours", "on the Telegram app.",
  ("Iran", N, pos, "", "reassurance about its own intentions; no appeal, no judgement"))
U(d, "The spokesman said Iran regarded the decision as hasty and unfriendly", "a measure of its own.",
  ("Iran", C, neg, "Kuwait", "'the spokesman' only; judgement + threatened reciprocal measure"))
# "Iranian news agencies said Tehran had not yet decided what form its reply would take." = agencies not actors; no position, no row.
U(d, "In Kuwait, the Iranian embassy said in a brief statement that its staff would comply", "two Muslim neighbours.",
  ("Iran", C, neg, "Kuwait", "embassy = its state; compliance + 'regrettable and unhelpful' = judgement (guide: 'regrettable' aimed at an actor's act)"))
U(d, "The Saudi foreign ministry said in a statement that the kingdom stood with Kuwait", "the Saudi Press Agency reported.",
  ("Saudi Arabia", S, pos, "Kuwait", "ministry given by the state adjective; solidarity = supporting; SPA is not an actor"))
U(d, "An official source at the ministry was quoted as saying Riyadh endorsed the decision", "Iran's conduct in the region.",
  ("Saudi Arabia", S, pos, "Kuwait", "passive attribution; endorsement of Kuwait's step; 'Iran's conduct' is not an explicit judgement word (unsure: could be condemning Iran)"))
U(d, "Bahraini officials went further: Bahrain's foreign ministry said the verdict had exposed", "security of Gulf states.",
  ("Bahrain", C, neg, "Iran", "summary clause joined by a colon to the ministry's accusation; the accusation decides"))
U(d, "In Abu Dhabi, Minister of State for Foreign Affairs Anwar Gargash wrote on Twitter", "the support of all its brothers.",
  ("United Arab Emirates", S, pos, "Kuwait", "praise of Kuwait's decision on social media; Abu Dhabi = place"))
U(d, "Gulf Cooperation Council Secretary-General Abdullatif Al Zayani welcomed the Kuwaiti measures", "respect for their sovereignty.",
  ("Gulf Cooperation Council", T, neu, "Iran", "welcome joined to an appeal to Iran with no judgement word = calling_for_talks (rule 2 before rule 3; unsure: the welcomed step is a measure against Iran)"))
U(d, "The Egyptian foreign ministry expressed Cairo's full solidarity with Kuwait", "safeguard its stability.",
  ("Egypt", S, pos, "Kuwait", "ministry given by the state adjective; solidarity + backing"))
U(d, "A U.S. State Department official, speaking on condition of anonymity, said Washington stood by", "a diplomat on its soil.",
  ("United States", S, pos, "Kuwait", "unnamed official of a named government; backing of Kuwait's right to expel"))
U(d, "Iraqi foreign ministry spokesman Ahmed Mahjoub said Baghdad was following the tension", "substance of the case.",
  ("Iraq", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The Kuwaiti move comes as the emir, Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah, leads a mediation effort", "the two files are unrelated.",
  ("Kuwait", N, neu, "", "long sentence: mediation in narration + 'Kuwaiti officials' (officials of a named government) saying the files are unrelated = neutral fact"))
U(d, "Foreign Minister Sheikh Sabah Khalid Al-Hamad Al-Sabah told reporters on Thursday", "respected Kuwait's laws.",
  ("Kuwait", T, pos, "Iran", "hope for relations on mutual respect, with a condition = calling_for_talks"))
U(d, "Dr. Yousef Al-Shatti, a professor of political science at the Kuwait Centre for Strategic Dialogue, said", "for the sake of calm.",
  ("Yousef Al-Shatti", N, neu, "", "invented professor; reading of the decision, no judgement"))
U(d, "\"For two years the government treated this file with extreme caution,\" Al-Shatti said.", "\"For two years the government treated this file with extreme caution,\" Al-Shatti said.",
  ("Yousef Al-Shatti", N, neu, "", "description"))
U(d, "\"The court's ruling removed that option", "as if nothing happened.\"",
  ("Yousef Al-Shatti", S, pos, "Kuwait", "quote continued after its attribution; approval of Kuwait's decision (unsure: could be read as a charge against Iran)"))
U(d, "He said he did not expect a full break in relations", "a bridge in the region.",
  ("Yousef Al-Shatti", N, neu, "", "forecast"))
U(d, "Maryam Al-Fadhli, a Gulf security analyst at the Arabian Peninsula Policy Forum, said both sides should keep", "a channel open.",
  ("Maryam Al-Fadhli", T, neu, "", "invented analyst; appeal to both sides to keep a channel = calling_for_talks"))
U(d, "\"Tit-for-tat expulsions will not bring back the fugitives,\" she said.", "\"Tit-for-tat expulsions will not bring back the fugitives,\" she said.",
  ("Maryam Al-Fadhli", N, neg, "", "assessment of the measures' futility, aimed at neither side in particular"))
U(d, "\"What is needed now is quiet contact through the remaining diplomats", "the Qatar mediation.\"",
  ("Maryam Al-Fadhli", T, neu, "", "appeal for quiet contact"))
