# ------------------------------------------------------------------ ICJ provisional measures, South Africa v. Israel: Security Council meeting of 31 January 2024 (UN meetings coverage, .txt)
d = "page_icj_order_unsc_meetings.txt"
# No rows: skip link, UN banner, languages, menu, body name, meeting number, document symbol, date, headline, subheadline,
# "Briefing"/"Statements" crossheads, meeting times, "* *** *", "For information media. Not an official record.", related documents, share, footer.
# No row: "Members of the Security Council today offered sharply different readings ..." (summary of the meeting; the Court's order
# is recalled as background, Algeria's request is narration).
# No row: "Several members said the order ... could only be carried out if the fighting stopped. Others pointed out ..." (summary lines
# before the specific statements; unnamed "several members").
# No row: "The Council also heard from the United Nations emergency relief chief, who warned ..." (summary of Griffiths's briefing, given below).
U(d, "MARTIN GRIFFITHS, Under-Secretary-General for Humanitarian Affairs", "drawing nearer in the north.",
  ("United Nations", N, neg, "", "the relief chief (OCHA) = United Nations; figures and a warning, no appeal = neutral, negative"))
U(d, "Donors' decisions to pause funding to UNRWA", "urging them to reconsider.",
  ("United Nations", T, neg, "", "appeal to donors to restore funding = asking for humanitarian help (calling_for_talks); the allegations are reported, not his"))
U(d, "\"The allegations are appalling, and they are being investigated.", "he said.",
  ("United Nations", C, neg, "", "multi-sentence quote closed by the speaker; 'appalling' judges the alleged acts of unnamed staff (rule 1 over the appeal) -> target empty (unsure)"))
U(d, "He called for a humanitarian ceasefire, the release of all hostages", "international humanitarian law requires.",
  ("United Nations", T, neg, "", "appeal for a ceasefire, release and protection of civilians, all parties"))
U(d, "AMAR BENDJAMA (Algeria) said the Court's order had shown that no State stood above the law", "including the occupying Power.",
  ("Algeria", C, neg, "Israel", "'the occupying Power' = Israel by context; judgement without stock words"))
U(d, "\"Israel must comply at once with every measure the Court has ordered", "immediate ceasefire.",
  ("Algeria", T, neg, "Israel", "quote opened at the paragraph start, closed by the speaker + 'adding'; demand to one side with no judgement word = calling_for_talks"))
U(d, "Any delegation that doubted the Court's authority, he said", "stand today.",
  ("Algeria", C, neg, "", "reproach of unnamed delegations = judgement, target empty (unsure)"))
U(d, "LINDA THOMAS-GREENFIELD (United States) said the Court had neither found", "pursuing since October.",
  ("United States", N, neu, "", "own reading of the order + defence of own approach = neutral (no judgement of anyone)"))
U(d, "Israel must do everything possible to reduce harm to civilians", "she said.",
  ("United States", T, neu, "", "appeals to two sides (Israel, Hamas) -> target empty"))
U(d, "She said Washington took the allegations against UNRWA staff extremely seriously", "investigated.",
  ("United States", C, neg, "UNRWA", "funding suspension = a measure against the agency (like a sanction) (unsure: could be neutral procedure)"))
U(d, "ZHANG JUN (China) said the Court's order sent a strong signal", "international law in Gaza.",
  ("China", C, neg, "Israel", "'Israel's continued violations' = judgement"))
U(d, "He regretted that one permanent member had repeatedly prevented", "further delay.",
  ("China", C, neg, "", "'regretted' aimed at an unnamed permanent member (the US is not named) -> target empty"))
U(d, "VASSILY NEBENZIA (Russian Federation) said the order confirmed what his delegation", "collective punishment.",
  ("Russia", C, neg, "", "'collective punishment' = judgement; Israel not named in the sentence -> target empty"))
U(d, "He criticized the United States and its allies for cutting off money to UNRWA", "needed it most.",
  ("Russia", C, neg, "", "criticism of the US and its allies (several) -> target empty"))
