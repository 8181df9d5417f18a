# ------------------------------------------------------------------ Security Council open debate on sea-level rise (UN meetings coverage, 2023-02-14)
d = "page_sealevel_opendebate2023_unmeetings.txt"
# Not statements: site header, breadcrumb, meeting number and symbol, headline, subheadline (both carry positions),
# "Statements" crosshead, meeting times, closed-meeting footnote, "For information media".
# "The Security Council held its first open debate ... as low-lying island States described ..." = summary narration, no row.
U(d, "Opening the meeting, Secretary-General António Guterres said", "by the end of the century.",
  ("United Nations", N, neg, "", "alarm with no appeal in this sentence = neutral, negative"))
U(d, "He called on the Council and the wider membership", "on the question.",
  ("United Nations", T, neu, "", "appeal for a collective legal course, no judgement = calling_for_talks (unsure: an appeal for policy rather than for talks)"))
U(d, "Csaba Kőrösi (Hungary), President of the General Assembly, said", "belonged to them.",
  ("United Nations", T, neu, "", "the President of the General Assembly speaks for the UN, not Hungary; appeal for coordinated work across organs"))
U(d, "Bogdan Aurescu, Co-Chair of the International Law Commission's Study Group", "rely on stable boundaries.",
  ("United Nations", N, neu, "", "speaks as co-chair of a UN legal body (not as Romania's minister); legal findings = neutral"))
U(d, "Losana Raikadroka, a climate-security researcher from Fiji", "every season.",
  ("Losana Raikadroka", N, neg, "", "invented civil-society briefer; description of conditions, no judgement"))
U(d, "\"We did not create this crisis", "she said.",
  ("Losana Raikadroka", N, neg, "", "grievance with no actor named and no explicit judgement = neutral, negative (unsure: implied blame could make it condemning)"))
U(d, "She asked Council members to support a special representative", "climate and security.",
  ("Losana Raikadroka", T, neu, "", "appeal for an institutional step = calling_for_talks"))
U(d, "Speaking in his national capacity, the Council President, Ian Borg", "across the United Nations system.",
  ("Malta", T, neu, "", "'in his national capacity' = Malta, not the Council; appeal for a coordinated response"))
U(d, "The representative of the United States said her country would contribute", "statehood endure.",
  ("United States", S, pos, "", "funds offered + solidarity with the island States (several) -> target empty"))
U(d, "The speaker for the United Kingdom said that his Government supported", "sea-level rise.",
  ("United Kingdom", S, pos, "Pacific Islands Forum", "backing the Forum's declaration = supporting"))
U(d, "The representative of Japan likewise backed", "in Tuvalu and Kiribati.",
  ("Japan", S, pos, "", "backing + project support for two states -> target empty"))
U(d, "France's delegate said that sea-level rise was a threat multiplier", "mandates of peace operations.",
  ("France", T, neu, "", "appeal to build climate risk into peace-operation mandates (unsure: an institutional appeal, could be neutral)"))
U(d, "The representative of the Russian Federation, while acknowledging", "island States actually needed.",
  ("Russia", C, neg, "", "'a mistake' = judgement of the approach taken by the debate's promoters; several -> target empty"))
U(d, "The Council, he said, was being pulled into questions", "the framework convention.",
  ("Russia", N, neg, "", "objection to the forum with a procedural reason (mandate) = neutral (README: objecting with no judgement)"))
U(d, "He went on to say that developed countries", "their own failures.",
  ("Russia", C, neg, "", "accusation of broken finance pledges and deflection; developed countries (several) -> target empty"))
U(d, "His delegation did not oppose the concerns of island States", "supported their development.",
  ("Russia", N, neu, "", "denial of hostility + self-description = neutral"))
U(d, "Brazil's representative said that the question should be handled", "on Climate Change.",
  ("Brazil", N, neu, "", "forum preference with a procedural reason and no judgement = neutral (near-miss to Russia's judgement)"))
U(d, "China's delegate said that developed countries bore historical responsibility", "rather than hold debates.",
  ("China", C, neg, "", "holds developed countries responsible + jab at debating = condemning; several -> target empty"))
U(d, "China would continue to help small island developing States", "he said.",
  ("China", S, pos, "", "continued assistance = supporting; several states -> target empty"))
U(d, "The representative of Ghana, speaking also for Gabon and Mozambique, said", "Africa and the Pacific alike.",
  ("Ghana", C, neg, "", "a list of states speaking together: one row each; the largest emitters' failure 'costing lives' = judgement; target empty"),
  ("Gabon", C, neg, "", "same joint statement"),
  ("Mozambique", C, neg, "", "same joint statement"))
U(d, "The United Arab Emirates, which will host the twenty-eighth Conference", "island States could count on.",
  ("United Arab Emirates", T, pos, "", "hope for an agreement in the climate negotiations = calling_for_talks"))
U(d, "Switzerland's delegate said her country was deeply concerned", "accelerating sea-level rise.",
  ("Switzerland", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "Ecuador's representative called on all States to respect the permanence", "Law of the Sea.",
  ("Ecuador", T, neu, "", "appeal to all states, no judgement = calling_for_talks"))
U(d, "Albania's speaker offered the condolences of his delegation", "over the previous days.",
  ("Albania", S, neg, "New Zealand", "condolences = supporting (sympathy), sad tone"))
U(d, "The representative of Samoa, speaking on behalf of the Alliance of Small Island States, said", "paying for it with their land.",
  ("Alliance of Small Island States", N, neg, "", "Samoa as chair speaks for the Alliance; a grievance with no actor named and no explicit judgement = neutral, negative (unsure: implied blame could make it condemning)"))
U(d, "\"Our islands are not a debating point.", "where our grandparents are buried,\" she said.",
  ("Alliance of Small Island States", N, neg, "", "quote closed by 'she said' (the same speaker); a plea about what is at stake, no judgement or appeal"))
U(d, "She said that the Alliance welcomed the Council's attention", "advisory opinion of the International Court of Justice on climate change.",
  ("Alliance of Small Island States", T, neu, "", "welcome joined to an appeal for a legal/diplomatic step: rule 2 before rule 3 = calling_for_talks"))
U(d, "The speaker for Nauru, on behalf of the Group of Friends on Climate and Security, asked", "climate and security.",
  ("Nauru", T, neu, "United Nations", "Nauru speaks (the Group of Friends is not an actor); institutional appeal to the Secretary-General"))
U(d, "Tuvalu's representative said that his country would remain a State", "to say so.",
  ("Tuvalu", N, pos, "", "own legal position and plan = neutral"))
U(d, "The representative of Vanuatu said dozens of States had now co-sponsored", "before the vote next month.",
  ("Vanuatu", T, neu, "", "figure + appeal to join a General Assembly resolution (README: pursuing a UN resolution = calling_for_talks)"))
U(d, "New Zealand's delegate thanked Council members for their messages of sympathy", "would take months.",
  ("New Zealand", S, pos, "", "gratitude = approval; several addressees -> target empty; recovery timeline rides along"))
U(d, "The speaker for the Maldives said that 80 per cent of his country's land", "keep its people at home.",
  ("Maldives", N, neu, "", "figure and own plans"))
U(d, "The European Union's delegate said that the bloc would continue to press major economies", "finance adaptation.",
  ("European Union", S, pos, "", "'the bloc'; offered adaptation finance = supporting (the appeal to major economies is not a call for talks)"))
U(d, "Iran's representative, for his part, said that unilateral sanctions", "a changing climate.",
  ("Iran", C, neg, "", "judgement of unilateral sanctions, their imposers unnamed -> target empty"))
