# ------------------------------------------------------------------ 'Great March of Return', first days (UN meetings coverage by a UN-beat outlet, 30 March 2018, updated 2 April 2018)
d = "page_gaza_return_march_unmeetings.txt"
# No rows: skip link, masthead, menu, section path, meeting line, update line, headline, subheadline, byline, share bar,
# crossheads (BRIEFING, STATEMENTS, OUTSIDE THE CHAMBER, SINCE THE MEETING), meeting times, "* *** *", related coverage,
# tags, newsletter prompt, most read, disclaimer, footer.
# Summary paragraphs: "Meeting in an emergency session ..." (the official's warning and the members' division in summary),
# "The meeting, called at Kuwait's request ..." and "Israel, which had asked that it be postponed, did not take the floor."
# (narration of the procedure), "Several speakers called for an investigation. Others stressed ..." (summary lines): no rows.
U(d, "TAYÉ-BROOK ZERIHOUN, Assistant Secretary-General for Political Affairs, said that, according to the Ministry of Health in Gaza", "by live ammunition.",
  ("Hamas", N, neu, "", "figures of the Ministry of Health in Gaza (= Hamas, name files) relayed by the UN official: X's position reported by Y is X's; the briefer takes no position in this sentence"))
U(d, "The Israel Defense Forces had said that demonstrators rolled burning tyres", "he said.",
  ("Israel", N, neg, "", "the IDF = Israel; account of own fire and of the demonstrators' acts, reported by the briefer (attribution tail 'he said'); no judgement word on a named actor (unsure: 'main instigators' could be read as an accusation)"))
U(d, "He said Hamas leaders had announced that the protests", "keep them peaceful.",
  ("Hamas", N, neu, "", "Hamas's plan reported inside the briefer's sentence = Hamas neutral; 'He' (the UN official) takes no position here"))
U(d, "\"We fear that what we saw today may be only the beginning.", "he said.",
  ("United Nations", T, neg, "", "multi-sentence quote closed by 'he said'; fear + appeal to protect civilians and children = calling_for_talks (no judgement)"))
U(d, "He reminded Israel of its obligations under international human rights", "examined by the authorities.",
  ("United Nations", T, neg, "Israel", "demand addressed to one side with no judgement word = calling_for_talks"))
U(d, "While the Council was meeting, Deputy Spokesman Farhan Haq issued a statement", "civilians in danger.",
  ("United Nations", T, neg, "", "spokesperson note = UN (the Secretary-General); call for an inquiry + appeal to all = calling_for_talks"))
U(d, "MANSOUR AYYAD ALOTAIBI (Kuwait) said his delegation had requested the meeting", "on their own land.",
  ("Kuwait", C, neg, "Israel", "accusation by describing the shooting of unarmed demonstrators = condemning; Israel by context (named as 'the occupying Power' in the next unit)"))
U(d, "\"These were families, students, old men with flags.", "he said.",
  ("Kuwait", C, neg, "Israel", "three-sentence quote closed by its speaker; 'the occupying Power' = Israel"))
U(d, "He said Kuwait had circulated a draft press statement", "able to support it.",
  ("Kuwait", T, pos, "", "draft calling for an investigation and restraint + hope = calling_for_talks"))
U(d, "WALTER MILLER (United States) said his country mourned the lives lost", "in the days ahead.",
  ("United States", T, neg, "", "grief + appeal for calm to both sides = calling_for_talks"))
U(d, "He said those who used the protests as a shield for violence", "innocent people.",
  ("United States", C, neg, "", "'He' = Miller; accusation of unnamed organisers (Hamas implied, not named) = condemning, target empty"))
U(d, "FRANÇOIS DELATTRE (France) voiced concern at the number of casualties", "demonstrate peacefully.",
  ("France", T, neg, "Israel", "concern + appeal to one side (restraint), no judgement = calling_for_talks"))
U(d, "The representative of the United Kingdom said her delegation was deeply troubled", "following the situation closely.",
  ("United Kingdom", N, neg, "", "role only, no name; concern without an appeal = neutral, negative"))
U(d, "SACHA SERGIO LLORENTTY SOLÍZ (Bolivia) said the disproportionate force", "held to account.",
  ("Bolivia", C, neg, "Israel", "'disproportionate', 'grave violation' + accountability = condemning; 'the occupying Power' = Israel"))
