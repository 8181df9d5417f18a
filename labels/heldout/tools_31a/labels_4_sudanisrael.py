# ------------------------------------------------------------------ Sudan agrees to normalise relations with Israel; reactions in Sudan and the region (live blog, scraped .txt, 2020-10-23/24)
d = "page_sudan_israel_liveblog.txt"
# No row: menus, LIVE badge, headline, standfirst, editors, last updated, share line, Key points bullets, photo caption,
# timestamps and entry headings, ADVERTISEMENT, "Related:", "[Embedded post ...]", "Show earlier updates", topics,
# newsletter, Most read, comments, footer.
# No row: "We are pausing our live coverage here. ..." (the outlet)
# No row: "Small groups of protesters gathered ..." / "In a video shared widely online ..." (narration)
# No row: '"We did not bring down Bashir ...," one young protester told our correspondent.' (unnamed speaker)
U(d, "The Sudanese Communist Party, one of the founding forces of the coalition", "the revolution's principles.",
  ("Sudanese Communist Party", C, neg, "Sudan", "a party judging its own transitional government ('no mandate', 'betrayal'); the 'transitional authorities' = Sudan"))
U(d, "Former prime minister Sadiq al-Mahdi, who leads the National Umma Party", "in protest at the announcement.",
  ("National Umma Party", C, neg, "Sudan", "walking out in protest at the government's step = refusing a format in protest (condemning); a former PM speaking as party leader = his party"))
U(d, "In a letter read out to participants, he argued that no transitional body", "rather than end it.",
  ("National Umma Party", C, neg, "Sudan", "'he' = al-Mahdi; the step is illegal + will feed conflict = judgement"))
U(d, "He also likened Israel's treatment of the Palestinians", "South Africa.",
  ("National Umma Party", C, neg, "Israel", "apartheid comparison = judgement of Israel"))
# No row: "Al-Mahdi was the last democratically elected prime minister ..." (background)
U(d, "An EU spokesperson welcomed the step as good news for stability", "Israelis and Palestinians alike.",
  ("European Union", T, pos, "", "welcome + appeal for a settlement engaging both sides, no judgement -> calling_for_talks (rule 2 before rule 3, labels/README)"))
U(d, "Iran's foreign ministry dismissed the agreement as a sham", "terrorism blacklist.",
  ("Iran", C, neg, "Sudan", "'sham' + accusation of Khartoum (metonym); the US is an object"))
# No row: "Tehran reacted in much the same way to the UAE and Bahrain agreements." (vague background)
# No row: "Our correspondent in Khartoum says ..." (the outlet) and the Khartoum-based analyst (unnamed speaker)
U(d, "Egypt and Bahrain also welcomed the announcement.", "Egypt and Bahrain also welcomed the announcement.",
  ("Egypt", S, pos, "", "list of two states = one row each; welcome of a two-party agreement -> target empty"),
  ("Bahrain", S, pos, "", "list of two states; welcome"))
U(d, "Egyptian President Abdel Fattah el-Sisi praised Washington, Khartoum and Jerusalem", "peace in the region.",
  ("Egypt", S, pos, "", "praise of three governments (capitals as metonyms, Jerusalem = Israel in the name files) -> several targets, empty"))
U(d, "The United Arab Emirates, which signed its own accord with Israel", "safer and more prosperous.",
  ("United Arab Emirates", S, pos, "", "welcome; the relative clause on its own accord is background"))
U(d, "Hamas spokesman Hazem Qassem said Khartoum had handed Netanyahu a political gift", "Sudan's own interests.",
  ("Hamas", C, neg, "Sudan", "judgement of Khartoum's (metonym) step; Netanyahu is an object"))
U(d, "Wasel Abu Youssef, a member of the Palestine Liberation Organization's executive committee", "championed for decades.",
  ("Palestine", C, neg, "Sudan", "PLO official = Palestine (name files); accusation of abandonment; Ramallah is a place"))
U(d, "The office of Palestinian President Mahmoud Abbas said it condemned and rejected", "on the Palestinians' behalf.",
  ("Palestine", C, neg, "Sudan", "Abbas's office = Palestine; condemnation"))
U(d, "The statement said the deal contradicted the Arab Peace Initiative", "Israel's occupation.",
  ("Palestine", C, neg, "Sudan", "the statement (Abbas's office) says the deal breaches the Arab Peace Initiative = judgement"))
# No row: "The Palestinian leadership reacted with similar anger to the UAE and Bahrain agreements ..." (vague background)
U(d, "Sudan's acting foreign minister, Omar Gamareldin, told state television", "not been appointed.",
  ("Sudan", N, neu, "", "procedure: parliament must approve; state TV is not an actor"))
# No row: "Under the power-sharing deal signed last year ..." / "It has yet to meet." (background)
U(d, "Prime Minister Abdalla Hamdok thanked Trump on Twitter", "ordinary Sudanese.",
  ("Sudan", S, pos, "United States", "thanks to Trump for lifting the designation = approval/praise; Khartoum = metonym"))
U(d, "In a separate statement, Netanyahu hailed the agreement as a sharp change of course by Khartoum", "Sudan's leaders.",
  ("Israel", S, pos, "Sudan", "praise of Khartoum's step (+ thanks)"))
U(d, "He said officials from both countries would sit down soon", "farming and commerce.",
  ("Israel", T, pos, "Sudan", "'He' = Netanyahu; commits to bilateral meetings = agrees to talks (unsure: could be read as a neutral plan)"))
# No row: "Sudan's capital hosted the 1967 Arab League summit ..." (background)
U(d, "In a joint statement released by the White House, the three countries said", "war between them.",
  ("United States", T, pos, "", "joint statement = one row per signatory; agreement to end belligerence = a peaceful course; the US as broker/host"),
  ("Israel", T, pos, "Sudan", "signatory; agrees to normal ties and an end to the state of war"),
  ("Sudan", T, pos, "Israel", "signatory; agrees to normal ties and an end to the state of war"))
U(d, "The statement said the United States would take steps to restore Sudan's sovereign immunity", "debt relief for Khartoum.",
  ("United States", S, pos, "Sudan", "offer of legal and financial help = supporting; reported by the joint statement in the US's name"))
# No row: "Trump made the announcement in the Oval Office, with Netanyahu, Hamdok and ... Burhan listening in ..." (scene narration; the participants take no position in it)
U(d, "He said Sudan had earned its place among the nations making peace with Israel", "would follow.",
  ("United States", S, pos, "Sudan", "'He' = Trump; praise of Sudan + prediction"))
U(d, "The White House said Trump had formally notified Congress", "victims of attacks.",
  ("United States", S, pos, "Sudan", "lifting a sanction-like designation = a favourable measure (unsure: could be neutral procedure)"),
  ("Sudan", N, neu, "", "Khartoum's compensation payment = a specific act reported as done, no judgement"))
# No row: "The designation, in place since 1993, ..." (background)
U(d, "Before the announcement, the National Umma Party warned in a statement carried by the SUNA news agency", "ties to Israel.",
  ("National Umma Party", C, neg, "Sudan", "conditional threat to withdraw support from its own transitional institutions; SUNA is not an actor"))
# No row: "Hello and welcome to our live coverage ..." (the outlet)
