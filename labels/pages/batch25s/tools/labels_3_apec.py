# ------------------------------------------------------------------ APEC Port Moresby ends without a communique (Pacific news site, full HTML, 2018-11-19)
d = "page_apec_portmoresby2018_pacificsite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, captions with credits and
# "1 of 3", ADVERTISEMENT, crossheads, Related, tags, share bar, the readers' comments, most read, footer.
# "Asia-Pacific leaders left Port Moresby on Sunday without agreeing ..." = narration lede, no actor takes a position, no row.
U(d, "Prime Minister Peter O'Neill, chairing the leaders' meeting, said", "on which members had agreed.",
  ("Asia-Pacific Economic Cooperation", N, neu, "", "the host leader speaking as chair of the leaders' meeting speaks for the body (guide); plan for a chair's statement"))
U(d, "\"Twenty-one economies agreed on a great deal in this room", "closing media conference.",
  ("Asia-Pacific Economic Cooperation", N, pos, "", "chair's upbeat account of the outcome, no stance on an actor"))
U(d, "Foreign Minister Rimbink Pato, who chaired the ministers' meeting, said", "acceptable to every delegation.",
  ("Asia-Pacific Economic Cooperation", N, neg, "", "Pato as chair of the ministers' meeting explains the failure; no one blamed"))
# "Officials said the sticking point was ..." = unnamed officials with no tie to a state or body, no row.
U(d, "A spokesman for Pato said four Chinese officials had turned up", "asking to discuss the draft.",
  ("Papua New Guinea", N, neu, "", "reported clause: only the spokesman's account is a statement; the Chinese officials turning up is an act, not a position (no China row)"))
U(d, "The minister had said no because the chair of the talks", "the spokesman said.",
  ("Papua New Guinea", N, neu, "", "'the spokesman' again; refusal of a meeting for a procedural reason, no protest = neutral"))
U(d, "Pato himself later brushed the episode aside", "worth a diplomatic quarrel.",
  ("Papua New Guinea", N, neu, "", "playing an incident down = neutral"))
U(d, "China's director-general for international economic affairs, Wang Xiaolong, denied", "force their way into the office.",
  ("China", N, neg, "", "denial = neutral, negative"))
U(d, "Wang said the Chinese delegation had worked closely", "steering a complicated week.",
  ("China", S, pos, "Papua New Guinea", "praise of the host"))
U(d, "In Beijing on Monday, a Chinese foreign ministry spokesperson said", "on everyone else.",
  ("China", C, neg, "", "unnamed official of a named ministry; blame on 'one member' (not named) -> target empty"))
# "The divide was on display on Saturday ..." = narration naming Xi and Pence, no row.
U(d, "Xi told the CEO summit that countries building tariff walls", "towards harm.",
  ("China", C, neg, "", "judgement aimed at unnamed countries -> target empty"))
U(d, "Pence said the tariffs Washington had already imposed", "the way it traded.",
  ("United States", C, neg, "China", "sanctions kept and threatened = condemning"))
U(d, "He told partners in the region that American financing came without hidden strings", "parts of the room.",
  ("United States", C, neg, "China", "'He' = Pence; a jab at Chinese lending (the target is given by the outlet's gloss; unsure)"))
U(d, "Pence also said the United States would join Australia and Papua New Guinea", "on Manus Island.",
  ("United States", S, pos, "", "backing by act (base redevelopment with two partners) -> target empty"))
U(d, "Australia, Japan, New Zealand and the United States announced on Sunday", "electricity by 2030.",
  ("Australia", S, pos, "Papua New Guinea", "joint announcement by a list of states: one row per state; aid = supporting"),
  ("Japan", S, pos, "Papua New Guinea", "listed state"),
  ("New Zealand", S, pos, "Papua New Guinea", "listed state"),
  ("United States", S, pos, "Papua New Guinea", "listed state"))
U(d, "O'Neill, speaking as prime minister, thanked the four partners", "had ever touched.",
  ("Papua New Guinea", S, pos, "", "as prime minister (not as chair) = PNG; thanks to four states -> target empty"))
U(d, "Australian Prime Minister Scott Morrison said he hoped", "within the WTO's rules.",
  ("Australia", T, pos, "", "hope for a negotiated settlement, both powers -> target empty"))
U(d, "Japan's Prime Minister Shinzo Abe urged both Washington and Beijing", "at the same table.",
  ("Japan", T, neu, "", "appeal to both to keep talking -> target empty"))
U(d, "New Zealand Prime Minister Jacinda Ardern said she was disappointed", "an agreed text.",
  ("New Zealand", N, neg, "", "disappointment aimed at no actor = neutral, negative"))
U(d, "Canadian Prime Minister Justin Trudeau told reporters", "future of the WTO.",
  ("Canada", N, neu, "", "account of the retreat"))
U(d, "Chile's President Sebastián Piñera, whose country hosts APEC next year", "consensus again.",
  ("Chile", T, pos, "", "hope for consensus next year"))
U(d, "Malaysia's veteran Prime Minister Mahathir Mohamad said the quarrel", "to ransom.",
  ("Malaysia", C, neg, "", "judgement on both powers -> target empty"))
U(d, "\"Papua New Guinea pulled off the logistics", "in Port Moresby.",
  ("Maria Kopi", S, pos, "Papua New Guinea", "invented scholar; praise of the host"))
U(d, "Kopi said smaller members risked being squeezed", "competing plans.",
  ("Maria Kopi", N, neg, "", "risk assessment"))
U(d, "Tom Garroway, director of the Sydney-based Pacific Futures Institute, said", "clean up afterwards.",
  ("Tom Garroway", C, neg, "", "invented analyst; judgement on both delegations -> target empty"))
U(d, "\"Washington and Beijing need to sort out a working arrangement", "he said.",
  ("Tom Garroway", T, neg, "", "appeal to both to settle on trade"))
# "Leaders were driven between venues in a fleet of imported luxury cars ..." = narration, no row. Comments: no rows.
