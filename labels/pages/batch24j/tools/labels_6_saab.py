# ------------------------------------------------------------------ The extradition of Alex Saab from Cabo Verde and Venezuela's exit from the Mexico talks (US State Department readout and background briefing, 2021-10-18)
d = "page_saab_extradition_caboverde2021_statereadout.txt"
# Not statements: department banner, menu, breadcrumb, title, SPECIAL BRIEFING / OFFICE OF THE SPOKESPERSON / date / 'Via Teleconference',
# 'Readout' and 'Transcript' headers, the MODERATOR's lines, the speaker labels, reporters' bare questions ("What is your response?"),
# '# # #', tags, related articles, share bar, footer links.
# The Senior State Department Official = United States. Positions relayed inside a reporter's question are the named actor's statements.
U(d, "The Department of State convened a background teleconference", "to the United States on October 16.",
  ("United States", N, neu, "", "the readout's own summary of the call: procedure"))
U(d, "The Department thanks the Government of Cabo Verde and its courts", "international obligations.",
  ("United States", S, pos, "Cape Verde", "thanks/approval; Cabo Verde = Cape Verde (alias)"))
U(d, "The United States continues to support the negotiation process in Mexico City", "without conditions.",
  ("United States", T, neu, "Venezuela", "support for the talks + appeal to return to the table, no judgement: rule 2"))
U(d, "Mr. Saab appeared this morning before a federal magistrate in Miami", "any defendant.",
  ("United States", N, neu, "", "facts + reassurance about due process"))
U(d, "This is a law-enforcement matter that was decided by independent courts", "sixteen months of litigation.",
  ("United States", N, neu, "", "framing of the case as judicial, no position on another actor"))
U(d, "Let me be clear on one point: Mr. Saab was not a diplomat", "into a diplomatic one.",
  ("United States", N, neg, "", "rebuttal of Caracas's claim of diplomatic status = a denial, neutral with negative tone"))
U(d, "We find the decision of the Maduro representatives to walk away", "a credible path to elections.",
  ("United States", C, neg, "Venezuela", "judgement without a stock word ('deeply disappointing', blame for the cost)"))
U(d, "We were also dismayed to learn that the six former CITGO executives", "within hours of the extradition.",
  ("United States", N, neg, "", "dismay (alarm) with no appeal and no judgement word = neutral, negative"))
U(d, "Holding men hostage to a separate court case", "to account for their safety.",
  ("United States", C, neg, "Venezuela", "'holding men hostage' + 'hold those responsible to account' = judgement and warning"))
U(d, "Caracas has called the extradition a kidnapping", "wreck the negotiations.",
  ("Venezuela", C, neg, "United States", "position relayed in a reporter's question; 'kidnapping' + accusation of Washington"))
U(d, "That is simply not the case.", "simply not the case.",
  ("United States", N, neg, "", "bare denial"))
U(d, "The timing was set by the courts of Cabo Verde, not by us", "any other prosecution.",
  ("United States", N, neg, "", "denial continued"))
U(d, "Jorge Rodriguez said on Saturday that his delegation would not travel", "an act of aggression.",
  ("Venezuela", C, neg, "", "head of the government delegation; walkout with blame of three actors (US, Colombia, opposition) -> target empty"))
U(d, "We hope, and the Norwegian facilitators hope", "recover their institutions.",
  ("United States", T, pos, "", "hope that the talks resume"),
  ("Norway", T, pos, "", "Norway's hope reported by the US official (a position of X reported by Y is X's)"))
U(d, "Russia's foreign ministry says the extradition was unlawful", "a Venezuelan diplomat.",
  ("Russia", C, neg, "", "'unlawful' = judgement of an act by two states (Cape Verde's extradition at the US request) -> target empty"))
U(d, "Mr. Saab will have his day in court.", "his day in court.",
  ("United States", N, neu, "", "statement of procedure"))
U(d, "The Cabo Verde government said in a statement on Saturday", "a fair trial.",
  ("Cape Verde", N, neu, "", "fact about assurances received: neutral"))
U(d, "I can confirm that we provided the assurances that are customary", "can be tried.",
  ("United States", N, neu, "", "procedure"))
U(d, "The ECOWAS Court ordered his release earlier this year", "asked Cabo Verde to hold off.",
  ("ECOWAS", T, neu, "Cape Verde", "the bloc's court: an order to release with no judgement word in the sentence = a demand to one side (unsure: a court order against a detention could be condemning)"),
  ("United Nations", T, neu, "Cape Verde", "UN Human Rights Committee = United Nations; request to hold off pending review"))
U(d, "The courts of Cabo Verde weighed those arguments and ruled on them", "in September.",
  ("United States", N, neu, "", "facts about the rulings"))
U(d, "We respect those rulings.", "those rulings.",
  ("United States", S, pos, "Cape Verde", "approval of Cabo Verde's courts"))
U(d, "The Unitary Platform's delegation said on Sunday that it regretted the suspension", "one businessman.",
  ("Unitary Platform", C, neg, "Venezuela", "'regretted' aimed at the government's act + 'held hostage' = judgement; joined to an appeal to return: rule 1"))
U(d, "We remain in close contact with the Unitary Platform", "the talks should resume.",
  ("United States", T, neu, "", "appeal for talks to resume"),
  ("European Union", T, neu, "", "partners' view reported by the US official (unsure: reported vaguely)"),
  ("Canada", T, neu, "", "same sentence"))
U(d, "Mexico's foreign ministry said it remained ready to host", "both delegations are willing.",
  ("Mexico", T, pos, "", "offer to host talks"))
U(d, "We are grateful to Mexico for its hospitality.", "for its hospitality.",
  ("United States", S, pos, "Mexico", "gratitude = approval"))
U(d, "Our position on sanctions has not changed:", "the release of a defendant.",
  ("United States", C, neg, "Venezuela", "sanctions maintained, relief conditional = a measure"))
U(d, "If the regime chooses to retaliate against American detainees", "to be firm.",
  ("United States", C, neg, "Venezuela", "conditional threat"))
U(d, "Daniel Okafor, a former federal prosecutor", "argue diplomatic immunity.",
  ("Daniel Okafor", N, neu, "", "invented former prosecutor (independent person), relayed by a reporter; forecast"))
# "I'll leave predictions about the trial to the Department of Justice." = non-answer, no row.
U(d, "Laura Mendieta of the Caracas-based think tank Observatorio de Gobernanza", "ended in September.",
  ("Laura Mendieta", C, neg, "Venezuela", "invented analyst; charge that the government sought a pretext = judgement"))
# "I won't speculate about their motives." = non-answer, no row.
U(d, "I'll just say that the door is open", "walk back through it.",
  ("United States", T, pos, "Venezuela", "open door, wish that they return to the talks"))
