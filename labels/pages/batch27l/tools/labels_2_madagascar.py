# ------------------------------------------------------------------ Madagascar: the foiled plot against Rajoelina, Iavoloha release (presidency press release, full HTML, 2021-07-26)
d = "page_madagascar_iavoloha_plot2021_presidency.html"
# Not statements: top bar, nav, breadcrumb, kicker, headline, meta line, figcaptions "1/4".."4/4", crossheads, source line, share bar, tags, other communiques, footer.
# "The President of the Republic, Andry Rajoelina, chaired an extraordinary Council of Ministers ..." = narration of a meeting, no row.
U(d, "Opening the session, the Head of State paid tribute to the officers", "spared the country a tragedy.",
  ("Madagascar", N, pos, "", "'the Head of State' (release names no state); praise of its own forces = self-praise = neutral, positive"))
U(d, "The President declared that those who had plotted to take the lives", "whoever had armed them.",
  ("Madagascar", C, neg, "", "threat of prosecution aimed at the plotters and unnamed sponsors = condemning; no canonical target"))
U(d, "\"Nobody will be allowed to seize through blood", "the Head of State said.",
  ("Madagascar", C, neg, "", "judgement of the plotters' aim (no stock word) = condemning"))
U(d, "He added that the investigation would follow its course in full independence", "in accordance with the law.",
  ("Madagascar", N, neu, "", "reassurance about own conduct = neutral"))
U(d, "The Council of Ministers decided to reinforce the protection", "for the duration of the investigation.",
  ("Madagascar", N, neu, "", "own security measure, no judgement or target = neutral"))
U(d, "Attorney General Berthine Razafiarivony informed the Council", "present to the investigating judge.",
  ("Madagascar", N, neu, "", "prosecutor speaks for her state; facts of the procedure = neutral"))
U(d, "The Minister of Public Security, Rodellys Randrianarison, said weapons", "several addresses in the capital.",
  ("Madagascar", N, neu, "", "facts of the searches = neutral"))
U(d, "The Minister of Communication and Culture, Lalatiana Rakotondrazafy Andriatongarivo, firmly denied", "on the basis of facts and not of opinions.",
  ("Madagascar", N, neg, "", "denial of a political purge = neutral, negative tone"))
# "In the afternoon, the Head of State received ... Christophe Bouchard, at the latter's request." = narration of an audience, no row.
U(d, "According to the Communication Directorate, the Ambassador conveyed to the President that France rejected", "in solidarity with the Malagasy institutions.",
  ("France", C, neg, "", "second-hand attribution via the presidency; rejection of violent change (judgement) + solidarity: rule 1 = condemning; aimed at unnamed plotters -> target empty"))
U(d, "Mr Bouchard also indicated that the French authorities would answer", "provided for by the Vienna Convention.",
  ("France", N, neu, "", "judicial cooperation on request and consular protection = procedural, neutral"))
U(d, "The Head of State stressed that the affair concerned individuals", "between the Malagasy and French peoples.",
  ("Madagascar", N, pos, "", "reassurance that relations with France are not in question; no approval of a French act = neutral, positive"))
# "The President of the Republic has received numerous messages of solidarity ..." = summary line, no row.
U(d, "In a letter to the Head of State, the Chairperson of the African Union Commission", "unconstitutional change of government.",
  ("African Union", C, neg, "", "condemns the plot; the plotters are not a canonical actor -> target empty"))
U(d, "The Executive Secretary of the Southern African Development Community", "Malagasy defence and security forces.",
  ("SADC", S, pos, "Madagascar", "solidarity + praise of Madagascar's forces = supporting"))
U(d, "The President of the Union of the Comoros, Azali Assoumani, the President of the Republic of Seychelles", "the support of their countries.",
  ("Comoros", S, pos, "Madagascar", "three leaders as a list, one row each; calls of support = supporting"),
  ("Seychelles", S, pos, "Madagascar", "listed leader; support = supporting"),
  ("Mauritius", S, pos, "Madagascar", "listed leader; support = supporting"))
U(d, "The Secretary General of the Indian Ocean Commission", "continue to function normally.",
  ("Indian Ocean Commission", T, pos, "", "hope that calm prevails = calling_for_talks"))
U(d, "The United Nations Resident Coordinator, Issa Sanogo, told the Minister", "through dialogue and within the law.",
  ("United Nations", T, neu, "", "monitoring + appeal for dialogue = calling_for_talks"))
U(d, "The Head of State thanked the friendly countries and partners", "the place the country now holds in the region.",
  ("Madagascar", S, pos, "", "thanks to several partners = approval; several actors -> target empty"))
# "At the close of the day the President met representatives ..." = narration of a meeting, no row.
U(d, "Hery Andrianaivo, president of the Analamanga Association", "where the law was respected.",
  ("Hery Andrianaivo", C, neg, "", "invented business representative (person); the attempt judged an attack on every household = condemning; plotters not canonical -> target empty"))
U(d, "\"We ask our fellow citizens to go on working normally", "Mr Andrianaivo said.",
  ("Hery Andrianaivo", T, neu, "", "appeal for calm, no judgement = calling_for_talks"))
U(d, "Voahangy Razafindrabe, head of the Ambohimanarina fokontany, said families", "the calm the country needed.",
  ("Voahangy Razafindrabe", T, neg, "", "invented neighbourhood head (person, as the brief's 'local official'); alarm + hope for calm = calling_for_talks"))
U(d, "The Head of State deplored the words of certain political figures", "to show a sense of responsibility.",
  ("Madagascar", C, neg, "", "'deplored' + reproach of opposition figures (judgement, rule 1 over the appeal); opposition not named -> target empty"))
U(d, "In conclusion, the President called on the population to remain calm", "without fear.",
  ("Madagascar", T, neu, "", "appeal for calm to the population = calling_for_talks"))
U(d, "The Minister of Foreign Affairs reported that he had briefed the diplomatic corps", "on Friday.",
  ("Madagascar", N, neu, "", "office holder named only by title (state clear from the release); briefing of diplomats = procedural, neutral"))
