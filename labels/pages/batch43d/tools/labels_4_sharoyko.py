# ---------------------------------------------------------------- Sharoyko case and the Belarus-Ukraine expulsions (Belarus MFA news page, full HTML, 20-24 Nov 2017)
d = "page_belarus_sharoyko_expulsions2017_mfa.html"
# Not statements: language bar, tools, emblem, menu, breadcrumbs, page title, filter line, dates, release titles, caption,
# "Print version | Share", pagination, the comments note, sidebar, footer. The question lines ("How would you comment on
# this?", "What is the position of the Ministry?", "Will this affect ...?", "Has Minsk replied?") are no one's; a question's
# first sentence that reports another actor's position is that actor's statement (labels/README, twenty-seventh session).
# Left without a row: "On November 24, 2017, Minister ... headed the Belarusian delegation at the fifth Eastern Partnership
# Summit" (attendance listed in narration); "On the margins of the Summit, the Minister held a number of bilateral meetings"
# (meetings listed in narration).
U(d, "In his address, the Minister stressed that Belarus valued the Eastern Partnership", "in recent years.",
  ("Belarus", S, pos, "European Union", "FM = Belarus; values the EU partnership and thanks the EU for assistance = approval"))
U(d, "V.Makei called on the European partners to bring the negotiations on the visa facilitation", "benefits of the partnership.",
  ("Belarus", T, pos, "European Union", "asks the EU to conclude negotiations = call for talks to succeed; 'the European partners' = the EU"))
U(d, "The head of the Belarusian foreign policy office also noted that Minsk remained ready to host", "in the east of Ukraine.",
  ("Belarus", T, pos, "", "offers Minsk as venue for talks on eastern Ukraine = calling_for_talks; 'Minsk' = Belarus as speaker's capital; aimed at no one party"))
U(d, "Question: Representatives of the office of the Ukrainian Parliament Commissioner for Human Rights have described", "political bargaining.",
  ("Ukraine", C, neg, "Belarus", "journalist's question reporting the ombudsman's office (a Ukrainian state body -> Ukraine): 'a hostage taken for political bargaining' = accusation against Belarus"))
U(d, "Answer: We categorically reject such insinuations.", "reject such insinuations.",
  ("Belarus", N, neg, "", "denial of the hostage claim -> neutral, negative (unsure: 'insinuations' is close to a judgement on Ukraine)"))
U(d, "P.Sharoyko was detained in strict compliance with Belarusian legislation", "nothing to do with journalism.",
  ("Belarus", N, neg, "", "continuation of the answer (same speaker): legal basis of the detention and denial that journalism is at issue -> neutral, negative"))
U(d, "On November 22, a consular officer of the Embassy of Ukraine was granted a meeting", "Vienna Convention on Consular Relations.",
  ("Belarus", N, neu, "", "consular access granted and planned: facts and procedure"))
U(d, "We call on the Ukrainian side to refrain from politicising a criminal case", "two fraternal peoples.",
  ("Belarus", T, neg, "Ukraine", "appeal to one side to refrain, without a judgement word -> calling_for_talks, negative (labels/README: demand to one side)"))
U(d, "Question: The Ministry of Defence of Ukraine stated that P.Sharoyko left its intelligence service", "for health reasons.",
  ("Ukraine", N, neg, "", "journalist's question reporting Ukraine's defence ministry: the KGB's version denied by giving another account -> neutral, negative"))
U(d, "Answer: It is not for the Ministry of Foreign Affairs to assess evidence,", "considered necessary.",
  ("Belarus", N, neu, "", "declines to assess evidence, leaves it to the investigation and the court: procedure"))
U(d, "Question: The National Union of Journalists of Ukraine has demanded the immediate release of the correspondent.", "release of the correspondent.",
  ("National Union of Journalists of Ukraine", T, neg, "Belarus", "question reporting the union's demand for release = demand to one side without a judgement word -> calling_for_talks, negative"))
U(d, "Answer: Accredited correspondents of Ukrainian media continue to work in Belarus", "being considered.",
  ("Belarus", N, pos, "", "reassurance about its own conduct -> neutral, positive (labels/README)"))
U(d, "Question: Kiev has again asked for information about the Ukrainian citizen P.Grib.", "the Ukrainian citizen P.Grib.",
  ("Ukraine", N, neu, "Belarus", "question reporting Ukraine's request for information = a formal request, no judgement or appeal for talks -> neutral; Kiev = Ukraine"))
U(d, "Answer: The Belarusian side has already provided the Ukrainian side with all the information", "no grounds to return to it.",
  ("Belarus", N, neg, "", "refuses to reopen the matter, no judgement stated -> neutral, negative"))
U(d, "On November 21, the Ministry of Foreign Affairs of Ukraine informed the Embassy of the Republic of Belarus in Kiev", "a day earlier.",
  ("Ukraine", C, neg, "Belarus", "expulsion of a Belarusian diplomat = taken measure, reported by the Belarusian release"))
U(d, "\"We see nothing that could justify this decision.", "A.Shupliak said.",
  ("Belarus", C, neg, "Ukraine", "quote over two sentences closed by its speaker: Ukraine's step 'rests on nothing but the wish to answer in kind', 'a pity' = judgement; Kiev = Ukraine"))
U(d, "According to the Deputy Head of the Information Department, the Belarusian side does not intend", "issues of bilateral relations.",
  ("Belarus", T, pos, "Ukraine", "no further steps + open to dialogue = offer of talks"))
U(d, "On November 20, 2017, the Ministry of Foreign Affairs of the Republic of Belarus declared Counsellor", "incompatible with his diplomatic status.",
  ("Belarus", C, neg, "Ukraine", "expulsion of a Ukrainian diplomat = taken measure (guide)"))
U(d, "The decision was taken on the basis of materials of the State Security Committee", "in his intelligence work.",
  ("Belarus", C, neg, "Ukraine", "KGB findings: the diplomat 'acted as the handler' of a spy = accusation against Ukraine's embassy; Minsk = place"))
U(d, "The Ambassador of Ukraine to the Republic of Belarus was invited to the Ministry", "handed to him.",
  ("Belarus", C, neu, "Ukraine", "summoning the ambassador and handing a note = diplomatic measure of protest (unsure: could be neutral procedure); plain wording -> neutral tone"))
U(d, "The Belarusian side expects the Ukrainian side to take the necessary measures", "in the future.",
  ("Belarus", T, neg, "Ukraine", "demand to one side to stop such activities, no judgement word in the sentence -> calling_for_talks, negative (labels/README)"))
U(d, "The Ministry stresses that this step is not directed against the Ukrainian people", "good-neighbourly relations with Ukraine.",
  ("Belarus", N, pos, "", "reassurance about its own course -> neutral, positive (unsure: could be supporting Ukraine)"))
