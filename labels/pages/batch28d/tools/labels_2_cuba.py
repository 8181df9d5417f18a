# ------------------------------------------------------------------ Cuba: Santiago de Cuba protests and the summons of the US chargé (State Department press briefing, 2024-03-19)
d = "page_cuba_santiago_protests2024_statebriefing.txt"
# Not statements: site header, breadcrumb, title, speaker line, place and time, "I have one thing at the top", the journalists' own questions ("What's your response?", "Is that an opening?", "Can I go to Haiti?" ...), "Sure.", "Thank you.", closing line, related articles, tags, footer.
# Every MR MILLER answer speaks for the United States.
U(d, "Over the weekend, Cubans in Santiago de Cuba", "without power.",
  ("United States", N, neg, "", "the spokesperson's account of the protesters' grievances: facts, no judgement"))
U(d, "We call on the Cuban Government to let those people speak", "instead of their voices.",
  ("United States", T, neg, "Cuba", "demand to one side to allow protest and meet needs, no judgement word = calling_for_talks"))
U(d, "We have seen the reports of detentions in Santiago", "following them closely.",
  ("United States", N, neg, "", "monitoring, concern with no appeal = neutral"))
U(d, "The Cuban foreign ministry summoned your chargé, Ben Ziff, yesterday.", "yesterday.",
  ("Cuba", C, neg, "United States", "journalist's question reporting an act: summoning an envoy in protest = condemning"))
U(d, "The deputy foreign minister, Carlos Fernández de Cossío, said the embassy's posts", "rules governing diplomats.",
  ("Cuba", C, neg, "United States", "reported clause in a question; only Cuba's position (accusation of stirring unrest) is a statement"))
U(d, "Look, the idea that a tweet from our embassy", "is not a serious one.",
  ("United States", N, neg, "", "denial of incitement = neutral, negative (dismissive tone)"))
U(d, "These people went out because the lights were off", "in Havana.",
  ("United States", N, neg, "", "explanation of the protests, no judgement on an actor"))
U(d, "He attended the meeting, he received the note", "the one I just gave you.",
  ("United States", N, neu, "", "procedure of the summons"))
U(d, "President Díaz-Canel wrote on X that the protests had been heated up", "\"in calm.\"",
  ("Cuba", C, neg, "", "blame on people in South Florida (not a canonical actor -> target empty) + offer to listen: rule 1, the judgement decides"))
U(d, "If the government wants to listen to its citizens", "the ones who just spoke.",
  ("United States", C, neg, "Cuba", "rebuke of the arrests without a stock word (unsure: could be read as an appeal = calling_for_talks)"))
U(d, "We would welcome any genuine conversation between the Cuban authorities", "that it is genuine.",
  ("United States", T, neu, "Cuba", "welcome of dialogue + appeal to release detainees, no judgement: rule 2 before 3"))
U(d, "I have no announcements on sanctions today.", "today.",
  ("United States", N, neu, "", "procedural line"))
U(d, "Russia's foreign ministry said this morning that Washington was", "shipping fuel to the island.",
  ("Russia", C, neg, "United States", "reported in a question; judgement on Washington + fuel shipments for Cuba (backing by act): rule 1, the judgement decides"))
U(d, "Russia is free to sell Cuba oil.", "Cuba oil.",
  ("United States", N, neu, "", "no objection stated, no judgement"))
U(d, "It has never been able to sell Cuba a way out", "expect that to change.",
  ("United States", C, neg, "Cuba", "Cuba's 'own economic choices' blamed = judgement without a stock word"))
U(d, "We have for some time licensed food and medicine", "if the need grows.",
  ("United States", S, pos, "", "aid provided and offered to the Cuban people, not to the government -> target empty"))
U(d, "Yanelys Carmona, who runs the Cuban Observatory for Civil Liberties", "several of those held were teenagers.",
  ("Yanelys Carmona", N, neg, "", "invented independent monitor, reported in a question; detention figures = neutral"))
U(d, "I can't confirm a number from here.", "from here.",
  ("United States", N, neu, "", "procedural line"))
U(d, "We have seen reports of that order, and we find them troubling.", "troubling.",
  ("United States", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "Mexico's president said this morning his government would send more oil", "to blame for the shortages.",
  ("Mexico", C, neg, "United States", "'Mexico's president' by title; oil for Cuba (backing by act) + blame on the US embargo: rule 1, the judgement decides"))
U(d, "Mexico makes its own decisions on its energy exports.", "energy exports.",
  ("United States", N, neu, "", "no judgement of Mexico"))
U(d, "Our relationship with Mexico covers a great many things", "affect the rest.",
  ("United States", N, pos, "", "reassurance about the relationship, no stance toward an act"))
U(d, "I saw that their spokesperson said they were following events", "the right message.",
  ("European Union", T, neu, "", "EU spokesperson (second-hand, via the US spokesperson): monitoring + appeal for restraint = calling_for_talks"),
  ("United States", S, pos, "European Union", "approval of the EU's message = supporting"))
U(d, "Ricardo Villalta of the Caribbean Energy Policy Institute in Miami told me", "by both governments.\"",
  ("Ricardo Villalta", C, neg, "", "invented analyst, reported in a question; blame on both governments -> target empty"))
U(d, "The Cuban grid has been failing because the Cuban Government", "for thirty years.",
  ("United States", C, neg, "Cuba", "blame for the blackouts = judgement without a stock word"))
U(d, "Our embargo does not stop food or medicine", "its own power plants.",
  ("United States", N, neg, "", "denial that the embargo causes the crisis = neutral, negative"))
U(d, "CARICOM said over the weekend that the names were still not all in.", "not all in.",
  ("CARICOM", N, neu, "", "reported in a question; state of the nominations = neutral"))
U(d, "We are encouraged by the progress the Haitian stakeholders have made", "to do so quickly.",
  ("United States", T, pos, "", "welcome joined to an appeal to complete the political transition: rule 2 before 3 (unsure: the praise of CARICOM's support could make it supporting)"))
U(d, "Every day without a council is a day the gangs use.", "gangs use.",
  ("United States", N, neg, "", "assessment, no judgement on a named actor"))
U(d, "Jimmy Chérizier said last week he would fight any force that came in.", "came in.",
  ("Viv Ansanm", C, neg, "", "gang leader (canonical alias of Viv Ansanm), reported in a question; threat = condemning; target a force not yet deployed -> empty"))
U(d, "He is someone who has terrorised the people of Port-au-Prince", "as soon as the conditions allow.",
  ("United States", C, neg, "Viv Ansanm", "judgement of Chérizier + call to deploy a force against him = condemning"))
U(d, "Kenya's foreign ministry says it is pausing deployment", "a government in Haiti.",
  ("Kenya", N, neu, "", "withholding deployment with a procedural reason, no protest = neutral"))
U(d, "That is a decision for the Kenyan Government, and we respect it.", "we respect it.",
  ("United States", N, neu, "", "no judgement of the pause (unsure: 'respect' could read as supporting)"))
U(d, "We remain in close contact with Nairobi", "best option available.",
  ("United States", S, pos, "Kenya", "backing of the Kenyan-led mission = supporting; Nairobi = metonym"))
U(d, "As of this morning, more than 30 U.S. citizens have departed", "as long as there is demand.",
  ("United States", N, neu, "", "figures and plans"))
