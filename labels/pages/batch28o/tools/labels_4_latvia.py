# ------------------------------------------------------------------ Latvia's deportations of Russian citizens after the language-test deadline; Russian MFA briefing (2025-10-15)
d = "page_latvia_languagetest_deportations2025_mfabriefing.txt"
# Not statements: ministry header, breadcrumb, title, print/share links, contents list, topic headings, the journalists'
# questions themselves ("How do you comment on that?", "What is your response?", "Does Moscow support such legal action?",
# "Are there many such cases?", "Is Moscow ready to receive ...?", "Did the Russian side propose ...?", "Do you expect ...?",
# "Will Russia take ...?", "What would you say to them?", "How is this coordinated?"), outlet labels, related materials,
# tags, copyright. Every answer by "Maria Zakharova:" = Russia.
U(d, "On October 17, Foreign Minister Sergey Lavrov will hold talks in Moscow", "after the meeting.",
  ("Russia", N, neu, "", "schedule = neutral"))
U(d, "We have taken note of the ceasefire agreement", "over the past days.",
  ("Russia", N, neu, "", "'taken note' with no welcome and no appeal = neutral (a different event, the Gaza truce)"))
U(d, "Moscow hopes the truce will hold", "with the creation of a Palestinian state.",
  ("Russia", T, pos, "", "hope that a truce holds + a political settlement = calling_for_talks"))
# "Now to a subject that we cannot pass over in silence." = a transition, no position: no row.
U(d, "The deadline set by the Latvian authorities for our compatriots", "on an industrial scale.",
  ("Russia", C, neg, "Latvia", "'on an industrial scale' = a judgement without a stock word"))
U(d, "According to our data, more than 800 people have already been forced to leave Latvia", "most of them pensioners.",
  ("Russia", N, neg, "", "a figure given by the actor = neutral; 'forced' gives a negative tone"))
U(d, "Official Riga is stripping people in their seventies of their homes", "calls it integration.",
  ("Russia", C, neg, "Latvia", "'Official Riga' = Latvia; accusation by describing the act"))
U(d, "This is a policy of ethnic discrimination dressed up in the language of migration law", "pretends not to notice it.",
  ("Russia", C, neg, "", "judges Latvia's policy and the EU's silence: two actors -> target empty"))
U(d, "Our embassy in Riga has been providing, and will continue to provide", "to those affected.",
  ("Russia", S, pos, "", "consular and legal assistance to its citizens = aid by act (target empty: the deportees are no listed actor)"))
U(d, "We have also arranged for them to be met at the border", "state resettlement programme.",
  ("Russia", S, pos, "", "backing by act: reception, housing, documents"))
U(d, "We will raise this issue at the OSCE", "where human rights are discussed.",
  ("Russia", N, neu, "", "announced diplomatic plan in international bodies; no judgement in the unit (unsure: could be condemning as a step against Latvia)"))
U(d, "The Latvian authorities should understand that such actions will not remain without consequences", "whatever is left of them.",
  ("Russia", C, neg, "Latvia", "threat of consequences = condemning"))
U(d, "The head of Latvia's Office of Citizenship and Migration Affairs, Maira Roze, said on Monday", "applied equally to everyone.",
  ("Latvia", N, neu, "", "a journalist's question reporting a Latvian official's position (labels/README: that actor's statement); procedure + equal application = neutral"))
U(d, "A \"reasonable period\" for a 75-year-old woman", "dealing with human beings.",
  ("Russia", C, neg, "Latvia", "rhetorical question + 'words of bureaucrats who have forgotten ... human beings' = judgement"))
U(d, "Equality of this kind means only one thing", "everyone who speaks Russian.",
  ("Russia", C, neg, "Latvia", "continuation of the same answer; 'equal punishment' = accusation"))
U(d, "Latvian Foreign Minister Baiba Braze told Latvian radio", "Russian passport holders.",
  ("Latvia", N, neu, "", "reported in a question; a justification of own policy citing Russia's war as the reason (unsure: the reference to Russia's war could be read as a judgement of Russia; the sentence's point is the defence of Latvia's rule)"))
U(d, "So the Latvian minister admits openly", "punishing people for their passports.",
  ("Russia", C, neg, "Latvia", "accusation: 'punishing people for their passports'"))
# "We are grateful for the candour." = sarcasm continuing the rebuttal, no separate position: no row.
U(d, "As for the rest, I will not dignify these fabrications with a detailed answer.", "a detailed answer.",
  ("Russia", C, neg, "Latvia", "dismissal of Braze's account as 'fabrications' = a denial joined to an accusation (a bare denial would be neutral)"))
