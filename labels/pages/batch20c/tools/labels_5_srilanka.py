# ------------------------------------------------------------------ Sri Lanka's final offensive against the LTTE (international wire copy, 2009-05-19)
d = "page_srilanka_final_offensive_wire.txt"
# No rows: menu, headline, bullets, caption + credit + "1 of 4", byline, dateline (excluded from the first unit), crossheads,
# "Related:", ADVERTISEMENT, reporting credits, Trust Principles, topics, newsletter prompt, most read, copyright.
U(d, "Sri Lankan President Mahinda Rajapaksa told parliament on Tuesday that the army had defeated", "in its final push.",
  ("Sri Lanka", N, pos, "", "dateline excluded; long lead: victory announced (own military result, no judgement word) with narration; 'Western governments and the United Nations pressed Colombo' is a summary clause (no rows); Colombo = metonym as object"))
U(d, "\"We did not fight the Tamil people.", "military commanders.",
  ("Sri Lanka", C, neg, "Liberation Tigers of Tamil Eelam", "multi-sentence quote closed by its speaker; 'an army of terrorists that kept them prisoner' = judgement of the LTTE"))
U(d, "\"The guns are silent now.", "not over their heads.\"",
  ("Sri Lanka", N, pos, "", "quote continued in the next paragraph with no new attribution = same speaker (Rajapaksa); plans and reassurance = neutral, positive"))
U(d, "He promised that the nearly 280,000 people held in camps", "imposed from outside.",
  ("Sri Lanka", N, neu, "", "'He' = Rajapaksa; plans (resettlement, a home-grown solution), no judgement = neutral"))
U(d, "Military spokesman Brigadier Udaya Nanayakkara said troops had recovered the bodies", "near Mullaittivu.",
  ("Sri Lanka", N, neu, "", "the military = Sri Lanka; figures and facts, war vocabulary as topic = neutral"))
# "The government had refused for weeks to halt its offensive, despite a chorus of appeals." = summary line (no row).
U(d, "Defence Secretary Gotabaya Rajapaksa, the president's brother, dismissed an offer of a unilateral truce", "was surrender.",
  ("Sri Lanka", C, neg, "Liberation Tigers of Tamil Eelam", "dismissal ('a stunt by a beaten force') + demand to surrender = ultimatum = condemning"))
U(d, "When the British and French foreign ministers flew to Colombo on April 29", "let the rebels regroup.",
  ("Sri Lanka", N, neg, "", "refusal of a truce with a practical reason, no protest or judgement of the visitors = neutral (unsure: 'let the rebels regroup' could be read as a jab); the visitors' call itself is narrated here and labelled in its own sentences below"))
U(d, "The military repeatedly denied shelling the government-declared no-fire zone", "as they tried to escape.",
  ("Sri Lanka", C, neg, "Liberation Tigers of Tamil Eelam", "denial (neutral alone) + accusation of firing on civilians in the same sentence: the accusation decides (one row per actor)"))
U(d, "The Tigers, in a statement on April 26, announced a unilateral ceasefire", "suffering of civilians to end.",
  ("Liberation Tigers of Tamil Eelam", T, neu, "", "unilateral ceasefire = calling_for_talks; the UN, EU, US and India are only cited as having called (their calls are not stated here as positions of that day, no rows)"))
U(d, "Seevaratnam Puleedevan, head of the rebels' peace secretariat, accused the army", "the military rejected.",
  ("Liberation Tigers of Tamil Eelam", C, neg, "Sri Lanka", "accusation of killing civilians = condemning; 'the army' = Sri Lanka"),
  ("Sri Lanka", N, neg, "", "attribution tail 'a charge the military rejected' = denial = neutral, negative"))
# "TWP could not verify either side's account ..." = the outlet (no row).
U(d, "On Sunday, the group's head of international relations, Selvarasa Pathmanathan, said in a statement", "be spared.",
  ("Liberation Tigers of Tamil Eelam", T, neg, "", "stopping fire + plea to spare civilians = calling_for_talks"))
# "Contacted on Tuesday, a pro-rebel website run from abroad said ..." = a website, not an actor (no row).
U(d, "U.N. Secretary-General Ban Ki-moon said he was relieved that the fighting was over", "on Friday.",
  ("United Nations", T, neg, "Sri Lanka", "relief (welcome) + troubled + appeal for reconciliation: rule 2 before rule 3 = calling_for_talks; addressed to the government"))
