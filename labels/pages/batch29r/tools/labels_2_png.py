# ------------------------------------------------------------------ PNG: police fire on UPNG student marchers (live blog, 2016-06-08)
d = "page_png_upng_shooting2016_liveblog.html"
# Not statements: nav, breadcrumb, headline, standfirst, byline, caption, share bar, entry labels ("Wellington weighs in", "Amnesty International", "Canberra", "Eyewitness", "United Nations", "Analysis"), time stamps, ADVERTISEMENT, tags, newsletter, comments, most read, footer.
# "We are closing this live coverage for today." = blog furniture, no row.
U(d, "New Zealand's foreign minister Murray McCully said", "looked at properly.",
  ("New Zealand", T, neg, "Papua New Guinea", "dismay (alarm, no explicit judgement) + appeal for a proper inquiry -> calling_for_talks, negative (unsure: condemning)"))
U(d, "McCully said New Zealand had offered assistance", "should the PNG government want it.",
  ("New Zealand", S, pos, "Papua New Guinea", "offer of police assistance = supporting"))
U(d, "\"Firing live rounds at students carrying placards is indefensible.", "in a statement.",
  ("Amnesty International", C, neg, "Papua New Guinea", "quotation with its speaker after a dash; 'indefensible' + charges demanded"))
# "The prime minister's statement in full has now been released." = blog narration, no row.
U(d, "Peter O'Neill says no student died and blames", "for the violence.",
  ("Papua New Guinea", C, neg, "", "denial + blame on 'outsiders' (non-canonical) = judgement decides"))
U(d, "\"What happened today was organised from outside the campus", "the prime minister said.",
  ("Papua New Guinea", C, neg, "", "'the prime minister' = O'Neill; accusation against the organisers, not a named actor -> target empty"))
U(d, "He announced an inquiry into the unrest on the campus", "paying for the student boycott.",
  ("Papua New Guinea", N, neu, "", "announced inquiry = plan/procedure"))
U(d, "\"Mothers and fathers should sit down with their sons and daughters", "O'Neill said.",
  ("Papua New Guinea", T, neg, "", "appeal for calm to parents; 'those who are using them' is a hint of blame but no named actor (unsure: condemning)"))
U(d, "Julie Bishop, Australia's foreign minister: \"Calm heads are needed", "without being harmed.\"",
  ("Australia", T, neu, "", "live-blog form with no verb of saying; calm + peaceful protest"))
U(d, "Bishop said Canberra had let Port Moresby know", "at the university.",
  ("Australia", S, pos, "Papua New Guinea", "offer of help = supporting (consular check is neutral detail)"))
U(d, "The opposition leader, Don Polye, told parliament that four students", "its own children.",
  ("Triumph Heritage Empowerment Party", C, neg, "Papua New Guinea", "opposition leader speaks for his party; accusation against the government"))
# "The government rejected that figure within the hour." -> row
U(d, "The government rejected that figure within the hour.", "The government rejected that figure within the hour.",
  ("Papua New Guinea", N, neg, "", "denial of the death toll = neutral, negative"))
U(d, "A spokesman for the prime minister said reports of deaths", "\"false and irresponsible\".",
  ("Papua New Guinea", N, neg, "", "denial; 'irresponsible' aimed at reports, not an actor (unsure: condemning of the opposition)"))
# "Mary Tovue, a third-year law student ... spoke to us by phone from the campus." = narration, no row.
U(d, "\"We had a petition and nothing else.", "Tovue said.",
  ("Mary Tovue", C, neg, "Papua New Guinea", "invented witness; describing police attacks on unarmed students = accusation (rule 4)"))
U(d, "Tovue said the students would not go back to class", "stepped aside.",
  ("Mary Tovue", C, neg, "Papua New Guinea", "boycott in protest until the PM resigns = refusal in protest (unsure: target could be empty)"))
U(d, "Police commissioner Gari Baki has spoken.", "acted to protect life.",
  ("Papua New Guinea", C, neg, "", "police commissioner = state; blames a crowd that tried to burn barracks and justifies the shooting (target non-canonical)"))
U(d, "Baki said an internal investigation would examine", "he said.",
  ("Papua New Guinea", N, neu, "", "procedure + reassurance about own conduct"))
U(d, "Secretary-General Ban Ki-moon appealed for calm", "his spokesman said in New York.",
  ("United Nations", T, neu, "Papua New Guinea", "appeal for calm + right of assembly, second-hand via spokesman"))
U(d, "The UN in Port Moresby said its agencies were ready", "with medical supplies.",
  ("United Nations", S, pos, "Papua New Guinea", "offer of medical supplies = supporting"))
# "Port Moresby General Hospital says it is treating at least 17 people ..." = a hospital giving figures: not a canonical actor, no row. "There is still no confirmation ..." = blog narration.
U(d, "The US embassy has issued a security message", "monitor local media.",
  ("United States", N, neu, "", "travel advice to own citizens = procedural"))
U(d, "Dr Simon Kerema, a lecturer in politics at the Divine Word University, told us", "Kerema said.",
  ("Simon Kerema", C, neg, "Papua New Guinea", "invented analyst; 'worst possible answer' = judgement without stock words"))
U(d, "Kerema said the only way out was for both sides", "as go-betweens.",
  ("Simon Kerema", T, neu, "", "mediation appeal"))
U(d, "The Catholic Bishops Conference of Papua New Guinea and Solomon Islands asked", "keep their weapons holstered.",
  ("Catholic Bishops Conference of Papua New Guinea and Solomon Islands", T, neu, "", "appeal for talks and police restraint, no judgement"))
U(d, "The University of Papua New Guinea says it has gone to court", "on its campuses.",
  ("University of Papua New Guinea", N, neu, "", "a legal step announced, no evaluation"))
U(d, "The Pacific Islands Forum secretary general, Dame Meg Taylor", "and their families.",
  ("Pacific Islands Forum", S, neg, "", "condolences/sympathy = supporting (solidarity), sad tone"))
U(d, "Transparency International PNG said the violence showed", "instead of in the streets.",
  ("Transparency International PNG", C, neg, "Papua New Guinea", "judgement on institutions + demand that the PM face court"))
# "Reports are coming in of gunfire ..." and "Students had gathered early ..." = narration, no row.
