# ------------------------------------------------------------------ Kishishe and Bambo killings, DRC (UN meetings coverage, Security Council, 2022-12-07)
d = "page_drc_kishishe_killings2022_unmeetings.txt"
# Not statements: site bar, breadcrumb, date/body lines, headline and subheadline (carry positions: no row),
# "Statements" crosshead, meeting times, "For information media", related documents, follow/copyright lines.
U(d, "The massacre of civilians in the villages of Kishishe and Bambo", "towards a wider war.",
  ("United Nations", N, neg, "", "lede mixing narration with the mission head's warning; warning without appeal or judgement = neutral"))
U(d, "Bintou Keita, Special Representative of the Secretary-General", "on 29 and 30 November.",
  ("United Nations", N, neu, "", "findings and figures of the preliminary inquiry"))
U(d, "The killings were carried out by fighters of the March 23 Movement", "had been raped.",
  ("United Nations", C, neg, "M23", "attribution of killings and rapes of civilians to a named group = accusation by describing attacks on civilians"))
U(d, "\"These were not the casualties of a battle.", "she told the Council.",
  ("United Nations", C, neg, "M23", "multi-sentence quote: 'executed' + accountability; target by context"))
U(d, "The M23 had denied any responsibility for the deaths", "she noted.",
  ("M23", N, neg, "", "denial relayed by the Special Representative (second-hand) = neutral"))
U(d, "According to the Special Representative, the group had also asked", "into the events.",
  ("M23", T, neu, "", "'according to' attribution; asking for an inquiry = calling_for_talks (labels convention for inquiries)"))
U(d, "Ms. Keita said the Mission was ready to support any credible investigation", "reach the displaced.",
  ("United Nations", T, neu, "", "appeal to all parties: ceasefire + humanitarian access"))
U(d, "Also briefing the Council was Furaha Bahati Mumbere", "meant to protect them.",
  ("Furaha Bahati Mumbere", C, neg, "", "invented civil-society briefer; judgement of the authorities ('abandoned'), several/non-canonical -> target empty"))
U(d, "She told members that Kambale Sivanzire, a farmer who survived", "in front of their families.",
  ("Kambale Sivanzire", C, neg, "", "invented witness, account relayed by the briefer: describing the shooting of civilians = accusation; the sentence names only 'fighters' -> target empty. The briefer takes no position of her own here"))
U(d, "\"The world has counted our dead for twenty-five years.", "Ms. Mumbere said.",
  ("Furaha Bahati Mumbere", T, neg, "", "appeal to stop the killing (protection of civilians) with a reproach but no explicit judgement of a named actor (unsure: could be condemning)"))
U(d, "The representative of the United States said her delegation condemned", "held the M23 responsible.",
  ("United States", C, neg, "M23", "condemnation + 'held responsible'"))
U(d, "She said the evidence of Rwanda's support to the group", "sustained the violence.",
  ("United States", C, neg, "Rwanda", "'She' = the US representative; accusation + threatened sanctions"))
U(d, "France's representative said the M23 must withdraw", "Democratic Republic of the Congo.",
  ("France", C, neg, "M23", "demand + judgement ('a direct threat to the territorial integrity'): rule 1"))
U(d, "Speaking on behalf of the \"A3\" - Gabon, Ghana and Kenya", "without delay.",
  ("Kenya", T, neu, "", "welcome of the ceasefire + appeal to lay down arms, no judgement = calling_for_talks (rule 2 before rule 3)"),
  ("Gabon", T, neu, "", "joint statement: one row per listed state"),
  ("Ghana", T, neu, "", "joint statement: one row per listed state"))
U(d, "He said the three African members hoped", "space for dialogue.",
  ("Kenya", T, pos, "", "hope for dialogue = calling_for_talks; 'He' = Kenya's representative speaking for the A3"),
  ("Gabon", T, pos, "", "the three African members = listed states"),
  ("Ghana", T, pos, "", "the three African members = listed states"))
U(d, "The representative of the United Kingdom said her country was appalled", "from Kishishe.",
  ("United Kingdom", N, neg, "", "alarm with no appeal and no judgement of an actor = neutral"))
U(d, "She announced an additional contribution of humanitarian funding", "United Nations agencies.",
  ("United Kingdom", S, neu, "Democratic Republic of the Congo", "aid = supporting; the displaced of the DRC"))
U(d, "China's delegate said his country opposed any action that would heighten tension", "dialogue and consultation.",
  ("China", T, neu, "", "'opposed any action that would heighten tension' aimed at no one = appeal; encourages two states to talk"))
U(d, "The representative of the Russian Federation said that the Council should not rush", "should be verified.",
  ("Russia", N, neu, "", "procedural: verify before blaming; no judgement, no appeal for talks"))
U(d, "He added that his country continued to support the Congolese Government's efforts", "in the east.",
  ("Russia", S, pos, "Democratic Republic of the Congo", "support for a government's efforts"))
U(d, "Ireland's representative called for an independent investigation", "brought before a court.",
  ("Ireland", T, neg, "", "demand for an inquiry and trial of unnamed perpetrators = calling_for_talks by the labels' convention for inquiries (unsure: accountability could be read as condemning)"))
U(d, "The speakers for Albania and Norway both urged the parties", "since October.",
  ("Albania", T, neu, "", "appeal for humanitarian access; two states as a list"),
  ("Norway", T, neu, "", "appeal for humanitarian access; two states as a list"))
U(d, "India's representative said attacks on peacekeepers were unacceptable", "in recent weeks.",
  ("India", C, neg, "", "'unacceptable' aimed at the attacks; attackers unnamed -> target empty"))
U(d, "The representative of Mexico said her delegation was alarmed", "by armed groups.",
  ("Mexico", N, neg, "", "alarm without an appeal = neutral"))
U(d, "Brazil's representative said his country supported the renewal", "this month.",
  ("Brazil", S, neu, "United Nations", "backing the mission's renewal"))
U(d, "The representative of the Democratic Republic of the Congo said his Government counted", "had been observed.",
  ("Democratic Republic of the Congo", N, neu, "", "figures + mourning observed"))
U(d, "He said the M23 was \"a Rwandan army wearing Congolese clothes\"", "spilled in Rutshuru.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "'Kigali' = metonym; 'full responsibility' judgement"))
U(d, "Rwanda's representative rejected the accusation", "party to the conflict.",
  ("Rwanda", N, neg, "", "denial = neutral"))
U(d, "The speaker went on to accuse Kinshasa of fighting alongside", "Rwanda's security.",
  ("Rwanda", C, neg, "Democratic Republic of the Congo", "'the speaker' = Rwanda's representative; accusation of collaboration with the FDLR"))
