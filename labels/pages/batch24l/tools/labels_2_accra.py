# ------------------------------------------------------------------ ECOWAS Accra summit on Mali and Guinea, sanctions on Mali's transition (communiqué page, 2021-11-08)
d = "page_ecowas_accra_mali_sanctions2021_communique.txt"
# Not statements: masthead, menu, breadcrumb, headline, desk line and time stamps, share bar, ADVERTISEMENT, the communiqué's title
# lines, "On Mali" / "On Guinea", "Done at Accra", "THE AUTHORITY", "REACTIONS", Related, tags, newsletter, most read, copyright.
# Editor's note = the outlet's narration, no row. Paragraph 1 (the session met) and 4 (received the report) = narration of the meeting, no row.
U(d, "The Authority took note of the letter of 25 October 2021", "could not take place on that date.",
  ("Mali", N, neu, "", "Mali's position (elections cannot be held) reported by ECOWAS = Mali's statement, a plain fact; ECOWAS only takes note (no row)"))
U(d, "The Authority finds it deeply troubling that", "the drift of the process.",
  ("ECOWAS", C, neg, "Mali", "judgement without a stock word ('deeply troubling', 'holds ... answerable'); the Authority = ECOWAS"))
U(d, "The Authority considers the decision of the Transition authorities to declare persona non grata", "the spirit of the Community.",
  ("ECOWAS", C, neg, "Mali", "the expulsion of its envoy called an unfriendly act = judgement"))
U(d, "Acting on its decision of 16 September 2021", "on their immediate families.",
  ("ECOWAS", C, neg, "Mali", "sanctions imposed = condemning"))
U(d, "The Authority directs the President of the Commission to draw up", "changed course by then.",
  ("ECOWAS", C, neg, "Mali", "threat of further measures = condemning"))
U(d, "The Authority asks the African Union, the United Nations", "on their own territory.",
  ("ECOWAS", C, neg, "Mali", "call for others to enforce sanctions = condemning (labels/README: calls for sanctions)"))
U(d, "The Authority restates that it will not accept the engagement of private security companies", "stability of the region.",
  ("ECOWAS", C, neg, "Mali", "opposition to Mali's act, called a threat = judgement"))
U(d, "The Authority urges the Transition authorities to present", "through the Mediator.",
  ("ECOWAS", T, neu, "Mali", "appeal for a timetable + openness to dialogue, no judgement"))
U(d, "The Authority remains preoccupied by the security and humanitarian situation", "have multiplied.",
  ("ECOWAS", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The Authority commends the Mediator", "renews his mandate.",
  ("ECOWAS", N, pos, "", "praise of the bloc's own mediator and renewal of his mandate = praise of its own agent, neutral with a positive tone (unsure: could be supporting with no target)"))
U(d, "The Authority is pleased that a Transition Charter has been adopted", "ending in elections.",
  ("ECOWAS", T, pos, "Guinea", "welcome joined to an appeal for an electoral calendar, no judgement: rule 2 before rule 3"))
U(d, "The Authority decides to maintain the suspension of Guinea", "and their families.",
  ("ECOWAS", C, neg, "Guinea", "suspension and sanctions kept = condemning"))
U(d, "The Authority insists once more that former President Alpha Condé be freed without conditions.", "without conditions.",
  ("ECOWAS", T, neg, "Guinea", "demand addressed to one side with no judgement word = calling_for_talks, negative (labels/README); unsure: a standing demand tied to sanctions could be read as condemning"))
U(d, "The Authority expresses its gratitude to H.E. Nana Addo Dankwa Akufo-Addo", "warm hospitality.",
  ("ECOWAS", S, pos, "Ghana", "thanks to the host state = supporting; Ghana declared in new_actors.csv (not in the name files)"))
U(d, "The Authority decides to hold its next Ordinary Session in Abuja", "on 12 December 2021.",
  ("ECOWAS", N, neu, "", "date and place of a meeting = neutral"))
U(d, "Speaking to journalists at the Accra International Conference Centre", "contributed to the delay.",
  ("ECOWAS", C, neg, "Mali", "Commission President: sanctions applied from today = condemning"))
U(d, "Nigeria's Vice President Yemi Osinbajo, who represented President Muhammadu Buhari", "were over.",
  ("Nigeria", C, neg, "", "his office's statement = Nigeria (not the chair); judgement of coups without a stock word; two juntas -> target empty"))
U(d, "\"We will keep leaning on the men in uniform in Bamako and Conakry", "Osinbajo said.",
  ("Nigeria", C, neg, "", "pressure promised on two juntas = threat; target empty"))
U(d, "In Bamako, Mali's foreign ministry said in a statement read on state television", "to steady the country.",
  ("Mali", C, neg, "ECOWAS", "judgement of the decisions without a stock word ('hard to accept', 'ignored')"))
U(d, "The ministry said in the same statement that the government still wanted", "\"once the conditions allow\".",
  ("Mali", T, neu, "ECOWAS", "offer to keep talking = calling_for_talks"))
U(d, "Foreign Minister Abdoulaye Diop had told a press conference last month", "never answered in public.",
  ("Mali", C, neg, "ECOWAS", "accusation against the bloc's envoy; the tail ('never answered') is the outlet's narration, no ECOWAS row"))
U(d, "Prime Minister Choguel Kokalla Maïga, addressing a rally", "wanted to see Mali humbled.",
  ("Mali", C, neg, "ECOWAS", "accusation that the bloc serves foreign sponsors"))
U(d, "In Conakry, Colonel Amara Camara", "\"when the national consultations are finished\".",
  ("Guinea", N, neu, "", "takes note and will set its own calendar: no judgement, no appeal"))
U(d, "In Washington, a State Department spokesperson said", "the list of those targeted.",
  ("United States", S, neu, "ECOWAS", "unnamed official of a named government; backing for the bloc's push + a procedural plan"))
U(d, "France's foreign ministry said Paris stood behind the decisions taken in Accra.", "taken in Accra.",
  ("France", S, pos, "ECOWAS", "backing of the bloc's decisions"))
# "Independent voices were divided." = summary line, no row.
U(d, "Fatoumata Coulibaly, a professor of public law", "grip on power.",
  ("Fatoumata Coulibaly", N, neu, "", "invented scholar; assessment of the measures' effect, no judgement yet"))
U(d, "\"ECOWAS has chosen the one measure that costs the junta almost nothing", "Coulibaly said.",
  ("Fatoumata Coulibaly", C, neg, "ECOWAS", "judgement of the bloc's choice without a stock word"))
U(d, "Efua Ansah-Quaye, a senior fellow at the Accra-based West Africa Governance Institute", "the expulsion of its envoy.",
  ("Efua Ansah-Quaye", S, neu, "ECOWAS", "invented analyst; justifying the bloc's sanctions = approval (unsure: could be neutral)"))
U(d, "\"You cannot have your representative thrown out", "she said.",
  ("Efua Ansah-Quaye", T, neu, "", "justification + appeal to both sides to sit down; no explicit judgement -> rule 2; two sides -> target empty"))
