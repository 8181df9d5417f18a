# ---------------------------------------------------------------- 1. DRC: Kabund jailed (wire)
d = "page_drc_kabund_arrest2022_wire.txt"
DRC = "Democratic Republic of the Congo"
KAB = "Jean-Marc Kabund"
ACH = "Alliance pour le Changement"
UDPS = "Union for Democracy and Social Progress"
U(d, "Prosecutors in Democratic Republic of Congo have jailed Jean-Marc Kabund,", "on charges of insulting the head of state.",
  (DRC, C, neg, KAB, "dateline excluded; the prosecutors jailing and charging a critic = a measure taken by the state against him (unsure: wire narration, could be read as no one's statement)"))
U(d, "Kabund, 46, a member of parliament for a Kinshasa constituency,", "on condition of anonymity.",
  (DRC, N, neu, "", "unnamed magistrate of a named state body (the prosecutor's office) speaks for the state; procedure of the questioning and transfer = facts"))
U(d, "According to the charge sheet, which Trans-Africa Wire has seen,", "in July.",
  (DRC, C, neg, KAB, "the prosecution's charge sheet accuses him (offence to the head of state, defamation) = accusation; the Alliance pour le Changement is only named as the party he launched"))
U(d, "At that launch, Kabund said the presidential camp had no idea", "on a scale never seen before.",
  (KAB, C, neg, DRC, "Kabund's remarks of July reported: accuses the presidential camp of aimlessness and of plundering = judgement of the government"))
U(d, "\"I said out loud what people in every market of Kinshasa say", "told a news conference in July.",
  (KAB, C, neg, DRC, "two-sentence quote closed by its speaker = one unit; 'build a prison big enough for the whole country' = scorn of the government's repression"))
U(d, "Communication Minister Patrick Muyaya, the government's spokesman,", "nothing to do with politics.",
  (DRC, N, neg, "", "government spokesman = DRC; denial of a political motive = neutral with a negative tone"))
U(d, "\"Every Congolese is free to oppose the president,", "told reporters in Kinshasa on Wednesday.",
  (DRC, C, neg, KAB, "surname only after the introduction; 'what the law does not allow is to insult the institution ... a member of parliament knows that better than anyone' = judgement of Kabund's conduct (unsure: could be read as a neutral statement of the law)"))
U(d, "The minister said the courts would weigh the case on its merits", "a fair trial.",
  (DRC, N, pos, "", "'The minister' = Muyaya; reassurance about the state's own procedure = neutral, positive"))
# "The ruling Union for Democracy and Social Progress (UDPS), ..., showed little sympathy." -> summary line before the specific statement, no row
U(d, "Its secretary-general, Augustin Kabuya, said his former party chief", "like any other citizen.",
  (UDPS, C, neg, KAB, "UDPS secretary-general speaks for the party; 'chosen the microphone over the party's own bodies', must answer for his words = judgement of Kabund"))
U(d, "Kabund's new party called the arrest a settling of scores", "freed at once.",
  (ACH, C, neg, DRC, "'Kabund's new party' = Alliance pour le Changement (new actor); 'settling of scores dressed up as justice' + demand for release = condemning"))
U(d, "\"The regime knows that Jean-Marc Kabund has seen the house from the inside.", "told Trans-Africa Wire by telephone.",
  (ACH, C, neg, DRC, "three-sentence quote closed by an unnamed spokesman of a named party (speaks for it); 'the regime ... afraid' = judgement"))
U(d, "One of Kabund's lawyers said his client had not been allowed to see his family", "provisional release.",
  (KAB, N, neg, "", "a lawyer speaking for his client = Kabund; complaint about visits stated as a fact + plan to seek release, no judgement word (unsure: could be read as condemning the conditions of detention)"))
U(d, "Opposition leader Martin Fayulu, who still says he won the 2018 presidential election,", "before the next vote.",
  ("Engagement for Citizenship and Development", C, neg, DRC, "Fayulu = his party (the name files list him under Engagement for Citizenship and Development); 'could not bear a single discordant voice' = judgement of those in power"))
U(d, "He urged the foreign dignitaries passing through Kinshasa this week", "not to look the other way.",
  ("Engagement for Citizenship and Development", T, neg, "United States", "'He' = Fayulu; appeal to the visiting dignitary (Blinken) to speak up = an appeal for a diplomatic course, no judgement word (unsure: could be read as an implied reproach; Kinshasa is a place)"))
U(d, "The citizens' movement LUCHA said on Twitter that Kabund had helped to build the system", "losing the argument.",
  ("LUCHA", C, neg, DRC, "jailing people for their words called 'the habit of every government that was losing the argument' = judgement of the government; the jab at Kabund is secondary (target DRC, unsure: two actors judged)"))
# "Kabund was taken into custody while US Secretary of State Antony Blinken was visiting Kinshasa, ..." -> narration (Kinshasa, Kigali places), no row
U(d, "Speaking alongside Foreign Minister Christophe Lutundula after talks with Tshisekedi, Blinken said", "to make that happen.",
  ("United States", S, pos, DRC, "Blinken = United States; wish for timely, free elections + offer of technical help to the electoral commission = support offered (rule 3); Lutundula and Tshisekedi are not speakers here"))
U(d, "Asked about Kabund, a senior State Department official travelling with Blinken said", "in the run-up to the elections.",
  ("United States", T, neu, DRC, "unnamed official of a named government = United States; stressing political space and due process, no judgement word = appeal"))
U(d, "Blinken also said he found credible a recent report by United Nations experts", "had to stop.",
  ("United States", C, neg, "Rwanda", "finding credible that Rwandan troops fought with the M23 = accusation of Rwanda (rule 1 over the appeal); the UN experts' report is an object, the UN is not a speaker"))
U(d, "Rwanda has always denied backing the rebels, and a Rwandan government spokeswoman said on Wednesday", "its own failures in the east.",
  ("Rwanda", C, neg, DRC, "denial + 'Kinshasa was hiding behind the M23 to avoid answering for its own failures' = counter-accusation of the DRC (rule 1); Kinshasa = metonym for the DRC government"))
U(d, "Lutundula said Congo would not sit down with the M23", "in Nairobi and Luanda.",
  (DRC, T, neu, "", "foreign minister = DRC; refusal to negotiate with the M23 while it holds territory, with a counter-offer (commitment to the regional processes) = calling_for_talks (labels/README: refusal with a counter-offer); unsure: could be condemning the M23; Nairobi and Luanda are places"))
# "Kabund led the UDPS on an interim basis after Tshisekedi took office ..." -> narration, no row
U(d, "Christelle Mbuyamba, who teaches political science at the University of Kinshasa,", "before the elections.",
  ("Christelle Mbuyamba", N, neg, "", "invented analyst (new actor); reading of the prosecution's effect, no verdict of her own = neutral"))
U(d, "\"This is less about Kabund than about the people still inside the tent,\" she said.", "she said.",
  ("Christelle Mbuyamba", N, neu, "", "'she' = Mbuyamba; analysis"))
