# ------------------------------------------------------------------ the US recall of its envoys from El Salvador, the Dominican Republic and Panama over their switch from Taiwan to China (Chinese MFA regular press conference, 2018-09-10)
d = "page_elsalvador_recall_envoys2018_mfapresser.txt"
# Not statements: site name, breadcrumb, title, date, the journalists' questions themselves ("Can you give us more details
# ...?", "How does China view this?", "What is China's response?", "Will China see this as interference?", "Does China share
# that view?", "What is your comment?", "What is your response?", "Has China been in contact ...?"), Related Links, Print, copyright.
# A question that reports another actor's position is that actor's statement (labels/README.md).
U(d, "Russian officials have said President Xi Jinping will hold talks with President Putin", "this week.",
  ("Russia", N, neu, "", "journalist reports Russian officials (unnamed officials of a named government) announcing a meeting: neutral"))
U(d, "As we announced last week, President Xi Jinping will attend the fourth Eastern Economic Forum", "President Putin.",
  ("China", N, neu, "", "spokesperson = China; announcement of a visit, procedural"))
U(d, "The two heads of state will meet and exchange views", "common interest.",
  ("China", N, neu, "", "plan of a meeting"))
U(d, "This will be the third meeting between the two heads of state this year.", "this year.",
  ("China", N, neu, "", "fact given by the actor"))
U(d, "We are confident that the visit will inject new impetus", "strategic partnership of coordination.",
  ("China", S, pos, "Russia", "praise of the partnership = supporting"))
# "Chairman Li Zhanshu of the NPC Standing Committee attended the celebrations ..." = narration of a visit inside the question, no row.
U(d, "The parade on Sunday did not feature intercontinental ballistic missiles, and US President Donald Trump thanked", "a positive signal.",
  ("United States", S, pos, "North Korea", "journalist reports Trump's thanks to Kim (reported position); the parade clause is narration"))
U(d, "Chairman Li Zhanshu's visit was an important event", "a warm welcome.",
  ("China", S, pos, "North Korea", "praise of relations with the DPRK"))
U(d, "As for the parade, I would not comment on its specific arrangements.", "specific arrangements.",
  ("China", N, neu, "", "procedural non-comment"))
U(d, "We have noted the positive interactions between the DPRK and the US recently.", "recently.",
  ("China", S, pos, "", "approval of the two sides' contacts (welcome); both sides -> target empty"))
U(d, "China hopes the two sides will keep talking", "peace mechanism there.",
  ("China", T, pos, "", "hope for continued talks = calling_for_talks"))
U(d, "On Friday the US State Department announced that it had called home its ambassadors", "diplomatic relations with China.",
  ("United States", C, neg, "", "recall of envoys over the three states' decisions = diplomatic measure (condemning); three states -> target empty"))
U(d, "The one-China principle is a widely recognised norm of international relations.", "international relations.",
  ("China", N, neu, "", "statement of principle, no actor judged"))
U(d, "El Salvador, the Dominican Republic and Panama made their choices independently", "beyond reproach.",
  ("China", S, pos, "", "backing of the three states' decisions; three targets -> empty"))
U(d, "The three countries' decisions are theirs to make, and we see no reason why anyone should punish them for it.", "punish them for it.",
  ("China", C, neg, "United States", "'anyone' is the US from the question's context: the recall judged as punishment"))
U(d, "Any attempt to pressure small countries over whom they recognise", "will get nowhere.",
  ("China", C, neg, "United States", "judgement without stock words: pressure 'runs against the basic norms'"))
U(d, "The US side should keep to the commitments it has made on the Taiwan question", "normal relations with China.",
  ("China", C, neg, "United States", "'stop putting obstacles' = accusation inside a demand: rule 1"))
# "That is in the interest of its own credibility, ..." = continuation giving a reason, no new position: no row.
U(d, "A group of US senators last week introduced a bill that would allow the State Department to downgrade", "assistance to them.",
  ("United States", C, neg, "", "senators = the US (legislators); threatened measures against states that drop Taiwan = condemning; no single target"))
