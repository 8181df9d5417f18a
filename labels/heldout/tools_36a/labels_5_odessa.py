# ------------------------------------------------------------------ Odessa Trade Unions House fire: Russian MFA briefing (Russian state media, 2014-05-08)
d = "page_odessa_tradeunions_fire2014_statemedia.txt"
# Not statements: agency banner, language bar, breadcrumb, headline, time stamps, [PHOTO] captions with credits,
# "Below are excerpts from the briefing.", the journalists' questions, ADVERTISEMENT, capitals crossheads, related news, tags,
# share bar, subscribe prompt, copyright.
U(d, "Russia holds the Kiev authorities responsible for the deaths of dozens of people", "told a weekly briefing on Thursday.",
  ("Russia", C, neg, "Ukraine", "lead after the dateline: holds responsible + demand for a probe (rule 1)"))
U(d, "According to Ukraine's Interior Ministry, 48 people were killed", "more than 200 were injured.",
  ("Ukraine", N, neu, "", "casualty figures given by an actor = neutral"))
# "Supporters of federalisation had taken refuge ..." = the agency's own narration (agency not an actor), no row.
U(d, "What happened in Odessa on May 2 was not a clash between two crowds", "find shelter in a building.",
  ("Russia", C, neg, "", "transcript answer: 'deliberate killing'; perpetrators named only in the next sentence -> target empty"))
U(d, "People were burned alive, and those who jumped from the windows", "militants of the Right Sector.",
  ("Russia", C, neg, "Right Sector", "accusation by describing attacks on civilians"))
U(d, "The police stood by, and the fire brigade", "arrived almost an hour later.",
  ("Russia", C, neg, "Ukraine", "charge of inaction against the state's police and fire service (unsure: could be read as facts)"))
U(d, "We hold those who call themselves the government in Kiev fully responsible", "now protect them.",
  ("Russia", C, neg, "Ukraine", "'fully responsible'"))
U(d, "We have no confidence in an investigation run by the same people", "set the fire.",
  ("Russia", C, neg, "Ukraine", "rejection of the Ukrainian inquiry with a charge"))
U(d, "Russia calls for an independent international investigation", "take a full part in it.",
  ("Russia", T, neu, "", "demand for an international inquiry, addressed to three bodies -> target empty"))
U(d, "We raised this demand at the OSCE Permanent Council in Vienna on Monday.", "in Vienna on Monday.",
  ("Russia", N, neu, "", "procedure"))
U(d, "We have noted the statement of the OSCE Chairperson-in-Office", "set the building on fire.",
  ("Russia", C, neg, "OSCE", "acknowledgement + reproach of the OSCE's silence on culprits: rule 1"),
  ("OSCE", N, pos, "", "position of the OSCE reported by Russia: condolences, no judgement (unsure: condolences could be supporting)"))
U(d, "As for Brussels, its reaction can only be called shameful", "caught fire by itself.",
  ("Russia", C, neg, "European Union", "'shameful'; Brussels = metonym for the EU"),
  ("European Union", N, neg, "", "reported EU wording 'tragic events' = grief, no judgement"))
U(d, "In Washington the State Department once again shares the blame", "with their own eyes.",
  ("Russia", C, neg, "United States", "'cynical distortion'"),
  ("United States", C, neg, "", "reported US position: blame on both sides -> target empty (unsure: the US wording is only paraphrased by its critic)"))
U(d, "These claims have nothing to do with reality.", "nothing to do with reality.",
  ("Russia", N, neg, "", "denial = neutral, negative"))
U(d, "We have not received from Kiev a single name or a single piece of evidence.", "a single piece of evidence.",
  ("Russia", N, neg, "", "denial continued (no judgement word)"))
U(d, "According to our information, there are no Russian citizens among the dead", "lists of the injured.",
  ("Russia", N, neu, "", "facts given by an actor"))
