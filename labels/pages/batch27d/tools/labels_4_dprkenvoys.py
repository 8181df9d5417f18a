# ------------------------------------------------------------------ Mexico and Peru expel North Korea's ambassadors (US State Department press briefing, republished with a context box, 2017-09-12)
d = "page_mexico_peru_dprk_envoys2017_pressbriefing.txt"
# Not statements: site banner, breadcrumb, headline, speaker/date lines, posting line, the CONTEXT box's factual paragraph, TRANSCRIPT label, time stamps,
# every QUESTION (a reporter's question is never the spokesperson's statement, nor the position it reports: China's and North Korea's lines in questions get no row),
# greetings and hand-offs ("Good afternoon ...", "Next, the Caribbean.", "And with that ...", "We do.", "No.", "Thanks, everybody."), "Filed under", "More transcripts", copyright.
U(d, "Sun-hee Park, a Korea specialist at the Pacific Forum for Security Studies", "any new sanctions clause.",
  ("Sun-hee Park", N, neu, "", "invented analyst; assessment of the cost to Pyongyang, no judgement or appeal"))
U(d, "Ricardo Almeida, who teaches international relations", "one phone call from Washington.",
  ("Ricardo Almeida", C, neg, "Peru", "invented scholar; judges Lima's step as hasty and dictated from outside (judgement without a stock word)"))
U(d, "First, on behalf of the Secretary and the entire department", "more than 90 people.",
  ("United States", S, pos, "Mexico", "condolences = supporting (solidarity)"))
U(d, "Our thoughts are with the families of those who were killed", "lost their homes.",
  ("United States", S, pos, "Mexico", "continued sympathy, same speaker"))
U(d, "At Mexico's request, USAID has sent a team of disaster specialists", "as the Mexican Government sees fit.",
  ("United States", S, pos, "Mexico", "aid sent and offered = supporting"))
U(d, "Our embassies in the Eastern Caribbean have been working around the clock", "leave St. Maarten.",
  ("United States", N, neu, "", "own consular work and figures = facts"))
U(d, "We have also flown relief supplies into Antigua and Barbuda and Dominica", "keep doing so.",
  ("United States", S, pos, "", "relief supplies delivered = supporting; two states -> target empty"))
U(d, "We welcome the decisions by the governments of Peru and Mexico", "persona non grata.",
  ("United States", S, pos, "", "welcome of two states' steps; two targets -> empty"))
U(d, "These are serious steps by serious countries", "standing in this hemisphere.",
  ("United States", C, neg, "North Korea", "'reckless pursuit ... has a price' = judgement + warning"))
U(d, "These were sovereign decisions made by sovereign governments.", "sovereign governments.",
  ("United States", N, neu, "", "denial that Washington pressed for the expulsions = neutral"))
U(d, "I'm not going to characterize private diplomatic conversations.", "diplomatic conversations.",
  ("United States", N, neu, "", "non-comment"))
U(d, "What I can tell you is that the Vice President, the Secretary and others", "every nation can take.",
  ("United States", C, neg, "North Korea", "talks with partners narrated, but 'the threat the regime poses' is a judgement (unsure: could be neutral narration of meetings)"))
# "The Secretary spoke with Foreign Secretary Videgaray on Friday." = a call narrated, no row.
U(d, "The foreign secretary told him that Mexico would not keep up business as usual", "in defiance of the Council.",
  ("Mexico", C, neg, "North Korea", "Mexico's position relayed by the US spokesperson (reported clause: only Mexico's position); 'the foreign secretary' = Videgaray"))
U(d, "The Secretary thanked him for Mexico's leadership.", "Mexico's leadership.",
  ("United States", S, pos, "Mexico", "'the Secretary' = Tillerson by title; thanks = approval"))
# "We've seen the statement from the Peruvian foreign ministry." = no position, no row.
U(d, "Lima said the North's repeated defiance of the Council", "nuclear program under inspection.",
  ("Peru", C, neg, "North Korea", "Lima = Peru; 'repeated defiance' (judgement) + appeal; rule 1"))
