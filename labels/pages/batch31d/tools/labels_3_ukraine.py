# ------------------------------------------------------------------ Babchenko's staged death (UN noon briefing transcript, 2018-05-30)
d = "page_ukraine_babchenko_stageddeath2018_noonbriefing.txt"
# Not statements: site header and menu, title, date, transcript note, crossheads (UKRAINE ...), greetings ("Good afternoon.",
# "Thank you."), the journalists' questions themselves, "For information media. Not an official record.", footer.
# Transcript units start after the speaker's label ("Question:", "Spokesman:"); a journalist's sentence that reports another
# actor's position is that actor's statement (labels/README, twenty-seventh session).
# "I want to start with Ukraine, since I know many of you have been following the news ..." = lead-in, no row.
U(d, "We have seen the reports that the Russian journalist Arkady Babchenko", "foil a plot to kill him.",
  ("Ukraine", N, neu, "", "the SBU's own account of its operation, reported by the UN = Ukraine's statement; own operation reported without judgement = neutral; the UN only notes the reports"))
U(d, "We are, of course, relieved that Mr. Babchenko is alive and well.", "alive and well.",
  ("United Nations", N, pos, "", "relief about a person's safety, no support for an actor's act = neutral, positive"))
U(d, "Before the news broke, the Director-General of UNESCO, Audrey Azoulay, had condemned", "prosecute those responsible.",
  ("UNESCO", C, neg, "", "condemnation of the reported murder (perpetrators unknown) + call to prosecute; target empty: the Ukrainian authorities are addressed, not condemned"))
U(d, "UNESCO told us today that it welcomed the news that he was alive", "about the circumstances.",
  ("UNESCO", N, pos, "", "welcomes news (not an actor's step) + will ask for information = neutral, positive (unsure: could be supporting)"))
U(d, "The Secretary-General has always stressed that journalists must be able to do their work without fear", "a duty to protect.",
  ("United Nations", T, neu, "", "general appeal for the safety of journalists and accurate information, no judgement of a named actor (unsure: may be read as an implicit rebuke of the staging)"))
U(d, "Also on Ukraine, our humanitarian colleagues remain concerned about repeated shelling", "both sides of the contact line.",
  ("United Nations", N, neg, "", "concern with figures, no appeal in this sentence = neutral, negative"))
U(d, "They call on all parties to respect the safety zone around the facility", "repair crews to reach it.",
  ("United Nations", T, neu, "", "'They' = OCHA colleagues; appeal to all parties, no judgement"))
U(d, "The Russian Foreign Ministry spokeswoman, Maria Zakharova, said today that she was glad", "an anti-Russian show.",
  ("Russia", C, neg, "Ukraine", "journalist's question reporting Zakharova's position; 'Kyiv had turned a journalist into a prop for an anti-Russian show' = judgement; relief clause does not change rule 1"))
U(d, "I'm not going to characterize what the Ukrainian authorities did; they have given their explanation.", "their explanation.",
  ("United Nations", N, neu, "", "declines to judge = neutral"))
U(d, "What I can say, as a general principle, is that accurate information from the authorities is essential", "life and death.",
  ("United Nations", N, neu, "", "statement of principle, no named actor, no appeal (unsure: implicit criticism of the staging)"))
U(d, "The head of the Security Service, Vasyl Hrytsak, said the organizer of the plot had been detained", "some 30 people killed in Ukraine.",
  ("Ukraine", C, neg, "Russia", "question reporting the SBU chief: accusation that Russian services recruited the organiser"))
U(d, "Yesterday the Kremlin said Kyiv was using the case to blacken Russia's name.", "to blacken Russia's name.",
  ("Russia", C, neg, "Ukraine", "question reporting the Kremlin: Kyiv accused of using the case to blacken Russia = judgement of Ukraine (not a bare denial); Kyiv = metonym"))
U(d, "Those are allegations which I'm not in a position to verify, and it is for the Ukrainian authorities", "respect for due process.",
  ("United Nations", N, neu, "", "cannot verify + leaves it to the courts = procedural, no judgement"))
U(d, "President Poroshenko met Mr. Babchenko this afternoon and praised the Security Service", "an exemplary operation.",
  ("Ukraine", N, pos, "", "head of state praising his own service = self-praise -> neutral, positive (labels/README)"))
U(d, "But Reporters Without Borders said the security service had played games with the truth", "reporting from Ukraine.",
  ("Reporters Without Borders", C, neg, "Ukraine", "question reporting RSF: judgement of the SBU's staging"))
U(d, "And the OSCE media freedom representative, Harlem Désir, said he was glad", "into circulation.",
  ("OSCE", C, neg, "Ukraine", "OSCE Representative on Freedom of the Media = OSCE; relief + criticism of the false news (rule 1: the judgement wins)"))
U(d, "We're glad he is alive, and we hope the investigation now establishes, in a transparent way, who wanted him dead.", "who wanted him dead.",
  ("United Nations", T, neu, "", "hope for a transparent investigation = appeal, no judgement (calls for an investigation are calling_for_talks in earlier pages); 'I think I've said what I'm going to say on this.' before it = no row"))
U(d, "Stéphane, the International Federation of Journalists said that staging the death of a reporter", "in more danger.",
  ("International Federation of Journalists", C, neg, "Ukraine", "question reporting IFJ: the staging endangers journalists = judgement of Ukraine's act"))
U(d, "The Monitoring Mission follows the safety of journalists in Ukraine closely", "its regular reporting.",
  ("United Nations", N, neu, "", "Human Rights Monitoring Mission = UN; procedure; 'For anything more specific, I would refer you ...' = no row"))
# "Not that I'm aware of." = bare answer, no row.
U(d, "We remain in regular contact with both Missions on a range of issues", "situation in eastern Ukraine.",
  ("United Nations", N, neu, "", "routine contacts with both sides, no appeal"))
U(d, "Ukraine's Foreign Minister, Pavlo Klimkin, said yesterday, before the news came out", "easy to recognise in the killing.",
  ("Ukraine", C, neg, "Russia", "question reporting Klimkin: 'Moscow's hand' in the killing = accusation (reported speech in a long sentence; Moscow = metonym)"))
# "I'm not going to comment on the comments of others. I think our position is clear." = non-answer, no row.
U(d, "Our colleagues are not in a position to attribute the shelling.", "attribute the shelling.",
  ("United Nations", N, neu, "", "declines to attribute = neutral"))
U(d, "What they are saying is that the station serves people on both sides of the line", "civilians on both sides.",
  ("United Nations", N, neg, "", "facts about harm to civilians, no appeal, no named culprit = neutral, negative"))
