# ------------------------------------------------------------------ Ivorian gendarmes held in Burkina Faso, released via Togo (explainer, 2024-12-06)
d = "page_ivorian_gendarmes_burkina2024_explainer.txt"
CI, BF = "Ivory Coast", "Burkina Faso"
# Not statements: newsletter name, headline, byline, date, read time, the Q&A subheadings, the intro (narration), "Through Togo.",
# "Lomé has played the go-between before.", "Because the gendarmes were caught up in a bigger row.", "Not much, publicly.",
# "Is the border ...", Read more list, sign-up line, copyright.
# "The two men belonged to the gendarmerie squadron in Bouna ..." = background, no row.
U(d, "On 19 September 2023 they were detained by Burkinabe soldiers at Kouamé Ya", "the next day.",
  (BF, C, neu, CI, "the army acts for its state; detaining another state's gendarmes = a measure taken against it (unsure: could be read as plain narration of a border arrest)"))
U(d, "The Ivorian government has always said the two were chasing illegal gold miners", "by mistake.",
  (CI, N, neu, "", "Côte d'Ivoire's account of the crossing = denial of wrongdoing, neutral"))
U(d, "Government spokesman Amadou Coulibaly repeated that account on Wednesday", "in the bush\".",
  (CI, N, neu, "", "spokesman named by role first; same account, no judgement"))
# "Burkinabe authorities never published a charge." = what they did not do, no row.
U(d, "The security ministry in Ouagadougou said at the time only that", "an inquiry was under way.",
  (BF, N, neu, "", "facts + procedure (inquiry), no judgement"))
U(d, "Coulibaly told reporters after Wednesday's cabinet meeting that the two had been handed over", "Faure Gnassingbé.",
  (CI, S, pos, "Togo", "surname only; credits Togo's mediation = praise"),
  (BF, T, pos, "", "the handover reported by Abidjan = Burkina's acceptance of a mediated settlement (unsure: could be neutral)"),
  ("Togo", T, pos, "", "Togo's mediation reported as done = calling_for_talks"))
U(d, "President Alassane Ouattara, the spokesman said, had thanked his Togolese counterpart", "personal involvement.",
  (CI, S, pos, "Togo", "'the spokesman' = Coulibaly; thanks = supporting; head of state given with his title"))
U(d, "Togo's foreign minister, Robert Dussey, helped to negotiate the release", "military governments of the Sahel.",
  ("Togo", T, neu, "", "specific acts of mediation reported = calling_for_talks"))
U(d, "In a statement carried by the Togolese state broadcaster, Dussey said Togo would", "whatever the weather\".",
  ("Togo", T, pos, "", "second-hand via state broadcaster; commitment to keep mediating"))
U(d, "Burkina Faso's military leader, Captain Ibrahim Traoré, has repeatedly accused Côte d'Ivoire", "hand over several of them.",
  (BF, C, neg, CI, "accusation of sheltering plotters + demand to hand them over"))
U(d, "In a speech in Ouagadougou in October, Traoré said a neighbour he did not name", "fire and sword\".",
  (BF, C, neg, CI, "judgement of a neighbour; target only through the outlet's gloss in the next sentence (unsure: target could be left empty)"))
# "The remark was widely read as a reference to Abidjan." = the outlet's gloss, no row.
U(d, "Ivorian officials reject the charge.", "reject the charge.",
  (CI, N, neg, "", "officials of a named government; denial = neutral, negative"))
U(d, "Foreign Minister Kacou Houadja Léon Adom said in an interview", "against any of its neighbours\".",
  (CI, N, neg, "", "denial"))
U(d, "Mariam Konaté, a researcher at the Abidjan Centre for Security Studies, said", "a much bigger account\".",
  ("Mariam Konaté", N, neg, "", "invented analyst by role then surname; characterisation, no judgement of a named actor"))
U(d, "Konaté said Ouagadougou had wanted something in return", "what that was.",
  ("Mariam Konaté", N, neu, "", "reading of motives in neutral words (unsure: implies a bargaining chip = could be condemning Burkina Faso)"))
# "ECOWAS, which Burkina Faso, Mali and Niger announced in January they would leave, had little leverage." = background of another event, no row.
U(d, "A spokesperson for the ECOWAS Commission welcomed the release", "their common border\".",
  ("ECOWAS", T, pos, "", "welcome joined to an appeal for direct talks, no judgement: rule 2 before rule 3"))
# "The Alliance of Sahel States ... did not comment." = no position.
U(d, "The United States embassy in Abidjan posted a message welcoming", "praising Togo's role.",
  ("United States", S, pos, "Togo", "welcome + praise, no appeal = supporting"))
U(d, "Ghana, which shares borders with both countries, said through its foreign ministry", "any border talks.",
  ("Ghana", T, pos, "", "approval of dialogue + offer to help with talks = calling_for_talks"))
U(d, "Côte d'Ivoire's north has absorbed tens of thousands of refugees", "along the frontier.",
  (CI, N, neu, "", "own deployment reported as done, no judgement"))
U(d, "Burkina's government has complained that Ivorian media spread", "in the country.",
  (BF, C, neg, "", "accusation against the media (no canonical target) -> target empty"))
U(d, "In a communiqué in November, the Burkinabe communication ministry said it would suspend", "their sponsors\".",
  (BF, C, neg, "", "threatened sanction against outlets = condemning; 'sponsors' unnamed -> target empty"))
U(d, "Abdoulaye Sawadogo, a former Burkinabe diplomat who now teaches", "not a reconciliation.",
  ("Abdoulaye Sawadogo", N, pos, "", "invented former diplomat speaking for no body; qualified approval ('good sign but not ...') = assessment (unsure: could be supporting the release)"))
U(d, "\"Ouagadougou has made a gesture to Lomé, not to Abidjan,\" Sawadogo said.", "Sawadogo said.",
  ("Abdoulaye Sawadogo", N, neu, "", "analysis without judgement"))
U(d, "\"The mistrust will last until the two capitals agree", "wants to be seen asking for.\"",
  ("Abdoulaye Sawadogo", T, neg, "", "quote carried on after the tail; a meeting on joint border policing named as the way out = implicit appeal (unsure: could be neutral analysis)"))
U(d, "The two gendarmes will go through the army's usual debriefing", "Coulibaly said.",
  (CI, N, neu, "", "procedure"))
# "Diplomats in the region say Togo is already sounding out ..." = unnamed speakers, no row.
