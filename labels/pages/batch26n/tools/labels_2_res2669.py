# ------------------------------------------------------------------ UNSC resolution 2669 on Myanmar: UN meetings coverage (2022-12-21)
d = "page_myanmar_resolution2669_unscmeetings2022.txt"
# Not statements: site menu, breadcrumbs, press-release line, meeting number, headline and sub-headline, "Statements" crosshead, meeting times, disclaimer, related documents, share bar, footer.
U(d, "The Security Council today demanded an immediate end to all forms of violence", "State Counsellor Aung San Suu Kyi.",
  ("United Nations", T, neg, "Myanmar", "lead: demand to stop violence and free prisoners, addressed to the military, no explicit judgement word beyond 'arbitrarily' = calling_for_talks (README: demand to one side to stop) (unsure: 'arbitrarily detained' could read as a judgement)"))
# "Resolution 2669 (2022) was adopted by a vote of 12 in favour ..." = the vote tally, narration of procedure, no row (abstentions are explained below by each speaker).
U(d, "By the text, the Council also voiced support for the central role", "by 15 March 2023.",
  ("United Nations", S, pos, "ASEAN", "backing of ASEAN's role and plan; reporting request is procedure inside the same sentence"))
U(d, "Before the vote, under rule 39 of its provisional rules of procedure", "by air strikes and arson.",
  ("Nang Seng Hom", C, neg, "Myanmar", "invented civil-society briefer (person); accusation by describing attacks on civilians (only the military flies air strikes)"))
U(d, "\"Every month that this chamber waits, another school", "back its words with an arms embargo.",
  ("Nang Seng Hom", C, neg, "", "reproach of the Council's delay + call for an arms embargo (sanction) = condemning; two targets (Council, military) -> empty"))
U(d, "Speaking after the vote, the representative of the United Kingdom, which drafted the text,", "almost two years.",
  ("United Kingdom", S, pos, "United Nations", "'the representative of X' form; approval of the Council's adoption"))
U(d, "The generals now knew precisely what the Council required of them, she said,", "ahead of old divisions.",
  ("United Kingdom", S, pos, "", "praise of the Council's unity, with a pointed message to the generals but no judgement or threat in this sentence (unsure: could be condemning)"))
U(d, "She added that London would keep the Council seized of the matter", "ignore the ASEAN plan.",
  ("United Kingdom", C, neg, "Myanmar", "speaker carried by 'She'; conditional threat of further Council action against the junta"))
U(d, "The representative of the United States called the text a first step, no more,", "to be satisfied with words.",
  ("United States", C, neg, "Myanmar", "judgement by describing the military's record (killed, detained, displaced)"))
U(d, "Washington would continue to impose costs on the regime", "she said.",
  ("United States", C, neg, "Myanmar", "sanctions on the regime and its suppliers = condemning"))
U(d, "China's delegate said his country still had reservations about the draft", "complexity of the situation.",
  ("China", N, neg, "", "reservations about the text, no judgement on an actor = neutral, negative (explanation of abstention)"))
U(d, "No single formula would settle a problem with roots so deep, he continued.", "he continued.",
  ("China", N, neu, "", "assessment, no appeal"))
U(d, "In the end, he said, the answer had to come from inside the country", "pressure or sanctions.",
  ("China", T, neu, "", "appeal for an internal settlement helped by outsiders, against pressure aimed at no named actor = calling_for_talks"))
U(d, "The representative of the Russian Federation said his delegation regarded the situation", "the wrong forum.",
  ("Russia", N, neg, "", "procedural objection to the Council's competence, grievance follows in the next sentence = neutral (unsure)"))
U(d, "The text, he said, reflected the wish of certain Western members", "the views of ASEAN.",
  ("Russia", C, neg, "", "accusation of 'certain Western members' (no canonical target) of interference; abstention explained"))
U(d, "Speaking in her national capacity, the representative of India, Council President for December,", "rather than from a public text.",
  ("India", T, neu, "", "explanation of abstention preferring quiet diplomatic contacts = a call for a diplomatic course, no judgement (unsure: could be neutral)"))
U(d, "A resolution at this stage could make the parties less willing to move, she said,", "toward democracy.",
  ("India", T, neu, "", "risk assessment + backing for a Myanmar-owned political process = calling_for_talks (a process, not an actor)"))
U(d, "The representative of Ireland said the text was overdue", "what the military was capable of.",
  ("Ireland", C, neg, "Myanmar", "judgement of the military via the July executions, no stock word"))
U(d, "He welcomed the call for the release of political prisoners", "stronger language on accountability.",
  ("Ireland", S, pos, "United Nations", "welcome of the Council's call; wish for stronger text is not a judgement of an actor"))
U(d, "Norway's speaker expressed deep concern at the humanitarian situation", "in need of assistance.",
  ("Norway", N, neg, "", "concern with figures, no appeal in this sentence = neutral"))
U(d, "She urged all parties to allow aid workers safe and unhindered access", "outside the military's control.",
  ("Norway", T, neu, "", "appeal for humanitarian access to all parties; 'She' = Norway's speaker"))
U(d, "The representative of France said the coup had plunged Myanmar", "would one day answer for them.",
  ("France", C, neg, "Myanmar", "judgement: atrocities, those responsible will answer"))
U(d, "Kenya's representative voted in favour, he said, out of solidarity with ASEAN", "search for a solution.",
  ("Kenya", S, pos, "ASEAN", "solidarity with and praise of ASEAN"))
U(d, "The speaker for Mexico welcomed the adoption and expressed the hope", "an end to the violence.",
  ("Mexico", T, pos, "", "welcome joined to a hope for dialogue and an end to violence, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "Ghana's delegate joined others in supporting the resolution and commended Indonesia", "Five-Point Consensus forward.",
  ("Ghana", S, pos, "Indonesia", "support for the text and praise of Indonesia (the named actor praised)"))
U(d, "The representatives of the United Arab Emirates and Gabon both said", "the backing of the whole Council.",
  ("United Arab Emirates", S, pos, "ASEAN", "pair of states: one row each; backing for the ASEAN envoy"),
  ("Gabon", S, pos, "ASEAN", "pair of states: one row each; backing for the ASEAN envoy"))
U(d, "Albania's representative said the junta had turned its guns on its own people", "a regime that ruled by fear.",
  ("Albania", C, neg, "Myanmar", "judgement without stock words; the junta speaks for Myanmar as target"))
U(d, "Brazil's delegate said his country had supported the text in the expectation", "not replace, regional efforts.",
  ("Brazil", S, neu, "", "conditional approval of the text (supporting), neutral tone; aimed at no single actor"))
