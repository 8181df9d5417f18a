# ---------------------------------------------------------------- Darya Dugina car bomb (state news agency dispatch, TASS house style, 2022-08-22)
d = "page_russia_dugina_carbomb2022_stateagency.txt"
# Not statements: agency name, menu, section, time stamps, headline, standfirst, dateline "MOSCOW, August 22. /TASS/." (cut from the
# first unit), crossheads ("Putin's message of condolence", "Reaction of the Russian Foreign Ministry", "Kiev denies involvement"),
# tags, "Read also" links, registration/copyright line. Left without a row: "Darya Dugina, 29, graduated ... A farewell ceremony
# will be held ..., the organizers announced." (biography; unnamed organizers).
U(d, "The Federal Security Service (FSB) of the Russian Federation has solved the murder", "told reporters on Monday.",
  ("Russia", C, neg, "Ukraine", "FSB = Russia; 'Ukrainian special services organized and carried out the attack' = accusation against Ukraine's state organs"))
U(d, "According to the FSB, the perpetrator is a citizen of Ukraine, Natalya Vovk", "Ukrainian plates on departure.",
  ("Russia", C, neg, "", "names a perpetrator and describes her preparation = accusation against a person who is not an actor -> target empty (unsure: mostly facts, could be neutral)"))
U(d, "The FSB said that on August 20 Vovk and her daughter were present", "through the Pskov Region.",
  ("Russia", N, neu, "", "FSB's account of movements and the detonation: facts given by an actor; Estonia and the Pskov Region are places"))
U(d, "\"All the evidence gathered in the case will be made available to the investigators", "the FSB Public Relations Center said.",
  ("Russia", N, neu, "", "procedure: evidence handed over, extradition to be sought through legal channels (unsure: an extradition request could be read as a measure against another side)"))
U(d, "The Investigative Committee of Russia earlier opened a criminal case", "had been ordered.",
  ("Russia", N, neu, "", "Investigative Committee = Russia; case opened and forensic facts, no evaluation"))
U(d, "Russian President Vladimir Putin sent a message of condolence to Dugina's parents", "from her family and her country.",
  ("Russia", C, neg, "", "'a treacherous act of murder' = judgement on the act; perpetrators not named in the sentence -> target empty; the parents are addressees, not speakers"))
U(d, "\"With her pen and her voice Darya stood up for her country", "published on the Kremlin's website.",
  ("Russia", S, pos, "", "tribute and praise for the victim (not an actor) -> supporting, target empty (unsure: a eulogy could be neutral, positive)"))
U(d, "The Russian leader also signed an executive order posthumously awarding Dugina the Order of Courage", "the Kremlin press service reported.",
  ("Russia", S, pos, "", "honour by act = approval of the victim's work; victim not an actor -> target empty"))
U(d, "Press Secretary of the President of the Russian Federation Dmitry Peskov told journalists", "at this stage.",
  ("Russia", N, neu, "", "Peskov = Russia; reports received, nothing to add: no evaluation"))
U(d, "Official Representative of the Russian Foreign Ministry Maria Zakharova said that if the investigators' findings", "their share of responsibility.",
  ("Russia", C, neg, "", "long reported speech: 'a regime that hunts down civilians' and Western countries 'bear their share of responsibility' = judgements on Ukraine and on Western states; several actors -> target empty"))
U(d, "\"We expect our colleagues in international organizations", "Zakharova wrote on her Telegram channel.",
  ("Russia", C, neg, "", "quote over three sentences; demands that international organisations speak up and warns that silence 'would be an answer too' = implied charge of double standards (unsure: could be an appeal); several organisations -> target empty"))
U(d, "First Deputy Permanent Representative of Russia to the United Nations Dmitry Polyansky wrote", "scheduled for Tuesday.",
  ("Russia", N, neg, "", "announces that Russia will raise the murder at the Council = plan, no judgement in the sentence; grave subject -> negative tone; 'the Security Council' is a venue, not a speaker"))
U(d, "Head of the Donetsk People's Republic Denis Pushilin wrote on the night of the explosion", "killing people in Russia.",
  ("Donetsk People's Republic", C, neg, "Ukraine", "blames 'the Kiev authorities' = Ukraine; 'Donetsk' = place"))
U(d, "Chairman of the State Duma Committee on International Affairs and Leader of the Liberal Democratic Party of Russia Leonid Slutsky said", "deter any repetition.",
  ("Russia", C, neg, "", "demands a 'tough' response = threatened response; Slutsky resolves to Russia in the name files; aimed at unnamed organizers -> target empty"))
U(d, "Alexander Dugin, in his first public statement since the death of his daughter", "the special military operation.",
  ("Alexander Dugin", S, neg, "Russia", "independent person (the victim's father): calls for completing Russia's war aims = backing Russia's operation; grief gives the tone"))
U(d, "Adviser to the Head of the Office of the President of Ukraine Mikhail Podolyak claimed on Sunday", "nothing to do with the explosion.",
  ("Ukraine", N, neg, "", "denial of involvement -> neutral, negative (guide); 'Kiev' = Ukraine"))
U(d, "He also alleged, in a video address circulated on the Internet", "to blame Ukraine for it.",
  ("Ukraine", C, neg, "Russia", "'He' = Podolyak; accuses Moscow of seeking to blame Ukraine = judgement on Russia"))
U(d, "The Azov regiment of Ukraine's National Guard, which was recognized as a terrorist organization", "had never served in its ranks.",
  ("Ukraine", N, neg, "", "a unit of Ukraine's National Guard speaks for Ukraine (an army speaks for its state); denial -> neutral, negative; the relative clause on the Russian court's ruling is the agency's narration (unsure: Russia's designation could be a separate row)"))
U(d, "Estonian Foreign Minister Urmas Reinsalu described the FSB's statement as another provocation by Russia", "named by the FSB.",
  ("Estonia", C, neg, "Russia", "FM = Estonia; 'another provocation by Russia' = judgement; the rest is a denial of any request"))
U(d, "It should be noted that the US Department of the Treasury placed Dugina on its sanctions list", "did so in July.",
  ("United States", C, neg, "", "sanctions = a taken measure (background act named by the agency); aimed at a person who is not an actor -> target empty (unsure: old background, could be no row)"),
  ("United Kingdom", C, neg, "", "same: the UK government's sanctions listing"))
