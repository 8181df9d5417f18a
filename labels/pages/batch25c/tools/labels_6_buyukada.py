# ------------------------------------------------------------------ The Büyükada arrests of rights defenders and Germany's new Turkey policy (NGO weekly roundup, 2017-07-21)
d = "page_turkey_buyukada_defenders2017_ngoroundup.txt"
# Not statements: masthead, menu, section label, title, date/compiler line, reading time, contents list, numbered crossheads,
# rules ("---"), previous roundups, subscribe prompt, tags, licence line.
# Section 1 (the court's order, the list of those jailed and released, the workshop) = narration of the case, no row:
# a court ruling reported as background is not a government's stated position (as prosecutors' charges in batch22a).
# "Turkish officials have rejected the criticism." = summary line before the specific statements, no row.
U(d, "A foreign ministry spokesman, Hüseyin Müftüoğlu, said on 20 July", "for defending human rights.",
  ("Turkey", N, neg, "", "spokesman named by role first; denial that the case is political = neutral, negative"))
U(d, "The spokesman added that Turkey would not accept statements", "pressure on its courts.",
  ("Turkey", C, neg, "", "'the spokesman' only; refusal of foreign 'pressure' in protest; several critics -> target empty"))
U(d, "EU Affairs Minister Ömer Çelik went a step further, writing on Twitter", "attacked Turkey.",
  ("Turkey", C, neg, "Germany", "Çelik = Turkey (name files); accusation that Berlin exploits the case and shelters Turkey's foes"))
U(d, "Speaking at the G20 summit in Hamburg on 8 July, President Recep Tayyip Erdoğan had already cast", "the failed putsch of July 2016.",
  ("Turkey", C, neg, "", "earlier accusation against the detainees (not actors) = judgement; target empty"))
# "The sharpest reaction came from Germany." = summary line, no row.
U(d, "Foreign ministry spokesman Martin Schäfer told the regular government press conference", "would not put up with it.",
  ("Germany", C, neg, "Turkey", "summons of the ambassador + rejection of the arrest = condemning"))
U(d, "Schäfer said there was nothing to the terrorism suspicion against Steudtner", "allowed to see him.",
  ("Germany", C, neg, "Turkey", "surname only; dismissal of the charge as groundless + demand (rule 1)"))
U(d, "Chancellor Angela Merkel was quoted by her spokesman as saying", "every contact it had.",
  ("Germany", C, neg, "Turkey", "second-hand attribution (quoted by her spokesman); the detention is unjustifiable = judgement without stock words"))
U(d, "On 20 July, Foreign Minister Sigmar Gabriel interrupted his holiday", "policy towards Turkey.",
  ("Germany", C, neg, "Turkey", "announced policy change against Turkey = measure"))
U(d, "Gabriel said Germany would tighten its travel advice for Turkey", "the pre-accession funds paid to Ankara.",
  ("Germany", C, neg, "Turkey", "measures: travel advice, guarantees, EU funds = sanctions-like steps"))
U(d, "\"Ankara has to understand that what it does to our citizens now has a price,\" he said", "returned to European standards.",
  ("Germany", C, neg, "Turkey", "threat + conditional opening; the threat decides (rule 1)"))
U(d, "Sweden's foreign ministry said it was working intensively for Gharavi's release", "an Iranian national.",
  ("Sweden", N, neg, "", "effort + facts of denied access, no appeal addressed and no judgement (unsure: could be calling_for_talks)"))
U(d, "Foreign Minister Margot Wallström said she hoped the Turkish authorities", "return to his family.",
  ("Sweden", T, pos, "Turkey", "hope for a quick resolution = calling_for_talks"))
U(d, "In a statement on 18 July, EU High Representative Federica Mogherini and Enlargement Commissioner Johannes Hahn said", "called on Ankara to release them.",
  ("European Union", C, neg, "Turkey", "two EU officials in one statement = one EU row; judgement on Turkey's rule of law + appeal (rule 1)"))
U(d, "The U.S. State Department said it was concerned by the decision", "spokeswoman Heather Nauert told reporters.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative; attribution tail"))
U(d, "Amnesty International, Human Rights Watch and Front Line Defenders said in a joint statement", "without conditions.",
  ("Amnesty International", C, neg, "Turkey", "joint statement by a list: one row per organisation; 'baseless' + demand (rule 1)"),
  ("Human Rights Watch", C, neg, "Turkey", "list member"),
  ("Front Line Defenders", C, neg, "Turkey", "list member"))
U(d, "Amnesty's Secretary General, Salil Shetty, said the four releases were welcome", "the human rights movement in Turkey.",
  ("Amnesty International", C, neg, "Turkey", "welcome joined to a judgement: the judgement decides (rule 1)"))
U(d, "The Dutch organisation Hivos, which funded the workshop, welcomed the release", "drop all charges.",
  ("Hivos", T, neu, "Turkey", "welcome joined to an appeal with no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "Hivos said it had sent a staff member to Istanbul", "the defendants' legal costs.",
  ("Hivos", S, pos, "", "backing by act (staff, legal costs) for the defendants, who are not actors -> target empty"))
U(d, "The Council of Europe's Commissioner for Human Rights, Nils Muižnieks, said", "to stop it.",
  ("Council of Europe", C, neg, "Turkey", "judgement (human rights work treated as a crime) + demand (rule 1)"))
U(d, "Clara Lindqvist, who follows Turkey for the Centre for European Rights Policy in Brussels, said", "as their own nationals.",
  ("Clara Lindqvist", N, neu, "", "invented analyst; framing of the case, no judgement"))
U(d, "\"Berlin acted because a German is in prison.", "Lindqvist said.",
  ("Clara Lindqvist", T, neu, "", "multi-sentence quote; appeal for the same effort for the Turkish defenders (unsure: could be read as criticism of Berlin)"))
U(d, "She said EU governments should raise the case at the next high-level dialogue", "leave it to Germany alone.",
  ("Clara Lindqvist", T, neu, "", "appeal for a diplomatic course"))
U(d, "Levent Sarıkaya, a lawyer representing two of the detainees, said", "their human rights work.",
  ("Levent Sarıkaya", N, neg, "", "invented defence lawyer; rebuttal of the charges on his clients' behalf = denial, neutral"))
U(d, "\"They were asked about workshops, reports and phone apps.", "Sarıkaya said.",
  ("Levent Sarıkaya", N, neg, "", "multi-sentence quote; denial that it is a terrorism case"))
# "The next review of the detention orders is expected within 30 days." = narration, no row.
