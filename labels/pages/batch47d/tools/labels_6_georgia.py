# ---------------------------------------------------------------- 6. Georgia: electoral reform collapse, dispersal and Rurua arrest (daily scrape)
d = "page_georgia_electoralreform_protests2019_dailyscrape.txt"
GE, GD = "Georgia", "Georgian Dream"
UNM, EG = "United National Movement", "European Georgia"
U(d, "RIOT police used water cannon on Monday to drive protesters away from the gates of parliament in Tbilisi,", "a fully proportional electoral system.",
  (GE, N, neu, "", "the police's own operation reported as done in the lead, no judgement stated (guide: one's own strike reported without judgement = neutral; as the Zambia police lead in earlier pages); 'opposition parties and activists' unnamed"))
U(d, "The Interior Ministry said 37 people were detained during the operation,", "before force was used.",
  (GE, N, neu, "", "ministry = Georgia; detainee figure + warnings given = facts and procedure"))
U(d, "\"The right to assemble is guaranteed, but no one has the right to lock the parliament of the country with chains.", "the ministry said in a statement.",
  (GE, C, neg, "", "two-sentence quote closed by its speaker; 'no one has the right to lock the parliament' = judgement of the blockaders (not an actor) + self-praise -> condemning, target empty"))
# "The crisis began on Thursday, when a constitutional amendment ... won only 101 votes ..." -> narration of the vote, no row
U(d, "Georgian Dream leader Bidzina Ivanishvili had promised the change in June", "in the speaker's chair.",
  (GD, T, neu, "", "party chairman = Georgian Dream; a concession promised to end the protests = an offer to settle (labels/README: offers count as calling_for_talks) (unsure: a past pledge could be neutral)"))
U(d, "Opposition parties say the vote was staged and that Ivanishvili, who holds no government post, decided its outcome himself.", "decided its outcome himself.",
  ("", C, neg, GD, "unnamed collective ('opposition parties') = no actor; kept as a stance example with an empty actor (guide); accusation of staging the vote"))
U(d, "\"Ivanishvili gave his word to the whole country and then broke it", "on Sunday evening.",
  (UNM, C, neg, GD, "UNM chairman speaks for the party; 'broke it through the hands of his own deputies', 'governed by one man's mood' = judgement of the ruling party's leader"))
# "The ruling party gave no ground on Monday." -> summary line before the specific statements, no row
U(d, "Kakha Kaladze, the party's secretary general and mayor of Tbilisi, told reporters", "the question of the electoral system.",
  (GD, N, neu, "", "party secretary general = Georgian Dream; the system stays and no new talks on it, no judgement or protest stated = neutral (refusal without a grievance)"))
U(d, "Kaladze said the United National Movement and its allies stood behind the blockade", "bring chaos back to the streets.",
  (GD, C, neg, UNM, "surname only; blames UNM and calls the blockade 'a stunt meant to bring chaos' = judgement"))
U(d, "\"Nobody will be allowed to hold parliament hostage.", "\" he said.",
  (GD, C, neg, "", "two-sentence quote: warning that lawbreakers 'will answer for it' = threat; no named target"))
U(d, "Majority leader Mamuka Mdinaradze said the party still supported a proportional system in 2024", "out of conviction.",
  (GD, N, pos, "", "Mdinaradze = Georgian Dream (name files); restating its position and defending its lawmakers = implicit denial of manipulation -> neutral, positive (self-justification)"))
U(d, "Prime Minister Giorgi Gakharia said on Monday evening that the government was open to dialogue", "the work of state institutions.",
  (GE, T, neu, "", "head of government = Georgia; offer of dialogue with every party (conditional on the constitution) = calling_for_talks; the warning against paralysing institutions names no one (unsure: the warning could make it condemning)"))
U(d, "In a rare joint statement issued on Sunday, the United States Embassy and the Delegation of the European Union to Georgia said", "raised among Georgians.",
  ("United States", C, neg, GE, "joint statement: one row per actor; 'with regret' at the failed vote = 'regret' is a judgement (labels/README) aimed at the parliament's vote (Georgia) (unsure: target could be Georgian Dream, or the regret read as concern -> neutral)"),
  ("European Union", C, neg, GE, "same sentence, EU delegation = European Union"))
U(d, "The two missions called on all sides to show calm and restraint,", "ahead of next year's elections.",
  ("United States", T, neu, "", "'the two missions' = the US embassy and the EU delegation; restraint + dialogue appeal to all sides = calling_for_talks, target empty"),
  ("European Union", T, neu, "", "same appeal, second actor"))
U(d, "European Georgia, one of the parties behind the protest, said the police operation showed", "chosen force over dialogue.",
  (EG, C, neg, GE, "'chosen force over dialogue' = judgement of the government"))
U(d, "\"The government has chosen water cannon over an agreement.", "said outside parliament.",
  (EG, C, neg, GE, "quote of a party leader = European Georgia; judgement + protest pledge until an early election"))
U(d, "Mamuka Khazaradze, the founder of the new Lelo party, said his party would join the opposition's joint demands", "signed up to in June.",
  ("Lelo for Georgia", T, neg, GD, "party founder = Lelo (new actor); joining demands + call on the ruling party to honour its June agreement, no judgement word = calling_for_talks, negative (demand to one side, labels/README)"))
U(d, "Shota Digmelashvili of the Shame movement, which has taken part in the protests since Thursday,", "next week.",
  ("Shame Movement", N, neg, "", "activist group (new actor); announced return to the protest = plan, neither judgement nor appeal for talks (unsure: protest as pressure could be condemning)"))
U(d, "Hours after the dispersal, police detained Giorgi Rurua,", "illegally buying and carrying a firearm.",
  (GE, C, neg, "Giorgi Rurua", "police = Georgia; arrest and charges = a measure against him (new person actor, needed as target)"))
U(d, "Nika Gvaramia, the channel's director general and one of Rurua's lawyers, said police had put the gun", "his stake in the channel.",
  ("Nika Gvaramia", C, neg, GE, "Gvaramia is an actor in the name files (speaks as lawyer and channel head); planted gun + 'revenge' = accusation of the authorities"))
U(d, "\"They could not close Mtavari, so they are going after the people who finance it.", "Gvaramia told the Herald.",
  ("Nika Gvaramia", C, neg, GE, "two-sentence quote closed by its speaker; 'a political arrest from beginning to end' = judgement"))
U(d, "The Interior Ministry rejected claims of a political motive,", "based on evidence.",
  (GE, N, neg, "", "denial of a political motive + lawful search = neutral, negative (guide)"))
U(d, "Public Defender Nino Lomjaria said her office was studying footage of the operation", "had been proportionate.",
  ("Public Defender of Georgia", N, neu, "", "independent ombudsman institution (new actor, as other ombudsman offices are separate actors in the name files); review under way = procedure, no judgement yet"))
U(d, "The Georgian Young Lawyers' Association said several of those detained had been denied access to a lawyer", "an explanation from the ministry.",
  ("Georgian Young Lawyers' Association", C, neg, GE, "accusation that detainees were denied lawyers + demand for an explanation = condemning"))
# "A Tbilisi court is due on Wednesday to decide on the prosecution's request ..." -> narration of the schedule, no row
