# ------------------------------------------------------------------ Security Council renews MINURSO, resolution 2602 (UN meetings coverage, 2021-10-29)
d = "page_unsc_minurso_res2602_2021_meetings.txt"
# Not statements: header, breadcrumb, meeting line, headline and subheadline (carry positions), "Statements" crosshead, closing time, press-release furniture.
U(d, "The Security Council today extended the mandate", "(Russian Federation, Tunisia).",
  ("United Nations", N, neu, "", "the Council's decision and vote = procedure; the abstentions are only narrated here (no row for Russia, Tunisia)"))
U(d, "By the text, the Council asked the parties to go back to talks", "both could accept.",
  ("United Nations", T, neu, "", "appeal for negotiations to both parties"))
U(d, "It also welcomed Staffan de Mistura's appointment as Personal Envoy", "backing for his work.",
  ("United Nations", S, pos, "", "welcome and support for its own envoy (same actor -> no target)"))
U(d, "The Council voiced deep concern that the ceasefire had collapsed", "seized of the matter.",
  ("United Nations", N, neg, "", "concern without appeal = neutral, negative; 'remained seized' = procedure"))
U(d, "RICHARD M. MILLS, JR. (United States), whose delegation drafted the text, said", "widen the current tensions.",
  ("United States", T, neu, "", "appeal to both parties to return to talks and refrain from escalation"))
U(d, "His Government continued to view Morocco's autonomy plan", "people of Western Sahara.",
  ("United States", S, pos, "Morocco", "speaker carried to the next paragraph ('he said'); approval of Morocco's plan = supporting"))
U(d, "DMITRY A. POLYANSKIY (Russian Federation) said his delegation had abstained", "the settlement process.",
  ("Russia", C, neg, "", "abstention with a grievance stated (views ignored, tilted wording) = protest; penholder not named yet -> target empty"))
U(d, "\"The penholder chose to push its own line", "he said.",
  ("Russia", C, neg, "United States", "'the penholder' = the United States (named as drafter above); judgement without a stock word"))
U(d, "He added that the Russian Federation remained committed to a solution", "people of Western Sahara.",
  ("Russia", T, neu, "", "commitment to a negotiated solution under Council resolutions"))
U(d, "TAREK LADEB (Tunisia) said his country had abstained", "engage with the Personal Envoy.",
  ("Tunisia", T, neu, "", "abstention with a neutrality reason (no protest) + encouragement to engage with the envoy = appeal"))
U(d, "NICOLAS DE RIVIÈRE (France) said his country welcomed the renewal", "to the political process.",
  ("France", S, pos, "United Nations", "welcome of the Council's step, no appeal = supporting"))
U(d, "France considered the autonomy plan presented by Morocco in 2007", "the speaker said.",
  ("France", S, pos, "Morocco", "'the speaker' tail; backing of Morocco's plan and efforts"))
U(d, "MARTIN KIMANI (Kenya), speaking in his national capacity, said the people", "had promised them.",
  ("Kenya", N, neg, "", "Council president in national capacity = Kenya; statement of fact with regret, no judgement of a named actor (unsure: implied rebuke of the UN)"))
U(d, "The drafters had, in his view, missed a chance", "would have to answer for.",
  ("Kenya", C, neg, "", "'in his view'; judgement of the drafters and the Council (two actors) -> target empty"))
U(d, "Nonetheless, Kenya had voted in favour, he said, because it fully backed Mr. de Mistura", "earliest possible date.",
  ("Kenya", S, pos, "United Nations", "backing of the UN envoy (supporting) + wish for talks; the backing is the stated reason for the vote (unsure: rule 2 could make it calling_for_talks)"))
U(d, "GERALDINE BYRNE NASON (Ireland) urged both parties", "near Tindouf.",
  ("Ireland", T, neu, "", "appeal for dialogue and humanitarian access"))
U(d, "JUAN RAMÓN DE LA FUENTE (Mexico) said it was regrettable", "modern peacekeeping mission.",
  ("Mexico", C, neg, "United Nations", "'regrettable', 'unjustifiable' aimed at the Council's failure = judgement"))
U(d, "MONA JUUL (Norway) said her delegation was worried", "for over two years.",
  ("Norway", N, neg, "", "worry without an appeal in the sentence = neutral, negative"))
U(d, "She called on Morocco and the Frente POLISARIO to show restraint", "without delay.",
  ("Norway", T, neu, "", "appeal for restraint to both; two addressees -> target empty"))
U(d, "DANG DINH QUY (Viet Nam) said his country supported the continued presence", "ceasefire arrangements.",
  ("Vietnam", T, neu, "", "support for the mission + appeal to respect the ceasefire: the appeal decides (rule 2 before rule 3) (unsure)"))
U(d, "ZHANG JUN (China) said all sides should demonstrate flexibility", "to the political process.",
  ("China", T, pos, "", "appeal for flexibility + hope for momentum = calling_for_talks"))
U(d, "T. S. TIRUMURTI (India) said his delegation had voted in favour", "difficult environment.",
  ("India", N, neu, "", "explanation of vote + fact, no evaluation"))
U(d, "JAMES KARIUKI (United Kingdom) said his country supported the Personal Envoy fully", "constructively.",
  ("United Kingdom", S, pos, "United Nations", "support for the UN envoy + encouragement: backing the envoy dominates (unsure: could be calling_for_talks by rule 2)"))
U(d, "ABDOU ABARRY (Niger) expressed concern", "a hearing in the Council.",
  ("Niger", N, neg, "", "concern + a procedural request for the AU's views, no peace appeal or judgement = neutral (unsure)"))
U(d, "INGA RHONDA KING (Saint Vincent and the Grenadines), speaking also on behalf of Kenya and Niger, said", "their own future.",
  ("Saint Vincent and the Grenadines", T, neu, "", "joint statement by a list of states: one row each; insisting on a self-determination solution = appeal for a (negotiated) solution"),
  ("Kenya", T, neu, "", "joint statement (A3+1)"),
  ("Niger", T, neu, "", "joint statement (A3+1)"))
U(d, "SVEN JÜRGENSON (Estonia) said the renewal allowed MINURSO", "for their service.",
  ("Estonia", S, pos, "United Nations", "approval of the mission and thanks to its personnel = supporting"))
