# ------------------------------------------------------------------ Zimbabwe's July 2020 crackdown (Chin'ono, Ngarivhume) and South Africa's envoys (Southern African news site, full HTML, 2020-08-12)
d = "page_zimbabwe_chinono_crackdown2020_sasite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, time/read time, share bars, figcaptions
# with "2 of 5" and credits, Advertisement slots, crossheads, tags, related list, reader comments, most read, newsletter, footer.
U(d, "South Africa's special envoys left Harare on Tuesday without meeting", "should stay that way.",
  ("Zimbabwe", N, neu, "", "Mnangagwa limits the envoys' format with a procedural reason, no protest or judgement = neutral (labels/README: objecting to participants without judgement)"))
U(d, "Sydney Mufamadi, who led the delegation with former deputy president Baleka Mbete", "before saying anything more.",
  ("South Africa", N, neu, "", "the envoy reports process only"))
U(d, "Ramaphosa named the pair last Thursday as his special envoys", "Zimbabwe's troubles.",
  ("South Africa", T, neu, "Zimbabwe", "sending envoys to talk to the government and other parties = mediation = calling_for_talks"))
U(d, "His office said at the time that the aim was to find out what help", "offer its neighbour.",
  ("South Africa", S, pos, "Zimbabwe", "offer of help to a neighbour = supporting (unsure: could be read as part of the mediation)"))
U(d, "A day before the appointment, the Department of International Relations and Cooperation said", "following events closely.",
  ("South Africa", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The MDC Alliance said it was disappointed that the envoys had gone home", "terms of a regional mission.",
  ("MDC Alliance", C, neg, "Zimbabwe", "accusation that Mnangagwa dictated the mission's terms; disappointment at the envoys is secondary"))
U(d, "Its leader, Nelson Chamisa, said Zimbabwe needed a national dialogue", "between two ruling parties.",
  ("MDC Alliance", T, neu, "", "call for an inclusive national dialogue; the jab at 'two ruling parties' carries no explicit judgement"))
U(d, "The smaller MDC-T faction led by Thokozani Khupe said its own appointment", "at short notice.",
  ("MDC-T", N, neu, "", "fact: a meeting called off, no protest stated"))
U(d, "In South Africa, EFF leader Julius Malema said the choice of envoys showed", "ordinary Zimbabweans.",
  ("Economic Freedom Fighters", C, neg, "South Africa", "judgement of Pretoria's choice; Pretoria = metonym"))
U(d, "The governing ANC said on Tuesday it would send its own delegation", "speak to each other honestly.",
  ("ANC", T, neu, "ZANU-PF", "party-to-party talks offered = calling_for_talks; the one party addressed is ZANU-PF"))
# "Investigative journalist Hopewell Chin'ono and Transform Zimbabwe leader Jacob Ngarivhume have been in custody ..." = background (charges as court procedure), no row.
# "Novelist Tsitsi Dangarembga was among those detained ..." = narration, no row.
U(d, "Beatrice Mtetwa, Chin'ono's lawyer, said his continued detention was meant to punish him", "Covid-19 supplies.",
  ("Beatrice Mtetwa", C, neg, "Zimbabwe", "the lawyer (independent person) accuses the state of punitive detention"))
U(d, "In a televised address last week, Mnangagwa accused what he called divisive opposition groups", "would be defeated.",
  ("Zimbabwe", C, neg, "", "accusation + vow to defeat them; aimed at the opposition and unnamed foreign backers (non-canonical) -> target empty"))
U(d, "Information secretary Nick Mangwana said there was no crisis in Zimbabwe", "fabrications spread online.",
  ("Zimbabwe", N, neg, "", "denial of abuses = neutral, negative tone"))
U(d, "Foreign Minister Sibusiso Moyo told diplomats in Harare that the country was calm", "not for their opinions.",
  ("Zimbabwe", N, neu, "", "reassurance about own conduct + denial that arrests are political = neutral"))
U(d, "Late last month ZANU-PF's acting spokesman Patrick Chinamasa hurled personal insults", "could be expelled.",
  ("ZANU-PF", C, neg, "United States", "insults, accusation of funding agitators and an expulsion threat against the US ambassador"))
U(d, "The US embassy rejected the accusations and said American aid", "not to politics.",
  ("United States", N, neg, "", "denial with an account of its aid = neutral, negative"))
U(d, "The embassy has since called for the release of Chin'ono and others", "speak out against corruption.",
  ("United States", T, neg, "Zimbabwe", "call for release addressed to the government, no judgement word = calling_for_talks (labels/README: demand to one side)"))
U(d, "The European Union delegation and the ambassadors of EU member states said in a joint statement", "to silence critics.",
  ("European Union", C, neg, "Zimbabwe", "judgement: lockdown rules used to silence critics; the member states' ambassadors sign with the delegation, so one EU row"))
U(d, "They urged the government to make sure that all detainees could see their lawyers and families.", "lawyers and families.",
  ("European Union", T, neu, "Zimbabwe", "pronoun = the EU signatories; appeal for detainees' access"))
U(d, "In Geneva, Liz Throssell, a spokesperson for the UN human rights office", "peacefully exercising their rights.",
  ("United Nations", T, neg, "Zimbabwe", "concern + appeal for release, no judgement word = calling_for_talks"))
U(d, "Amnesty International accused the authorities of a witch-hunt", "speak out about corruption.",
  ("Amnesty International", C, neg, "Zimbabwe", "accusation"))
U(d, "Britain's Africa minister James Duddridge said he had raised the arrests", "watching developments closely.",
  ("United Kingdom", N, neg, "", "raising concern with the ambassador + monitoring, no judgement, no appeal stated = neutral, negative (unsure: raising the arrests implies disapproval)"))
# "SADC, whose chair passes to Mozambique ..., has not commented publicly." = non-answer, no row.
U(d, "Ruvimbo Nhari, a political scientist at the University of Zimbabwe, said the government had managed", "away from the arrests.",
  ("Ruvimbo Nhari", N, neu, "", "invented scholar (person); analysis"))
U(d, "\"The only way out is a genuine conversation inside Zimbabwe", "Nhari said.",
  ("Ruvimbo Nhari", T, neu, "", "appeal for dialogue inside Zimbabwe; the aside on the region is advice, not a judgement"))
U(d, "Pieter Claassens, of the Johannesburg-based Southern Africa Policy Institute, said Pretoria's approach", "failing them again.",
  ("Pieter Claassens", C, neg, "South Africa", "invented analyst (person); judgement of South Africa's approach"))
U(d, "\"If the envoys come back without a word about detained journalists", "Claassens said.",
  ("Pieter Claassens", C, neg, "South Africa", "conditional judgement ('lent its name to a cover-up')"))
