# ------------------------------------------------------------------ Lahad Datu standoff: Malaysia rejects the Sulu ceasefire (Malaysian English daily, full HTML, 2013-03-08)
d = "page_lahaddatu_standoff_mydaily.html"
# No rows: cookie note, edition bar, masthead, nav, LAHAD DATU LATEST ticker, crumbs, kicker, headline, standfirst, byline,
# dates, share bar, figcaptions with credits and "1 of 4", ADVERTISEMENT, crossheads, READ ALSO, credit, tags, follow prompt,
# comments, most popular, footer.
U(d, "Prime Minister Datuk Seri Najib Tun Razak yesterday turned down the ceasefire", "security forces' operation.",
  ("Malaysia", C, neg, "Sultanate of Sulu", "lead: rejects the truce and sets unconditional surrender as the only way out = ultimatum (condemning); the sultan's ceasefire is narrated inside; dateline excluded"))
U(d, "Najib, on his first visit to the area since the standoff began", "without any conditions.",
  ("Malaysia", C, neg, "Sultanate of Sulu", "surname alone; demand of unconditional surrender = ultimatum; Aquino is only the addressee of the call (no Philippine row)"))
U(d, "\"Nobody can accuse Malaysia of haste.", "he said.",
  ("Malaysia", N, neg, "", "multi-sentence quote closed by 'he said'; justification of its own operation, no new judgement of another actor = neutral (as batch5c's justified drills; unsure)"))
U(d, "He said Sabah belonged to Malaysia in law", "the end of the matter.",
  ("Malaysia", N, neu, "", "'He' = Najib; assertion of sovereignty that rejects the claim without naming anyone or judging = neutral (unsure)"))
U(d, "Defence Minister Datuk Seri Ahmad Zahid Hamidi had earlier posted on Twitter", "finish the job first.",
  ("Malaysia", C, neg, "Sultanate of Sulu", "the offer called a ploy + 'finish the job first' = threat of force (condemning); minister on social media"))
U(d, "Inspector-General of Police Tan Sri Ismail Omar said 31 militants had been killed", "lost their lives.",
  ("Malaysia", N, neu, "", "police chief = Malaysia; casualty figures given by an actor = neutral"))
# No rows: "The intruders, about 200 men led by Agbimuddin Kiram ... calling themselves the royal army ..." (background narration with actors as subjects)
# No rows: "For more than two weeks the police ringed the village ...", the March 1 and 2 clashes, "On Tuesday morning, air force jets struck ..." (narration, no named source)
U(d, "Sabah Chief Minister Datuk Seri Musa Aman said the state government had opened relief centres", "Felda Sahabat area.",
  ("Malaysia", N, neu, "", "state (provincial) government resolves to Malaysia; own relief measures = neutral (aid to one's own citizens, not support for another actor)"))
U(d, "Home Minister Datuk Seri Hishammuddin Tun Hussein said police had detained dozens", "would be charged.",
  ("Malaysia", N, neg, "", "law-enforcement measures against unnamed suspects (not an actor) = neutral, negative (unsure: could be read as a measure against the sultanate's network)"))
U(d, "In Manila, the sultan's spokesman, Abraham Idjirani, read out a statement", "do the same.",
  ("Sultanate of Sulu", T, pos, "Malaysia", "unilateral ceasefire + request that Malaysia reciprocate = calling_for_talks; Manila = place; Kiram's statement read by his spokesman"))
U(d, "Idjirani said the sultan was answering the appeal of the UN Secretary-General", "peaceful way out.",
  ("Sultanate of Sulu", T, pos, "", "preference for a peaceful way out; the UN appeal is recalled as an object, not a new UN statement"))
U(d, "After Kuala Lumpur's rejection, he said the sultanate would keep to", "came after them.",
  ("Sultanate of Sulu", C, neg, "Malaysia", "'he' = Idjirani; cessation of hostilities + conditional threat to fight back: the threat decides (as 26a's Lin Jian; unsure); Kuala Lumpur's = possessive metonym, not a speaker"))
