# ------------------------------------------------------------------ Burkina Faso's rejection of the HRW report on Nondin and Soro and the suspension of BBC and VOA (state media, 2024-04-30)
d = "page_burkina_nondin_soro_mediaban2024_statemedia.txt"
# Not statements: agency masthead, menu, section line, headline (carries the government's position; the lede repeats it),
# photo caption with credit, crossheads, ADVERTISEMENT, agency initials, "Related:", share line, copyright.
U(d, "The Government of Burkina Faso has firmly rejected the accusations", "war against terrorism.",
  ("Burkina Faso", C, neg, "Human Rights Watch", "dateline excluded; lede carrying the position: rejection with a judgement ('a fabrication meant to stain') = condemning, not a bare denial"))
U(d, "The report claims that soldiers executed 223 civilians", "25 February 2024.",
  ("Human Rights Watch", C, neg, "Burkina Faso", "an accusation made by describing killings of civilians = condemning; reported through 'The report claims'"))
U(d, "The Minister of Communication, Culture, Arts and Tourism, Government Spokesperson", "since early March.",
  ("Burkina Faso", N, neu, "", "fact about the judicial inquiry = neutral"))
U(d, "\"While the judges are doing their work, an organisation sitting thousands of kilometres away", "the Minister said.",
  ("Burkina Faso", C, neg, "Human Rights Watch", "judgement without stock words (pre-judging, 'written the verdict'); 'an organisation' = HRW by context"))
U(d, "According to Mr. Ouédraogo, no authority of Burkina Faso has ever sought to conceal", "heard by the investigators.",
  ("Burkina Faso", N, neg, "", "surname only; denial of a cover-up = neutral, negative"))
U(d, "The Government spokesperson added that the campaign built around the report", "regaining ground.",
  ("Burkina Faso", C, neg, "", "'the Government spokesperson' = Ouedraogo; accusation of an intent to turn the population against the army, the campaign's authors not named -> target empty"))
U(d, "On Thursday evening, the Superior Council of Communication (CSC) suspended", "digital platforms.",
  ("Burkina Faso", C, neg, "", "the state regulator = Burkina Faso; suspension of broadcasters = a sanction; the broadcasters are not actors -> target empty"))
U(d, "The CSC also instructed internet service providers to block access", "Human Rights Watch.",
  ("Burkina Faso", C, neg, "Human Rights Watch", "blocking measure that includes HRW's website"))
U(d, "In its decision, the regulator warned the other media", "the same sanctions.",
  ("Burkina Faso", C, neg, "", "threat of sanctions against media = condemning; 'the regulator' = the CSC"))
U(d, "Over the weekend, the CSC extended the suspension", "ignored the warning.",
  ("Burkina Faso", C, neg, "", "further sanction on outlets"))
U(d, "The Head of State, Captain Ibrahim Traoré, receiving a delegation of veterans", "will not succeed.",
  ("Burkina Faso", C, neg, "", "narration (audience with veterans) carrying a judgement on unnamed sponsors of 'lies' -> target empty"))
U(d, "In a joint statement issued on Monday, the Embassies of the United States and the United Kingdom", "perpetrators to justice.",
  ("United States", T, neg, "Burkina Faso", "joint statement of two states, one row each; concern + call for an investigation, no judgement word = calling_for_talks"),
  ("United Kingdom", T, neg, "Burkina Faso", "same joint statement"))
U(d, "The two embassies also objected firmly to the silencing", "blocking of websites.",
  ("United States", C, neg, "Burkina Faso", "'objected firmly to the silencing' aimed at Burkina Faso's measures = a judgement"),
  ("United Kingdom", C, neg, "Burkina Faso", "same sentence, second state"))
U(d, "In a communiqué made public the same evening, the Ministry of Foreign Affairs", "that is under way.",
  ("Burkina Faso", C, neg, "", "'unacceptable interference' aimed at two states -> target empty"))
U(d, "The ministry said Burkina Faso would not receive lessons", "by terrorist groups.",
  ("Burkina Faso", C, neg, "", "rebuke of the partners' silence, two states -> target empty"))
# "For its part, the NGO persisted in its allegations." = summary line (state-media framing), no row.
U(d, "Ilaria Allegrozzi, a senior researcher for the Sahel at Human Rights Watch, was quoted as saying", "report on abuses.",
  ("Human Rights Watch", C, neg, "Burkina Faso", "'was quoted as saying' = second-hand attribution; accusation of silencing"))
U(d, "She called for an independent investigation with the support", "the United Nations.",
  ("Human Rights Watch", T, neu, "", "call for an inquiry = calling_for_talks; AU and UN are addressed as helpers, not targets"))
U(d, "The United Nations Human Rights Office, through its spokesperson in Geneva, called on the authorities", "suspension of the media.",
  ("United Nations", T, neg, "Burkina Faso", "demand addressed to one side with no judgement word = calling_for_talks, negative"))
U(d, "Reporters Without Borders (RSF) denounced what it described", "to be informed.",
  ("Reporters Without Borders", C, neg, "Burkina Faso", "denunciation of the measures"))
U(d, "The ECOWAS Commission, in a short note, said it had taken note", "with concern.",
  ("ECOWAS", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The African Union Commission, for its part, expressed the hope", "about the events.",
  ("African Union", T, pos, "", "hope that the inquiry establishes the truth = calling_for_talks"))
U(d, "Burkina Faso's partners in the Confederation of Sahel States, Mali and Niger, expressed", "people of Burkina Faso.",
  ("Mali", S, pos, "Burkina Faso", "list of two states: one row each; solidarity = supporting"),
  ("Niger", S, pos, "Burkina Faso", "same sentence, second state"))
U(d, "The Minister of State, Minister of Territorial Administration and Government Spokesperson of Mali", "countries of the Confederation.",
  ("Mali", C, neg, "", "'in remarks carried by the Malian state broadcaster'; accusation of a coordinated media offensive, authors not named -> target empty"))
U(d, "Dr. Issouf Sawadogo, a lecturer in public law at Joseph Ki-Zerbo University, said", "regulation of the media.",
  ("Issouf Sawadogo", S, pos, "Burkina Faso", "invented scholar; approval of the regulator's legality = supporting"))
U(d, "\"A regulator which lets an unverified accusation circulate", "he told FIA.",
  ("Issouf Sawadogo", S, pos, "Burkina Faso", "approval of the decision as proportionate = supporting (contains a criticism of a hypothetical regulator, not of an actor)"))
U(d, "Mrs. Awa Zongo, president of the Association of Displaced Women of Yatenga, said", "whoever the authors.",
  ("Awa Zongo", T, neg, "", "invented voice; call for truth and justice, no one blamed = calling_for_talks (as demands for an inquiry)"))
U(d, "\"Let the judges finish, and let them tell us who did this,\" she said.", "she said.",
  ("Awa Zongo", T, neg, "", "appeal for the inquiry to conclude"))
U(d, "The Government reaffirmed its determination to protect the population", "to its end.",
  ("Burkina Faso", N, pos, "", "reassurance about its own conduct = neutral, positive"))
