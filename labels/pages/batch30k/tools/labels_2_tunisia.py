# ------------------------------------------------------------------ Tunisia: the 6 Oct 2024 presidential election, Saied re-elected, rival Zammel in jail (UK-style live blog, full HTML, 2024-10-07)
d = "page_tunisia_zammel_election2024_liveblog.html"
# Not statements: nav, breadcrumb, headline, standfirst, byline, updated stamp, key events list, every entry's time stamp and <h3> label, captions, ADVERTISEMENT, share bar, comments count, related, footer.
# "Good morning and welcome ..." and "An exit poll aired on state television last night ..." = narration (the poll has no actor), no row.
U(d, "Speaking at his campaign headquarters shortly after midnight, the president told supporters", "rather than its end.",
  ("Tunisia", N, pos, "", "'the president' by title only; framing of his own win = self-description, neutral, positive"))
U(d, "\"We will not take lessons from anyone abroad", "the state news agency TAP.",
  ("Tunisia", C, neg, "", "pre-emptive rebuff of foreign critics ('in remarks carried by the state news agency'); critics unnamed -> target empty (unsure: could be neutral)"))
U(d, "The campaign of Ayachi Zammel, the businessman who has been held", "had been released.",
  ("Ayachi Zammel", N, neg, "", "the campaign speaks for the candidate; dismissing a poll = rejecting a claim, no judgement yet (neutral, negative)"))
U(d, "\"These numbers were written before the polls opened,\"", "counting centres in the south.",
  ("Ayachi Zammel", C, neg, "Tunisia", "campaign spokesman (unnamed official of a named campaign); accusation of a pre-written count and obstruction"))
U(d, "The third candidate, Zouhair Maghzaoui of the People's Movement, has also cast doubt", "exit poll.",
  ("People's Movement", N, neg, "", "doubt, no judgement on an actor"))
U(d, "His party said in a statement it would wait for the official count", "to stay calm.",
  ("People's Movement", T, neu, "", "waiting + appeal to its members for calm = calling_for_talks (unsure: an appeal to its own members)"))
U(d, "The National Salvation Front, the opposition coalition that urged a boycott, says", "the only result that matters.",
  ("National Salvation Front (Tunisia)", N, neg, "", "reading of the turnout; the judgement comes in the next quote"))
U(d, "\"Three Tunisians in four stayed at home;", "in the capital.",
  ("National Salvation Front (Tunisia)", C, neg, "Tunisia", "judgement on the president's mandate without stock words; leader speaks for the front"))
U(d, "In Ettadhamen, a working-class district west of Tunis, Mourad Tlili,", "not owned by somebody\".",
  ("Mourad Tlili", S, pos, "Tunisia", "invented witness (voter) under his own name; praise of the president = supporting"))
U(d, "Tlili said he hoped the second term would bring down bread prices", "before anything else.",
  ("Mourad Tlili", N, pos, "", "hope about prices, not about fighting or calm -> neutral, positive"))
U(d, "Amnesty International said the vote had taken place against a backdrop of arrests", "the electoral authority's decisions.",
  ("Amnesty International", C, neg, "Tunisia", "accusation (arrests, courts stripped of review) = condemning"))
U(d, "Human Rights Watch, in a note to reporters, said the exclusion", "no real choice.",
  ("Human Rights Watch", C, neg, "Tunisia", "judgement without stock words"))
# "Our correspondent Salma Ferchichi spoke to Nadia Kchouk ..." = narration, no row.
U(d, "\"The outcome tells us less about Saied's popularity", "Kchouk said.",
  ("Nadia Kchouk", C, neg, "Tunisia", "invented analyst; 'how carefully the field was cleared' = judgement on the authorities"))
U(d, "She added that Tunisia's partners should press for the release", "simply sending congratulations.",
  ("Nadia Kchouk", T, neg, "", "appeal to partners to press for release, no explicit judgement (the dig at congratulations is implicit)"))
U(d, "The powerful UGTT labour union, which did not endorse any candidate, said", "silencing critics.",
  ("Tunisian General Labour Union", C, neg, "Tunisia", "respect for the vote + warning that no mandate justifies silencing critics = judgement on the government (rule 1) (unsure)"))
U(d, "The Independent High Authority for Elections (ISIE) has just announced", "Maghzaoui 1.97%.",
  ("Tunisia", N, neu, "", "the election authority is a state body -> Tunisia; results = neutral"))
U(d, "ISIE chairman Farouk Bouasker told a news conference that turnout", "as transparent.",
  ("Tunisia", N, pos, "", "figure + self-praise of the process = neutral, positive"))
U(d, "Zammel's lawyer, speaking outside the court in Manouba, said", "in handcuffs\".",
  ("Ayachi Zammel", C, neg, "Tunisia", "lawyer speaks for his client; planned challenge + judgement on being made to run from jail"))
U(d, "Algeria's President Abdelmadjid Tebboune: \"Warm congratulations", "today as always.\"",
  ("Algeria", S, pos, "Tunisia", "live-blog label + quotation, no verb; congratulations and solidarity"))
U(d, "Egypt's presidency said Abdel Fattah al-Sisi had called Saied", "between the two countries.",
  ("Egypt", S, pos, "Tunisia", "congratulations + offer of cooperation = supporting; the call is reported by the presidency"))
U(d, "Libya's Presidential Council head Mohamed al-Menfi sent his own message", "stability and prosperity.",
  ("Libyan Presidential Council", S, pos, "Tunisia", "congratulations by act (message sent); wish for stability in a peaceful country is not an appeal"))
U(d, "The EU has taken note of the preliminary results,", "Nabila Massrali said.",
  ("European Union", N, neu, "", "'taken note' = procedural"))
U(d, "Massrali said the bloc regretted the narrowing of democratic space", "all political actors.",
  ("European Union", C, neg, "Tunisia", "regret aimed at the authorities' acts (a judgement) + appeal: rule 1 -> condemning; spokesperson by surname, 'the bloc'"))
U(d, "State department spokesman Matthew Miller, asked about the result", "excluded several candidates.",
  ("United States", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "He said Washington would keep talking to the Tunisian government", "and the economy.",
  ("United States", T, neu, "Tunisia", "continued dialogue with one party = calling_for_talks"))
U(d, "The foreign ministry in Tunis, in a statement on its Facebook page, rejected", "its internal affairs.",
  ("Tunisia", C, neg, "", "rejecting foreign statements as interference = rejection in protest; several foreign actors -> target empty"))
# "That's it from us for tonight. ..." = narration, no row.
