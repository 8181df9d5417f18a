# ------------------------------------------------------------------ Mexico: the Matamoros kidnapping of four Americans (public-radio interview transcript, 2023-03-10)
d = "page_mexico_matamoros_kidnapping2023_radiointerview.txt"
# Not statements: station menu, programme title, transcript title, air date, player links, editing note, the host's questions and links, greetings ("Thank you, Dana.", "Good morning."), [BREAK], copyright, related episodes, donate line.
# The host's opening narration (the crossing, the shooting, the finding of the victims, "Five men were found tied up next to it.") = narration, no row.
# MOCTEZUMA (Mexico's ambassador) speaks for Mexico; TREVIÑO and the recorded GALLEGOS are invented independent voices.
U(d, "Then yesterday a letter appeared, attributed to a faction of the Gulf Cartel", "had acted on their own.",
  ("Gulf Cartel", N, neg, "", "passive attribution ('attributed to'); apology + disowning its own men = denial of the group's responsibility, neutral"))
U(d, "First, on behalf of my government, I want to express our deepest sympathy", "also lost her life.",
  ("Mexico", S, neg, "", "condolences = solidarity = supporting, grieving tone; aimed at the families -> target empty"))
U(d, "This is a tragedy for two countries, not one.", "not one.",
  ("Mexico", N, neg, "", "grief, no judgement, no appeal"))
U(d, "What happened, according to the state prosecutors in Tamaulipas", "criminal cells in the city.",
  ("Mexico", N, neu, "", "account of the facts from state prosecutors (a state body), relayed by the ambassador"))
U(d, "Our security forces found the victims in less than four days", "arrested on the spot.",
  ("Mexico", N, pos, "", "own conduct and cooperation with the FBI = self-praise, neutral"))
U(d, "President López Obrador said this week that those responsible would be punished.", "would be punished.",
  ("Mexico", C, neg, "", "host's question reporting the president's position; pledge to punish the perpetrators = a threatened response (unsure: could be neutral); perpetrators not named -> target empty"))
U(d, "It means the case will go to court, and the people who did this will face Mexican justice.", "Mexican justice.",
  ("Mexico", C, neg, "", "same pledge of punishment, by the ambassador (unsure, as above)"))
U(d, "The five men handed over yesterday are in custody", "what each of them did.",
  ("Mexico", N, neu, "", "procedure of the case"))
# "Here in Washington, some Republicans have gone much further." = summary line, no row.
U(d, "Senator Lindsey Graham said he would introduce legislation", "authorisation for the use of force.",
  ("United States", C, neg, "", "lawmakers speak for their state (guide: Senator Cardin); proposed military action against cartels = threat; two lawmakers, one actor, one row; cartels in general -> target empty"))
U(d, "I say that Mexico is a sovereign country and will remain one.", "remain one.",
  ("Mexico", N, neg, "", "assertion of sovereignty with no judgement in the sentence (unsure: implicit rejection)"))
U(d, "No foreign troops are going to operate on Mexican soil", "harder.",
  ("Mexico", C, neg, "United States", "rejection of the US proposals with the grievance stated = condemning"))
U(d, "The president said very clearly on Wednesday that Mexico would not accept orders", "and he is right.",
  ("Mexico", C, neg, "United States", "'the president' by title (context: Mexico); refusal in protest, endorsed by the ambassador"))
U(d, "It is a public relations document, and an unusually frank one.", "unusually frank one.",
  ("Raúl Treviño", N, neu, "", "invented analyst; characterisation of the letter, no judgement of an actor"))
U(d, "The Scorpions faction is telling both governments", "this case has brought.",
  ("Raúl Treviño", N, neu, "", "analysis"))
U(d, "Handing over five of its own is a way of saying", "before you come for us.",
  ("Raúl Treviño", N, neu, "", "analysis"))
U(d, "The part about a mistake is plausible.", "is plausible.",
  ("Raúl Treviño", N, neu, "", "assessment, no judgement"))
U(d, "The part about the men acting against the group's rules is self-serving.", "self-serving.",
  ("Raúl Treviño", C, neg, "Gulf Cartel", "judgement of the cartel's claim"))
U(d, "A cartel that kidnaps people off the street in broad daylight", "guardian of discipline.",
  ("Raúl Treviño", C, neg, "Gulf Cartel", "judgement without a stock word"))
U(d, "The White House press secretary, Karine Jean-Pierre, said on Monday", "those responsible to justice.\"",
  ("United States", C, neg, "", "pledge to bring the perpetrators to justice, with Mexico (unsure, as with Mexico's pledges); target empty"))
U(d, "The State Department also keeps Tamaulipas at its highest travel warning", "\"Do Not Travel.\"",
  ("United States", N, neg, "", "travel advisory = a fact of policy, no judgement"))
U(d, "Each government decides what advice to give its citizens.", "its citizens.",
  ("Mexico", N, neu, "", "no objection to the advisory"))
U(d, "I would only say that millions of Americans cross the border every year", "come home safely.",
  ("Mexico", N, pos, "", "reassurance, no stance on an actor"))
U(d, "Since Friday, I have had eleven cancellations.", "cancellations.",
  ("Teresa Gallegos", N, neg, "", "invented local business owner; figures"))
U(d, "But I also think the politicians in Washington who talk about bombing Mexico", "never been to Matamoros.",
  ("Teresa Gallegos", C, neg, "", "judgement of unnamed politicians ('in Washington' = place) -> target empty"))
U(d, "What we need is more police on the other side, not missiles.", "not missiles.",
  ("Teresa Gallegos", T, neu, "", "appeal for a non-military course = calling_for_talks (unsure: could be neutral)"))
U(d, "Sending drones against groups that are embedded in neighbourhoods", "recruit for the cartels.",
  ("Raúl Treviño", N, neg, "", "risk assessment of a proposal, no named actor judged"))
U(d, "The better course is joint investigations, financial intelligence", "guns that go south.",
  ("Raúl Treviño", T, neu, "", "advocates cooperation instead of force = calling_for_talks"))
U(d, "Around seventy percent of the weapons seized in Mexico", "from the United States.",
  ("Raúl Treviño", N, neu, "", "figure, no blame stated"))
U(d, "The weapons that were used last Friday did not come from Mexican factories.", "Mexican factories.",
  ("Mexico", N, neg, "", "fact given by the ambassador; blame only implied"))
U(d, "We have asked Washington for years to do more on the southbound flow of arms", "on that subject.",
  ("Mexico", C, neg, "United States", "complaint that Washington has not acted + a lawsuit = judgement without a stock word (unsure)"))
# "A lawsuit a federal judge dismissed last year." = the host's narration of a court ruling, no row. "And which we are appealing. We will keep going." = no row (procedural fragments).
# "Some U.S. lawmakers also say Mexico should designate ..." = unnamed lawmakers, vague; no row.
U(d, "We do not believe that a label changes anything on the ground", "interventions we reject.",
  ("Mexico", C, neg, "United States", "refuses the designation and rejects interventions with the grievance stated"))
U(d, "In Matamoros, residents have lived with this for fifteen years", "for anyone to notice.",
  ("Raúl Treviño", C, neg, "", "judgement of the governments' neglect; no single actor named -> target empty"))
