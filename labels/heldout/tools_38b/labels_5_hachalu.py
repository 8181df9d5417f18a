# ------------------------------------------------------------------ Killing of singer Hachalu Hundessa and the unrest that followed (live blog, 2020-07-01)
d = "page_hachalu_hundessa_2020_liveblog.txt"
# Not statements: site menu, LIVE badge, headline, update stamp, reporting line, key points (bullets), share prompt, entry
# time stamps and entry headlines (subheadings), separators, ADVERTISEMENT, the welcome entry, Related, most watched, copyright.
U(d, "The head of the Oromia regional police, Commissioner Ararsa Merdassa", "three police officers.",
  ("Ethiopia", N, neu, "", "regional police = state agency; death toll given without blame"))
U(d, "He said the security forces were working to restore order", "people or property.",
  ("Ethiopia", N, neg, "", "own security operation + warning to unnamed rioters, no named target (unsure: could be condemning)"))
U(d, "The UN Secretary-General, Antonio Guterres, is following events in Ethiopia with concern", "in New York.",
  ("United Nations", N, neg, "", "concern without an appeal"))
U(d, "\"The Secretary-General calls on everyone to refrain from violence", "Dujarric said.",
  ("United Nations", T, neu, "", "appeal to all + inquiry; spokesman speaks for the UN"))
U(d, "Moussa Faki Mahamat, the chairperson of the African Union Commission", "people of Ethiopia.",
  ("African Union", S, neg, "Ethiopia", "condolences to the people of Ethiopia = solidarity; sad tone"))
U(d, "Faki says he supports the government's efforts", "this painful time.",
  ("African Union", T, pos, "", "backing of the inquiry + appeal to all Ethiopians to keep the peace: rule 2 before rule 3"))
U(d, "The Oromo Federalist Congress (OFC), the party to which", "silence the opposition.",
  ("Oromo Federalist Congress", C, neg, "Ethiopia", "denounces the arrests"))
U(d, "The party demands that both men and the other detainees be released", "settle political scores.",
  ("Oromo Federalist Congress", C, neg, "Ethiopia", "demand + accusation of using the death as a pretext (rule 1)"))
U(d, "Federal Police Commissioner Endeshaw Tasew has confirmed", "the singer's body should be taken.",
  ("Ethiopia", N, neu, "", "arrests reported as facts"))
U(d, "He said a member of the Oromia special police was shot dead", "seized from the group.",
  ("Ethiopia", N, neu, "", "facts of the standoff"))
U(d, "Endeshaw said the people detained had tried to take the body by force", "political aims.",
  ("Ethiopia", C, neg, "", "accusation against the detainees (OFC figures among others): target left empty"))
U(d, "The commissioner also said that several suspects in the killing", "had been charged.",
  ("Ethiopia", N, neu, "", "progress of the inquiry"))
U(d, "Tibor Nagy, the top US diplomat for Africa, has tweeted his condolences", "family and fans.",
  ("United States", S, neg, "", "condolences = sympathy; aimed at the family, not an actor"))
U(d, "\"Violence only adds to the grief.", "Nagy wrote.",
  ("United States", T, neu, "", "appeal to all Ethiopians and to the security forces"))
U(d, "Earlier the US embassy in Addis Ababa advised American citizens", "on Tuesday.",
  ("United States", N, neu, "", "security advice to own citizens, facts"))
U(d, "UK Minister for Africa James Duddridge says he is saddened", "spoken to Ethiopian officials.",
  ("United Kingdom", N, neg, "", "sadness + contacts, no appeal in this sentence"))
U(d, "He urges calm and a full investigation.", "a full investigation.",
  ("United Kingdom", T, neu, "", "appeal for calm and an inquiry"))
U(d, "Amnesty International says the authorities must make sure", "against protesters.",
  ("Amnesty International", T, neg, "Ethiopia", "demands addressed to one side, no judgement word (as 'must cease' in labels/README) (unsure: the lethal force clause could make it condemning)"))
U(d, "The group says the nationwide internet blackout is cutting families off", "restore connectivity at once.",
  ("Amnesty International", C, neg, "Ethiopia", "accuses the government of hiding events + appeal (rule 1)"))
U(d, "Human Rights Watch says the shutdown violates the right to information", "should be lifted.",
  ("Human Rights Watch", C, neg, "Ethiopia", "'violates' = judgement"))
U(d, "Oromia regional president Shimelis Abdisa has appealed", "against their neighbours.",
  ("Ethiopia", T, neu, "", "regional president = state; appeal against violence"))
U(d, "\"Hachalu sang for the unity and dignity of our people.", "in Ambo on Thursday.",
  ("Ethiopia", T, pos, "", "appeal to protect each other + funeral plan"))
U(d, "Lelisa Tolera, a teacher in Ambo, told us by phone", "two bodies on the road.",
  ("Lelisa Tolera", C, neg, "Ethiopia", "invented named witness = person; accusation by describing shooting at civilians"))
U(d, "\"The young people only wanted to see him.", "he said.",
  ("Lelisa Tolera", C, neg, "Ethiopia", "same witness, continued"))
U(d, "The Ethiopian Human Rights Commission says it has received reports", "in several towns.",
  ("Ethiopian Human Rights Commission", N, neg, "", "reports of abuses on both sides, no judgement or appeal"))
U(d, "It urges the security forces to use force only where strictly necessary", "minorities in their areas.",
  ("Ethiopian Human Rights Commission", T, neu, "", "appeal for restraint and protection of civilians"))
U(d, "The Oromo Liberation Front (OLF) has condemned the killing", "independent inquiry.",
  ("Oromo Liberation Front", C, neg, "", "condemnation + inquiry (rule 1); the killers are unnamed"))
U(d, "The OLF rejected remarks by some officials", "no part in the violence.",
  ("Oromo Liberation Front", N, neg, "", "denial"))
U(d, "Prime Minister Abiy Ahmed, in a televised address, said those who killed Hachalu", "would not succeed.",
  ("Ethiopia", C, neg, "", "judgement of the unnamed killers' aims"))
U(d, "\"Those who planned this, here and abroad", "Abiy said.",
  ("Ethiopia", C, neg, "", "vow of punishment = threat against unnamed planners"))
U(d, "Abiy had already paid tribute to the singer on Tuesday and appealed for calm.", "appealed for calm.",
  ("Ethiopia", T, pos, "", "tribute + appeal for calm"))
U(d, "The European Union is following events closely", "said in Brussels.",
  ("European Union", N, neg, "", "monitoring without an appeal in this sentence = neutral, negative tone (guide)"))
U(d, "\"We call on all sides to show restraint", "the spokesperson said.",
  ("European Union", T, neu, "", "appeal for restraint and internet access"))
U(d, "The regional bloc IGAD says its executive secretary, Workneh Gebeyehu, has written", "this difficult time.",
  ("IGAD", S, pos, "Ethiopia", "solidarity with the government and people"))
# "Protesters in Harar ... our correspondent reports." = outlet's narrative, no row.
