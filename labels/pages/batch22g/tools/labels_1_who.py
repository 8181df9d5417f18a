# ------------------------------------------------------------------ US exit from the WHO (international wire copy, 2020-07-08)
d = "page_who_withdrawal_wire.txt"
# No row: headline, byline, photo captions "[Photo N of 3]" with credits, ADVERTISEMENT, crossheads, "Related:", credits,
# Trust Principles, topics, newsletter prompt, Most read, copyright.
U(d, "The Trump administration has sent the United Nations formal notice", "in the middle of a pandemic.",
  ("United States", N, neu, "World Health Organization", "dateline excluded; long lead: the formal notice of withdrawal is a procedure, no judgement in the sentence = neutral"),
  ("China", C, neg, "United States", "same sentence: 'accused Washington of walking away' = condemning; Washington = metonym (object)"))
U(d, "A State Department official said the notice had been handed", "began on Monday.",
  ("United States", N, neu, "", "unnamed official of a named government speaks for it; procedure and dates"))
U(d, "Stephane Dujarric, Guterres's spokesman, told reporters", "treated as valid.",
  ("United Nations", N, neu, "", "SG's spokesman = United Nations; checking the conditions = procedure"))
# No row: "The United States is the WHO's biggest single funder ..." (narration, figures from no actor).
U(d, "The decision showed once again that Washington was ready to tear up", "regular briefing in Beijing.",
  ("China", C, neg, "United States", "judgement without stock words, attribution tail; Beijing = place"))
U(d, "\"At a moment when developing countries need every bit of help", "Zhao said.",
  ("China", C, neg, "United States", "multi-sentence quote closed by its speaker (surname only) = one unit; judgement"))
U(d, "He urged other governments to stand behind the agency", "response to the virus.",
  ("China", S, pos, "World Health Organization", "pronoun subject = Zhao; appeal to back the WHO with money = supporting the agency"))
U(d, "Trump announced the break in the Rose Garden on May 29", "other health causes around the world.",
  ("United States", C, neg, "World Health Organization", "specific statement recalled: accusation that the WHO bent to Beijing (Beijing as object)"))
U(d, "\"We asked for changes, they refused to act on them", "without taking questions.",
  ("United States", C, neg, "World Health Organization", "the break announced with blame = a measure taken against another side"))
U(d, "Secretary of State Mike Pompeo said in June that the funds", "already under way.",
  ("United States", N, neu, "", "plans and procedure, no judgement"))
# No row: "Trump had frozen U.S. funding in April and in a May 18 letter ..." (background narration of earlier steps; kept as context).
# No row: "The WHO itself said little on Tuesday." (summary line, no position).
U(d, "An official at the agency's Geneva headquarters confirmed", "would not go further.",
  ("World Health Organization", N, neu, "", "unnamed official of a named body = WHO; confirmation without comment"))
U(d, "Tedros, who has avoided trading blows with the White House", "would carry on.",
  ("World Health Organization", T, pos, "United States", "hope that collaboration with the US continues = calling_for_talks (hope, no judgement)"))
U(d, "\"We have lived through budget cuts before", "where the virus was spreading.",
  ("World Health Organization", N, pos, "", "quote + 'adding that': own plans and resolve, self-reassurance = neutral, positive"))
U(d, "In Brussels, European Commission President Ursula von der Leyen asked Trump", "at the table.",
  ("European Union", T, neu, "United States", "appeal to reconsider with no judgement = calling_for_talks; Brussels = place"))
U(d, "The EU's foreign policy chief, Josep Borrell, said in a joint statement", "out of the door.",
  ("European Union", C, neg, "United States", "'deeply regrettable' = judgement (rule: regrettable aimed at an act)"))
U(d, "Germany's health minister, Jens Spahn, called the U.S. move a heavy blow", "matter in future.",
  ("Germany", C, neg, "United States", "role then name; 'heavy blow' = judgement of the US move; the remark on WHO change inside the same sentence does not outweigh it"))
U(d, "Spahn, whose country took over the rotating EU presidency", "behind the agency.",
  ("Germany", S, pos, "World Health Organization", "surname only; backing the WHO with money and weight; Berlin = metonym (subject of the plan)"))
U(d, "On Tuesday he called the formal notice a painful step backwards", "the wrong time.",
  ("Germany", C, neg, "United States", "pronoun subject = Spahn; judgement without stock words"))
U(d, "Britain has no plans to follow the U.S. lead", "told reporters in London.",
  ("United Kingdom", S, pos, "World Health Organization", "keeps funding = backing by act; attribution tail (PM's spokesman); London = place"))
U(d, "Moussa Faki Mahamat, who chairs the African Union Commission, said when Trump froze", "spreading on every continent.",
  ("African Union", C, neg, "United States", "AU Commission chair = African Union; 'hard to understand' = judgement without stock words (unsure: could be read as concern)"))
U(d, "The continental body said on Tuesday that its confidence in Tedros", "testing and vaccines.",
  ("African Union", S, pos, "World Health Organization", "'the continental body' = AU by context; confidence + working through the WHO = supporting"))
U(d, "South Africa's health minister, Zweli Mkhize, whose country chairs the AU", "paused for COVID-19.",
  ("South Africa", T, neu, "United States", "speaks as health minister, not in the AU's name; hope that Washington stays engaged = calling_for_talks"))
# No row: Biden's pledge. He was a candidate, not a government, and "Joe Biden" is an alias of United States in the name files.
# No row: "Legal scholars say the road out ..." (unnamed speakers, summary line).
U(d, "Marguerite Okafor, who teaches global health law", "by most estimates.",
  ("Marguerite Okafor", N, neu, "", "independent scholar under her own name; legal facts"))
U(d, "\"If the dues are not paid, the withdrawal may not be valid", "she said.",
  ("Marguerite Okafor", N, neu, "", "scenario, no judgement"))
U(d, "Daniel Reyes-Whitfield, a former U.S. diplomat now at a Washington policy institute", "annual flu shot.",
  ("Daniel Reyes-Whitfield", N, neg, "", "former official speaking for himself; risks, no judgement"))
U(d, "\"Vaccinators in Pakistan and Afghanistan do not care", "he said.",
  ("Daniel Reyes-Whitfield", C, neg, "United States", "multi-sentence quote closed by its speaker; 'hands Beijing a gift and does Americans a disservice' = judgement"))
U(d, "Okafor said she hoped member states would use the coming year", "takes effect.",
  ("Marguerite Okafor", T, pos, "", "hope for agreement = calling_for_talks"))
# No row: "The WHO's 194 members are due to resume ..." (narration).
