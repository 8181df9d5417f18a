# ---------------------------------------------------------------- 4. South Africa: recall of the ambassador to Israel after the Gaza killings (DIRCO media statements, HTML)
d = "page_southafrica_israelenvoy_recall2018_mfa.html"
ZA, IL, USA = "South Africa", "Israel", "United States"
# menus, breadcrumb, page title, intro line, release titles and dates, 'Issued by' lines, caption: no rows
# --- release 1, 14 May
U(d, "The Government of the Republic of South Africa has learnt with shock and outrage", "responsible for this loss of life.",
  (ZA, C, neg, IL, "outrage + 'holds the Government of Israel responsible' = condemning"))
U(d, "Those killed had joined demonstrations against the relocation of the United States Embassy to Jerusalem,", "on the status of the city.",
  (ZA, C, neg, USA, "'a move that South Africa has opposed ... as contrary to the resolutions' = judgement of the US embassy move (guide: 'opposes X's act'); the demonstrators are the subject of the first clause, no row"))
U(d, "In view of the scale of the killing, President Cyril Ramaphosa has decided", "until the Government decides otherwise.",
  (ZA, C, neg, IL, "recall of the ambassador in protest = a diplomatic measure (guide: recalled its envoy); Pretoria = place"))
U(d, "South Africa calls on Israel to stop using live ammunition", "for more than a decade.",
  (ZA, T, neg, IL, "demand addressed to one side to stop, no judgement word in the sentence = calling_for_talks, negative (labels/README)"))
U(d, "South Africa further supports the call for an independent international investigation", "in the days ahead.",
  (ZA, T, neu, "", "backing a call for an investigation + appeal to all parties for restraint = calling_for_talks (the 'call' it supports has no named author); target empty"))
U(d, "South Africa remains committed to a negotiated settlement", "East Jerusalem as its capital.",
  (ZA, T, pos, "", "negotiated two-state settlement = calling_for_talks"))
# --- release 2, 15 May
U(d, "The Minister of International Relations and Cooperation, Ms Lindiwe Sisulu, today told journalists", "while unarmed people were being shot.",
  (ZA, C, neg, IL, "foreign minister = South Africa; the recall as a message against the shooting of unarmed people = judgement; Cape Town = place"))
U(d, "\"Fifty-five people have died and thousands are wounded.", "the Minister said.",
  (ZA, C, neg, IL, "quote of three sentences closed by the speaker; 'No Government can call that security' = judgement of Israel's claim"))
U(d, "The Minister said she had raised the matter by telephone with the United States Secretary of State,", "could no longer be changed.",
  (ZA, T, neu, USA, "asking Washington to delay the embassy move = a diplomatic request, no judgement in the sentence"),
  (USA, N, neu, "", "Pompeo's answer reported by Sisulu (a position of X reported by Y): the plans could not be changed = procedural refusal, neutral"))
U(d, "The Israeli Government has said that Hamas, which controls Gaza, was responsible for the violence", "defending the border fence.",
  (IL, C, neg, "Hamas", "Israel's position reported on the South African page: Hamas held responsible = condemning Hamas"))
U(d, "Minister Sisulu rejected that explanation,", "the people it has fired upon.",
  (ZA, C, neg, IL, "rejection carried by a judgement ('cannot hand the blame to the people it has fired upon') = condemning, not a mere denial"))
U(d, "She said she intended to meet representatives of South Africa's Jewish community,", "the search for peace.",
  (ZA, T, pos, "", "planned meeting and a shared search for peace = dialogue; the Jewish community is an addressee, not an actor"))
U(d, "The Minister said the question of the future status of the Embassy in Tel Aviv,", "announced by the President.",
  (ZA, N, neu, "", "procedure: under consideration, the President will announce; the ANC's conference resolution is mentioned as an object, not a statement made here (no ANC row, unsure)"))
# --- release 3, 17 May
# "The Deputy Minister ... Mr Luwellyn Landers, today received the Ambassador of the State of Palestine ..." -> a courtesy meeting listed in narrative, no row (labels/README)
U(d, "Ambassador Dajani conveyed the gratitude of President Mahmoud Abbas and of the Palestinian people", "would not forget.",
  ("Palestine", S, pos, ZA, "Palestinian ambassador conveying Abbas's thanks = Palestine; gratitude for the recall = supporting South Africa"))
U(d, "Deputy Minister Landers assured the Ambassador of South Africa's continued solidarity", "a State of their own.",
  (ZA, S, pos, "Palestine", "solidarity and support for self-determination = supporting"))
# --- release 4, 19 May
U(d, "South Africa welcomes the adoption by the United Nations Human Rights Council,", "the protests in Gaza.",
  (ZA, S, pos, "United Nations", "welcome of a step of the Human Rights Council (= United Nations in the name files) = supporting; the Council's adoption is the object, no UN row"))
U(d, "South Africa regrets that a small number of States voted against the resolution,", "were blocked.",
  (ZA, C, neg, "", "'regrets' aimed at the States that voted against and at the blocking in the Security Council (labels/README: 'regrettable' = judgement); several unnamed actors -> target empty"))
U(d, "The Department has noted that other Governments have also taken diplomatic steps in response to the killings:", "the Israeli Ambassador in Dublin.",
  ("Turkey", C, neg, IL, "states acting as a list, one row each: recall of ambassadors from Tel Aviv and Washington = diplomatic measure against Israel (the recall from Washington is also aimed at the US; target kept as Israel, the main target, unsure)"),
  ("Ireland", C, neg, IL, "summoning the Israeli ambassador in Dublin = diplomatic measure"))
U(d, "South Africa will continue to work with the members of the African Group and the Non-Aligned Movement", "a just and lasting peace.",
  (ZA, T, neu, "", "accountability and a just peace through multilateral work = calling_for_talks; the African Group and NAM are partners named, not speakers"))
# "Enquiries: Mr Ndivhuwo Mabaya ..." -> contact line, furniture; comments box, sidebar, footer: no rows
