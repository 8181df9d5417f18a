# ------------------------------------------------------------------ Venezuela: Sebin's arrest of Guaidó's chief of staff Roberto Marrero (live blog, full HTML, 2019-03-21)
d = "page_venezuela_marrero_raid2019_liveblog.html"
# Not statements: masthead, nav, breadcrumb, headline, standfirst, byline, status line, time stamps, captions with credits, share bar, related, tags, newsletter, comments, most read, footer.
# "We are closing this live blog ... his lawyers say they have not been allowed to see him." = the blog's own closing note; the lawyers are not an actor, no row.
U(d, "Helena Kowalczyk, a Latin America fellow", "built only on pressure.",
  ("Helena Kowalczyk", C, neg, "", "invented analyst; judges the pressure-only strategy (Washington and its allies) as failed, no stock word; several states -> target empty"))
U(d, "\"Sanctions and warnings have not moved the men with the guns.", "Marrero will not be the last.\"",
  ("Helena Kowalczyk", T, neg, "", "quote with no verb of saying, speaker carried from the entry above; appeal for a channel to the government and the military = calling_for_talks"))
U(d, "Mexico's foreign ministry said it would not pronounce itself", "inside another country.",
  ("Mexico", N, neu, "", "declining to comment on another state's judicial matter = neutral"))
U(d, "The ministry added that Mexico and Uruguay remained ready to host talks", "to take up the offer.",
  ("Mexico", T, pos, "", "'the ministry' = Mexico's; offer of talks + appeal to both sides"),
  ("Uruguay", T, pos, "", "Uruguay's offer reported by Mexico's ministry (the guide: a position of X reported by Y is X's)"))
U(d, "Foreign ministry spokeswoman Maria Zakharova", "law-enforcement bodies.",
  ("Russia", N, neu, "", "non-comment on another state's police work = neutral"))
U(d, "Zakharova said, however, that Washington was hunting for any pretext", "if it came to that.",
  ("Russia", C, neg, "United States", "surname only; accusation + veiled warning = condemning"))
# "Guaidó has just spoken to reporters outside the National Assembly in Caracas." = narration, no row.
U(d, "The interim president, as he styles himself, said the government had taken a hostage", "and that it had failed.",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "Guaidó named by title; accusation of hostage-taking"))
U(d, "\"We will not sit at any table with people who kidnap our colleagues at night.\"", "at night.\"",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "quote with no verb, speaker carried over; refusing talks in protest, grievance stated = condemning"))
# "He called a new round of nationwide marches for Saturday." = own plan; protest call narrated (no row: a domestic mobilisation plan, no position toward an actor).
U(d, "From Ottawa, Foreign Minister Chrystia Freeland said she was deeply disturbed", "news of the raid.",
  ("Canada", N, neg, "", "state given by the capital; dismay with no appeal and no judgement = neutral, negative"))
U(d, "Cuban Foreign Minister Bruno Rodríguez accused", "to seize the country's oil.",
  ("Cuba", C, neg, "United States", "the entry's lead-in 'Havana rallies behind Caracas.' is a summary line (no row); accusation"))
# "Venezuelan Foreign Minister Jorge Arreaza has replied to Pompeo." = summary line, no row.
U(d, "In a message posted by the foreign ministry, Arreaza said the secretary of state", "interference in the country's affairs.",
  ("Venezuela", C, neg, "United States", "'the secretary of state' = Pompeo (title only); rejection + judgement 'open interference'"))
U(d, "The UN human rights office is \"following the case closely\"", "at the regular briefing.",
  ("United Nations", N, neu, "", "monitoring with no appeal in this sentence = neutral"))
U(d, "She urged the authorities to say where Marrero was being held", "right to due process.",
  ("United Nations", T, neg, "Venezuela", "pronoun = the OHCHR spokeswoman; appeal for disclosure and due process, no judgement = calling_for_talks"))
