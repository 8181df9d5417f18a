# ------------------------------------------------------------------ Eritrea: Security Council resolution 2444 lifts sanctions (UN meetings coverage reposted by a Horn blog, 2018-11-15)
d = "page_eritrea_sanctions_lifted2018_unmeetings.txt"
# Not statements: blog header, menu, breadcrumb, post title, byline, editors' note (procedural), ADVERTISEMENT, UN headline and subheading, closing times, "For information media", tags, share bar, comments, previous/next posts, footer.
# "The vote closes a regime that has shaped ..." = editors' narration, no row; "Idriss Waberi, ..., was more hopeful." = summary line, no row.
U(d, "Dr. Senait Habte, a researcher on the Horn at the East Africa Policy Institute in Nairobi, told us", "since the summer.",
  ("Senait Habte", C, neg, "Eritrea", "invented researcher; 'Asmara' = Eritrea; judgement that Eritrea was rewarded unearned, with the prisoners as proof"))
U(d, "He said the real test would be whether Djibouti and Eritrea sat down", "would push them there.",
  ("Idriss Waberi", T, pos, "", "invented former diplomat (independent now); hope that the two sides sit down = calling_for_talks; two parties -> target empty"))
U(d, "The Security Council this morning ended the arms embargo", "peace between Eritrea and Ethiopia.",
  ("United Nations", S, pos, "Eritrea", "the Council lifts the measures in recognition of Eritrea's steps = approval of a step, supporting"))
U(d, "By the terms of resolution 2444 (2018), adopted unanimously, the Council called on Djibouti and Eritrea", "clashes of June 2008.",
  ("United Nations", T, neu, "", "appeal to two parties to settle peacefully and account for the missing = calling_for_talks"))
U(d, "The Council also reaffirmed the arms embargo on Somalia", "Panel of Experts on Somalia.",
  ("United Nations", N, neu, "", "procedural decisions (embargo reaffirmed, assessment, panel); no judgement"))
U(d, "Speaking after the vote, Karen Pierce of the United Kingdom", "changed beyond recognition.",
  ("United Kingdom", S, pos, "Eritrea", "penholder: Eritrea did what was asked, lifting is right = approval"))
U(d, "The representative of Ethiopia, whose Government had pressed for the decision", "delighted by the adoption.",
  ("Ethiopia", S, pos, "United Nations", "'the representative of Ethiopia' delighted by the Council's adoption = supporting"))
U(d, "Relations between Addis Ababa and Asmara had gone within months", "on both sides.",
  ("Ethiopia", N, pos, "", "speaker carried on ('he said'); facts about improved ties, positive tone, no appeal"))
U(d, "He urged Djibouti and Eritrea to build on the meetings", "through dialogue.",
  ("Ethiopia", T, pos, "", "'He' = Ethiopia's representative; appeal for dialogue between two parties"))
U(d, "Vassily Nebenzia of the Russian Federation welcomed the end of measures", "should have gone long ago.",
  ("Russia", C, neg, "", "welcome joined to a judgement ('unjustified'): rule 1 -> condemning; aimed at the past Council measures and their sponsors, no single canonical target"))
U(d, "What still divided Eritrea and Djibouti was for the two capitals", "where both invited it.",
  ("Russia", T, neu, "", "'the speaker' = Nebenzia; bilateral settlement, outside help if both invite it = calling_for_talks"))
U(d, "He also objected to the text's demand for reports with no end date", "made to carry.",
  ("Russia", C, neg, "", "objection with a judgement stated (unequal burden) = condemning; aimed at the text's drafters, target empty"))
U(d, "The representative of China, who also held the presidency for November", "with the wishes of its countries respected.",
  ("China", T, pos, "", "welcome + hope for peace: hope is an appeal, rule 2 before rule 3 -> calling_for_talks"))
U(d, "The representative of France said Paris had backed the rapprochement", "taken the risk of peace.",
  ("France", S, pos, "", "backing of the rapprochement and praise of the leaders; several leaders -> target empty"))
U(d, "The representative of the United States said Washington had voted for the text", "continue to raise.",
  ("United States", C, neg, "Eritrea", "vote in favour + critical judgement of Eritrea's rights record: rule 1 -> condemning"))
U(d, "Sweden's representative, noting that the Council would keep the Djibouti file under review", "missing Djiboutian combatants.",
  ("Sweden", T, neg, "Eritrea", "demand addressed to one side with no judgement word (humanitarian: account for the missing) = calling_for_talks"))
U(d, "The speaker for the Netherlands said the Kingdom remained concerned", "of no fixed term.",
  ("Netherlands", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "Speaking on behalf of the three African members of the Council", "leaders of the region.",
  ("Ivory Coast", S, pos, "United Nations", "joint statement of a list of states: one row each; 'applauded a decision' = supporting the Council's step"),
  ("Equatorial Guinea", S, pos, "United Nations", "listed state in the joint statement"),
  ("Ethiopia", S, pos, "United Nations", "listed state in the joint statement"))
U(d, "Kuwait's representative paid tribute to Saudi Arabia and the United Arab Emirates", "together.",
  ("Kuwait", S, pos, "", "praise of two mediators -> two targets, empty"))
U(d, "The delegate of Bolivia said sanctions were never an end in themselves", "the voice of the region.",
  ("Bolivia", S, pos, "United Nations", "welcome of the decision; the general remark on sanctions is no judgement of an actor"))
U(d, "Amanuel Giorgio, the representative of Eritrea, said the vote brought to a close", "harm to the Eritrean people.",
  ("Eritrea", C, neg, "", "judgement: the measures rested on 'false accusations' and did lasting harm; accusers not named -> target empty"))
U(d, "Asmara meant to build good relations with every state around it", "to rebuild side by side.",
  ("Eritrea", T, pos, "", "'Asmara' = Eritrea; commitment to good relations with neighbours, call to rebuild together = peaceful course"))
U(d, "The representative of Djibouti, Mohamed Siad Doualeh, said his delegation had not stood in the way", "waited ten years.",
  ("Djibouti", C, neg, "United Nations", "'regretted' aimed at the Council's text = judgement (guide: 'regrettable' is condemning)"))
U(d, "Eritrean troops, he said, still held Djiboutian land", "the missing soldiers.",
  ("Djibouti", C, neg, "Eritrea", "accusation of occupation and silence on the missing"))
U(d, "He called on Eritrea to accept either a judicial settlement", "certainty.",
  ("Djibouti", T, neu, "Eritrea", "appeal for a judicial settlement or mediation = calling_for_talks"))
U(d, "Abukar Dahir Osman of Somalia welcomed the creation of the new Panel of Experts.", "Panel of Experts.",
  ("Somalia", S, pos, "United Nations", "welcome of a Council step"))
U(d, "The arms embargo on his country, drafted for another era", "he argued.",
  ("Somalia", C, neg, "United Nations", "judgement that the Council's embargo obstructs the national army (no stock word); 'he argued' tail"))
# Comments ("Finally.", "What about the prisoners?") are reader comments, never statements.
