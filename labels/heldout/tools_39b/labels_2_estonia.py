# ------------------------------------------------------------------ Estonia: Russian jet over the Jaguar tanker check (European news site, full HTML, 2025-05-15)
d = "page_estonia_jaguar_tanker_eurosite.html"
# Not statements: cookie bar, brand, nav, ticker, section label, headline, standfirst, byline/time, captions with credits,
# crossheads, advertisement, corrections line, tags, share, newsletter, read more, comments, most read, footer.
U(d, "Estonia accused Russia on Thursday of sending a fighter jet into NATO airspace", "shadow fleet more closely.",
  ("Estonia", C, neg, "Russia", "lead: accusation"))
# "The unflagged tanker Jaguar, which Britain added to its sanctions list last week, ..." = narration of the incident; the
# British listing is background in a relative clause (the UK's own statement below carries it); no row. "The crew refused ..." = narration.
U(d, "That evening a Russian Su-35 crossed into Estonian airspace", "according to the Estonian Defence Forces.",
  ("Estonia", N, neu, "", "facts given by the military (duration, transponder, flight plan), no judgement word (unsure: could be read as an accusation by description)"))
U(d, "\"Russia answered a lawful inspection in our economic zone", "NATO foreign ministers were meeting.",
  ("Estonia", C, neg, "Russia", "accusation: 'illegal oil trade', 'how far Moscow is willing to go'"))
U(d, "Tsahkna said he had briefed U.S. Secretary of State Marco Rubio", "margins of the meeting.",
  ("Estonia", N, neu, "", "procedure; Rubio/US is an object, not a speaker"))
U(d, "The foreign ministry in Tallinn summoned Russia's chargé d'affaires", "the ministry said.",
  ("Estonia", C, neg, "Russia", "summons + note of protest = measure; attribution tail"))
U(d, "On Wednesday the military had described the overflight and the tanker check as separate events", "between them.",
  ("Estonia", N, neu, "", "the Defence Forces' earlier account, no judgement"))
U(d, "By Thursday the military had moved closer to the minister's reading", "the spokesman said.",
  ("Estonia", N, neu, "", "facts from the military spokesman; colon inside one sentence"))
U(d, "Defence Minister Hanno Pevkur said Estonia would keep checking vessels", "a sea we all share\".",
  ("Estonia", N, neg, "", "own policy + environmental risk; no named target (unsure: could be a measure against the shadow fleet)"))
U(d, "Prime Minister Kristen Michal thanked the crews involved", "without delay.",
  ("Estonia", C, neg, "", "asks for EU sanctions on the tanker and similar ships = call for measures; ships are not a canonical actor -> target empty"))
U(d, "Portuguese F-16s deployed to Ämari air base", "the alliance said.",
  ("NATO", N, neu, "", "own air-policing operation reported as done, no judgement"))
# "Moscow rejected the Estonian account." = summary line before Peskov, no row.
U(d, "Kremlin spokesman Dmitry Peskov told reporters that Russian aircraft had flown", "any violation.",
  ("Russia", N, neg, "", "denial = neutral, negative"))
U(d, "He added that ships bound for Russian ports would continue to sail", "allowed them to.",
  ("Russia", N, neu, "", "pronoun = Peskov; statement of intent within the law, no threat or judgement"))
U(d, "\"What our neighbours are doing in the Baltic is piracy", "at her weekly briefing.",
  ("Russia", C, neg, "", "'piracy' + threat; 'our neighbours' = more than one state -> target empty"))
U(d, "The Russian embassy in Tallinn said the note of protest had been received", "forwarded to Moscow.",
  ("Russia", N, neu, "", "procedure"))
U(d, "NATO Secretary General Mark Rutte said allies stood firmly with Estonia", "would not be intimidated.",
  ("NATO", S, pos, "Estonia", "solidarity"))
U(d, "\"Every inch of allied territory and airspace is covered by our collective defence", "close of the Antalya meeting.",
  ("NATO", C, neg, "Russia", "deterrent warning addressed to Moscow = threatened response (unsure: could be supporting Estonia)"))
U(d, "Finland, whose navy shadowed the Jaguar further east, said Russian vessels had behaved recklessly", "in recent weeks.",
  ("Finland", C, neg, "Russia", "'recklessly' = judgement"))
U(d, "Defence Minister Antti Häkkänen said Helsinki was sharing its observations with Tallinn", "over the summer.",
  ("Finland", S, neu, "Estonia", "information shared + more patrols = backing by act"))
U(d, "Lithuanian Prime Minister Gintautas Paluckas warned that Moscow was testing", "military clash.",
  ("Lithuania", C, neg, "Russia", "'testing how far it could push' = judgement of Moscow's intent + warning"))
U(d, "Swedish Foreign Minister Maria Malmer Stenergard wrote on X", "would not go unanswered.",
  ("Sweden", C, neg, "Russia", "solidarity + 'recklessness' + 'would not go unanswered' = judgement and threat (rule 1)"))
U(d, "Latvian Foreign Minister Baiba Braže called the overflight a deliberate provocation", "ships in its zone.",
  ("Latvia", C, neg, "Russia", "'deliberate provocation' + backing of Estonia: rule 1; Riga = metonym"))
U(d, "The EU's top diplomat, Kaja Kallas, herself a former Estonian prime minister, said", "shadow fleet vessels.",
  ("European Union", C, neg, "Russia", "case for more sanctions = measure"))
U(d, "\"These ships are the lifeline of Russia's war chest", "Kallas said.",
  ("European Union", C, neg, "Russia", "sanctions pledge"))
U(d, "A British government spokesperson said London had listed the Jaguar", "on enforcement.",
  ("United Kingdom", C, neg, "", "sanctions listing of the ship for breaching the price cap = measure; the ship is not a canonical actor -> target empty"))
# "Some diplomats in Brussels said they worried ..." = unnamed speakers, no row. "Coastal states have limited rights ..." = background.
U(d, "Kristjan Ojamaa, a maritime security analyst at the Baltic Sea Policy Centre in Tallinn, said", "with restraint.",
  ("Kristjan Ojamaa", S, pos, "Estonia", "independent analyst (invented); approval of Estonia's action"))
U(d, "\"One small navy cannot police this traffic alone", "Ojamaa said.",
  ("Kristjan Ojamaa", T, neu, "NATO", "appeal to the allies to agree rules = diplomatic course (unsure)"))
U(d, "He said Moscow appeared to be signalling that future inspections", "military escorts.",
  ("Kristjan Ojamaa", N, neg, "", "reading of Moscow's signal, no judgement word"))
# "The Jaguar was anchored off Russia's Gogland island ..." = narration from tracking data, no row.