U(d, "The U.N. Security Council, in its first formal statement on the conflict on May 13", "obligations to civilians.",
  ("United Nations", C, neg, "Liberation Tigers of Tamil Eelam", "Security Council = United Nations; condemnation of the LTTE + concern + request to the government = rule 1"))
U(d, "China and Russia had resisted putting Sri Lanka on the Council's formal agenda", "for a sovereign state.",
  ("China", N, neu, "", "objecting to a format with a reason and no judgement of anyone = neutral (labels/README); list of two states = one row each"),
  ("Russia", N, neu, "", "same sentence, second state"))
U(d, "U.S. President Barack Obama, in remarks at the White House on May 13", "killed hundreds.",
  ("United States", C, neg, "Liberation Tigers of Tamil Eelam", "appeal to lay down arms + 'condemning their use of people as human shields' + request to the government: rule 1; main target the LTTE"))
U(d, "British Foreign Secretary David Miliband, speaking in Colombo on April 29", "to fall silent.",
  ("United Kingdom", T, neu, "", "ceasefire for civilians' sake, no judgement = calling_for_talks; Kouchner only mentioned here"))
U(d, "Kouchner said the two ministers had pressed their hosts again and again", "without success.",
  ("France", T, neg, "Sri Lanka", "surname only; own repeated appeal for a truce and aid access = calling_for_talks; 'their hosts' = Sri Lanka's government"))
U(d, "Sweden called home its ambassador from Colombo in protest", "join the visit.",
  ("Sweden", C, neg, "Sri Lanka", "recalling an envoy in protest = a measure against another side = condemning"))
U(d, "On Tuesday, Miliband welcomed the end of the fighting but said the way its final phase had been fought", "would have to answer.",
  ("United Kingdom", C, neg, "", "welcome + judgement ('raised serious questions') = rule 1 condemning; no side named = target empty (unsure: could be read as a call for an inquiry only)"))
U(d, "European Union foreign ministers meeting in Brussels on Monday called for an independent inquiry", "access to the camps.",
  ("European Union", T, neg, "", "call for an inquiry into 'alleged' violations by both sides + access, no explicit judgement = calling_for_talks (labels/README: demands for an investigation)"))
U(d, "India, home to some 60 million Tamils in the southern state of Tamil Nadu, sent Foreign Secretary", "trapped civilians.",
  ("India", T, neu, "", "envoys sent to press for civilians' safety = calling_for_talks"))
U(d, "External Affairs Minister Pranab Mukherjee said on Tuesday he hoped the end of the fighting", "rebuild the north.",
  ("India", T, pos, "", "hope for a settlement + offer to help rebuild: rule 2 before rule 3 = calling_for_talks"))
U(d, "The International Committee of the Red Cross said on Saturday its ships had been unable to reach the coast", "work on the island.",
  ("ICRC", N, neg, "", "facts + alarm without an appeal = neutral, negative"))
U(d, "Dharshini Perera-Lewis, who researches conflict at the Centre for Peace and Governance Studies", "Tamil self-government.",
  ("Dharshini Perera-Lewis", N, neu, "", "independent researcher; what will decide the outcome, no judgement"))
U(d, "\"A military defeat does not end a grievance.", "she said.",
  ("Dharshini Perera-Lewis", N, neg, "", "two-sentence quote closed by 'she said'; risks and scenario"))
U(d, "She said both the government and the Tigers had treated the civilians", "escape scrutiny.",
  ("Dharshini Perera-Lewis", C, neg, "", "judgement of both sides ('treated the civilians ... as instruments') = condemning; two sides = target empty"))
U(d, "Sanjay Rajagopal, a retired Indian diplomat who served in Colombo", "than any Western government.",
  ("Sanjay Rajagopal", N, neu, "", "former official speaking as an independent person; interests and influence, no judgement; New Delhi = metonym as subject of narration inside his sentence"))
U(d, "\"Colombo does not need Western money as badly", "he said.",
  ("Sanjay Rajagopal", N, neu, "", "two-sentence quote; interests, no judgement"))
U(d, "He said India and Sri Lanka's other neighbours should push the government to open talks", "into triumphalism.",
  ("Sanjay Rajagopal", T, neu, "Sri Lanka", "appeal for talks with Tamil leaders = calling_for_talks"))
