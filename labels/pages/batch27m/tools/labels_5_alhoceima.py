# ------------------------------------------------------------------ Al Hoceima: the Rif protests and Zefzafi's arrest (Moroccan Chamber of Representatives' press releases, 29 May - 12 June 2017)
d = "page_morocco_alhoceima_hirak2017_chamberreleases.txt"
# Not statements: header, menu, language bar, breadcrumb, page title, translation note, item dates and issuing bodies, Related, print/share line, address, copyright.
# "The Bureau of the Chamber of Representatives met today under the chairmanship of the Speaker ..." = a meeting, no row.
U(d, "The Bureau expressed its concern at the turn taken by events", "by dialogue within the institutions.",
  ("Morocco", T, neg, "", "parliament's bureau speaks for the state; concern + appeal for calm and dialogue"))
U(d, "It affirmed that the demands of the population for jobs, health and roads were legitimate", "carried out on schedule.",
  ("Morocco", N, pos, "", "recognition of demands + own commitment (self-reassurance) = neutral, positive"))
U(d, "The Speaker stated that respect for the law and for public order", "the shared responsibility of all.",
  ("Morocco", N, neu, "", "general principle, no actor judged, no appeal for talks (unsure: could be calling_for_talks as an appeal to order)"))
# "At the request of several groups, the committee held an urgent meeting ..." = procedure, no row.
U(d, "The Minister told members that the security forces had acted with restraint", "ordered by the public prosecutor.",
  ("Morocco", N, neu, "", "own forces' conduct defended, procedure"))
U(d, "He rejected the claims that detainees had been mistreated", "in the presence of their lawyers.",
  ("Morocco", N, neg, "", "denial = neutral, negative"))
U(d, "The Minister said that his department would not allow the province", "reject the institutions of the nation.",
  ("Morocco", C, neg, "", "warning/threat aimed at unnamed protest leaders (Hirak not named) -> target empty"))
U(d, "Speaking for the Justice and Development group, its chairman", "projects that had fallen behind.",
  ("PJD", S, pos, "Morocco", "group chair speaks for the party; backing of the Government's programme; urging ministries is within the backing"))
U(d, "Mr. El Azami cautioned, however, that the language used about the protesters", "had helped nobody.",
  ("PJD", C, neg, "", "surname only; veiled judgement of the majority's words (own coalition, unnamed) -> target empty (unsure: could be neutral)"))
U(d, "The chairman of the Authenticity and Modernity group said that the Government", "with the police.",
  ("Authenticity and Modernity Party", C, neg, "Morocco", "opposition judgement of the Government; named only by title"))
U(d, "\"The young people of Al Hoceima asked for a hospital and a university", "he said.",
  ("Authenticity and Modernity Party", C, neg, "Morocco", "same speaker, judgement in an image"))
U(d, "The Istiqlal group called for the release of all those arrested", "regions left behind.",
  ("Istiqlal Party", T, neu, "", "demand for release + national dialogue, no judgement word (unsure: a demand for release implies criticism)"))
U(d, "Mr. Omar Balafrej, member for the Federation of the Democratic Left", "poured oil on the fire.",
  ("Federation of the Democratic Left", C, neg, "", "MP speaks for his party; judgement of the majority's statement (several parties) -> target empty; the majority's own 14 May position is embedded as a past statement, see next"),
  ("PJD", C, neg, "", "the 14 May statement of the majority, reported by Balafrej, with two parties named: casting the protesters as taking instructions from abroad = accusation (protesters not canonical -> target empty)"),
  ("National Rally of Independents", C, neg, "", "second named party of the 14 May statement, same reading"))
U(d, "The parties of the majority had later said that their words were misunderstood", "he recalled.",
  ("PJD", N, neg, "", "second-hand: the majority's walk-back = denial of intent, neutral; the two parties named in the previous sentence"),
  ("National Rally of Independents", N, neg, "", "same walk-back, second named party"))
U(d, "The National Rally of Independents group, for its part, welcomed the Minister's account", "for their professionalism.",
  ("National Rally of Independents", S, pos, "Morocco", "welcome + thanks to the security forces"))
U(d, "The committee chair closed the session by announcing that a delegation", "before the end of the month.",
  ("Morocco", N, neu, "", "committee chair, procedural plan"))
U(d, "Answering members' questions, the Head of Government, Mr. Saad Eddine El Othmani", "within fifteen days.",
  ("Morocco", N, pos, "", "own government's plan, recognition of demands; no appeal, no judgement"))
U(d, "He denied that the Government had ever accused the people of the Rif", "seeking separation.",
  ("Morocco", N, neg, "", "denial = neutral, negative"))
U(d, "\"Our hand is stretched out to every citizen who wants to talk", "the Head of Government said.",
  ("Morocco", T, pos, "", "offer of dialogue = calling_for_talks"))
U(d, "The first secretary of the Socialist Union of Popular Forces, Mr. Driss Lachgar", "in handling the detainees.",
  ("Socialist Union of Popular Forces", S, neu, "Morocco", "passive attribution ('was quoted by ... as saying'); backing of the Government + request for wisdom: the backing decides (rule 3; appeal is not for talks)"))
# "The committee organised a study day ..." = event narration, no row.
U(d, "Dr. Karima Bouhdoud, a sociologist at Mohammed V University in Rabat", "make those promises go away.",
  ("Karima Bouhdoud", C, neg, "Morocco", "independent scholar (invented); judgement of the state's unmet promises and arrests, no stock word"))
U(d, "She urged the authorities and the protest leaders to accept a mediator", "trusted by both.",
  ("Karima Bouhdoud", T, neu, "", "appeal for mediation, two addressees -> target empty"))
U(d, "Mr. Mohamed Aznag, a municipal councillor from Imzouren, described the tension", "since the night of 26 May.",
  ("Mohamed Aznag", N, neg, "", "local elected official (invented), independent voice; description"))
U(d, "\"Shops close at five, mothers do not sleep", "Mr. Aznag said.",
  ("Mohamed Aznag", N, neg, "", "description of fear, no judgement or appeal"))
U(d, "The committee took note of the statement of Amnesty International", "release of the detained protesters.",
  ("Amnesty International", T, neu, "", "Amnesty's demand for release reported by the committee (a position of X reported by Y); demand with no judgement word (unsure)"),
  ("Morocco", N, neu, "", "'took note' = procedural"))
U(d, "A member of the committee, speaking on condition that his group not be named", "injuries suffered by police officers.",
  ("Morocco", C, neg, "Amnesty International", "an unnamed member of a named parliament speaks for the state (unnamed official of a named body); reproach of Amnesty (unsure: party unknown)"))
U(d, "The Moroccan Association for Human Rights, which attended as an observer", "responsible for the escalation.",
  ("Moroccan Association for Human Rights", C, neg, "Morocco", "figures + holds the State responsible: judgement decides"))
# "The Speaker of the Chamber received the Ambassador ..." = a meeting, no row.
U(d, "The Ambassador said that the Netherlands, home to a large community", "would bring calm.",
  ("Netherlands", T, pos, "", "monitoring + hope for calm through dialogue = calling_for_talks"))
U(d, "Mr. El Malki assured the Ambassador that the Chamber would remain attentive", "sovereignty of the Kingdom.",
  ("Morocco", N, neg, "", "reassurance + rejection of 'any interference' aimed at no named actor: a pre-emptive line, not a judgement on the Netherlands (unsure: could be condemning target Netherlands)"))
