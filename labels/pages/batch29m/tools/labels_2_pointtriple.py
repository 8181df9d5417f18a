# ------------------------------------------------------------------ Point Triple attack on Benin's army (live blog, 2025-01-10)
d = "page_benin_pointtriple2025_liveblog.html"
# Not statements: menu, breadcrumbs, headline, standfirst, byline, LIVE badge, captions with "1 of 4", share bar, entry
# headings, ADVERTISEMENT, closing and opening notes of the live team, newsletter, tags, related, comments, most read, footer.
U(d, "Kossi Adjovi, a researcher on Sahel security", "on the Benin side of the tri-border.",
  ("Kossi Adjovi", N, neg, "", "invented analyst introduced by role; assessment of the armed groups' reach, no judgement of an actor"))
U(d, "\"Cotonou has done more than most coastal states", "Adjovi told us.",
  ("Kossi Adjovi", C, neg, "Benin", "judgement on how the army holds its posts ('a target, not a shield') outweighs the appeal for intelligence sharing (rule 1) (unsure: could be read as an appeal for cooperation)"))
U(d, "Washington: \"The United States strongly condemns", "defends its people.\"",
  ("United States", C, neg, "", "label + quotation with no verb; condemnation + backing: rule 1; attackers not named -> target empty"))
U(d, "The ambassadors of Germany, the Netherlands and Switzerland in Cotonou", "in the northern departments.",
  ("Germany", S, pos, "Benin", "joint message by a list of states: sympathy + continued funding = backing by act; one row per listed state"),
  ("Netherlands", S, pos, "Benin", "joint message, listed state"),
  ("Switzerland", S, pos, "Benin", "joint message, listed state"))
# "The French foreign ministry has put out a short statement." = says a statement exists, no position in it.
U(d, "France, it says, expresses its condolences", "in training and equipment.",
  ("France", S, pos, "Benin", "condolences + continued support in training and equipment = supporting"))
U(d, "The opposition party The Democrats says at least 30 soldiers died", "so far released.",
  ("The Democrats", N, neu, "", "casualty figure given by an actor = neutral"))
U(d, "In a statement, the party accused the government of hiding", "how the post was defended.",
  ("The Democrats", C, neg, "Benin", "accusation of hiding losses + demand for an inquiry; own government as target"))
U(d, "A message attributed to the al-Qaeda-linked JNIM", "seized weapons.",
  ("JNIM", N, neu, "", "claim of its own attack reported as done, no judgement = neutral (the guide's own-strike rule)"))
# "We have not been able to verify it." = the outlet's note, no row.
U(d, "Government spokesman Wilfried Léandre Houngbédji has told reporters in Cotonou", "sent north.",
  ("Benin", N, neu, "", "own operation reported as under way with no judgement = neutral (unsure: an ongoing counter-offensive could be read as an announced operation = condemning)"))
U(d, "The spokesman refused to give a death toll before families had been told", "\"paid a heavy price\".",
  ("Benin", N, neg, "", "'the spokesman' = Houngbédji; procedure (no toll yet) + own results against the attackers, no judgement word"))
U(d, "Asked whether Benin would now talk to the military governments next door", "guarded from both ends.",
  ("Benin", T, neu, "", "openness to dialogue with the neighbouring juntas + wish for joint border security; two neighbours -> target empty"))
U(d, "Ghana's new President John Dramani Mahama, in a post on X", "to meet urgently.",
  ("Ghana", S, neg, "Benin", "'an assault on every one of us' read as solidarity with Benin + call for a meeting of the security partners (not a peace appeal) = supporting (unsure: 'assault' could be read as a judgement = condemning, or the meeting call as calling_for_talks)"))
# "President Patrice Talon chaired a meeting of the national security council ..." = a meeting narrated, no position.
U(d, "Lomé: \"Togo shares the grief of the Beninese people.", "together.\"",
  ("Togo", S, neg, "Benin", "capital label + quotation; solidarity and shared fight = supporting; grief -> negative tone"))
U(d, "Nigeria's foreign ministry, in remarks carried by the News Agency of Nigeria", "authorities in Cotonou.",
  ("Nigeria", N, neg, "", "concern with no appeal = neutral, negative; second-hand via the state agency"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat, has condemned", "not only Benin\".",
  ("African Union", C, neg, "", "condemnation of a 'cowardly' assault; attackers unnamed -> target empty"))
U(d, "He urged the states of the Sahel and the coast to put their quarrels aside", "against the armed groups.",
  ("African Union", T, neu, "", "'He' = Faki (speaker carried across a paragraph break); appeal to set quarrels aside and cooperate, no judgement"))
U(d, "The European Union delegation in Cotonou: \"We grieve with Benin.", "communities of the north.\"",
  ("European Union", S, pos, "Benin", "label + quotation; grief + standing by Benin's forces = supporting"))
# "In Banikoara, the town council has cancelled Friday's market." = a local decision narrated, no actor position.
U(d, "Councillor Orou Sabi Gado told our correspondent", "waiting outside the military camp for news.",
  ("Orou Sabi Gado", N, neg, "", "invented local official speaking as a witness: fact about families waiting"))
U(d, "\"We hope the army can hold the roads", "he said.",
  ("Orou Sabi Gado", T, neg, "", "hope that security returns = calling_for_talks (hope), negative tone (burials)"))
U(d, "UN Secretary-General António Guterres \"strongly condemns\" the attack", "work together on security.",
  ("United Nations", C, neg, "", "condemnation + appeal for justice and cooperation: rule 1"))
U(d, "Abu Dhabi: The United Arab Emirates condemns the attack", "the Emirati foreign ministry said.",
  ("United Arab Emirates", C, neg, "", "condemnation + solidarity: rule 1"))
U(d, "Colonel Faizou Gomina, chief of staff of the National Guard, told soldiers in Kandi", "the night's fighting.",
  ("Benin", N, neg, "", "the army speaks for its state; own loss acknowledged, lessons to learn, no judgement of another actor"))
U(d, "Gomina said the army had \"neutralised\" around forty attackers", "since Wednesday night.",
  ("Benin", N, neu, "", "own strikes reported as done = neutral"))
# "A security source told AFP on Thursday that 28 soldiers were killed ..." = unnamed source with no tie to a government, no row.
# "Gunmen attacked the Point Triple position ... according to local media." = narration, no row.
