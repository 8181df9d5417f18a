# ------------------------------------------------------------------ Mubarak's resignation and the world's reactions (live blog, scraped, 2011-02-12)
d = "page_mubarak_resigns_liveblog.txt"
# No rows: headline, standfirst, byline, key events, "What we know so far" bullets, timestamps and entry headings,
# captions, "Related:", "Show earlier updates", topics, newsletter prompt, comments, most viewed, footer.
U(d, "Israeli Prime Minister Benjamin Netanyahu has welcomed the Egyptian military's promise", "or of Mubarak.",
  ("Israel", S, pos, "Egypt", "welcome of the military council's pledge (the council = Egypt)"))
U(d, "The 1979 treaty has served both nations well for three decades", "the statement says.",
  ("Israel", N, pos, "", "attribution tail ('the statement' = Netanyahu's office); praise of the treaty, no actor judged or backed"))
U(d, "Earlier today Defence Minister Ehud Barak spoke by telephone", "details of the call.",
  ("Israel", N, neu, "", "contact reported by the ministry spokeswoman, no position; Tantawi is the object, not a speaker"))
U(d, "The White House has put out a written statement in which President Barack Obama welcomes", "international obligations.",
  ("United States", S, pos, "Egypt", "welcome of the council's commitments, no appeal in this sentence"))
# "The army's fourth communique ... has just been read out ..." : scene narration, no row.
U(d, "In it, the Supreme Council of the Armed Forces says Egypt will remain bound", "regional or international.",
  ("Egypt", N, pos, "", "'In it' = the communique; SCAF = the state's ruling body; own commitment = neutral (reassurance)"))
U(d, "The council also asks Ahmed Shafiq's cabinet to stay on as a caretaker", "without giving a date.",
  ("Egypt", N, neu, "", "'The council' by context; own procedure"))
U(d, "Separately, state television reports that former prime minister Ahmed Nazif", "by the public prosecutor.",
  ("Egypt", N, neu, "", "travel bans by the authorities reported by state TV (the broadcaster is not an actor); procedure, no judgement stated (unsure: could be narration)"))
# "We asked two people ..." : the outlet, no row.
U(d, "\"The army has removed a man, not a system.", "Strategic Studies in Cairo.",
  ("Hossam Eldin Rifaat", N, neg, "", "independent researcher; multi-sentence quote closed by the speaker; analysis of interests, no judgement"))
U(d, "Rifaat said the police leadership bore direct responsibility", "Alexandria and Suez.",
  ("Hossam Eldin Rifaat", C, neg, "Egypt", "surname only; holds the police leadership responsible = condemning; the interior ministry is inside his sentence, not a speaker"))
U(d, "Claire Vanterpool, a Middle East fellow at the Thameside Policy Forum", "no experience of politics.",
  ("Claire Vanterpool", N, neg, "", "analyst's risk scenario, no judgement"))
U(d, "\"Europe and Washington have leverage through aid", "she said.",
  ("Claire Vanterpool", T, neu, "", "appeal to press for an election timetable and releases = calling_for_talks; addressed to several (Europe, Washington) -> target empty"))
U(d, "In Gaza, where crowds poured into the streets last night to celebrate", "open at all times.",
  ("Hamas", T, neu, "Egypt", "demand for the crossing to be opened (access) with no judgement word = calling_for_talks"))
U(d, "Iran's foreign ministry spokesman, Ramin Mehmanparast, congratulated Egyptians", "Iranian state media.",
  ("Iran", S, pos, "", "congratulations to the people (not to the state) -> target empty"))
U(d, "On Friday, hours before Mubarak fell, President Mahmoud Ahmadinejad told a rally", "would have a say.",
  ("Iran", C, neg, "", "casts Mubarak as a servant of Washington and Israel = judgement; aimed at two states -> target empty"))
