# ------------------------------------------------------------------ Security Council on Colombia after the "Segunda Marquetalia" rearmament (UN meetings coverage, 2019-10-10)
d = "page_colombia_marquetalia_rearmament2019_unmeetings.txt"
# Not statements: site bar, breadcrumb, body/meeting number/date, headline, subheadline, "Statements" crosshead,
# meeting times, "For information media", related documents, share bar, footer.

U(d, "Members of the Security Council today reaffirmed their backing", "\"Segunda Marquetalia\".",
  ("United Nations", S, pos, "", "Council members' backing of the peace agreement = supporting; the group's announcement is narrated background inside the lead (its position is given later)"))
U(d, "Briefing the Council on the latest 90-day report", "the reintegration process.",
  ("United Nations", N, neu, "", "Special Representative = UN; figures"))
U(d, "He reported that killings of former combatants had continued", "since the Agreement was signed.",
  ("United Nations", N, neu, "", "toll given without blame = neutral"))
U(d, "In their video, he recalled, the dissident commanders had accused the State", "in Havana.",
  ("Segunda Marquetalia", C, neg, "Colombia", "the group's accusation relayed by the SRSG; only the group takes a position (no UN row)"))
U(d, "The FARC party, which Mr. Márquez had helped to found, had expelled", "the party stood for.",
  ("FARC", C, neg, "Segunda Marquetalia", "expulsion + judgement by its leader; FARC = the party (canonical FARC)"))
U(d, "Mr. Ruiz Massieu urged the Government to release the funds", "outside the former camps.",
  ("United Nations", T, neu, "Colombia", "appeal to implement and protect, no judgement"))
U(d, "\"Those who have kept their word deserve to see that peace pays,\" he said.", "he said.",
  ("United Nations", S, pos, "", "praise of the ex-combatants who stayed in the process; target not canonical (empty)"))
U(d, "Also briefing the Council was Luz Marina Carabalí", "while the institutions count them\".",
  ("Luz Marina Carabalí", C, neg, "Colombia", "invented civil-society briefer; judgement of the institutions' passivity without a stock word"))
U(d, "She asked the Council to press for the deployment of civilian State institutions", "abandoned by the FARC-EP.",
  ("Luz Marina Carabalí", T, neu, "", "appeal for protection of communities (civilian presence)"))
U(d, "Colombia's Minister for Foreign Affairs, Carlos Holmes Trujillo, said the Government", "laid down their weapons.",
  ("Colombia", N, pos, "", "reported clause about its own record = self-praise, neutral"))
U(d, "He said the Márquez group was nothing more than a drug-trafficking gang", "Nicolás Maduro in Venezuela.",
  ("Colombia", C, neg, "", "judgement of two actors (the group and Venezuela) -> target empty"))
U(d, "\"A dictatorship that hands sanctuary to those who murder Colombians", "before regional bodies.",
  ("Colombia", C, neg, "Venezuela", "accusation + announced step before regional bodies"))
U(d, "The Minister also announced that the public forces had set up a special command", "inside Colombian territory.",
  ("Colombia", C, neg, "Segunda Marquetalia", "announced operation against another side = condemning"))
U(d, "The representative of the United Kingdom, penholder on Colombia, said the rearmament announcement", "found encouraging.",
  ("United Kingdom", S, pos, "", "approval of Colombian society's response; target not a canonical actor"))
U(d, "She said the Council should not allow a handful of spoilers", "in good faith.",
  ("United Kingdom", C, neg, "Segunda Marquetalia", "'spoilers' = judgement of the group; carried by 'She'"))
U(d, "The representative of the United States said the Márquez faction had betrayed", "kept their promises.",
  ("United States", C, neg, "Segunda Marquetalia", "accusation of betrayal"))
U(d, "Washington would work with Bogotá to see its leaders brought to justice, she added.", "she added.",
  ("United States", C, neg, "Segunda Marquetalia", "pledge to pursue the group's leaders with Colombia = a response against the group (rule 1 before the backing of Bogotá; unsure: could be supporting Colombia)"))
U(d, "The representative of Germany said the killings of social leaders", "the criminal structures behind them.",
  ("Germany", T, neg, "Colombia", "concern + appeal for accountability and protection; no judgement of a named actor"))
U(d, "Speaking for France, the representative announced an additional contribution", "rural reintegration projects.",
  ("France", S, pos, "Colombia", "money for reintegration = backing by act"))
U(d, "The representative of the Russian Federation said his delegation was troubled", "did not see diminishing.",
  ("Russia", N, neg, "", "concern with no appeal = neutral"))
U(d, "He warned against using the Council's agenda item on Colombia to settle scores", "no place in the discussion.",
  ("Russia", C, neg, "Colombia", "rejects Colombia's accusations against Venezuela as misplaced = judgement"))
U(d, "The representative of China said his country supported the Government's efforts", "the path of dialogue.",
  ("China", T, pos, "", "support joined to a hope for dialogue: rule 2 before rule 3"))
U(d, "The speaker for Peru, noting that his country shares a long border", "armed groups and drug trafficking.",
  ("Peru", S, pos, "Colombia", "solidarity with Colombia"))
U(d, "The representative of the Dominican Republic said the Agreement was a reference", "would take place in calm.",
  ("Dominican Republic", T, pos, "", "praise + hope for calm elections: hope decides (rule 2)"))
U(d, "The representative of South Africa, drawing on his country's own transition", "visible on the ground.",
  ("South Africa", T, neu, "Colombia", "encouragement to implement promises = appeal, no judgement"))
U(d, "The representative of Kuwait said his country followed with concern", "ahead of the vote.",
  ("Kuwait", N, neg, "", "concern without an appeal = neutral"))
U(d, "Taking the floor a second time, the representative of Colombia said his Government rejected", "dozens of democracies.",
  ("Colombia", C, neg, "Russia", "rejects Russia's remarks in protest; also a judgement of Venezuela's 'regime' (main target Russia)"))
