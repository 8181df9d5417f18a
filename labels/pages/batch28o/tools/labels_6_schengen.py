# ------------------------------------------------------------------ Austria's Schengen veto on Romania and Bulgaria; explainer (2022-12-12)
d = "page_austria_schengen_veto2022_explainer.txt"
# Not statements: brand, menu, kicker, headline, standfirst, byline, date, read time, [Image: ...] caption with credit,
# the Q&A question headings ("What happened?", "Why did Austria say no?", "How has Romania reacted?", "And Bulgaria?",
# "What does Brussels say?", "Who else weighed in?", "What do experts think?", "What happens next?"), Related, tags,
# newsletter prompt, most read, copyright.
U(d, "At a meeting of EU interior ministers in Brussels on Thursday, Austria vetoed the entry", "without passport checks.",
  ("Austria", C, neg, "", "a veto blocking two candidates = refusing a party/step (a measure against Romania and Bulgaria): two targets -> empty (unsure: could be neutral procedure, but Austria's stated grievance follows)"))
U(d, "The Netherlands also opposed Bulgaria's entry.", "Bulgaria's entry.",
  ("Netherlands", C, neg, "Bulgaria", "opposing a candidate's entry on grounds given later (corruption) = refusal in protest"))
# "Croatia, which joined the EU six years after the two, was admitted unanimously ..." = outcome narrated, no row.
# "Decisions on Schengen enlargement require the backing of every member state ..." = background, no row.
U(d, "Interior Minister Gerhard Karner argued that the bloc's external border was failing", "make the problem worse.",
  ("Austria", C, neg, "European Union", "judges the EU's external border regime as failing = a judgement without a stock word (target: the bloc)"))
U(d, "Austria has registered more than 100,000 asylum applications this year", "never registered.",
  ("Austria", N, neu, "", "figures + a claim attributed 'according to Vienna' = facts given by the actor"))
U(d, "\"This has nothing to do with Bucharest or Sofia.", "Karner told reporters after the vote.",
  ("Austria", C, neg, "European Union", "denial of targeting the two + a judgement of Schengen ('the hole'): the judgement decides (unsure: target the EU system)"))
U(d, "Chancellor Karl Nehammer, of the same conservative People's Party, has defended the veto", "a credible plan for the external borders.",
  ("Austria", C, neg, "", "keeping the veto until a condition is met = a continued refusal with a grievance; targets several -> empty"))
U(d, "President Alexander Van der Bellen said on Friday that the veto was a mistake", "to punish Romania and Bulgaria.",
  ("Austria", C, neg, "", "the head of state judges his own government's veto a mistake (like a congressman criticising his administration): condemning, target empty (the actor's own state)"))
U(d, "Romania's foreign ministry recalled its ambassador in Vienna, Emil Hurezeanu, for consultations on Friday", "to receive a protest.",
  ("Romania", C, neg, "Austria", "'With anger.' precedes in the paragraph (the outlet's summary); ambassador recalled + Austrian envoy summoned = diplomatic measures"))
U(d, "Foreign Minister Bogdan Aurescu said Vienna had treated a partner in a way", "feel the effects.",
  ("Romania", C, neg, "Austria", "judgement without a stock word + a warning of consequences"))
U(d, "Prime Minister Nicolae Ciuca said Romania had met every technical condition", "hostage to its domestic politics.",
  ("Romania", C, neg, "Austria", "'held the whole bloc hostage' = an accusation of Austria (the 'single government')"))
U(d, "\"Romania has done its homework.", "win a positive vote next year.",
  ("Romania", N, neu, "", "self-praise + a plan to keep working with partners = neutral (no appeal for talks with the adversary stated, no new judgement beyond the jab) (unsure: 'Others have not done theirs' could read as condemning)"))
# "Sofia's reaction was more restrained." = a summary line before specific statements: no row.
U(d, "President Rumen Radev said the decision was unfair to Bulgarian citizens", "Vienna and The Hague.",
  ("Bulgaria", C, neg, "", "'unfair' judgement + a call for calm and talks: rule 1 (judgement first); aimed at two capitals -> target empty"))
