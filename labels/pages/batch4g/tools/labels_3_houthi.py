# ------------------------------------------------------------------ Houthi missile near Ben Gurion (AFP-style wire, 2025-05-05)
d = "page_houthi_bengurion_wire.txt"
U(d, "Israel threatened on Sunday to retaliate against Yemen's Huthi rebels", "service to Tel Aviv.",
  ("Israel", C, neg, "", "lead sentence: threat against the Houthis and their Iranian backers (two targets -> empty); the airlines are unnamed here"))
U(d, "The Israeli military said the ballistic missile landed", "access road.",
  ("Israel", N, neu, "", "army = state; facts"))
U(d, "Magen David Adom, Israel's emergency medical service,", "running for shelter.",
  ("Magen David Adom", N, neu, "", "casualty figures, own actor in the name files"))
U(d, "Air, road and rail traffic resumed within about an hour,", "Airports Authority said.",
  ("Israel", N, neu, "", "state authority; attribution tail"))
U(d, "Prime Minister Benjamin Netanyahu, who convened his security cabinet after the strike,", "of its choosing.",
  ("Israel", C, neg, "", "threat against the Houthis and 'patrons in Tehran' (two targets -> empty)"))
U(d, "\"The Huthis will learn again what it costs to fire at the State of Israel,\"", "video message.",
  ("Israel", C, neg, "Houthis", "threat without stock words"))
U(d, "Defence Minister Israel Katz warned that the rebels would", "in Tel Aviv.",
  ("Israel", C, neg, "Houthis", "'the rebels' = Houthis; threat; Tel Aviv = place"))
U(d, "The Iran-backed Huthis claimed the strike,", "at the airport.",
  ("Houthis", N, neu, "", "claiming own strike as done, no judgement = neutral"))
U(d, "Their military spokesman, Yahya Saree, announced what he called a comprehensive air blockade", "war in Gaza ended.",
  ("Houthis", C, neg, "Israel", "announced operation / threat"))
U(d, "Saree urged foreign airlines to cancel all flights", "televised statement.",
  ("Houthis", C, neg, "Israel", "warning to airlines = implied threat against flights to Israel (unsure; the appeal is addressed to airlines)"))
U(d, "Lufthansa said its group, which includes Swiss, Austrian and Brussels Airlines,", "passengers and crews\".",
  ("Lufthansa", N, neu, "", "company decision, no judgement; the subsidiaries are part of the group"))
U(d, "Air France said it had cancelled its Paris–Tel Aviv flights", "day by day.",
  ("Air France", N, neu, "", "company decision"))
U(d, "Israel's flag carrier El Al said it would keep flying", "stranded abroad.",
  ("El Al", N, neu, "", "company plans; not a state body"))
U(d, "In Washington, a State Department spokesperson said the United States \"stands firmly with Israel\"", "attacks from Yemen.",
  ("United States", S, pos, "Israel", "unnamed spokesperson of a named government; backing, no judgement in this sentence"))
U(d, "US strikes on Huthi targets, under way since mid-March,", "the spokesperson added.",
  ("United States", C, neg, "Houthis", "continuing military operation announced against the other side"))
U(d, "Iran rejected any link to the attack early on Monday.", "early on Monday.",
  ("Iran", N, neg, "", "denial"))
U(d, "Its foreign ministry said in a statement that the repeated claims of Iranian involvement", "support of Gaza.",
  ("Iran", N, neg, "", "'Its foreign ministry'; denial ('baseless') = neutral"))
U(d, "The ministry also condemned the US bombing campaign in Yemen", "country's sovereignty.",
  ("Iran", C, neg, "United States", "'The ministry' (context: Iran)"))
U(d, "Hamas praised the strike as a \"courageous response\"", "Telegram channel.",
  ("Hamas", S, pos, "Houthis", "praise of the Houthis' act"))
U(d, "The UN special envoy for Yemen, Hans Grundberg, said he was deeply worried", "maximum restraint.",
  ("United Nations", T, neg, "", "concern + appeal"))
U(d, "The military said it was investigating why its interceptors", "bring down the missile.",
  ("Israel", N, neu, "", "own investigation"))
