# ------------------------------------------------------------------ Kosovo's declaration of independence: recognitions and Serbia's response (Balkan English-language site, scraped .txt, 2008-02-19)
d = "page_kosovo_independence_balkansite.txt"
# No rows: masthead, tagline, date line, menu, search, breadcrumb, headline, byline, published/updated, share bar, photo captions
# with credits and "1 of 4", ADVERTISEMENT, capitals crossheads, "Related:", "Read also:" list, tags, comments, newsletter
# prompt, MOST READ, footer.
# No row: "By Tuesday morning, several more governments had said ..." (unnamed governments, summary line).
# No row: "The European Union, meeting at foreign minister level in Brussels, could not agree on a single line." (summary before the text).
# No row: "President Fatmir Sejdiu received the diplomatic notes ..." (a ceremony narrated, no position).
# No row: "On Tuesday morning, crowds of Serbs in northern Kosovo set fire to two UN-run checkpoints ..." (narration, unnamed crowd).
# No rows: Serbs on the northern bank (unnamed group), the 46-year-old mechanic, the student, "Analysts in Belgrade" and the
# unnamed political scientist.
U(d, "The United States, Britain, France and Turkey recognised Kosovo", "the same treatment.",
  ("United States", S, pos, "Kosovo", "long lead: recognition by act, list of four = one row each"),
  ("United Kingdom", S, pos, "Kosovo", "same list; Britain = United Kingdom"),
  ("France", S, pos, "Kosovo", "same list"),
  ("Turkey", S, pos, "Kosovo", "same list"),
  ("Serbia", C, neg, "United States", "Belgrade = metonym; recall of the ambassador + threat to others = measures against another side"))
U(d, "In a text adopted on Monday, the ministers said each member state", "would go ahead.",
  ("European Union", N, neu, "", "Council conclusions: recognition left to members + own mission confirmed = procedure/plan (unsure: the mission could be read as support for Kosovo)"))
U(d, "In Washington, Secretary of State Condoleezza Rice said President George W. Bush had accepted", "diplomatic relations.",
  ("United States", S, pos, "Kosovo", "establishing relations = backing by act"))
U(d, "She described Kosovo's independence as the only viable option", "on its territory.",
  ("United States", T, pos, "Kosovo", "approval + expectation that Pristina protect the Serb minority: rule 2 before rule 3 (welcome + appeal to protect, no judgement) (unsure)"))
U(d, "\"Today our friends have shown that they keep their word.", "taken the step.",
  ("Kosovo", S, pos, "", "multi-sentence quote closed by the speaker; thanks to several governments (Washington = metonym) -> target empty"))
U(d, "\"No one in this country will be a second-class citizen,\" Thaci said", "to any citizen.",
  ("Kosovo", N, pos, "", "reassurance about its own conduct = neutral, positive; surname only"))
U(d, "Albanian Prime Minister Sali Berisha said Tirana would recognise", "the whole region.",
  ("Albania", S, pos, "Kosovo", "recognition announced + praise; Tirana = metonym"))
U(d, "British Foreign Secretary David Miliband said London had recognised Kosovo", "to show restraint.",
  ("United Kingdom", T, neu, "", "recognition explained + appeal to both sides for restraint: rule 2 before rule 3 (as labels/README: welcome with a peace appeal)"))
U(d, "French Foreign Minister Bernard Kouchner, speaking in Brussels", "in every way.",
  ("France", S, pos, "Kosovo", "offer of help = supporting; Brussels = place"))
U(d, "In Belgrade, Prime Minister Vojislav Kostunica told an emergency session", "by force.",
  ("Serbia", C, neg, "United States", "accusation; Washington = metonym"))
U(d, "He said the recall of Ambassador Ivan Vujačić was only the first", "relations with Serbia.",
  ("Serbia", C, neg, "", "more measures threatened against every recognising state -> target empty"))
U(d, "Foreign Minister Vuk Jeremić said later that ambassadors in Paris, London and Ankara", "for consultations.",
  ("Serbia", C, neg, "", "recall of envoys in protest from three states (capitals as places of the embassies) -> target empty"))
U(d, "The parliament voted by an overwhelming majority", "null and void.",
  ("Serbia", C, neg, "Kosovo", "'The parliament' = Serbia's by context; annulment = act against the other side"))
U(d, "At an emergency session of the UN Security Council in New York, President Boris Tadić said", "never with arms.",
  ("Serbia", C, neg, "Kosovo", "refusal to accept + legal fight announced; 'never with arms' does not make it an appeal (unsure)"))
U(d, "Tadić also appealed to Serbs on both sides of the boundary", "avoid violence.",
  ("Serbia", T, neu, "", "appeal for calm and non-violence"))
U(d, "Russia's ambassador to the United Nations, Vitaly Churkin", "would not accept it.",
  ("Russia", C, neg, "Kosovo", "breach of resolution 1244 + refusal; Moscow = metonym"))
U(d, "Russia's foreign ministry, in a statement issued on Sunday", "the Pristina authorities.",
  ("Russia", C, neg, "Kosovo", "judgement + demand to annul; 'the Pristina authorities' = Kosovo"))
U(d, "Jeremić and Russian Foreign Minister Sergei Lavrov have agreed", "foreign ministry said.",
  ("Serbia", C, neg, "Kosovo", "joint commitment to block Kosovo's membership = measure against it"),
  ("Russia", C, neg, "Kosovo", "Russia's position reported by Serbia's ministry is Russia's statement too"))
U(d, "Jeremić thanked Moscow for its steady support", "territorial integrity.",
  ("Serbia", S, pos, "Russia", "thanks; Moscow = metonym"))
U(d, "UN Secretary-General Ban Ki-moon told the Council that the UN mission would stay on", "endanger peace.",
  ("United Nations", T, neu, "", "UNMIK stays + appeal to all sides to refrain"))
U(d, "NATO Secretary-General Jaap de Hoop Scheffer said the 16,000 troops", "whichever side it came.",
  ("NATO", N, neu, "", "own deployment + warning aimed at no side = neutral (unsure: could be calling_for_talks)"))
U(d, "Spanish Foreign Minister Miguel Ángel Moratinos said Madrid would not recognise Kosovo", "international law.",
  ("Spain", C, neg, "Kosovo", "refusal with a grievance stated (no basis in law) = condemning"))
U(d, "Cyprus, whose north has been under Turkish occupation since 1974", "for the time being.",
  ("Cyprus", C, neg, "Kosovo", "'a dangerous example' = judgement of the act; the occupation clause is the outlet's background (no Turkey row)"),
  ("Slovakia", N, neu, "", "refusal with no reason given = neutral"),
  ("Romania", N, neu, "", "same"))
U(d, "EU foreign policy chief Javier Solana, who flew to Pristina last week", "build its institutions.",
  ("European Union", S, pos, "Kosovo", "'the bloc' = EU; assistance offered"))
U(d, "China said it was gravely troubled by the declaration, and a foreign ministry spokesman", "negotiating a solution.",
  ("China", T, neg, "", "concern + appeal to Belgrade and Pristina (both metonyms) to keep negotiating"))
