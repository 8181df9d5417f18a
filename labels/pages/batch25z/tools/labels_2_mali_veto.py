# ------------------------------------------------------------------ Russia's veto of the Mali sanctions renewal (UN meetings-coverage page, 2023-08-30)
d = "page_unsc_mali_sanctions_veto2023_unmeetings.txt"
# Not statements: site bar, menu, breadcrumb, date/meeting line, headline, subheadline, crossheads, the footer lines (Related, Tags, Share, copyright).
U(d, "The Security Council today failed to renew the sanctions regime on Mali", "tabled by France and the United Arab Emirates.",
  ("Russia", N, neg, "", "the veto is a specific act reported as done; no reason or judgement stated in this sentence = neutral (like objecting with no judgement); the Council's failure itself is narration"))
# "That text would have extended ... 13 votes in favour, with China abstaining." = content of the draft + vote tally (narration), no row.
# "A competing draft tabled by the Russian Federation ... 13 abstentions." = vote tally with no named voter, no row.
U(d, "The representative of the Russian Federation said his delegation had repeatedly proposed a compromise", "used against Bamako.",
  ("Russia", C, neg, "", "charges the drafters with ignoring Mali and the Panel with overstepping; several targets (France, UAE, the Panel) -> empty"))
U(d, "He rejected as groundless any suggestion that Moscow sought to shield", "from scrutiny.",
  ("Russia", N, neg, "", "denial of a charge = neutral, negative"))
U(d, "Should the Russian draft fail, he said, his delegation would not entertain", "in any form.",
  ("Russia", C, neg, "", "ultimatum to the Council members = condemning; aimed at several members -> target empty"))
U(d, "The representative of France, introducing the joint draft, said the co-penholders", "Agreement on Peace and Reconciliation.",
  ("France", N, neu, "", "explains the draft and the efforts made; no judgement or appeal"))
U(d, "Speaking after the vote, the representative of France said his delegation deeply regretted", "civilians needed them most.",
  ("France", C, neg, "Russia", "'deeply regretted' aimed at the member that vetoed (Russia by context) = judgement"))
U(d, "France would keep working with African partners", "he added.",
  ("France", N, neu, "", "own plans, attribution tail; no appeal to others"))
U(d, "The representative of the United Arab Emirates said her delegation had negotiated in good faith", "through dialogue.",
  ("United Arab Emirates", T, neg, "", "disappointment aimed at the Council as a whole (no actor judged) + appeal for dialogue = calling_for_talks"))
U(d, "The representative of the United States said the Russian Federation had shown the Council", "the people of Mali.",
  ("United States", C, neg, "Russia", "accusation of shielding Wagner; long sentence"))
U(d, "Washington would look at every other avenue available", "he warned.",
  ("United States", C, neg, "", "threatened measures against abusers in Mali = condemning; no single canonical target"))
U(d, "The representative of the United Kingdom said the veto placed the interests of a mercenary group", "Council's own tools.",
  ("United Kingdom", C, neg, "Russia", "judgement of the veto without a stock word"))
U(d, "The representative of China, explaining his abstention, said sanctions should never be an end", "in a constructive spirit.",
  ("China", T, neu, "", "principle + hope for continued consultations, no judgement = calling_for_talks"))
U(d, "The representative of Japan said his delegation had voted against the Russian draft", "remained in force.",
  ("Japan", N, neu, "", "explanation of a vote with a procedural reason, no judgement = neutral"))
U(d, "The representative of Switzerland said her delegation was concerned", "conflict-related sexual violence.",
  ("Switzerland", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Speaking for the three African members of the Council, the representative of Gabon extended condolences", "central and northern Mali.",
  ("Gabon", S, neg, "Mali", "condolences = solidarity (supporting), grief in tone; the speaker speaks for the A3, but the listed states are named only in the next sentence -> Gabon only here"))
U(d, "She said the three delegations, Gabon, Ghana and Mozambique, had taken note", "regional organisations.",
  ("Gabon", T, neu, "", "joint A3 appeal for dialogue, one row per listed state"),
  ("Ghana", T, neu, "", "joint A3 appeal for dialogue, one row per listed state"),
  ("Mozambique", T, neu, "", "joint A3 appeal for dialogue, one row per listed state"))
U(d, "The representative of Brazil expressed the hope that any future consideration", "countries of the region.",
  ("Brazil", T, pos, "", "hope for a cooperative course = calling_for_talks"))
U(d, "The representative of Ecuador said his delegation had voted in favour", "fairly or effectively.",
  ("Ecuador", N, neu, "", "explanation of vote, no judgement or appeal"))
U(d, "The representative of Mali, taking the floor at the end of the meeting, said the outcome answered", "China for its understanding.",
  ("Mali", S, pos, "", "welcome of the outcome + thanks to Russia and China = supporting; two targets -> empty"))
U(d, "He said the Panel's latest report relied on unverified sources", "as unfounded.",
  ("Mali", C, neg, "United Nations", "accusation against the Council's Panel (a UN body) + denial; the accusation decides"))
U(d, "The Council President said that members would be informed", "seized of the matter.",
  ("United Nations", N, neu, "", "the President speaks for the Council; procedural line"))
U(d, "Helena Odunsi, a sanctions specialist at the Geneva Forum on Sanctions Policy, said", "became inconvenient.",
  ("Helena Odunsi", C, neg, "Russia", "invented specialist; judgement of the permanent member (Russia by context)"))
U(d, "\"The lesson other panels will draw is that the sharper your report", "Odunsi said.",
  ("Helena Odunsi", N, neg, "", "forecast of consequences, no explicit judgement"))
U(d, "Ousmane Keita-Bah, a researcher on the Sahel", "shaping behaviour on the ground.",
  ("Ousmane Keita-Bah", N, neu, "", "invented researcher; assessment of the measures' effect"))
U(d, "He urged the Council's members to put their energy into direct talks", "close to collapse.",
  ("Ousmane Keita-Bah", T, neg, "", "appeal for direct talks + warning = calling_for_talks"))
