# ------------------------------------------------------------------ Brunei: the final phases of the Syariah Penal Code Order take effect (live blog, full HTML, 2019-04-03)
d = "page_brunei_syariahcode2019_liveblog.html"
# Not statements: masthead, nav, subscribe bar, breadcrumb, LIVE badge, headline, standfirst, byline, dateline, captions with credits and counters,
# time stamps, ADVERTISEMENT, sign-off ("That's where we'll pause ..."), entry labels ("Ottawa weighs in, briefly.", "Wellington, too.", "The sultan has spoken."),
# the opening "Good morning ..." entry (narration), share bar, tags, comments, most read, footer.
# Entries are in reverse time order, as the blog shows them.
U(d, "Canada's foreign ministry said it was deeply troubled", "following their application closely.",
  ("Canada", N, neg, "", "concern + monitoring, no appeal = neutral, negative"))
U(d, "Dr Nur Aina Rahim, a fellow at the Singapore Institute for Regional Affairs, says", "since 1957.",
  ("Nur Aina Rahim", N, neu, "", "invented analyst (person); forecast, no judgement"))
U(d, "\"The code was always more about the palace's religious credentials", "she told us.",
  ("Nur Aina Rahim", N, neu, "", "reading of motives, no explicit judgement or appeal"))
U(d, "Rahim added that the outcry had been loud in the West", "has said a word.",
  ("Nur Aina Rahim", N, neu, "", "surname only; description of the region's silence (unsure: could be read as a rebuke of ASEAN governments)"))
U(d, "Paris: the French foreign ministry calls the new penalties deeply regrettable", "international commitments.",
  ("France", C, neg, "Brunei", "live-blog item opened by the capital; 'regrettable' + breach of commitments = judgement"))
U(d, "Human Rights Watch Asia deputy director Phil Robertson:", "part of the story.\"",
  ("Human Rights Watch", C, neg, "", "label + quotation, no verb of saying; judgement of Brunei and of its neighbours -> two targets, empty"))
U(d, "Berlin: a German government spokeswoman told reporters", "contacts with Bandar Seri Begawan.",
  ("Germany", C, neg, "Brunei", "unnamed spokeswoman of a named government; 'inhumane' = judgement"))
U(d, "The European Union has put out a statement by a spokesperson", "cruel and degrading treatment.",
  ("European Union", C, neg, "Brunei", "'in a statement by a spokesperson for' = second-hand attribution; breach of the torture ban = judgement"))
U(d, "The bloc also asked Brunei to keep its long-standing moratorium", "which it signed in 2015.",
  ("European Union", T, neu, "Brunei", "'the bloc'; appeal to keep the moratorium and ratify CAT, no judgement in this sentence"))
# "A Bruneian who left the country last year ... spoke to us ..." = narration introducing the speaker, no row.
U(d, "\"My friends there are deleting their apps and their photos tonight,\" Khairul said.", "Khairul said.",
  ("Khairul", N, neg, "", "invented exile (person, first name only as printed); account of fear"))
U(d, "\"People are afraid of their own phones.\"", "\"People are afraid of their own phones.\"",
  ("Khairul", N, neg, "", "quote continued after the attribution, same speaker"))
U(d, "He asked foreign governments to open their doors", "have to leave.",
  ("Khairul", T, neg, "", "asking for protection/asylum for those who flee = humanitarian appeal (calling_for_talks); governments in general -> target empty"))
U(d, "Canberra: Foreign Minister Marise Payne says Australia has made its views known", "not carrying out executions.",
  ("Australia", T, neu, "Brunei", "representations + appeal to keep not executing, no judgement = calling_for_talks"))
U(d, "New Zealand's foreign ministry said the punishments were incompatible", "conveyed that view directly.",
  ("New Zealand", C, neg, "Brunei", "judgement without stock words ('incompatible with the values')"))
# "The Dorchester Collection ... has responded to the boycott calls." = summary line before the statement, no row.
U(d, "In a statement, the group said its hotels welcomed every guest", "discrimination of any kind.",
  ("Dorchester Collection", N, pos, "", "hotel group (new organisation); reassurance about own conduct = neutral, positive"))
U(d, "In London, the Foreign Office said it had raised its concerns", "go on doing so.",
  ("United Kingdom", N, neg, "", "concern conveyed through diplomatic channels, no appeal or judgement in the sentence = neutral, negative"))
# "Recap: actor George Clooney, who launched the boycott ..., has doubled down." = summary line, no row.
U(d, "Clooney wrote that he would not spend a dollar under the sultan's roof", "what they are paying for.",
  ("George Clooney", C, neg, "Brunei", "real public figure as independent person; boycott = a measure taken against Brunei's assets + pressure on financiers"))
U(d, "Amnesty International's Rachel Chhoa-Howard:", "before anyone is hurt.\"",
  ("Amnesty International", C, neg, "Brunei", "label + quotation; 'barbaric' + demand = rule 1"))
U(d, "Washington: State Department deputy spokesman Robert Palladino says the United States opposes", "human rights obligations.",
  ("United States", C, neg, "Brunei", "'opposes' aimed at Brunei's act = judgement (guide)"))
U(d, "Palladino said US officials had raised the matter", "over the past week.",
  ("United States", N, neu, "", "surname only; diplomatic procedure"))
U(d, "From Geneva, overnight: UN human rights chief Michelle Bachelet had urged", "protections they now have.",
  ("United Nations", C, neg, "Brunei", "appeal to shelve + judgement ('no place in any legal system'): rule 1"))
U(d, "At the UN in New York, a spokesman for the Secretary-General said", "nothing to add to it.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "In a titah at the International Convention Centre marking Isra Mi'raj", "the code or the criticism.",
  ("Brunei", N, pos, "", "the sultan's own aims, no judgement of others = neutral, positive"))
U(d, "\"We have chosen our path and we will walk it with confidence,\" the sultan said", "safe and welcoming.",
  ("Brunei", N, pos, "", "'the sultan' by title; self-assurance = neutral"))
U(d, "Background: the Prime Minister's Office in Bandar Seri Begawan defended the code", "not asking foreigners to like it.",
  ("Brunei", N, neu, "", "defence of own law = neutral"))
U(d, "The office said Brunei had never told other states how to make their laws", "courtesy in return.",
  ("Brunei", N, neg, "", "rebuff of foreign criticism without naming anyone (unsure: could be condemning as a rejection of interference)"))
