# ------------------------------------------------------------------ Iran: the Security Council meeting on the protests (UN meetings coverage republished by a tracker site, .txt, 2018-01-05)
d = "page_unsc_iranprotests_jan2018_meetings.txt"
# Not statements: tracker menu, breadcrumb, republication note, meeting header, headline, subheadline, "Statements" crosshead,
# meeting times, "For information media", share line, footer.
# "Members of the Security Council disagreed sharply today ..." = summary lead (narration), no row.
U(d, "The meeting, the Council's first formal session of 2018, was preceded by closed consultations", "requested by the Russian Federation.",
  ("Russia", N, neu, "", "a procedural act reported as done (requesting consultations), no judgement stated"))
U(d, "Briefing the Council, Tayé-Brook Zerihoun, Assistant Secretary-General for Political Affairs, said", "official and media accounts.",
  ("United Nations", N, neg, "", "the Secretariat's briefer gives facts and figures"))
U(d, "He said the Secretary-General regretted the loss of life", "must be respected.",
  ("United Nations", T, neg, "Iran", "regret (no judgement of an actor) + hope for no more violence + appeal to respect rights = calling_for_talks; addressed to the Iranian authorities"))
U(d, "Mr. Zerihoun said the United Nations had no independent means", "with the Iranian authorities.",
  ("United Nations", N, neu, "", "procedure: verification and contacts"))
U(d, "The representative of the United States said the Iranian people had taken to the streets", "organized the demonstrations.",
  ("United States", N, neg, "", "rebuts the charge of US instigation = denial, neutral"))
U(d, "She said the regime had answered its citizens with bullets", "Syria, Yemen and Lebanon.",
  ("United States", C, neg, "Iran", "'She' = the US representative, carried across the paragraph; judgement of the crackdown"))
U(d, "\"The United States will keep speaking up for every Iranian", "she said.",
  ("United States", S, pos, "", "support for the protesters (not a canonical actor) -> target empty"))
U(d, "The representative of the Russian Federation said the meeting was an abuse", "a sovereign State.",
  ("Russia", C, neg, "United States", "judgement of the US request ('abuse', 'interfere')"))
U(d, "Turning to the United States, he asked whether the Council would next be summoned", "the nuclear agreement with Iran.",
  ("Russia", C, neg, "United States", "rhetorical question + imputed motive = judgement"))
U(d, "The representative of France said the events in Iran, however worrying, fell outside", "international peace and security.",
  ("France", N, neg, "", "procedural view that the matter is not a Council matter + concern, no appeal"))
U(d, "France nonetheless called on the Iranian authorities to show restraint", "Joint Comprehensive Plan of Action.",
  ("France", T, neu, "Iran", "appeal for restraint and rights; the warning against exploiting the crisis names no one -> no judgement"))
U(d, "The representative of China said the Council was not the right place", "any closer.",
  ("China", N, neu, "", "procedural objection to the agenda, no judgement of a named actor"))
U(d, "He hoped Iran would preserve its stability", "through dialogue.",
  ("China", T, pos, "Iran", "hope for stability and dialogue"))
U(d, "The representative of the United Kingdom said his Government was concerned", "investigate every death.",
  ("United Kingdom", T, neg, "Iran", "concern with an appeal = calling_for_talks"))
U(d, "Sweden's representative said freedom of expression and assembly applied in Iran", "demonstrating peacefully.",
  ("Sweden", T, neu, "Iran", "appeal to avoid violence and release detainees, no judgement word"))
U(d, "The representative of the Netherlands said the Kingdom was monitoring the situation closely", "deaths in custody.",
  ("Netherlands", N, neg, "", "'the Kingdom' = the Netherlands; concern without an appeal"))
U(d, "Bolivia's representative said his delegation categorically rejected the holding of the meeting", "its own foreign policy.",
  ("Bolivia", C, neg, "United States", "rejects the meeting in protest + judgement"))
U(d, "He said a country that had withdrawn from the Paris climate agreement", "lecture anyone about rights.",
  ("Bolivia", C, neg, "United States", "judgement without stock words"))
U(d, "The representative of Kuwait said his country hoped calm would return to Iran", "one another's affairs.",
  ("Kuwait", T, pos, "", "hope for calm + non-interference appeal aimed at no one"))
U(d, "The representative of Ethiopia said the protests were an internal matter for Iran", "a subject for the Council.",
  ("Ethiopia", N, neu, "", "procedural view, no judgement"))
U(d, "Speakers for Peru and Poland each urged the Iranian Government", "acted with restraint.",
  ("Peru", T, neu, "Iran", "two states as a list: one row each; appeal for restraint"),
  ("Poland", T, neu, "Iran", "listed with Peru; same appeal"))
U(d, "The representative of Côte d'Ivoire encouraged all Iranian actors", "through dialogue.",
  ("Ivory Coast", T, neu, "", "appeal for dialogue among Iranians"))
U(d, "The representative of Equatorial Guinea said the Council should not be drawn", "domestic jurisdiction.",
  ("Equatorial Guinea", N, neu, "", "procedural objection, names no one"))
U(d, "Speaking in his national capacity, the representative of Kazakhstan", "national dialogue.",
  ("Kazakhstan", T, pos, "", "the Council President in his national capacity speaks for Kazakhstan; hope for a peaceful course"))
U(d, "The representative of Iran said the United States had misused its seat", "messages on social media.",
  ("Iran", C, neg, "United States", "accusation against the US and its President"))
U(d, "He said his Government respected the right of its citizens to protest peacefully", "attacked police stations.",
  ("Iran", N, neg, "", "reassurance about its own conduct / denial of repression = neutral"))
U(d, "The speaker called the meeting a diplomatic failure for the United States", "follow its line.",
  ("Iran", C, neg, "United States", "'the speaker' = Iran's representative; mocking judgement"))
U(d, "Mehdi Rostami, an Iran scholar at the Geneva Institute for Middle East Policy", "on the nuclear deal.",
  ("Mehdi Rostami", N, neu, "", "invented scholar (tracker's added box); assessment of the meeting's outcome, no judgement of conduct"))
U(d, "Karin Lindqvist, director of the Nordic Forum on UN Affairs", "another public clash.",
  ("Karin Lindqvist", T, neu, "", "invented former diplomat; appeal for quiet diplomacy over a public clash"))