U(d, "We have noted the reports.", "the reports.",
  ("China", N, neu, "", "procedural line"))
U(d, "The bill's sponsors are trying to use aid as a stick", "regard those countries.",
  ("China", C, neg, "United States", "judgement of the US senators' bill"))
U(d, "We urge the US Congress not to pass the bill", "independence\" forces.",
  ("China", C, neg, "United States", "demand carrying a judgement ('wrong signals'): condemning, not talks"))
U(d, "El Salvador's government said on Monday that it respected other countries' foreign policy decisions", "for its own.",
  ("El Salvador", N, neg, "", "journalist reports El Salvador's rebuff of pressure: no judgement word, no appeal for talks -> neutral (unsure: could be read as condemning the US)"))
U(d, "Lucía Menjívar, a political scientist at a university in San Salvador, told our newspaper", "a small country.",
  ("Lucía Menjívar", C, neg, "United States", "invented scholar cited in a question; 'make an example of a small country' = judgement of the recall"))
U(d, "We appreciate the Salvadoran government's position.", "government's position.",
  ("China", S, pos, "El Salvador", "approval"))
U(d, "China and El Salvador established diplomatic relations less than three weeks ago", "our two peoples.",
  ("China", S, pos, "El Salvador", "offer of cooperation = supporting"))
U(d, "As for the remarks you cited, I would leave it to you and your readers to judge.", "readers to judge.",
  ("China", N, neu, "", "declines to comment: procedural"))
U(d, "I would only say that China's cooperation with Latin American countries is open and transparent", "no third party.",
  ("China", N, pos, "", "reassurance about own conduct = neutral"))
U(d, "Panama's foreign ministry said it took note of the US decision", "remained unchanged.",
  ("Panama", N, neu, "", "takes note, no judgement"))
U(d, "Meanwhile Daniel Whitcombe, a fellow at a Washington think tank, said the US was right", "would regret.",
  ("Daniel Whitcombe", C, neg, "China", "invented analyst cited in a question; approval of the US + charge against Beijing's offers: the judgement decides (rule 1)"))
U(d, "China's cooperation with Panama has brought tangible benefits to both sides", "speaks for itself.",
  ("China", S, pos, "Panama", "praise of cooperation with Panama"))
U(d, "The claim that China's cooperation comes with hidden conditions is groundless.", "is groundless.",
  ("China", N, neg, "", "denial of an accusation = neutral, negative tone"))
U(d, "Whether that cooperation is good or not, the countries concerned and their people know best", "thousands of miles away.",
  ("China", C, neg, "", "jab at unnamed critics far away (no single canonical target named) -> condemning, target empty"))
U(d, "The Taiwan authorities said over the weekend that the mainland was using money", "was noticing.",
  ("Taiwan", C, neg, "China", "journalist reports Taiwan's accusation (reported position)"))
U(d, "The Taiwan authorities' remarks are not worth refuting.", "not worth refuting.",
  ("China", C, neg, "Taiwan", "dismissive rebuff = judgement (unsure: could be read as a bare denial)"))
U(d, "The fact that more and more countries choose to recognise the one-China principle", "no one can reverse it.",
  ("China", N, pos, "", "statement of a trend, no actor judged"))
# "The Dominican Republic's foreign ministry has not commented publicly on the US move." = non-answer, no row.
U(d, "China maintains close communication with the Dominican Republic, El Salvador and Panama", "diplomatic channels.",
  ("China", N, neu, "", "procedural"))
U(d, "I have no specific information to release at the moment.", "at the moment.",
  ("China", N, neu, "", "procedural line"))
# "There are reports that the United States will announce new tariffs ..." = unsourced reports, no row.
U(d, "We have said many times that a trade war has no winners.", "has no winners.",
  ("China", N, neg, "", "warning about harm with no appeal and no actor judged = neutral negative"))
U(d, "If the US side insists on introducing new tariffs, China will have no choice", "rights and interests.",
  ("China", C, neg, "United States", "threat of countermeasures = condemning"))
