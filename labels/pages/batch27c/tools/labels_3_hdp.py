# ------------------------------------------------------------------ Ankara: detention of the HDP co-chairs and deputies (Turkish state agency, 2016-11-05)
d = "page_hdp_cochairs_detention2016_statemedia.txt"
# Not statements: masthead, menu, language bar, headline and standfirst (both carry Ankara's position), byline/time stamp,
# photo caption, crossheads, ADVERTISEMENT, tags, related news, copyright.
U(d, "Foreign Minister Mevlüt Çavuşoğlu on Friday dismissed the reactions", "instruct Turkey on justice.",
  ("Turkey", C, neg, "", "dateline excluded; rejection of criticism + charge that European governments let the PKK raise money; several European states -> target empty"))
U(d, "Speaking to reporters in Ankara, Çavuşoğlu said Turkey expected", "the detained politicians.",
  ("Turkey", C, neg, "", "reproach of double standards aimed at 'European partners' (several) -> target empty"))
U(d, "The Interior Ministry said in a written statement that 11 deputies", "terrorist propaganda.",
  ("Turkey", N, neu, "", "ministry's facts of the detentions (state's own act, reported without judgement)"))
U(d, "Two further deputies were being sought", "the ministry added.",
  ("Turkey", N, neu, "", "attribution tail 'the ministry added'; facts"))
# "Parliament lifted the immunity ... in May ..." = background narration, no row.
U(d, "Prime Minister Binali Yıldırım told a meeting of his Justice and Development Party", "like any other.",
  ("Turkey", N, neu, "", "legal principle stated without judgement on anyone (unsure: implicit defence of the detentions)"))
U(d, "The HDP, Yıldırım said, had chosen to stand beside those who plant bombs", "elected it.",
  ("Turkey", C, neg, "Peoples' Democratic Party", "attribution in the middle; accusation of siding with terrorists"))
U(d, "The Prime Minister later held a telephone conversation with European Parliament President Martin Schulz", "no further harm.",
  ("Turkey", T, neu, "European Union", "'according to sources at the Prime Ministry'; agreeing to stay in contact = calling_for_talks"),
  ("European Union", T, neu, "Turkey", "the EP president's side of the agreement, reported by Ankara: one row per party agreeing"))
U(d, "President Recep Tayyip Erdoğan, addressing a ceremony", "selective lectures on democracy.",
  ("Turkey", C, neg, "", "'Europe' as a whole (not the EU as a body) -> target empty; accusation + rejection"))
U(d, "Presidential Spokesman Ambassador İbrahim Kalın said the proceedings", "political views.",
  ("Turkey", N, neu, "", "denial that the case is political = neutral"))
U(d, "Interior Minister Süleyman Soylu said the car bomb", "PKK terrorist organisation.",
  ("Turkey", C, neg, "PKK", "blame for the bombing = condemning; casualty figures inside the same sentence"))
U(d, "Minister of Justice Bekir Bozdağ, in remarks carried on his official social media account", "handing out marks on rights.",
  ("Turkey", C, neg, "Germany", "'in remarks carried on' = second-hand attribution; Berlin = Germany; reproach"))
U(d, "Azerbaijan's Foreign Ministry spokesman Hikmet Hajiyev said in a statement", "every form of terrorism.",
  ("Azerbaijan", S, pos, "Turkey", "solidarity = supporting; Baku = Azerbaijan"))
U(d, "Nationalist Movement Party (MHP) Chairman Devlet Bahçeli voiced his party's backing", "required of it.",
  ("Nationalist Movement Party", S, pos, "Turkey", "party backing the state's action"))
U(d, "Main opposition Republican People's Party (CHP) Chairman Kemal Kılıçdaroğlu said he was worried", "rather than in the streets.",
  ("Republican People's Party", T, neg, "", "concern + appeal to solve problems in parliament = calling_for_talks"))
# "The detentions drew a chorus of statements from European capitals on Friday." = summary line, no row.
U(d, "EU foreign policy chief Federica Mogherini wrote on social media", "EU ambassadors in Ankara.",
  ("European Union", N, neg, "", "'deeply troubled' = concern with no appeal; convening own ambassadors is procedure -> neutral, negative"))
U(d, "The German Foreign Office summoned Turkey's chargé d'affaires in Berlin", "turn for the worse.",
  ("Germany", C, neg, "Turkey", "summons = protest measure + negative assessment"))
U(d, "Bavarian Premier Horst Seehofer went further", "immediately.",
  ("Germany", C, neg, "Turkey", "a regional head of government resolves to his state (README: provincial officials); call to halt accession talks = punitive step"))
U(d, "Denmark's Foreign Minister Kristian Jensen also summoned the Turkish ambassador", "Copenhagen.",
  ("Denmark", C, neg, "Turkey", "summoning the envoy = protest measure"))
U(d, "U.S. State Department spokesman John Kirby said Washington was following", "with concern.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The HDP, for its part, described the detentions in a statement", "next steps.",
  ("Peoples' Democratic Party", C, neg, "Turkey", "'a coup against the will of voters' = judgement; the party's own next steps narrated"))
U(d, "Turkish diplomatic sources noted that the same European governments", "(FETÖ).",
  ("Turkey", C, neg, "", "unnamed sources of a named government speak for it; reproach of European governments (several) -> target empty"))
U(d, "Prof. Dr. Kemal Aydoğan of the Başkent Strategic Research Foundation told TUHA", "July 2015.",
  ("Kemal Aydoğan", C, neg, "", "invented scholar; reproach of European statements (Europe, several) -> target empty; 'told TUHA': the agency is not an actor"))
U(d, "\"When a Turkish court asks a deputy to give a statement", "Aydoğan said.",
  ("Kemal Aydoğan", C, neg, "", "judgement of double standards, 'Europe' -> target empty"))
U(d, "Selin Ertuğrul, an analyst at the Ankara Security Policy Centre, said the two sides", "together.",
  ("Selin Ertuğrul", T, neu, "", "invented analyst; 'the two sides' (Turkey and the EU) should keep talking -> calling_for_talks, two parties -> target empty"))
U(d, "\"Neither side can afford to slam the door", "Ertuğrul said.",
  ("Selin Ertuğrul", T, neu, "", "appeal for a quiet channel = calling_for_talks"))