U(d, "Kiev in effect walked away from the Geneva statement of April 17", "the towns of the south-east.",
  ("Russia", C, neg, "Ukraine", "accusation of breaking the Geneva statement"))
U(d, "The only way out of the crisis is to halt the military operation", "every region has a voice.",
  ("Russia", T, neu, "Ukraine", "demand to stop + dialogue, no judgement word in this sentence"))
U(d, "Russia is ready to help treat the injured", "if their families so wish.",
  ("Russia", S, pos, "", "offer of medical help to victims (not an actor) -> target empty"))
U(d, "Acting Ukrainian Prime Minister Arseniy Yatsenyuk, who visited Odessa on Sunday", "failing to do their job.",
  ("Ukraine", C, neg, "Russia", "blame on Moscow (and on the city's police); the agency's slant 'tried to shift' is not the actor's"))
U(d, "Acting President Oleksandr Turchynov declared two days of national mourning.", "two days of national mourning.",
  ("Ukraine", N, neg, "", "act of mourning = neutral, grief"))
U(d, "Interior Minister Arsen Avakov dismissed the leadership of the Odessa regional police", "to the city.",
  ("Ukraine", N, neu, "", "own administrative measures"))
U(d, "The Ukrainian Foreign Ministry rejected Moscow's call for an international investigation", "internal affairs.",
  ("Ukraine", C, neg, "Russia", "rejection in protest with a judgement ('interference')"))
U(d, "OSCE Chairperson-in-Office, Swiss President Didier Burkhalter, expressed his condolences", "restraint on all sides.",
  ("OSCE", T, neu, "", "the chairperson speaks for the OSCE; condolences + appeal for inquiry and restraint"))
U(d, "The OSCE Special Monitoring Mission said its monitors had been in Odessa", "the mission's next report.",
  ("OSCE", N, neu, "", "procedure"))
U(d, "EU foreign policy chief Catherine Ashton deplored the loss of life", "all sides to keep calm.",
  ("European Union", T, neg, "", "regret for deaths (no actor judged) + appeals to two addressees -> target empty"))
U(d, "The same EU statement said the armed groups holding buildings", "must let their captives go.",
  ("European Union", C, neg, "", "'acting outside the law' = judgement of armed groups (not canonical) + demand"))
U(d, "UN Secretary-General Ban Ki-moon said he was shocked by the loss of life in Odessa.", "loss of life in Odessa.",
  ("United Nations", N, neg, "", "shock without appeal = neutral"))
U(d, "UN Assistant Secretary-General for Human Rights Ivan Simonovic said", "next public report.",
  ("United Nations", N, neu, "", "plan of the monitoring mission"))
U(d, "At the UN Security Council on the evening of May 2, Russia's Permanent Representative Vitaly Churkin said", "against the population.",
  ("Russia", C, neg, "", "blame on 'Kiev's Western sponsors' (several, unnamed) -> target empty"))
U(d, "Foreign Minister Sergei Lavrov raised Odessa at the Council of Europe ministerial session", "crimes of the nationalists.",
  ("Russia", C, neg, "", "appeal carrying a judgement ('crimes of the nationalists'): rule 1; nationalists not one canonical actor -> target empty"))
U(d, "Council of Europe Secretary General Thorbjorn Jagland said the organisation was ready to help", "meets European standards.",
  ("Council of Europe", S, pos, "Ukraine", "offer of assistance"))
U(d, "Political analyst Andrei Belyaev of the Centre for Eurasian Strategic Analysis said", "licence for further violence.",
  ("Andrei Belyaev", C, neg, "", "independent analyst (invented); judgement of Western governments (several) -> target empty"))
U(d, "\"If dozens of people had died like this in any other European city", "Belyaev told NOVOSTINFORM.",
  ("Andrei Belyaev", C, neg, "", "judgement by contrast, no single target"))
U(d, "He expects the Odessa tragedy to harden positions in the south-east", "May 11 referendums.",
  ("Andrei Belyaev", N, neg, "", "forecast"))
