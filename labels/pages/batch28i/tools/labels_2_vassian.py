# ------------------------------------------------------------------ Bulgaria expels the head of the Russian church in Sofia (Russian embassy's news page, 21-26 Sept 2023)
d = "page_bulgaria_vassian_church_expulsion2023_embassynews.txt"
# Not statements: bilingual masthead, menu, breadcrumb, dates, item headings, photo caption, share bar, related materials, Telegram prompt, footer.
# 26.09 item
# "On 26 September Ambassador ... was received at the Ministry ... at her own request." = a meeting narrated, no row.
U(d, "The Ambassador handed over a note of protest", "Church of St Nicholas the Wonderworker.",
  ("Russia", C, neg, "Bulgaria", "embassy page: 'the Ambassador' = Russia; a protest note = act of protest = condemning"))
U(d, "During the conversation the Ambassador stressed that the Embassy expects the Bulgarian side", "until the situation is settled.",
  ("Russia", T, neu, "Bulgaria", "demand to protect the church and parishioners' access, no judgement word = calling_for_talks (protection appeal) (unsure: could be read as neutral)"))
U(d, "The Bulgarian interlocutors, according to the Ambassador, repeated", "as such.",
  ("Bulgaria", N, neu, "", "Bulgaria's position reported by Russia's ambassador = Bulgaria's statement; clarification/denial of an anti-church aim = neutral"))
U(d, "The Embassy regards this explanation as unconvincing.", "The Embassy regards this explanation as unconvincing.",
  ("Russia", C, neg, "Bulgaria", "rejects Bulgaria's explanation = judgement"))
U(d, "A measure that leaves a functioning church without its clergy", "a matter of three individuals.",
  ("Russia", C, neg, "Bulgaria", "speaker carried from the previous sentence (the Embassy); judgement without stock words"))
# 25.09 item
U(d, "The Embassy has taken note of the decision of His Holiness Patriarch Neophyte", "Church of St Nicholas the Wonderworker.",
  ("Russia", N, neu, "", "'taken note' = procedural line"),
  ("Bulgarian Orthodox Church", N, neu, "", "the Patriarch's act of assigning clergy, reported; pastoral step, no judgement"))
U(d, "According to a statement from the Holy Synod of the Bulgarian Orthodox Church", "with the assistance of the Embassy.",
  ("Bulgarian Orthodox Church", T, pos, "Russia", "'according to a statement from'; hope that the church reopens with the Embassy's help = calling_for_talks, addressed to the Russian side"))
U(d, "The Embassy values the fraternal attitude of the Bulgarian Church", "without the sacraments.",
  ("Russia", S, pos, "Bulgarian Orthodox Church", "praise of the Bulgarian Church = supporting"))
U(d, "At the same time the Embassy recalls that the Podvorye has belonged", "belong to the Moscow Patriarchate.",
  ("Russia", N, neu, "", "claim of ownership and competence, a reminder with no judgement or appeal (unsure: an implied rebuff of the Bulgarian Church's step)"))
U(d, "Parishioner Nadezhda Petkova, who has attended services at the church for thirty years", "found the doors shut.",
  ("Nadezhda Petkova", N, neg, "", "invented parishioner (independent person); description of what happened"))
U(d, "\"We are Bulgarians, we pray in this church for Bulgaria.", "she said.",
  ("Nadezhda Petkova", C, neg, "Bulgaria", "'Nobody asked us before taking our priests away' = reproach of the authorities' act"))
# 22.09 item
# "The Embassy publishes the comment of ..." = lead-in line, no row.
U(d, "Zakharova said that the expulsion of clerics on the feast", "anti-Russian instructions from abroad.",
  ("Russia", C, neg, "Bulgaria", "surname only; accusation of serving foreign instructions"))
U(d, "\"Such steps will not remain without an answer,\" the Official Representative said.", "the Official Representative said.",
  ("Russia", C, neg, "Bulgaria", "'the Official Representative' = Zakharova; threat of a response = condemning"))
