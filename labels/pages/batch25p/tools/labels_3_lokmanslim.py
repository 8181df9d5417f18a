# ------------------------------------------------------------------ The killing of Lokman Slim (Levantine news site, full HTML, 2021-02-05)
d = "page_lebanon_lokmanslim_killing2021_levantsite.html"
# Not statements: top bar, nav, breadcrumb, kicker, headline ("Aoun orders swift probe" carries a position: headline, no row), standfirst,
# byline, captions "1 of 3" etc., ADVERTISEMENT, crossheads, tags, share bar, related, comments, most read, newsletter, footer.
U(d, "BEIRUT — Lokman Slim, the Shiite publisher", "to identify his killers.",
  ("Lebanon", T, neu, "", "long lead: narration of the killing + the president's request for a quick investigation (demand for an inquiry = calling_for_talks, as in batch22a)"))
# "The 58-year-old had been missing ...", "His family had raised the alarm ...", "Slim ran the Umam ..." = narration, no row.
U(d, "Interior Minister Mohammed Fahmi called the killing repugnant", "since the early morning.",
  ("Lebanon", C, neg, "", "judgement of the act; perpetrators unknown -> target empty"))
U(d, "Caretaker Prime Minister Hassan Diab said whoever planned", "the state news agency NNA.",
  ("Lebanon", C, neg, "", "vow to pursue the killers = threatened response (unsure: could be neutral, own conduct); attribution via the state agency"))
U(d, "At a meeting at the Baabda palace, Aoun asked State Prosecutor", "the presidency said.",
  ("Lebanon", T, neu, "", "meeting narrated + the president's request, attribution tail 'the presidency said'"))
# "Army intelligence and the Internal Security Forces opened a joint investigation, a judicial source said." = procedure from an unnamed source, no row.
U(d, "Hezbollah denounced the killing in a short written statement", "score points against it.",
  ("Hezbollah", C, neg, "", "condemns the killing and accuses unnamed rivals of exploiting it; no clear target"))
U(d, "A Hezbollah official, speaking to a local television station", "was slander.",
  ("Hezbollah", N, neg, "", "unnamed official of a named body; denial = neutral, negative (accusers unnamed)"))
U(d, "The Amal Movement of Parliament Speaker Nabih Berri also condemned the killing.", "also condemned the killing.",
  ("Amal Movement", C, neg, "", "condemnation of the act"))
U(d, "In a statement issued by the Future Movement, its leader", "for the past sixteen years.",
  ("Future Movement", C, neg, "", "party statement; accusation by allusion (Hezbollah not named) -> target empty"))
U(d, "Lebanese Forces leader Samir Geagea said the murder showed", "answered to nobody.",
  ("Lebanese Forces", C, neg, "", "judgement of the state's surrender and of unnamed armed men; no single target"))
U(d, "The Kataeb Party called for an international investigation", "who gave the orders.",
  ("Kataeb Party", T, neg, "", "demand for an international inquiry; the reason is a complaint about past inquiries, not a judgement of a named actor (unsure: could be condemning)"))
U(d, "Secretary of State Antony Blinken said Slim had devoted his life", "with exactly that.",
  ("United States", T, neu, "", "praise of the victim + appeal for accountability, no judgement in this sentence"))
U(d, "Attacks on people for what they say and publish were an assault", "the State Department statement said.",
  ("United States", C, neg, "", "attribution tail; judgement of the attack; perpetrators unnamed"))
U(d, "U.S. Ambassador Dorothy Shea wrote on Twitter", "stood with his family.",
  ("United States", S, neg, "", "mourning (negative tone) + solidarity with the family (not an actor) -> target empty (unsure: could be neutral)"))
U(d, "The French foreign ministry said it wanted the full truth", "brought before a court.",
  ("France", T, neu, "", "state adjective + ministry; demand for truth and trial, no judgement"))
U(d, "France's ambassador, Anne Grillo, said the news had left her shaken", "fearful for the country.",
  ("France", N, neg, "", "shock and fear without an appeal = neutral, negative"))
U(d, "The German embassy said Berlin expected the Lebanese authorities", "transparent investigation.",
  ("Germany", T, neu, "Lebanon", "embassy = Germany; Berlin = metonym; expectation of an investigation addressed to Lebanon"))
U(d, "Borgmann has said she wants investigators from outside Lebanon", "involved in the inquiry.",
  ("Monika Borgmann", T, neg, "", "the widow, an independent person under her own name; demand for foreign investigators"))
U(d, "Jan Kubis, the U.N. special coordinator for Lebanon, said", "still produced no results.",
  ("United Nations", T, neg, "Lebanon", "appeal for a fast, open inquiry; the port-inquiry remark is a fact, not a judgement word"))
U(d, "The British embassy said London was ready to offer technical help", "asked for it.",
  ("United Kingdom", S, neu, "Lebanon", "offer of assistance = supporting"))
U(d, "The European Union's ambassador, Ralph Tarraf, said the killing", "decade after decade.",
  ("European Union", C, neg, "Lebanon", "judgement without stock words: impunity tolerated by Lebanon's leaders"))
U(d, "Amnesty International called for an independent inquiry", "left unsolved.",
  ("Amnesty International", T, neg, "Lebanon", "appeal for an inquiry; 'must not be added to the list' is an appeal, no judgement word (unsure)"))
U(d, "Human Rights Watch said the Lebanese authorities had for years failed", "for such killings.",
  ("Human Rights Watch", C, neg, "Lebanon", "judgement: failure to prosecute"))
# "Friends gathered at the family home ..." = narration, no row.
U(d, "\"He was not afraid and he did not hide where he lived", "for nine years.",
  ("Hussein Daher", C, neg, "", "invented colleague; judgement of unnamed killers"))
U(d, "Hanadi Zein, a political scientist at the Levant Institute", "than any threat had.",
  ("Hanadi Zein", N, neg, "", "invented analyst; forecast"))
U(d, "Zein said the state's record of unsolved political killings", "of the new inquiry.",
  ("Hanadi Zein", C, neg, "Lebanon", "judgement of the state's record without stock words"))
U(d, "She urged Lebanon's donors to pay for an independent forensic examination", "of the case.",
  ("Hanadi Zein", T, neu, "", "appeal for an independent examination"))
