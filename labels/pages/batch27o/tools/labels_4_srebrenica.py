# ------------------------------------------------------------------ Russia's veto of the Srebrenica draft (UN meetings coverage, .txt, 2015-07-08)
d = "page_unsc_srebrenica_veto2015_unmeetings.txt"
# Not statements: UN banner, menu, breadcrumb, date/body/meeting lines, headline and subheadline, meeting times, disclaimer, links, footer.
# "The Security Council today did not adopt a draft resolution ..." / vote tally / minute of silence = narration of the meeting, no row.
U(d, "Before the vote, the representative of the United Kingdom, which had prepared the draft, said", "blamed no nation.",
  ("United Kingdom", T, pos, "", "sponsor's purpose: remembrance and reconciliation, no judgement = appeal for reconciliation"))
U(d, "\"Remembering what happened in Srebrenica is not an act against anyone", "he said.",
  ("United Kingdom", N, neg, "", "'he' = UK representative; justification of the text, no appeal or judgement of an actor"))
U(d, "Speaking before the vote, the representative of the Russian Federation said the draft was divisive", "victims on all sides.",
  ("Russia", C, neg, "United Kingdom", "judgement of the sponsor's draft: divisive, one-sided"))
U(d, "He said his delegation had offered an alternative text", "could agree.",
  ("Russia", T, neu, "United Kingdom", "counter-offer + urging a consensus wording = talks"))
U(d, "The Russian Federation grieved for every victim of that war", "he added.",
  ("Russia", N, neg, "", "grief for all victims, no appeal or judgement of an actor"))
# "The Council then heard a briefing under rule 39 ... by Amela Husić ..." = procedure narration, no row.
U(d, "Ms. Husić asked Council members to remember that the remains", "help the families locate them.",
  ("Amela Husić", T, neg, "", "invented briefer; appeal to all states to help families = humanitarian appeal"))
U(d, "\"Every time a leader in our region says the word genocide is a lie", "she said.",
  ("Amela Husić", C, neg, "", "judgement of deniers (unnamed leaders) -> target empty"))
U(d, "After the vote, the representative of the United Kingdom said the veto was a heavy blow", "still deny the crime.",
  ("United Kingdom", C, neg, "Russia", "'one member had chosen to shield' deniers = accusation aimed at Russia (by allusion)"))
U(d, "The representative of the United States said her delegation was deeply disappointed", "draft itself was forgotten.",
  ("United States", C, neg, "Russia", "disappointment + the vote 'would be remembered' = judgement"))
U(d, "She said the United States stood with the survivors and the families", "on 11 July.",
  ("United States", S, pos, "", "solidarity with victims' families (not actors) = supporting"))
U(d, "The representative of France said his country regretted the use of the veto", "it lacked today.",
  ("France", C, neg, "Russia", "'regretted' aimed at Russia's veto = judgement, with a hope (rule 1)"))
U(d, "Explaining his abstention, the representative of China said", "divisions among them.",
  ("China", T, neu, "", "dialogue appeal, no judgement"))
U(d, "The representative of Lithuania said that denying a genocide established by courts", "learned from its past.",
  ("Lithuania", C, neg, "", "judgement of genocide denial, no named actor"))
U(d, "The representative of Jordan said the United Nations had failed the people of Srebrenica", "name the crime.",
  ("Jordan", C, neg, "United Nations", "holds the UN's 1995 failure against it = judgement of an actor"))
U(d, "The representative of Chile said it hoped the anniversary would strengthen", "Bosnia and Herzegovina.",
  ("Chile", T, pos, "", "hope for reconciliation = calling_for_talks"))
U(d, "Malaysia's representative said his country stood with the people of Bosnia and Herzegovina", "during the war.",
  ("Malaysia", S, pos, "Bosnia and Herzegovina", "solidarity + past troop contribution = supporting"))
U(d, "The speaker for Spain said his delegation was concerned", "division in the Council.",
  ("Spain", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "The representatives of Nigeria and Angola said they had abstained", "parties in Bosnia and Herzegovina.",
  ("Nigeria", N, neu, "", "list of two states: procedural explanation of the vote"),
  ("Angola", N, neu, "", "same sentence, second state"))
U(d, "The representative of Venezuela said the Council should not be used", "would not serve peace.",
  ("Venezuela", C, neg, "", "charges 'some members' with political agendas = judgement; several actors -> target empty"))
U(d, "The representative of Chad called for all those still sought", "brought to justice.",
  ("Chad", T, neu, "", "call for justice for the crimes, no judgement of an actor"))
U(d, "Taking the floor, the representative of Bosnia and Herzegovina thanked the United Kingdom", "honour the victims.",
  ("Bosnia and Herzegovina", S, pos, "United Kingdom", "thanks = supporting"))
U(d, "She said she deplored the negative vote", "lived through.",
  ("Bosnia and Herzegovina", C, neg, "Russia", "'deplored' the negative vote = judgement of Russia's act"))
U(d, "The representative of Serbia said his country was grateful to the Russian Federation", "an entire people.",
  ("Serbia", S, pos, "Russia", "gratitude for the veto = supporting Russia (the judgement of the draft is secondary; unsure: could be condemning the sponsors)"))
U(d, "Serbia condemned the crime committed in Srebrenica and bowed before its victims", "commemoration on 11 July.",
  ("Serbia", C, neg, "", "condemns the 1995 crime; perpetrators not an actor here -> target empty"))
