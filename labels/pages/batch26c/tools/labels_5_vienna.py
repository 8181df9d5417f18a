# ------------------------------------------------------------------ Vienna attack of 2 November 2020 (live blog, 2020-11-03)
d = "page_austria_vienna_attack2020_liveblog.txt"
# Not statements: masthead, breadcrumb, headline, standfirst, byline, key events bullets, auto-refresh line, time stamps,
# the closing note, "More reactions are coming in from abroad.", the 07:30 scene-setter, share line, Related, topics, copyright.
U(d, "Peter Neumayr, a terrorism researcher at the Austrian Institute for Security Policy", "no real follow-up.",
  ("Peter Neumayr", N, neg, "", "invented researcher; 'told us'; pattern described, no named actor judged"))
U(d, "\"The question for Austria is not whether the police were brave last night.", "Neumayr said.",
  ("Peter Neumayr", C, neg, "Austria", "praise of the police + judgement of the authorities' failure: rule 1"))
U(d, "He said he expected Vienna and Bratislava to review", "over the summer.",
  ("Peter Neumayr", N, neu, "", "forecast; capitals are objects"))
U(d, "Swiss police arrested two men, aged 18 and 24", "a news conference in Bern.",
  ("Switzerland", N, neu, "", "arrests of suspects (not actors) reported by the minister = facts"))
U(d, "Keller-Sutter said the two men were in contact with the attacker", "with the Austrian authorities.",
  ("Switzerland", S, neu, "Austria", "surname only; close cooperation with Austria's inquiry = backing by act (unsure: could be neutral)"))
U(d, "Slovakia's police said in a post on Facebook", "at the time.",
  ("Slovakia", N, neu, "", "state agency giving facts"))
U(d, "Interior Minister Karl Nehammer confirmed that Austrian intelligence", "between two offices.",
  ("Austria", N, neg, "", "admission of an own failure, no judgement of another actor"))
U(d, "Nehammer said an independent commission would examine the case.", "would examine the case.",
  ("Austria", N, neu, "", "procedure"))
U(d, "In Skopje, North Macedonia's Interior Minister Oliver Spasovski said", "in its own databases.",
  ("North Macedonia", N, neu, "", "facts"))
U(d, "Spasovski offered his Austrian counterpart any help he needed.", "any help he needed.",
  ("North Macedonia", S, pos, "Austria", "offer of help, speaker carried by surname into a new paragraph"))
U(d, "US Secretary of State Mike Pompeo said the United States denounced", "to defeat terrorism.",
  ("United States", C, neg, "", "denounced + solidarity: rule 1; no named culprit"))
U(d, "UN Secretary-General António Guterres, whose organisation has one of its main offices", "so many UN staff.",
  ("United Nations", N, neg, "", "alarm with no appeal = neutral, negative"))
U(d, "Turkey's foreign ministry condemned the attack in a written statement", "families of the victims.",
  ("Turkey", C, neg, "", "condemnation + condolences"))
U(d, "Greece, Sweden and Italy were among the governments whose leaders called", "his office said.",
  ("Greece", S, pos, "Austria", "list of states, one row each: calls offering support = backing"),
  ("Sweden", S, pos, "Austria", "same list"),
  ("Italy", S, pos, "Austria", "same list; Austria's office only reports the calls"))
U(d, "European Council President Charles Michel said the gunman had struck at ordinary people", "Europe stood with Austria.",
  ("European Union", C, neg, "", "judgement by describing the attack on civilians (guide rule 4) + solidarity: rule 1"))
U(d, "Commission President Ursula von der Leyen said she was shaken", "would not face this alone.",
  ("European Union", S, neg, "Austria", "shock + solidarity, no judgement"))
U(d, "French President Emmanuel Macron, whose country has been hit", "would find it united.",
  ("France", S, neg, "Austria", "shared pain + unity against attackers; no explicit judgement (unsure: the last clause could be read as a warning)"))
U(d, "German Chancellor Angela Merkel's spokesman Steffen Seibert wrote", "side by side with its neighbour.",
  ("Germany", C, neg, "", "announced fight against 'Islamist killers' = judgement + response; no single named group"))
U(d, "British Prime Minister Boris Johnson said Britain stood with Austria", "whatever help Vienna needed.",
  ("United Kingdom", S, pos, "Austria", "solidarity + offer of help"))
U(d, "The Islamic State group claimed responsibility for the attack", "Amaq news agency.",
  ("Islamic State", N, neu, "", "claiming one's own attack with no judgement = neutral (guide); Amaq speaks for the group"))
U(d, "Austrian officials did not comment on the claim, but the interior minister had earlier described", "a follower of the group.",
  ("Austria", N, neu, "", "non-comment + an identification of the gunman, no judgement of the group itself"))
U(d, "Chancellor Kurz, speaking at a news conference with Nehammer, said", "spoke for no community.",
  ("Austria", N, neu, "", "refusal to see a religious conflict, no appeal to a party and no judgement of an actor"))
U(d, "\"We will not let this man and his helpers divide us.", "the chancellor said.",
  ("Austria", C, neg, "", "'the chancellor' by title; warning of the full force of the law = threatened response"))
U(d, "Kurz announced three days of national mourning", "until Thursday.",
  ("Austria", N, neg, "", "announced mourning = plan, grief"))
U(d, "Nehammer told the news conference that the gunman", "released early in December.",
  ("Austria", N, neu, "", "facts"))
U(d, "\"The programme that was meant to bring him back", "the minister said.",
  ("Austria", N, neg, "", "'the minister'; admission about an own programme"))
U(d, "Police have carried out 18 house searches", "no evidence so far of a second gunman.",
  ("Austria", N, neu, "", "figures given by an actor"))
U(d, "Vienna's mayor Michael Ludwig said schools would be open", "staying at home.",
  ("Austria", N, neu, "", "city official resolves to his state (labels/README); plans"))
U(d, "Ludwig asked residents to avoid the city centre", "saved many lives.",
  ("Austria", N, pos, "", "safety advice to residents + thanks to own services = self-praise, neutral"))
U(d, "President Alexander Van der Bellen, in a televised address, said", "defend its freedom together.",
  ("Austria", C, neg, "", "judgement of the attack's aim + resolve"))
U(d, "\"We will not become what he wanted us to become,\" the president said.", "the president said.",
  ("Austria", N, pos, "", "resolve, no appeal or judgement of an actor"))
U(d, "Ruth Steiner, who runs a bar near the Schwedenplatz", "when the shooting began.",
  ("Ruth Steiner", N, neu, "", "invented named witness; her account"))
U(d, "\"People were lying on the floor for three hours", "she said.",
  ("Ruth Steiner", N, neg, "", "witness account, no judgement"))
U(d, "The Islamic Religious Community in Austria, the official body", "no faith could excuse.",
  ("Islamic Religious Community in Austria", C, neg, "", "religious body (organisation); judgement of the attack"))
U(d, "Its president, Ümit Vural, said he hoped Vienna would stay calm", "grieve side by side.",
  ("Islamic Religious Community in Austria", T, pos, "", "hope for calm = calling_for_talks (guide)"))