U(d, "BARBARA WOODWARD (United Kingdom) said her country welcomed the Court's call", "more aid into Gaza.",
  ("United Kingdom", S, pos, "International Court of Justice", "welcome of the Court's order (release of hostages, aid) = approval of an actor's act"))
U(d, "The United Kingdom wanted an immediate pause in the fighting", "she said.",
  ("United Kingdom", T, neu, "", "appeal for a pause and a ceasefire"))
U(d, "NICOLAS DE RIVIÈRE (France), speaking in his national capacity, said France had full confidence", "implement its order in full.",
  ("France", T, neu, "Israel", "Council president speaking for France ('national capacity'); confidence in the Court + appeal to Israel: rule 2 before rule 3"))
U(d, "CAROLYN RODRIGUES-BIRKETT (Guyana) said her delegation remained deeply troubled", "suffering in Gaza.",
  ("Guyana", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "She called on all parties to abide by the Court's order", "crossings for aid.",
  ("Guyana", T, neu, "", "appeal to all parties, and to Israel in particular -> target empty (several addressees)"))
U(d, "The representative of Japan said his country took the order seriously", "in good faith.",
  ("Japan", T, neu, "", "speaker by role only; expectation of implementation = appeal"))
U(d, "VANESSA FRAZIER (Malta), SAMUEL ŽBOGAR (Slovenia) and PASCALE BAERISWYL (Switzerland)", "implemented in full.",
  ("Malta", T, neu, "", "three speakers in one sentence = one row per state; binding + implement = appeal"),
  ("Slovenia", T, neu, "", "same list"),
  ("Switzerland", T, neu, "", "same list"))
U(d, "JOSÉ JAVIER DE LA GASCA (Ecuador) condemned the terrorist attacks", "release of all hostages.",
  ("Ecuador", C, neg, "Hamas", "condemnation + release demand (rule 1)"))
U(d, "JOONKOOK HWANG (Republic of Korea) said he hoped", "end to the hostilities.",
  ("South Korea", T, pos, "", "Republic of Korea = South Korea (name files); hope for de-escalation = calling_for_talks"))
U(d, "MATHU JOYINI (South Africa) said the order was a landmark", "Palestinian people.",
  ("South Africa", S, pos, "International Court of Justice", "praise of the Court's order = supporting"))
U(d, "In the days since the order, Israel had carried on with the very conduct", "supplying it with weapons.",
  ("South Africa", C, neg, "Israel", "reported speech with the attribution mid-sentence; accusation + appeal to stop arms (rule 1)"))
U(d, "GILAD ERDAN (Israel) said Algeria had called the meeting in a cynical attempt", "defending its citizens.",
  ("Israel", C, neg, "Algeria", "'cynical attempt' aimed at Algeria; South Africa's demand is only recalled"))
U(d, "He said UNRWA had been infiltrated by Hamas", "once the war was over.",
  ("Israel", C, neg, "UNRWA", "accusation against the agency + its exclusion"))
U(d, "Israel would continue to act in accordance with international law", "he added.",
  ("Israel", N, pos, "", "reassurance about own conduct = neutral, positive; attribution tail"))
U(d, "RIYAD MANSOUR (State of Palestine) said Israel had killed hundreds more Palestinians", "contempt for the Court.",
  ("Palestine", C, neg, "Israel", "accusation by describing killings + 'contempt'"))
U(d, "He urged the Council to adopt a resolution demanding an immediate ceasefire", "the Court's measures.",
  ("Palestine", T, neg, "", "appeal to the Council for a ceasefire resolution"))
# No rows (narration and background): "The meeting, chaired by France ..." (procedure); "In the order, adopted by 15 votes to 2 ..., Israel is
# required to ..." (content of the Court's order described in the passive, background of the meeting, not a new act of the Court);
# "More than 26,000 Palestinians had been reported killed ..." (figures with no named source); "The representatives of Sierra Leone
# and Mozambique also took the floor ..." (no position reported); meeting times.
