# ------------------------------------------------------------------ Boko Haram raid on the Bohoma base, Chad (wire, 2020-03-25)
d = "page_chad_bohoma_attack2020_wire.txt"
# Not statements: masthead, menu, section, time stamp, UPDATE headline (carries Deby's threat: headline = no row), byline,
# read time, the three bullets, crossheads, ADVERTISEMENT, reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Chad's President Idriss Deby said Boko Haram fighters had killed 92 soldiers", "fighting the Islamist group.",
  ("Chad", N, neu, "", "dateline excluded; death toll given by the president = figures, neutral (naming the attacker is a fact, not a judgement)"))
# "The attack began before dawn ..." = narration sourced to 'a security source' with no tie to a named government: no row.
U(d, "\"Forty years in uniform did not prepare me", "at the camp.",
  ("Chad", N, neg, "", "grief, no judgement and no appeal"))
U(d, "\"Those who did this will be pursued on every island", "he said.",
  ("Chad", C, neg, "Boko Haram", "threat of a response: 'pursued ... the answer will be heavy' (speaker carried over from the previous paragraph)"))
U(d, "He asked Chadians to set aside their quarrels", "national mourning.",
  ("Chad", N, neg, "", "domestic appeal for unity + mourning declared: procedural/own conduct, not an appeal for talks with an adversary"))
U(d, "Foreign Minister Mahamat Zene Cherif told ambassadors", "carrying it alone.",
  ("Chad", N, neg, "", "complaint of a burden with no judgement of a named actor and no appeal (unsure: could read as an implied reproach of partners)"))
U(d, "Deby said he had ordered fresh units toward the lake", "in the coming days.",
  ("Chad", C, neg, "Boko Haram", "announced military operation against another side = condemning"))
U(d, "A government spokesman said in a statement read on national radio", "in the capital.",
  ("Chad", N, neu, "", "unnamed spokesman of a named government speaks for it; facts"))
U(d, "Army spokesman Colonel Azem Bermandoa Agouna denied reports", "reinforcements arrived.",
  ("Chad", N, neg, "", "denial = neutral with a negative tone; the army speaks for its state"))
# "The faction of Boko Haram loyal to Abubakar Shekau ... has not commented" = non-answer, no row.
U(d, "African Union Commission Chairperson Moussa Faki Mahamat, himself a former Chadian prime minister", "the whole continent.",
  ("African Union", S, neg, "Chad", "condolences + solidarity with the victim state = supporting; grief tone. Faki speaks as AU chairperson, not for Chad"))
U(d, "Faki, whose message also covered an ambush on Nigerian troops", "not only kind words\".",
  ("African Union", S, neu, "", "appeal to partners to give the lake armies means = advocacy of backing (like welcome + appeal for arms); target empty: several armies (unsure: asking others for aid)"))
U(d, "The office of U.N. Secretary-General Antonio Guterres, in a note from his spokesman", "answer for it.",
  ("United Nations", C, neg, "Boko Haram", "judgement without a stock word ('an outrage') + accountability; 'its authors' = the attackers named in the lead"))
U(d, "The note said Guterres hoped that calm would return", "depend on it.",
  ("United Nations", T, pos, "", "hope that calm returns = calling_for_talks"))
U(d, "In Paris, the French foreign ministry said France shared the grief", "said in a statement.",
  ("France", S, neg, "Chad", "sympathy with a partner army, attribution tail naming the spokeswoman"))
U(d, "The ministry added that Operation Barkhane would continue", "to Chadian units.",
  ("France", S, neu, "Chad", "backing by act (intelligence and air support) = supporting"))
U(d, "Nigerian President Muhammadu Buhari, whose own army lost dozens", "Garba Shehu said.",
  ("Nigeria", S, pos, "Chad", "solidarity: 'same war ... win it together', reported via his spokesman"))
U(d, "Niger's government said the raiders had shown once more", "state news agency ANP.",
  ("Niger", C, neg, "Boko Haram", "judgement without a stock word; 'in remarks carried by the state news agency' (ANP is not an actor)"))
U(d, "The U.S. embassy in N'Djamena said on Twitter", "against violent extremism.",
  ("United States", S, neg, "Chad", "embassy speaks for its state; grief + standing at Chad's side"))
U(d, "The Community of Sahel-Saharan States went further", "the group's leaders.",
  ("CEN-SAD", C, neg, "Boko Haram", "asks the ICC to prosecute the group's leaders = a measure sought against an actor (calls for sanctions = condemning)"))
U(d, "Cameroon and Benin also sent messages of condolence", "Chad's foreign ministry.",
  ("Cameroon", S, neg, "Chad", "condolences to the victim state; states as a list, one row each; Chad's ministry only relays (no Chad row)"),
  ("Benin", S, neg, "Chad", "condolences to the victim state; listed state"))
U(d, "The Multinational Joint Task Force, which groups troops", "southern sector.",
  ("Multinational Joint Task Force", N, neu, "", "plan/procedure, no evaluation"))
U(d, "Ahmat Djibrine Kessou, a researcher at the Lake Chad Security Observatory", "by other fronts.",
  ("Ahmat Djibrine Kessou", N, neg, "", "invented independent researcher; assessment of the group's strength, no judgement of an actor"))
U(d, "\"The lake has become a maze of reeds and channels", "Kessou said.",
  ("Ahmat Djibrine Kessou", T, neu, "", "surname only; appeal to the four states to sit down and plan together = talks/coordination; the loss warning is the reason"))
U(d, "Chinedu Abara-Eke, a security analyst at the Gulf of Guinea Policy Centre", "its own shoreline.",
  ("Chinedu Abara-Eke", C, neg, "Multinational Joint Task Force", "invented analyst; judgement without a stock word ('little more than a name on paper')"))
U(d, "\"Anger is understandable.", "Abara-Eke said.",
  ("Chinedu Abara-Eke", N, neg, "", "warning that shelling will not work + advice on fishermen; no appeal for talks and no judgement of an actor (unsure: could read as an appeal for restraint)"))
# "More than 30,000 people have been killed ..." = background figures from no named source, no row.