U(d, "That drew a quick response from the State Department", "jails its own demonstrators.",
  ("United States", C, neg, "Iran", "leader's spokesman on social media; 'rang hollow' + 'beats and jails' = judgement without stock words; Tehran = metonym, Cairo = place"))
U(d, "Turkish Prime Minister Recep Tayyip Erdogan said he hoped the generals", "the coming months in calm.",
  ("Turkey", T, pos, "Egypt", "hope for a handover and calm = calling_for_talks"))
U(d, "Speaking in Ankara, he said Turkey was ready to share", "if they asked for it.",
  ("Turkey", S, pos, "Egypt", "'he' = Erdogan; offer of help = supporting; Ankara = place"))
U(d, "Arab League Secretary-General Amr Moussa, himself an Egyptian", "the period ahead.",
  ("Arab League", T, pos, "", "secretary-general speaks for the body (not for Egypt); welcome + appeal for consensus = calling_for_talks (rule 2 before rule 3)"))
# "Reaction from European capitals has been coming in all day. Here is a round-up." : summary line, no row.
U(d, "EU foreign policy chief Catherine Ashton said the departure cleared the way for reform", "Egyptian society.",
  ("European Union", T, pos, "Egypt", "welcome + appeal for inclusive talks = calling_for_talks (rule 2 before rule 3)"))
U(d, "Chancellor Angela Merkel told reporters in Berlin she shared the happiness", "turning point in history.",
  ("Germany", S, pos, "", "joy with the people, no appeal = supporting; Berlin = place; aimed at the people -> target empty"))
U(d, "British Foreign Secretary William Hague welcomed the resignation but said the brutality", "must be investigated.",
  ("United Kingdom", C, neg, "Egypt", "welcome + judgement ('shameful') = condemning (rule 1)"))
U(d, "Switzerland's foreign ministry said it had frozen, with immediate effect", "Mubarak and his entourage.",
  ("Switzerland", C, neu, "", "asset freeze = a measure against the fallen leader (sanction-like) = condemning; Mubarak is not a canonical actor -> target empty"))
U(d, "Russian Foreign Minister Sergei Lavrov said Russia expected the country's institutions", "a matter for Egyptians.",
  ("Russia", T, neu, "", "hope that all forces restore normal life = calling_for_talks; no single addressee -> target empty"))
U(d, "UN Secretary-General Ban Ki-moon urged the country's new leaders", "rights of all Egyptians.",
  ("United Nations", T, neu, "Egypt", "appeal for a peaceful, orderly transition and respect for rights"))
U(d, "Speaking at the White House, Barack Obama said Egyptians had changed their country", "a friend and partner.",
  ("United States", S, pos, "", "praise and backing of the Egyptian people -> target empty"))
U(d, "He said the army must now guarantee a transition", "in force since 1981.",
  ("United States", T, neu, "Egypt", "'He' = Obama; demand on the army with no judgement word = calling_for_talks"))
U(d, "The Muslim Brotherhood, the best-organised opposition group, said in a statement", "candidate for the presidency.",
  ("Muslim Brotherhood", S, pos, "Egypt", "salutes the army (= Egypt's ruling body) = supporting; the pledge not to run sits in the same sentence"))
U(d, "Mohamed ElBaradei told reporters near Tahrir Square", "during the transition.",
  ("Mohamed ElBaradei", T, pos, "Egypt", "opposition figure under his own name; welcome + appeal to share power = calling_for_talks"))
U(d, "A senior Israeli official, who spoke on condition of anonymity", "the change would lead.",
  ("Israel", T, neu, "", "unnamed official of a named government = Israel; hope for a peaceful change and for the treaty to hold = calling_for_talks; Jerusalem = metonym"))
U(d, "Vice President Omar Suleiman announced on state television that Mubarak had given up", "Armed Forces.",
  ("Egypt", N, neu, "", "the state's own announcement"))
# "The announcement lasted less than a minute. ..." : scene, no row.
