# ------------------------------------------------------------------ Kenya: Mpeketoni massacre, Kenyatta blames local networks (scraped Kenyan daily, .txt, 2014-06-18)
d = "page_kenya_mpeketoni_2014_daily.txt"
# Not statements: masthead, date, menu, breadcrumb, headline, bullet summary, byline, time stamps, share lines, PHOTO captions
# "1 of 4", ADVERTISEMENT, capitals crossheads, RELATED lines, tags, most read, copyright.
U(d, "President Uhuru Kenyatta last night insisted", "carried out the raids.",
  ("Kenya", C, neg, "", "lead: blame on unnamed 'local political networks' = accusation; no canonical target"),
  ("Al-Shabaab", N, neu, "", "reported position in the same sentence: claiming its own attack as done, no judgement in the sentence = neutral"))
U(d, "In a televised address from State House, Nairobi, the President said the raids", "the community they belonged to.",
  ("Kenya", C, neg, "", "accusation of unnamed organisers with a political motive who chose victims by community; target empty"))
U(d, "\"The killers knew which doors to knock on.", "he said.",
  ("Kenya", C, neg, "", "multi-sentence quote closed by its speaker; accusation, also a denial that it came from across the border"))
U(d, "He said police commanders in Lamu had received warnings", "would face prosecution.",
  ("Kenya", C, neg, "", "pronoun = the President; blame and suspension of his own officers = judgement + measure; target empty (own side) (unsure: could be neutral)"))
U(d, "\"Those who sleep on duty while Kenyans are slaughtered", "the President said.",
  ("Kenya", C, neg, "", "judgement of the officers who failed; target empty"))
U(d, "Mr Kenyatta also said the Government would meet the burial costs", "were burnt.",
  ("Kenya", S, pos, "", "help to victims' families = aid offered; target empty (own citizens, not an actor) (unsure)"))
# "The gunmen struck on Sunday night ..." and "A second group attacked Poromoko ..." = narration with no source, no row.
U(d, "The Kenya Red Cross said 48 bodies had been recovered", "churches and schools.",
  ("Kenya Red Cross Society", N, neu, "", "figures given by an organisation = neutral"))
U(d, "Al-Shabaab's military spokesman, Sheikh Abdiasis Abu Musab, told reporters", "\"keep coming\".",
  ("Al-Shabaab", C, neg, "Kenya", "revenge for Kenyan troops + promise of more attacks = threat"))
U(d, "In a statement posted online on Monday, the militia had also warned tourists", "no longer safe for them.",
  ("Al-Shabaab", C, neg, "Kenya", "warning to visitors aimed at Kenya = threat"))
U(d, "Interior Cabinet Secretary Joseph ole Lenku, who toured Mpeketoni", "for the attackers.",
  ("Kenya", N, neu, "", "own operation under way, no judgement"))
U(d, "Mr ole Lenku warned opposition politicians whose rallies", "were complete.",
  ("Kenya", C, neg, "", "threat at opposition politicians; the opposition coalition is not an actor on this page -> target empty"))
U(d, "Inspector-General of Police David Kimaiyo denied reports", "outnumbered and outgunned.",
  ("Kenya", N, neg, "", "denial = neutral, negative"))
U(d, "ODM leader Raila Odinga, who co-leads the opposition Coalition", "instead of protecting Kenyans.",
  ("Orange Democratic Movement", C, neg, "Kenya", "Raila Odinga = ODM in the name files; judgement of the President"))
U(d, "\"If the Government had evidence against anyone in CORD", "news conference in Nairobi.",
  ("Orange Democratic Movement", C, neg, "Kenya", "multi-sentence quote closed by its speaker; judgement"))
U(d, "He demanded the resignation of Mr ole Lenku and Mr Kimaiyo", "failed the country.",
  ("Orange Democratic Movement", C, neg, "Kenya", "demand for resignations + 'failed the country' = judgement"))
U(d, "The former Prime Minister also repeated CORD's call for a national dialogue", "talk to each other.",
  ("Orange Democratic Movement", T, neu, "Kenya", "call for national dialogue, no judgement word in the sentence"))
U(d, "Deputy President William Ruto accused the opposition", "political points.",
  ("Kenya", C, neg, "", "accusation aimed at the opposition (not an actor here) -> target empty"))
U(d, "Lamu Governor Issa Timamy appealed to residents", "until calm returned.",
  ("Kenya", T, neu, "", "county governor resolves to the state; appeal for calm"))
U(d, "The Supreme Council of Kenya Muslims (Supkem) condemned the killings", "Muslim neighbours.",
  ("Supreme Council of Kenya Muslims", C, neg, "", "condemnation of the killings, no named perpetrator; plus appeal (rule 1)"))
# "Condemnation also came from abroad." = summary line, no row.
U(d, "UN Secretary-General Ban Ki-moon condemned the attacks", "his spokesman said.",
  ("United Nations", C, neg, "", "condemnation + hope for justice (rule 1); no perpetrator named"))
U(d, "African Union Commission chairperson Nkosazana Dlamini-Zuma said the AU stood with Kenya", "mission in Somalia.",
  ("African Union", S, pos, "Kenya", "solidarity = supporting"))
U(d, "Somalia's President Hassan Sheikh Mohamud sent condolences", "divide the two countries.",
  ("Somalia", C, neg, "Al-Shabaab", "condolences + 'cowardly crimes' = judgement (rule 1)"))
U(d, "US Ambassador Robert Godec condemned the \"senseless\" attack", "to justice.",
  ("United States", C, neg, "", "condemnation + offer of help: rule 1; no perpetrator named"))
U(d, "British High Commissioner Christian Turner said the UK had offered forensic experts", "their investigations.",
  ("United Kingdom", S, neu, "Kenya", "forensic help offered = backing by act"))
U(d, "In Mpeketoni, Mary Wanjiku, whose husband was shot", "around nine o'clock.",
  ("Mary Wanjiku", N, neu, "", "named witness (invented); account of events"))
U(d, "\"We called and called.", "she said.",
  ("Mary Wanjiku", C, neg, "Kenya", "accusation by describing the police's absence (unsure: could be neutral testimony)"))
U(d, "Dr Halima Abdi, a security analyst at the Nairobi-based Horn Peace Institute", "not necessarily contradictory.",
  ("Halima Abdi", N, neu, "", "invented independent analyst; reading, no judgement"))
U(d, "\"Al-Shabaab has always been good at riding on local grievances", "she said.",
  ("Halima Abdi", N, neg, "", "analysis of the group's method and of the land question, no explicit judgement"))
U(d, "She urged the Government to make public the evidence", "\"a speech\".",
  ("Halima Abdi", T, neg, "Kenya", "appeal for the evidence to be published, like a demand for an inquiry (unsure: 'more than a speech' is a jab)"))
