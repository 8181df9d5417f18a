# ------------------------------------------------------------------ Czech sanctions on the Voice of Europe network and the reactions (analysis / explainer, 2024-04-04)
d = "page_voiceofeurope_network2024_explainer.txt"
# Not statements: masthead, menu, kicker, headline, standfirst (carries positions: never a statement), byline/date/read time,
# [Image] caption, question crossheads, Related, Tags, newsletter prompt, copyright.
U(d, "On 27 March the Czech government added a Prague-registered company", "to its national sanctions list.",
  ("Czech Republic", C, neg, "", "sanctions = measure against another side; the targets are a company and two people, not canonical actors -> target empty"))
U(d, "Prime Minister Petr Fiala told a press conference that the network had been using Czech soil", "could not ignore.",
  ("Czech Republic", C, neg, "", "'meddle' + 'a threat' = judgement of the network (not a canonical actor) -> target empty"))
U(d, "According to the Czech foreign ministry, Medvedchuk, who has lived in Russia", "in several member states.",
  ("Czech Republic", C, neg, "", "'according to' = second-hand attribution; accusation of covert payments (Medvedchuk is a person, not an actor)"))
U(d, "The country's counter-intelligence service, the BIS, said in a rare public statement", "to the European Parliament.",
  ("Czech Republic", C, neg, "Russia", "state agency = its state; accusation that Russia financed an operation aimed at the elections"))
U(d, "Foreign Minister Jan Lipavský went further on Thursday", "to the whole bloc.",
  ("Czech Republic", C, neg, "Russia", "'a Kremlin tool built to buy voices' = judgement + push for EU-wide sanctions"))
# "That is the question every capital is now asking ..." = the writer's own framing, no row.
U(d, "In Brussels, Belgian Prime Minister Alexander De Croo told parliament on 28 March", "beyond mere contacts.",
  ("Belgium", C, neg, "", "intelligence finding of payments to MEPs = accusation; Russia named in the next unit -> target empty here"))
U(d, "De Croo said Belgium's federal prosecutor had opened an investigation", "a weaker European commitment to Ukraine.",
  ("Belgium", C, neg, "Russia", "surname only; Moscow (metonym) accused of seeking a friendlier Parliament"))
U(d, "\"This is interference, and we will treat it as such,\" the Belgian prime minister said.", "the Belgian prime minister said.",
  ("Belgium", C, neg, "", "named by title only; judgement ('interference') + warning of a response; no actor named in the unit -> target empty"))
U(d, "In Poland, the Internal Security Agency searched premises in Warsaw", "coordinating the special services.",
  ("Poland", N, neu, "", "searches as part of an inquiry = law-enforcement procedure reported with no judgement (as cooperation with an inquiry is neutral); attribution tail 'according to a statement from' (unsure: could be condemning as a measure)"))
U(d, "Prime Minister Donald Tusk said Polish services had evidence", "had finished their work.",
  ("Poland", N, neu, "", "finding reported + refusal to name anyone = facts/procedure, no explicit judgement of an actor (unsure)"))
U(d, "Petr Bystron, a Bundestag member for the Alternative for Germany", "to damage him before the vote.",
  ("Alternative for Germany", N, neg, "", "party's candidate speaks for the party; denial; 'an attempt to damage him' is aimed at reports, not at an actor = denial, neutral with negative tone (unsure: could be condemning)"))
U(d, "The party's co-leaders said they had asked Bystron for a full written account", "once they had it.",
  ("Alternative for Germany", N, neu, "", "procedure inside the party"))
U(d, "Voice of Europe itself, in a message posted on its social media accounts", "an attack on freedom of expression.",
  ("Voice of Europe", C, neg, "Czech Republic", "outlet speaking for itself (new actor, organisation); denial + 'an attack on freedom of expression' = judgement"))
U(d, "Kremlin spokesman Dmitry Peskov said Russia had nothing to do with the affair", "no information about the website.",
  ("Russia", N, neg, "", "denial = neutral, negative"))
U(d, "Foreign ministry spokeswoman Maria Zakharova was less restrained", "afraid of their own voters.",
  ("Russia", C, neg, "Czech Republic", "'hysterical campaign' = judgement of the Czech sanctions"))
U(d, "The European Commission's vice-president for values and transparency, Věra Jourová, said", "to the EU sanctions list.",
  ("European Union", C, neg, "", "support for listing the network = a sanction measure against the network; the Czech proposal is backed by the same act (unsure: could be supporting Czech Republic)"))
U(d, "European Parliament President Roberta Metsola, in remarks carried by Agence Europe", "with the national investigations.",
  ("European Union", C, neg, "", "'in remarks carried by' = second-hand; warning of consequences = threatened response; no actor named -> target empty"))
U(d, "Ukraine's foreign ministry welcomed the Czech step", "betrayed Ukraine.",
  ("Ukraine", S, pos, "Czech Republic", "welcome + thanks to Prague; the jab at Medvedchuk (a person) does not change the target"))
U(d, "Tereza Holubová, who studies disinformation at the Prague Centre for Democratic Resilience", "mainly because it was public.",
  ("Tereza Holubová", N, neu, "", "invented analyst; observation"))
U(d, "\"Operations of this kind have been running for years.", "Holubová said.",
  ("Tereza Holubová", S, pos, "Czech Republic", "approval of the Czech government's decision to name and freeze"))
U(d, "She warned, however, that sanctions alone would not protect the June elections", "political advertising online.",
  ("Tereza Holubová", N, neu, "European Union", "warning + a policy demand on the EU (transparency rules): not talks, not a judgement = neutral (unsure)"))
U(d, "Pieter Van Acker, a senior fellow at the Brussels Institute for Security Studies, praised", "polices its own members.",
  ("Pieter Van Acker", C, neg, "European Union", "praise of two states' services + judgement of the Parliament's self-policing: the judgement decides (rule 1)"))
U(d, "\"Strasbourg has rules on gifts and on side jobs", "Van Acker said.",
  ("Pieter Van Acker", C, neg, "European Union", "'nobody checks them seriously' = judgement of the Parliament (Strasbourg = metonym)"))
U(d, "He cautioned against expecting a long list of names", "not necessarily illegal.",
  ("Pieter Van Acker", N, neu, "", "forecast; 'morally dubious' aimed at unnamed politicians, no actor"))
# "EU foreign ministers are expected to discuss a Czech proposal ... later this spring." = narration of a schedule, no row.
U(d, "In Berlin, Interior Minister Nancy Faeser said the suspicions", "an attack on democracy itself.",
  ("Germany", C, neg, "Russia", "demand that the suspicions be cleared up + 'an attack on democracy': the judgement decides (rule 1)"))
# "The Belgian investigation is being coordinated with Eurojust, and the ... elections take place between 6 and 9 June." = narration, no row.
