# ------------------------------------------------------------------ Houla massacre and the coordinated expulsions of Syrian diplomats (international wire copy, 2012-05-30)
d = "page_houla_expulsions_wire.txt"
# No rows: agency menu, section, headline, byline, published/updated, read time, photo captions and "1 of 4", ADVERTISEMENT,
# capitals crossheads, Related, reporting credits, Our Standards, topics, newsletter, MOST READ, quotes line, copyright.
U(d, "Turkey and Japan ordered Syrian diplomats out on Wednesday,", "President Bashar al-Assad.",
  ("Turkey", C, neg, "Syria", "dateline excluded; long lead with three actors: expulsion = condemning"),
  ("Japan", C, neg, "Syria", "same: expulsion"),
  ("Russia", C, neg, "", "judgement of the Western expulsions ('would only close channels'); aimed at several states -> target empty; Assad is the object"))
U(d, "Turkey's foreign ministry gave the Syrian charge d'affaires in Ankara and all other embassy staff 72 hours to leave,", "if the bloodshed went on.",
  ("Turkey", C, neg, "Syria", "expulsion + 'an atrocity that demanded a response' + threat of further steps; the next sentence (consulate stays open) is narration"))
U(d, "In Tokyo, a foreign ministry official told reporters that Ambassador Mohammad Ghassan al-Habash", "outrage at the killings.",
  ("Japan", C, neg, "Syria", "unnamed official of a named government = Japan; expulsion as a protest; Tokyo = place"))
U(d, "Russia's Deputy Foreign Minister Gennady Gatilov said it was too early", "military action in Syria.",
  ("Russia", T, neu, "", "refusal of foreign military action, aimed at no named actor = an appeal against escalation (guide); new Council steps 'too early'; Damascus as object (unsure: could be neutral)"))
U(d, "Foreign Minister Sergei Lavrov, after talks with Britain's William Hague in Moscow on Monday,", "blame for the deaths.",
  ("Russia", C, neg, "", "blame shared between the government and the rebels = judgement on two sides -> target empty; Hague is only the host's guest (object, no UK row)"))
# No row: "The expulsions announced on Tuesday were the most coordinated diplomatic move ..." (summary line / narration).
U(d, "The State Department gave charge d'affaires Zuheir Jabbour 72 hours to leave,", "Assad's government.",
  ("United States", C, neg, "Syria", "expulsion + blame put 'at the door of Assad's government' = Syria"))
U(d, "Britain ordered out three diplomats, among them the charge d'affaires, Ghassan Dalla,", "brought to justice.",
  ("United Kingdom", C, neg, "Syria", "expulsion + push for sanctions; London = metonym"))
U(d, "French President Francois Hollande, barely two weeks in office, said ambassador Lamia Shakkour", "a U.N. mandate.",
  ("France", C, neg, "Syria", "expulsion + military intervention not ruled out (conditional threat)"))
U(d, "His foreign minister, Laurent Fabius, told Le Monde that Assad had the blood of his people on his hands", "any right to lead Syria.",
  ("France", C, neg, "Syria", "role then name ('His foreign minister'); judgement of Assad = Syria's government; Le Monde is only the venue"))
U(d, "Germany gave ambassador Radwan Loutfi 72 hours to leave, and Foreign Minister Guido Westerwelle said Berlin hoped", "take the message to heart.",
  ("Germany", C, neg, "Syria", "expulsion; the hope that Damascus heeds 'the message' is part of the measure, not a peace appeal = condemning (hope inside a measure)"))
U(d, "Italy, Spain and Bulgaria also told Syrian envoys to leave, while Switzerland declared", "persona non grata.",
  ("Italy", C, neg, "Syria", "list of states acting: one row each, expulsion"),
  ("Spain", C, neg, "Syria", "same list"),
  ("Bulgaria", C, neg, "Syria", "same list"),
  ("Switzerland", C, neg, "Syria", "persona non grata declaration = expulsion"))
