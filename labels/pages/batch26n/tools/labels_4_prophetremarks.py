# ------------------------------------------------------------------ Prophet remarks row: 'world reacts' roundup (2022-06-07)
d = "page_india_prophet_remarks_envoys2022_worldreacts.txt"
# Not statements: menu, section, headline and standfirst (they carry positions), byline/time, photo captions, region crossheads, ADVERTISEMENT, Read more, tags, newsletter, most read, copyright.
# "Governments from Amman to Kuala Lumpur have lodged protests over remarks ..." = summary lede, no row (each government has its own bullet).
U(d, "The BJP suspended Sharma and expelled Jindal on Sunday", "were not the party's.",
  ("Bharatiya Janata Party", C, neg, "", "disciplinary measures against its own officials + condemnation of any insult; aimed at no canonical actor -> target empty"))
# "By Tuesday, at least fifteen governments and three regional bodies had responded." = summary, no row.
U(d, "• Qatar: the first to act.", "publicly and without delay.",
  ("Qatar", C, neg, "India", "bullet: summons + protest note + demand for a public apology"))
U(d, "• Minister of State for Foreign Affairs Soltan bin Saad Al-Muraikhi said", "in India and beyond.",
  ("Qatar", C, neg, "India", "office holder given without his state in the bullet; Qatar by the preceding bullet; judgement: impunity feeds hatred"))
U(d, "• Kuwait: ambassador Sibi George summoned, protest note delivered.", "summoned, protest note delivered.",
  ("Kuwait", C, neg, "India", "verbless bullet: summons + protest note = condemning"))
U(d, "The ministry said it welcomed the suspension of the official", "from those responsible.",
  ("Kuwait", C, neg, "India", "welcome joined to a judgement/demand for apology: rule 1 decides"))
U(d, "• Saudi Arabia: a foreign ministry statement described the remarks", "with approval.",
  ("Saudi Arabia", C, neg, "", "judgement ('affront') + approval of the BJP's steps: rule 1; remarks by individuals, target empty"))
U(d, "• Bahrain: welcome for the party's decision to suspend the spokesperson", "foreign ministry in Manama.",
  ("Bahrain", S, pos, "Bharatiya Janata Party", "verbless bullet: welcome of the BJP's step"))
U(d, "• United Arab Emirates: the foreign ministry said the UAE rejected any speech or act", "offends believers.",
  ("United Arab Emirates", C, neg, "", "'rejected any speech that targets religious symbols' aimed at the remarks = judgement; target empty"))
U(d, "• Gulf Cooperation Council: Secretary-General Nayef Falah Al-Hajraf called the remarks a provocation", "speak out against them.",
  ("Gulf Cooperation Council", C, neg, "India", "judgement + expectation addressed to Indian leaders"))
U(d, "• Iran: India's ambassador summoned to the foreign ministry in Tehran", "respected the Prophet.",
  ("Iran", C, neg, "India", "summons of the envoy = protest measure"),
  ("India", N, neu, "", "the envoy's regret as reported by Iran's ministry = India's position, conciliatory, no judgement (unsure: could be supporting)"))
U(d, "• Foreign Minister Hossein Amir-Abdollahian, due in New Delhi this week,", "an Iranian official said.",
  ("Iran", N, neu, "", "unnamed official of a named government; the visit goes ahead = plan, neutral"))
U(d, "• Jordan: ministry spokesman Haitham Abu Alfoul said Amman considered", "violence and hatred.",
  ("Jordan", C, neg, "", "judgement ('incitement'); target empty"))
U(d, "• Iraq and Libya: statements of condemnation from both foreign ministries on Monday.", "on Monday.",
  ("Iraq", C, neg, "", "pair of states in one verbless bullet: one row each"),
  ("Libya", C, neg, "", "pair of states in one verbless bullet: one row each"))
U(d, "• Egypt's Al-Azhar: the remarks were", "the institution said.",
  ("Al-Azhar", C, neg, "", "judgement; attribution tail ('the institution said'); Al-Azhar is canonical in its own right"))
U(d, "• Organisation of Islamic Cooperation: the General Secretariat condemned the remarks", "Muslims in India.",
  ("Organisation of Islamic Cooperation", C, neg, "India", "condemnation and accusation of a pattern in India"))
U(d, "• Pakistan: Prime Minister Shehbaz Sharif wrote on Twitter", "rights of its Muslims.",
  ("Pakistan", C, neg, "India", "judgement of India's leadership"))
U(d, "• The Foreign Office in Islamabad summoned India's chargé d'affaires", "a spokesperson said.",
  ("Pakistan", C, neg, "India", "summons + demarche = protest measure"))
U(d, "• Afghanistan: the Taliban administration's chief spokesman, Zabihullah Mujahid,", "provoke Muslim feeling.",
  ("Taliban", C, neg, "India", "appeal joined to a judgement ('zealots'): rule 1"))
U(d, "• Indonesia: the foreign ministry said it had conveyed its strong objection", "unacceptable remarks.",
  ("Indonesia", C, neg, "", "'unacceptable' aimed at the remarks; protest conveyed to India's envoy (target empty: the remarks' authors)"))
U(d, "• Malaysia: India's high commissioner summoned;", "Wisma Putra said.",
  ("Malaysia", C, neg, "India", "summons = protest; the appeal to work together follows the protest; Wisma Putra = Malaysian foreign ministry by context"))
U(d, "• Maldives: the government said it was deeply troubled by the remarks", "distance itself from them.",
  ("Maldives", S, pos, "Bharatiya Janata Party", "concern without appeal or judgement + welcome = supporting (rule 3) (unsure: 'deeply troubled' is only concern)"))
U(d, "• India's embassy in Doha said the posts were the work of individuals", "the government's view.",
  ("India", N, neg, "", "denial that the remarks were the government's = neutral, negative tone"))
U(d, "• Foreign ministry spokesperson Arindam Bagchi rejected the OIC secretariat's statement", "vested interests.",
  ("India", C, neg, "Organisation of Islamic Cooperation", "judgement of the OIC ('ill-informed', 'vested interests')"))
U(d, "• Bagchi said New Delhi would not accept lectures", "far worse.",
  ("India", C, neg, "Organisation of Islamic Cooperation", "surname-only speaker; judgement of the body's members"))
U(d, "\"This is the most serious diplomatic embarrassment India has faced", "Gulf-Asia Policy Centre in Dubai.",
  ("Leila Mansoori", C, neg, "Bharatiya Janata Party", "invented analyst; judgement aimed at the ruling party ('came from inside')"))
U(d, "Mansoori said Gulf capitals had moved quickly because their own publics were watching", "trade with India.",
  ("Leila Mansoori", N, neu, "", "analysis, no position"))
U(d, "She urged New Delhi to use Foreign Minister Amir-Abdollahian's visit", "close the matter quietly.",
  ("Leila Mansoori", T, neu, "India", "appeal for quiet diplomacy"))
U(d, "Anand Venkatraman, who teaches international relations at a university in New Delhi,", "the storm would pass.",
  ("Anand Venkatraman", C, neg, "India", "invented scholar; judgement that the government did the minimum"))
U(d, "\"Suspending two spokespeople is damage control, not a change of course,\" Venkatraman said.", "Venkatraman said.",
  ("Anand Venkatraman", C, neg, "Bharatiya Janata Party", "judgement of the party's measure"))
