# ------------------------------------------------------------------ Venezuela, Grenell visit (live blog, full HTML, 2025-01-31)
d = "page_venezuela_grenell_liveblog.html"
U(d, "Richard Grenell, President Donald Trump's envoy for special missions, posted a photograph", "Venezuelan prison system.",
  ("United States", N, neu, "", "envoy = state; own act reported"))
U(d, "\"Six Americans are on their way back to their families tonight", "Grenell wrote on X.",
  ("United States", N, pos, "", "social-media post; self-praise = neutral, positive"))
U(d, "Trump also posted about the release,", "\"terrific work\".",
  ("United States", N, pos, "", "praise of his own envoy = self-praise (not support for another actor)"))
U(d, "Speaking on state television after the meeting, Nicolás Maduro said he hoped", "something to gain.",
  ("Venezuela", T, pos, "United States", "hope for better relations"))
U(d, "\"We have spoken with frankness,\" Maduro said.", "Maduro said.",
  ("Venezuela", N, neu, "", "description of the talks"))
U(d, "\"What Venezuela will not accept from anyone are threats, blackmail or orders.\"", "or orders.\"",
  ("Venezuela", C, neg, "United States", "continued quote; 'will not accept threats, blackmail' = judgement aimed at Washington (unsure: no party named)"))
U(d, "Maduro said the two sides had agreed to keep a channel of communication open", "meet again.",
  ("Venezuela", T, pos, "United States", "agreement to keep talking"),
  ("United States", T, neu, "Venezuela", "position of the US reported by Maduro ('the two sides had agreed')"))
U(d, "Venezuela's foreign ministry said in a communique that the meeting", "drug trafficking.",
  ("Venezuela", N, neu, "", "facts about the meeting"))
U(d, "The communique said the talks had taken place in a climate of mutual respect.", "mutual respect.",
  ("Venezuela", N, pos, "", "positive description of own talks, no support for another actor"))
U(d, "Opposition leader María Corina Machado welcomed the Americans' release", "July election.",
  ("Unitary Platform", C, neg, "Venezuela", "Machado -> the opposition coalition (unsure); welcome + 'hostages of the regime': rule 1"))
U(d, "Edmundo González, the opposition candidate whom the United States recognises", "post from exile.",
  ("Unitary Platform", S, pos, "United States", "González -> Unitary Platform; gratitude = support"),
  ("United States", S, pos, "Unitary Platform", "recognition stated in a relative clause = backing by act (unsure: standing background)"))
U(d, "In Bogotá, Colombia's President Gustavo Petro said dialogue", "shared border.",
  ("Colombia", T, neu, "Venezuela", "dialogue policy; Bogotá = place, Caracas = metonym"))
U(d, "Petro, who clashed with Trump last weekend over military deportation flights,", "\"with dignity and not in chains\".",
  ("Colombia", C, neg, "United States", "'not in chains' = implied judgement of US deportations (unsure)"))
U(d, "Colombia and Venezuela would keep coordinating security along the border", "he added.",
  ("Colombia", N, neu, "", "plans; attribution tail 'he added'"),
  ("Venezuela", N, neu, "", "joint plan reported by Petro"))
U(d, "White House press secretary Karoline Leavitt said Grenell's visit did not mean", "as illegitimate.",
  ("United States", C, neg, "Venezuela", "'illegitimate' = judgement; refusal to recognise"))
U(d, "Leavitt said the envoy had two aims:", "detained Americans home.",
  ("United States", N, neu, "", "aims of the trip"))
U(d, "Asked in the Oval Office about the meeting, Trump said he remained a strong opponent", "its own people terribly.",
  ("United States", C, neg, "Venezuela", "judgement"))
U(d, "Trump repeated that the United States could stop buying Venezuelan oil altogether", "earlier this month.",
  ("United States", C, neg, "Venezuela", "threatened trade measure"))
U(d, "Mauricio Claver-Carone, the State Department's special envoy for Latin America,", "without conditions.",
  ("United States", C, neg, "Venezuela", "'used as bargaining chips' + demand: rule 1"))
U(d, "He said Venezuela would face consequences if it refused", "in exchange.",
  ("United States", C, neg, "Venezuela", "threat of consequences"))
U(d, "Venezuela's Interior Minister Diosdado Cabello has repeatedly described", "plots against Maduro.",
  ("Venezuela", C, neg, "United States", "accusation against US intelligence"))
U(d, "Attorney General Tarek William Saab said this week that Tren de Aragua", "structured gang.",
  ("Venezuela", N, neu, "", "rebuttal of the US premise stated as a fact, no judgement"))
