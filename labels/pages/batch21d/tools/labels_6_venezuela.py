# ------------------------------------------------------------------ April 2002 coup attempt in Venezuela and Chavez's return (Latin American news site, full HTML, 2002-04-16)
d = "page_venezuela_coup2002_latamsite.html"
# No row: edition bar, brand, nav, breaking ticker, kicker, headline, dek, byline, time, figure caption with credit,
# Advertisement, crossheads, "Related:" link, share bar, topics, newsletter prompt, comments, most read, footer.
U(d, "President Hugo Chávez promised on Monday to open a national dialogue", "back on their feet.",
  ("Venezuela", T, pos, "", "dateline excluded; long lead with two actors: the restored president's offer of dialogue = calling_for_talks"),
  ("Organization of American States", T, neu, "", "same lead: Gaviria's good-offices mission from the Permanent Council = calling_for_talks"))
# No row: "The week began with a general strike ..." and the April 11 march and death toll (narration, no source)
U(d, "In the early hours of Friday, the inspector general of the armed forces, General Lucas Rincón,", "he had accepted.",
  ("Venezuela", N, neu, "", "the high command speaks for the state; an announcement, no judgement"))
# No row: "Hours later Pedro Carmona, the head of the Fedecámaras business federation, was sworn in as interim president." (narration)
U(d, "His first decree dissolved the National Assembly", "official name.",
  ("Venezuela", N, neu, "", "the de facto interim government speaks for the state (as a junta does); its decree is a specific act reported as done, aimed at domestic institutions, no judgement = neutral (unsure: could be narration with no row)"))
U(d, "\"This government has come to rescue a country", "Carmona told a packed hall in Miraflores on Friday.",
  ("Venezuela", C, neg, "", "interim leader; accusation of 'those who fired on their own people' (the ousted government: the same state -> target empty); election promise in the same closed quote"))
# No row: "By Saturday night, with army garrisons refusing to recognise him ..., Carmona had resigned." (narration)
U(d, "Chávez insisted that he had never signed any resignation", "a series of military bases.",
  ("Venezuela", N, neg, "", "denial = neutral, negative"))
U(d, "\"I did not come back with a list of enemies.", "his first news conference after his return.",
  ("Venezuela", T, pos, "", "multi-sentence quote closed by the speaker; offer of dialogue to opponents (non-canonical party) -> target empty"))
U(d, "He also said the prosecutor's office would investigate every death of April 11", "none of its favours.\"",
  ("Venezuela", C, neg, "", "'He' = Chávez; prosecution threatened against the plotters (a response against the other side); plotters are not a canonical actor -> target empty"))
U(d, "Defence Minister José Vicente Rangel said about 30 senior officers", "until further notice.",
  ("Venezuela", N, neu, "", "procedures and measures of its own forces"))
U(d, "Cabello, for his part, accused the main private television channels", "taken part in the conspiracy.",
  ("Venezuela", C, neg, "", "Cabello (vice president, alias of Venezuela in the name files); accusation of the channels (non-canonical) -> target empty"))
# No row: "The United States, Venezuela's largest oil customer, has struggled to explain its first reaction." (summary line)
U(d, "On Friday, White House spokesman Ari Fleischer had put the blame for the crisis", "the president's fall.",
  ("United States", C, neg, "Venezuela", "blame on the (then ousted) Chávez government = condemning"))
# No row: "By Sunday the tone had changed." (summary line)
U(d, "The White House said it hoped Chávez would use his return", "settle their differences peacefully.",
  ("United States", T, neu, "Venezuela", "hope + appeal for peaceful settlement, no judgement = calling_for_talks"))
U(d, "National Security Adviser Condoleezza Rice went further on Sunday television,", "the way he had governed.",
  ("United States", C, neg, "Venezuela", "'his own people's verdict on the way he had governed' = judgement without stock words"))
