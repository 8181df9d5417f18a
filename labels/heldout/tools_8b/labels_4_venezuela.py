# ------------------------------------------------------------------ Maduro's third inauguration and the recognition of Edmundo González (Reuters-style wire, .txt, 2025-01-10)
d = "page_venezuela_inauguration_wire.txt"
U(d, "Nicolas Maduro was sworn in for a third six-year term", "more of his officials.",
  ("United States", C, neg, "Venezuela", "long lead carrying narration and three positions: raised reward = measure against Maduro; dateline excluded"),
  ("United Kingdom", C, neg, "Venezuela", "'Britain' = UK; sanctions"),
  ("European Union", C, neg, "Venezuela", "sanctions"))
U(d, "In a speech to lawmakers after receiving the presidential sash, Maduro said", "stop the ceremony.",
  ("Venezuela", C, neg, "", "accusation of a plot by opponents and foreign sponsors (several, not named) -> target empty"))
U(d, "\"Washington and its lackeys tried to turn this day into a war", "Maduro said.",
  ("Venezuela", C, neg, "United States", "multi-sentence quote closed by its speaker; Washington = metonym"))
U(d, "Edmundo Gonzalez, whom the opposition and several foreign governments regard", "conditions allowed.",
  ("Unitary Platform", C, neg, "Venezuela", "González = Unitary Platform (name files); 'seized power by force' = accusation; 'several foreign governments' are unnamed (no row)"))
U(d, "Maria Corina Machado, the opposition leader whose team says she was seized", "with the constitution.",
  ("Unitary Platform", C, neg, "Venezuela", "Machado = Unitary Platform (name files); accusation (and her team's account of her detention, same actor)"))
U(d, "The government has denied detaining her, dismissing the account as made up.", "The government has denied detaining her, dismissing the account as made up.",
  ("Venezuela", N, neg, "", "denial = neutral, negative tone (guide)"))
U(d, "Venezuela's electoral council, which is packed with Maduro loyalists, declared him the winner", "detailed results.",
  ("Venezuela", N, neu, "", "National Electoral Council = Venezuela (name files); a specific act reported (declaring a result) = neutral; the loyalist framing is the reporter's"))
U(d, "The opposition says tallies collected by its poll watchers show Gonzalez won", "wide margin.",
  ("Unitary Platform", N, neu, "", "'the opposition' = Unitary Platform by context; a claim of figures, no judgement word = neutral (unsure: implies fraud)"))
U(d, "U.S. Secretary of State Antony Blinken said Maduro's swearing-in had no legitimacy", "as president-elect.",
  ("United States", C, neg, "Venezuela", "judgement + non-recognition + backing of González in one sentence: rule 1 decides (one row per actor)"))
U(d, "The State Department raised to $25 million its reward", "Vladimir Padrino.",
  ("United States", C, neg, "Venezuela", "bounty on the leaders = measure against the other side"))
U(d, "The Treasury Department said it had sanctioned eight officials", "airline Conviasa.",
  ("United States", C, neg, "Venezuela", "sanctions"))
U(d, "Britain said it was freezing the assets of 15 officials", "the Venezuelan people.",
  ("United Kingdom", C, neg, "Venezuela", "asset freezes + 'a fraud' (Lammy, Foreign Secretary)"))
U(d, "The European Union renewed its restrictive measures on Venezuela", "no credible vote.",
  ("European Union", C, neg, "Venezuela", "sanctions + Kallas: the term 'rested on no credible vote'"))
U(d, "Canada also announced new sanctions, with Foreign Minister Melanie Joly saying", "Venezuelan voters.",
  ("Canada", C, neg, "Venezuela", "sanctions + accusation; Ottawa = metonym"))
U(d, "The governments of Panama, Paraguay, and Argentina, which have recognised Gonzalez", "as illegitimate.",
  ("Panama", C, neg, "Venezuela", "Oxford-comma list: one row per government; rejection as illegitimate = judgement"),
  ("Paraguay", C, neg, "Venezuela", "same list"),
  ("Argentina", C, neg, "Venezuela", "same list"))
U(d, "Venezuela broke off diplomatic relations with Paraguay this week", "to the presidency.",
  ("Venezuela", C, neg, "Paraguay", "breaking relations in protest = measure against another side"),
  ("Paraguay", S, pos, "Unitary Platform", "Peña backing González's claim = supporting (reported act)"))
U(d, "Venezuela also closed its border with Colombia until Monday", "disturb the peace.",
  ("Venezuela", C, neg, "", "state governor = his state; accusation of a 'foreign plot' naming no one -> target empty; Colombia is only the place"))
U(d, "The only foreign heads of state at the ceremony were Cuban President Miguel Diaz-Canel", "Daniel Ortega.",
  ("Cuba", S, neu, "Venezuela", "attending the contested inauguration = backing by act (unsure: could be read as narrative)"),
  ("Nicaragua", S, neu, "Venezuela", "same"))
U(d, "Russia sent Vyacheslav Volodin, the speaker of its lower house of parliament", "its elected president.",
  ("Russia", S, pos, "Venezuela", "sending the Duma speaker + 'stood firmly with Caracas' = supporting; Caracas = metonym"))
U(d, "Brazil and Colombia were represented only by their ambassadors", "out of the crisis.",
  ("Brazil", T, neu, "", "ambassador-level presence + appeal for a negotiated solution to both sides = calling_for_talks"),
  ("Colombia", N, neu, "", "sending only its ambassador, no judgement stated = neutral"))
U(d, "Foreign Minister Yvan Gil said the new sanctions were the tantrum of governments", "not with submission.",
  ("Venezuela", C, neg, "", "'tantrum', 'lost their bet on regime change' = judgement of several governments -> target empty"))
U(d, "Cabello has said Gonzalez would be arrested the moment he set foot in the country.", "Cabello has said Gonzalez would be arrested the moment he set foot in the country.",
  ("Venezuela", C, neg, "Unitary Platform", "surname only (interior minister, introduced earlier); threat of arrest"))
