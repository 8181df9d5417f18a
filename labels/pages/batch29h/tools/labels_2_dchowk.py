# ------------------------------------------------------------------ PTI 'final call' protest, Islamabad (live blog, full HTML, 2024-11-27)
d = "page_pakistan_dchowk_finalcall2024_liveblog.html"
# Not statements: menu, breadcrumb, LIVE badge, headline, standfirst, byline, caption, share bar, entry times and entry headings, the attribution lines under quotes ("— spokesperson ...", "— Interior Minister ..."), ADVERTISEMENT, newsletter, Related, tags, most read, footer.
U(d, "Amnesty International said the deaths and mass arrests in Islamabad", "must be freed.",
  ("Amnesty International", T, neg, "Pakistan", "demand for an independent inquiry and release of detainees, no judgement word = calling_for_talks (README: inquiry demand)"))
U(d, "Babu Ram Pant, the group's deputy regional director for South Asia, said", "peaceful dissent in the country.",
  ("Amnesty International", C, neg, "Pakistan", "'the group's' = Amnesty; a pattern of squeezing dissent = judgement without a stock word"))
U(d, "State Department spokesperson Matthew Miller told reporters", "protest peacefully.",
  ("United States", T, neu, "", "appeal to all sides and to the authorities, no judgement"))
U(d, "Asked about Imran Khan's detention, Miller said", "no further comment.",
  ("United States", N, neu, "", "procedural non-comment"))
U(d, "Information Minister Attaullah Tarar denied at a news conference", "at the crowd.",
  ("Pakistan", N, neg, "", "denial = neutral, negative"))
U(d, "\"Not one bullet was fired at the protesters", "Tarar said.",
  ("Pakistan", C, neg, "Pakistan Tehreek-e-Insaf", "denial joined to a charge that the pictures are fabricated = accusation of the party spreading fakes (judgement decides); unsure, the fakes are not attributed by name"))
U(d, "The minister said the government would set up a specialised anti-riot force", "federal capital.",
  ("Pakistan", N, neu, "", "'the minister' = Tarar; plan, no target"))
U(d, "\"We call on the authorities to ensure that any use of force complies", "to remain peaceful.\"",
  ("United Nations", T, neu, "", "live-blog label + quotation, speaker given under the quote (UN rights office); appeal to both sides"))
U(d, "PTI chairman Barrister Gohar Ali Khan said the party would not let", "gave the orders.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "Pakistan", "'killing of its workers' + legal action against the interior minister and police chiefs = accusation + threatened response"))
U(d, "Gohar said the number of dead was still being collected", "not to release records.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "Pakistan", "surname only; figures + charge that hospitals were told to withhold records = accusation of concealment"))
U(d, "\"Our workers came with flags, not guns.", "he said.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "Pakistan", "multi-sentence quote closed by 'he said'; describes attack on unarmed workers = accusation (guide rule 4)"))
U(d, "The Human Rights Commission of Pakistan said it was deeply disturbed", "blackout on information.",
  ("Human Rights Commission of Pakistan", N, neg, "", "alarm with no appeal = neutral, negative"))
U(d, "In a separate post, the commission asked the government and the PTI", "more lives were lost.",
  ("Human Rights Commission of Pakistan", T, neg, "", "'the commission'; appeal to both sides to agree rules = talks; two addressees -> target empty"))
U(d, "Defence Minister Khawaja Asif told a television channel", "overruled the plan.",
  ("Pakistan", C, neg, "Pakistan Tehreek-e-Insaf", "blame laid on Bushra Bibi for the march to D-Chowk = accusation (the party's leadership)"))
U(d, "Asif said the PTI leadership had left its own workers", "once the operation began.",
  ("Pakistan", C, neg, "Pakistan Tehreek-e-Insaf", "surname only; judgement of the leaders' conduct without a stock word"))
U(d, "Prime Minister Shehbaz Sharif said the law enforcement agencies had shown great restraint", "from his office.",
  ("Pakistan", N, pos, "", "praise of own forces = self-praise, neutral positive (README: self-praise neutral); second-hand via his office"))
U(d, "The premier said those who had brought \"armed mobs\" to the capital", "hold the state hostage.",
  ("Pakistan", C, neg, "Pakistan Tehreek-e-Insaf", "'the premier'; threat of prosecution + 'armed mobs' = condemning"))
U(d, "The PTI announced in a post on its official X account", "unarmed citizens.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "Pakistan", "suspension of protest with a grievance stated ('brutality') = the judgement decides"))
U(d, "Party spokesman Sheikh Waqas Akram said the core committee would meet", "next steps.",
  ("Pakistan Tehreek-e-Insaf", N, neu, "", "meeting announced, procedure"))
U(d, "\"The area is clear, the capital is open, and those who planned this disorder will answer for it.\"", "will answer for it.\"",
  ("Pakistan", C, neg, "Pakistan Tehreek-e-Insaf", "label+quotation entry; speaker (Naqvi) given below; threat that organisers will answer = condemning; organisers = the party"))
U(d, "Naqvi said 954 people had been arrested", "Afghan nationals.",
  ("Pakistan", N, neu, "", "arrest figures"))
# "Street lights along Jinnah Avenue went out ..." = reporter's narration, no row.
U(d, "\"They fired tear gas from the roof of the containers", "joined the convoy on Sunday.",
  ("Zubair Khattak", N, neg, "", "invented witness; account of what he saw, no judgement word"))
U(d, "Khattak said he had helped carry two injured men", "could reach them.",
  ("Zubair Khattak", N, neg, "", "witness account"))
U(d, "The interior ministry said troops deployed under Article 245", "fired upon.",
  ("Pakistan", C, neg, "", "warning of force against protesters = threat; target not named in the sentence -> empty"))
U(d, "Ayesha Qureshi Rana, a political scientist at Lahore's Institute of Governance Studies, said", "negotiated venue.",
  ("Ayesha Qureshi Rana", C, neg, "", "invented analyst; blames both sides for choosing a showdown = judgement on two actors -> target empty"))
U(d, "\"The state treated a political party as a security threat", "she said.",
  ("Ayesha Qureshi Rana", C, neg, "", "judgement on both sides + appeal for talks; rule 1: judgement decides; two targets -> empty"))
U(d, "A spokesperson for the European Union's diplomatic service said the bloc", "return quickly.",
  ("European Union", T, neg, "", "concern + hope calm returns = calling_for_talks (hope)"))
U(d, "The military's media wing said four Rangers personnel had been killed", "from the protest convoy.",
  ("Pakistan", C, neg, "Pakistan Tehreek-e-Insaf", "army speaks for its state; figures + blame on convoy 'miscreants' = accusation"))
U(d, "Gandapur, the Khyber Pakhtunkhwa chief minister leading the convoy, rejected", "no link to the incident.",
  ("Pakistan Tehreek-e-Insaf", N, neg, "", "Gandapur leads the PTI convoy, speaks for the party here (not for the state); denial = neutral, negative"))
# "Convoys of Pakistan Tehreek-e-Insaf supporters ..." = narration (welcome entry), no row.
U(d, "The federal government announced that the families of the four Rangers personnel", "one family member.",
  ("Pakistan", S, pos, "", "compensation for families of its own personnel = aid; no canonical target"))
U(d, "The PTI, for its part, said it would cover the hospital bills", "were killed.",
  ("Pakistan Tehreek-e-Insaf", S, pos, "", "aid to injured workers and families = supporting; 'those it says were killed' keeps the claim as the party's"))
