# ------------------------------------------------------------------ Security Council meeting after Azerbaijan's offensive in Nagorno-Karabakh (UN meetings-coverage readout, 2023-09-21)
d = "page_karabakh_unsc_unreadout.txt"
U(d, "Briefing the Council, Miroslav Jenča", "figures circulating.",
  ("United Nations", N, neg, "", "ASG Jenča = UN; heavy toll + cannot verify figures: facts with alarm, no appeal"))
U(d, "\"We note the announcement of a cessation of hostilities", "he said.",
  ("United Nations", T, neu, "", "notes the ceasefire + urges respect and a process: appeal, no judgement"))
U(d, "The Organization stood ready to support humanitarian efforts", "did not currently have.",
  ("United Nations", T, neg, "", "'The Organization' = UN by context; offer of support + request for access: the appeal decides (rule 2 before rule 3)"))
U(d, "Ararat Mirzoyan, Minister for Foreign Affairs of Armenia", "make them leave.\"",
  ("Armenia", C, neg, "Azerbaijan", "accusation by describing the siege and shelling + quote opened after a colon ('calculated assault ... make them leave'); Azerbaijan not named in the unit but the only attacker on the page"))
U(d, "Quoting the authorities in Stepanakert", "among them children.",
  ("Nagorno-Karabakh authorities", N, neu, "", "figures of the Stepanakert authorities reported by Mirzoyan = their statement (figures, neutral); Armenia takes no position of its own here (no Armenia row)"))
U(d, "He asked the Council to dispatch without delay", "seized of the matter.",
  ("Armenia", T, neg, "United Nations", "request for a UN mission to assess the situation, no judgement word = calling_for_talks; the Council addressed = UN"))
U(d, "Jeyhun Bayramov, Minister for Foreign Affairs of Azerbaijan", "been halted.",
  ("Azerbaijan", C, neg, "", "own operation justified by blaming 'illegal Armenian armed formations' for the mines = accusation (as the seed's 'anti-terrorist' announcement, condemning); target empty: the formations are neither clearly Armenia nor the NK authorities (unsure)"))
U(d, "He rejected the claim that civilians or civilian infrastructure", "had been hit.",
  ("Azerbaijan", N, neg, "", "denial = neutral, negative tone (guide)"))
U(d, "Armenia's continued patronage of an illegal regime", "That era is over.\"",
  ("Azerbaijan", C, neg, "Armenia", "possessive before the speaker (Armenia is judged, not speaking); quote opened after a colon"))
U(d, "He said a first meeting with representatives of the Armenian residents", "equal citizens of Azerbaijan.",
  ("Azerbaijan", T, pos, "", "talks held with the residents' representatives (committing to talks) + reassurance about rights; the talks decide; residents not a canonical party -> target empty"))
U(d, "Catherine Colonna, Minister for Europe and Foreign Affairs of France", "settling the question.",
  ("France", C, neg, "Azerbaijan", "accusation of a planned war (Baku = metonym) + 'would never accept force' = judgement without stock words"))
U(d, "The ceasefire must hold, she added", "Lachin corridor.",
  ("France", T, neg, "Azerbaijan", "demand addressed to one side with no judgement word = calling_for_talks, negative (README)"))
U(d, "France had already released additional humanitarian funding", "she said.",
  ("France", S, pos, "", "backing by act (aid money released); the people of Nagorno-Karabakh are not a canonical actor -> target empty"))
U(d, "Linda Thomas-Greenfield, representative of the United States", "without obstruction.",
  ("United States", T, neg, "", "concern + appeal for humanitarian access: the appeal decides (guide: concern with an appeal = talks)"))
U(d, "The representative of the Russian Federation, Dmitry Polyanskiy", "them children.",
  ("Russia", N, neu, "", "own peacekeepers' mediation and evacuation figures = facts about own conduct, neutral"))
U(d, "Several peacekeepers had been killed, he said", "thorough investigation.",
  ("Russia", N, neg, "", "losses reported, 'taken note of' = no judgement; Moscow = metonym for the speaker's state"),
  ("Azerbaijan", N, neu, "", "Baku's readiness to investigate, reported by Russia = Azerbaijan's position (a procedure), neutral"))
U(d, "Attempts by some Western delegations to shift responsibility", "he said.",
  ("Russia", C, neg, "", "'groundless and cynical' = judgement; 'some Western delegations' not one canonical actor -> target empty"))
U(d, "Annalena Baerbock, Federal Foreign Minister of Germany", "legitimate result.",
  ("Germany", C, neg, "Azerbaijan", "broken promises + 'would never regard ... as legitimate' = judgement without stock words; Baku = metonym"))
U(d, "Josep Borrell, High Representative of the European Union", "side of the border.",
  ("European Union", S, pos, "", "'the bloc' = EU; more humanitarian aid + keeping its monitoring mission = backing by act; aimed at no single actor"))
U(d, "\"The only way forward is through negotiation between Baku and Yerevan", "he said.",
  ("European Union", T, pos, "", "negotiation + facilitation; both sides -> target empty"))
U(d, "The representative of China said that his country hoped", "complicate the situation.",
  ("China", T, neu, "", "hope for dialogue + restraint aimed at both sides = calling_for_talks"))
U(d, "Speaking on behalf of the \"A3\", the representatives of Ghana, Gabon and Mozambique", "negotiating table.",
  ("Ghana", T, neu, "", "joint statement of three listed states: one row each"),
  ("Gabon", T, neu, "", "same joint statement"),
  ("Mozambique", T, neu, "", "same joint statement"))
U(d, "The representative of Malta said that her delegation welcomed the ceasefire", "lasting peace.",
  ("Malta", T, pos, "", "welcome + hope for peace, no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "Azerbaijan's resort to force in the middle of a peace process", "could not ignore.",
  ("Albania", C, neg, "Azerbaijan", "'deeply regrettable' = judgement without stock words; possessive before the speaker (Azerbaijan is not speaking)"))
U(d, "The representative of Japan said that Japan was deeply alarmed", "developments closely.",
  ("Japan", N, neg, "", "alarm + monitoring without an appeal = neutral, negative (guide)"))
U(d, "Taking the floor a second time, Mr. Bayramov said", "three decades.",
  ("Azerbaijan", C, neg, "", "'would not accept lectures' = rejection in protest aimed at unnamed states -> target empty"))
