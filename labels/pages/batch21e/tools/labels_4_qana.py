# ------------------------------------------------------------------ Israeli air strike on Qana, 2006 Lebanon war (Lebanese English-language daily, scraped .txt, 2006-08-01)
d = "page_qana_airstrike_lebanesedaily.txt"
# No rows: masthead, date line, menus, section, headline, standfirst, byline, "Print | E-mail", photo captions "1 of 3".."3 of 3",
# ADVERTISEMENT, crossheads ("Israel: \"We regret, but we will continue\"" is a crosshead, not a quote), "Related:", related articles,
# most read, tags, share bar, newsletter prompt, copyright.
U(d, "Prime Minister Fouad Siniora vowed on Monday that Lebanon would pursue", "before dawn on Sunday.",
  ("Lebanon", C, neg, "", "dateline 'BEIRUT:' excluded; long lead: legal pursuit of 'those responsible' (threat of a response) with the rescue as narration; no actor named in the judgement -> target empty"))
U(d, "Health Minister Mohammad Khalifeh said the raid had killed", "most of them civilians.",
  ("Lebanon", N, neu, "", "ministry figures = neutral, neutral tone"))
# "Rescue workers said on Monday ..." : unnamed speakers, not an actor, no row.
U(d, "Siniora and Speaker Nabih Berri declared Monday a national day of mourning", "were closed.",
  ("Lebanon", N, neg, "", "two state leaders, one state: own measure (mourning), one row"))
U(d, "In a televised address on Sunday, the prime minister said the men who ordered the raid were criminals", "somebody else's security.",
  ("Lebanon", C, neg, "", "'the prime minister' = Siniora; judgement of those who ordered the raid (no actor named -> target empty)"))
U(d, "He also told US Secretary of State Condoleezza Rice, by telephone, that she should not come to Beirut", "taking effect at once.",
  ("Lebanon", T, neg, "United States", "refuses the visit with a counter-demand for an immediate ceasefire, no judgement word = calling_for_talks (unsure: a refusal in protest could be condemning); Rice is the addressee"))
U(d, "Israeli Prime Minister Ehud Olmert told his cabinet on Sunday that Israel regretted", "what happened there.",
  ("Israel", C, neg, "Hezbollah", "regret + blame on Hizbullah: the blame decides"))
U(d, "On Monday he told an audience in Jerusalem that the fighting would go on", "rushed into a truce.",
  ("Israel", C, neg, "Hezbollah", "pronoun subject; announced continuation of the offensive against Hizbullah = condemning; Jerusalem = place"))
U(d, "The Israeli army said it had dropped leaflets over Qana", "since the start of the war.",
  ("Israel", N, neu, "", "the army = Israel; own warnings and rocket figures = facts"))
U(d, "Brigadier General Amir Eshel, the air force's chief of staff, told reporters", "Hizbullah fighters.",
  ("Israel", N, neg, "", "denial of knowingly hitting civilians = neutral, negative"))
U(d, "Shortly after midnight on Sunday, the US State Department's deputy spokesman, Adam Ereli", "residents who wanted to leave.",
  ("Israel", T, neu, "", "Israel's agreement to a 48-hour pause and an aid window, reported by the US spokesman = Israel's statement; Ereli only reports (no US row for this sentence)"))
U(d, "Ereli said the decision was a good one and that Washington hoped", "food and medicine.",
  ("United States", T, pos, "", "welcome + hope of relief for civilians: rule 2 before rule 3; Washington = metonym"))
U(d, "Israeli officials said, however, that the army kept the right to strike", "near the border.",
  ("Israel", C, neg, "", "unnamed officials of a named government = Israel; reserved right to strike = threat; no side named (target empty); the renewed strikes are narration"))
# "Rice, who had been due in Beirut on Sunday, stayed in Jerusalem ..." : travel narration, no row (Jerusalem = place).
U(d, "Before boarding her plane, she said she would press the Security Council this week", "could hold.",
  ("United States", T, pos, "", "pronoun subject (Rice); pursuing a resolution to end the fighting = calling_for_talks"))