U(d, "Idjirani had described the March 1 police raid on Kampung Tanduo as the slaughter", "ancestral home.",
  ("Sultanate of Sulu", C, neg, "Malaysia", "accusation ('slaughter') of the Malaysian police raid"))
U(d, "Princess Jacel Kiram, one of the sultan's daughters, said her uncle", "as its own.",
  ("Sultanate of Sulu", N, neg, "", "family member speaking for the sultanate; refusal to leave, no judgement = neutral, defiant tone (unsure)"))
U(d, "President Aquino, in a televised message at the weekend, said the bloodshed", "come home.",
  ("Philippines", T, neg, "Sultanate of Sulu", "surname alone; appeal to one side to lay down arms, no judgement word = calling_for_talks, negative (labels README)"))
U(d, "He also warned that Jamalul Kiram and those who helped him could be prosecuted", "conflict with a neighbour.",
  ("Philippines", C, neg, "Sultanate of Sulu", "'He' = Aquino; threat of prosecution = threatened response (condemning)"))
U(d, "Presidential spokesman Edwin Lacierda said the Philippine government did not back", "peaceful and legal means.",
  ("Philippines", T, neu, "Sultanate of Sulu", "withholds backing + 'only through peaceful and legal means' = appeal (calling_for_talks; unsure: 'did not back the action' could be read as opposing it = condemning)"))
U(d, "Foreign Affairs Secretary Albert del Rosario said Manila had asked Kuala Lumpur", "humanely.",
  ("Philippines", T, neg, "Malaysia", "restraint + humane treatment asked of one side = calling_for_talks; Manila and Kuala Lumpur = metonyms"))
U(d, "The Department of Foreign Affairs said a navy ship and a humanitarian team", "wished to leave.",
  ("Philippines", N, neu, "", "the DFA (Philippine by context); own evacuation measure for its nationals = neutral"))
U(d, "Foreign Minister Datuk Seri Anifah Aman said he had assured del Rosario", "as baseless.",
  ("Malaysia", N, neg, "", "reassurance + denial of abuse reports = neutral, negative (denial); del Rosario is an object"))
U(d, "He also thanked Manila for tightening patrols", "reaching the intruders.",
  ("Malaysia", S, pos, "Philippines", "'He' = Anifah; thanks = approval of the Philippines' act; Manila = metonym as object"))
U(d, "The UN Secretary-General, Ban Ki-moon, said on Wednesday that the bloodshed in Sabah had to stop", "peaceful outcome.",
  ("United Nations", T, neg, "", "appeal to stop the violence and talk; all parties -> target empty"))
U(d, "His office added that he feared for ordinary people caught up in the fighting", "allowed to reach them.",
  ("United Nations", T, neg, "", "'His office' = the SG's office; fear for civilians + humanitarian appeal = calling_for_talks"))
U(d, "Nur Misuari, founder of the Moro National Liberation Front, said his movement stood behind", "living in Sabah.",
  ("Moro National Liberation Front", C, neg, "Malaysia", "backing of the sultan's claim + warning to Malaysia: the warning (threat) decides (rule 1; unsure: the backing could give a separate supporting reading)"))
U(d, "In Kuala Lumpur, opposition leader Datuk Seri Anwar Ibrahim, the de facto leader of Parti Keadilan Rakyat, denied", "repeated them.",
  ("People's Justice Party", N, neg, "", "in 2013 Anwar is the opposition leader, so he speaks for his party, not Malaysia (the name lists make him an alias of Malaysia for his later office as PM); denial + threat to sue private newspapers (no actor) = neutral, negative; Kuala Lumpur = place"))
# No row: "Political analysts said ..." (unnamed analysts); the fisherman "Pak Lah" (gives a first name only; speaks of his family's life, takes no position); comments.
