# ------------------------------------------------------------------ Saudi Arabia, UAE and Bahrain recall ambassadors from Qatar (Gulf state media, full HTML, 2014-03-06)
d = "page_gcc_envoys_recall2014_gulfstatemedia.html"
# Not statements: top bar with Hijri date, masthead, nav, breadcrumb, headline, standfirst, byline/time/views, figcaptions,
# ADVERTISEMENT, crossheads, Related:, tags, share bar, comments box, most read, footer.
# The joint statement is one position of three states acting as a list: one row per listed state.
for actor in ("Bahrain", "Saudi Arabia", "United Arab Emirates"):
    U(d, "The Kingdom of Bahrain, the Kingdom of Saudi Arabia and the United Arab Emirates announced", "internal affairs of GCC member states.",
      (actor, C, neg, "Qatar", "dateline 'Manama, March 6 (BSN):' excluded; recall of ambassadors (expulsion-type measure) + charge of broken commitments; list of three states, one row each"))
# "The decision followed a meeting of the Gulf Cooperation Council's foreign ministers ..." = narration, no row.
for actor in ("Bahrain", "Saudi Arabia", "United Arab Emirates"):
    U(d, "\"Our countries can no longer accept", "said in their joint statement.",
      (actor, C, neg, "Qatar", "joint statement: judgement (commitments left on paper, shelter and funding for hostile media and groups); one row per signatory"))
# "The agreement was reached at a tripartite summit in Riyadh ..." = background narration, no row.
U(d, "Foreign Minister Shaikh Khalid bin Ahmed bin Mohammed Al Khalifa said the decision had not been taken lightly", "what it had signed.",
  ("Bahrain", T, neg, "Qatar", "conditional offer to restore ties = calling_for_talks (conditional offers, labels README); unsure: 'deeds rather than assurances' implies a charge and could make it condemning"))
U(d, "In a post on Twitter, the minister wrote", "go on as usual.",
  ("Bahrain", C, neg, "Qatar", "charge that Qatar hosts plotters against Bahrain (target by context)"))
U(d, "Speaker of the Council of Representatives Khalifa bin Ahmed Al Dhahrani said", "protect the nation.",
  ("Bahrain", N, pos, "", "parliament backs its own government: a state cannot support itself -> self-praise, neutral positive"))
U(d, "Saudi Foreign Minister HRH Prince Saud Al Faisal told reporters", "present course.",
  ("Saudi Arabia", C, neg, "Qatar", "threat of further steps = condemning"))
U(d, "The UAE Minister of State for Foreign Affairs, Dr Anwar Gargash, said", "cohesion at risk.",
  ("United Arab Emirates", C, neg, "Qatar", "judgement: Qatar's policies endangered the Council"))
U(d, "He expressed the hope that brotherly contacts under Kuwait's auspices", "had accepted.",
  ("United Arab Emirates", T, pos, "Qatar", "hope for mediation = calling_for_talks; addressed to Doha"))
U(d, "Qatar's cabinet, meeting in Doha on Wednesday, said it had received the decision with dismay", "outside the GCC.",
  ("Qatar", N, neg, "", "dismay (emotion, like alarm) + rebuttal of the stated reason = denial, neutral negative; unsure: dismay at another's act could be read as a judgement"))
U(d, "The cabinet said Qatar would not respond in kind", "Abu Dhabi and Manama.",
  ("Qatar", N, neu, "", "own measure declined; no judgement, no appeal"))
U(d, "Qatar's Foreign Minister Khalid bin Mohammed Al Attiyah told reporters", "change course.",
  ("Qatar", N, neg, "", "refusal to change policy with no judgement of the others = neutral"))
U(d, "Kuwait, which did not join the move, said through its Foreign Minister", "within the Council.",
  ("Kuwait", T, pos, "", "mediation offer = calling_for_talks"))
U(d, "Oman's Minister Responsible for Foreign Affairs Yousuf bin Alawi bin Abdullah said", "would prevail.",
  ("Oman", T, pos, "", "neutrality + hope that wisdom prevails = calling_for_talks"))
U(d, "GCC Secretary-General Dr Abdullatif bin Rashid Al Zayani said", "as scheduled.",
  ("Gulf Cooperation Council", N, neu, "", "procedure: monitoring, meetings continue"))
U(d, "In Cairo, the Egyptian Foreign Ministry voiced its full backing", "three Gulf states.",
  ("Egypt", S, pos, "", "backing of the three states' measure; several actors -> target empty"))
U(d, "Ministry spokesman Badr Abdelatty said Egypt had long complained", "choices.",
  ("Egypt", C, neg, "Qatar", "accusation: support for the Brotherhood and a hostile media campaign"))
U(d, "Arab League Secretary-General Dr Nabil Elaraby expressed the hope", "later this month.",
  ("Arab League", T, pos, "", "hope that differences are overcome = calling_for_talks"))
U(d, "In Washington, State Department spokeswoman Jen Psaki said", "through dialogue.",
  ("United States", T, neu, "", "appeal for dialogue to all partners"))
U(d, "Dr Mariam Al Harthi, a researcher at the Manama-based Gulf Centre for Policy Studies", "run out of patience.\"",
  ("Mariam Al Harthi", C, neg, "Qatar", "invented analyst; quote opened after a colon; judgement that Doha ignored what it signed"))
U(d, "She said the recall stopped well short of a rupture", "were untouched.",
  ("Mariam Al Harthi", N, neu, "", "assessment of scope, facts"))
U(d, "Professor Nasser Al Ajmi of the Kuwait Institute of Regional Affairs said", "before the Arab summit.",
  ("Nasser Al Ajmi", T, neu, "", "invented scholar; appeal to all four capitals"))
U(d, "\"A long quarrel serves nobody", "he said.",
  ("Nasser Al Ajmi", N, neg, "", "risk line, no judgement, no appeal"))
