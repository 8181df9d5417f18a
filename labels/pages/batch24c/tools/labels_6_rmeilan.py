# ------------------------------------------------------------------ Syrian Kurds' federal declaration at Rmeilan (Middle East live blog, 2016-03-17)
d = "page_rmeilan_federalism2016_liveblog.txt"
# Not statements: masthead, menu, language bar, LIVE label, headline, date, reporters' line, Key events bullets, auto-refresh line,
# time stamps, "Share this entry", [Photo] caption, ADVERTISEMENT, Related:, tags, newsletter prompt, copyright;
# the sign-off entry (19:02) and the 09:30 scene-setting entry.
U(d, "Karim Sabbagh, a Syria researcher at the Beirut-based Mashreq Policy Institute", "ask for one.\"",
  ("Karim Sabbagh", N, neu, "", "invented analyst; quote opened after a colon; reading of motives, no judgement"))
U(d, "Sabbagh said the move would harden Turkish opposition", "widened further.",
  ("Karim Sabbagh", T, neu, "United States", "risk + appeal addressed to Washington to bring the PYD into the political track"))
U(d, "From our reporter in Qamishli: teacher Hevin Ali, 34, said", "waiting for this moment.",
  ("Hevin Ali", N, pos, "", "reporter's lead-in + colon; her account of the city's mood, no judgement"))
U(d, "\"We have run our own schools and councils for three years.", "she said.",
  ("Hevin Ali", S, pos, "Rojava authorities", "invented resident under her own name; pride in the declaration = approval"))
# "France has added its voice." = summary line, no row.
U(d, "Foreign Ministry spokesman Romain Nadal said France was attached to Syria's unity", "future shape.",
  ("France", T, neu, "", "attachment to unity + only negotiation can decide = appeal for the negotiated course, no judgement word"))
U(d, "A spokeswoman for EU foreign policy chief Federica Mogherini said", "Geneva talks.",
  ("European Union", T, neu, "", "unnamed spokeswoman of a named body; support for unity + appeal to all parties to focus on talks (rule 2)"))
U(d, "The Kurdish National Council, a rival Kurdish bloc", "other Kurdish parties.",
  ("Kurdish National Council", C, neg, "Democratic Union Party", "approval of the idea but accusation of imposing it: judgement decides (rule 1)"))
U(d, "Iran's foreign ministry spokesman Hossein Jaber Ansari said", "the country weakened.",
  ("Iran", C, neg, "Rojava authorities", "judgement of the declaration (against territorial integrity, serves enemies)"))
U(d, "In Ankara, Prime Minister Ahmet Davutoglu said Turkey would not allow", "extension of the PKK.",
  ("Turkey", C, neg, "Democratic Union Party", "threat + 'terrorist organisation' label"))
U(d, "Foreign Ministry spokesman Tanju Bilgic said Turkey would raise the matter", "United Nations.",
  ("Turkey", N, neu, "", "diplomatic plan stated without judgement"))
# "Washington has responded." = summary line, no row.
U(d, "State Department spokesman John Kirby said the United States would not recognise", "inside Syria.",
  ("United States", C, neg, "Rojava authorities", "non-recognition of a self-declared entity = rejection of its act (unsure: could be read as a neutral statement of policy)"))
U(d, "He added that Syrians themselves could choose a federal model", "agreed on one.",
  ("United States", T, neu, "", "'He' = Kirby; a federal model only through negotiation = calling_for_talks"))
U(d, "Moscow, which has floated a federal model for Syria in the past", "the Kurds should take part.",
  ("Russia", T, neu, "", "summary clause + colon; 'did not back unilateral steps' has no judgement word, appeal for the Geneva process with the Kurds (unsure: could be condemning)"))
U(d, "UN envoy Staffan de Mistura, asked about the declaration", "for one side to announce.",
  ("United Nations", T, neu, "", "appeal to settle the state structure at the table; implied criticism without a judgement word"))
# "The opposition is no happier than the government." = summary line inside the same paragraph as the HNC sentence: the unit starts after it.
U(d, "The High Negotiations Committee, the main opposition bloc at the Geneva talks, rejected", "heads of all Syrians.",
  ("High Negotiations Committee", C, neg, "Rojava authorities", "rejection + 'unilateral grab' = judgement"))
U(d, "The Syrian National Coalition said separately that it rejected", "facts on the ground.",
  ("Syrian National Coalition", C, neg, "Rojava authorities", "rejection of the act aimed at its authors = judgement"))
U(d, "Syria's chief negotiator in Geneva, Bashar al-Jaafari, told reporters", "only after the war.",
  ("Syria", N, neg, "", "refusal to put a topic on the agenda, no protest stated = neutral (refusals rule), negative tone"))
# "First reaction from Damascus." = summary line, no row.
U(d, "A Foreign Ministry official quoted by the state news agency SANA said the declaration was void", "would be confronted.",
  ("Syria", C, neg, "Rojava authorities", "unnamed official of a named government via state agency (SANA not an actor); 'void' + threat to confront"))
U(d, "PYD co-chair Saleh Muslim said the step was not a move towards separation", "exclusion from Geneva.",
  ("Democratic Union Party", C, neg, "", "denial of separatism + charge against those who rejected it (several actors -> target empty): the charge decides"))
U(d, "The party's other co-chair, Asya Abdullah, said women would hold half", "new federal bodies.",
  ("Democratic Union Party", N, pos, "", "plan for the new bodies, no judgement"))
U(d, "BREAKING: Delegates at the conference in Rmeilan have voted", "read out in Hasakah.",
  ("Rojava authorities", N, pos, "", "the conference's own decision reported as an act (the declaring assembly = the self-administration); 'BREAKING: ' is part of the paragraph"))
U(d, "\"The federal system is a guarantee that Syria stays one country", "the statement said.",
  ("Rojava authorities", N, pos, "", "the final statement's reassurance about its own project = neutral, positive"))
U(d, "The statement said a 31-member council would draft", "within six months.",
  ("Rojava authorities", N, neu, "", "procedure and timetable"))
U(d, "Idris Nassan, a foreign relations official of the Kobani administration, told us", "running the region.",
  ("Rojava authorities", N, pos, "", "official of the self-administration; description of the system, no judgement"))
U(d, "\"The world must stop treating the people who defeated Daesh", "exclusion from the Geneva talks.",
  ("Rojava authorities", C, neg, "", "complaint of exclusion aimed at 'the world' (the Geneva hosts and sponsors) = judgement; several actors -> target empty"))
