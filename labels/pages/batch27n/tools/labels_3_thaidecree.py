# ------------------------------------------------------------------ Thailand's severe emergency decree and the arrests of protest leaders (live blog, full HTML, 2020-10-15)
d = "page_thailand_emergency_decree_arrests2020_liveblog.html"
# Not statements: top bar, nav, breadcrumb, kicker, headline, byline, updated line, share bar, figcaptions with credits and "(2 of 6)",
# key-events bullets, time stamps, ADVERTISEMENT, tags, newsletter prompt, Related, comments, most read, footer.
# 21.40 closing note, 16.30 crowd narration, "Riot police have begun clearing ..." and the 04.20 opening note = narration, no row.
# "A student at the rally, 20-year-old Chayanin Boonmee, told our reporter she had come despite her parents' fears." = what she did, no position, no row.
U(d, "\"They arrested our friends this morning", "Chayanin said.",
  ("Chayanin Boonmee", C, neg, "Thailand", "invented named protester (independent person); 'treats its own young people as enemies' = judgement of the government"))
U(d, "Wipawan Charoensuk, a political scientist", "may backfire.",
  ("Wipawan Charoensuk", N, neg, "", "invented independent scholar; forecast, no judgement word"))
U(d, "\"Arresting the best-known faces removes", "she said.",
  ("Wipawan Charoensuk", C, neg, "Thailand", "'picked the most dangerous option' = judgement without a stock word; the appeal for a debate does not override it (rule 1)"))
U(d, "Government spokesman Anucha Burapachaisri says the decree is aimed", "against peaceful citizens.",
  ("Thailand", N, neu, "", "reassurance about its own conduct = neutral"))
U(d, "The measures would be lifted as soon as order had returned", "Anucha added.",
  ("Thailand", N, neu, "", "plan; speaker by surname, attribution tail"))
U(d, "From Tokyo, Chief Cabinet Secretary Katsunobu Kato told reporters", "peacefully through dialogue.",
  ("Japan", T, pos, "", "watching + hope for a peaceful resolution through dialogue = calling_for_talks"))
U(d, "Move Forward party leader Pita Limjaroenrat", "answers its critics.\"",
  ("Move Forward Party", C, neg, "Thailand", "live-blog label + quotation with no verb of saying; judgement of the decree and the arrests"))
U(d, "The party said it would ask the House speaker to recall parliament", "debate on the decree.",
  ("Move Forward Party", T, neu, "", "request for an urgent parliamentary debate = a course through institutions (unsure: could be neutral, a procedural step)"))
U(d, "Police spokesman Kissana Phathanacharoen warns", "two years in prison.",
  ("Thailand", C, neg, "", "threat of arrest and prosecution against rally-goers = condemning; protesters are not canonical -> target empty"))
U(d, "The European Union is following developments in Thailand with concern", "said in Brussels.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Any emergency measures had to be necessary and proportionate", "the spokesperson said.",
  ("European Union", T, neu, "", "'the bloc' + 'the spokesperson'; proportionality + dialogue appeal, no judgement"))
U(d, "The UN human rights office in Geneva says it is deeply troubled", "and the arrests.",
  ("United Nations", N, neg, "", "OHCHR = United Nations; 'deeply troubled' with no appeal in this sentence = neutral, negative"))
U(d, "Its spokesperson urged the Thai authorities to release everyone held", "assemble freely.",
  ("United Nations", T, neg, "Thailand", "appeal to release detainees and respect assembly, no judgement word = calling_for_talks"))
U(d, "According to a statement from Amnesty International, the decree is", "to be heard.\"",
  ("Amnesty International", C, neg, "Thailand", "second-hand attribution ('according to a statement from'); 'attempt to criminalise dissent' = judgement"))
U(d, "Washington's reaction: a State Department spokesperson said", "express their views peacefully.",
  ("United States", S, neu, "", "backing of the right to peaceful expression; the protesters are not canonical -> target empty (unsure: could be neutral monitoring)"))
U(d, "The spokesperson urged the Thai government and the protesters alike", "to show restraint.",
  ("United States", T, neu, "", "appeal for restraint to both sides"))
# "The ruling Palang Pracharath party backs the decree." = summary line before the specific statement, no row.
U(d, "Its spokesman said the government had acted within the law", "the morning operation.",
  ("Palang Pracharath", S, pos, "Thailand", "ruling party backs the government's decree and praises the police = supporting"))
U(d, "Opposition leader Sompong Amornwiwat of Pheu Thai called on the government", "rather than on the streets.",
  ("Pheu Thai Party", T, neu, "Thailand", "demand to lift the decree and settle the crisis in parliament, no judgement word = calling_for_talks"))
U(d, "Prime Minister Prayut Chan-o-cha, asked whether he would resign", "I have done nothing wrong.\"",
  ("Thailand", N, neg, "", "label + quotation; refusal to resign and denial of wrongdoing = neutral, negative"))
U(d, "Prayut said the government had no choice after protesters obstructed", "on Wednesday.",
  ("Thailand", C, neg, "", "blames the protesters for the decree (accusation); target not canonical -> empty"))
U(d, "Student leader Panusaya Sithijirawattanakul was detained", "Thai Lawyers for Human Rights reports.",
  ("Thai Lawyers for Human Rights", N, neu, "", "legal aid group reporting an arrest = facts"))
U(d, "The group says at least 20 people have now been taken into custody", "outside Bangkok.",
  ("Thai Lawyers for Human Rights", N, neu, "", "'the group' = TLHR; figures"))
U(d, "The Free Youth group, one of the movement's organisers, says on Facebook", "at Ratchaprasong.",
  ("Free Youth", N, neu, "", "protest group announcing a rally = plan"))
U(d, "\"A government that fears five people standing together has already lost.", "the group wrote.",
  ("Free Youth", C, neg, "Thailand", "mockery = negative judgement of the government"))
U(d, "Human rights lawyer Arnon Nampa and student activist Parit", "according to Thai Lawyers for Human Rights.",
  ("Thai Lawyers for Human Rights", N, neu, "", "second-hand attribution of a fact"))
U(d, "In an announcement read on state television, the government says", "stirred up illegal gatherings.",
  ("Thailand", C, neg, "", "emergency measures announced against protest groups, with an accusation of illegal gatherings = condemning; target not canonical"))
