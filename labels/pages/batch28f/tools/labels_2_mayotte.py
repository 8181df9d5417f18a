# ------------------------------------------------------------------ Mayotte: Operation Wuambushu and the Comoros' refusal of returnees (French MFA press briefing Q&A, 2023-04-25)
d = "page_mayotte_wuambushu_comoros2023_mfapresser.txt"
# Not statements: site header, breadcrumb, title, date lines, print/share, topic headings, related content, footer.
# "The Deputy Spokesperson opened with an announcement ..." = narration, no row. "Good afternoon." / "I will now take your questions." = no position.
U(d, "The Minister will speak by telephone with several of her African counterparts", "the situation in Sudan.",
  ("France", N, neu, "", "the spokesperson speaks for France; a schedule = neutral"))
# Questions that only ask ("Can you give us an updated figure ...?") are no one's statements.
U(d, "Since Sunday, the French armed forces have flown more than 500 people out of Sudan", "including European partners.",
  ("France", N, neu, "", "own evacuation reported as a figure = neutral (unsure: evacuating other states' citizens could read as assistance)"))
U(d, "Some of our compatriots have chosen to stay", "with each of them.",
  ("France", N, neu, "", "fact about own nationals"))
U(d, "We are deeply grateful to the Djiboutian authorities", "without hesitation.",
  ("France", S, pos, "Djibouti", "thanks to Djibouti = supporting"),
  ("Djibouti", S, pos, "France", "Djibouti's act reported by France: opening its airport to the flights = backing by act"))
U(d, "The U.S. Secretary of State announced overnight that the Sudanese army", "seventy-two-hour truce.",
  ("United States", T, neu, "", "a journalist's question reporting the US announcement of a truce = the US position (labels/README); two parties -> target empty"),
  ("Sudan", T, neu, "", "the army speaks for its state; agreeing to a truce = calling_for_talks (reported by the US)"),
  ("Rapid Support Forces", T, neu, "", "agreeing to a truce = calling_for_talks (reported by the US)"))
U(d, "We take note of that announcement.", "We take note of that announcement.",
  ("France", N, neu, "", "procedural line = neutral"))
U(d, "France calls on both generals to honour this truce in full", "humanitarian convoys.",
  ("France", T, neu, "", "appeal to both sides to keep the truce and protect civilians = calling_for_talks"))
U(d, "The shelling of residential districts in Khartoum over the past ten days is unacceptable", "will have to answer for it.",
  ("France", C, neg, "", "'unacceptable' + accountability; aimed at both sides -> target empty"))
U(d, "The RSF said in a message on its social media accounts that it would respect the pause", "the previous violations.",
  ("Rapid Support Forces", C, neg, "Sudan", "reported in a question; commitment to the pause + blame of the army: the judgement decides (rule 1)"))
U(d, "Our ambassador has been in contact with both sides since the fighting began", "the departure of our nationals.",
  ("France", N, neu, "", "contacts for the evacuation = fact"))
U(d, "The Comorian authorities yesterday refused to let the Maria Galanta dock", "as long as France acted alone.",
  ("Comoros", C, neg, "France", "question reporting the Comoros' act and its spokesman's words; refusal in protest with a grievance ('acted alone') = condemning"))
U(d, "I would first recall a simple point: Mayotte is French", "everyone who lives on the island.",
  ("France", N, neu, "", "claim of sovereignty and legal basis of its own operation, no judgement on another actor"))
U(d, "The decision taken yesterday by the authorities in Moroni goes against the commitments", "we have told them so.",
  ("France", C, neg, "Comoros", "charge of breaking commitments, no stock word; Moroni = metonym"))
U(d, "We expect those commitments to be honoured.", "We expect those commitments to be honoured.",
  ("France", T, neg, "Comoros", "demand addressed to one side with no judgement word = calling_for_talks, negative (labels/README)"))
# "Are you saying the Comoros have broken the agreement?" = the journalist's question, no row.
U(d, "I am saying that the agreement contains reciprocal undertakings", "including on development aid.",
  ("France", N, neu, "", "own conduct + fact; the implied reproach is carried by the earlier sentence"))
U(d, "The Minister of the Interior will receive his Comorian counterpart in the coming days", "the Comorian foreign ministry.",
  ("France", T, neu, "Comoros", "hosting a meeting and keeping a channel open = calling_for_talks"))
U(d, "We want this question to be settled through dialogue", "good neighbourliness.",
  ("France", T, pos, "Comoros", "appeal for dialogue = calling_for_talks"))
U(d, "The Anjouan governor, Anissi Chamsidine, said his island could not absorb", "by the French State.",
  ("Comoros", C, neg, "France", "provincial official resolves to his state; 'violence exported ... by the French State' = accusation"))
# "No." = part of the denial that follows, no row of its own.
U(d, "There is nothing violent in enforcing the law on national territory", "every person concerned.",
  ("France", N, neg, "", "denial of the charge = neutral, negative"))
U(d, "President Azali Assoumani has said he prefers dialogue with Paris", "stop the operation by force.",
  ("Comoros", T, neu, "France", "reported in a question; preference for dialogue = calling_for_talks"))
U(d, "We have heard the President's words and we welcome the preference for dialogue", "that they express.",
  ("France", S, pos, "Comoros", "'the President' = Azali (context); welcome of the other side's stance, no appeal in the sentence = supporting (unsure: welcome of a dialogue stance could be read as calling_for_talks)"))
U(d, "France is ready to discuss every practical aspect of returns with the Comorian side", "the principle is accepted.",
  ("France", T, neu, "Comoros", "conditional offer of talks = calling_for_talks (labels/README)"))
# "A court in Mamoudzou has just suspended ..." = a court's ruling reported as fact in a question; the court is not an actor here (no row).
U(d, "The Ministry does not comment on court decisions", "the Ministry of the Interior.",
  ("France", N, neu, "", "procedural line = neutral"))
U(d, "The Government will of course act in accordance with any ruling.", "act in accordance with any ruling.",
  ("France", N, neu, "", "own conduct = neutral"))
U(d, "Halidi Mroudjae, who chairs a federation of Comorian diaspora associations in Marseille, said", "as intruders.",
  ("Halidi Mroudjae", C, neg, "France", "invented association head (person); judgement on the French operation, reported in a question"))
U(d, "I would tell him that people in a regular situation have nothing to fear", "treated with dignity.",
  ("France", N, pos, "", "reassurance about own conduct = neutral"))
U(d, "Émilie Vasseur, a researcher at the Indian Ocean Studies Institute in Saint-Denis, has written", "start sailing again.",
  ("Émilie Vasseur", T, neu, "", "invented researcher; proposal of a joint commission = calling_for_talks; two capitals -> target empty"))
U(d, "We are open to every format that allows returns to take place in an orderly way.", "in an orderly way.",
  ("France", T, neu, "", "openness to a negotiating format = calling_for_talks"))
# "I have nothing more to announce today." / "Has the African Union raised ...?" / "Not to my knowledge." / "Thank you all." = no position, no row.
