# ------------------------------------------------------------------ Montenegro's coup-plot charges against Russian state bodies (Russian state media, 2017-02-22)
d = "page_montenegro_coupplot_2017_statemedia.txt"
# Not statements: agency bar, menu, language bar, section, time stamp, headline, standfirst, share/print/comment bar,
# [PHOTO] caption with credit, ADVERTISEMENT, crossheads, tags, "Read also" list, Telegram prompt, copyright.
U(d, "Moscow regards the accusations made by Montenegro's special prosecutor", "at a weekly briefing on Wednesday.",
  ("Russia", C, neg, "Montenegro", "accusations rejected + motive imputed (rushing NATO accession) = judgement on Podgorica"))
U(d, "\"We have heard a great deal of talk and have not seen a single fact.", "the diplomat said.",
  ("Russia", N, neg, "", "denial of evidence, multi-sentence quote closed by its speaker"))
U(d, "Zakharova said Western newspapers were treating the prosecutor's words", "asked Moscow for its view.",
  ("Russia", C, neg, "", "criticism of Western media (not a canonical actor) -> target empty"))
U(d, "She warned that Podgorica was \"spending in a few weeks the trust", "between the two peoples.",
  ("Russia", C, neg, "Montenegro", "judgement without stock words: Podgorica squandering trust"))
U(d, "On Sunday, Montenegro's chief special prosecutor Milivoje Katnic said", "on election night.",
  ("Montenegro", C, neg, "Russia", "the state prosecutor accuses Russian state structures"))
U(d, "Katnic named two Russian citizens, Eduard Shishmakov and Vladimir Popov", "through Interpol.",
  ("Montenegro", N, neu, "", "facts of the case and procedure (arrest warrants for individuals, not a state)"))
U(d, "The prosecutor said he expected Russian law enforcement to open", "did not rule out further names.",
  ("Montenegro", N, neu, "", "request to Russia's law enforcement, no judgement (unsure: could be read as pressure)"))
U(d, "On Monday, Kremlin spokesman Dmitry Peskov told reporters that the accusations had no basis", "internal affairs.",
  ("Russia", N, neg, "", "denial = neutral, negative"))
U(d, "\"We have never had anything to do with Montenegro's elections", "Peskov said.",
  ("Russia", N, neg, "", "denial continued; positive words about the people do not make it supporting"))
U(d, "Russian Foreign Minister Sergei Lavrov, speaking to journalists after talks", "belonged to the same series.",
  ("Russia", C, neg, "", "mockery of 'the West' (not canonical) -> target empty"))
U(d, "\"Those who invent such stories should bear in mind", "Lavrov said.",
  ("Russia", C, neg, "", "accusation of fabrication + warning; aimed at unnamed 'those' -> target empty"))
U(d, "Leonid Slutsky, chairman of the State Duma Committee on International Affairs, said", "Montenegro's accession protocol.",
  ("Russia", C, neg, "Montenegro", "imputes a political motive to the prosecutor's timing"))
U(d, "\"This is a political order, fulfilled with great zeal,\" Slutsky told", "inter-parliamentary contact.",
  ("Russia", C, neg, "Montenegro", "judgement + announced step"))
U(d, "Konstantin Kosachev, head of the Federation Council's foreign affairs committee, said", "without a referendum.",
  ("Russia", C, neg, "Montenegro", "veiled threat = condemning"))
U(d, "\"We do not threaten anyone, but NATO infrastructure", "the senator said.",
  ("Russia", C, neg, "NATO", "threat of 'an adequate answer' despite the disclaimer"))
U(d, "Montenegro's Prime Minister Dusko Markovic said on Tuesday that the government fully backed", "\"to the last name\".",
  ("Montenegro", N, neu, "", "the government backs its own prosecutor: own conduct, no other actor (unsure)"))
U(d, "Montenegrin Foreign Minister Srdjan Darmanovic told journalists that Russia had worked", "opposition parties and media.",
  ("Montenegro", C, neg, "Russia", "accusation of interference"))
U(d, "The opposition Democratic Front, two of whose leaders", "before the NATO vote.",
  ("Democratic Front", C, neg, "Democratic Party of Socialists of Montenegro", "accuses the ruling party of fabricating the case"))
U(d, "\"There was no coup, there is only a government", "told a rally in Podgorica.",
  ("Democratic Front", C, neg, "Montenegro", "leader speaks for his party; denial + judgement of the government"))
U(d, "Knezevic said the Democratic Front would not take part in any session", "demand a referendum.",
  ("Democratic Front", C, neg, "", "boycott in protest + call to demand a referendum (unsure: grievance implied by the context)"))
U(d, "Serbian Prime Minister Aleksandar Vucic said Serbian services had cooperated fully", "Russia's alleged role.",
  ("Serbia", N, neu, "", "cooperation reported, declines to comment"))
U(d, "\"Serbia will not allow its territory to be used against any neighbour", "Vucic said.",
  ("Serbia", N, neu, "", "assurance about own conduct"))
U(d, "Serbian Foreign Minister Ivica Dacic said Belgrade valued its ties", "between the two governments.",
  ("Serbia", T, pos, "", "hope for resolution through dialogue"))
U(d, "NATO Secretary General Jens Stoltenberg said last week that the alliance had noted", "\"counter propaganda with facts.\"",
  ("NATO", C, neg, "Russia", "names Russian influence attempts and announces a response"))
U(d, "The US State Department said Washington supported Montenegro's", "following the investigation closely.",
  ("United States", S, pos, "Montenegro", "support for its choice"))
U(d, "Vadim Kolesnikov, a senior research fellow at the Moscow Centre for Balkan Studies, told", "better than any evidence could.",
  ("Vadim Kolesnikov", C, neg, "Democratic Party of Socialists of Montenegro", "invented expert; imputes motive to the ruling party"))
U(d, "\"Djukanovic needed an external threat", "the expert said.",
  ("Vadim Kolesnikov", C, neg, "Democratic Party of Socialists of Montenegro", "Djukanovic as party leader; judgement"))
U(d, "Kolesnikov said Moscow should nonetheless keep channels open", "Russia ran from the facts.\"",
  ("Vadim Kolesnikov", T, neu, "Russia", "appeal to Moscow for contact and legal cooperation"))
U(d, "Jovana Radulovic, a Podgorica-based lawyer who represents", "the evidence against him.",
  ("Jovana Radulovic", N, neg, "", "invented lawyer; facts of her client's detention"))
U(d, "\"If the prosecution has a case, it must show it in court", "Radulovic said.",
  ("Jovana Radulovic", C, neg, "Montenegro", "criticism of the prosecution trying the case on television"))