U(d, "Canada expelled all remaining Syrian diplomats, with Foreign Minister John Baird saying", "its own villages.",
  ("Canada", C, neg, "Syria", "expulsion + judgement of a government that 'turned its guns on its own villages'; Ottawa = metonym"))
U(d, "In Canberra, Foreign Minister Bob Carr expelled the charge d'affaires, Jawdat Ali,", "allowed to shrug off.",
  ("Australia", C, neg, "Syria", "expulsion + 'a crime that no government could be allowed to shrug off'; Canberra = place"))
U(d, "Syria's state news agency SANA, quoting an official source at the foreign ministry,", "Kofi Annan's peace plan.",
  ("Syria", C, neg, "", "state agency quoting an official = the official's state; accusation of several Western governments -> target empty; Annan is mentioned, not speaking"))
U(d, "Foreign ministry spokesman Jihad Makdissi had said on Sunday that the army had played no part", "in the killings.",
  ("Syria", N, neg, "", "bare denial = neutral, negative"))
U(d, "He blamed armed groups he said were out to sabotage the Annan plan,", "ready within days.",
  ("Syria", C, neg, "", "counter-accusation of unnamed 'armed groups' = condemning (target empty) + own inquiry; contrast with the bare denial before"))
U(d, "Iran's foreign ministry spokesman Ramin Mehmanparast on Sunday blamed the killings", "a peaceful solution.",
  ("Iran", C, neg, "", "an ally repeats Damascus's blame of 'terrorist groups' = condemning, no canonical target"))
U(d, "Rupert Colville, spokesman for the U.N. human rights office, said in Geneva that fewer than 20 of the victims", "pro-government militiamen.",
  ("United Nations", N, neg, "", "findings and figures; the blame is the survivors', relayed, not the office's own judgement = neutral (unsure)"))
U(d, "U.N. peacekeeping chief Herve Ladsous said in New York that the artillery fire could only have come from government forces,", "tanks or heavy guns.",
  ("United Nations", C, neg, "Syria", "attribution of the shelling to government forces = accusation"))
U(d, "Kofi Annan, the joint U.N.-Arab League envoy, said after meeting Assad in Damascus on Tuesday", "armed groups alike.",
  ("United Nations", T, neg, "", "joint envoy speaks for both bodies (one row each, unsure); warning that the plan is running out of time + demand that killing and detentions end on all sides, no judgement word = calling_for_talks"),
  ("Arab League", T, neg, "", "same sentence: the envoy of the Arab League too"))
U(d, "The U.N. Human Rights Council will hold a special session on Houla in Geneva on Friday,", "its spokesman said.",
  ("United Nations", N, neu, "", "Human Rights Council = United Nations (name files); meeting date = neutral"))
U(d, "China's foreign ministry spokesman Liu Weimin, asked whether Beijing would follow the Western expulsions,", "calm the situation.",
  ("China", T, neu, "", "does not answer on expulsions; demand that the facts be established and the killers punished + hope that Annan's mission calms things, no judgement = calling_for_talks; Beijing = metonym"))
U(d, "The rebel Free Syrian Army said it would drop its commitment", "to shield civilians.",
  ("Free Syrian Army", C, neg, "", "ultimatum: truce abandoned unless the Council acts = a threatened response; no single target"))
U(d, "The Syrian Observatory for Human Rights, a British-based monitoring group, welcomed the expulsions", "to follow suit.",
  ("Syrian Observatory for Human Rights", S, pos, "", "monitoring group under its own name (name files); welcome of the expulsions + call on other EU states to do the same = supporting the expelling states (several -> target empty)"))
U(d, "It said 32 more civilians were killed across the country on Tuesday,", "in Homs province.",
  ("Syrian Observatory for Human Rights", N, neu, "", "'It' = the Observatory; casualty figures without blame = neutral"))
# No rows: the Houla activist reached by Skype and 'Western diplomats at the United Nations' (unnamed).
U(d, "More than 10,000 people have been killed in the 15-month uprising, according to U.N. estimates,", "unable to stop the violence.",
  ("United Nations", N, neu, "", "figure with an attribution tail = UN statement, neutral; the clause on the observer mission is narration"))
