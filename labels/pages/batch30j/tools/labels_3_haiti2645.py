# ------------------------------------------------------------------ Security Council resolution 2645 renewing BINUH (UN meetings coverage, 2022-07-15)
d = "page_haiti_binuh_res2645_2022_unmeetings.txt"
# Not statements: site menu, document number, meeting number, headline and subheadline (carry China's and Haiti's positions),
# crossheads ("Statements", "Briefing", "Haiti"), meeting times, "For information media", footer links.
U(d, "The Security Council this afternoon extended the mandate", "Cité Soleil.",
  ("United Nations", N, neu, "", "Council decision on a mandate = procedure; the gang fighting is narration"))
U(d, "By the text, the Council called on Member States to stop small arms", "within 90 days.",
  ("United Nations", C, neg, "", "readiness to impose targeted measures on gang leaders = a threatened response (condemning); gangs are no canonical actor -> target empty"))
U(d, "The Council also requested the Secretary-General to report by 15 October", "countries of the region.",
  ("United Nations", N, neu, "", "request for a report = procedure"))
U(d, "Speaking after the vote, the representative of the United States, co-penholder with Mexico, said the resolution sent gang leaders", "would act.",
  ("United States", C, neg, "", "warning to gang leaders = threat; target empty (gangs)"))
U(d, "She said her delegation had worked for a text that every member could join", "take back the streets.",
  ("United States", N, pos, "", "'she' = the US representative; account of its own negotiating + the office's new advisers = neutral, positive tone"))
U(d, "Those who bankroll the gangs, she added, would find their names on a list soon enough.", "soon enough.",
  ("United States", C, neg, "", "speaker carried over with 'she added' mid-sentence; threat of sanctions = condemning"))
U(d, "The representative of Mexico said the people of Cité Soleil had endured a week of killings", "supplies the weapons.",
  ("Mexico", C, neg, "", "judgement without a stock word ('should shame') on unnamed arms suppliers -> target empty"))
U(d, "Most of those firearms, he noted, were bought legally in the north of the continent", "at their source.",
  ("Mexico", C, neg, "", "'he' = the Mexican representative; blame on the source countries by allusion (the United States implied, not named) -> target empty (unsure)"))
U(d, "He said Mexico hoped the next months would bring Haitian parties to an agreement", "for elections.",
  ("Mexico", T, pos, "", "hope for an agreement among Haitian parties = calling_for_talks"))
U(d, "The representative of China said his delegation had voted in favour but regretted", "binding arms embargo.",
  ("China", C, neg, "United Nations", "vote in favour + 'regretted' the text's weakness: the judgement decides (rule 1); aimed at the Council"))
U(d, "\"Good intentions do not stop bullets,\" he said, adding that the Council had spent a year", "to confront.",
  ("China", C, neg, "United Nations", "judgement of the Council without a stock word"))
U(d, "The speaker also questioned why a mission that had cost so much", "ordinary Haitians.",
  ("China", C, neg, "United Nations", "'the speaker' = China's representative; criticism of the UN mission's results (the caution on sanctions does not change it)"))
U(d, "The representative of the Russian Federation said his delegation supported the extension but was wary", "from outside.",
  ("Russia", C, neg, "", "support for the extension + a judgement of outside meddling (unnamed): rule 1, target empty"))
U(d, "The country's future should be decided in a Haitian-led dialogue, he said.", "he said.",
  ("Russia", T, neu, "", "appeal for a Haitian-led dialogue"))
U(d, "Speaking for the three African members of the Council - Gabon, Ghana and Kenya - the representative of Ghana said", "gangs and hunger.",
  ("Ghana", T, neu, "", "A3 statement by a list of states: one row each; welcome + appeal to set aside differences, no judgement: rule 2 before rule 3"),
  ("Gabon", T, neu, "", "same sentence, listed state"),
  ("Kenya", T, neu, "", "same sentence, listed state"))
U(d, "The representative of Brazil said his country had long ties with Haiti", "to the national police.",
  ("Brazil", S, pos, "Haiti", "offer of training = offering assistance"))
U(d, "The representative of France expressed grave concern at the scale of the violence", "in a single week.",
  ("France", N, neg, "", "concern with no appeal = neutral, negative tone"))
U(d, "The representative of the United Kingdom said her delegation was encouraged", "without delay.",
  ("United Kingdom", T, neu, "", "welcome of the consensus + appeal to the authorities and opposition to resume talks: rule 2 before rule 3"))
U(d, "The representative of Ireland condemned the use of sexual violence by gangs", "without care.",
  ("Ireland", C, neg, "", "condemnation of gangs' acts; gangs not canonical -> target empty"))
U(d, "The representative of Norway announced an additional contribution to the basket fund", "Haitian National Police.",
  ("Norway", S, pos, "Haiti", "money for Haiti's police = backing by act"))
U(d, "The representative of India said the Council's decisions should reflect the views of the host country", "with the Government.",
  ("India", C, neg, "United Nations", "complaint about too little consultation = judgement of the Council's process (unsure: could be neutral procedure)"))
# "Before the vote, the Council heard from Magalie Désir ..." = narration of the meeting, no row.
U(d, "Ms. Désir said residents of Cité Soleil had been trapped for days", "carry out the wounded.",
  ("Magalie Désir", N, neg, "", "invented civil-society briefer (independent voice); her account of conditions"))
U(d, "\"The gangs did not buy those guns in Haiti", "she told members.",
  ("Magalie Désir", C, neg, "", "blame on outside arms suppliers by allusion, no actor named -> target empty"))
U(d, "She said the State had been absent from whole districts", "suited them.",
  ("Magalie Désir", C, neg, "Haiti", "'those in power had let the gangs grow because it suited them' = accusation of the Haitian State"))
U(d, "She urged the Council to send independent monitors to the ports.", "to the ports.",
  ("Magalie Désir", T, neu, "United Nations", "appeal to the Council for monitors (a protective measure), no judgement"))
U(d, "The Council also heard from Frantz Casséus", "\"a list without teeth.\"",
  ("Frantz Casséus", C, neg, "United Nations", "invented scholar; judgement of the planned sanctions list"))
U(d, "He said the Council should help rebuild the judiciary first.", "judiciary first.",
  ("Frantz Casséus", N, neu, "", "policy advice on sequencing, neither an appeal for a peaceful course nor a judgement = neutral (unsure)"))
U(d, "The representative of Haiti thanked Council members for their unanimity", "into the country.",
  ("Haiti", S, pos, "United Nations", "thanks + welcome of the Council's call = supporting"))
U(d, "He said the national police had seized a container of rifles", "had been issued.",
  ("Haiti", N, neu, "", "facts given by its own authorities"))
U(d, "\"Our people cannot wait for another mandate cycle,\" he said, calling on partners", "to the police.",
  ("Haiti", T, neg, "", "asking partners for promised aid is not supporting; an appeal, negative tone (as README: asking for help = calling_for_talks)"))