U(d, "The Security Council, meeting in emergency session in New York on Sunday", "had asked for.",
  ("United Nations", C, neg, "Israel", "Council statement = United Nations; 'could not be accepted' aimed at the Israeli strike; the ceasefire not taken up is narration in the same sentence"))
U(d, "Annan had asked the council to denounce the raid without reservation", "stop at once.",
  ("United Nations", C, neg, "", "surname only; judgement + ceasefire demand: rule 1; no actor named in the sentence -> target empty"))
U(d, "The UN's relief coordinator, Jan Egeland, said the pause had let the first convoys", "as long as the war lasted.",
  ("United Nations", T, neg, "", "role then name; convoy facts + appeal to both sides for safe passage = calling_for_talks"))
# "Thousands of protesters broke into the UN building ..." : narration, no row.
U(d, "Hizbullah said in a statement read on its Al-Manar television", "highest daily figure of the war.",
  ("Hezbollah", C, neg, "", "threat of revenge (no actor named -> target empty); its rocket fire is narration; Al-Manar is not an actor"))
U(d, "In Damascus, Syrian President Bashar Assad said the raid showed", "stand by its neighbor.",
  ("Syria", C, neg, "Israel", "Damascus = place; judgement + pledge to Lebanon: rule 1 (one row for Syria)"))
U(d, "Egypt, Jordan and Saudi Arabia, which had earlier criticized Hizbullah", "condemned the raid on Sunday.",
  ("Egypt", C, neg, "", "a list of three states = three rows; their earlier criticism of Hizbullah is background; 'the raid' names no actor"),
  ("Jordan", C, neg, "", "same list"),
  ("Saudi Arabia", C, neg, "", "same list"))
U(d, "Arab League Secretary General Amr Moussa said the attack exposed", "punishing a whole people.",
  ("Arab League", C, neg, "", "judgement aimed at the 'international community' and the war (several parties -> target empty)"))
U(d, "French President Jacques Chirac said nothing could excuse the attack", "more innocent lives.",
  ("France", C, neg, "", "judgement without stock words + the cost of no ceasefire: rule 1; no actor named"))
U(d, "France circulated a draft resolution at the Security Council", "strengthened international force.",
  ("France", T, neu, "", "a draft resolution for a halt to hostilities = calling_for_talks"))
U(d, "In Beirut on Monday, French Foreign Minister Philippe Douste-Blazy met his Iranian counterpart", "help bring calm.",
  ("France", S, pos, "Iran", "Beirut = place; Tehran = metonym for Iran; approval of Iran's role (unsure: could be read as neutral)"))
U(d, "Mottaki said Iran stood with Lebanon and with the resistance", "American cover.",
  ("Iran", C, neg, "", "support + 'war crime' with US weapons and cover: rule 1; two states judged -> target empty"))
U(d, "EU foreign ministers, meeting in Brussels on Tuesday, said the guns had to go quiet now", "in the days after.",
  ("European Union", T, neg, "", "ceasefire appeal, no judgement; Brussels = place"))
U(d, "The European Commission said its humanitarian office was finalizing", "hospitals in the south.",
  ("European Union", S, neu, "Lebanon", "Commission = EU (name files); backing by act: a package being finalized"))
U(d, "Ziad Kanaan, who teaches political science at the University of the Levant", "he said.",
  ("Ziad Kanaan", N, neg, "", "scholar on the politics of the war inside Lebanon; multi-sentence quote closed by 'he said'"))
U(d, "\"The government must use the moment to get the army to the south", "Kanaan said.",
  ("Ziad Kanaan", T, neu, "Lebanon", "appeal to the government for deployment and a real ceasefire"))
U(d, "Yael Dror, a former Israeli military intelligence analyst", "she said.",
  ("Yael Dror", N, neg, "", "former analyst (private person now) on the choices facing Israel's cabinet, no judgement"))
U(d, "She added that in her view the army's targeting rules had become far too loose", "predictable result.",
  ("Yael Dror", C, neg, "Israel", "pronoun subject; judgement of the Israeli army's conduct"))
# "A survivor, a 13-year-old girl ..." : unnamed survivor, not an actor, no row.
