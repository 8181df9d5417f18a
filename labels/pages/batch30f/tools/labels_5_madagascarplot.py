# ------------------------------------------------------------------ Madagascar's arrest of two French nationals over an alleged plot against President Rajoelina (foreign ministry statements page, full HTML, releases of 20-26 July 2021)
d = "page_madagascar_plot_frenchnationals_2021_mfa.html"
# Not statements: skip link, brand, language bar, menu, breadcrumb, page title, intro, release headings, figcaption with credit, "Press briefing" heading,
# the journalists' own questions, back link, share bar, see also, comments policy, footer. "The Ministry" and "the Minister" are France: the state is never named.
U(d, "The Ministry is following the situation in Tunisia with the greatest attention.", "with the greatest attention.",
  ("France", N, neu, "", "monitoring without an appeal = neutral"))
U(d, "It hopes that the country's institutions can resume their normal functioning", "of the Tunisian people.",
  ("France", T, neu, "", "hope + appeal to all political forces to avoid violence, no judgement = calling_for_talks"))
# "The Minister for Europe and Foreign Affairs, Jean-Yves Le Drian, spoke today with his Tunisian counterpart ..." = a call narrated, no row.
U(d, "The Ministry's services in Paris and at the Embassy in Antananarivo were informed on 21 July", "Malagasy judicial authorities.",
  ("France", N, neu, "", "the event: facts of the arrest as the ministry learned them = neutral"))
U(d, "Consular protection, as provided for under the Vienna Convention", "asked the Malagasy authorities for access.",
  ("France", N, neu, "", "consular procedure for its nationals = neutral"))
U(d, "The Embassy is in contact with the families of those concerned.", "of those concerned.",
  ("France", N, neu, "", "procedure = neutral"))
U(d, "The Ministry has no comment to make on an investigation under way", "Malagasy judicial authorities alone.",
  ("France", N, neu, "", "declining to comment = neutral"))
U(d, "The Ministry recalls its attachment to the stability of Madagascar", "undermine them by force.",
  ("France", C, neg, "", "backing of Madagascar's institutions joined to a condemnation of any violent attempt; the judgement decides (rule 1); plotters unnamed -> target empty"))
U(d, "The Malagasy Minister of Public Security, Rodellys Randrianarison, says one of the men", "were seized.",
  ("Madagascar", C, neg, "", "journalist's question reporting the minister = Madagascar's statement (README); accusation against a suspect (a person, not canonical) -> target empty"))
U(d, "We have no information beyond what has been made public by the Malagasy authorities.", "by the Malagasy authorities.",
  ("France", N, neu, "", "spokesperson's answer; no information = neutral"))
U(d, "It is for the investigation to establish the facts.", "to establish the facts.",
  ("France", N, neu, "", "procedural line = neutral"))
U(d, "These are former servicemen who have had no link with the armed forces", "for many years.",
  ("France", N, neu, "", "facts distancing the state = neutral"))
U(d, "They were acting in a private capacity.", "in a private capacity.",
  ("France", N, neu, "", "continuation of the same answer; fact = neutral"))
U(d, "Any insinuation that the State had a role in this affair is without foundation.", "is without foundation.",
  ("France", N, neg, "", "'the State' = France; denial = neutral, negative"))
U(d, "Hélène Randria, a researcher at the Indian Ocean Studies Centre in Saint-Denis, says", "cut short the rumours.",
  ("Hélène Randria", C, neg, "France", "invented independent researcher, reported in a question; judgement of Paris's silence (no stock word)"))
U(d, "Our position is clear, and it has been stated: we support Madagascar's institutions", "in full transparency.",
  ("France", S, pos, "Madagascar", "backing + cooperation = supporting"))
U(d, "The relationship between our two countries is close and rests on trust.", "rests on trust.",
  ("France", S, pos, "Madagascar", "praise of the relationship = supporting (unsure: could be neutral)"))
U(d, "The request has been made.", "The request has been made.",
  ("France", N, neu, "", "procedure = neutral"))
U(d, "We hope that access will be granted rapidly, in keeping with the Vienna Convention.", "with the Vienna Convention.",
  ("France", T, neu, "Madagascar", "hope for consular access addressed to Madagascar, no judgement = calling_for_talks (like an access request)"))
U(d, "The Ministry welcomes the installation of the government led by Prime Minister Ariel Henry", "on 20 July.",
  ("France", S, pos, "Haiti", "welcome of a step = supporting"))
U(d, "It encourages all Haitian political and civil society actors to engage", "conditions allow.",
  ("France", T, neu, "", "appeal for an inclusive dialogue = calling_for_talks"))
U(d, "The Ministry reiterates its condemnation of the assassination of President Jovenel Moïse", "brought to justice.",
  ("France", C, neg, "", "condemnation + call for justice (rule 1); perpetrators unnamed -> target empty"))
U(d, "An additional contribution of 1.5 million euros will be mobilised", "United Nations Integrated Office in Haiti.",
  ("France", S, pos, "Haiti", "money for the national police = backing by act (no verb of saying: the ministry's release)"))
U(d, "The Ministry condemns the attack committed yesterday against the President of the Transition", "Eid al-Adha prayer.",
  ("France", C, neg, "", "condemnation; assailant unnamed -> target empty"))
U(d, "It recalls its expectation that the transition timetable", "as ECOWAS has demanded.",
  ("France", T, neu, "Mali", "demand to respect the timetable, no judgement word = calling_for_talks (README: a demand addressed to one side)"),
  ("ECOWAS", T, neu, "Mali", "ECOWAS's demand reported in France's sentence = ECOWAS's position too"))
U(d, "The Malian Government said on Tuesday evening that the assailant had been arrested", "had been opened.",
  ("Mali", N, neu, "", "facts given by the government = neutral"))
U(d, "The Ministry strongly condemns the announcement made in Nicosia today by the Turkish President", "the fenced-off area of Varosha.",
  ("France", C, neg, "Turkey", "condemnation"))
U(d, "This unilateral decision runs counter to the resolutions of the United Nations Security Council", "the Cyprus question.",
  ("France", C, neg, "Turkey", "'runs counter to resolutions', 'a provocation' = judgement"))
U(d, "The Ministry expresses its full solidarity with the Republic of Cyprus.", "with the Republic of Cyprus.",
  ("France", S, pos, "Cyprus", "solidarity = supporting"))
U(d, "It calls on Turkey to reverse this decision and to refrain from any new unilateral action", "in the Security Council.",
  ("France", T, neg, "Turkey", "demand to reverse and refrain with no judgement word in this sentence = calling_for_talks, negative (README rule on one-sided demands); the UNSC step is procedure (unsure: raising it at the Council could be read as a measure)"))
U(d, "Bernard Aubry, an emeritus professor of international law", "had kept ajar\".",
  ("Bernard Aubry", C, neg, "Turkey", "invented independent scholar; judgement by image of the announcement"))
