# ------------------------------------------------------------------ Killing of Italy's ambassador Luca Attanasio near Goma ('world reacts' roundup, 2021-02-23)
d = "page_drc_attanasio_killing2021_roundup.txt"
# Not statements: masthead, menu, section label, headline (carries a quote: headline, no row), standfirst, byline and
# date line, image caption and credit, the intro narration (no named source), "Here is how ...", the capitals/bodies
# crossheads, [ADVERTISEMENT], "WHAT ANALYSTS SAY", Read more list, topics, newsletter prompt, copyright.
U(d, "President Sergio Mattarella spoke of a brutal ambush", "to help its people.",
  ("Italy", C, neg, "", "bullet; judgement ('a brutal ambush'); attackers unnamed"))
U(d, "Prime Minister Mario Draghi, sworn in only ten days ago", "the road to Rutshuru.",
  ("Italy", T, neg, "", "grief + demand for a full account = demand for an inquiry, calling_for_talks (labels/README); no single addressee"))
U(d, "Foreign Minister Luigi Di Maio left a meeting of EU foreign ministers", "flew back to Rome.",
  ("Italy", N, neu, "", "act reported as done: leaving a meeting with no protest = neutral"))
U(d, "The Farnesina has asked the WFP and the United Nations for a detailed report", "according to a ministry statement.",
  ("Italy", T, neu, "", "the ministry by its building's name; request for a report on security = demand for an inquiry; two addressees -> target empty; attribution tail 'according to a ministry statement'"))
U(d, "President Félix Tshisekedi's office called the ambush an act of terror", "would be set up.",
  ("Democratic Republic of the Congo", C, neg, "", "'act of terror' = judgement; inquiry announced"))
U(d, "The interior ministry blamed fighters of the Democratic Forces for the Liberation of Rwanda", "active in North Kivu.",
  ("Democratic Republic of the Congo", C, neg, "FDLR", "blame = condemning; 'the interior ministry' under the DR CONGO crosshead"))
U(d, "The ministry also said provincial authorities had not been told", "could not secure the road.",
  ("Democratic Republic of the Congo", N, neg, "", "fact that implies a lapse by the convoy's organisers, no explicit judgement (unsure: could be read as blaming the UN)"))
U(d, "In a statement sent to news agencies, the group denied any part in the attack.", "any part in the attack.",
  ("FDLR", N, neg, "", "denial = neutral, negative; 'the group' under the FDLR crosshead"))
U(d, "It pointed instead at Congolese and Rwandan troops", "lay with them.",
  ("FDLR", C, neg, "", "counter-accusation of two armies -> target empty"))
U(d, "No Rwandan soldier is deployed on Congolese soil, Foreign Minister Vincent Biruta", "cover its own tracks.",
  ("Rwanda", C, neg, "FDLR", "denial + judgement of the FDLR ('a genocidal militia'): the judgement decides"))
U(d, "Secretary-General António Guterres asked the Congolese government to open an investigation", "put the killers on trial.",
  ("United Nations", T, neg, "Democratic Republic of the Congo", "appeal for an inquiry and trial, no judgement word"))
U(d, "Guterres also offered his condolences", "Italy and the DRC.",
  ("United Nations", S, neg, "", "condolences = supporting; two governments -> target empty"))
U(d, "MONUSCO's acting head, David McLachlan-Karr:", "Congolese investigators.",
  ("United Nations", S, pos, "Democratic Republic of the Congo", "verbless bullet after a colon; MONUSCO = United Nations; backing by act"))
U(d, "Executive Director David Beasley said the agency was grieving", "what went wrong.",
  ("World Food Programme", N, neg, "", "grief + plan to establish facts with authorities, no appeal to anyone"))
U(d, "EU foreign policy chief Josep Borrell said ministers at the Brussels meeting", "minute's silence.",
  ("European Union", S, neg, "", "a minute's silence = tribute/solidarity by act (unsure: could be neutral)"))
U(d, "European Council President Charles Michel:", "stands with Italy.\"",
  ("European Union", S, pos, "Italy", "quote after a colon, no verb; solidarity"))
U(d, "Commission chairperson Moussa Faki Mahamat condemned the killings", "those responsible.",
  ("African Union", C, neg, "", "condemnation + appeal: rule 1; 'Commission chairperson' under the AFRICAN UNION crosshead"))
U(d, "\"We stand with our Italian allies,\" State Department spokesperson Ned Price said.", "Ned Price said.",
  ("United States", S, pos, "Italy", "solidarity"))
U(d, "Price urged the Congolese authorities to make sure", "face justice.",
  ("United States", T, neg, "Democratic Republic of the Congo", "surname only; appeal for accountability, no judgement"))
U(d, "Solidarity with Italy, \"a friend and a neighbour in grief\"", "Jean-Yves Le Drian.",
  ("France", S, pos, "Italy", "verbless bullet; solidarity"))
U(d, "Shock and sorrow from Foreign Minister Sophie Wilmès", "the Italian people.",
  ("Belgium", S, neg, "Italy", "verbless opening; sympathy with the Italian people; Brussels = Belgium here (the Belgian crosshead)"))
U(d, "The Foreign Office, on Twitter:", "our Italian friends.\"",
  ("Germany", S, pos, "Italy", "'The Foreign Office' under the GERMANY crosshead; sympathy"))
U(d, "Africa minister James Duddridge said he was appalled", "North Kivu.",
  ("United Kingdom", N, neg, "", "alarm with no judgement of an actor and no appeal = neutral, negative"))
U(d, "A \"vile attack\", in the words of a foreign ministry statement", "the Italian people.",
  ("Turkey", C, neg, "", "verbless bullet; judgement + condolences: rule 1; attackers unnamed"))
U(d, "Pope Francis sent prayers for the three men", "Pietro Parolin.",
  ("Holy See", S, pos, "", "prayers + praise of the ambassador = supporting; no state targeted"))
U(d, "Prosecutor Fatou Bensouda warned that attacks on humanitarian convoys", "court's jurisdiction.",
  ("International Criminal Court", C, neg, "", "legal qualification as possible crimes + warning = condemning; perpetrators unnamed"))
U(d, "The road between Goma and Rutshuru has seen a steady rise", "Observatory of the Great Lakes.",
  ("Jean-Baptiste Kambale", N, neg, "", "invented researcher; trend, no position"))
U(d, "\"Naming the culprits within hours, before any investigator had reached Kibumba", "Kambale said.",
  ("Jean-Baptiste Kambale", C, neg, "Democratic Republic of the Congo", "judgement of Kinshasa's hasty blame (Kinshasa = metonym)"))