U(d, "Otto Reich, the assistant secretary of state for the Western Hemisphere,", "helped the plotters in any way.",
  ("United States", N, neg, "", "denial = neutral, negative; the earlier meetings are narration in a relative clause"))
U(d, "\"We told everyone who came to see us the same thing:", "he said on Monday.",
  ("United States", N, neu, "", "'he' = Reich; account of own past position, no judgement of another actor (unsure: could be read as the denial continued, negative)"))
U(d, "On Friday, as Carmona was being sworn in, the United States and Spain issued a joint statement", "full democratic normality.",
  ("United States", T, neu, "Venezuela", "joint statement: one row per state; a hope for democratic normality = calling_for_talks"),
  ("Spain", T, neu, "Venezuela", "same joint statement"))
# No row: "Neither government mentioned the fate of the detained president." (the outlet's comment)
U(d, "The Spanish and U.S. ambassadors called on Carmona at the palace the same afternoon,", "by both governments.",
  ("Venezuela", C, neg, "", "Caracas = metonym for the restored government; reading the visit as recognition of the coup = accusation of two governments -> target empty; the visit itself is narration (no US/Spain rows)"))
U(d, "Madrid rejected that reading on Monday,", "a democratic outcome.",
  ("Spain", N, neg, "", "Madrid = metonym; denial = neutral, negative"))
U(d, "Spain, which holds the rotating presidency of the European Union,", "freedom of the press.",
  ("European Union", T, neu, "Venezuela", "Spain speaking 'in the name of the Fifteen' as EU presidency = European Union; appeal for dialogue and press freedom"))
# No row: "Latin American governments moved faster and with fewer doubts." (summary line)
U(d, "Meeting in San José, Costa Rica, on Friday, the presidents of the Rio Group", "the situation on the ground.",
  ("Rio Group", C, neg, "", "the presidents speaking jointly at the group's summit = Rio Group; condemnation + request to the OAS (rule 1); the de facto authorities are not named -> target empty; San José = place"))
U(d, "The Permanent Council, in a resolution adopted in Washington on Saturday,", "signed in Lima last September.",
  ("Organization of American States", C, neg, "", "OAS Permanent Council; condemnation + mission (rule 1); Washington = place (OAS seat), not the US"))
U(d, "On arrival at Maiquetía airport, Gaviria said every member state had an obligation", "find a way to talk.",
  ("Organization of American States", T, neu, "", "'stand against any attempt' aimed at no one = appeal (like 'opposes any escalation'); offer of good offices"))
U(d, "In Havana, Foreign Minister Felipe Pérez Roque said a mob of opposition militants had besieged Cuba's embassy", "Cuban diplomats.",
  ("Cuba", C, neg, "", "accusation + 'held the coup leaders responsible' (non-canonical) -> target empty; Havana = place"))
U(d, "President Fidel Castro, who spoke to Chávez by telephone on Sunday,", "loyal to the constitution.",
  ("Cuba", S, pos, "Venezuela", "hailing the return = supporting"))
# No row: "Few in Caracas believe the crisis is over." (unnamed speakers)
U(d, "\"The country is exactly as divided as it was on Thursday morning,", "a political scientist at a Caracas university.",
  ("Teresa Ocando", N, neg, "", "independent scholar; scenario, no judgement"))
U(d, "\"The president has to sit down with people he despises,", "she said.",
  ("Teresa Ocando", T, neg, "Venezuela", "a 'has to' appeal for dialogue addressed to the president; 'she' = Ocando"))
U(d, "In Washington, Daniel Whitcomb, a Latin America analyst at a policy institute,", "whatever its private feelings.",
  ("Daniel Whitcomb", N, neu, "", "independent analyst; forecast of US interests, no judgement"))
U(d, "He was blunt about the first 48 hours:", "what it says about democracy.\"",
  ("Daniel Whitcomb", C, neg, "United States", "quote opened after a colon; 'a self-inflicted wound' = judgement of the US response (Washington = metonym)"))
# No row: the 23 de Enero street vendor (unnamed); readers' comments.