U(d, "Interior Minister Ivan Demerdzhiev said Bulgaria had done everything that was asked of it", "its border with Turkey.",
  ("Bulgaria", T, neu, "", "self-description + an invitation to Dutch and Austrian experts to inspect = an offer of engagement (calling_for_talks)"))
# "The Dutch objection concerns corruption and the rule of law in Bulgaria." = the outlet's explanation, no row.
U(d, "Prime Minister Mark Rutte told the Dutch parliament that his government would only agree", "met the conditions in practice.",
  ("Netherlands", N, neu, "", "a conditional position on procedure (new evaluation) with no judgement in the unit = neutral"))
# "The European Commission has said for years that both countries are ready." = background, vague: no row.
U(d, "Home Affairs Commissioner Ylva Johansson told reporters after the meeting", "long since met the criteria.",
  ("European Union", S, neg, "", "disappointment + backing the candidates' readiness = support for Romania and Bulgaria (two -> target empty); negative tone"))
U(d, "Commission President Ursula von der Leyen said Romania and Bulgaria had earned their place", "to reach a decision.",
  ("European Union", S, pos, "", "backing both candidates + continued work: supporting (two targets -> empty)"))
U(d, "Czech Interior Minister Vit Rakusan, who chaired the meeting, said the presidency", "no unanimity had been found.",
  ("European Union", N, neg, "", "the Czech minister speaks as chair of the Council presidency = the EU body (guide: a minister speaking as chair speaks for the body); regret without a judgement = neutral"))
U(d, "Germany's Interior Minister Nancy Faeser had argued at the meeting for all three countries to join.", "to join.",
  ("Germany", S, pos, "", "backing the three candidates = supporting (several -> target empty)"))
U(d, "Italy's Interior Minister Matteo Piantedosi said the two countries had been treated shabbily", "meeting every condition.",
  ("Italy", C, neg, "", "'treated shabbily' = a judgement of the veto (its authors not named in the unit -> target empty)"))
U(d, "Croatian Prime Minister Andrej Plenkovic welcomed his country's admission", "to follow soon.",
  ("Croatia", S, pos, "", "welcome of own admission + pledge to help the two = supporting"))
U(d, "Hungary's Foreign Minister Peter Szijjarto said both countries should have been admitted.", "should have been admitted.",
  ("Hungary", S, neu, "", "backing the two candidates, no judgement stated = supporting"))
U(d, "Andreea Stanciu, a researcher at the Bucharest Centre for European Policy", "than with border statistics.",
  ("Andreea Stanciu", C, neg, "Austria", "invented researcher; imputes an electoral motive to the veto = a judgement"))
U(d, "\"Vienna has turned a technical file into a campaign poster", "Stanciu said.",
  ("Andreea Stanciu", C, neg, "Austria", "surname only; judgement without a stock word"))
U(d, "She added that Bucharest should resist calls for a boycott of Austrian companies", "on both sides.",
  ("Andreea Stanciu", T, neu, "Romania", "'She' = Stanciu; advice to avoid escalation = calling_for_talks"))
U(d, "Markus Feldner, a migration analyst at the Vienna Institute for International Affairs", "the wrong tool.",
  ("Markus Feldner", C, neg, "Austria", "invented analyst; grants the concerns but calls the veto 'the wrong tool' = judgement"))
U(d, "\"The people who come through the Balkans do not come through Romania.", "before the quarrel damaged economic ties.",
  ("Markus Feldner", T, neu, "", "argument + appeal to both capitals to restore their ambassadors = the appeal is the point (the argument is not a judgement of an actor) (unsure: could be condemning)"))
# "The file can return to the ministers at any time, but diplomats expect ..." = unnamed diplomats, no row.
# "Romania's ambassador has not yet returned to Vienna." = narration, no row.
