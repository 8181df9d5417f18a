# ------------------------------------------------------------------ Moldova: the June 2019 dual-power standoff (Council of Europe readout, 2019-06-13)
d = "page_moldova_dualpower2019_coereadout.txt"
# Not statements: portal menu, breadcrumb, headline, date line, share bar, section heads, Background, Related, Contact, follow prompt, copyright.
# "Council of Europe bodies this week held a series of exchanges ..." = the readout's summary lead (narration of meetings and of the Court's rulings), no row.
U(d, "Secretary General Thorbjørn Jagland said on Monday that the Court's rulings had left him at a loss", "dissolved at this stage.",
  ("Council of Europe", C, neg, "", "the Secretary General speaks for the body; judgement of the rulings ('no footing in the Constitution') + a procedural request: rule 1; aimed at the Constitutional Court, not a canonical actor -> target empty"))
U(d, "\"A constitutional court is there to settle disputes between institutions", "the Secretary General said.",
  ("Council of Europe", C, neg, "", "judgement without a stock word ('pick a winner', 'line has been crossed'); target the Court -> empty"))
U(d, "He asked Moldova's politicians, whichever side of the dispute they stood on", "not in the street.",
  ("Council of Europe", T, neu, "", "appeal for restraint and an institutional settlement to all sides = calling_for_talks"))
U(d, "The Secretary General also received a letter from President Dodon", "signed by Mr Filip.",
  ("Moldova", C, neg, "Democratic Party of Moldova", "Dodon as head of state speaks for Moldova (the name files list him under his party; cf. batch22a's Morales); accusation of usurpation + asks for non-recognition (unsure: the Court had suspended his powers)"))
# "The Ministers' Deputies held an exchange of views ..." = a meeting narrated, no row.
U(d, "The Permanent Representative of the Republic of Moldova informed the Deputies", "voted in by Parliament.",
  ("Moldova", N, neu, "", "procedural: instructions received and which ones he follows ('has received the letter' type); unsure: choosing the Sandu government's instructions is a kind of recognition"))
U(d, "Speaking on behalf of the European Union and its member states", "and would work with it.",
  ("European Union", S, pos, "Moldova", "recognising a side (the Sandu government as the legitimate authority) = supporting; the government speaks for Moldova"))
U(d, "The EU also made clear that assistance paid out under its budget support programmes", "the representative added.",
  ("European Union", C, neg, "Democratic Party of Moldova", "a measure/threat (aid frozen) aimed at whoever clings to ministries through the Court = the Democratic Party; attribution tail"))
U(d, "The representative of the Russian Federation welcomed the agreement", "a brazen grab for power.",
  ("Russia", C, neg, "Democratic Party of Moldova", "welcome of the coalition + judgement of the Democratic Party: rule 1 decides"))
U(d, "The Russian delegation added that Moscow was not prepared to accept", "the lawful government of Moldova.",
  ("Russia", C, neg, "Democratic Party of Moldova", "refusal of a party's arrangement in protest (the grievance was stated in the previous sentence) = condemning"))
U(d, "The representative of Romania called on all Moldovan political forces", "security of Moldovan citizens.",
  ("Romania", T, neu, "", "appeal to all forces to talk and stay within the constitutional frame; the watch on citizens' security is a plan, no judgement"))
U(d, "The representative of Ukraine said Kyiv hoped that its neighbour", "without outside pressure.",
  ("Ukraine", T, pos, "", "hope for a peaceful way out = calling_for_talks; 'outside pressure' names no one"))
U(d, "The representative of Turkey said Ankara was following the developments with some concern", "autonomous territorial unit of Gagauzia.",
  ("Turkey", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Speaking as an observer state, the representative of the United States said", "matters of bilateral cooperation.",
  ("United States", S, neu, "Moldova", "backing by act: working with the Sandu government = recognising a side (unsure: could be neutral procedure)"))
U(d, "The Deputies agreed to return to the matter at their meeting of 19 June", "Venice Commission's opinion.",
  ("Council of Europe", N, neu, "", "the Committee of Ministers' Deputies = Council of Europe; procedural decision"))
U(d, "PACE President Liliane Maury Pasquier said she welcomed the fact", "sit down together within Parliament.",
  ("Council of Europe", T, pos, "", "PACE is a Council of Europe body; welcome + appeal to keep it peaceful and talk, no judgement: rule 2 before rule 3"))
# "The Assembly's Monitoring Committee, meeting in Paris, held an urgent hearing ..." = narration introducing the experts, no row.
U(d, "Mihail Botnaru, director of the Chisinau-based Centre for Public Law Studies", "to suit the outgoing majority.",
  ("Mihail Botnaru", C, neg, "Democratic Party of Moldova", "invented expert; accusation that the deadline was counted to suit the outgoing (Democratic Party) majority"))
U(d, "\"You cannot rewrite the calendar overnight and then call it interpretation", "Mr Botnaru said.",
  ("Mihail Botnaru", C, neg, "", "judgement of the Court as acting for the party; aimed at the Court and the party together -> target empty"))
U(d, "Inga Sârbu, an election monitor and lecturer at the Academy of Public Administration", "agreed by all parliamentary groups.",
  ("Inga Sârbu", T, neg, "", "invented expert; risk line + appeal for a negotiated timetable = calling_for_talks, negative"))
U(d, "Ms Sârbu said she was alarmed by reports that civil servants", "instructions from the new ministers.",
  ("Inga Sârbu", N, neg, "", "alarm without an appeal and without naming who gave the orders = neutral, negative"))
U(d, "The co-rapporteurs for the monitoring of the Republic of Moldova announced", "at its June part-session.",
  ("Council of Europe", N, neu, "", "PACE co-rapporteurs = Council of Europe; plans"))
U(d, "The Democratic Party of Moldova sent the Committee a written statement", "decisions of the Constitutional Court.",
  ("Democratic Party of Moldova", N, neg, "", "denial that it clings to power = neutral, negative"))
U(d, "In the same statement, the party accused Moscow of having written the coalition agreement", "back under its control.",
  ("Democratic Party of Moldova", C, neg, "Russia", "accusation of Moscow"))
U(d, "Venice Commission President Gianni Buquicchio confirmed that the Commission had received", "21 and 22 June.",
  ("Council of Europe", N, neu, "", "the Venice Commission is a Council of Europe body; procedure: request received, date of the plenary"))
U(d, "A delegation of rapporteurs will travel to Chisinau next week", "the Commission said.",
  ("Council of Europe", N, neu, "", "plan with an attribution tail"))
U(d, "The Commissioner for Human Rights, Dunja Mijatović, said she was following with concern", "civil servants in Chisinau.",
  ("Council of Europe", N, neg, "", "the Commissioner is a Council of Europe office; concern without an appeal = neutral, negative"))
# Background paragraph = narration, no row.
