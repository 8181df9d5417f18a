# ------------------------------------------------------------------ Eritrea–Djibouti fighting at Ras Doumeira (UN meetings coverage and press statements, 10–13 June 2008)
d = "page_djibouti_eritrea_unmeetings.txt"
# No rows: skip link, site banner, menu, search, countries, page title, compiled/updated, format, sources, share, the site's note,
# separators, section headers, UN banner, document symbols, dates, meeting number, headline, subheadline, "Presidential Statement",
# "Background", "Press encounters", "* *** *", "For information media", statement headings, datelines, related content, themes,
# subscribe prompt, most viewed, footer.
# No row: "Expressing strong concern over the deadly incidents of 10 June ..., the Security Council this evening condemned ..." (summary
# paragraph of the meetings coverage: the statement text below carries the same positions, counting both would count twice).
# No row: "Reading out presidential statement S/PRST/2008/20 ..., Zalmay Khalilzad ... also encouraged ..." (summary; Khalilzad reads
# for the Council, not for the US). No row: meeting times. No row: "The full text ... reads as follows:".
U(d, "\"The Security Council voices its deep concern at the grave incidents", "dozens wounded.",
  ("United Nations", N, neg, "", "presidential statement = UN Security Council; concern without an appeal = neutral, negative"))
U(d, "\"The Council condemns the use of military force by Eritrea against Djibouti", "on Doumeira Island.",
  ("United Nations", C, neg, "Eritrea", "condemnation"))
U(d, "\"The Security Council asks the two parties to agree on a ceasefire without delay", "before the clashes.",
  ("United Nations", T, neg, "", "ceasefire + restraint + withdrawal asked of both parties ('Eritrea above all') with no judgement word = calling_for_talks; both addressed -> target empty"))
U(d, "It calls on the two Governments to give diplomacy a chance", "in line with international law.",
  ("United Nations", T, neu, "", "'It' = the Council; appeal for a peaceful settlement"))
U(d, "\"The Security Council welcomes the efforts made by the African Union", "cooperate fully with them.",
  ("United Nations", T, pos, "", "welcome of mediation efforts + appeal to cooperate with them, no judgement = calling_for_talks (rule 2 before rule 3); AU and Arab League are objects"))
U(d, "\"The Council encourages the Secretary-General to lend his good offices", "confidence between them.\"",
  ("United Nations", T, neu, "", "asks for good offices to reduce troops and build confidence = calling_for_talks"))
U(d, "The Council had before it a letter dated 11 June 2008 from the Permanent Representative of Djibouti", "emergency meeting of the Council.",
  ("Djibouti", C, neg, "Eritrea", "position reported from a document: 'unprovoked attack' = accusation; request for a meeting in the same sentence"))
U(d, "In that letter, Djibouti asked the Council to take the measures needed", "before the fighting.",
  ("Djibouti", T, neg, "", "asks the Council to restore the status quo ante, no judgement word in this sentence = calling_for_talks (unsure)"))
U(d, "Speaking to reporters after the meeting, the Permanent Representative of Djibouti, Roble Olhaye, welcomed", "had responded.",
  ("Djibouti", S, pos, "United Nations", "welcome of the Council's response = supporting"))
U(d, "The Permanent Representative of Eritrea, Araya Desta, told reporters that his country had not attacked anyone.", "had not attacked anyone.",
  ("Eritrea", N, neg, "", "denial = neutral, negative"))
U(d, "He said the Council had acted on the basis of one-sided information.", "one-sided information.",
  ("Eritrea", C, neg, "United Nations", "pronoun subject; reproach of the Council = judgement"))
U(d, "Alejandro Wolff, Deputy Permanent Representative of the United States, said Eritrea's seizure", "unsettled its neighbours.",
  ("United States", C, neg, "Eritrea", "speaks for the US (not the Council); accusation; Asmara = metonym"))
# No row: "The following statement was issued today by the Spokesperson for Secretary-General Ban Ki-moon:" (lead-in).
U(d, "The Secretary-General is deeply concerned by reports of fighting between the armed forces of Djibouti and Eritrea", "deplores the loss of life.",
  ("United Nations", N, neg, "", "concern and regret at the loss of life, aimed at no actor, no appeal = neutral, negative"))
