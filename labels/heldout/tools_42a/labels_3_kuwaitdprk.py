# ------------------------------------------------------------------ Kuwait downgrades ties with North Korea and expels its ambassador (Kuwait MFA statements page, releases 3-20 Sept 2017)
d = "page_kuwait_dprk_envoy2017_mfastatements.txt"
# Not statements: site header, language bar, menu, breadcrumb, filters, result count, release dates and titles, "Print | Email | Share",
# separators, pagination, registration prompt, quick links, address, copyright.
# 20 September release
# "His Excellency Deputy Foreign Minister ... received today ... the Ambassador of the Republic of Korea" = a meeting narrated, no row.
U(d, "During the meeting, the Ambassador conveyed the appreciation of the Government of the Republic of Korea", "weapons programmes.",
  ("South Korea", S, pos, "Kuwait", "appreciation of Kuwait's decisions = approval"))
U(d, "His Excellency Al-Jarallah affirmed that the State of Kuwait", "with the utmost seriousness.",
  ("Kuwait", N, neu, "", "reassurance about own conduct"))
U(d, "He expressed the hope that the Korean peninsula would be spared", "the path of negotiation.",
  ("Kuwait", T, pos, "", "hope for negotiation = calling_for_talks"))
U(d, "Speaking to reporters after the meeting, Al-Jarallah said the decisions", "any other country.",
  ("Kuwait", N, neg, "", "denial that the step was taken at another state's request = neutral, negative"))
U(d, "He also noted with appreciation a statement by the Embassy of the United States", "the sanctions regime.",
  ("Kuwait", S, pos, "United States", "appreciation of the US statement"),
  ("United States", S, pos, "Kuwait", "the US embassy's praise of Kuwait, reported by Kuwait"))
# 18 September release
U(d, "An official source at the Ministry of Foreign Affairs stated that the State of Kuwait has decided to reduce", "number of its diplomats to four.",
  ("Kuwait", C, neg, "North Korea", "unnamed official of a named ministry; downgrading a mission = a diplomatic measure"))
U(d, "The source added that the Ambassador of the Democratic People's Republic of Korea", "within one month.",
  ("Kuwait", C, neg, "North Korea", "expulsion of the ambassador"))
U(d, "The State of Kuwait has also halted the issuance of visas", "the source said.",
  ("Kuwait", C, neg, "North Korea", "sanctions taken (visas, flights, licences); attribution tail"))
U(d, "These measures were taken in implementation of Security Council resolutions", "the source explained.",
  ("Kuwait", C, neg, "North Korea", "'repeated violations ... grave threat' = judgement"))
U(d, "The source noted that the State of Kuwait had informed the Security Council committee", "submitted in August.",
  ("Kuwait", N, neu, "", "procedure, no evaluation"))
U(d, "The source stressed that the measures are not directed against the friendly Korean people", "current contracts.",
  ("Kuwait", N, pos, "", "reassurance; 'friendly Korean people' = a people, not a state"))
# 17 September release
# "His Excellency Sheikh Sabah Khaled ... received a telephone call today from ... Taro Kono" = a call narrated, no row.
U(d, "Minister Kono described Friday's launch of a ballistic missile", "the Japanese people.",
  ("Japan", C, neg, "North Korea", "'outrageous act' = judgement"))
U(d, "Minister Kono briefed His Excellency on the measures Japan is taking", "partners in the region.",
  ("Japan", N, neu, "", "briefing on own measures, no evaluation"))
U(d, "He thanked the State of Kuwait for its support", "imposed on Pyongyang.",
  ("Japan", S, pos, "Kuwait", "thanks = praise of Kuwait's steps"))
U(d, "For his part, His Excellency the Foreign Minister expressed the State of Kuwait's full solidarity", "and its people.",
  ("Kuwait", S, pos, "Japan", "solidarity"))
U(d, "Both ministers agreed to continue close coordination", "at the United Nations.",
  ("Kuwait", N, neu, "", "agreement on procedure, no appeal or evaluation"),
  ("Japan", N, neu, "", "same agreement, second party"))
# 15 September release
U(d, "The Ministry of Foreign Affairs expresses the State of Kuwait's condemnation and denunciation of the launch", "the will of the international community.",
  ("Kuwait", C, neg, "North Korea", "condemnation"))
U(d, "The Ministry calls on Pyongyang to comply with the resolutions", "denuclearisation of the Korean peninsula.",
  ("Kuwait", T, neu, "North Korea", "appeal to comply and to dialogue, no judgement in the sentence"))
# 12 September release
U(d, "The Ministry of Foreign Affairs welcomes the unanimous adoption by the Security Council", "sixth nuclear test.",
  ("Kuwait", S, pos, "United Nations", "welcome of a Council resolution"))
U(d, "The Ministry considers the unanimity of the Council a clear message", "continuation of these tests.",
  ("Kuwait", C, neg, "North Korea", "'will not accept' the tests = judgement aimed at North Korea"))
U(d, "The Ministry calls on all States to apply the new measures fully", "achieves its purpose.",
  ("Kuwait", C, neg, "North Korea", "call for sanctions to be applied = condemning (calls for sanctions, labels/README) (unsure: target implied, the measures are against North Korea)"))
# 3 September release
U(d, "The Ministry of Foreign Affairs expresses the State of Kuwait's strong condemnation of the nuclear test", "resolutions of the Security Council.",
  ("Kuwait", C, neg, "North Korea", "condemnation + 'flagrant violation'"))
U(d, "The Ministry expresses its deep concern at this dangerous escalation", "and beyond.",
  ("Kuwait", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The Ministry reiterates the position of the State of Kuwait in support of all efforts", "weapons of mass destruction.",
  ("Kuwait", N, pos, "", "restated general policy, no actor backed (unsure: could be supporting with an empty target)"))
