# ------------------------------------------------------------------ China's "Strait Thunder-2025A" drills around Taiwan (Reuters-style wire, 2025-04-02)
d = "page_taiwan_strait_thunder_wire.txt"
U(d, "China's military fired long-range live rounds into the East China Sea", "on the democratically governed island.",
  ("China", C, neg, "Taiwan", "dateline excluded; lead sentence: drills presented by Beijing as a warning to 'separatist' forces = announced operation against another side"))
U(d, "The Eastern Theater Command said the new phase", "precision strikes on key targets.",
  ("China", N, neu, "", "drill details, no judgement"))
U(d, "Senior Colonel Shi Yi, the command's spokesperson, said", "hit their marks.",
  ("China", N, neu, "", "own strikes reported as done, no judgement (guide)"))
U(d, "On the same day the command released a cartoon video", "under the caption \"parasite\".",
  ("China", C, neg, "Taiwan", "judgement by act: the command's cartoon calls Lai a parasite; Lai = Taiwan"))
U(d, "China's coast guard said it had carried out law enforcement patrols", "Matsu islands.",
  ("China", N, neu, "", "own patrols reported as done"))
U(d, "Zhu Fenglian, a spokeswoman for China's Taiwan Affairs Office", "whatever followed.",
  ("China", C, neg, "Taiwan", "TAO = China; blame on Lai = Taiwan"))
U(d, "\"Whoever plays with fire on the Taiwan question", "she said.",
  ("China", C, neg, "Taiwan", "multi-sentence quote: threat and 'punishment'"))
U(d, "At a regular briefing in Beijing, foreign ministry spokesperson Guo Jiakun said criticism", "internal Chinese matter.",
  ("China", C, neg, "", "rebuke of two critics ('unwarranted meddling'); Washington and Tokyo as metonyms; target empty (two actors)"))
U(d, "Taiwan's defence ministry said it had tracked 76 Chinese military aircraft", "to monitor them.",
  ("Taiwan", N, neu, "", "figures and own deployment"))
U(d, "Defence Minister Wellington Koo told reporters", "raising tensions.",
  ("Taiwan", N, neu, "", "own readiness and restraint, no judgement, no appeal to anyone"))
U(d, "Presidential Office spokesperson Karen Kuo said the exercises showed", "intimidation over dialogue.",
  ("Taiwan", C, neg, "China", "'biggest source of instability', 'chosen intimidation' = judgement"))
U(d, "Hsieh Ching-chin, deputy director-general of the island's Coast Guard Administration", "\"law enforcement\" claims.",
  ("Taiwan", C, neg, "China", "dismisses China's framing of its own patrols = negative judgement of China's claim (not a denial of an accusation against Taiwan)"))
U(d, "\"These are not patrols.", "he said.",
  ("Taiwan", C, neg, "China", "quote after the attribution sentence, same speaker; accusation of intimidation"))
U(d, "Taiwan's main opposition party, the Kuomintang, called on Beijing", "lead to a miscalculation.",
  ("Kuomintang", T, neu, "", "opposition party under its own name; restraint asked of Beijing and of both sides -> target empty"))
U(d, "In Washington, State Department spokesperson Tammy Bruce said", "responsible power.",
  ("United States", C, neg, "China", "Washington = place; 'not behaving as a responsible power' = judgement"))
U(d, "\"America's commitment to its allies and partners", "Bruce said.",
  ("United States", S, pos, "Taiwan", "commitment including Taiwan = supporting"))
U(d, "White House press secretary Karoline Leavitt said President Donald Trump wanted peace", "settled peacefully.",
  ("United States", T, neu, "", "wish for peace and peaceful settlement = calling_for_talks; both sides -> target empty"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said Japan had conveyed its concerns", "the whole international community.",
  ("Japan", T, neg, "China", "concern conveyed to Beijing + peace and stability stressed = concern with an appeal (as batch5c); Tokyo = place"))
U(d, "A spokesperson for the European Union's diplomatic service said the drills were adding", "through dialogue.",
  ("European Union", T, neg, "", "'adding to tensions' is descriptive, no explicit judgement; appeal to all parties = calling_for_talks (rule 2) (unsure)"))
U(d, "Germany's foreign office said it was watching the manoeuvres with concern.", "Germany's foreign office said it was watching the manoeuvres with concern.",
  ("Germany", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Taiwan's foreign ministry thanked the United States, Japan, the European Union and Germany", "peace in the strait.",
  ("Taiwan", S, pos, "", "thanks to a list of four actors (Oxford comma) = approval; target empty (several actors)"))