U(d, "He calls on both Governments to exercise maximum restraint", "through dialogue.",
  ("United Nations", T, neg, "", "restraint, end of hostilities, dialogue: appeal to both -> target empty"))
U(d, "The United States condemns the attack carried out by Eritrean forces on Djibouti", "still greater risk.",
  ("United States", C, neg, "Eritrea", "condemnation, 'military aggression'"))
U(d, "According to our information, at least nine Djiboutian soldiers have been killed", "more than 60 wounded.",
  ("United States", N, neu, "", "casualty figures given by the actor ('our information' = the State Department)"))
U(d, "Both sides must stop fighting now and move their troops away from the frontier", "tensions can ease.",
  ("United States", T, neg, "", "demand to both sides to stop and pull back, no judgement word = calling_for_talks"))
U(d, "We also ask Asmara to take up the mediation that neighbours and partners have offered", "rather than by arms.",
  ("United States", T, neu, "Eritrea", "appeal to Eritrea alone (Asmara = metonym as addressee) to accept mediation"))
# No row: the question in the French briefing.
U(d, "A - France is following the situation with the greatest attention", "defence agreement.",
  ("France", S, pos, "Djibouti", "spokesperson's answer (unnamed official of a named government = France): solidarity with Djibouti"))
U(d, "We call on Eritrea to show a spirit of cooperation", "between Djibouti and Asmara.",
  ("France", T, neu, "Eritrea", "appeal to Eritrea to cooperate with a neutral go-between = calling_for_talks"))
U(d, "Speaking to the Djiboutian news agency ADI, a spokesman for the French forces stationed in Djibouti", "care of the wounded and intelligence.",
  ("France", S, neu, "Djibouti", "French forces = France; logistic, medical and intelligence help given = backing by act (supporting); ADI is only the channel"))
U(d, "The Chairperson of the Commission of the African Union, Jean Ping, has learned with deep concern", "Ras Doumeira area.",
  ("African Union", N, neg, "", "AU Commission chairperson = African Union (Jean Ping speaks for the AU here, not under his own name); concern without appeal"))
U(d, "The Chairperson calls on the two countries to exercise the utmost restraint", "earlier this year.",
  ("African Union", T, neu, "", "restraint + dialogue + offer of help"))
U(d, "The Council of the League called on Eritrea to withdraw its forces immediately", "before the clashes.",
  ("Arab League", T, neg, "Eritrea", "demand to one side to withdraw with no judgement word = calling_for_talks, negative (as labels/README); 'the Council of the League' is the Arab League, not the UN Council"))
U(d, "It affirmed its full solidarity with Djibouti, a member state of the League", "integrity of its territory.",
  ("Arab League", S, pos, "Djibouti", "'It' = the League's Council; solidarity and support for Djibouti's sovereignty"))
U(d, "In a statement on 11 June, the Ministry said the Government of Djibouti had been waging", "of its own making.",
  ("Eritrea", C, neg, "Djibouti", "'the Ministry' = Eritrea's foreign ministry by context; accusation of a hostile campaign"))
U(d, "It added that Eritrea had no intention of answering provocation with provocation.", "provocation with provocation.",
  ("Eritrea", N, neu, "", "own restraint stated = neutral (the 'provocation' is already charged in the previous sentence; unsure)"))
U(d, "In a second statement late on 12 June, the Ministry blamed the policies of the United States", "Horn of Africa.",
  ("Eritrea", C, neg, "United States", "blame on US policy and meddling"))
U(d, "The Ministry of Defence, quoted by the national broadcaster RTD", "several dozen wounded.",
  ("Djibouti", N, neu, "", "casualty figures from the ministry; RTD is the channel, not an actor"))
U(d, "President Ismail Omar Guelleh said Eritrea had started a war against his country", "every part of its territory.",
  ("Djibouti", C, neg, "Eritrea", "accusation of starting a war + resolve to defend its territory"))
# No row: the Ras Doumeira background (narration; Eritrean troops "were reported" to have dug positions).
