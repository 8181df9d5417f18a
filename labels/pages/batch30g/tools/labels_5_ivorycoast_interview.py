# ------------------------------------------------------------------ Côte d'Ivoire: Ouattara's fourth term, provisional results (radio interview transcript, 2025-10-28)
d = "page_ivorycoast_ouattara_fourthterm2025_radiointerview.txt"
# Not statements: station menu, programme header, title, editing note and photo caption, the host's introduction (facts and
# guests' names), greetings, host's questions and links ("Has an invitation come?", "What should it do?"), credits, comments, copyright.
U(d, "The government spokesman, Amadou Coulibaly, said last night that the vote had been", "had chosen continuity.",
  ("Ivory Coast", N, pos, "", "host reports the government's position (counts per README); self-praise of its own vote = neutral, positive"))
U(d, "Calm, yes, in most of the country, and I think we should not take that for granted", "given our history.",
  ("Koffi Assalé", N, neu, "", "invented analyst; assessment of calm, no position"))
U(d, "But a contest in which the two main challengers were removed by the courts", "what voters want.",
  ("Koffi Assalé", C, neg, "", "judgement of the contest's fairness without a stock word; courts/state not named as actor -> target empty (unsure: Ivory Coast)"))
U(d, "The turnout figure in Abidjan is the real result of this election, and it is a rebuke.", "it is a rebuke.",
  ("Koffi Assalé", C, neg, "Ivory Coast", "'a rebuke' of the government by voters: a judgement on the government's victory (unsure: could be neutral analysis)"))
U(d, "The opposition's joint platform, the PDCI and Mr Gbagbo's PPA-CI, has said it does not recognise the results.", "does not recognise the results.",
  ("Democratic Party of Côte d'Ivoire", C, neg, "", "refusal to recognise the results = rejection in protest; host's reported clause"),
  ("African Peoples' Party – Côte d'Ivoire", C, neg, "", "joint platform: one row per party"))
U(d, "In a statement on Sunday the two parties described the election as a", "to stay mobilised.",
  ("Democratic Party of Côte d'Ivoire", C, neg, "", "'masquerade' judgement + call to stay mobilised"),
  ("African Peoples' Party – Côte d'Ivoire", C, neg, "", "'the two parties': one row per party"))
U(d, "I would be careful with the word mobilised.", "the word mobilised.",
  ("Mariam Sangaré", N, neu, "", "invented lawyer; caution about a word, no position on an actor (unsure: could be no row)"))
U(d, "The parties have every right to contest, but I hope their leaders understand", "three thousand lives.",
  ("Mariam Sangaré", T, neg, "", "hope for restraint with a grim reminder = calling_for_talks, negative"))
U(d, "The Constitutional Council now has to rule on the final results, and every complaint should go there,", "with evidence.",
  ("Mariam Sangaré", T, neu, "", "appeal to use the legal channel = peaceful course"))
# "Thiam himself, speaking from Paris where he lives, went further." = summary line before the statement, no row.
U(d, "He told a French broadcaster that the government had \"confiscated\" the right to choose", "\"against half the country\".",
  ("Democratic Party of Côte d'Ivoire", C, neg, "Ivory Coast", "Thiam = PDCI leader; 'He' carried from the host's previous sentence; accusation + refusal to congratulate in protest"))
U(d, "He is angry, and one can understand that.", "one can understand that.",
  ("Koffi Assalé", N, neu, "", "sympathy, no position (unsure: could be no row)"))
U(d, "But refusing to congratulate is not a strategy.", "not a strategy.",
  ("Koffi Assalé", C, neg, "Democratic Party of Côte d'Ivoire", "criticism of the PDCI's choice, no stock word"))
U(d, "My advice to the opposition would be to take the invitation to talks seriously", "top of the agenda.",
  ("Koffi Assalé", T, neu, "", "appeal to take up talks; opposition = several parties -> target empty"))
U(d, "The president said in his victory speech that his door was open to all parties.", "open to all parties.",
  ("Ivory Coast", T, pos, "", "the guest reports Ouattara's offer of talks (Ivorian context: 'the president')"))
