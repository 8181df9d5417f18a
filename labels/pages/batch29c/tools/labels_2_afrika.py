# ------------------------------------------------------------------ Afrika newspaper attacked in north Nicosia (Cypriot national daily, full HTML, 2018-01-23)
d = "page_afrika_levent_attack2018_cyprusdaily.html"
# Not statements: top bar, brand, menu, breadcrumbs, ad slots, headline, standfirst, byline/comments counter, share bars,
# caption with credit, Related link, crossheads, tags, comments block, most read, footer.
# Narration, no row: the crowd's attack (first paragraph), staff waiting out the attack, Sunday's front page (the paper is
# not an actor here), Akinci going to the offices, Levent's biography sentence, police detaining two people.
U(d, "Speaking at a party event hours later, Erdogan described the article", "broadcast by Turkish television.",
  ("Turkey", C, neg, "", "president's speech reported second-hand: the article an insult + leaving the paper to the Turkish Cypriots = judgement and incitement; the paper is not an actor -> target empty"))
U(d, "The government in Nicosia condemned the violence", "in months.",
  ("Cyprus", C, neg, "", "'the government in Nicosia'; condemnation of the violence, culprits not named in this sentence"))
U(d, "“What happened outside Afrika this morning was an organised attempt", "told reporters at the presidential palace.",
  ("Cyprus", C, neg, "Turkey", "spokesman named by role; 'with the blessing of the Turkish president' = blame"))
U(d, "Christodoulides said President Nicos Anastasiades had asked the foreign ministry", "tries to silence”.",
  ("Cyprus", S, pos, "", "surname only; solidarity with the journalists (not an actor) + steps taken at the EU and CoE"))
U(d, "The spokesman said Ankara was now exporting to Cyprus", "at home.",
  ("Cyprus", C, neg, "Turkey", "'the spokesman'; judgement without a stock word"))
U(d, "“We can have many opinions about a headline, but no one has the right", "will not give it up.”",
  ("Northern Cyprus authorities", C, neg, "", "Turkish Cypriot leader; quote of two sentences, speaker tag inside the first; judgement of the attack, attackers not an actor"))
U(d, "He said the police had been too slow to clear the street", "to be identified.",
  ("Northern Cyprus authorities", C, neg, "", "criticism of the police's slowness + demand to identify the attackers"))
U(d, "The Turkish Cypriot prime minister, Huseyin Ozgurgun, also condemned the attack", "fighting in Syria.",
  ("Northern Cyprus authorities", C, neg, "", "condemnation with a reproach of the paper; both negative judgements"))
U(d, "In Ankara, deputy prime minister and government spokesman Bekir Bozdag said", "against terrorists.",
  ("Turkey", C, neg, "", "defends the president's criticism: the paper 'insulted soldiers' = judgement; paper not an actor"))
U(d, "Bozdag rejected claims that the crowd had been sent by Turkey", "people in the north.",
  ("Turkey", N, neg, "", "denial = neutral, negative"))
U(d, "“The president of Turkey called for this crowd, and the crowd came,”", "Levent said.",
  ("Sener Levent", C, neg, "Turkey", "editor as an independent voice: blames the Turkish president"))
U(d, "“They broke our windows, but tomorrow Afrika will be on the stands as usual.”", "on the stands as usual.”",
  ("Sener Levent", N, pos, "", "continuation of the quote; defiance about his own paper, no judgement"))
U(d, "In Brussels a spokeswoman for the European Commission said the EU was following", "without exception”.",
  ("European Union", T, neu, "", "monitoring + expectation that press freedom be respected: an appeal with no judgement"))
U(d, "She said that violence against journalists could never be tolerated", "community’s leadership.",
  ("European Union", C, neg, "", "'could never be tolerated' = judgement of the violence; contact = narrative part"))
U(d, "Greece’s foreign ministry, in a short statement, called the assault", "the Turkish leadership.",
  ("Greece", C, neg, "Turkey", "'shameful ... provoked by the words of the Turkish leadership' = blame"))
U(d, "The OSCE Representative on Freedom of the Media, Harlem Désir, urged", "Afrika’s staff.",
  ("OSCE", T, neu, "Northern Cyprus authorities", "appeal for an investigation and protection of staff, no judgement word"))
U(d, "The Union of Cyprus Journalists, which represents reporters on both sides", "newspaper’s windows.",
  ("Union of Cyprus Journalists", S, pos, "", "protest announced + paying the repairs = backing by act; the paper is not an actor"))
U(d, "The United Nations peacekeeping force said it had no comment", "aware of the incident.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "Murat Aydinli, who runs a café across the street from the newspaper, said", "he said.",
  ("Murat Aydinli", N, neg, "", "invented witness; account of the scene, no judgement of an actor"))
U(d, "Derya Celebi, a lecturer in media law at a university in the north, said", "she said.",
  ("Derya Celebi", C, neg, "Northern Cyprus authorities", "invented scholar; 'police watched for far too long', 'chilling' = judgement"))
U(d, "Celebi said that the prosecutor’s office should open a case", "from a podium”.",
  ("Derya Celebi", C, neg, "", "call for prosecution of the inciters incl. (implicitly) Erdogan = call for measures; target left empty (implicit)"))
U(d, "Anastasiades, campaigning ahead of Sunday’s presidential election, wrote on Twitter", "meant by tolerance.",
  ("Cyprus", C, neg, "Turkey", "president on social media; ironic judgement on the Turkish leadership, no stock word"))
U(d, "The Republican Turkish Party, the main opposition in the north, said in a statement", "broken window in the building.",
  ("Republican Turkish Party", C, neg, "Turkey", "party = actor; 'carried the responsibility' = blame aimed at Ankara"))
U(d, "The British High Commissioner, Matthew Kidd, wrote on Twitter", "foundation of any democracy.",
  ("United Kingdom", N, pos, "", "relief + a general principle, no judgement and no appeal to a party"))
U(d, "His spokesman, Baris Burcu, said later that the leader would ask Ankara", "heard very loudly here”.",
  ("Northern Cyprus authorities", T, neu, "Turkey", "Akinci's spokesman; a request to Ankara for restraint in words, no judgement word (unsure: implied reproach)"))
