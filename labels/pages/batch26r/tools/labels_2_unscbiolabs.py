# ------------------------------------------------------------------ UN Security Council, 8991st meeting on Russia's biological-laboratory claims (UN meetings coverage, republished, 11 March 2022)
d = "page_unsc_biolabs_claims2022_meetingscoverage.txt"
# Not statements: site name, menu, breadcrumb, republication note, meeting number, headline and subheadline, "* * *",
# the "Expert comment" crosshead, Related, tags, disclaimer line. The meeting's times = narration.
U(d, "The Security Council met this morning, at the request of the Russian Federation", "programmes in the country.",
  ("United Nations", N, neu, "", "lede: the disarmament official's statement that the UN knows of no programmes = a fact stated, neutral (the Council meeting itself = narration; Russia's request is a procedural act, not labelled separately)"))
U(d, "Izumi Nakamitsu, Under-Secretary-General and High Representative for Disarmament Affairs", "the treaty provides.",
  ("United Nations", T, neu, "", "encouraging both parties to use the treaty's consultation procedures = appeal for a peaceful course"))
U(d, "She also warned that the safety of nuclear facilities in Ukraine", "work without pressure.",
  ("United Nations", N, neg, "", "alarm + duty of the controlling forces, no explicit judgement on a named actor and no appeal for talks (unsure: could be calling_for_talks)"))
U(d, "Rosemary DiCarlo, Under-Secretary-General for Political and Peacebuilding Affairs, urged", "rising by the hour.",
  ("United Nations", T, neg, "", "appeal to intensify talks for a ceasefire, grim tone"))
U(d, "The representative of the Russian Federation said his delegation had obtained documents", "his country's border.",
  ("Russia", C, neg, "United States", "'the representative of X' (meetings-coverage form); charge against US-funded labs"))
U(d, "He argued that the research could not be explained by public health needs", "in those facilities.",
  ("Russia", C, neg, "", "'He' = the Russian representative; accusation + demand to Washington and Kyiv: judgement decides; two targets -> empty"))
U(d, "The speaker said the Russian Federation would continue to raise the matter", "received answers.",
  ("Russia", N, neu, "", "'The speaker' = Russia; procedural plan, no new judgement"))
U(d, "The representative of the United States described the meeting as a vehicle for falsehoods", "anywhere else.",
  ("United States", C, neg, "Russia", "'a vehicle for falsehoods' = judgement; the denial is folded into it"))
U(d, "The Russian Federation, she warned, had a record of accusing others", "in Ukraine.",
  ("United States", C, neg, "Russia", "speaker carried by 'she' in a new paragraph; accusation of a pretext"))
U(d, "She said the United States would not dignify the allegations further", "it had chosen.",
  ("United States", C, neg, "Russia", "demand to stop 'the war it had chosen' joined to a judgement: rule 1"))
U(d, "Speaking next, the United Kingdom's delegate said the Council had been asked to listen", "taken apart.",
  ("United Kingdom", C, neg, "Russia", "state adjective + 'delegate'; 'conspiracy theories' = judgement"))
U(d, "The Russian Federation's aim, she said, was to distract attention", "hospitals and homes.",
  ("United Kingdom", C, neg, "Russia", "'she' = the UK delegate; accusation"))
U(d, "The representative of China said that any information on military biological activities", "in a responsible manner.",
  ("China", T, neu, "", "asks the parties to respond and clarify, no judgement = calling_for_talks (unsure: lends weight to Russia's claims; not supporting since no explicit backing)"))
U(d, "He also voiced support for the talks between the Russian Federation and Ukraine", "end to the fighting.",
  ("China", T, pos, "", "support for talks + hope for an end to fighting = calling_for_talks (the thing backed is negotiation)"))
U(d, "France's representative said the Council was being used as a platform for State propaganda", "investigated and refuted.",
  ("France", C, neg, "Russia", "'State propaganda' = judgement"))
U(d, "The representative of Albania said the session showed that Moscow was prepared", "spread disinformation.",
  ("Albania", C, neg, "Russia", "two delegations in one sentence: Albania's judgement"),
  ("Ireland", C, neg, "Russia", "Ireland's 'without any foundation ... disinformation' = judgement"))
U(d, "Norway's representative said her delegation regretted that the Council's time", "suffering of civilians.",
  ("Norway", C, neg, "Russia", "'regretted ... unsubstantiated claims' = judgement aimed at the claims' author"))
U(d, "The representative of Mexico said his delegation had seen no evidence", "settle such disputes.",
  ("Mexico", T, neu, "", "no evidence (fact) + appeal to use the Convention's mechanisms = calling_for_talks, no judgement word"))
U(d, "India's delegate said matters relating to the Convention should be dealt with", "the parties concerned.",
  ("India", T, neu, "", "consultation and cooperation between the parties = calling_for_talks"))
U(d, "The representatives of Kenya, Brazil and Ghana each appealed for a cessation of hostilities", "\"a theatre of accusations\".",
  ("Kenya", T, neg, "", "list of states: one row each; appeal for a ceasefire; Kenya's warning about the Council's use carries no named target"),
  ("Brazil", T, neu, "", "listed state, same appeal"),
  ("Ghana", T, neu, "", "listed state, same appeal"))
U(d, "The representative of Gabon said the country was alarmed", "the High Representative.",
  ("Gabon", N, neg, "", "alarm with no appeal = neutral, negative"))
U(d, "The speaker for the United Arab Emirates said the Council had a duty", "lead to a ceasefire.",
  ("United Arab Emirates", T, neu, "", "focus on humanitarian situation and a ceasefire = calling_for_talks"))
U(d, "Taking the floor at the end of the meeting, the representative of Ukraine said", "on public health.",
  ("Ukraine", N, neg, "", "denial = neutral, negative tone"))
U(d, "He said the Russian Federation was spreading lies in the Council", "\"an insult to the victims\".",
  ("Ukraine", C, neg, "Russia", "'spreading lies' while shelling hospitals = judgement"))
U(d, "Helena Marsh, a senior fellow for arms control", "rather than verification\".",
  ("Helena Marsh", C, neg, "Russia", "invented analyst (person); the treaty route is right + 'the goal is publicity rather than verification' = judgement of the meeting's sponsor"))
U(d, "Kofi Asante-Darko, a lecturer in international law", "move both capitals\".",
  ("Kofi Asante-Darko", T, neu, "", "invented scholar (person); endorses the elected members' ceasefire line = calling_for_talks (his view, no judgement)"))
