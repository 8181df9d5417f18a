# ------------------------------------------------------------------ Ankara railway-station bombings of 10 October 2015 (Turkish Presidency press release, full HTML, 2015-10-11)
d = "page_ankara_stationbombing2015_presidency.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, date, figcaption with credit, crossheads,
# ADVERTISEMENT, share bar, tags, related news, footer (CİMER link, copyright).
U(d, "President Recep Tayyip Erdoğan condemned the twin suicide bombings", "brought before the courts.",
  ("Turkey", C, neg, "", "condemnation + pursuit of the perpetrators; no perpetrator named -> target empty"))
U(d, "According to figures released by the Prime Ministry", "shortly after 10 a.m.",
  ("Turkey", N, neu, "", "casualty figures given by the Prime Ministry"))
U(d, "In his written statement issued on Saturday, President Erdoğan described the bombings", "general election of 1 November.",
  ("Turkey", C, neg, "", "judgement of the attack without stock words"))
U(d, "\"Whoever planned this atrocity wanted our citizens", "the President said.",
  ("Turkey", C, neg, "", "multi-sentence quote closed by 'the President said' (title only); threat of pursuit"))
U(d, "President Erdoğan extended his condolences to the families", "swift recovery.",
  ("Turkey", N, neg, "", "condolences to its own citizens' families: no actor addressed"))
U(d, "Prime Minister Ahmet Davutoğlu, after chairing a security meeting", "across the country.",
  ("Turkey", N, neg, "", "national mourning declared = own measure, no evaluation"))
# "In the course of Saturday and Sunday, President Erdoğan received telephone calls ..." = narration of calls, no row.
U(d, "United States President Barack Obama called President Erdoğan", "against terrorism.",
  ("United States", S, pos, "Turkey", "condolences + solidarity = supporting"))
U(d, "Russian President Vladimir Putin, in his telephone conversation", "to justice.",
  ("Russia", C, neg, "", "condemnation + offer of cooperation: rule 1; perpetrators unnamed"))
U(d, "President of France François Hollande and President of Azerbaijan Ilham Aliyev", "the Turkish nation.",
  ("France", S, pos, "Turkey", "pair of leaders: condolences + solidarity"),
  ("Azerbaijan", S, pos, "Turkey", "pair of leaders: condolences + solidarity"))
U(d, "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, said in his call", "at Turkey's disposal.",
  ("Qatar", S, pos, "Turkey", "solidarity + offer of means = supporting"))
U(d, "King Abdullah II of Jordan and President Hassan Rouhani of Iran", "to President Erdoğan.",
  ("Jordan", S, pos, "Turkey", "written condolences to another state's leader = supporting"),
  ("Iran", S, pos, "Turkey", "written condolences to another state's leader = supporting"))
U(d, "German Chancellor Angela Merkel addressed a message of condolence", "democracy itself.",
  ("Germany", C, neg, "", "'was quoted as saying': second-hand attribution; the attack judged an attack on democracy (rule 1 over the condolences)"))
U(d, "North Atlantic Treaty Organization Secretary General Jens Stoltenberg said", "united with Turkey.",
  ("NATO", C, neg, "", "judgement of the killing + solidarity: rule 1"))
U(d, "In a joint statement, the European Union's High Representative", "ahead of the election.",
  ("European Union", T, neg, "", "sorrow + appeal for unity and to avoid tension; no explicit judgement in the sentence"))
U(d, "United Nations Secretary-General Ban Ki-moon, in a statement issued through his spokesperson", "hold them to account.",
  ("United Nations", C, neg, "", "condemnation + trust in the Turkish investigation: rule 1"))
U(d, "Presidential Spokesperson İbrahim Kalın said on Sunday", "the separatist terrorist organisation.",
  ("Turkey", N, neu, "", "state of the investigation; lines of inquiry are procedure, not a charge"))
U(d, "Kalın rejected remarks by some politicians", "election campaigning.",
  ("Turkey", C, neg, "", "surname only; rebuke of unnamed politicians who blamed the state (target empty: not named)"))
U(d, "He said the Presidency would not enter into polemics", "burying their dead.",
  ("Turkey", N, neg, "", "'He' = Kalın; refusal to argue, no judgement"))
U(d, "Interior Minister Selami Altınok, asked by journalists on Saturday", "on the part of the police.",
  ("Turkey", N, neg, "", "denial of a security lapse = neutral, negative tone"))
# "Kalın visited the wounded at Ankara Numune ..." = what someone did (a visit), no position.
U(d, "Prof. Dr. Levent Oymak, a trauma surgeon at Hacettepe University", "more than sufficient.",
  ("Levent Oymak", N, neu, "", "invented independent voice (a professor); figures, no evaluation"))
U(d, "A retired teacher wounded in the second blast, Nesrin Aktaş, said", "would come again.",
  ("Nesrin Aktaş", T, pos, "", "invented witness; coming back to ask for peace = an appeal for peace"))
U(d, "The Presidency will continue to share information", "the investigation progresses.",
  ("Turkey", N, neu, "", "plan, no evaluation"))
U(d, "Council of Europe Secretary General Thorbjørn Jagland said he was deeply troubled", "before a national vote.",
  ("Council of Europe", N, neg, "", "concern with no appeal and no judgement of an actor = neutral, negative"))
