# ------------------------------------------------------------------ Israel expels HRW's Omar Shakir (wire copy, 2019-11-25)
d = "page_israel_shakir_expulsion2019_wire.txt"
# Not statements: menu, dateline line, headline ("UN, EU voice dismay" carries a position: headline, no row), byline, read time, the four bullets,
# ADVERTISEMENT, crossheads, reporting credits, Our Standards, Related Coverage, tags, most read.
U(d, "Israel expelled the local director of Human Rights Watch on Monday", "records abuses in the occupied territories.",
  ("Israel", C, neg, "", "dateline excluded; the expulsion is a measure taken against another side (guide: expulsions = condemning); aimed at the individual, Israel says not at the group -> target empty"),
  ("Human Rights Watch", C, neg, "Israel", "reported clause 'that the group said had turned ... into a weapon': the group's judgement of Israel's use of the law"))
# "Omar Shakir, a U.S. citizen who has run ..." = background narration (court ruling, departure), no row.
U(d, "At a packed news conference in Jerusalem a few hours before his departure", "on behalf of the organisation.",
  ("Human Rights Watch", N, neg, "", "the director speaks for the group; denial of the boycott charge = neutral, negative"))
U(d, "\"This is a government that has decided", "he told reporters.",
  ("Human Rights Watch", C, neg, "Israel", "judgement without stock words: treats documentation as hostility"))
U(d, "Kenneth Roth, the group's executive director, who flew in", "would study the precedent carefully.",
  ("Human Rights Watch", C, neg, "Israel", "veiled judgement: Israel's act as a model for governments hostile to scrutiny"))
U(d, "Roth said the organisation would keep its Jerusalem office open", "from Amman.",
  ("Human Rights Watch", N, neu, "", "surname only; plans"))
U(d, "Interior Minister Aryeh Deri, who signed the original order", "campaigning against it.",
  ("Israel", C, neg, "", "passive attribution 'was quoted by Israeli media as saying'; judgement on Shakir (a person, not an actor) -> target empty"))
U(d, "In a statement, the Strategic Affairs Ministry, which compiled the file", "refused to accept the distinction.",
  ("Israel", C, neg, "", "ministry = Israel; accusation of boycott promotion under cover of research; aimed at Shakir -> target empty"))
U(d, "A Foreign Ministry spokesman, Lior Haiat, said Human Rights Watch remained free", "did not campaign for boycotts.",
  ("Israel", N, neu, "", "spokesman named by role; reassurance about own conduct = neutral"))
U(d, "Haiat dismissed comparisons with countries", "more than a year and a half.",
  ("Israel", N, neg, "", "surname only; denial of the authoritarian comparison = neutral, negative"))
# "The expulsion was backed across much of the political spectrum." = summary line, no row.
U(d, "Yair Lapid, the No. 2 of the centrist Blue and White alliance", "aimed at its isolation.",
  ("Blue and White", S, pos, "Israel", "opposition party leader backs the government's act = supporting"))
U(d, "The Palestinian foreign ministry called the deportation", "the official news agency WAFA.",
  ("Palestine", C, neg, "Israel", "state adjective + ministry; attribution tail via the state agency (agency not an actor)"))
U(d, "Hanan Ashrawi, a member of the PLO Executive Committee", "attach a price to Israel's conduct.",
  ("Palestine", C, neg, "Israel", "PLO = Palestine; call for costs/measures against Israel = condemning"))
U(d, "Stephane Dujarric, the spokesman for U.N. Secretary-General", "gone ahead with the expulsion.",
  ("United Nations", C, neg, "Israel", "reported clause: the SG's position via his spokesman; 'disappointed that Israel had gone ahead' = negative judgement of the act"))
U(d, "Groups that monitor human rights \"must be able", "told reporters in New York.",
  ("United Nations", T, neg, "", "general appeal to let monitors work without expulsion threats, no judgement word (unsure: could be neutral)"))
U(d, "Marta Hurtado, a spokeswoman for the U.N. human rights office", "occupied Palestinian territory.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The European Union had asked Israel earlier this month", "keep his permit.",
  ("European Union", T, neu, "Israel", "reported appeal to reverse the decision, no judgement = calling_for_talks (demand to one side)"))
U(d, "On Monday an EU spokeswoman, Maja Kocijancic, said the bloc regarded", "civil society can operate.",
  ("European Union", C, neg, "Israel", "judgement without stock words ('a step backwards')"))
U(d, "According to a statement from the German Foreign Office", "several times this year.",
  ("Germany", N, neg, "", "passive attribution; concern + raising it through diplomatic contacts, no appeal stated = neutral, negative (unsure)"))
# "The U.S. State Department ... did not criticise the expulsion." = non-answer, no row.
U(d, "A State Department official, speaking on condition of anonymity", "a matter for Israel.",
  ("United States", N, neu, "", "unnamed official of a named government; no judgement"))
# "Twenty-three Israeli civil society groups had pledged ..." = an unnamed list of groups, no row.
U(d, "B'Tselem, one of the signatories, said on Monday", "would not succeed.",
  ("B'Tselem", C, neg, "Israel", "accuses the state of intimidation"))
U(d, "Amnesty International, one of whose Palestinian staff members", "working on the conflict.",
  ("Amnesty International", C, neg, "Israel", "relative clause is narration; the main clause judges the expulsion as intimidation"))
# "Shakir and Roth met diplomats ..." = narration of a meeting, no row. "Legal experts said ..." = unnamed, no row.
U(d, "\"The court never said he was dangerous", "Negev Institute for Public Law.",
  ("Yoav Eldar", N, neg, "", "invented legal scholar; analysis of the ruling, criticism of a law's breadth but of no actor"))
U(d, "Eldar said the Knesset should narrow the amendment", "caught by it.",
  ("Yoav Eldar", T, neu, "Israel", "appeal to the legislature, no judgement = calling_for_talks (unsure: a legislative appeal)"))
U(d, "Leila Mansour, a researcher at the Ramallah-based", "Palestinian rights groups.",
  ("Leila Mansour", N, neg, "", "invented researcher; forecast"))
U(d, "She said European governments had been too polite for too long", "free access for monitors.",
  ("Leila Mansour", C, neg, "", "judgement on European governments + call for trade pressure on Israel; several targets -> empty"))
