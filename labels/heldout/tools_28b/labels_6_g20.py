# ------------------------------------------------------------------ US boycott of the G20 in Johannesburg (South African news site, full HTML, 2025-11-22)
d = "page_g20_boycott_sasite.html"
# no rows: cookie banner, weather strip, masthead, nav, LATEST ticker, section label, headline, summary, byline,
# share bar, captions with credits and "(N of 3)"
U(d, "Leaders of the world's biggest economies adopted a summit declaration in Johannesburg on Saturday", "chosen to stay away.",
  ("South Africa", N, neg, "", "long lead: adoption narrated; the presidency's refusal to reopen the text for the absent US = a refusal with its reason, no judgement word = neutral (unsure: 'a country that had chosen to stay away' is a jab)"))
U(d, "\"A whole year of negotiation went into this document.", "Nasrec Expo Centre.",
  ("South Africa", N, neu, "", "presidential spokesperson; multi-sentence quote closed by role then name; procedural position"))
U(d, "Opening the first G20 summit held on African soil, Ramaphosa told leaders", "any one member.",
  ("South Africa", C, neg, "", "'held hostage by the absence of any one member' = implicit judgement of the US, not named -> target empty (unsure: could be neutral)"))
U(d, "He thanked the leaders who had travelled to Johannesburg", "the world's major economies.",
  ("South Africa", S, pos, "", "thanks to the attending leaders (several) = supporting, target empty"))
# no rows: the hot-mic narration; "The row over who will receive the G20 presidency ... sharpened" (summary line)
U(d, "International Relations and Cooperation Minister Ronald Lamola said Ramaphosa would not hand over", "named by the president.",
  ("South Africa", N, neg, "United States", "objection to the participant's rank with a procedural reason, no judgement = neutral, negative"))
U(d, "He said that if Washington did not send someone of that rank", "in Pretoria next week.",
  ("South Africa", T, neu, "United States", "counter-offer of another format = calling_for_talks; Washington = metonym, Pretoria = place"))
U(d, "\"We are not picking a fight with anyone.", "Lamola said.",
  ("South Africa", N, pos, "", "reassurance about its own conduct = neutral"))
U(d, "Department spokesperson Chrispin Phiri said no formal request", "change the arrangements.",
  ("South Africa", N, neu, "", "DIRCO spokesperson = South Africa; fact"))
U(d, "The US embassy in Pretoria said its chargé d'affaires, Marc Dillard, had been instructed", "the summit's discussions.",
  ("United States", N, neu, "", "embassy = United States; its own participation plan, no reason given = neutral"))
U(d, "In Washington, White House spokesperson Anna Kelly accused Ramaphosa", "founding principles.",
  ("United States", C, neg, "South Africa", "accusation; In Washington = place"))
U(d, "She said the United States would not consider itself bound by a text put together behind its back.", "behind its back.",
  ("United States", C, neg, "South Africa", "rejection of the declaration in protest ('behind its back' = grievance stated)"))
U(d, "Trump said earlier this month that no US official would attend", "rejected as false.",
  ("United States", C, neg, "South Africa", "a boycott announced with a grievance (claims of persecution) = condemning"),
  ("South Africa", N, neg, "", "Pretoria (metonym) rejects the allegations = denial = neutral, negative"))
# no rows: ALSO READ link; "The US absence did not stop a string of leaders from lining up behind the host." (summary line)
U(d, "Chinese Premier Li Qiang, standing in for President Xi Jinping, told the summit", "keep the G20 relevant.",
  ("China", S, pos, "South Africa", "backing of the host's presidency; Xi only mentioned"))
U(d, "African Union Commission Chairperson Mahmoud Ali Youssouf praised South Africa", "an afterthought.",
  ("African Union", S, pos, "South Africa", "AU Commission chair = African Union; praise"))
U(d, "Brazil's President Luiz Inácio Lula da Silva, who handed the presidency to Ramaphosa a year ago, said", "simply by staying away.",
  ("Brazil", S, pos, "", "backing of the summit; the jab at staying away names nobody (unsure: could be condemning the US)"))
U(d, "German Chancellor Friedrich Merz said he regretted Washington's decision", "boycott the meeting.",
  ("Germany", C, neg, "United States", "'regretted' aimed at an actor's act = judgement (guide's recurring case)"))
U(d, "French President Emmanuel Macron warned that the G20 risked losing its purpose", "keep talking to each other.",
  ("France", T, neg, "", "warning + appeal to keep talking, all members"))
U(d, "Australian Prime Minister Anthony Albanese said staying away was a decision for the Americans", "presidency next year.",
  ("Australia", N, neu, "", "no judgement of the boycott; plan to work with the US presidency = neutral (unsure: could be supporting)"))
# no row: "Not every country signed up." (summary line)
U(d, "Argentina's Foreign Minister Pablo Quirno said his government could not support the declaration", "on the Middle East.",
  ("Argentina", N, neg, "", "dissociation from the text with a reason about wording, no judgement of an actor = neutral"))
U(d, "President Javier Milei stayed at home, a decision his government described as a show of solidarity with Trump.", "with Trump.",
  ("Argentina", S, pos, "United States", "staying away as declared solidarity with Trump = backing by act"))
# no row: "At home, the boycott has split the parties in the government of national unity." (summary line)
U(d, "The Democratic Alliance, the second-largest party in the coalition, urged the government", "were at stake.",
  ("Democratic Alliance", T, neg, "South Africa", "party under its own name; appeal to its own government to mend ties (addressed party = South Africa)"))
U(d, "The Economic Freedom Fighters called the boycott an act of bullying", "for attention.",
  ("Economic Freedom Fighters", C, neg, "United States", "'bullying' + 'a government that insults Africa'"))
# no rows: "Political analysts said ..." (unnamed); the street vendor (unnamed resident); the closing narration;
# Background section (South Africa's presidency, the deterioration of relations: background with actors as subjects);
# credit, tags, newsletter, reader comments, most read, footer