U(d, "We will see whether that means an agenda or a photograph.", "or a photograph.",
  ("Koffi Assalé", N, neg, "", "scepticism, no judgement of an act yet and no appeal"))
U(d, "One candidate, Jean-Louis Billon, who came second with about 3 percent,", "wished him success.",
  ("Jean-Louis Billon", S, pos, "Ivory Coast", "congratulations to the winner (Ouattara = state) = approval"))
U(d, "The ECOWAS election observation mission said in its preliminary statement", "broadly respected.",
  ("ECOWAS", S, pos, "Ivory Coast", "positive assessment of the conduct of the vote = approval (unsure: could be neutral)"))
U(d, "The African Union mission said much the same, but added that it regretted", "opposition rallies.",
  ("African Union", C, neg, "Ivory Coast", "approval joined to 'regretted' the exclusions and restrictions: the judgement decides (rule 1)"))
U(d, "It is mild diplomatic language, but it is a criticism.", "it is a criticism.",
  ("Mariam Sangaré", N, neu, "", "reading of the AU text, no position of her own"))
# "Those are two different documents, in fact." and "The AU sentence about restrictions is the one that will be quoted ..." = commentary, no position.
# "Security has been heavy." / "Rights groups say several people were killed ..." = unnamed 'rights groups' (not an actor), no row.
U(d, "Amnesty International said the ban on opposition marches was \"disproportionate\"", "peaceful protest.",
  ("Amnesty International", C, neg, "Ivory Coast", "judgement of the ban + call to release = condemning (rule 1)"))
U(d, "The ban was a mistake.", "The ban was a mistake.",
  ("Koffi Assalé", C, neg, "Ivory Coast", "judgement of the government's ban"))
U(d, "When you forbid every march you make each small gathering a confrontation,", "paid for that.",
  ("Koffi Assalé", C, neg, "Ivory Coast", "continuation: consequences blamed on the ban"))
U(d, "The interior ministry says the measures were needed to protect public order", "setting fire to property.",
  ("Ivory Coast", N, neg, "", "host reports the ministry's defence of its measures: justification/denial of abuse = neutral, negative"))
U(d, "But I have read the lists of people charged in two towns,", "a WhatsApp message.",
  ("Mariam Sangaré", C, neg, "Ivory Coast", "accusation by describing the charges against students"))
U(d, "The courts must separate the two.", "separate the two.",
  ("Mariam Sangaré", N, neu, "", "a 'must' addressed to the courts about procedure, no peace appeal or judgement (unsure)"))
U(d, "The United States said it had taken note of the provisional results", "through legal means.",
  ("United States", T, neu, "", "'taken note' + encouragement to resolve disputes legally = calling_for_talks"))
U(d, "France's foreign ministry said it hoped the post-electoral period would remain peaceful.", "remain peaceful.",
  ("France", T, pos, "", "hope for calm = calling_for_talks"))
U(d, "The UN Secretary-General's spokesman said Antonio Guterres called on all actors", "hate speech.",
  ("United Nations", T, neu, "", "appeal to refrain from violence"))
U(d, "Paris has learned to say very little about our elections, and that is probably wise.", "probably wise.",
  ("Koffi Assalé", S, pos, "France", "approval of France's reticence (unsure: could be neutral)"))
U(d, "Send its mediator back quietly, and press both camps to sit down", "in December.",
  ("Koffi Assalé", T, neu, "ECOWAS", "subjectless continuation; appeal for mediation and talks addressed to ECOWAS"))
U(d, "A negotiated calendar on the voters' roll would do more for this country than a hundred statements.", "a hundred statements.",
  ("Koffi Assalé", T, neu, "", "advocates a negotiated calendar"))
U(d, "I would like to see a gesture: the release of the students, and a date for a real dialogue.", "a real dialogue.",
  ("Mariam Sangaré", T, neu, "Ivory Coast", "appeal for release and dialogue, addressed to the government"))
