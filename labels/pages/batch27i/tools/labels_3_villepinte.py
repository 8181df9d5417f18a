# ------------------------------------------------------------------ France's asset freeze over the Villepinte bomb plot, raised at the UN noon briefing (transcript, 2018-10-02)
d = "page_villepinte_assetfreeze2018_noonbriefing.txt"
# Not statements: header lines, title, date, the transcript note, "Good afternoon.", ** headings, sign-off, footer note.
# "I'll start with an update on Sulawesi." = announcement of the briefing's order, no row.
U(d, "According to Indonesia's National Disaster Management Agency", "more than 61,000 people have been displaced.",
  ("Indonesia", N, neu, "", "state agency gives casualty figures = neutral (the spokesman relays them)"))
U(d, "The Government of Indonesia has said it will accept international assistance", "tents and generators.",
  ("Indonesia", N, neu, "", "acceptance of aid in listed areas = plan/procedure; asking for aid is not supporting"))
U(d, "The Secretary-General spoke by phone this morning with President Joko Widodo", "in every way requested.",
  ("United Nations", S, pos, "Indonesia", "solidarity + offer of support = supporting"))
U(d, "Our humanitarian colleagues tell us that access to Donggala", "only partly restored.",
  ("United Nations", N, neg, "", "UN humanitarian staff describe access problems: facts, no appeal"))
U(d, "The Office for the Coordination of Humanitarian Affairs has deployed", "in Palu.",
  ("United Nations", S, pos, "Indonesia", "team deployed to work with the national authorities = assistance provided (backing by act)"))
U(d, "Turning to Yemen, the Humanitarian Coordinator, Lise Grande, warned today", "beyond the reach of millions of families.",
  ("United Nations", N, neg, "", "alarm without an appeal = neutral, negative"))
U(d, "She said that unless the economy is stabilized and the ports remain open", "to keep commercial imports moving.",
  ("United Nations", T, neg, "", "'She' = Grande carried over; warning + appeal to all parties = calling_for_talks"))
U(d, "On the referendum held on Sunday, the Secretary-General takes note of the results", "State Election Commission.",
  ("United Nations", N, neu, "", "takes note = procedural"))
U(d, "He encourages the political leaders in Skopje to continue to act in a spirit of dialogue", "the process foreseen in it.",
  ("United Nations", T, pos, "", "encouragement of dialogue + hope for implementation = calling_for_talks; Skopje = place/metonym as addressee (North Macedonia not named as actor)"))
U(d, "His Personal Envoy, Matthew Nimetz, remains available to both parties.", "remains available to both parties.",
  ("United Nations", T, neu, "", "mediator's availability = offer of good offices (calling_for_talks)"))
U(d, "The World Health Organization reports that there have now been 162 cases", "including 106 deaths.",
  ("World Health Organization", N, neu, "", "case figures = neutral"))
U(d, "WHO says attacks by armed groups around Beni have forced it", "for several days at a time.",
  ("World Health Organization", N, neg, "", "own suspension of work because of attacks: fact, the attackers unnamed = neutral, negative (unsure: could be condemning with empty target)"))
# "Today is the International Day of Non-Violence ..." = calendar narration, no row.
U(d, "In his message, the Secretary-General says he hopes the Day will remind leaders", "without a single shot being fired.",
  ("United Nations", T, pos, "", "hope for peaceful settlement = calling_for_talks"))
U(d, "The French Government today froze the assets of two Iranian nationals", "in Villepinte in June.",
  ("France", C, neg, "Iran", "in a journalist's question: France's sanctions and accusation, reported = France's act (guide: a position of X reported by Y is X's); the journalist is not an actor"))
# "Stéphane, on France." and "Does the Secretary-General have a reaction?" = the journalist's own words, no row.
# "Spokesman: We've obviously seen the announcement by the French authorities." = acknowledgement, no position, no row.
U(d, "It's not for me to comment on measures that a Member State takes", "are still under way.",
  ("United Nations", N, neu, "", "no comment on a Member State's measures + proceedings under way = procedural"))
U(d, "Spokesman: What I can tell you is that the Secretary-General rejects any plan to commit acts of terrorism", "whoever they are aimed at.",
  ("United Nations", C, neg, "", "rejection of terrorist plots in general = judgement with no actor named -> target empty (unsure: could be read as neutral principle)"))
U(d, "Spokesman: And he would encourage France and Iran to deal with whatever differences", "between them.",
  ("United Nations", T, neu, "", "appeal to both states for diplomacy = calling_for_talks; two addressees -> target empty"))
U(d, "Question: Iran's Foreign Ministry spokesman, Bahram Qasemi, said this morning", "to wreck Iran's relations with Europe.",
  ("Iran", C, neg, "", "relayed in a question; denial + charge that the opposition staged the affair: the accusation decides (rule 1); MEK not a canonical actor -> target empty"))
# "Does the Secretary-General find that credible?" = the journalist's question, no row.
U(d, "Spokesman: I'm not going to get into a back-and-forth between two Member States", "before the courts.",
  ("United Nations", N, neu, "", "declines to comment = neutral"))
U(d, "Question: The National Council of Resistance of Iran has written to the Secretary-General", "on European soil.",
  ("National Council of Resistance of Iran", C, neg, "Iran", "relayed in a question; accusation of 'state terrorism' and a call for pressure = condemning"))
# "Has that letter been received?" = question, no row.
U(d, "Spokesman: I believe it has been received", "answered in the normal way.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "Luc Vandermeulen, a retired Belgian investigating judge", "finally stopped looking away.",
  ("Luc Vandermeulen", S, pos, "", "invented independent voice relayed by the journalist; approval of the arrest (Europe's action), target empty (several states); 'Question: A follow-up.' left outside the unit"))
U(d, "Spokesman: The Vienna Conventions are very clear on the obligations of diplomats", "apply to everyone.",
  ("United Nations", N, neu, "", "restates the law, names no one = neutral"))
U(d, "Spokesman: Beyond that, I would not want to prejudge the outcome", "courts of three countries.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "Spokesman: Not yet, but I expect an allocation to be announced shortly", "as soon as we have it.",
  ("United Nations", N, neu, "", "plan for a funding announcement = neutral"))
U(d, "The Special Envoy is continuing his consultations in the region", "as soon as it can be arranged.",
  ("United Nations", T, neu, "", "envoy's effort to bring parties back to the table = calling_for_talks"))
U(d, "Spokesman: The security of our staff is always a concern", "responsible for security on the ground.",
  ("United Nations", N, neu, "", "concern + contact with authorities, no appeal = neutral"))
U(d, "Spokesman: I think the main thing at the moment is to get water, food and shelter", "as fast as possible.",
  ("United Nations", N, neu, "", "statement of the UN's own priority, no appeal to another party = neutral (unsure: could be calling_for_talks as humanitarian access)"))
