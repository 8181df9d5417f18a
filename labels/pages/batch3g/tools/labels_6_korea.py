# ------------------------------------------------------------------ Korea trash balloons (live blog, full HTML, 2024-06-09)
d = "page_korea_balloons_liveblog.html"
U(d, "Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un", "very dangerous fire\".",
  ("North Korea", C, neg, "South Korea", "leader's sister speaking via KCNA = the state; the agency only carries it; Seoul = metonym (target)"))
U(d, "If the South combined loudspeaker broadcasts with leaflet launches", "from the North.",
  ("North Korea", C, neg, "South Korea", "conditional threat; attribution in mid-sentence"))
U(d, "She also said the North would scatter waste paper", "\"deserve to collect garbage\".",
  ("North Korea", C, neg, "South Korea", "mockery + continued launches"))
U(d, "The unification ministry said North Korea's balloon launches", "stop immediately.",
  ("South Korea", C, neg, "North Korea", "'The unification ministry' with no state word (context); 'low-grade and irrational' + demand: rule 1"))
U(d, "A ministry spokesman said the government would respond", "were damaged.",
  ("South Korea", N, neu, "", "own plans (response posture, help for residents); could be read as a veiled threat"))
U(d, "South Korea's national security adviser, Chang Ho-jin, said after a meeting", "broadcasts on Sunday.",
  ("South Korea", C, neg, "North Korea", "retaliatory measure announced (loudspeakers) = a taken response"))
U(d, "\"These steps will hurt the regime in Pyongyang", "Chang said.",
  ("South Korea", C, neg, "North Korea", "threat ('will hurt the regime')"))
U(d, "He added that whether tensions rose further", "\"entirely up to North Korea\".",
  ("South Korea", C, neg, "North Korea", "'He' = Chang; holding the other side responsible"))
U(d, "The Joint Chiefs of Staff said about 330 balloons", "waste paper and plastic.",
  ("South Korea", N, neu, "", "military = state; figures"))
U(d, "No hazardous materials were found, the JCS said", "touch the objects.",
  ("South Korea", N, neu, "", "attribution in mid-sentence; facts + advice to residents"))
U(d, "Park Sang-hak, who leads the defector group Fighters for Free North Korea", "on Thursday.",
  ("Fighters for Free North Korea", N, neu, "", "activist group leader -> group; own act reported"))
U(d, "He said the group would keep sending them", "are free\".",
  ("Fighters for Free North Korea", C, neg, "North Korea", "defiance implying the North's people are not free = judgement on the regime; unsure, could be neutral"))
U(d, "Asked about the situation on the peninsula, the Chinese foreign ministry spokeswoman, Mao Ning", "raise tensions.",
  ("China", T, neu, "", "hope + restraint, addressed to all; Beijing = metonym"))
U(d, "Mao added that China would continue to play a constructive role.", "constructive role.",
  ("China", T, pos, "", "surname only; offer of a constructive (mediating) role"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said Japan was in close contact", "\"repeated provocations\".",
  ("Japan", C, neg, "North Korea", "contact with allies + condemnation: rule 1; Tokyo = place, Seoul and Washington = partners mentioned only"))
U(d, "President Yoon Suk Yeol on Tuesday approved the full suspension", "near the border.",
  ("South Korea", N, neu, "", "suspending an agreement with no protest or judgement stated in the sentence (reason given in the next one) = neutral; could be read as a measure against the North (condemning)"))
U(d, "Prime Minister Han Duck-soo said the deal had hurt the South's readiness", "trust was rebuilt.",
  ("South Korea", C, neg, "North Korea", "'Pyongyang kept provoking' = accusation"))
U(d, "Last week, North Korea's vice defence minister, Kim Kang Il, said the North would halt", "more leaflets.",
  ("North Korea", C, neg, "South Korea", "pause + conditional threat: threat outranks"))
U(d, "The US State Department's spokesman, Matthew Miller, earlier called", "with its ally.",
  ("United States", C, neg, "North Korea", "'disgusting stunt' judgement outranks the backing of South Korea (rule 1)"))
U(d, "He said Washington still favoured diplomacy with Pyongyang", "without preconditions.",
  ("United States", T, neu, "North Korea", "offer of talks; Washington and Pyongyang = metonyms"))
