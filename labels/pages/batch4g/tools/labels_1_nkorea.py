# ------------------------------------------------------------------ North Korea Hwasong-18 ICBM (Yonhap-style wire, 2023-07-13)
d = "page_nkorea_icbm_yonhap.txt"
U(d, "North Korea said Thursday it test-fired its new solid-fuel Hwasong-18", "later in the day.",
  ("North Korea", C, neg, "United States", "long lead sentence with three positions; launch framed as a message/warning to the US = threat"),
  ("South Korea", C, neg, "North Korea", "'South Korea and Japan called the launch a grave provocation' (list)"),
  ("Japan", C, neg, "North Korea", "second member of the list"),
  ("United Nations", N, neu, "", "Security Council setting a meeting = procedure"))
U(d, "The North's Korean Central News Agency (KCNA) said the test had confirmed", "near the peninsula.",
  ("North Korea", C, neg, "", "KCNA is a media outlet (not an actor) carrying the state's report; 'hostile forces' = US and South Korea, so target empty"))
U(d, "Kim, who oversaw the launch in person,", "according to the KCNA report.",
  ("North Korea", C, neg, "United States", "leader by surname only; threat ('keep paying'); attribution tail via the agency"))
U(d, "The agency quoted the North's missile administration", "neighbouring countries.",
  ("North Korea", N, neu, "", "reassurance about own conduct = neutral"))
U(d, "The launch came two days after Kim Yo-jong", "economic zone.",
  ("North Korea", C, neg, "United States", "conditional threat by the leader's sister, reported as background but a specific statement"))
U(d, "South Korea's Joint Chiefs of Staff (JCS) said it detected", "East Sea.",
  ("South Korea", N, neu, "", "military = state; figures"))
U(d, "President Yoon Suk Yeol, in Vilnius for a NATO summit,", "not go unanswered.",
  ("South Korea", C, neg, "North Korea", "'illegal acts' + 'would not go unanswered' = judgement and threat; Vilnius = place"))
U(d, "\"Each launch only tightens the net of sanctions", "by his office.",
  ("South Korea", C, neg, "North Korea", "quote opened before the speaker; sanctions threat; attribution tail"))
U(d, "In Vilnius, Japanese Prime Minister Fumio Kishida told Yoon", "Yoon's office said.",
  ("Japan", S, pos, "South Korea", "capital as place; solidarity reported by the other side's office"))
U(d, "The foreign ministry said Foreign Minister Park Jin held phone talks", "from the council.",
  ("South Korea", C, neg, "North Korea", "'The foreign ministry' with no state word (context: Seoul); 'flagrant breach'"),
  ("United States", C, neg, "North Korea", "Blinken's position reported by Seoul's ministry ('the three agreed')"),
  ("Japan", C, neg, "North Korea", "Hayashi's position reported by Seoul's ministry"))
U(d, "The unification ministry, which handles inter-Korean affairs,", "it faced.",
  ("South Korea", C, neg, "North Korea", "body tied to its state only by context; blame without stock words ('bore the blame')"))
U(d, "In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno told reporters", "never accept.",
  ("Japan", C, neg, "North Korea", "protest lodged + 'reckless act that Tokyo would never accept'; Beijing = place of the embassy channel"))
U(d, "Matsuno said the missile appeared to have come down", "had been reported.",
  ("Japan", N, neu, "", "surname only; facts"))
U(d, "In Washington, the White House National Security Council spokesperson, Adrienne Watson,", "at risk.",
  ("United States", C, neg, "North Korea", "'brazen violation', 'reckless step'"))
U(d, "She said Washington remained ready to talk", "without preconditions.",
  ("United States", T, neu, "North Korea", "pronoun = Watson; offer of talks"))
U(d, "\"Our commitment to the defense of the Republic of Korea and Japan remains ironclad,\"", "in the statement.",
  ("United States", S, pos, "", "backing of two allies -> target empty"))
U(d, "U.N. Secretary-General Antonio Guterres strongly condemned the launch", "Stephane Dujarric, said.",
  ("United Nations", C, neg, "North Korea", "condemnation + appeal to return to talks: rule 1"))
U(d, "The Security Council will hold an open session on the launch", "diplomatic sources said.",
  ("United States", N, neu, "", "requesting a council meeting = procedural act (unsure: could be read as calling_for_talks or as part of the condemnation); unnamed 'diplomatic sources' only relay it"),
  ("Japan", N, neu, "", "list with Oxford comma"),
  ("United Kingdom", N, neu, "", "'Britain' -> United Kingdom"),
  ("France", N, neu, "", "list"),
  ("Albania", N, neu, "", "last item after the Oxford comma"))
U(d, "In Beijing, Chinese foreign ministry spokesperson Wang Wenbin said the peninsula issue", "pile on pressure.",
  ("China", T, neu, "", "dialogue + hope, addressed to all; implicit rejection of pressure is no explicit judgement"))
U(d, "Wang said Beijing would continue to play a constructive role.", "constructive role.",
  ("China", T, pos, "", "surname only; Beijing = metonym; offer of a constructive role"))
