# ------------------------------------------------------------------ Philippines-Canada waste row: DFA statements page (2019-05-16 .. 2019-06-04)
d = "page_philippines_canada_wastecontainers2019_dfastatements.txt"
# Not statements: site header, menu, breadcrumbs, filter bar, item titles and dates, tags, Related, share bar, address, copyright.
U(d, "The Department of Foreign Affairs announces that the Philippine Ambassador", "to return to Manila at once.",
  ("Philippines", C, neg, "Canada", "recall of the ambassador and consuls general = a measure against Canada (expulsion/recall kind), the next sentences give the grievance"))
U(d, "The letters of recall were transmitted shortly after midnight", "in 2013 and 2014.",
  ("Philippines", N, neu, "", "procedure and background of the deadline; no new judgement"))
U(d, "The Department regards Canada's failure to take back its refuse", "borne long enough.",
  ("Philippines", C, neg, "Canada", "'the Department' = the site's own ministry; judgement without a stock word ('a slight')"))
U(d, "Secretary Teodoro L. Locsin, Jr. stated that Philippine representation", "back to a Canadian port.",
  ("Philippines", C, neg, "Canada", "downgraded presence as pressure until Canada acts = a measure against Canada"))
U(d, "\"We were told in April that a Canadian team would sit down", "the Secretary said.",
  ("Philippines", C, neg, "Canada", "multi-sentence quote closed by 'the Secretary'; blames Canada's no-show"))
U(d, "A two- or three-week allowance for the shipping arrangements, he added,", "a new deadline.",
  ("Philippines", N, neu, "", "procedural clarification of the deadline; 'he' = Locsin"))
U(d, "Consular services for the Filipino community in Canada", "remain open.",
  ("Philippines", N, neu, "", "the ministry's own arrangement, informational"))
U(d, "The Department has taken note of the statement of Global Affairs Canada", "toward a quick settlement.",
  ("Philippines", N, neu, "", "'has taken note of' = procedural line of the site's own ministry"),
  ("Canada", C, neg, "Philippines", "reported clause: Canada 'disappointed by the recall' = judgement of the Philippine act (regret aimed at an act); plus work toward settlement; rule 1 (unsure: could be talks)"))
U(d, "Canada's Minister of Environment and Climate Change, Catherine McKenna, was quoted", "well advanced.",
  ("Canada", N, neu, "", "passive attribution; reassurance about its own intent and progress = neutral"))
U(d, "The Department does not question the sincerity of these words", "since 2014.",
  ("Philippines", C, neg, "Canada", "veiled judgement: repeated empty promises"))
U(d, "The Philippines is ready to receive any Canadian official", "the Secretary said.",
  ("Philippines", T, neu, "Canada", "offer to meet, conditional = calling_for_talks"))
U(d, "He also asked the Bureau of Customs and the Department of Environment", "ready to move the containers.",
  ("Philippines", N, neu, "", "internal instruction to its own agencies; facilitation, no judgement"))
U(d, "According to a statement from the Office of the Presidential Spokesperson", "have not been ruled out.",
  ("Philippines", C, neg, "Canada", "second-hand attribution; threat of further steps up to downgrading relations = condemning"))
U(d, "The Department acknowledges the announcement by the Government of Canada", "at Canadian expense.",
  ("Philippines", N, neu, "", "acknowledges a fact, no welcome yet in this sentence"),
  ("Canada", N, neu, "", "Canada's announced plan (contract, shipping before end of June) = plan, neutral"))
U(d, "This is the step the Philippines has been asking for, and the Department welcomes it.", "welcomes it.",
  ("Philippines", S, pos, "Canada", "welcome of Canada's step"))
U(d, "The Secretary instructed the Philippine Embassy in Ottawa", "Subic Bay Freeport.",
  ("Philippines", N, neu, "", "instruction to coordinate logistics; procedure"))
U(d, "The Canadian side has given assurances that the containers", "the Department was informed.",
  ("Canada", N, neu, "", "assurance about its own conduct relayed by the DFA = neutral"))
U(d, "The recalled officials will remain in Manila until the vessel", "Philippine waters.",
  ("Philippines", N, neu, "", "plan; the recall is maintained but stated as procedure"))
# "The cargo vessel carrying the Canadian containers sailed from Subic Bay ..." = narration, no row.
U(d, "With the waste at sea, Secretary Locsin directed Ambassador Garcia", "in the national interest.",
  ("Philippines", N, pos, "", "return of its own envoys and thanks to its own staff = neutral act toward Canada (restoring relations), positive tone (unsure: could be supporting Canada)"))
U(d, "The Secretary also conveyed his appreciation to the Canadian Embassy", "final weeks of the operation.",
  ("Philippines", S, pos, "Canada", "thanks/praise for Canada's cooperation"))
U(d, "The Department trusts that the episode is now closed", "Filipino community in Canada.",
  ("Philippines", S, pos, "Canada", "looks forward to deepening the partnership = approval of relations (unsure: hope for good ties could be talks)"))
U(d, "The Philippines will nonetheless press, in the Basel Convention and in ASEAN,", "the Secretary said.",
  ("Philippines", N, neu, "", "plan to seek firmer rules at no named actor; 'dumping ground' is general, not aimed at Canada"))
# "The Foreign Service Institute convened a roundtable on 3 June ..." = narration of a domestic academic meeting, no row.
U(d, "Undersecretary Ernesto C. Abella, in his opening remarks, said the Philippines had shown", "without breaking a friendship.",
  ("Philippines", N, pos, "", "self-praise = neutral, positive"))
U(d, "Prof. Marites Salcedo-Lim of the University of the Philippines College of Law said", "few gentler tools.",
  ("Marites Salcedo-Lim", C, neg, "Canada", "invented scholar; the blame for six years of delay is Canada's; judges the recall lawful"))
U(d, "\"Canada was slow, and slowness in a case like this", "Professor Salcedo-Lim told the participants.",
  ("Marites Salcedo-Lim", C, neg, "Canada", "judgement without a stock word ('disrespect')"))
U(d, "She urged Manila and Ottawa to sit down this year", "rather than by ultimatums.",
  ("Marites Salcedo-Lim", T, neu, "", "appeal for a bilateral protocol negotiated by both; speaker carried by 'She'"))
U(d, "Jericho Abad, a senior fellow at the Luzon Policy Forum, cautioned", "than the Philippines ever had.",
  ("Jericho Abad", N, neg, "", "invented analyst; concern/facts with no appeal = neutral"))
U(d, "Abad said Malaysia's decision last week to send back shipments", "speak with one voice.",
  ("Jericho Abad", S, pos, "Malaysia", "approval of Malaysia's step"),
  ("Malaysia", C, neg, "", "reported act: sending back foreign waste shipments to their origin countries = a measure against the exporting states (unsure: could be neutral; several unnamed targets)"))
U(d, "The participants also took note of the Bangkok Declaration on Combating Marine Debris", "later this month.",
  ("ASEAN", N, neu, "", "ASEAN's planned adoption of a declaration = plan, neutral (the participants are not an actor)"))
