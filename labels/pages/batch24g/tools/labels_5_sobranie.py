# ------------------------------------------------------------------ Storming of the Macedonian parliament (live blog, 2017-04-27/28)
d = "page_skopje_sobranie_storming_2017_liveblog.txt"
# Not statements: site bar, menu, headline, last-updated line, refresh/share bar, the closing note on coverage, the
# "Key points" bullets, time stamps, crosshead "COMMENT FROM OUR GUESTS", ADVERTISEMENT, Related lines, tags, newsletter, copyright.
# Macedonia in 2017 = canonical "North Macedonia".
U(d, "EU foreign policy chief Federica Mogherini, arriving for a meeting", "had to face justice.",
  ("European Union", C, neg, "", "'assault on democratic institutions' + justice demanded; attackers not a canonical actor -> empty"))
U(d, "Mogherini said all political leaders in Skopje now had a duty", "form a government.",
  ("European Union", T, neu, "", "appeal to follow the constitution, no judgement"))
# "Russia's Foreign Ministry has issued a statement on the events." = lead-in, no row.
U(d, "Spokeswoman Maria Zakharova said the crisis was the \"direct result\"", "Albanian parties.",
  ("Russia", C, neg, "", "blames Brussels and Western governments: several targets, one not canonical -> empty"))
U(d, "\"Those who for months encouraged the opposition", "Zakharova said.",
  ("Russia", C, neg, "", "accusation of hypocrisy aimed at unnamed 'those'"))
U(d, "Albania's Prime Minister Edi Rama said the attack on Albanian and Macedonian lawmakers", "a neighbour can give.\"",
  ("Albania", S, pos, "North Macedonia", "judgement of the attack + offer of help; the attackers are not an actor, the offer decides (unsure: condemning)"))
U(d, "Serbia's Prime Minister Aleksandar Vucic says he is worried", "by talking.",
  ("Serbia", T, neg, "", "worry + appeal for dialogue"))
U(d, "President Gjorge Ivanov has called the leaders of the four largest parties", "this afternoon.",
  ("North Macedonia", T, neu, "", "the president convenes a meeting = host calling for talks"))
U(d, "Zaev told reporters he would not attend while those who ordered the attack", "remained unpunished.",
  ("Social Democratic Union of Macedonia", C, neg, "", "Zaev leads SDSM (not yet in government); refusal in protest"))
U(d, "\"Last night they tried to kill us in the house of the people", "his forehead still bandaged.",
  ("Social Democratic Union of Macedonia", C, neg, "VMRO-DPMNE", "accusation of attempted murder aimed at those who 'sent' the crowd (unsure: target implied)"))
U(d, "The US Embassy in Skopje says the United States condemns the violence", "to account.",
  ("United States", C, neg, "", "condemns the violence, attackers not an actor -> empty"))
U(d, "\"We call on all leaders to show calm", "the embassy said in a statement.",
  ("United States", T, neu, "", "appeal for calm, attribution tail"))
U(d, "NATO Secretary General Jens Stoltenberg said in a statement that there could be no place", "to show restraint.",
  ("NATO", C, neg, "", "rejection of violence + appeal: rule 1 (unsure: the judgement is general)"))
U(d, "Johannes Hahn, the EU commissioner for enlargement, condemned the attack on MPs", "\"whatever the pressure from the street.\"",
  ("European Union", C, neg, "", "condemned"))
U(d, "The health ministry says 102 people were treated in hospital overnight", "ten members of parliament.",
  ("North Macedonia", N, neu, "", "figures given by an actor"))
# "Ziadin Sela ... remains in intensive care" = narration, no row.
U(d, "Gruevski's VMRO-DPMNE has issued a statement saying it regrets the violence", "an illegal session.",
  ("VMRO-DPMNE", C, neg, "Social Democratic Union of Macedonia", "'regrets' the violence but blames SDSM and calls the session illegal"))
U(d, "\"The majority broke the rules of the house", "the party said.",
  ("VMRO-DPMNE", C, neg, "Social Democratic Union of Macedonia", "accusation continued"))
U(d, "Former Prime Minister Nikola Gruevski wrote on Facebook", "provoke them.",
  ("VMRO-DPMNE", T, neu, "", "party leader appeals for calm"))
# "Police have cleared the building ..." = narration, no row.
U(d, "Interior Minister Agim Nuhiu, of the caretaker government, said police had been ordered", "to safety.",
  ("North Macedonia", N, neu, "", "own measures to restore order"))
U(d, "Nuhiu said on television that police would identify everyone who took part", "behind a flag or a mask.\"",
  ("North Macedonia", C, neg, "", "announced prosecution of the intruders = a measure against a side (unsure: against non-actors)"))
U(d, "Talat Xhaferi, the new speaker, said in a brief statement", "serve all citizens equally.",
  ("North Macedonia", N, pos, "", "speaker of parliament; reassurance about own conduct"))
U(d, "The Democratic Union for Integration, Xhaferi's party, said the attack was", "arrest the organisers.",
  ("Democratic Union for Integration", C, neg, "", "'organised attempt' + arrests demanded; organisers unnamed -> empty"))
# "Our reporter inside the building says ..." = the outlet's own reporting, no row.
# "Zaev has been led out ..." = narration, no row.
# "Hundreds of protesters from the ... movement have broken through ..." = narration of an act (no position stated), no row.
U(d, "The movement's spokesman, Igor Durlovski, told a crowd outside", "until the session was annulled.",
  ("For a Common Macedonia", C, neg, "", "'betrayal' + refusal to leave until annulment"))
# "The SDSM-led majority has elected Talat Xhaferi ..." = narration of a vote, no row.
U(d, "Aleksandra Trajkovska, a political scientist at the Skopje Institute", "as a reserve army.",
  ("Aleksandra Trajkovska", C, neg, "VMRO-DPMNE", "invented analyst; judgement on 'the old ruling party'"))
U(d, "\"VMRO-DPMNE will have to decide tonight", "she said.",
  ("Aleksandra Trajkovska", C, neg, "VMRO-DPMNE", "pointed judgement without stock words"))
U(d, "Dritan Bajrami, who lives near the parliament building, said he had seen", "before the vote.",
  ("Dritan Bajrami", N, neu, "", "invented named witness; what he saw"))
U(d, "\"It did not look like people who came out on their own,\" he said.", "he said.",
  ("Dritan Bajrami", N, neg, "", "impression, no named actor judged"))
U(d, "Trajkovska said the only way out was for the president", "without delay.",
  ("Aleksandra Trajkovska", T, neu, "North Macedonia", "appeal to the president; a political course, not a judgement"))
