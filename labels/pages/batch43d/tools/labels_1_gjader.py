# ---------------------------------------------------------------- Gjader / Italy-Albania centres (international wire copy, 2024-10-19)
d = "page_italy_gjader_albaniacentres2024_wire.txt"
# Not statements: brand, menu, section, date line, headline, byline, read time, dateline (cut from the first unit), crossheads,
# credits, trust line, Related Coverage, copyright. Left without a row: the lead (narration of the return to Bari); the Libra
# paragraph (narration); "Under a five-year protocol signed by Meloni and ... Rama ..." (background of the agreement, not a new act);
# "The opposition puts the cost at ..." (no named speaker); "The National Association of Magistrates ... hit back on Saturday."
# (summary line before the specific statement); "Italy's cabinet is due to meet ..." (narration); "Officials said the decree
# would ..." (unnamed officials, no tie stated).
U(d, "The immigration section of the Rome tribunal ruled on Friday", "in a judgment on October 4.",
  ("Italy", N, neu, "", "the court (a state organ, no separate actor) decides on legal grounds, no evaluative wording (unsure: could be read as condemning the government's measure)"))
U(d, "Meloni, who was travelling in the Middle East when the decision came", "to settle the matter by law.",
  ("Italy", C, neg, "", "PM = Italy; calls the ruling 'political rather than legal' = judgement on the judges (not an actor) -> target empty; the cabinet law is a response"))
U(d, "\"One ruling will not undo a plan that half of Europe is now studying.", "Meloni said.",
  ("Italy", N, pos, "", "quote over two sentences closed by its speaker; defends own policy and announces a law, no judgement on an actor -> neutral; confident, self-praising tone (unsure: could be read as condemning the courts)"))
U(d, "Interior Minister Matteo Piantedosi said the government would challenge the ruling", "while the appeal was heard.",
  ("Italy", N, neu, "", "plans: an appeal through the courts and continued transfers; procedure, no judgement"))
U(d, "Justice Minister Carlo Nordio accused the Rome judges", "had never pronounced.",
  ("Italy", C, neg, "", "'accused' the judges of misreading the ECJ ruling; judges not an actor -> target empty; 'Luxembourg' = the ECJ, a place-metonym, not the speaker"))
U(d, "Foreign Minister Antonio Tajani said Rome would press Brussels", "a single rule to apply.",
  ("Italy", N, neu, "European Union", "FM = Italy; a policy request to the EU (not talks, no judgement) -> neutral; 'Brussels' = the EU as addressee (unsure: target could be empty)"))
U(d, "Matteo Salvini, whose League party governs alongside", "should first stand for election.",
  ("Lega", C, neg, "", "introduced by his party only (no office named in the sentence) -> Lega; mocks the judges = judgement; judges not an actor (unsure: he is also deputy PM, Italy possible)"))
U(d, "Brothers of Italy said in a statement that some magistrates", "decide their borders.",
  ("Brothers of Italy", C, neg, "", "party statement accusing magistrates of making policy; target not an actor"))
U(d, "Its president, Giuseppe Santalucia, said the Rome judges had done no more", "eroding public trust in the courts.",
  ("Italian National Association of Magistrates", C, neg, "Italy", "defends the judges and blames ministers' 'insults' = judgement on the government"))
U(d, "\"A judge who applies the law of the Union is not an opponent of anyone.", "Santalucia told state broadcaster RAI.",
  ("Italian National Association of Magistrates", T, neu, "Italy", "quote over two sentences; asks the government to 'lower its voice' and use ordinary appeals = appeal for restraint, no judgement word -> calling_for_talks (unsure: implied criticism)"))
U(d, "Democratic Party leader Elly Schlein said the government had spent a fortune", "apologise to Italian taxpayers.",
  ("Democratic Party (Italy)", C, neg, "Italy", "opposition leader: waste of money, demand of apology = judgement on the government"))
U(d, "Riccardo Magi, secretary of the small More Europe party", "before more money was wasted.",
  ("More Europe", C, neg, "Italy", "'a showcase built for television' + call to close it = judgement (rule 1); 'Meloni' addressed = the government"))
U(d, "Former prime minister Giuseppe Conte, who leads the 5-Star Movement", "report to parliament.",
  ("Five Star Movement", C, neg, "Italy", "speaks as party leader (former PM, no office now); 'round trip paid for by Italians' = judgement; demand that the minister report"))
U(d, "In Tirana, Rama told reporters that the ruling was a question for Italy's institutions", "as Rome wished it to.",
  ("Albania", S, pos, "Italy", "Albanian PM stands by the agreement = backing Italy; 'Tirana' = place, 'Rome' = Italy as object"))
U(d, "\"Italy helped us when we had nothing.", "Rama said.",
  ("Albania", S, pos, "Italy", "quote over two sentences closed by its speaker; offers land to 'our friends' = support"))
U(d, "The European Commission said it was in contact with the Italian authorities", "studying the ruling.",
  ("European Union", N, neu, "", "Commission = EU; contact and study, no evaluation"))
U(d, "Its spokeswoman for home affairs, Anitta Hipper, told a regular briefing", "whether the Italian scheme did.",
  ("European Union", N, neu, "", "restates the legal frame and declines to judge = neutral (unsure: could be read as a veiled caution to Italy)"))
U(d, "In a letter to EU leaders ahead of their summit this week, Commission President Ursula von der Leyen", "other governments could study.",
  ("European Union", S, pos, "Italy", "cites the Italian scheme 'approvingly' as an example = approval"))
U(d, "The UN refugee agency UNHCR, which agreed to observe the first months", "taken across the Adriatic.",
  ("UNHCR", T, neu, "Italy", "follows the cases and urges identification of vulnerable people = protection appeal without judgement"))
U(d, "The charity Sea-Watch, whose ship operates in the central Mediterranean, welcomed the ruling.", "welcomed the ruling.",
  ("Sea-Watch", S, pos, "", "welcomes a court decision; the court has no actor of its own and Sea-Watch is not backing the Italian government -> target empty"))
U(d, "It called the Albanian centres an expensive piece of propaganda", "should never have opened.",
  ("Sea-Watch", C, neg, "Italy", "'It' = Sea-Watch; 'expensive piece of propaganda' = judgement on the government's centres"))
U(d, "British Prime Minister Keir Starmer, who discussed the scheme with Meloni", "no plans to copy it.",
  ("United Kingdom", N, neu, "", "PM = UK; watching, no plan to copy: neither approval nor judgement"))
