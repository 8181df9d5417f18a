# ------------------------------------------------------------------ Riga: the Belarus flag swap at the ice hockey world championship and the mutual expulsions (European news site, full HTML, 2021-05-25)
d = "page_riga_flagswap_iihf2021_eurosite.html"
# Not statements: cookie bar, brand, nav, live ticker, breadcrumb, headline, standfirst, byline/time/read time, figcaptions with credits, Advertisement slots, crossheads, tags, share bar, newsletter, Read more, comments, most read, footer.
U(d, "Belarus ordered out Latvia's ambassador and nearly all of his staff on Monday", "every Belarusian diplomat in the country.",
  ("Belarus", C, neg, "Latvia", "expulsion of diplomats = condemning; long lead with narration of the flag swap"),
  ("Latvia", C, neg, "Belarus", "reciprocal expulsion in the same sentence = condemning"))
U(d, "The flag had been hanging with those of the other 15 teams", "on Monday morning.",
  ("Latvia", C, neg, "Belarus", "an act of protest reported as done: the foreign minister and the mayor lowered Belarus's state flag themselves (unsure: could be read as supporting the Belarusian opposition, or as narration)"))
# "The gesture came a day after Belarusian authorities forced a Ryanair passenger jet ..." = background narration, no row.
U(d, "Belarusian Foreign Minister Vladimir Makei said Latvia had insulted", "its flag back on the pole.",
  ("Belarus", C, neg, "Latvia", "judgement ('insulted') + demands for an apology"))
U(d, "\"A foreign minister who climbs a flagpole to make a point", "Makei told reporters in Minsk.",
  ("Belarus", C, neg, "Latvia", "judgement without a stock word (mockery of the minister)"))
U(d, "Ambassador Einars Semanis was given 24 hours to leave Belarus", "the Belarusian ministry said.",
  ("Belarus", C, neg, "Latvia", "the expulsion's terms with an attribution tail: a measure against another side = condemning"))
U(d, "Latvia's foreign ministry spokesman Jānis Beķeris said the Belarusian chargé d'affaires", "were repaired.",
  ("Latvia", C, neg, "Belarus", "summons + expulsion = condemning"))
U(d, "Rinkēvičs said that after Sunday's forced landing", "to catch its critics.",
  ("Latvia", C, neg, "Belarus", "judgement of a government that 'pulls airliners out of the sky'"))
U(d, "He said Riga would not be taking orders from Minsk", "hangs on its lampposts.",
  ("Latvia", C, neg, "Belarus", "refusal of the demands in protest (grievance stated just before) = condemning"))
U(d, "Staķis said the banner had been handed to him by Belarusians", "jails its own people.",
  ("Latvia", C, neg, "Belarus", "the Riga mayor is a local official -> his state (labels/README: provincial officials); judgement of a government that beats and jails its people"))
U(d, "President Egils Levits defended the gesture on Latvian television", "with a fighter escort.",
  ("Latvia", C, neg, "Belarus", "defence of the swap through a judgement of Minsk: rule 1"))
U(d, "The International Ice Hockey Federation, which stripped Minsk of its co-hosting rights", "behind the players' backs.",
  ("International Ice Hockey Federation", C, neg, "Latvia", "new organisation; disapproval of the Latvian officials' act ('no business taking down') = judgement"))
U(d, "The Zurich-based federation told the city to either put the Belarusian state flag back up", "from the same display.",
  ("International Ice Hockey Federation", C, neg, "Latvia", "ultimatum to the host city = condemning"))
U(d, "It denied reports in Belarusian media that it had threatened", "no such option had been discussed.",
  ("International Ice Hockey Federation", N, neg, "", "denial = neutral, negative"))
U(d, "The IIHF Council will discuss the affair when it meets on Thursday", "a federation spokesman said.",
  ("International Ice Hockey Federation", N, neu, "", "procedure: the council will discuss; attribution tail"))
U(d, "Staķis answered within hours by having the federation's banners taken down", "hand the pole back to Alexander Lukashenko.",
  ("Latvia", C, neg, "Belarus", "removal of the federation's flags in defiance + judgement aimed at Lukashenko; the refusal is aimed at the IIHF too, but the stated grievance is Lukashenko (unsure: target could be empty)"))
U(d, "Lithuania said its embassy in Minsk would handle consular requests", "Gabrielius Landsbergis said.",
  ("Lithuania", S, neu, "Latvia", "backing by act: taking over Latvia's consular work"))
U(d, "Estonia's foreign ministry said Tallinn stood fully behind Riga.", "Tallinn stood fully behind Riga.",
  ("Estonia", S, pos, "Latvia", "solidarity = supporting; Riga = Latvia as metonym"))
U(d, "The European Union's foreign affairs spokesman Peter Stano said the expulsions", "further into isolation.",
  ("European Union", C, neg, "Belarus", "judgement without a stock word ('out of all proportion')"))
U(d, "Poland's foreign ministry said it was watching with concern", "was being emptied.",
  ("Poland", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Germany's foreign office urged the Belarusian authorities to reverse the expulsions", "normal diplomatic channels with Riga.",
  ("Germany", T, neg, "Belarus", "demand addressed to one side, no judgement word = calling_for_talks, negative"))
U(d, "Finnish Foreign Minister Pekka Haavisto said he hoped the two neighbours", "needed them.",
  ("Finland", T, pos, "", "hope for restored missions = calling_for_talks"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova accused the Latvian officials", "respect the Olympic spirit.",
  ("Russia", C, neg, "Latvia", "accusation + judgement; 'the Baltic states' widens it, Latvia is the main target"))
U(d, "Exiled opposition leader Sviatlana Tsikhanouskaya thanked Riga for the gesture", "on their own public buildings.",
  ("Sviatlana Tsikhanouskaya", S, pos, "Latvia", "thanks = approval; the appeal is for more backing, not talks = supporting"))
U(d, "Kristaps Ozoliņš, a researcher at the Baltic Security Forum in Riga, said Minsk had been looking", "change the subject from the plane.",
  ("Kristaps Ozoliņš", C, neg, "Belarus", "invented analyst; judgement of Minsk's motive"))
U(d, "\"Lukashenko needed a villain who was not the European Union as a whole", "Ozoliņš said.",
  ("Kristaps Ozoliņš", C, neg, "", "judgement on both Lukashenko's motive and Riga's gesture ('handed him one') -> two targets -> empty"))
U(d, "He said both capitals should nonetheless keep at least a consular channel open", "border each month.",
  ("Kristaps Ozoliņš", T, neu, "", "appeal to both to keep a channel open = calling_for_talks"))
U(d, "Alena Kaspiarovich, a Belarusian sports journalist who has lived in Vilnius", "which flag they stood under.\"",
  ("Alena Kaspiarovich", N, neg, "", "invented journalist; quote after a colon; concern for the players, no judgement, no appeal"))
# "The championship runs until 6 June." = narration, no row. Comments are never statements.
