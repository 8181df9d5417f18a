# ------------------------------------------------------------------ Human Rights Council rejects renewal of the Group of Eminent Experts on Yemen (UN meetings coverage, 2021-10-07)
d = "page_hrc_yemen_experts_vote2021_unmeetings.txt"
# Not statements: site header, breadcrumb, meeting lines, document symbol, date, headline, subheadline, crossheads, "For use of the information media", Related, follow line, copyright.
U(d, "The Human Rights Council this afternoon rejected a draft resolution", "all parties to the conflict.",
  ("United Nations", N, neu, "", "dateline excluded; the Council's decision reported as done = a procedural act of the UN body (the vote), no evaluation"))
U(d, "The recorded vote, requested by Bahrain, was 18 in favour", "7 abstentions.",
  ("Bahrain", N, neu, "", "requesting a recorded vote = a procedural act; the figures are narration"))
# "It was the first time since the Council's creation ..." = narration, no row.
U(d, "Introducing draft resolution L.1 on behalf of a core group", "written down and named.",
  ("Netherlands", S, pos, "United Nations", "'the representative of the Netherlands'; praise of the Group's reports = approval of a UN body; the core group is narrated, the speaker's position is the Netherlands' (unsure: the listed co-sponsors could each get a row)"))
U(d, "He said the text was balanced, addressed every party", "informal consultations.",
  ("Netherlands", N, pos, "", "'He' = the Dutch representative; defence of own text, self-description"))
U(d, "\"Letting this mandate lapse would tell those who commit abuses", "urging members to vote in favour.",
  ("Netherlands", T, neg, "", "warning + appeal to vote for the accountability mechanism; no judgement of a named actor = calling_for_talks (unsure: could be neutral as a procedural vote appeal)"))
U(d, "The representative of Bahrain, speaking as a member of the Coalition", "cooperated with it in good faith.",
  ("Bahrain", N, pos, "", "own conduct described (cooperation in good faith) = self-praise, neutral"))
U(d, "The Group, however, had strayed far from its terms of reference", "2216, he said.",
  ("Bahrain", C, neg, "United Nations", "judgement of the UN experts' group: exceeded mandate, legitimised the Houthis; attribution tail; speaker carried over"))
U(d, "He said Bahrain therefore called for a vote and would vote against the text", "the right path.",
  ("Bahrain", C, neg, "", "voting against a mandate in protest, after the grievance is given = refusal in protest (labels/README); the alternative is narrated (unsure: could be neutral as a vote)"))
U(d, "Speaking as the country concerned, the representative of Yemen said", "answering for it.",
  ("Yemen", C, neg, "Houthis", "own openness (self-praise) joined to an accusation of the Houthis by describing their attacks = condemning"))
U(d, "The Group's mandate had become an obstacle", "needed, he said.",
  ("Yemen", C, neg, "United Nations", "judgement of the mandate as an obstacle, no stock word"))
U(d, "The representative of the United Kingdom said his country would vote in favour.", "vote in favour.",
  ("United Kingdom", S, pos, "United Nations", "announces a vote for the mandate = backing by act"))
U(d, "Parties to a conflict should not be in a position to decide", "respect for the law.",
  ("United Kingdom", C, neg, "", "veiled judgement of the coalition states' campaign (no one named) -> target empty (unsure: could be neutral as an argument)"))
U(d, "The representative of Germany, speaking on behalf of the European Union member States", "the Houthis and the coalition.",
  ("European Union", S, pos, "United Nations", "speaking for the EU members of the Council = the bloc's line (unsure: could be Germany); praise of the Group's rigour + support"))
U(d, "The representative of the Russian Federation said his delegation would vote against.", "would vote against.",
  ("Russia", N, neu, "", "announced vote, no reason in this sentence = neutral procedural line"))
U(d, "Country-specific mandates imposed without the consent", "should not become a court.",
  ("Russia", C, neg, "", "judgement ('counterproductive and politicised') of country mandates in general -> target empty"))
U(d, "The representative of China said his country opposed the use of human rights issues", "vote against the draft.",
  ("China", C, neg, "", "opposition to 'pressure' on developing countries = judgement aimed at the sponsors (not named) -> target empty"))
U(d, "The representative of Venezuela said her delegation rejected selective country mandates", "would vote against.",
  ("Venezuela", C, neg, "", "rejects selective mandates on principle = judgement, no target"))
U(d, "The representative of Mexico said his delegation would vote in favour, and called on all parties", "ports and roads.",
  ("Mexico", T, neu, "", "vote in favour + appeal for a ceasefire and humanitarian access; no judgement = calling_for_talks"))
U(d, "The representative of Libya said his country would vote against, expressing support", "restore State institutions.",
  ("Libya", S, pos, "Yemen", "support for Yemen's government (supporting); the vote against is the means"))
U(d, "The representative of Indonesia said his delegation would abstain", "depended on food aid.",
  ("Indonesia", N, neg, "", "abstention + concern with no appeal = neutral, negative"))
U(d, "Following the vote, the representative of the Netherlands said his delegation deeply regretted", "deeply regretted the outcome.",
  ("Netherlands", C, neg, "", "'regretted' aimed at the vote's outcome = judgement (guide: 'regrettable'); no single actor -> target empty"))
U(d, "The victims in Yemen had been let down today", "what message it sent.",
  ("Netherlands", C, neg, "", "judgement of the states that campaigned against (not named) -> target empty"))
U(d, "The representative of Saudi Arabia, speaking as an observer, welcomed the result", "comprehensive political settlement.",
  ("Saudi Arabia", T, pos, "", "welcome joined to support for the envoy's peace efforts: the peace appeal decides (rule 2 before rule 3; labels/README: welcome with a peace appeal)"))
# "The United States, which participates in the Council as an observer, had no vote." = narration, no row.
U(d, "Its representative said Washington was disappointed by the outcome", "on the international agenda.",
  ("United States", C, neg, "", "'Its representative' = the US; disappointment at the outcome = negative judgement of the vote (unsure: could be neutral as regret without a target)"))
U(d, "In a statement read to the press after the meeting, a spokesperson for the Office of the High Commissioner", "under its existing mandate.",
  ("United Nations", N, neu, "", "OHCHR notes the decision; plans, procedural line"))
# "Earlier in the day, the Council concluded its panel discussion ..." is the first sentence of the paragraph; the unit below starts at Lina Mrad.
U(d, "Lina Mrad, professor of international humanitarian law", "on every side would read.",
  ("Lina Mrad", C, neg, "", "invented scholar; judgement of closing an investigative body mid-war ('signal of impunity'), no actor named"))
U(d, "Another panellist, Samir Al-Awlaqi, a Yemeni lawyer", "carry their testimony to Geneva.",
  ("Samir Al-Awlaqi", S, pos, "United Nations", "invented lawyer; praise of the Group's role for families = approval"))
U(d, "\"Who will they give it to now?\"", "he asked.",
  ("Samir Al-Awlaqi", N, neg, "", "rhetorical lament with no judgement of an actor and no appeal (unsure: could be condemning)"))
# "The Council will resume its work on Friday ..." = schedule, no row.