U(d, "Oksana Berzina, a lawyer in Riga", "permanent residence for decades.",
  ("Oksana Berzina", C, neg, "Latvia", "invented lawyer, reported in a question; a legal challenge arguing retroactive rules = a judgement of Latvia's law (unsure: could be neutral, a plan)"))
U(d, "Every legal avenue should be used", "consultations through our embassy.",
  ("Russia", S, pos, "", "offer of help to litigants (documents, consultations) = supporting; target empty"))
U(d, "But let us not have illusions about how quickly European institutions react", "when the victims are Russians.",
  ("Russia", C, neg, "", "a jab at 'European institutions' (several bodies, none named) -> target empty"))
U(d, "A pensioner from Daugavpils, Galina Sokolova, told us", "before the deadline.",
  ("Galina Sokolova", N, neg, "", "invented pensioner quoted in a question; her account of not getting a test place = facts, negative tone"))
U(d, "I would ask journalists to keep telling these stories", "remaining unheard.",
  ("Russia", C, neg, "Latvia", "imputes a motive to the Latvian authorities = judgement"))
# "Maria Zakharova: We receive such letters every day." = an anecdote, kept without a row.
U(d, "The Latvian Interior Minister Rihards Kozlovskis was quoted by Latvian media", "free to live in Russia.",
  ("Latvia", N, neg, "", "passive attribution in a question; a dismissive remark aimed at persons, no judgement of a state and no measure = neutral, negative tone (unsure)"))
U(d, "Russia has never refused its citizens.", "its citizens.",
  ("Russia", N, pos, "", "self-description, reassurance = neutral"))
U(d, "I have already said that the resettlement programme is open to them.", "open to them.",
  ("Russia", S, pos, "", "an offer of resettlement help = supporting (target empty)"))
U(d, "Kremlin spokesman Dmitry Peskov has also said that those who come back", "the help they need to settle.",
  ("Russia", S, pos, "", "another Russian official's position reported by the spokeswoman: offer of help = supporting"))
U(d, "As for Mr Kozlovskis, his remark speaks for itself and for the government he serves.", "the government he serves.",
  ("Russia", C, neg, "Latvia", "judgement of the minister and his government without a stock word"))
U(d, "Our embassy sent notes to the Latvian foreign ministry", "the elderly and the sick.",
  ("Russia", T, neu, "Latvia", "asked Riga for dialogue and a moratorium = calling_for_talks"))
U(d, "There has been no substantive reply.", "no substantive reply.",
  ("Russia", N, neg, "", "a fact stated with a complaint, no explicit judgement = neutral, negative"))
U(d, "The European Commission's spokesperson said last week", "a national competence of Latvia.",
  ("European Union", N, neu, "", "reported in a question; competence = procedural, neutral"))
U(d, "That statement is exactly the reaction we expected", "a bureaucratic shrug.",
  ("Russia", C, neg, "European Union", "judgement: 'a bureaucratic shrug'"))
U(d, "Brussels has once again shown that its human-rights standards", "another for everyone else.",
  ("Russia", C, neg, "European Union", "'Brussels' = the EU; double standards = accusation"))
U(d, "I will not speak ahead of time about the measures.", "about the measures.",
  ("Russia", N, neu, "", "declines to detail = neutral (the threat follows)"))
U(d, "Riga knows perfectly well which levers exist", "at the appropriate moment.",
  ("Russia", C, neg, "Latvia", "veiled threat of measures = condemning"))
U(d, "Some Western analysts, such as Marek Lindholm", "exploiting the issue for propaganda.",
  ("Marek Lindholm", C, neg, "Russia", "invented analyst, named in a question; 'exploiting the issue for propaganda' = a judgement of Russia; the unnamed 'Western analysts' get no row"))
U(d, "I would ask Mr Lindholm to go to the railway station", "which security threat they pose.",
  ("Russia", C, neg, "Latvia", "sarcastic rebuttal: the policy's victims pose no threat = judgement of Latvia's policy (unsure: aimed at the analyst; target Latvia taken as the policy's author)"))
U(d, "Minsk has said it is ready to help", "through Belarusian territory.",
  ("Belarus", S, pos, "", "'Minsk' = Belarus; offer of help to travellers = supporting (target empty: the citizens, not Russia, receive it)"))
U(d, "We are grateful to our Belarusian friends", "readiness to help.",
  ("Russia", S, pos, "Belarus", "gratitude/praise = supporting"))
U(d, "Coordination is going on through the consular services of both countries.", "both countries.",
  ("Russia", N, neu, "", "procedure"))
