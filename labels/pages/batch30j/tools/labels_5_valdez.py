# ------------------------------------------------------------------ The killing of journalist Javier Valdez in Culiacán (public-radio interview transcript, 2017-05-16)
d = "page_mexico_javiervaldez_killing2017_radiointerview.txt"
# Not statements: station menu, programme title, date/listen time, headline, transcript disclaimer, [MUSIC], speaker labels,
# the host's questions and links, greetings and thanks, "Related episodes", donate prompt, copyright.
# Host's intro narration (the killing, "at least the fifth journalist") = narration, no row.
U(d, "President Enrique Peña Nieto wrote on Twitter that the killing had outraged the country", "take over the case.",
  ("Mexico", C, neg, "", "host reports the president's position (reported speech counts); judgement of the killing + federal takeover; killers unknown -> target empty"))
U(d, "Words are the cheapest thing a government can give.", "can give.",
  ("Reporters Without Borders", C, neg, "Mexico", "guest speaks for RSF; judgement of the government's words without a stock word"))
U(d, "We have heard \"outrage\" after every killing since 2000", "still open.",
  ("Reporters Without Borders", C, neg, "Mexico", "figures used as an indictment of impunity"))
U(d, "Reporters Without Borders holds the federal government responsible", "costs nothing.",
  ("Reporters Without Borders", C, neg, "Mexico", "'holds ... responsible' = condemning"))
# Host: "The special prosecutor has now taken the case." = host's link, no row.
U(d, "The special prosecutor's office has had the power to take these cases for four years.", "for four years.",
  ("Reporters Without Borders", N, neu, "", "fact given by the guest"))
U(d, "It has secured a handful of convictions.", "a handful of convictions.",
  ("Reporters Without Borders", C, neg, "Mexico", "judgement by a figure: a poor record of the state prosecutor (unsure: could be a neutral figure)"))
U(d, "We are asking for one thing this week:", "not just their editors.",
  ("Reporters Without Borders", T, neu, "Mexico", "appeal for protection funding and a meeting with the families, no judgement"))
U(d, "Since Joaquín Guzmán was extradited in January, the cartel has been split", "his old partners.",
  ("Óscar Lizárraga", N, neu, "", "invented researcher; analysis of the cartel split"))
U(d, "In a fight like that, a reporter who knows who is who becomes dangerous to everyone.", "dangerous to everyone.",
  ("Óscar Lizárraga", N, neg, "", "analysis"))
U(d, "I would not guess which faction ordered this.", "ordered this.",
  ("Óscar Lizárraga", N, neu, "", "declines to attribute blame = neutral"))
U(d, "State prosecutors say they are looking at every line of inquiry", "including his work.",
  ("Mexico", N, neu, "", "host reports the Sinaloa prosecutors' position (state officials resolve to Mexico); procedure"))
U(d, "That is what they always say.", "they always say.",
  ("Óscar Lizárraga", C, neg, "Mexico", "dismissal of the prosecutors' line = judgement"))
U(d, "The Sinaloa state authorities have not solved a single killing of a journalist", "and they know it.",
  ("Óscar Lizárraga", C, neg, "Mexico", "judgement of the state authorities' record"))
U(d, "I think the case should stay with federal investigators", "over their shoulders.",
  ("Óscar Lizárraga", T, neu, "", "appeal for a credible investigation with observers (as demands for an inquiry = calling_for_talks)"))
# "Let me bring in some of the reaction from abroad." = host's link, no row.
U(d, "The United Nations human rights office in Mexico condemned the killing", "without fear.",
  ("United Nations", C, neg, "", "host relays the UN office's condemnation; demand on the state joined to it: rule 1; killers unknown -> target empty"))
U(d, "UNESCO's director-general, Irina Bokova, also condemned it", "brought to justice.",
  ("UNESCO", C, neg, "", "condemnation + call for justice"))
U(d, "We welcome those statements, and I would add the Inter-American Commission's rapporteur", "for years.",
  ("Reporters Without Borders", S, pos, "", "welcome of other bodies' statements; aimed at several bodies -> target empty"))
U(d, "Yes, the special rapporteur for freedom of expression at the Inter-American Commission on Human Rights, Edison Lanza, wrote", "right to be informed.",
  ("Organization of American States", C, neg, "", "the IACHR is an OAS organ (name files); judgement of the killing"))
# "And the U.S. Embassy in Mexico City?" = host's question, no row.
U(d, "They put out a short message of condolence to his family and colleagues", "protect journalists.",
  ("United States", S, pos, "Mexico", "guest relays the embassy's condolences and pledge of cooperation with Mexican institutions = supporting; the guest takes no position here"))
# "That is polite." = the guest's aside, too slight to be a position, no row.
U(d, "It is also a country that sells, legally, many of the rifles", "end up in Culiacán.",
  ("Óscar Lizárraga", C, neg, "United States", "judgement of the US by allusion to arms sales, without a stock word"))
U(d, "The Committee to Protect Journalists, which gave Valdez its International Press Freedom Award in 2011, said in a statement", "credible investigation.",
  ("Committee to Protect Journalists", C, neg, "Mexico", "host relays CPJ: 'had failed its reporters' = judgement of the Mexican government"))
U(d, "The Inter American Press Association was quoted by the Mexican wire Notimex as calling on the authorities", "in mourning.",
  ("Inter American Press Association", T, neg, "Mexico", "passive second-hand attribution (the wire is no actor); appeal to end the killings, no judgement word"))
U(d, "Balbina, the Interior Ministry said this afternoon that it would meet state governors", "for journalists.",
  ("Mexico", N, neu, "", "host's question reports the ministry's plan: an internal meeting = procedure (the question part is no one's)"))
U(d, "A meeting is not protection.", "not protection.",
  ("Reporters Without Borders", C, neg, "Mexico", "dismissal of the ministry's step = judgement"))
U(d, "But if they come out of that meeting with money and with police", "say it loudly.",
  ("Reporters Without Borders", N, pos, "", "conditional praise, no appeal and no judgement = neutral (unsure)"))
U(d, "That would be the victory the killers want.", "the killers want.",
  ("Reporters Without Borders", C, neg, "", "judgement of the killers (no actor) -> target empty"))
U(d, "Reporters Without Borders will help Ríodoce with legal support", "as long as it takes.",
  ("Reporters Without Borders", S, pos, "", "assistance offered = supporting; Ríodoce is no actor -> target empty"))
U(d, "I would just add that journalists in Culiacán have been doing this for years", "but each other.",
  ("Óscar Lizárraga", N, neg, "", "description, no appeal"))
U(d, "They deserve calm, and they deserve a state that takes their side.", "takes their side.",
  ("Óscar Lizárraga", T, neu, "", "hope for calm and protection = calling_for_talks"))
U(d, "I hope the anger of this week turns into something that lasts.", "something that lasts.",
  ("Óscar Lizárraga", N, pos, "", "hope for lasting change, not for calm or talks = neutral, positive tone (unsure)"))
# Host's closing narration ("Journalists are marching tonight ...") = narration, no row.
