# ------------------------------------------------------------------ Chinese J-16 chaff intercept of a RAAF P-8A (party media-release page, 2022-06-05 to 06-08)
d = "page_liberal_chaff_intercept2022_partyreleases.html"
# Not statements: menus, breadcrumbs, page title, filter line, release headlines, meta lines, caption, ADVERTISEMENT, related, comments, newsletter, authorisation/footer.
U(d, "The Coalition stands behind the crew of the RAAF P-8A Poseidon", "to account for the incident.",
  ("Liberal Party of Australia", C, neg, "China", "backing of the crew + 'hold Beijing to account' = judgement on China decides (rule 1)"))
U(d, "The Leader of the Opposition said the release of chaff into the path", "cost Australian lives.",
  ("Liberal Party of Australia", C, neg, "China", "leader by title only (Dutton); 'reckless act'"))
U(d, "\"This was not an accident and it was not a misunderstanding.", "by chance,\" he said.",
  ("Liberal Party of Australia", C, neg, "China", "quote after the title-only intro, closed by 'he said'; judgement that the act was deliberate without stock words"))
U(d, "The Shadow Minister for Defence said Australians should be under no illusion", "what the incident showed.",
  ("Liberal Party of Australia", N, neg, "", "title only (Hastie); warning line with no actor or judgement yet (unsure)"))
U(d, "\"The People's Liberation Army is testing how far it can push us", "Mr Hastie said.",
  ("Liberal Party of Australia", C, neg, "China", "the PLA = China (army speaks for its state, here as target); charge of probing + resolve"))
U(d, "The Coalition notes that China's defence ministry has claimed the Australian aircraft", "turn the victim into the aggressor.",
  ("China", C, neg, "Australia", "China's position reported in a 'that' clause: accusation that Australia threatened its sovereignty"),
  ("Liberal Party of Australia", C, neg, "China", "rejection of the claim with a judgement ('crude attempt') -> condemning, not a mere denial"))
U(d, "The Shadow Minister for Foreign Affairs has welcomed the Deputy Prime Minister's decision", "ten days after it occurred.",
  ("Liberal Party of Australia", S, neu, "Australia", "welcome joined to a demand for explanation (no peace appeal, no judgement word): welcome decides = supporting (unsure: the delay complaint could be read as criticism)"))
U(d, "Senator Birmingham said the Opposition had confirmed it would receive a confidential briefing", "in a bipartisan spirit.",
  ("Liberal Party of Australia", N, neu, "", "procedure"))
U(d, "\"On matters like this, Beijing should hear one Australian voice,\" he said.", "he said.",
  ("Liberal Party of Australia", S, pos, "Australia", "backing a united stance with the Government (unsure)"))
U(d, "The Senator added that he hoped the new Government would use any meeting", "nothing of this kind happens again.",
  ("Liberal Party of Australia", T, neu, "", "hope for talks on rules of encounter"))
U(d, "He noted that the Deputy Prime Minister, Richard Marles, had said on Sunday", "very dangerous.",
  ("Australia", C, neg, "China", "second-hand: the Government's protest and judgement reported by the party"))
U(d, "The Coalition notes reports that Canada's Department of National Defence has accused", "sanctions against North Korea.",
  ("Canada", C, neg, "China", "Canada's accusation reported second-hand"))
U(d, "Mr Hastie said the Canadian experience showed the Australian incident was part of a wider pattern", "when it happens.",
  ("Liberal Party of Australia", C, neg, "China", "'unsafe conduct by the PLA' = judgement + call for allies to speak together"))
U(d, "The Coalition also welcomed remarks by a United States Defense Department spokesperson", "safety of allied aircrews.",
  ("Liberal Party of Australia", S, pos, "United States", "welcome of the US remarks"),
  ("United States", C, neg, "China", "US solidarity + 'a threat to the safety' of aircrews = judgement of China's intercepts (rule 1)"))
U(d, "Dr. Rowan Kestle, a former RAAF navigator and now a fellow", "\"a step change, not just another close pass\".",
  ("Rowan Kestle", C, neg, "China", "invented analyst; judgement on the escalation without stock words (unsure: could be neutral analysis)"))
U(d, "Kestle said Canberra and Ottawa ought to compare their data", "keep operating safely.",
  ("Rowan Kestle", T, neu, "", "appeal for a joint case via military channels = talks"))
U(d, "The Chinese Foreign Ministry yesterday urged Australia to stop sending military aircraft", "what it called provocations.",
  ("China", C, neg, "Australia", "demand + warning of a response = threat"))
U(d, "The Liberal Party said the warning showed exactly why Australia must not be intimidated", "was not negotiable.",
  ("Liberal Party of Australia", C, neg, "China", "charge of intimidation"))
U(d, "Professor Hannah Quill of the Australian National University", "above international waters.",
  ("Hannah Quill", C, neg, "China", "invented scholar; rejects China's legal claim = judgement"))
U(d, "Quill said both governments should nonetheless use the upcoming defence ministers' meeting", "basic safety rules.",
  ("Hannah Quill", T, neu, "", "appeal to both governments"))
U(d, "Asked about the intercept, the Leader of the Opposition said he had been briefed", "in lodging a protest.",
  ("Liberal Party of Australia", S, neu, "Australia", "backing the Government's protest = supporting the Government (unsure: the protest itself is against China)"),
  ("Australia", C, neg, "China", "the Government's protest lodged, reported in the clause"))
U(d, "\"We want a productive relationship with China, we want trade to flow", "Mr Dutton said.",
  ("Liberal Party of Australia", T, neg, "China", "wish for dialogue joined to refusal to stay silent; no judgement word on China in the sentence (unsure: could be condemning)"))
U(d, "He said he did not expect an apology from Beijing and would not hold his breath for one.", "would not hold his breath for one.",
  ("Liberal Party of Australia", C, neg, "China", "sarcastic judgement on Beijing (unsure: could be neutral expectation)"))
