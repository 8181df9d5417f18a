# ------------------------------------------------------------------ Germany: lorry attack on the Breitscheidplatz Christmas market, day after (live blog, full HTML, 2016-12-20)
d = "page_germany_breitscheidplatz_market2016_liveblog.html"
# Not statements: masthead, nav, account links, kicker, headline, standfirst, byline/time, captions with credits, key-events list,
# share bar, time stamps, entry headings (h3), "Advertisement", lead-ins to embeds ("Berlin police have posted this appeal:"),
# tweet attribution lines, the opening summary (e1), related and most-viewed lists, comments block, footer.
U(d, "Police have kept a cordon around Breitscheidplatz, and the federal prosecutor's office says", "the driver continues.",
  ("Germany", N, neu, "", "closing entry: the prosecutor's office (a federal body) on the search; 'We are closing this live blog' gets no row"))
U(d, "The Amaq news outlet, which serves as the mouthpiece of Islamic State", "fighting it in Iraq and Syria.",
  ("Islamic State", C, neg, "", "the group's outlet carries its claim: the attack framed as a strike on the countries fighting it = a hostile act announced against several states -> target empty (unsure: a claim of one's own attack could be neutral)"))
U(d, "Please send us photos and videos from Breitscheidplatz", "do not share rumours.",
  ("Germany", N, neu, "", "embedded post of the Berlin police (a state body) = public appeal for evidence, procedural; the other sentences of the post get no row"))
U(d, "The federal prosecutor's office has said the 23-year-old Pakistani asylum seeker", "in the cab of the lorry.",
  ("Germany", N, neu, "", "release for lack of evidence = procedure"))
U(d, "His lawyer said his client had never denied being near the Tiergarten park", "checked his story.",
  ("", C, neg, "", "unnamed speaker for an unnamed man (not an actor): kept with an empty actor as a stance example; judgement of the media's conduct"))
U(d, "Müller told the congregation that Berlin had been wounded", "celebrate Christmas.",
  ("Germany", N, pos, "", "Berlin's mayor resolves to his state (as provincial officials do); defiance about the city's own conduct, no judgement of an actor; the attacker is unknown. The flower-laying sentence before it is a ceremony, no row"))
U(d, "A post by the AfD's Marcus Pretzell, sent while the wounded", "lost control of its borders.",
  ("Alternative for Germany", C, neg, "Germany", "two AfD figures in one sentence, same actor: blaming the chancellor's policy + 'lost control of its borders' = judgement of the government -> one row"))
U(d, "Justice Minister Heiko Maas said anyone who turned the victims into campaign material", "nothing but contempt.",
  ("Germany", C, neg, "Alternative for Germany", "judgement of those exploiting the victims; the AfD is the party meant by the preceding sentence"))
U(d, "\"There is a time for political debate, and it is not the night", "Maas told the broadcaster ZDF.",
  ("Germany", C, neg, "Alternative for Germany", "rebuke continued; the broadcaster is only the channel (unsure: could be neutral)"))
U(d, "Horst Seehofer, the Bavarian premier and leader of the CSU", "could no longer avoid that debate.",
  ("Christian Social Union", C, neg, "Germany", "party leader speaking as such: demand for a complete review and 'the chancellor could no longer avoid that debate' = implied judgement of the federal government's policy (unsure: could be a neutral call for review)"))
U(d, "Federal prosecutor Peter Frank told a news conference that investigators could not rule out", "possibly armed.",
  ("Germany", N, neg, "", "facts of the investigation, alarming, no judgement"))
U(d, "\"The man we held overnight may have had nothing to do with this.", "Frank said.",
  ("Germany", N, neg, "", "quote of two sentences closed by the speaker: appeal to witnesses, procedural"))
U(d, "He said the case had been taken over by his office", "a terrorist act.",
  ("Germany", N, neu, "", "pronoun subject; procedure"))
U(d, "Poland's foreign minister, Witold Waszczykowski, said the lorry's regular driver", "the first victim of the attack.",
  ("Poland", N, neg, "", "foreign minister speaks for the state; naming its citizen as a victim, no judgement of an actor"))
U(d, "Ariel Żurawski, who owns the haulage firm and is the driver's cousin", "control of the lorry.",
  ("Ariel Żurawski", N, neu, "", "independent person (new actor): account of his relative"))
U(d, "French President François Hollande said France shared the grief", "not just at Berlin.",
  ("France", S, neg, "Germany", "solidarity in grief = supporting; 'Berlin' = the city attacked"))
U(d, "The British prime minister, Theresa May, said the United Kingdom stood with Germany", "could give.",
  ("United Kingdom", S, pos, "Germany", "solidarity + offer of help"))
U(d, "In Moscow, Vladimir Putin sent Merkel a telegram of condolence", "in Ankara on Monday evening.",
  ("Russia", S, neg, "Germany", "condolence + offer to cooperate = supporting; the ambassador's killing is narration; Moscow = place, Ankara = place"))
U(d, "Austria, Italy and Spain also sent messages of sympathy", "their own Christmas markets.",
  ("Austria", S, neg, "Germany", "a list of states: one row each; sympathy = supporting; the extra police are their own measures"),
  ("Italy", S, neg, "Germany", "same list"),
  ("Spain", S, neg, "Germany", "same list"))
U(d, "Tonight all of Europe mourns with Berlin.", "Tonight all of Europe mourns with Berlin.",
  ("European Union", S, neg, "Germany", "embedded post of the European Council president = the EU; mourning with the city = solidarity"))
U(d, "We stand with Germany.", "We stand with Germany.",
  ("European Union", S, pos, "Germany", "same post; the middle sentence (defiance of unnamed attackers) gets no row"))
U(d, "In Washington, the White House condemned what it called an apparent terrorist attack", "with the investigation.",
  ("United States", C, neg, "", "condemnation + offer of help: rule 1; the attacker is unknown -> target empty"))
U(d, "Israel's foreign ministry said an Israeli citizen had been badly hurt", "his wife was missing.",
  ("Israel", N, neg, "", "facts about its citizens given by an actor"))
U(d, "The Central Council of Muslims in Germany condemned the attack", "for the victims on Friday.",
  ("Central Council of Muslims in Germany", C, neg, "", "condemnation of an attack whose author is unknown -> target empty"))
U(d, "Angela Merkel said the authorities were working on the assumption", "an act of terror.",
  ("Germany", N, neg, "", "assessment of the crash, no judgement of a named actor"))
U(d, "\"We do not yet know everything, but we will find out who did this", "the chancellor said.",
  ("Germany", C, neg, "", "quote closed by its speaker: the perpetrators promised to answer before the courts = a threatened response; perpetrator unknown -> target empty"))
U(d, "She said she would not comment on reports about the origin", "confirmed them.",
  ("Germany", N, neu, "", "declines to comment = neutral"))
U(d, "The interior minister, Thomas de Maizière, said there was no reason yet", "before the facts were known.",
  ("Germany", N, neu, "", "alert level + warning against premature conclusions in the domestic debate: no judgement of a named actor, no peace appeal"))
U(d, "Berlin's state interior department said the city's Christmas markets", "out of respect for the victims.",
  ("Germany", N, neu, "", "a Land authority resolves to the state; a measure of mourning"))
U(d, "Police said on Tuesday morning that they believed the lorry", "deliberately.",
  ("Germany", N, neg, "", "police assessment"))
# No row: "German officials have not yet commented ..." (non-comment + narration); the other sentences of the police post;
# the flower-laying (ceremony); the middle sentence of Tusk's post; the opening summary entry (narration and figures from no named source).
