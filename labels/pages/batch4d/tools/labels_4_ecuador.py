# ------------------------------------------------------------------ Ecuador (AFP-style wire, 2024-01-10)
d = "page_ecuador_conflict_wire.txt"
U(d, "Ecuador's President Daniel Noboa declared an \"internal armed conflict\"", "during a live broadcast.",
  ("Ecuador", C, neg, "", "dateline 'Quito (AFP) - ' excluded; announced military operation against 22 gangs designated terrorists = condemning; several groups -> target empty"))
U(d, "Police said they had freed all the hostages", "storming the building.",
  ("Ecuador", N, neu, "", "police = state body; own operation and arrests as facts"))
U(d, "\"There will be no deals with those who are holding the country to ransom,\"", "station on Wednesday.",
  ("Ecuador", C, neg, "", "quote before the speaker; refusal to deal + 'holding the country to ransom' (judgement) aimed at the gangs collectively -> target empty"))
U(d, "\"We are at war, and in a war", "with terrorists.\"",
  ("Ecuador", C, neg, "", "quote continued after the attribution, same speaker (own unit); refusal to negotiate with 'terrorists'"))
U(d, "The 36-year-old, who took office in November", "would be built.",
  ("Ecuador", N, neu, "", "Noboa by description only ('The 36-year-old'); plans, no judgement"))
U(d, "Admiral Jaime Vela, head of the armed forces' Joint Command", "of the country\".",
  ("Ecuador", C, neg, "", "announced operation against the groups = condemning; target empty (many gangs)"))
U(d, "The violence erupted after Adolfo Macias, alias \"Fito\"", "night-time curfew.",
  ("Ecuador", N, neu, "", "Noboa's state of emergency reported in a narrative clause: a specific act of the state, no judgement -> neutral"))
U(d, "The police said on Wednesday that at least 10 people", "had been released.",
  ("Ecuador", N, neu, "", "toll and arrests given by the police, no blame"))
U(d, "In a video circulated on social media and attributed to Los Lobos", "was not withdrawn.",
  ("Los Lobos", C, neg, "Ecuador", "armed group as actor; threat against the state's forces and civilians; attribution hedged in the text"))
U(d, "Neighbouring Peru declared a state of emergency", "cabinet meeting in Lima.",
  ("Peru", N, neu, "", "preventive border measure, aimed at no actor: neutral; Lima = place"))
U(d, "Peru's foreign ministry strongly condemned what it called acts of terror", "neighbouring people.",
  ("Peru", C, neg, "", "condemnation of the gangs' acts (no canonical target)"))
U(d, "The ministry also expressed its support for Noboa's government", "democratic institutions.",
  ("Peru", S, pos, "Ecuador", "'The ministry' = Peru's foreign ministry; support for a government"))
U(d, "Colombian President Gustavo Petro offered Quito his government's full cooperation", "600-kilometre border.",
  ("Colombia", S, pos, "Ecuador", "offer of cooperation (supporting) + own border reinforcement (neutral): one row per actor, supporting by rule 3; Quito = Ecuador"))
U(d, "Argentina's Security Minister Patricia Bullrich said Buenos Aires was ready", "if asked.",
  ("Argentina", S, pos, "Ecuador", "offer of forces = offered assistance; Buenos Aires = Argentina"))
U(d, "Brazil's foreign ministry said it was watching with concern", "Ecuadoran cities.",
  ("Brazil", N, neg, "", "concern WITHOUT an appeal: neutral, negative"))
U(d, "China's embassy in Quito said it had suspended its public services", "further notice.",
  ("China", N, neu, "", "embassy = state; own measure, no judgement; actor with one statement"))
U(d, "In Washington, Brian Nichols, the top US diplomat for Latin America", "talking daily.",
  ("United States", S, neg, "Ecuador", "alarm + offer of help = offered assistance (supporting), negative tone"))
U(d, "White House national security adviser Jake Sullivan said the attack", "held accountable.",
  ("United States", C, neg, "", "judgement of the attackers + accountability; no canonical target"))
U(d, "The secretary general of the Organization of American States, Luis Almagro, condemned", "Ecuadoran people.",
  ("Organization of American States", C, neg, "", "condemnation + solidarity in one sentence: rule 1 (judgement outranks support); target empty (gangs)"))
U(d, "The European Union said in a statement that it stood by the people", "difficult moment.",
  ("European Union", S, pos, "Ecuador", "solidarity"))
U(d, "Human Rights Watch said it was worried that framing the crisis", "against civilians.",
  ("Human Rights Watch", N, neg, "", "concern WITHOUT an appeal about the decree: neutral, negative (unsure: could be read as criticism of Ecuador)"))
