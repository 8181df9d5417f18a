# ------------------------------------------------------------------ Israel-UAE normalisation agreement (full HTML, Middle Eastern English site, 2020-08-14)
d = "page_israel_uae_accord_webpage.html"
U(d, "The Palestinian leadership on Thursday denounced the agreement", "over the US-brokered deal.",
  ("Palestine", C, neg, "United Arab Emirates", "lead: 'abandonment of Jerusalem' + ambassador ordered home (judgement + measure); the region's split is narration"))
U(d, "In a joint statement, the United States, Israel and the UAE said delegations", "the opening of embassies.",
  ("United States", N, neu, "", "joint statement of three: one row each; plans and dates = neutral"),
  ("Israel", N, neu, "", "same joint statement"),
  ("United Arab Emirates", N, neu, "", "same joint statement"))
U(d, "Nabil Abu Rudeineh, a spokesman for President Mahmoud Abbas", "reversed at once.",
  ("Palestine", C, neg, "", "spokesman by role; rejects the announcement 'outright' + demand to reverse; aimed at the three parties together -> target empty"))
U(d, "Foreign Minister Riyad al-Maliki said he had recalled", "on Abbas's instructions.",
  ("Palestine", C, neg, "United Arab Emirates", "recall of the ambassador in protest = a measure (condemning)"))
U(d, "The presidency's statement also addressed Arab capitals directly:", "broken every promise it ever made.",
  ("Palestine", C, neg, "", "quotation opened after a colon and left open at the paragraph end; 'no right' (UAE implied) + Israel's broken promises: two actors judged -> target empty"))
U(d, "\"We call on our brothers to hold fast to the Arab Peace Initiative", "it said.",
  ("Palestine", T, neg, "", "quotation continued in the next paragraph, closed by 'it said' (the statement); appeal to Arab states to keep to a peace framework, no judgement in this sentence (unsure: could be read as part of the condemnation)"))
U(d, "In Gaza, Hamas spokesman Hazem Qassem said the deal handed Israel a prize", "lived under blockade.",
  ("Hamas", C, neg, "United Arab Emirates", "Gaza = place; the deal as an unearned prize for Israel, given by the UAE (target UAE, unsure: Israel is also blamed for the blockade)"))
U(d, "Israel's promise to shelve annexation was worthless, he added", "word to the Palestinians.",
  ("Hamas", C, neg, "Israel", "possessive 'Israel's' before the speaker; 'he' = Qassem; judgement of Israel"))
U(d, "Netanyahu, in a televised address, called the agreement a turning point", "for his courage.",
  ("Israel", S, pos, "United Arab Emirates", "well-known leader by surname only; praise and thanks to the crown prince = approval of the UAE"))
U(d, "But he told reporters that his plan to extend Israeli sovereignty", "remained on his agenda.",
  ("Israel", N, neu, "", "own plan postponed, not dropped: a plan, no evaluation"))
U(d, "Anwar Gargash, the UAE's minister of state for foreign affairs, said the deal", "more time.",
  ("United Arab Emirates", N, pos, "", "minister introduced by role; defence of its own deal = self-praise (neutral, positive)"))
U(d, "He said the Emirates' support for a Palestinian state", "had not changed.",
  ("United Arab Emirates", S, pos, "Palestine", "'He' = Gargash; reaffirmed support for a Palestinian state = supporting"))
U(d, "Trump told reporters in the Oval Office", "similar agreements soon.",
  ("United States", N, pos, "", "surname only; a prediction about other states, no evaluation of an actor (neutral, positive)"))
U(d, "Egyptian President Abdel Fattah al-Sisi wrote on Twitter", "who had worked for it.",
  ("Egypt", S, pos, "", "welcome + praise on social media; aimed at the parties together -> target empty"))
U(d, "Bahrain's foreign ministry praised the Emirates", "Bahrain News Agency reported.",
  ("Bahrain", S, pos, "United Arab Emirates", "praise of the UAE's step; the news agency only carries it"))
U(d, "Oman also voiced support for the deal", "between Israelis and Palestinians closer.",
  ("Oman", T, pos, "", "support + hope for a lasting peace: welcome with a peace appeal and no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "In Amman, Foreign Minister Ayman Safadi said the agreement's worth", "on the 1967 lines.",
  ("Jordan", T, neu, "Israel", "Amman = place; conditional appeal to Israel to end the occupation and accept a state, no judgement word"))
U(d, "Turkey's foreign ministry said Abu Dhabi had sold out the Palestinian cause", "as a favour to them.",
  ("Turkey", C, neg, "United Arab Emirates", "accusation; Abu Dhabi = metonym"))
U(d, "Erdogan told reporters after Friday prayers in Istanbul", "withdrawing Turkey's ambassador.",
  ("Turkey", C, neg, "United Arab Emirates", "surname only; threatened measure (suspending ties or recalling the ambassador); Istanbul = place"))
U(d, "Iran's foreign ministry said the Emirates had made a shameful and dangerous choice", "whatever followed.",
  ("Iran", C, neg, "United Arab Emirates", "judgement + veiled threat"))
U(d, "UN Secretary-General Antonio Guterres welcomed the agreement", "negotiate a two-state settlement.",
  ("United Nations", T, pos, "", "welcome + hope for renewed negotiations: rule 2 before rule 3 (calling_for_talks); attribution through the spokesman"))
U(d, "The European Union's foreign policy chief, Josep Borrell, welcomed the normalisation", "stability of the region.",
  ("European Union", S, pos, "", "welcome with no appeal in the sentence = supporting; aimed at both parties -> target empty"))
U(d, "Borrell said the bloc would keep pressing for direct negotiations", "should become permanent.",
  ("European Union", T, neu, "", "'the bloc' = EU; appeal for negotiations and a lasting freeze, no judgement"))