U(d, "In a statement, Spain's foreign ministry said", "all his legal rights.",
  ("Spain", T, neg, "Venezuela", "the lead-in 'Madrid has voiced concern.' is a summary line (no row); worry + appeal for guarantees = calling_for_talks (unsure: the checker may cut two sentences here)"))
U(d, "Sir Alan Duncan, the Foreign Office minister for the Americas:", "held to account.\"",
  ("United Kingdom", C, neg, "Venezuela", "quote with no verb of saying; threat of accountability = condemning"))
U(d, "A spokeswoman for EU foreign policy chief Federica Mogherini said the bloc expected", "respected in full.",
  ("European Union", T, neg, "Venezuela", "demand for release with no judgement word = calling_for_talks (labels/README)"))
U(d, "The three foreign ministries said the raid", "left standing in Venezuela.",
  ("Colombia", C, neg, "Venezuela", "'the three foreign ministries' of the joint note announced just before (no row for that summary line); one row per listed state; 'assault by the regime' = judgement"),
  ("Chile", C, neg, "Venezuela", "same joint note"),
  ("Brazil", C, neg, "Venezuela", "same joint note"))
U(d, "The Lima Group has put out a statement holding the Maduro government responsible", "that he be freed.",
  ("Lima Group", C, neg, "Venezuela", "holds the government responsible (judgement) + demand; rule 1"))
U(d, "Argentine Foreign Minister Jorge Faurie on Twitter:", "President Guaidó's team\".",
  ("Argentina", C, neg, "Venezuela", "no verb of saying; 'usurping regime hunts down' = judgement"))
U(d, "The ruling party's number two, Diosdado Cabello, said on state television", "more arrests could follow.",
  ("Venezuela", C, neg, "National Assembly of Venezuela", "a ruling-party leader speaking on state TV for the government side; warning of more arrests of the opposition = threat (unsure: party vs state)"))
U(d, "Interior Minister Néstor Reverol said in a televised statement", "attacks on public officials.",
  ("Venezuela", C, neg, "National Assembly of Venezuela", "accusation that Guaidó's aide led an attack plot = condemning; target = Guaidó's camp"))
U(d, "Reverol said agents had found two rifles, a grenade and foreign currency at the flat.", "at the flat.",
  ("Venezuela", N, neu, "", "surname only; items found = facts given by an actor"))
U(d, "Elliott Abrams, the US special representative for Venezuela, told reporters", "would face personal penalties.",
  ("United States", C, neg, "Venezuela", "announced penalties = threatened response = condemning"))
U(d, "National security adviser John Bolton: \"Seizing the interim president's closest aide", "what it costs.\"",
  ("United States", C, neg, "Venezuela", "no verb of saying; judgement + threat"))
U(d, "Secretary of State Mike Pompeo wrote on Twitter", "answer for it.",
  ("United States", C, neg, "Venezuela", "judgement ('a regime that fears its own people') + promise of accountability"))
U(d, "Sergio Vergara, an opposition deputy who lives in the same building", "the damaged doors.",
  ("National Assembly of Venezuela", N, neg, "", "a deputy speaks for the National Assembly; posting a video = showing facts"))
U(d, "Vergara said the agents had held him for several hours", "which flat was Marrero's.",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "account of his own detention and pressure by agents = accusation by describing the other side's acts (unsure: could be neutral facts)"))
U(d, "Guaidó on Twitter, in the first minutes of the day:", "He must be freed now.\"",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "no verb of saying; 'They planted weapons' = accusation + demand; rule 1"))
U(d, "Agents of the Sebin intelligence service raided the home", "as the agents came in.",
  ("National Assembly of Venezuela", N, neg, "", "the blog's opening; the raid reported 'according to Guaidó' = his account of facts (second-hand attribution)"))
U(d, "Andrés Beltrán of the Caracas Institute for Democratic Studies tells us", "touches Guaidó himself.\"",
  ("Andrés Beltrán", N, neu, "", "invented analyst; reading of the government's motive, no judgement or appeal"))
