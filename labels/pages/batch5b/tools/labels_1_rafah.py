# ------------------------------------------------------------------ Rafah offensive and the ICJ order (Reuters-style wire, 2024-05-24)
d = "page_rafah_icj_wire.txt"
ICJ = "International Court of Justice"
U(d, "The World Court on Friday ordered Israel to immediately halt", "campaign against Hamas in the area.",
  (ICJ, T, neg, "Israel", "binding order to halt an offensive = demand to stop addressed to one side, no judgement word (labels/README); dateline excluded"),
  ("Israel", C, neg, "Hamas", "long lead sentence, second actor: announcing that the campaign against Hamas goes on = announced operation against another side (unsure: could be neutral)"))
U(d, "Reading the order in The Hague, court president Nawaf Salam said", "told to leave safe.",
  (ICJ, C, neg, "Israel", "the court's finding that Israel failed to show how civilians would be kept safe = negative judgement on its conduct (unsure: could be neutral description); The Hague = place"))
U(d, "By 13 votes to two, the judges also told Israel", "within one month.",
  (ICJ, T, neu, "Israel", "humanitarian access, investigators, reporting = appeals without judgement; list with Oxford comma"))
U(d, "In a joint statement issued after emergency consultations", "defend its citizens.",
  ("Israel", C, neg, "South Africa", "two speakers of one state = one row; 'baseless and obscene' aimed at the accusation; Pretoria = metonym"))
U(d, "\"Israel has not carried out, and will not carry out", "under Israeli control.",
  ("Israel", N, neg, "", "denial of the accusation (neutral, negative tone); quote closed by 'the statement said'"))
U(d, "Prime Minister Benjamin Netanyahu convened senior ministers", "his office said.",
  ("Israel", N, neu, "", "procedure: a meeting convened, no position"))
U(d, "Finance Minister Bezalel Smotrich said Israel would not bow", "still held in Gaza.",
  ("Israel", C, neg, ICJ, "'would not bow to a court that wanted ...' = judgement without stock words (refusal in protest)"))
U(d, "Benny Gantz, a member of the war cabinet, said", "bring the hostages home.",
  ("Israel", N, pos, "", "reassurance about one's own conduct = neutral (labels/README), positive tone"))
U(d, "Gunmen led by Hamas killed about 1,200 people", "according to the health ministry in Gaza.",
  ("Israel", N, neu, "", "figures given by an actor ('according to Israeli figures')"),
  ("Hamas", N, neu, "", "the health ministry in Gaza (Hamas-run, name files) giving a toll = neutral"))
U(d, "Basem Naim, a senior Hamas official, said the group welcomed", "reopen the Rafah crossing.",
  ("Hamas", S, pos, ICJ, "welcome with no appeal in the sentence (the order's demand is the court's, not Hamas's appeal)"))
U(d, "He said Hamas would cooperate with any investigators", "carry out the court's order.",
  ("Hamas", T, neu, "", "'He' = Naim; cooperation + appeal to the Security Council to enforce = appeal without judgement; several addressees -> target empty"))
U(d, "In Ramallah, presidential spokesman Nabil Abu Rudeineh said", "victory for international law.",
  ("Palestine", S, pos, ICJ, "approval of the order with no appeal (the presidency = Palestine); Ramallah = place"))
U(d, "Abu Rudeineh added that Washington would share the blame", "sending weapons to Israel.",
  ("Palestine", C, neg, "United States", "surname only; holding Washington responsible (capital as metonym and target)"))
U(d, "Naledi Pandor, South Africa's international relations minister, praised", "in the case so far.",
  ("South Africa", S, pos, ICJ, "praise of the judges"))
U(d, "President Cyril Ramaphosa's office said separately", "getting into Gaza.",
  ("South Africa", N, neg, "", "concern without an appeal = neutral, negative; Pretoria = metonym"))
U(d, "In Washington, a State Department spokesperson said the United States had repeatedly urged", "protect civilians there.",
  ("United States", T, neg, "Israel", "unnamed spokesperson of a named government; appeal addressed to one side, no judgement word"))
U(d, "The spokesperson said the administration was still studying the ruling", "whether it bound Israel.",
  ("United States", N, neu, "", "declining to comment = neutral"))
U(d, "Egypt's foreign ministry said the blame for the collapse", "the court had ordered.",
  ("Egypt", C, neg, "Israel", "blame + appeal to implement: rule 1"))
U(d, "Cairo agreed earlier on Friday to send U.N. aid trucks", "a call with U.S. President Joe Biden.",
  ("Egypt", S, pos, "", "backing by act: aid sent through another crossing; Cairo = metonym; Biden's call is narrative (no US position stated)"))
U(d, "Jordanian Foreign Minister Ayman Safadi said on X", "brushed aside earlier ones.",
  ("Jordan", C, neg, "Israel", "accusation of ignoring earlier rulings + demand to the Council: rule 1"))
U(d, "The ruling came two days after Spain, Ireland, and Norway said", "from the three capitals.",
  ("Spain", S, pos, "Palestine", "recognition = backing by act (list with Oxford comma)"),
  ("Ireland", S, pos, "Palestine", "recognition = backing by act"),
  ("Norway", S, pos, "Palestine", "recognition = backing by act"),
  ("Israel", C, neg, "", "recalling ambassadors in answer to the recognition = measure in protest; three states -> target empty"))
U(d, "On Friday Foreign Minister Israel Katz went further", "one of its deputy prime ministers.",
  ("Israel", C, neg, "Spain", "measure against Spain's consulate with the grievance stated; Jerusalem = place, Madrid = metonym"))
U(d, "Spanish Foreign Minister Jose Manuel Albares said Madrid would not be intimidated", "predated the State of Israel.",
  ("Spain", C, neg, "Israel", "'would not be intimidated' = judgement without stock words (casts Israel's measure as intimidation); unsure"))
U(d, "More than 800,000 people have fled Rafah", "according to the U.N.",
  ("United Nations", N, neu, "", "figure given by an actor; the displaced mother and the legal experts that follow are not actors"))
