# ------------------------------------------------------------------ Israeli strikes on Damascus during the Sweida clashes (live blog, full HTML, 2025-07-16)
d = "page_syria_damascus_liveblog.html"
U(d, "Syria's interior ministry announced a new ceasefire in Sweida", "checkpoints in the city.",
  ("Syria", T, neu, "", "agreeing to / announcing a ceasefire = calling_for_talks; the unnamed group of Druze leaders is not an actor"))
U(d, "UN Secretary-General Antonio Guterres condemned the escalating Israeli air strikes", "in New York.",
  ("United Nations", C, neg, "Israel", "condemnation relayed by the spokesman"))
U(d, "Guterres also called on all sides to protect civilians", "the spokesman said.",
  ("United Nations", T, neu, "", "appeal to all sides, attribution tail"))
U(d, "Saudi Arabia, Qatar, and Jordan issued separate statements condemning", "Syria's sovereignty.",
  ("Saudi Arabia", C, neg, "Israel", "list with Oxford comma + Riyadh (capital as metonym) detail"),
  ("Qatar", C, neg, "Israel", "list with Oxford comma"),
  ("Jordan", C, neg, "Israel", "list with Oxford comma"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit said the attacks showed", "weak and divided.",
  ("Arab League", C, neg, "Israel", "judgement + attributed motive"))
U(d, "US Secretary of State Marco Rubio said Washington was deeply worried", "by the evening.",
  ("United States", T, neg, "", "concern + engagement with all parties toward measures to end the fighting = calling_for_talks"))
U(d, "Tom Barrack, the US ambassador to Turkey and special envoy for Syria, said", "actually holds\".",
  ("United States", T, pos, "", "envoy mediating among Damascus, Israel and Druze leaders; hope for calm"))
U(d, "Turkey's foreign ministry said the Israeli strikes on Damascus amounted to sabotage", "in December.",
  ("Turkey", C, neg, "Israel", "judgement ('sabotage'); Assad only mentioned"))
U(d, "Foreign Minister Hakan Fidan told Barrack in a phone call", "Turkish diplomatic sources said.",
  ("Turkey", T, neg, "", "demand that Israel's attacks and the clashes stop, no judgement word: calling_for_talks (labels/README); aimed at two things -> target empty; 'Turkish diplomatic sources' tied to a named government"))
U(d, "The foreign ministry in Damascus condemned what it called a flagrant aggression", "of the escalation.",
  ("Syria", C, neg, "Israel", "'foreign ministry in Damascus' = Syria; holds Israel fully responsible"))
U(d, "Syria's health ministry said at least one person was killed", "strikes on the capital.",
  ("Syria", N, neu, "", "casualty figure, no blame in the sentence"))
U(d, "An Israeli military spokesperson told reporters that some units were being moved", "border with Syria.",
  ("Israel", N, neu, "", "own deployment, no judgement"))
U(d, "The military also urged Israeli citizens not to approach or cross the border fence", "earlier in the day.",
  ("Israel", N, neu, "", "'The military' by context; safety advice to own citizens, not an appeal for peace: neutral"))
U(d, "Defence Minister Israel Katz wrote on X that Israel would keep hitting", "withdraw from Sweida.",
  ("Israel", C, neg, "Syria", "ultimatum / announced continuation of strikes against government forces"))
U(d, "Prime Minister Benjamin Netanyahu said Israel was acting to stop", "heavy weapons.",
  ("Israel", C, neg, "Syria", "justification that accuses Syria's forces of harming the Druze; unsure, could be neutral (stated aim of own operation)"))
U(d, "The Israeli military said it had struck the entrance", "headquarters in Damascus.",
  ("Israel", N, neu, "", "own strike reported as done, no judgement = neutral (guide)"))
U(d, "Syria's interior ministry said government forces had come under fire overnight", "announced on Tuesday.",
  ("Syria", C, neg, "", "blame for breaking the truce; 'outlaw groups' non-canonical -> target empty"))
U(d, "Sheikh Hikmat al-Hijri, who rejected Tuesday's truce, accused government forces", "of the province.",
  ("Hikmat al-Hijri", C, neg, "Syria", "Druze spiritual leader speaking for himself / his followers; accusation"))
U(d, "The Syrian Observatory for Human Rights, a Britain-based monitor, said", "since Sunday.",
  ("Syrian Observatory for Human Rights", N, neu, "", "death toll, no blame"))
U(d, "The ministry said Ankara would keep standing by the Syrian government", "the country's communities.",
  ("Turkey", S, pos, "Syria", "'The ministry' by context, Ankara = capital as metonym; backing for the Syrian government"))
U(d, "Qatar's foreign ministry also reaffirmed its full support", "unity and civil peace.",
  ("Qatar", S, pos, "Syria", "backing for the Syrian government's efforts"))
