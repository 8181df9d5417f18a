# ------------------------------------------------------------------ Sentence of Loujain al-Hathloul (a 'world reacts' round-up, 2020-12-29)
d = "page_saudi_hathloul_sentence2020_worldreacts.txt"
# Not statements: masthead, menu, section, headline, standfirst (carries positions), byline, time stamps, reading time, [Image 1 of 3] caption
# and credit, ADVERTISEMENT, country crossheads, Related, tags, share/newsletter line, most read, copyright.
# "A Saudi court on Monday sentenced Loujain al-Hathloul ..." = the verdict in narration, no row.
# "The Specialized Criminal Court in Riyadh suspended two years ..." = narration, no row.
# "The charges, as reported by Saudi outlets close to the government, included ..." = the charges in narration (outlets are not actors), no row.
# "Here is how governments, international bodies and others responded." = link line, no row.
U(d, "The Saudi Human Rights Commission said the trial had been conducted by an independent judiciary", "every right of defence.",
  ("Saudi Arabia", N, neu, "", "a state commission speaks for Saudi Arabia; defence of its own courts = reassurance"))
U(d, "Its president, Awwad al-Awwad, was quoted by the state news agency as saying", "work of its courts.",
  ("Saudi Arabia", C, neg, "", "second-hand attribution ('was quoted ... as saying'); rejects interference, aimed at the critics, none named -> target empty (unsure: could be neutral)"))
U(d, "The UN human rights office in Geneva called the conviction a serious worry", "ill-treatment in custody.",
  ("United Nations", T, neg, "Saudi Arabia", "concern joined to an appeal to release and investigate = calling_for_talks"))
U(d, "The State Department's deputy spokesperson, Cale Brown, wrote on Twitter", "should not face prison.",
  ("United States", T, neg, "Saudi Arabia", "'troubled' = concern, + what Riyadh was told: peaceful campaigners should not be jailed = an appeal, no judgement word (unsure: could be read as condemning)"))
U(d, "The spokesperson added that the United States wanted to see her freed without delay.", "without delay.",
  ("United States", T, neu, "Saudi Arabia", "spokesperson named by role only, carried over a paragraph break; appeal for release"))
U(d, "- Paris \"hopes for a swift release\"", "with its Saudi partners.",
  ("France", T, pos, "Saudi Arabia", "hope for release = calling_for_talks; Paris = metonym"))
U(d, "- \"A harsh sentence for peaceful activism\"", "on the verdict.",
  ("Germany", C, neg, "Saudi Arabia", "verbless bullet; 'harsh sentence' = judgement; the government commissioner speaks for Germany"))
U(d, "The Foreign, Commonwealth and Development Office said the minister for the Middle East", "continue to do so.",
  ("United Kingdom", N, neu, "", "raising the case in private = diplomatic procedure, no judgement, no appeal stated (unsure: could be calling_for_talks)"))
U(d, "- A spokesperson for the bloc's foreign policy chief:", "security threats.",
  ("European Union", C, neg, "Saudi Arabia", "'the bloc' resolved by the crosshead; 'a step backwards' = judgement"))
U(d, "Global Affairs Canada welcomed the suspension of part of the term", "on its website.",
  ("Canada", C, neg, "Saudi Arabia", "welcome joined to a judgement ('could not be justified'): rule 1 decides"))
# "Ottawa, whose ambassador was expelled from Riyadh in 2018 ..., did not say whether it had raised the case directly." = no position, no row.
U(d, "- Foreign Minister Simon Coveney \"dismayed\" by the verdict", "according to his office.",
  ("Ireland", N, neg, "", "verbless bullet; dismay = alarm without judgement or appeal = neutral, negative"))
U(d, "- The Netherlands \"will continue to follow the case closely\"", "Dutch broadcaster NOS.",
  ("Netherlands", N, neu, "", "monitoring with no appeal = neutral"))
U(d, "- Oslo: hope that she \"can soon be reunited with her family\"", "foreign ministry statement.",
  ("Norway", T, pos, "Saudi Arabia", "verbless bullet; hope = calling_for_talks"))
U(d, "The Bahraini Foreign Ministry, in a statement carried by the Bahrain News Agency", "Saudi judiciary.",
  ("Bahrain", S, pos, "Saudi Arabia", "ministry by its state's adjective; support for Saudi Arabia and its courts"))
U(d, "- Amnesty International: \"a sham trial", "never have been arrested.",
  ("Amnesty International", C, neg, "Saudi Arabia", "'sham trial', 'cruel' = judgement"))
U(d, "- Human Rights Watch said the verdict was a message", "speaking out.",
  ("Human Rights Watch", C, neg, "Saudi Arabia", "judgement without a stock word (the verdict as intimidation)"))
U(d, "- ALQST, a London-based group that monitors rights in the kingdom, called on the King", "still held.",
  ("ALQST", T, neg, "Saudi Arabia", "appeal to annul and release, no judgement word = calling_for_talks"))
U(d, "Her sister, Lina al-Hathloul, said in a statement that the family would appeal", "its own achievement.\"",
  ("Lina al-Hathloul", C, neg, "Saudi Arabia", "family member = independent person; the jailing called a contradiction of the state's own claims = judgement"))
U(d, "Dr. Hanne Sørensen, a senior researcher at the Nordic Institute for Gulf Studies", "conviction on record.",
  ("Hanne Sørensen", N, neg, "", "invented analyst; a reading of the sentence's design, no explicit judgement"))
U(d, "\"It is a way of closing the file without admitting", "Sørensen said.",
  ("Hanne Sørensen", C, neg, "Saudi Arabia", "'the file should never have been opened' = judgement of the prosecution"))
U(d, "Tariq Al-Fadhel, a retired Saudi diplomat who now lives in London, said", "release her quietly.",
  ("Tariq Al-Fadhel", T, neu, "Saudi Arabia", "invented former diplomat (speaks for no body); urges release = appeal"))
# "The court did not comment on the criticism." = no position, no row.
U(d, "Al-Hathloul, who has said she was tortured in detention", "30 days to appeal.",
  ("Saudi Arabia", N, neg, "", "denial in a relative clause ('a claim the Saudi authorities deny') = neutral, negative"),
  ("Loujain al-Hathloul", C, neg, "Saudi Arabia", "her own account of torture, reported = an accusation"))
U(d, "A Saudi official, who asked not to be named, told the Digest", "nothing to do with driving.",
  ("Saudi Arabia", C, neg, "", "an unnamed official of a named government speaks for it; accusation of contacts with 'hostile' foreign entities (none named -> target empty)"))
U(d, "Maria Arena, who chairs the European Parliament's subcommittee on human rights, called the verdict a disgrace", "as if nothing had happened.",
  ("European Union", C, neg, "Saudi Arabia", "a European Parliament committee chair = EU body; 'a disgrace' + warning on the dialogue"))
