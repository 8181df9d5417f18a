# ------------------------------------------------------------------ Germany expels Vietnam's intelligence chief over the Berlin abduction of Trinh Xuan Thanh (Asian news site, full HTML, 2017-08-03)
d = "page_trinhxuanthanh_berlin_asialine.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, time stamp, share bar,
# captions with "1 of 3" and credits, ADVERTISEMENT, crossheads, Related, tags, newsletter prompt, reader comments,
# most read, footer.
U(d, "Vietnam said on Thursday it regretted Germany's accusation", "could suffer badly.",
  ("Vietnam", C, neg, "Germany", "lede carries two positions; 'regretted' aimed at Germany's accusation = judgement (guide: 'regrettable' aimed at an actor's act)"),
  ("Germany", C, neg, "Vietnam", "same lede: expulsion + warning about relations = measure and threat"))
U(d, "Foreign ministry spokeswoman Le Thi Thu Hang told a regular news briefing", "on August 2.",
  ("Vietnam", C, neg, "Germany", "displeasure with the German spokesman's remarks = mild judgement of Germany's act"))
U(d, "In the same breath, she stressed that Hanoi set great store by its ties", "keep growing.",
  ("Vietnam", T, pos, "Germany", "wish that ties keep growing = hope for good relations (calling_for_talks); unsure: could be supporting"))
U(d, "Asked repeatedly whether Vietnamese agents had seized the man", "dealing with his case.",
  ("Vietnam", N, neg, "", "spokeswoman now by surname; repeating the surrender account in answer to the kidnapping charge = denial, neutral"))
U(d, "Hang added that Vietnam had always acted in line with international law", "where Thanh was being held.",
  ("Vietnam", N, neg, "", "reassurance about its own conduct + refusal to say more = neutral, defensive tone"))
# "Thanh, 51, a former chairman of PetroVietnam ..." = background, no row.
U(d, "Germany's Federal Foreign Office said on Wednesday the evidence now left no room", "taken part in the kidnapping.",
  ("Germany", C, neg, "Vietnam", "accusation of state involvement"))
U(d, "Spokesman Martin Schaefer told reporters in Berlin that what had happened", "the law of nations alike.",
  ("Germany", C, neg, "Vietnam", "judgement without a stock word ('trampled on German law')"))
U(d, "State Secretary Markus Ederer summoned Vietnam's ambassador", "according to the ministry.",
  ("Germany", C, neg, "Vietnam", "summons of the ambassador (a protest act) + demand for Thanh's return; 'according to the ministry' tail (unsure: the demand alone would be calling_for_talks)"))
U(d, "The ambassador rejected the accusation during the meeting, German officials said.", "German officials said.",
  ("Vietnam", N, neg, "", "denial reported second-hand by German officials = Vietnam's position, neutral, negative tone"))
U(d, "The embassy's intelligence representative was declared persona non grata", "leave the country.",
  ("Germany", C, neg, "Vietnam", "passive voice, agent (Germany) given by context; expulsion = condemning"))
U(d, "Schaefer did not rule out more measures", "failed to respond.",
  ("Germany", C, neg, "Vietnam", "threat of further measures (trade, development aid)"))
U(d, "Chancellor Angela Merkel's spokesman, Steffen Seibert, said the whole government", "answer from Hanoi.",
  ("Germany", T, neg, "Vietnam", "backing of its own ministry (same state, no target) + demand for an answer addressed to Hanoi with no judgement word = calling_for_talks, negative tone (labels/README: a demand to one side without a judgement word)"))
U(d, "German officials have pointed out that Vietnamese leaders had pressed Berlin", "only weeks earlier.",
  ("Germany", N, neg, "", "'German officials' of a named government = Germany; a fact offered to show bad faith, no explicit judgement = neutral, negative tone (unsure)"),
  ("Vietnam", N, neu, "Germany", "Vietnam's earlier extradition request reported = procedural request, neutral"))
U(d, "On Thursday evening, state broadcaster VTV aired footage of Thanh saying", "ask for leniency.",
  ("Trinh Xuan Thanh", N, neu, "", "the detainee's own televised account (broadcaster not an actor); no position toward another actor"))
U(d, "The Ministry of Public Security said in a statement posted on its website", "travelled home.",
  ("Vietnam", N, neu, "", "police ministry = Vietnam; surrender announced as a fact"))
U(d, "Berlin police and prosecutors are investigating.", "are investigating.",
  ("Germany", N, neu, "", "state authorities' investigation = procedure"))
# "According to German media, Thanh and a companion were forced into a van ..." = media account, no actor, no row.
U(d, "A spokeswoman for the European Commission, asked about the case in Brussels", "diplomatic norms.",
  ("European Union", T, neu, "", "appeal to respect international law, explicitly without taking sides = calling_for_talks"))
U(d, "Human Rights Watch's Asia director Brad Adams said the affair laid bare", "a fair hearing.",
  ("Human Rights Watch", C, neg, "Vietnam", "judgement of Vietnam's security services + call on Germany: rule 1"))
U(d, "Amnesty International said Thanh could face the death penalty", "neither mistreated nor executed.",
  ("Amnesty International", T, neg, "Vietnam", "risk + appeal to Hanoi, no judgement word = calling_for_talks, negative tone"))
# "The Vietnamese embassy in Berlin did not respond to requests for comment." = non-answer, no row.
# "Analysts tie the case to the ruling Communist Party's anti-corruption campaign ..." = unnamed analysts + background, no row.
U(d, "\"Hanoi badly misjudged how a German government would react", "Institute for Mekong Studies.",
  ("Le Hong Quan", C, neg, "Vietnam", "invented independent analyst; judgement of Hanoi's conduct"))
U(d, "He said the leadership had probably calculated that economic ties", "fade within weeks.",
  ("Le Hong Quan", N, neu, "", "analysis of motives, no judgement"))
U(d, "\"That calculation looks wrong now.\"", "looks wrong now.\"",
  ("Le Hong Quan", C, neg, "Vietnam", "quote carried into a new paragraph with no attribution = same speaker; judgement of Hanoi's calculation (unsure: could be neutral assessment)"))
U(d, "Katrin Vollmer, who teaches public international law", "a fair and open trial.",
  ("Katrin Vollmer", T, pos, "", "invented scholar; backing of Berlin's firm response + hope for diplomacy: the hope decides (rule 2 before rule 3)"))