U(d, "Speaking in his national capacity, the Council President, KAREL VAN OOSTEROM (Netherlands)", "avoid further escalation.",
  ("Netherlands", T, neu, "", "the President speaking in his national capacity = Netherlands, not the Council; Israel's right + proportionality + appeal to all, no judgement = calling_for_talks"))
U(d, "The representatives of Peru, Kazakhstan and Côte d'Ivoire also voiced concern", "calm and dialogue.",
  ("Peru", T, neg, "", "list of three delegations in one sentence = one row each; concern + appeal"),
  ("Kazakhstan", T, neg, "", "same list"),
  ("Ivory Coast", T, neg, "", "same list; Côte d'Ivoire = Ivory Coast (name files)"))
U(d, "RIYAD MANSOUR, Permanent Observer for the State of Palestine, said Israel had carried out the deliberate killing", "demanding their rights.",
  ("Palestine", C, neg, "Israel", "accusation of deliberate killing = condemning"))
U(d, "He said President Mahmoud Abbas had declared Saturday a national day of mourning", "for the bloodshed.",
  ("Palestine", C, neg, "Israel", "Abbas's position reported by Mansour: same actor (Palestine), one row; 'fully responsible' = condemning"))
U(d, "Mansour asked the Council to provide international protection", "Palestinian people.",
  ("Palestine", T, neg, "", "surname only; request for protection of civilians = calling_for_talks"))
# "Israel did not speak." = narration (no row).
U(d, "In a letter circulated to Council members before the meeting", "pushed to the front.",
  ("Israel", C, neg, "Hamas", "its Permanent Representative's letter = Israel; 'held Hamas responsible' = condemning"))
U(d, "Daniel Ostrowski, who has followed the Council for two decades", "had stalled.",
  ("Daniel Ostrowski", N, neg, "", "independent analyst; assessment of the Council, no judgement of an actor"))
U(d, "\"A press statement is the lowest bar the Council has.", "he said.",
  ("Daniel Ostrowski", N, neg, "", "two-sentence quote closed by 'he said'; dynamics and consequences, no judgement"))
U(d, "Leila Haddad-Morton, who studies Gaza at the London-based Levant Policy Forum", "far heavier toll.",
  ("Leila Haddad-Morton", N, neg, "", "independent researcher; scenario and risks"))
U(d, "\"Hamas gains whether the march succeeds or whether people die", "she said.",
  ("Leila Haddad-Morton", N, neg, "", "two-sentence quote; reading of both sides' interests and the risk (unsure: could be read as criticism of both; no judgement word, so neutral)"))
U(d, "She said, however, that shooting unarmed people hundreds of metres from the fence", "whoever had organised them.",
  ("Leila Haddad-Morton", C, neg, "Israel", "judgement without stock words ('could not be squared with any reading of the law'); the shooter is Israel by context"))
# "The Council ended the day without a statement." = narration (no row).
U(d, "On Saturday, diplomats said the United States had blocked the draft press statement", "circulated by Kuwait.",
  ("United States", N, neg, "", "a specific act reported by unnamed diplomats (not actors themselves): blocking a text with no judgement stated = neutral, like objecting to a participant (labels/README); Kuwait as object"))
U(d, "Prime Minister Benjamin Netanyahu on Saturday praised the soldiers", "without hesitation.",
  ("Israel", N, pos, "", "praise of one's own soldiers and a resolve to defend = self-praise / own posture = neutral, positive (no other actor judged)"))
U(d, "Defence Minister Avigdor Lieberman on Sunday ruled out an investigation", "required of them.",
  ("Israel", C, neg, "", "refusal of an inquiry with a grievance stated ('sanctimonious') = condemning; the critics are several (target empty)"))
U(d, "Hamas, which acknowledged that five of the dead belonged to its armed wing", "peaceful demonstrators.",
  ("Hamas", C, neg, "Israel", "acknowledgement + accusation through its spokesman (Barhoum = Hamas, name files) in one sentence = one row; the accusation decides"))
U(d, "European Union foreign policy chief Federica Mogherini said on Saturday", "protected its border.",
  ("European Union", T, neg, "Israel", "call for an independent inquiry + expectation addressed to Israel, no judgement word = calling_for_talks"))
