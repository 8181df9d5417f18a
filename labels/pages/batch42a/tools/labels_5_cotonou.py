# ------------------------------------------------------------------ Cotonou post-election unrest, Benin (live blog, full HTML, 2019-05-02)
d = "page_benin_cotonou_unrest2019_liveblog.html"
# Not statements: masthead, menus, kicker, headline, standfirst, byline, key-events list, time stamps, entry headings, the closing and
# welcome notes (narration), correspondent's scene entry, caption, tweet credit lines, ADVERTISEMENT, share bar, tags, related, most viewed, newsletter, footer.
U(d, "Clarisse Dossou-Yovo, a political scientist at the University of Abomey-Calavi, told us", "opposition lists in March.",
  ("Clarisse Dossou-Yovo", N, neu, "", "invented scholar (person); background of the crisis, no evaluation stated"))
U(d, "\"A government that writes the rules so that only its friends can stand", "she said.",
  ("Clarisse Dossou-Yovo", C, neg, "Benin", "judgement of the government's electoral rules"))
U(d, "She warned that if the new parliament sat without any opposition voice", "could become permanent.",
  ("Clarisse Dossou-Yovo", N, neg, "", "a risk without an appeal = neutral, negative"))
U(d, "In a short video shared by his aides, Thomas Boni Yayi, the honorary president of the Cowry Forces", "by peaceful means.",
  ("Cowry Forces for an Emerging Benin", T, neu, "", "the former president speaks here as the FCBE's honorary president (2019; he later founded The Democrats, so no alias is declared); appeal for calm and peaceful means"))
U(d, "Joseph Djogbenou, the president of the Constitutional Court, has proclaimed the final results", "83 seats in the National Assembly.",
  ("Benin", N, neu, "", "a state institution proclaiming results = facts"))
U(d, "He put turnout at 27.12 percent", "change the outcome.",
  ("Benin", N, neu, "", "'He' = Djogbenou; figure + dismissal of irregularities as minor = procedure, no actor judged"))
U(d, "France's foreign ministry spokeswoman, Agnes von der Muhll, said Paris was following events", "any further violence.",
  ("France", T, neu, "", "monitoring + appeal for calm to all sides; Paris = metonym"))
U(d, "She added that France remained attached to Benin's democratic tradition", "an example in the region.",
  ("France", S, pos, "Benin", "praise of Benin's democratic tradition as a regional example = praise for an actor (guide) -> supporting; changed from neutral at the final re-read (unsure: in context it may be a veiled reminder)"))
U(d, "The European Union's delegation in Cotonou said in a statement that it regretted", "to avoid violence.",
  ("European Union", C, neg, "Benin", "'regretted' the exclusion of the opposition = judgement (labels/README), with an appeal: rule 1"))
U(d, "The Episcopal Conference of Benin has asked President Talon and his predecessor", "this afternoon.",
  ("Episcopal Conference of Benin", T, pos, "", "appeal to the two men to meet = calling_for_talks; two addressees -> target empty"))
U(d, "\"Benin has always found words to get out of its crises.", "the bishops said.",
  ("Episcopal Conference of Benin", T, pos, "", "multi-sentence quote closed by 'the bishops'; appeal for dialogue"))
U(d, "At the daily briefing in New York, UN spokesman Stephane Dujarric said", "through dialogue.",
  ("United Nations", T, neg, "", "concern + appeal for restraint and dialogue to all Beninese actors; New York = place"))
U(d, "In a statement read on the state broadcaster ORTB, the government said the security forces had acted", "tracked down and prosecuted.",
  ("Benin", C, neg, "", "blame on 'rioters' + warning of prosecution = threatened response; no canonical target -> empty; ORTB (outlet) is not an actor"))
# "The statement did not give any casualty figures." = narration about the statement, no row.
U(d, "The ECOWAS Commission in Abuja said it was concerned by the post-electoral tension", "within the law.",
  ("ECOWAS", T, neg, "", "concern + appeal for dialogue; Abuja = place"))
U(d, "Eric Houndete, an opposition member of the outgoing National Assembly, told journalists", "several people had been killed.",
  ("Eric Houndete", C, neg, "Benin", "new person (opposition lawmaker, party not stated on the page); accusation by describing shooting at unarmed civilians"))
U(d, "\"Since 1990 nobody has dared do to Beninese what was done to them today,\" he said.", "he said.",
  ("Eric Houndete", C, neg, "Benin", "judgement without a stock word; 1990 = the return to democracy"))
U(d, "We are following reports of violence in Cotonou with deep concern", "demonstrate peacefully.",
  ("United States", T, neg, "", "embedded post of the US embassy = United States; concern + appeal for restraint to all parties and to the security forces, no judgement; several addressees -> target empty"))
U(d, "Amnesty International said security forces had fired live ammunition at protesters", "lethal force against demonstrators.",
  ("Amnesty International", C, neg, "Benin", "accusation by describing shooting at protesters + appeal: rule 1"))
U(d, "The organisation also said internet access had been cut or slowed on election day", "would not happen again.",
  ("Amnesty International", T, neu, "Benin", "'The organisation' = Amnesty; the cut stated as fact, then a demand for a guarantee, no judgement word (unsure: could be condemning)"))
U(d, "NetBlocks, which monitors internet shutdowns, said access to several social networks", "on Thursday morning.",
  ("NetBlocks", N, neu, "", "monitoring group's data = facts"))
U(d, "With troops around the home of a former head of state since yesterday afternoon", "come to protect him.",
  ("Cowry Forces for an Emerging Benin", C, neg, "Benin", "embedded party post (translated); holds the regime responsible = judgement + warning; the hashtags after the sentence are not part of the unit"))
U(d, "Interior and Public Security Minister Sacca Lafia told reporters on Wednesday evening", "arrest the former president.",
  ("Benin", N, neg, "", "denial of an arrest plan = neutral, negative"))
U(d, "He said officers had gone to Cadjehoun because the former president's camp", "ban on gatherings forbids.",
  ("Benin", N, neu, "", "'He' = Sacca Lafia; own account of the deployment (a planned meeting under a ban), procedure"))
