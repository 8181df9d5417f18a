# ------------------------------------------------------------------ US withdrawal from the Paris climate agreement (European English-language site, full HTML, 2017-06-02)
d = "page_paris_withdrawal_eurosite.html"
U(d, "BRUSSELS – Germany, France and Italy told Donald Trump", "nation on earth.",
  ("Germany", C, neg, "United States", "long lead: three states reject renegotiation (refusal of a proposed format in protest) with Trump's withdrawal as narration; one row per listed state"),
  ("France", C, neg, "United States", "same list"),
  ("Italy", C, neg, "United States", "same list"))
U(d, "Trump argued that the accord left American workers", "rest of the world.",
  ("United States", C, neg, "", "Trump (president) judges the deal as a giveaway and names China and India: several actors -> target empty"))
U(d, "He said Washington would start negotiations", "fair to Americans.",
  ("United States", T, neu, "", "'He' = Trump; offer of (conditional) negotiations = calling_for_talks; Washington = metonym inside reported speech"))
# "The move puts the United States alongside Syria and Nicaragua ..." background narration: no row
# "Reaction in Europe's capitals was swift and unusually coordinated." summary line: no row
U(d, "In a three-way statement released late on Thursday", "could pick.",
  ("Germany", C, neg, "United States", "joint statement = one row per signatory state; 'not a menu from which one signatory could pick' = judgement without stock words aimed at the US"),
  ("France", C, neg, "United States", "joint statement, same"),
  ("Italy", C, neg, "United States", "joint statement, same"))
U(d, "The three leaders pledged to step up their own help", "money for adaptation.",
  ("Germany", S, pos, "", "offer of aid to poorer countries = supporting; no single recipient -> target empty"),
  ("France", S, pos, "", "same"),
  ("Italy", S, pos, "", "same"))
U(d, "Merkel's spokesman, Steffen Seibert, wrote on Twitter", "hold to its commitments.",
  ("Germany", C, neg, "United States", "spokesman on social media: disappointment told to Trump = judgement of the decision (rule 1 over the own commitment)"))
U(d, "On Friday Merkel went further", "slow Germany down.",
  ("Germany", C, neg, "United States", "'a serious error' = judgement"))
U(d, "\"Germany will do its share", "she said.",
  ("Germany", N, pos, "", "own commitment, no actor judged = neutral, positive tone"))
U(d, "Macron, who had spoken with Trump by phone", "future of the planet.",
  ("France", C, neg, "United States", "'took note' + 'would damage' = judgement; long sentence with narration (the phone call, the address)"))
U(d, "In Rome, Gentiloni posted that Italy's commitment", "in full.",
  ("Italy", N, pos, "", "leader on social media: own commitment = neutral; Rome = place"))
# "The decision overshadowed a summit in Brussels ..." narration: no row
U(d, "European Commission President Jean-Claude Juncker told a business conference", "would not follow.",
  ("European Union", C, neg, "United States", "Commission = EU; 'badly mistaken choice'; Washington = metonym; Li is only in the audience"))
U(d, "Miguel Arias Cañete, the EU's climate commissioner", "left by the United States.",
  ("European Union", S, pos, "", "more climate finance for vulnerable nations = aid offered; the US is only mentioned"))
U(d, "Li, speaking at the same event", "step by step.",
  ("China", N, pos, "", "surname only (premier); own pledge = neutral, positive"))
U(d, "European Council President Donald Tusk said at the close", "steadiness.",
  ("European Union", S, pos, "China", "solidarity with and thanks to Beijing (metonym) = supporting"))
U(d, "The planned joint text was not published", "held it up.",
  ("European Union", N, neu, "", "unnamed officials of a named body speak for it; procedural explanation = neutral"))
U(d, "A day earlier, before Trump spoke, Chinese foreign ministry spokeswoman Hua Chunying", "chose to do.",
  ("China", N, pos, "", "own commitment, no judgement"))
U(d, "At the United Nations in New York, a spokesman for Secretary-General", "curb greenhouse gases.",
  ("United Nations", C, neg, "United States", "'a heavy blow' = judgement of the US move; New York = place"))
U(d, "He said the Secretary-General hoped Washington would stay engaged", "outside the formal accord.",
  ("United Nations", T, pos, "United States", "hope for continued engagement and cooperation = calling_for_talks"))
U(d, "Downing Street said Prime Minister Theresa May", "stick to the agreement.",
  ("United Kingdom", C, neg, "United States", "Downing Street = metonym for the PM's office; disappointment told to Trump (judgement) + own commitment: rule 1"))
U(d, "In Tokyo, the government said it regretted the decision", "through the G7.",
  ("Japan", C, neg, "United States", "'the government' resolved by the place (Tokyo); 'regretted' = judgement"))
U(d, "Canada's environment minister, Catherine McKenna, said Ottawa", "federal position.",
  ("Canada", N, neu, "", "own plan to cooperate with sub-national partners; no judgement; Ottawa = metonym"))
U(d, "Fiji's Prime Minister Frank Bainimarama", "to think again.",
  ("Fiji", T, neg, "United States", "sadness + appeal to reconsider, no judgement word = calling_for_talks, negative tone (chair-designate of COP23 speaking as Fiji's PM)"))
# "Vladimir Putin struck a different note." summary line: no row
U(d, "Asked about the withdrawal at an economic forum in St Petersburg", "takes full effect.",
  ("Russia", T, neu, "", "declined to criticise + appeal to all sides to work out an arrangement = calling_for_talks; St Petersburg = place"))
U(d, "In Washington, a senior administration official", "fairer arrangement.",
  ("United States", T, neu, "", "unnamed official of a named government; readiness to talk = calling_for_talks"))
U(d, "Scott Pruitt, head of the Environmental Protection Agency", "telling it to.",
  ("United States", N, neg, "", "denial of isolation = neutral, negative tone"))
U(d, "Climate Action Network Europe, which groups more than 150", "its own citizens.",
  ("Climate Action Network Europe", C, neg, "United States", "NGO network under its own name; 'chosen to isolate' + 'short-term politics ahead of safety' = judgement; White House = metonym"))
# "Several US governors and dozens of mayors ..." vague, unnamed: no row
# The unnamed think-tank researcher and his quote: not an actor, no row
# Emission target, the embassy rally, captions, comments: no rows
