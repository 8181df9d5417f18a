# ------------------------------------------------------------------ Venezuela's suspension from Mercosur and the Buenos Aires meeting (Argentine Foreign Ministry press release, full HTML, 2016-12-14)
d = "page_mercosur_venezuela_suspension2016_cancilleria.html"
# Not statements: gov bar, site header, language links, nav, breadcrumb, release number, headline, date/place line, figcaption,
# crossheads, related press releases, share bar, tags, footer.
F4 = ["Argentina", "Brazil", "Paraguay", "Uruguay"]
# "The Minister of Foreign Affairs and Worship, Susana Malcorra, chaired today ..." = narration of the meeting, no row
# (a bloc meeting that excludes Venezuela, not talks convened to settle the row).
U(d, "In a joint communiqué issued at the close of the meeting", "stands without change.",
  *[(s, C, neg, "Venezuela", "joint statement by a list of four states (one row each); upholding the suspension = a measure against Venezuela") for s in F4])
U(d, "The communiqué recalls that Venezuela did not incorporate", "the Residence Agreement.",
  *[(s, C, neg, "Venezuela", "same communiqué; non-compliance charge made by describing what Venezuela failed to do = accusation") for s in F4])
U(d, "The ministers agreed that the Argentine Republic will exercise", "the Treaty of Asunción.",
  *[(s, N, neu, "", "procedural decision on the rotating presidency, no evaluation") for s in F4])
U(d, "The founding States also stated that they remain willing", "have been met.",
  *[(s, T, pos, "Venezuela", "offer to keep dialogue open (conditional offers of talks = calling_for_talks)") for s in F4])
U(d, "At a joint press conference, Minister Malcorra said that the decision", "on behalf of the whole bloc\".",
  ("Argentina", N, neu, "", "self-justification of the measure and a plan; no new judgement of Venezuela"))
U(d, "\"The door has not been closed", "the Minister said.",
  ("Argentina", T, pos, "Venezuela", "'the Minister' (the page's own minister); readiness to meet as often as needed = talks"))
U(d, "Regarding the events of the morning, the Minister stated", "limited to the founding States.",
  ("Argentina", N, neu, "", "facts about the notice given; Rodríguez is the object"))
U(d, "The Minister regretted that, despite that notice", "call each other partners\".",
  ("Argentina", C, neg, "Venezuela", "'regretted' + a judgement of the delegation's conduct without stock words"))
U(d, "The Ministry of Foreign Affairs and Worship categorically rejects the version", "personnel of this building.",
  ("Argentina", N, neg, "", "denial of the assault claim = neutral, negative tone"))
U(d, "The security staff of the San Martín Palace acted at all times", "in accordance with protocol.",
  ("Argentina", N, neu, "", "reassurance about its own conduct = neutral"))
U(d, "Minister Rodríguez had earlier described the four founding States", "against the bloc.",
  ("Venezuela", C, neg, "", "Venezuela's position reported by the Argentine release ('had described'); conspiracy charge against four states -> target empty"))
U(d, "Minister Malcorra received Minister Rodríguez and the Foreign Minister of the Plurinational State of Bolivia", "on Thursday.",
  ("Argentina", T, neu, "Venezuela", "meeting narrated, but the offer to continue the conversation is a position (offer of talks)"))
U(d, "The Foreign Minister of Uruguay, Rodolfo Nin Novoa, stated", "wave away\".",
  ("Uruguay", C, neg, "Venezuela", "judgement of the forced entry without stock words"))
U(d, "Nin Novoa added that roughly two hundred", "a negotiated way back.",
  ("Uruguay", T, neu, "Venezuela", "surname only; facts + commitment to a negotiated return, no judgement"))
U(d, "The Foreign Minister of Brazil, José Serra, said that a bloc", "fully endorsed the communiqué.",
  ("Brazil", C, neg, "Venezuela", "judgement by allusion to a member ignoring the rules + endorsement of the suspension"))
U(d, "The Foreign Minister of Paraguay, Eladio Loizaga, recalled", "with voice and vote.",
  ("Paraguay", N, neu, "", "procedural explanation of the invitation list"))
U(d, "Minister Choquehuanca conveyed to Minister Malcorra", "the spirit of integration.",
  ("Bolivia", C, neg, "", "objection to the decision, judged contrary to integration; aimed at four states -> target empty"))
U(d, "For her part, Minister Malcorra reiterated to her Bolivian counterpart", "full member of MERCOSUR.",
  ("Argentina", S, pos, "Bolivia", "support for Bolivia's accession"))
U(d, "In the course of the day, the Minister spoke by telephone with the Secretary General", "adopted by the founding States.",
  ("Organization of American States", S, pos, "", "Almagro's backing reported in the release; aimed at four states -> target empty. The phone call itself is narration"))
U(d, "The Argentine Government reiterates its support for the dialogue", "reached in November.",
  ("Argentina", T, neu, "", "support for a dialogue process + appeal to return to the table: rule 2 before rule 3"))
# "The President of the Nation, Mauricio Macri, was briefed ..." = narration, no row.
