# ------------------------------------------------------------------ The Dong Tam raid and trial, Ha Noi (foreign ministry statements page, full HTML, 2020-01-10 to 2020-09-15)
d = "page_vietnam_dongtam_mofastatements2020.html"
# Not statements: language bar, brand line, menu, breadcrumb, page title, compilation note, release titles and dates,
# the journalist's question and "Answer:", share bar, Other remarks links, footer.
U(d, "In the early morning of 9 January 2020, while the functional forces", "the officers on duty.",
  ("Vietnam", C, neg, "", "the ministry's account accuses the villagers of attacking the officers (villagers not canonical -> target empty)"))
U(d, "Three officers of the Mobile Police Command sacrificed their lives", "in the line of duty.",
  ("Vietnam", N, neu, "", "casualty figure given by the ministry"))
U(d, "One person in the group that resisted the officers also died.", "One person in the group that resisted the officers also died.",
  ("Vietnam", N, neu, "", "figure given by the ministry; the village elder is not named"))
U(d, "The Government of Viet Nam expresses its deep sorrow", "condolences to their families.",
  ("Vietnam", S, neg, "", "condolences to its own officers' families = solidarity, grief in tone"))
U(d, "The competent authorities are investigating the incident", "the persons involved.",
  ("Vietnam", N, neu, "", "procedure and reassurance about its own conduct"))
U(d, "The Ministry rejects the distorted information", "against the Vietnamese authorities.",
  ("Vietnam", C, neg, "", "'distorted', 'intended to stir up' = judgement on foreign outlets and organisations (several) -> target empty"))
U(d, "The Ministry of Foreign Affairs has taken note of the comments", "the incident in Dong Tam commune.",
  ("Vietnam", N, neu, "", "procedural line"))
U(d, "Among them, a statement by United States Representative Alan Lowenthal", "with Ha Noi.",
  ("United States", C, neg, "Vietnam", "a congressman speaks for the US (guide: Senator Cardin); 'brutal assault' = judgement; reported by the ministry"))
U(d, "Human Rights Watch called on the Vietnamese authorities", "who had been detained.",
  ("Human Rights Watch", T, neg, "Vietnam", "appeal for an inquiry and releases with no judgement word -> calling_for_talks"))
U(d, "An article by Mr. Daniel Forsythe, who is presented as a researcher", "once and for all.",
  ("Daniel Forsythe", C, neg, "Vietnam", "invented analyst; accusation of a planned crackdown"))
U(d, "Ms. Annika Holmstrom, who writes a human rights blog in Stockholm", "had never explained.",
  ("Annika Holmstrom", C, neg, "Vietnam", "invented blogger; insinuation that the police account is hollow (unsure: could be neutral)"))
U(d, "These comments are based on one-sided and unverified sources.", "These comments are based on one-sided and unverified sources.",
  ("Vietnam", C, neg, "", "the page speaks as the Ministry; judgement of several critics -> target empty"))
U(d, "They ignore the fact that the officers were attacked", "under investigation in Viet Nam.",
  ("Vietnam", C, neg, "", "'amount to interference' = judgement of the critics"))
U(d, "The Ministry has provided full information on the incident", "taken by many of them.",
  ("Vietnam", S, pos, "", "welcome of the missions' 'objective view' = approval; missions unnamed -> target empty"))
U(d, "Viet Nam is ready to continue frank and constructive dialogue", "each other's internal affairs.",
  ("Vietnam", T, pos, "", "offer of dialogue with conditions = calling_for_talks"))
U(d, "On 14 September 2020, the People's Court of Ha Noi concluded", "29 defendants in the Dong Tam case.",
  ("Vietnam", N, neu, "", "the court's act reported by the ministry"))
U(d, "Two defendants, Le Dinh Cong and Le Dinh Chuc, were sentenced to death", "life imprisonment.",
  ("Vietnam", N, neu, "", "sentences reported as facts, no evaluation"))
U(d, "The trial was held in public in accordance with the law", "all their procedural rights.",
  ("Vietnam", N, neu, "", "defence of its own process = neutral"))
U(d, "The Ministry has noted the statement by the Spokesperson of the European External Action Service", "commute the two sentences.",
  ("Vietnam", N, neu, "", "'has noted' = procedural"),
  ("European Union", T, neg, "Vietnam", "principle aimed at no actor + request to commute, no judgement of Vietnam -> calling_for_talks"))
U(d, "A group of United Nations human rights experts said in Geneva", "had to be investigated.",
  ("United Nations", C, neg, "Vietnam", "'had not met international standards' = judgement + demand for investigation -> rule 1"))
U(d, "Amnesty International went further, describing the verdicts", "calling for them to be quashed.",
  ("Amnesty International", C, neg, "Vietnam", "'show trial' = judgement"))
U(d, "Viet Nam regrets that these statements were made", "which have no basis.",
  ("Vietnam", C, neg, "", "regret aimed at the critics' statements = judgement; plus denial of ill-treatment; several critics -> target empty"))
U(d, "The Government of Viet Nam will continue to provide information", "under Vietnamese law.",
  ("Vietnam", N, neu, "", "plans and procedure"))
U(d, "The Ministry requests that foreign parties respect the independence", "internal affairs of Viet Nam.",
  ("Vietnam", T, neg, "", "demand to refrain, no explicit judgement word in the sentence -> calling_for_talks, negative (unsure: implied accusation of interference could make it condemning)"))