U(d, "We couldn't agree more.", "couldn't agree more.",
  ("United States", S, pos, "Peru", "agreement with Peru's statement = approval"))
U(d, "We encourage all countries that maintain relations with North Korea to cut or downgrade them", "send home its workers.",
  ("United States", C, neg, "North Korea", "call on others to cut ties and close the North's ventures = call for sanctions-like pressure = condemning"))
# "That applies in this hemisphere and beyond." = scope of the previous line, no new position, no row.
U(d, "We have had good conversations with the Brazilians", "their own decisions.",
  ("United States", N, neu, "", "contacts + deferral to Brazil = neutral"))
U(d, "I'd just say that the North Koreans have a habit of blaming everybody else", "brought on themselves.",
  ("United States", C, neg, "North Korea", "rebuttal framed as a judgement of the North"))
U(d, "Nobody ordered Mexico or Peru to do anything.", "to do anything.",
  ("United States", N, neg, "", "denial = neutral, negative tone"))
U(d, "The Council voted 15 to nothing for the strongest sanctions ever imposed", "coming together behind it.",
  ("United States", S, pos, "", "gratitude to the Council members incl. China and Russia = approval; several actors -> target empty"))
U(d, "The resolution caps refined petroleum, bans textile exports", "North Korean laborers overseas.",
  ("United States", N, neu, "", "the resolution's terms given by the spokesperson = facts"))
U(d, "As Ambassador Haley said yesterday, the choice now belongs to the regime", "face more pressure.",
  ("United States", C, neg, "North Korea", "ultimatum (stop or face more pressure) = condemning"))
U(d, "Treasury has the tools and has shown it will use them.", "will use them.",
  ("United States", C, neg, "North Korea", "veiled threat of unilateral sanctions (a threatened response)"))
U(d, "I'm not going to get ahead of any announcements.", "any announcements.",
  ("United States", N, neu, "", "non-comment"))
# "We've seen those comments." = no position, no row.
U(d, "Our position hasn't changed: we remain open to a conversation at the right time", "serious about denuclearization.",
  ("United States", T, neu, "North Korea", "conditional openness to talks = calling_for_talks"))
U(d, "We are not there.", "We are not there.",
  ("United States", N, neu, "", "assessment that the condition is unmet, no judgement word (unsure: could be read with the previous line)"))
# "We've seen the reports." = no position, no row.
U(d, "We support any effort that leads to a peaceful, negotiated return to democracy", "of the Venezuelan people.",
  ("United States", T, pos, "", "backing a negotiated course = calling_for_talks (support for talks, not for an actor)"))
U(d, "But let me be clear: the Maduro regime has used talks before to buy time", "of its powers.",
  ("United States", C, neg, "Venezuela", "accusation of bad faith, jailing opponents = judgement"))
U(d, "Any dialogue has to begin with the release of political prisoners", "respect for the Assembly.",
  ("United States", T, neg, "Venezuela", "conditions for talks, demand addressed to one side, no judgement word = calling_for_talks"))
U(d, "I'm not aware of any request.", "any request.",
  ("United States", N, neu, "", "fact"))
# "We're in touch with a range of Venezuelans." = contacts, folded into the non-answer; no row.
U(d, "We are deeply troubled by the reports coming out of Rakhine State", "all the information we have.",
  ("United States", N, neg, "", "concern with no appeal in this sentence = neutral, negative"))
U(d, "We call on the Burmese security forces to respect the rule of law", "civilians from all communities.",
  ("United States", T, neg, "Myanmar", "appeal to stop violence and protect civilians, no judgement = calling_for_talks; Burmese forces = Myanmar"))
U(d, "And we are providing humanitarian assistance to the people who have fled", "into Bangladesh.",
  ("United States", S, pos, "", "aid provided = supporting; refugees are no actor -> target empty"))
