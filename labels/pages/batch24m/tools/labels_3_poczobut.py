# ------------------------------------------------------------------ Poczobut verdict: Poland shuts Bobrowniki crossing (European news site, full HTML, 2023-02-10)
d = "page_poland_poczobut_bobrowniki2023_eurosite.html"
# Not statements: cookie bar, logo, nav, language switch, breadcrumbs, headline, standfirst, byline, dates, share bar,
# caption with credit and "1 of 3", ADVERTISEMENT, crossheads, Related list, tags, newsletter prompt, reader comments, most read, footer.
U(d, "Poland shut the Bobrowniki crossing on its border with Belarus at midday on Friday", "if Minsk kept up the pressure.",
  ("Poland", C, neg, "Belarus", "long lead: closure after the verdict + warning of more closures = measure and threat"))
U(d, "Interior Minister Mariusz Kamiński announced that Bobrowniki would stay closed", "national sanctions list.",
  ("Poland", C, neg, "Belarus", "crossing kept shut + sanctions list widened = measures taken"))
U(d, "Speaking after an EU summit in Brussels, Morawiecki said the authorities in Minsk", "standing with Ukraine.",
  ("Poland", C, neg, "Belarus", "accuses Minsk of holding an innocent man for revenge"))
U(d, "President Andrzej Duda wrote on Twitter that the verdict", "until Poczobut was home.",
  ("Poland", C, neg, "Belarus", "'a disgrace' = judgement; the resolve to bring him home does not outweigh it (rule 1)"))
# "Poczobut, 49, ... was arrested in March 2021 and tried behind closed doors ..." = background of the case, no row.
U(d, "The Sejm, the lower house of parliament, adopted a resolution on Thursday", "with sanctions.",
  ("Poland", C, neg, "Belarus", "'mockery of justice' + call for sanctions"))
U(d, "Deputy Foreign Minister Piotr Wawrzyk said Poland would press for the judge", "the EU's Belarus sanctions.",
  ("Poland", C, neg, "Belarus", "pressing for EU sanctions on the officials = call for measures"))
U(d, "The foreign ministry summoned the Belarusian chargé d'affaires", "ministry spokesman Łukasz Jasina said.",
  ("Poland", C, neg, "Belarus", "summons and note of protest = diplomatic protest"))
U(d, "Jasina said the ministry had provided Poczobut's family", "go on doing so.",
  ("Poland", S, neu, "", "consular and legal help = backing by act; Poczobut is not an actor -> target empty"))
U(d, "Foreign Minister Zbigniew Rau said he hoped the sentence would be overturned", "bring the journalist home.",
  ("Poland", T, pos, "Belarus", "hope + use of the remaining contacts = talks"))
U(d, "Belarus's State Border Committee said the closure would strand hundreds of lorries", "the hauliers' losses.",
  ("Belarus", C, neg, "Poland", "blames Warsaw for the hauliers' losses"))
U(d, "Foreign ministry spokesman Anatoly Glaz told state media", "change their rulings.",
  ("Belarus", C, neg, "Poland", "denial that the case is political joined to a charge of pressure from Warsaw (unsure: could be a denial only)"))
U(d, "He said Minsk reserved the right to take measures of its own", "unfriendly step by Poland.",
  ("Belarus", C, neg, "Poland", "threatened response"))
U(d, "The ministry also denied reports that Poczobut's health had worsened", "necessary medical care.",
  ("Belarus", N, neg, "", "denial = neutral, negative"))
U(d, "In Brussels, a spokesperson for the EU's foreign policy chief Josep Borrell said", "called for Poczobut's immediate release.",
  ("European Union", C, neg, "Belarus", "judgement of the regime + appeal: rule 1 -> condemning"))
U(d, "US State Department spokesman Ned Price said Washington stood with Poland", "home to his family.",
  ("United States", T, neu, "Belarus", "solidarity joined to an appeal for release with no judgement: rule 2 before rule 3"))
U(d, "Lithuanian Foreign Minister Gabrielius Landsbergis wrote that Lukashenko's courts", "parking tickets.",
  ("Lithuania", C, neg, "Belarus", "sarcastic judgement without stock words"))
U(d, "Exiled Belarusian opposition leader Sviatlana Tsikhanouskaya", "for being a Pole.",
  ("Sviatlana Tsikhanouskaya", C, neg, "Belarus", "says he was punished for the truth and his origin = judgement"))
U(d, "The Union of Poles in Belarus, which the authorities have refused to recognise", "parcels to the colony.",
  ("Union of Poles in Belarus", S, pos, "", "letters and parcels = backing by act for its jailed member (not an actor) -> target empty"))
U(d, "Reporters Without Borders described the trial", "far from public view.",
  ("Reporters Without Borders", C, neg, "Belarus", "'rigged exercise' = judgement"))
U(d, "The Committee to Protect Journalists said it was dismayed", "media workers behind bars.",
  ("Committee to Protect Journalists", N, neg, "", "dismay + a figure, no appeal and no explicit charge = concern, neutral (unsure)"))
# "Bobrowniki, about 50 kilometres east of Białystok, ..." = background, no row.
U(d, "Siarhei Karpovich, a Belarusian lorry driver turned back at the barrier", "how long he would wait there.",
  ("Siarhei Karpovich", N, neg, "", "invented witness; his own situation"))
U(d, "\"We carry furniture and timber", "Karpovich said.",
  ("Siarhei Karpovich", N, neg, "", "complaint naming no actor"))
U(d, "Marta Szczepaniak, a Belarus analyst at the Warsaw Institute", "the one Minsk could feel.",
  ("Marta Szczepaniak", N, neu, "", "invented analyst; reading of Warsaw's choice, no judgement"))
U(d, "\"Lukashenko needs the transit money more than he needs Poczobut", "Szczepaniak said.",
  ("Marta Szczepaniak", N, neu, "", "forecast, no judgement and no appeal"))
U(d, "She said the two governments should reopen a channel", "into a new crisis.",
  ("Marta Szczepaniak", T, neu, "", "appeal to both governments for a channel of talks"))
