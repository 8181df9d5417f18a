# ------------------------------------------------------------------ Greenland: Trump's tariff threat and the eight governments' answer (live blog, full HTML, 2026-01-18)
d = "page_greenland_tariffs_arcticendurance2026_liveblog.html"
# Not statements: nav, breadcrumb, headline, standfirst, byline, caption with credit, time stamps, entry labels ("Moscow weighs in", "What the analysts say", "How we got here", "BREAKING: ..."), tags, share bar, comments, most read, footer; the blog's greetings and sign-off.
# "Greenland's premier Jens-Frederik Nielsen posted a short message tonight." = narration before the quote, no row.
U(d, "\"Greenlanders have heard you", "Nielsen wrote.",
  ("Greenland", S, pos, "", "Nielsen named in the sentence before; gratitude to the eight governments = supporting; several targets -> empty"))
U(d, "Kremlin spokesman Dmitry Peskov said the quarrel was a matter between Washington", "how the alliance handled it.",
  ("Russia", N, neu, "", "detached comment, no judgement or appeal = neutral"))
U(d, "EU ambassadors have begun their emergency session, convened by the Cypriot presidency", "the Council.",
  ("European Union", N, neu, "", "a meeting convened as a procedural step of the Council (crisis response), no appeal to parties = neutral (unsure)"))
U(d, "European Commission President Ursula von der Leyen said the Union would defend", "the treaties give us\".",
  ("European Union", C, neg, "United States", "announced defence against 'economic coercion' = a threatened response to the US"))
U(d, "Kirsten Aalund, a senior fellow at the Copenhagen Arctic Policy Centre, said Washington's demands", "a few dozen personnel.",
  ("Kirsten Aalund", C, neg, "United States", "invented analyst; 'no legal basis' = judgement; Washington = the US"))
U(d, "Dr Marcus Feld, who teaches trade law at Leiden University, urged both sides", "set up last week.",
  ("Marcus Feld", T, neu, "", "invented scholar; appeal to both sides to avoid retaliation and use the working group"))
U(d, "Prime Minister Jonas Gahr Støre said Norway would keep talking to Washington", "escalating any further.",
  ("Norway", T, neu, "", "label-first entry; keep talking + stop escalation = calling_for_talks, no judgement"))
U(d, "\"Finland's answer to a tariff letter is a request for a meeting.\" — Prime Minister Petteri Orpo", "Prime Minister Petteri Orpo",
  ("Finland", T, neu, "United States", "quotation with a label and no verb of saying; answer by seeking talks = calling_for_talks"))
# "Denmark, Finland, ... have released a joint statement in answer to the tariff threat." = lead-in before the statement's content, no row (labels/README: summary lines get none).
U(d, "The eight governments said Denmark and the Greenlanders could count on their complete backing.", "their complete backing.",
  ("Finland", S, pos, "Denmark", "joint statement by a list: one row per signatory; backing = supporting"),
  ("France", S, pos, "Denmark", "as above"), ("Germany", S, pos, "Denmark", "as above"),
  ("Netherlands", S, pos, "Denmark", "as above"), ("Norway", S, pos, "Denmark", "as above"),
  ("Sweden", S, pos, "Denmark", "as above"), ("United Kingdom", S, pos, "Denmark", "as above"),
  ("Denmark", S, pos, "Greenland", "Denmark signs too; its backing is for the Greenlanders"))
U(d, "Using customs duties as a lever against allies was a mistake", "the statement said.",
  ("Denmark", C, neg, "United States", "'a mistake that would cost both sides' = judgement on the US threat; one row per signatory"),
  ("Finland", C, neg, "United States", "as above"), ("France", C, neg, "United States", "as above"),
  ("Germany", C, neg, "United States", "as above"), ("Netherlands", C, neg, "United States", "as above"),
  ("Norway", C, neg, "United States", "as above"), ("Sweden", C, neg, "United States", "as above"),
  ("United Kingdom", C, neg, "United States", "as above"))
U(d, "The signatories said the Danish-led Arctic Endurance exercise was defensive", "not on the table.",
  ("Denmark", T, neu, "United States", "defence of own exercise + conditional offer of talks; the offer decides (labels/README)"),
  ("Finland", T, neu, "United States", "as above"), ("France", T, neu, "United States", "as above"),
  ("Germany", T, neu, "United States", "as above"), ("Netherlands", T, neu, "United States", "as above"),
  ("Norway", T, neu, "United States", "as above"), ("Sweden", T, neu, "United States", "as above"),
  ("United Kingdom", T, neu, "United States", "as above"))
U(d, "Prime Minister Ulf Kristersson said Sweden would not be pressured", "in a post on X.",
  ("Sweden", C, neg, "United States", "refusal in protest of pressure = condemning; the attribution tail follows the position"))
U(d, "In a call this morning with his Danish counterpart Mette Frederiksen, Prime Minister Keir Starmer said", "according to a readout from his office.",
  ("United Kingdom", C, neg, "United States", "'a grave error' = judgement; the call with Denmark is narration; second-hand via the readout"))
U(d, "President Emmanuel Macron called the tariff threat an attempt at coercion", "without panic.",
  ("France", C, neg, "United States", "'coercion' = judgement"))
U(d, "France would send further personnel to Greenland in the coming days", "the Élysée said in a statement.",
  ("France", S, neu, "Denmark", "deployment at Denmark's request = backing by act (supporting), attribution tail"))
U(d, "Foreign Minister Lars Løkke Rasmussen told broadcaster DR that Greenland was not for sale", "through pressure.",
  ("Denmark", C, neg, "United States", "rejection of the US demand in protest of pressure = condemning (unsure: could be a neutral statement of position)"))
U(d, "Løkke said the place to discuss American security concerns was the working group", "not social media.",
  ("Denmark", T, neu, "United States", "surname form 'Løkke'; redirect to the working group = calling_for_talks"))
U(d, "On Saturday, President Donald Trump announced a 10% tariff from Feb. 1", "to acquire Greenland.",
  ("United States", C, neg, "", "announced sanctions-like tariffs as an ultimatum = condemning; eight targets -> empty"))
U(d, "The White House said the levies were needed because European deployments", "at risk.",
  ("United States", C, neg, "", "justification that blames the European deployments = judgement on several states -> target empty"))
# "Several of the eight had sent small military teams ..." = background narration, no row.
