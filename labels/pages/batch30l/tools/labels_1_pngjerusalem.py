# ------------------------------------------------------------------ PNG opens its embassy in Jerusalem (wire copy, 2023-09-06)
d = "page_png_jerusalem_embassy2023_wire.txt"
# Not statements: menu, time stamp, headline, byline, read time, crossheads, ADVERTISEMENT, credits, Our Standards, Related, tags, most read.
U(d, "Papua New Guinea became the fifth country to open an embassy", "wrong side of international law.",
  ("Papua New Guinea", S, pos, "Israel", "dateline excluded; the opening reported as done = backing Israel by act"),
  ("Palestine", C, neg, "Papua New Guinea", "reported clause: the ministry's judgement (no stock word) is Palestine's"))
# "Prime Minister James Marape cut the ribbon ..." = narration of the ceremony (the act is already the lead's row), no row.
U(d, "Marape told the ceremony his government had weighed", "natural home for its envoy.",
  ("Papua New Guinea", S, pos, "Israel", "surname only; justification of the move toward Israel"))
U(d, "\"We did not come here by accident", "stand with Israel in votes at the United Nations.",
  ("Papua New Guinea", S, pos, "Israel", "quote + 'adding' pledge of UN votes = backing"))
U(d, "Netanyahu thanked his guest", "lacked the nerve to make.",
  ("Israel", S, pos, "Papua New Guinea", "thanks and praise; the swipe at 'larger nations' names no one"))
U(d, "Israel would cover the rent of the mission", "Post-Courier newspaper in Port Moresby.",
  ("Israel", S, pos, "Papua New Guinea", "Israel's offer reported by Marape = Israel providing support ('was quoted as saying'; the paper is not an actor)"),
  ("Papua New Guinea", N, neu, "", "Marape gives the arrangement as a fact"))
U(d, "The Israeli prime minister's office said the two leaders had discussed", "open an embassy of its own in Port Moresby.",
  ("Israel", S, pos, "Papua New Guinea", "cooperation projects and a reciprocal embassy offered = supporting; the meeting itself is narration"))
U(d, "Foreign Minister Eli Cohen said on X that the Pacific", "more capitals would follow.",
  ("Israel", S, pos, "", "approval of Pacific states' moves toward Israel; aimed at a region -> target empty"))
# "Most governments keep their embassies ..." and "The United States, Guatemala, Honduras and Kosovo ..." = background, no row.
U(d, "In Ramallah, the Palestinian foreign ministry said the opening was a hostile act", "annexation of the holy city.",
  ("Palestine", C, neg, "Papua New Guinea", "accusation of complicity, no stock word; Ramallah = place"))
U(d, "The ministry said it would take the matter to the United Nations", "official WAFA news agency.",
  ("Palestine", C, neg, "Papua New Guinea", "'according to a statement carried by' WAFA; announced legal and diplomatic response = threatened response"))
U(d, "Wasel Abu Youssef, a member of the PLO executive committee", "\"bought with a promise of free rent\".",
  ("Palestine", C, neg, "Papua New Guinea", "PLO official = Palestine (PLO is an alias of Palestine); 'was quoted as saying'; accusation of being bought"))
U(d, "Hamas said in a statement that the Pacific state", "the theft of Jerusalem.",
  ("Hamas", C, neg, "Papua New Guinea", "veiled threat ('bear the consequences') + accusation"))
U(d, "The Jeddah-based Organisation of Islamic Cooperation said", "called on Papua New Guinea to reverse it.",
  ("Organisation of Islamic Cooperation", C, neg, "Papua New Guinea", "declaring the move legally void is a judgement; the demand to reverse does not soften it (rule 1)"))
U(d, "Jordan's foreign ministry spokesperson, Sufian Qudah, said the kingdom rejected", "breach of Security Council resolutions.",
  ("Jordan", C, neg, "Papua New Guinea", "'rejected any step' + 'breach' aimed at the opening"))
U(d, "Qudah said Amman had also conveyed its position", "through its embassy in Canberra.",
  ("Jordan", N, neu, "", "surname only; procedural line on how the position was passed"))
U(d, "An Arab League official said the organisation's secretary-general", "negotiated settlement.",
  ("Arab League", C, neg, "Papua New Guinea", "an official of a named body; 'regretted the decision' = judgement, then an appeal (rule 1)"))
U(d, "In Jakarta, the foreign ministry said Indonesia's support for the Palestinian cause", "\"as neighbours do, in private.\"",
  ("Indonesia", S, neu, "Palestine", "support for Palestine restated; raising it privately with PNG is no judgement (unsure: could be calling_for_talks)"))
U(d, "Malaysia's foreign minister, Zambry Abdul Kadir, told reporters", "commitment to decolonisation.",
  ("Malaysia", C, neg, "Papua New Guinea", "'disappointing', 'out of step' = judgement without stock words"))
U(d, "In Washington, a State Department spokesperson said the United States respected", "where to place its missions.",
  ("United States", N, neu, "", "neither approval nor criticism of the move: procedural/principled line (unsure: could be supporting PNG)"))
U(d, "The spokesperson added that Washington still wanted", "resolved by the parties themselves.",
  ("United States", T, neu, "", "'the spokesperson' carried over; wish for a negotiated settlement = calling_for_talks"))
U(d, "Australia, Papua New Guinea's closest partner, said its own embassy", "stay in Tel Aviv.",
  ("Australia", N, neu, "", "own plans, no judgement"))
U(d, "\"Our position on Jerusalem is settled and has not moved,\"", "decision of another government.",
  ("Australia", N, neu, "", "quote closed by the spokesperson of the foreign minister; declines to comment"))
U(d, "At home, Marape's office rejected claims", "other partners offered.",
  ("Papua New Guinea", N, neg, "", "denial = neutral, negative tone"))
U(d, "Marape's office said in a statement that the government had acted", "no vote of parliament was needed.",
  ("Papua New Guinea", N, neu, "", "procedural/legal line about its own conduct"))
U(d, "Mihai Kalinowski, a Pacific affairs analyst", "two of its larger trading partners.",
  ("Mihai Kalinowski", N, neu, "", "invented analyst; forecast without judgement"))
U(d, "\"It is a statement of identity more than of foreign policy", "Kalinowski said.",
  ("Mihai Kalinowski", N, neu, "", "reading of motives; 'read the room well' is description, not support"))
U(d, "Rachel Ben-Ami, who teaches international law", "did not change sovereignty.",
  ("Rachel Ben-Ami", C, neg, "Papua New Guinea", "invented scholar; 'legally hollow' = judgement of the step"))
U(d, "\"Israel should not mistake symbols for recognition", "Ben-Ami said.",
  ("Rachel Ben-Ami", C, neg, "", "warning to Israel and PNG both -> target empty"))
