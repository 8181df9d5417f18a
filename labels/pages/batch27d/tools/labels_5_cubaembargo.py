# ------------------------------------------------------------------ Cuba: the General Assembly's embargo resolution, with the first US abstention (UN meetings coverage, 2016-10-26)
d = "page_cuba_embargo_unga_abstention2016_unmeetings.txt"
# Not statements: site header, breadcrumb, session/meeting line, date, headline and subheadline, PRESS CONFERENCE crosshead, closing asterisks, "For information media".
U(d, "The General Assembly today adopted, by a recorded vote of 191 in favour", "imposed by the United States against Cuba.",
  ("United Nations", N, neu, "", "the vote and its tally = procedure (the Assembly speaks for the UN)"))
U(d, "By the text, the Assembly once again urged States", "as soon as possible.",
  ("United Nations", T, neu, "", "the resolution's appeal to repeal the measures, no judgement word (labels/README: demand to stop without judgement = calling_for_talks); several states -> target empty (unsure)"))
U(d, "Introducing the draft, the Minister for Foreign Affairs of Cuba", "strangle his country's economy.",
  ("Cuba", C, neg, "United States", "'continued to strangle' = judgement of the embargo"))
U(d, "He said the measures were a massive and systematic violation", "at current prices.",
  ("Cuba", C, neg, "United States", "rights-violation charge + damage figure; the judgement decides"))
U(d, "The Minister acknowledged that President Barack Obama had repeatedly asked Congress", "were real steps.",
  ("Cuba", S, pos, "United States", "'the Minister'; recognition of the President's steps = approval"))
U(d, "\"But a blockade that is loosened at the edges is still a blockade,\" he said.", "in exchange for its lifting.\"",
  ("Cuba", C, neg, "United States", "quote continued after the attribution in the same paragraph (one unit); judgement + refusal to trade sovereignty"))
U(d, "He called on the United States to return the territory occupied", "for the harm done.",
  ("Cuba", C, neg, "United States", "'occupied' + demand for compensation = judgement (rule 1)"))
U(d, "The representative of the United States, Samantha Power, then announced", "would abstain.",
  ("United States", N, neu, "", "announcing its own vote = procedure"))
U(d, "She said half a century of trying to cut Cuba off", "not least in this Assembly.",
  ("United States", N, neg, "", "self-criticism of its own past policy; no judgement of another actor (unsure)"))
U(d, "She stressed that abstaining did not mean her country agreed", "free assembly in Cuba.",
  ("United States", C, neg, "Cuba", "'deeply concerned about the detention of dissidents' aimed at Cuba's government = judgement of its acts"))
U(d, "Ms. Power said the Administration hoped that Congress would soon lift the embargo", "on which they disagreed.",
  ("United States", T, pos, "Cuba", "hope + continued dialogue = calling_for_talks"))
U(d, "Speaking on behalf of the Non-Aligned Movement, the representative of Venezuela said", "free trade and navigation.",
  ("Non-Aligned Movement", C, neg, "United States", "speaks for NAM; 'relic of the cold war that violated the Charter' = judgement"))
U(d, "He welcomed the restoration of relations between Havana and Washington", "Helms-Burton Act stood.",
  ("Non-Aligned Movement", C, neg, "United States", "welcome joined to a judgement that normalization is blocked by the embargo and the Act; rule 1 (unsure: could be calling_for_talks)"))
U(d, "The representative of Guyana, speaking for the Caribbean Community (CARICOM)", "trained on the island.",
  ("CARICOM", S, pos, "Cuba", "ties and gratitude = supporting"))
U(d, "The speaker said CARICOM members would continue to stand with Cuba", "until the embargo was gone.",
  ("CARICOM", S, pos, "Cuba", "'the speaker'; solidarity"))
U(d, "The representative of Slovakia, speaking for the European Union", "interests of European companies.",
  ("European Union", C, neg, "United States", "rejection of the Act's extraterritorial reach = judgement"))
U(d, "The Union had concluded talks on a Political Dialogue and Cooperation Agreement", "achieved so far.",
  ("European Union", T, pos, "", "own agreement (fact) + encouragement to both neighbours = calling_for_talks; two addressees -> target empty"))
U(d, "China's representative said the embargo had gone on far too long", "fully and without delay.",
  ("China", C, neg, "United States", "'grave harm' = judgement + appeal; rule 1"))
U(d, "The representative of the Russian Federation said the unilateral sanctions policy", "energy and transport.",
  ("Russia", C, neg, "United States", "'failed on its own terms' = judgement; also support for Cuba, the judgement decides (rule 1)"))
U(d, "Mexico's delegate said his country welcomed the dialogue", "embargo was lifted.",
  ("Mexico", T, pos, "", "welcome + appeal to pursue dialogue, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "The representative of Bolivia said the world had just heard", "subvert the Cuban Government.",
  ("Bolivia", C, neg, "United States", "accusation of subversion programmes = judgement"))
U(d, "Brazil's representative said his delegation was pleased by the abstention", "full lifting of the measures.",
  ("Brazil", S, pos, "United States", "approval of the abstention + hope (no peace appeal; the approval of the US step decides; unsure: could be calling_for_talks)"))
U(d, "The representatives of Ecuador and Nicaragua, in separate statements", "an entire people.",
  ("Ecuador", C, neg, "United States", "two delegations as a pair: one row each; 'a crime against an entire people'"),
  ("Nicaragua", C, neg, "United States", "same sentence"))
# "Israel's delegation did not take the floor." = non-statement, no row.
U(d, "Speaking in explanation of vote after the vote, the representative of Cuba thanked", "the United States abstention.",
  ("Cuba", S, pos, "", "thanks to Member States = approval; 'taken note' of the abstention adds nothing; several actors -> target empty"))
# "The Assembly will next meet ..." = schedule, no row.
# "At a Headquarters press conference following the vote, ..." = narration, no row.
U(d, "Laura Benítez, an economist at the Institute for Caribbean Economic Studies", "medicines or spare parts.",
  ("Laura Benítez", N, neg, "", "invented economist; effects of the rules stated as facts"))
U(d, "\"A vote in New York is a gesture; a licence in Washington would be a policy,\" Ms. Benítez said.", "Ms. Benítez said.",
  ("Laura Benítez", C, neg, "United States", "dismisses the abstention as a mere gesture = judgement without a stock word (unsure)"))
U(d, "Mark Ellison, director of the Cuba Engagement Project in Washington", "in 25 years.",
  ("Mark Ellison", S, pos, "United States", "invented analyst; praise of the vote = approval"))
U(d, "He urged Congress to begin with the travel ban", "could name.",
  ("Mark Ellison", C, neg, "", "appeal to lift the travel ban with a judgement that it serves no purpose; rule 1; Congress is no canonical actor -> target empty (unsure)"))
