# ------------------------------------------------------------------ Tunisia's president rejects foreign criticism after the arrests of lawyers Sonia Dahmani and Mehdi Zagrouba (Tunisian national daily, 2024-05-17)
d = "page_tunisia_dahmani_lawyers_2024_daily.txt"
# Not statements: masthead, date line, menu, breadcrumb, headline (carries the President's position), standfirst, byline,
# ADVERTISEMENT, crossheads ("Foreign reactions", "Views"), Related, tags, share bar, newsletter prompt, most read, copyright.
U(d, "President of the Republic Kais Saied on Thursday instructed", "on the country's judicial affairs.",
  ("Tunisia", C, neg, "", "dateline excluded; order to summon ambassadors and convey a protest = condemning (a taken response); several unnamed states -> target empty"))
# "The Head of State received Mr Ben Rjiba at Carthage Palace ..." = meeting narrated, with the source of the video; no row.
U(d, "\"Tunisia is a sovereign state, and its courts answer", "before the examining magistrate.",
  ("Tunisia", C, neg, "", "rejection of foreign comment on its courts = judgement of the foreign statements; quote + reported clause in one sentence"))
U(d, "He went on to say that certain capitals had chosen to lecture Tunisia", "breach of diplomatic custom.",
  ("Tunisia", C, neg, "", "'certain capitals' (unnamed) accused of hypocrisy and a 'flagrant breach' -> target empty"))
U(d, "The President stressed that there was no dispute between the state and the legal profession.", "the legal profession.",
  ("Tunisia", N, neg, "", "denial of a conflict with the lawyers = neutral, negative"))
U(d, "\"The right of defence is sacred", "or assault a security officer,\" he said.",
  ("Tunisia", N, neg, "", "quote in the same paragraph, same speaker: justification of the arrests; the charge is aimed at individuals, not an actor (unsure: could be condemning)"))
U(d, "According to the Presidency's statement, the Head of State also recalled", "\"without exception\".",
  ("Tunisia", N, neu, "", "reassurance about its own conduct = neutral"))
U(d, "Speaker of the Assembly of the Representatives of the People Brahim Bouderbala", "under anyone's tutelage\".",
  ("Tunisia", S, pos, "", "the parliament speaks for the state; backing of its own President (same actor) -> supporting with no target (unsure: could be neutral, as support within one actor)"))
# "The Prime Minister, Ahmed Hachani, chaired a cabinet meeting ..." = what someone did, no position; no row.
U(d, "The Ministry of the Interior, for its part, rejected as \"false and tendentious\"", "while in custody.",
  ("Tunisia", N, neg, "", "denial of torture = neutral, negative"))
U(d, "In a statement published on its official page, the ministry said Mr Zagrouba had been arrested", "before the investigating judge.",
  ("Tunisia", N, neg, "", "own account of the arrest; the accusation is aimed at an individual lawyer, not an actor (unsure)"))
U(d, "The ministry said it reserved the right to take legal action", "undermining the security forces.",
  ("Tunisia", C, neg, "", "threat of legal action against those spreading images = condemning; no canonical target"))
U(d, "Interior Ministry spokesman Faker Bouzghaya told the national news agency TAP", "any other in the country\".",
  ("Tunisia", N, neu, "", "spokesman named by role; defence of legality of own action (TAP is not an actor)"))
# "Lawyer and television commentator Sonia Dahmani was arrested ..." = background narration, no row.
U(d, "The National Bar Association of Tunisia held a general strike", "the citizens it defends\".",
  ("National Bar Association of Tunisia", C, neg, "Tunisia", "strike (protest by act) + 'an attack on the whole profession' = judgement of the state's raid"))
U(d, "Mr Mziou said the Bar would continue its protest", "dialogue with the authorities.",
  ("National Bar Association of Tunisia", T, neu, "Tunisia", "continued protest but an open door to dialogue: no judgement in this sentence, offer of talks = calling_for_talks (unsure)"))
U(d, "The Tunisian League for the Defence of Human Rights said its president, Bassem Trifi", "independent medical examination.",
  ("Tunisian League for the Defence of Human Rights", C, neg, "Tunisia", "marks of violence reported + demand: an accusation of ill-treatment by describing abuse = condemning (guide rule 4)"))
U(d, "Amnesty International called on the authorities to open an impartial investigation", "to justice.",
  ("Amnesty International", T, neu, "Tunisia", "appeal for an inquiry with no judgement word = calling_for_talks (README: demand to one side)"))
U(d, "Earlier this week, France said it was concerned by Ms Dahmani's arrest.", "France said it was concerned by Ms Dahmani's arrest.",
  ("France", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "French foreign ministry deputy spokesman Christophe Lemoine said Paris was also following", "in recent days.",
  ("France", N, neg, "", "spokesman named by role; context given, no judgement or appeal"))
U(d, "The European Union, through spokesperson Nabila Massrali, also expressed concern", "sought an explanation.",
  ("European Union", N, neg, "", "concern + request for clarification (procedural, not an appeal for talks) = neutral"))
U(d, "The United States called on Tunisia to respect the freedoms", "told reporters in Washington.",
  ("United States", T, neu, "Tunisia", "appeal with no judgement word = calling_for_talks; attribution tail"))
U(d, "The UN human rights office in Geneva urged the authorities to release", "allegations of ill-treatment.",
  ("United Nations", T, neg, "Tunisia", "demand for release and inquiry, no judgement word = calling_for_talks (unsure: close to condemning)"))
U(d, "Algeria, asked about the matter, said through a foreign ministry source", "a brotherly country\".",
  ("Algeria", N, neu, "", "unnamed source of a named government via its agency; declines to comment = neutral"))
U(d, "Italy's Foreign Minister Antonio Tajani, asked about the arrests", "on migration and development.",
  ("Italy", S, pos, "Tunisia", "confidence in Tunisia's institutions + continued cooperation = supporting (backing in a row where others criticise)"))
U(d, "Professor Amine Ferchichi, who teaches constitutional law", "rejects foreign interference.",
  ("Amine Ferchichi", S, pos, "Tunisia", "invented scholar; approval of the Presidency's reaction = supporting"))
U(d, "\"A foreign ministry may say it is worried.", "Ferchichi said.",
  ("Amine Ferchichi", S, pos, "Tunisia", "'the Head of State is right' = approval; surname only"))
U(d, "Nadia Bouslama, a Tunis lawyer who was inside the Bar's headquarters", "than any foreign statement.",
  ("Nadia Bouslama", C, neg, "Tunisia", "invented witness and lawyer; judgement of the raid"))
U(d, "\"The solution is simple: release our colleagues and sit down with the Bar,\" Bouslama said.", "Bouslama said.",
  ("Nadia Bouslama", T, neu, "Tunisia", "appeal for release and dialogue = calling_for_talks"))
# "The Head of State is expected to chair a meeting of the National Security Council ..." = narration of a plan by the paper, no row.
