# ------------------------------------------------------------------ Twin bombings at the Soleimani memorial in Kerman (Iranian state media in English, 2024-01-05)
d = "page_kerman_bombings_statemedia.txt"
# No rows: masthead, languages, date, menu, BREAKING ticker, section, news ID, headline, standfirst, share bar, photo captions with credits
# and "1 of 4", ADVERTISEMENT, "Related:", crossheads, tags, Telegram prompt, comment form, most viewed, footer.
U(d, "President Ebrahim Raisi told a massive funeral gathering in Kerman on Friday", "89 martyrs of the attack.",
  ("Iran", C, neg, "", "lead (dateline excluded): warning that the planners and backers would regret the crime = threat; no culprit named -> target empty"))
# No row: "Tens of thousands of mourners packed the Imam Ali Mosalla ..." (crowd; slogans are not an actor's position).
U(d, "\"The enemy came here to spread fear", "Raisi said.",
  ("Iran", C, neg, "", "two-sentence quote closed by its speaker: judgement of 'the enemy' + armed forces ready to answer = threat; enemy unnamed -> target empty"))
U(d, "The president also praised the Palestinian resistance for the Al-Aqsa Storm operation of October 7.", "of October 7.",
  ("Iran", S, pos, "Hamas", "praise of the October 7 attack; 'the Palestinian resistance' in this operation = Hamas"))
U(d, "Islamic Revolution Guards Corps (IRGC) chief commander Major General Hossein Salami addressed", "hide from us.\"",
  ("Iran", C, neg, "Islamic State", "IRGC = Iran; threat in a quote opened after a colon, addressed to Daesh (= Islamic State)"))
U(d, "Salami said Daesh had long since lost any independent existence", "American and Zionist interests.",
  ("Iran", C, neg, "", "accusation that Daesh serves US and Israeli interests: several actors -> target empty"))
U(d, "The Leader of the Islamic Revolution, Ayatollah Seyyed Ali Khamenei, said in a message", "bereaved families.",
  ("Iran", C, neg, "", "promise of a 'severe reckoning' = threat; criminals unnamed -> target empty; condolences in the same sentence do not change the stance"))
U(d, "The Supreme National Security Council, chaired by the president, held a special session", "as soon as possible.",
  ("Iran", C, neg, "", "order to identify and punish the perpetrators = measure announced against them; unnamed -> target empty (unsure: could be neutral procedure)"))
U(d, "Interior Minister Ahmad Vahidi told state television that several people connected to the attack had been arrested", "further details.",
  ("Iran", N, neu, "", "arrests reported by the minister = facts ('state television' is the channel, not an actor)"))
U(d, "Vahidi earlier put the toll at 84", "284 people had been wounded.",
  ("Iran", N, neu, "", "surname only; casualty figures and the reason for the revision"))
# No row: "The figure rose to 89 on Friday ..., state television reported." (a state outlet reporting a fact is not an actor).
U(d, "The Daesh terrorist group claimed responsibility on Thursday", "among the mourners.",
  ("Islamic State", N, neu, "", "Daesh = Islamic State; its own claim of the attack = account of its own act reported as done, no judgement (as batch5c's IS claims); facts given by an actor -> neutral tone (guide)"))
# No row: the two explosions and Soleimani background (narration).
U(d, "Iranian officials have pointed out that the group has for years served as a tool", "in the region.",
  ("Iran", C, neg, "", "'Iranian officials' = officials tied to a named government (as batch5c); accusation aimed at the US and Israel (Washington, Tel Aviv) -> two targets, empty"))
U(d, "Mohammad Jamshidi, political deputy at the presidential office, wrote on X", "done their work for them.",
  ("Iran", C, neg, "", "blame on Washington and Tel Aviv (metonyms for the US and Israel) -> two targets, empty"))
# No row: "Washington has rushed to deny any role." (the outlet's summary line before the specific statement).
U(d, "State Department spokesman Matthew Miller claimed that his country had played no part", "Israeli involvement either.",
  ("United States", N, neg, "", "denial of any US role (and of Israeli involvement) = neutral, negative; 'claimed' is the outlet's framing"))
# No row: "The Israeli regime has kept silent." (non-answer); "Political observers in Tehran say ..." (unnamed); the Arouri background.
# No row: "Condemnations and messages of sympathy have poured in ..." (summary line).
U(d, "The UN Security Council condemned what it described as a despicable act of terrorism in Kerman", "to the Iranian government.",
  ("United Nations", C, neg, "", "UNSC = UN; condemnation + sympathy (rule 1); no perpetrator named -> target empty"))
U(d, "Its members said everyone who had a hand in planning or paying for the bombings had to face justice", "to that end.",
  ("United Nations", T, neu, "", "'Its members' = the Council; demand for accountability + appeal for cooperation with Tehran (object), no judgement word in this sentence = calling_for_talks"))
U(d, "UN Secretary-General Antonio Guterres condemned the bombings in the strongest terms, his spokesman said.", "his spokesman said.",
  ("United Nations", C, neg, "", "condemnation, attribution tail"))
U(d, "Russian President Vladimir Putin, in a message to Ayatollah Khamenei and President Raisi, condemned the attack", "against peaceful people.",
  ("Russia", C, neg, "", "condemnation ('shocking crime'); Khamenei and Raisi are addressees"))
U(d, "He said Moscow remained ready to work with Tehran against terrorism in all its forms.", "in all its forms.",
  ("Russia", S, pos, "Iran", "pronoun subject; Moscow = Russia (metonym, speaker), Tehran = Iran (object); offer of cooperation = support"))
U(d, "The European Union's foreign policy chief Josep Borrell condemned the attack", "the Iranian people.",
  ("European Union", C, neg, "", "condemnation + solidarity: rule 1"))
U(d, "Iraq, Qatar and Turkey also condemned the attack, Foreign Ministry spokesman Nasser Kanaani said", "sent condolences.",
  ("Iraq", C, neg, "", "list reported by Iran's spokesman: one row per state named"),
  ("Qatar", C, neg, "", "same list"),
  ("Turkey", C, neg, "", "same list"),
  ("Iran", S, pos, "", "the speaker's own position: thanks to those who sent condolences = approval; many addressees -> target empty"))
U(d, "Saudi Foreign Minister Prince Faisal bin Farhan telephoned his Iranian counterpart", "solidarity with Iran.",
  ("Saudi Arabia", S, pos, "Iran", "condolences and solidarity conveyed by phone = supporting Iran; Amir-Abdollahian is the object"))
U(d, "Amir-Abdollahian said his ministry had already launched legal steps abroad", "behind the attack.",
  ("Iran", N, neu, "", "own legal procedure under way (unsure: 'pursue those behind the attack' could be read as a measure, condemning)"))
U(d, "Lebanon's Hezbollah condemned the \"terrorist crime\"", "their leadership.",
  ("Hezbollah", C, neg, "", "condemnation + solidarity: rule 1"))
U(d, "Kerman governorate asked citizens not to attend a planned ceremony", "for security reasons.",
  ("Iran", N, neu, "", "provincial authority = Iran; a security instruction = plan/procedure"))
# No rows: security measures, closures, banners, blood donations (narration); the unnamed woman's quote (resident, not an actor).
U(d, "Among the martyrs were at least a dozen Afghan nationals and several children, officials at the provincial governorate said.", "provincial governorate said.",
  ("Iran", N, neu, "", "officials of a named body (the Kerman governorate) speak for Iran; victims' figures with an attribution tail (unsure: could be read as 'officials said' with no tie)"))
