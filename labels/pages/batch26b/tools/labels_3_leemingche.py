# ------------------------------------------------------------------ Lee Ming-che sentenced in Yueyang (Taiwanese English-language news site, full HTML, 2017-11-28)
d = "page_leemingche_verdict2017_taiwansite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline/time, figure captions with credits,
# crossheads, ADVERTISEMENT, tags, share bar, related stories, readers' comments, most read, footer.
U(d, "A court in China's Hunan province on Tuesday jailed", "ordinary in a democracy.",
  ("China", C, neg, "", "lede: the court's sentence = a measure of the Chinese state against a person (not canonical) -> target empty"),
  ("Taiwan", C, neg, "China", "same sentence: 'Taipei' denounced the verdict"))
U(d, "The Yueyang Intermediate People's Court found that Lee had acted", "the socialist system.",
  ("China", C, neg, "", "the court's accusation of the two men; target empty"))
U(d, "The judges said they had shown leniency", "Weibo account.",
  ("China", N, neu, "", "procedural account of the sentence"))
# "Peng received seven years." / Lee's disappearance / his wife in the gallery = narration, no row.
U(d, "The government had sent the two officials along to look after her", "(MAC) said.",
  ("Taiwan", S, neu, "", "assistance to a citizen reported as done (backing by act); the person is not an actor -> target empty (unsure: could be a neutral fact)"))
U(d, "Presidential Office spokesman Alex Huang said in a statement", "Taiwan became a democracy.",
  ("Taiwan", C, neg, "China", "judgement of the verdict without a stock word"))
U(d, "Huang called on Beijing to release Lee at once", "come home.",
  ("Taiwan", T, neg, "China", "surname only; demand to release with no judgement word in this sentence = calling_for_talks, negative"))
U(d, "\"What happened in Yueyang today is a message", "the spokesman said.",
  ("Taiwan", C, neg, "China", "'the spokesman' = Huang; the verdict as intimidation of Taiwanese"))
U(d, "\"It is not a message that builds trust.\"", "builds trust.\"",
  ("Taiwan", C, neg, "China", "quote continued after the attribution; judgement"))
U(d, "He added that the government would keep using every channel", "bring Lee back.",
  ("Taiwan", N, neu, "", "plan, no appeal to anyone"))
U(d, "In a separate statement, the MAC said Beijing had turned private conversations", "in any way.",
  ("Taiwan", C, neg, "China", "MAC = Taiwan; reported clause: only the MAC's position (Lee is not a speaker here)"))
U(d, "The council demanded that Chinese authorities guarantee the safety", "in prison.",
  ("Taiwan", T, neg, "China", "'the council' = MAC; demands for safety and family visits, no judgement word = calling_for_talks"))
U(d, "MAC Deputy Minister Chiu Chui-cheng, the council's spokesman", "anger in Taiwan.",
  ("Taiwan", C, neg, "China", "'a petty move' = judgement of the entry ban"))
U(d, "Taiwan's foreign ministry thanked governments and rights groups abroad", "for what it was.",
  ("Taiwan", C, neg, "China", "thanks joined to a judgement of the trial: rule 1 (welcome + judgement) -> condemning"))
U(d, "The ruling DPP said the sentence revealed a government in Beijing", "more than weapons.",
  ("Democratic Progressive Party", C, neg, "China", "party = its own actor; judgement without a stock word"))
# "The opposition Kuomintang struck a softer note." = summary line, no row.
U(d, "A KMT spokesman said the party hoped Beijing would handle Lee's case with compassion", "settled quietly.",
  ("Kuomintang", T, neu, "", "hope + appeal to both sides to keep talking, no judgement; both sides -> target empty"))
U(d, "In Beijing, the Taiwan Affairs Office said the case had been handled strictly", "the state news agency.",
  ("China", N, neg, "", "TAO = China; rebuttal of rights concerns = denial, neutral with a negative tone; 'in remarks carried by' = attribution, the agency is not an actor"))
U(d, "Office spokesman An Fengshan was quoted as saying", "against the mainland.",
  ("China", C, neg, "Taiwan", "passive attribution; charge that Taipei politicises the case"))
U(d, "An said the mainland welcomed Taiwanese compatriots", "nothing to worry about.",
  ("China", N, pos, "", "surname only; reassurance about its own conduct = neutral, positive tone"))
U(d, "Amnesty International's China researcher Patrick Poon said Lee had been jailed", "written by his jailers.",
  ("Amnesty International", C, neg, "China", "the researcher speaks for Amnesty; judgement of the detention and the confession"))
U(d, "\"He should never have been arrested, and he should be freed today,\" Poon said.", "Poon said.",
  ("Amnesty International", C, neg, "China", "judgement ('never have been arrested') + demand: rule 1"))
U(d, "Human Rights Watch said the verdict should worry anyone", "Chinese government online.",
  ("Human Rights Watch", N, neg, "", "alarm with no appeal and no explicit judgement = neutral, negative tone (unsure: the implied charge could make it condemning)"))
U(d, "Asked about the case in Washington, a State Department spokesperson", "return to his family.",
  ("United States", T, neg, "China", "concern + appeal, no judgement = calling_for_talks"))
U(d, "The European Parliament in July passed a resolution calling for Lee's release", "days later.",
  ("European Union", T, neu, "China", "European Parliament = EU (name files); resolution calling for release = an appeal reported as done; Liu's death is narration"))
# "Analysts said the case marked a turning point ..." = unnamed speakers, no row.
U(d, "Chen Yi-ting, a political scientist at the Tamsui Institute", "on the mainland.",
  ("Chen Yi-ting", C, neg, "China", "invented scholar; the verdict as intimidation = judgement"))
U(d, "\"Beijing wanted a conviction on camera, and it got one,\" Chen said.", "Chen said.",
  ("Chen Yi-ting", C, neg, "China", "judgement without a stock word"))
U(d, "\"That is not justice, it is theatre for an audience in Taipei.\"", "audience in Taipei.\"",
  ("Chen Yi-ting", C, neg, "China", "quote continued after the attribution"))
U(d, "Lin Po-han, who studies cross-strait ties", "a way to talk.",
  ("Lin Po-han", N, neu, "", "invented researcher; forecast, no appeal in this sentence"))
U(d, "Lin said both sides should revive the humanitarian channel", "bargaining chips.",
  ("Lin Po-han", T, neu, "", "appeal to both sides to reopen a channel; target empty"))
# "Lee Ching-yu was expected to fly back to Taipei later this week." = narration, no row.
