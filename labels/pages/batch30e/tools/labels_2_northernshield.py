# ------------------------------------------------------------------ Israel's Operation Northern Shield against Hezbollah tunnels, Lebanese reactions (Lebanese national daily, full HTML, 2018-12-05)
d = "page_lebanon_northernshield_tunnels2018_daily.html"
# Not statements: top bar, masthead, nav, breadcrumb, headline, standfirst, byline, figcaptions with credits and "2 of 3",
# ADVERTISEMENT, crossheads, related and most-read lists, share bar, newsletter prompt, copyright line, footer.
U(d, "Lebanon's top officials moved Tuesday to contain the fallout", "to follow developments on the ground closely.",
  ("Lebanon", N, neu, "", "dateline 'BEIRUT: ' excluded; lede: the president's order to monitor = a procedural measure, no judgement, no appeal"))
# "In a series of telephone calls from Baabda Palace ... the president reviewed the information ..." = calls narrated, no position: no row.
U(d, "The presidency said in a statement that Lebanon would not allow its southern border", "with the United Nations peacekeepers.",
  ("Lebanon", C, neg, "Israel", "'used as a pretext for aggression' = accusation aimed at Israel's operation (unsure: could be read as reassurance, neutral)"))
U(d, "The president also instructed the Foreign Ministry to brief the ambassadors", "on Lebanon's position.",
  ("Lebanon", N, neu, "", "procedural instruction; the president, by title only = Lebanon"))
U(d, "The prime minister-designate, in remarks carried by his media office", "airspace and territorial waters.",
  ("Lebanon", C, neg, "Israel", "commitment to 1701 + accusation of Israel: the accusation decides"))
U(d, "He called on the international community to restrain Israel", "above the ground or beneath it.\"",
  ("Lebanon", T, neg, "Israel", "appeal to restrain Israel and prevent escalation, no judgement word; quote opened after 'adding:' in the same sentence"))
U(d, "He also asked the United Nations to verify the Israeli claims", "handed out by the Israeli army.",
  ("Lebanon", T, neu, "", "asks the UN to verify through UNIFIL = pursuing the UN route (calling_for_talks, as an inquiry request)"))
U(d, "The speaker of Parliament said the Israeli army had so far produced nothing", "for Israel's domestic audience.",
  ("Lebanon", C, neg, "Israel", "the speaker (title only) = Lebanon (Berri is an alias of Lebanon in the name files); 'a show staged' = judgement without stock words"))
U(d, "The foreign minister, speaking to reporters at the ministry, said Beirut would file", "pressed ahead with its complaint.",
  ("Lebanon", C, neg, "Israel", "counter-complaint announced over 'repeated breaches' = a measure + accusation"))
U(d, "\"We record Israeli violations every single day", "the minister said.",
  ("Lebanon", C, neg, "Israel", "accusation of daily violations; 'the minister' = the foreign minister"))
U(d, "The Army Command said in a statement on its website that its units", "in coordination with UNIFIL.",
  ("Lebanon", N, neu, "", "the army speaks for its state; readiness and coordination = plans, no threat against a named side"))
U(d, "It said troops had reinforced their positions near Kfar Kila", "Mais al-Jabal.",
  ("Lebanon", N, neu, "", "'It' = the Army Command; own deployment as fact"))
# "Hezbollah made no official comment Tuesday." = non-answer, no row.
U(d, "Hezbollah lawmaker Hassan Fadlallah told Al-Manar television", "drawn into his games.",
  ("Hezbollah", C, neg, "Israel", "accuses the Israeli prime minister of a headline hunt = judgement; a party MP speaks for the party"))
U(d, "In Israel, Prime Minister Benjamin Netanyahu said the tunnels amounted", "would come to regret it.",
  ("Israel", C, neg, "Hezbollah", "'open assault on Israel's borders' + threat; the tunnels are Hezbollah's (lede)"))
U(d, "The Israeli army said its troops were working only on the Israeli side", "of the border fence.",
  ("Israel", N, neu, "", "own operation described as fact, no judgement"))
U(d, "US National Security Adviser John Bolton said Washington stood firmly behind", "to protect its territory.",
  ("United States", S, pos, "Israel", "backing of Israel's operation"))
U(d, "Bolton said Iran and its proxies must be held to account", "posed to the region.",
  ("United States", C, neg, "Iran", "surname only; 'held to account' = judgement; target Iran (the proxies not named)"))
U(d, "UNIFIL said its commander, Major General Stefano Del Col, had met", "to keep the situation calm.",
  ("United Nations", T, neu, "", "UN mission = United Nations; meetings with both sides + appeal for calm"))
U(d, "In New York, UN spokesman Stephane Dujarric said the peacekeepers", "to exercise maximum restraint.",
  ("United Nations", T, neu, "", "the Secretary-General's appeal for restraint relayed by his spokesman"))
U(d, "In remarks carried by Russian news agencies, the Russian Foreign Ministry said it hoped", "along the Blue Line.",
  ("Russia", T, neu, "", "hope that no escalation follows = calling_for_talks; the agencies are not actors"))
U(d, "France's Foreign Ministry said it was following events closely", "with both governments.",
  ("France", N, neu, "", "monitoring and contacts, no appeal = neutral"))
U(d, "The European Union's foreign service said it expected all sides to abide", "in full.",
  ("European Union", T, neu, "", "appeal to all sides to respect the ceasefire resolution, no judgement"))
U(d, "Iran's Foreign Ministry spokesman Bahram Ghasemi was quoted by the IRNA news agency", "fresh aggression against Lebanon.",
  ("Iran", C, neg, "Israel", "second-hand attribution ('was quoted ... as saying'); 'pretext for fresh aggression' = judgement"))
U(d, "Karim Saade, a senior fellow at the Levant Centre for Policy Research", "below the threshold of war.",
  ("Karim Saade", N, neu, "", "invented analyst; assessment of both sides' interests, no position"))
U(d, "\"The danger is a miscalculation on the ground", "Saade said.",
  ("Karim Saade", T, neg, "", "appeal to use the tripartite meetings now = calling_for_talks"))
U(d, "In Kfar Kila, Hussein Atwi, a grocer whose shop overlooks the border wall", "at work since dawn.",
  ("Hussein Atwi", N, neu, "", "invented witness; what he saw = fact"))
U(d, "\"We are not afraid, but nobody here wants another 2006,\" Atwi said.", "Atwi said.",
  ("Hussein Atwi", T, neg, "", "wish that no war comes = hope for calm (unsure: could be neutral)"))