U(d, "In remarks carried by the TASS news agency, Press Secretary", "between the two countries.",
  ("Russia", C, neg, "Bulgaria", "'in remarks carried by' (agency not an actor); 'deeply regrettable' = judgement"))
U(d, "The Department for External Church Relations of the Moscow Patriarchate described", "nothing to do with the faith.",
  ("Russian Orthodox Church", C, neg, "Bulgaria", "the Patriarchate's department = Russian Orthodox Church; judgement of political motives"))
U(d, "The Ministry of Foreign Affairs of the Republic of Belarus, two of whose citizens", "through diplomatic channels.",
  ("Belarus", C, neg, "Bulgaria", "'groundless' accusations (a denial) joined to an announced response = threatened response decides (unsure: a diplomatic reply could be read as neutral)"))
U(d, "The Embassy has also taken note of the comments of the Embassy of the United States in Sofia", "foreign malign influence.",
  ("United States", S, pos, "Bulgaria", "X's position reported by Y: the US embassy welcomed Bulgaria's step = supporting; the Russian 'taken note' is procedural, its judgement is in the next sentence"))
U(d, "The Embassy considers such comments an open interference", "internal life of the Church.",
  ("Russia", C, neg, "United States", "calls the US comments interference = judgement"))
# 21.09 item
U(d, "On 21 September the Bulgarian authorities expelled from the country the Rector", "both citizens of the Republic of Belarus.",
  ("Bulgaria", C, neg, "Russia", "expulsion of the Russian church's representative = a measure taken against the other side (guide: expulsions are condemning); told by the Embassy"))
# "The clerics were summoned to the migration directorate ..." = narration of how the expulsion was carried out, no row.
U(d, "The Embassy strongly protests against this unprecedented decision", "to the Russian side.",
  ("Russia", C, neg, "Bulgaria", "protest = condemning"))
U(d, "We reject as absurd the claim that three monks", "a danger to the Bulgarian state.",
  ("Russia", C, neg, "Bulgaria", "denial joined to a judgement of the accuser ('absurd') = condemning by rule 1 (unsure: could be a plain denial, neutral)"))
U(d, "It is hard to avoid the conclusion that the present Bulgarian leadership", "the political fashion of the day.",
  ("Russia", C, neg, "Bulgaria", "judgement without stock words, hedged as a 'conclusion'"))
U(d, "According to a statement from the State Agency for National Security of the Republic of Bulgaria", "political processes in Bulgaria.",
  ("Bulgaria", C, neg, "Russia", "security agency = Bulgaria; entry ban + accusation of a Russian hybrid strategy = condemning"))
U(d, "The Ambassador, speaking to journalists outside the church in the evening, said she could not recall", "between the two countries.",
  ("Russia", N, neg, "", "'unprecedented' stated as a fact about history, no explicit judgement in this sentence (unsure: implied protest)"))
U(d, "\"Our clergy have served here for more than a century without a word of politics.", "the Ambassador said.",
  ("Russia", C, neg, "Bulgaria", "multi-sentence quote closed by 'the Ambassador'; challenge to the decision-makers = judgement"))
U(d, "Prime Minister of Bulgaria Nikolai Denkov was quoted by Bulgarian media", "believers of any Church.",
  ("Bulgaria", N, neu, "", "'was quoted by'; reassurance that the measure targets persons, not believers = neutral"))
U(d, "Professor Stefan Kanev, a historian of the Orthodox Church at a Sofia university", "whatever the evidence behind it.",
  ("Stefan Kanev", N, neu, "", "invented scholar; forecast of how Moscow will read it, no judgement"))
U(d, "Kanev said both governments should keep the church out of their dispute", "between themselves.",
  ("Stefan Kanev", T, neu, "", "appeal to both governments to leave the matter to the two churches = calling_for_talks"))
