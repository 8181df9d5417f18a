DOC = "page_guinea_broadcastlicences2024_ngopage.html"
J1 = "We, the undersigned organisations, regard the withdrawal of these licences as a breach of faith with a profession that had done everything the authorities asked of it, down to creating its own self-regulation body."
J2 = "We call on the transitional authorities to repeal the order of 21 May, restore the frequencies and licences of the six stations, and resume the dialogue opened with press organisations earlier this year."
J3 = "We ask ECOWAS and the African Union to raise press freedom in their discussions with Conakry on the timetable for the return to constitutional order."
J4 = "We stand with the hundreds of journalists, technicians and presenters whose livelihoods have been taken from them by this decision."
SIGN = ["Media Foundation for West Africa", "Syndicat des Professionnels de la Presse de Guinée", "International Federation of Journalists"]
ROWS = [
("The Media Foundation for West Africa (MFWA) denounces the decision of Guinea's transitional authorities to strip six of the country's most popular private broadcasters of their licences, a measure that completes months of censorship and leaves millions of Guineans without the independent radio and television they relied on.",
 "Media Foundation for West Africa", "condemning", "negative", "Guinea", "the NGO's own release; 'denounces', 'censorship'"),
("In an order dated 21 May 2024, the Minister of Information and Communication, Fana Soumah, revoked the licences of FIM FM, Espace FM, Espace TV, Sweet FM, Djoma FM and Djoma TV, together with all their relay stations in the interior of the country.",
 "Guinea", "condemning", "negative", "", "minister = Guinea; revoking licences = a sanction taken against the outlets (guide: sanctions are condemning); several outlets -> target empty (unsure: could be read as a neutral administrative act)"),
("A team from the telecommunications regulator, ARPT, accompanied by a bailiff and a gendarme, delivered the decision to the stations on the morning of 22 May and instructed them to stop broadcasting at once.",
 "Guinea", "neutral", "negative", "", "state regulator executing the order: procedure, the sanction itself is the previous sentence (unsure: could be condemning as part of the same measure)"),
("The ministry justified the measure by what it described as the stations' failure to abide by the obligations set out in their licence specifications.",
 "Guinea", "condemning", "negative", "", "'the ministry' = Guinea; accusation of breaches against the stations"),
("“We learned we were closed from a bailiff standing in our newsroom. Nobody has told us which rule we are supposed to have broken,” Talibé Barry, the director general of FIM FM, told the MFWA.",
 "FIM FM", "neutral", "negative", "", "station director speaks for the station; account of how the order was served, criticism only implied (unsure: could be condemning Guinea)"),
("Djoma Médias said in a statement that it had met every legal requirement placed on it and called the decision a punishment for reporting that displeased the authorities.",
 "Djoma Médias", "condemning", "negative", "Guinea", "rejects the grounds and calls the decision a punishment = judgement"),
("Their frequencies have been jammed since late 2023, and the authorities later ordered the removal of their television channels from the Canal+ and StarTimes packages, citing national security.",
 "Guinea", "condemning", "negative", "", "specific act by the authorities against the outlets, with its stated ground; jamming in the passive has no named actor"),
("Prime Minister Amadou Oury Bah had told media owners in recent weeks that the government was open to a settlement if the profession put its own house in order.",
 "Guinea", "calling_for_talks", "neutral", "", "conditional offer of a settlement = calling_for_talks (labels README: offering talks, even conditional ones)"),
("The Syndicat des Professionnels de la Presse de Guinée (SPPG), whose secretary general Sékou Jamal Pendessa spent several weeks in detention earlier this year, said it would consult its members on a collective response.",
 "Syndicat des Professionnels de la Presse de Guinée", "neutral", "neutral", "", "plan announced without judgement; Pendessa's detention is narration"),
("The National Front for the Defence of the Constitution (FNDC), which the authorities dissolved in 2022, said the closures were part of a wider drive to muzzle every critical voice before the end of the transition.",
 "National Front for the Defence of the Constitution", "condemning", "negative", "Guinea", "accusation ('muzzle every critical voice')"),
("In New York, the Committee to Protect Journalists said the revocations had turned months of jamming into a permanent ban on Guinea's leading independent broadcasters.",
 "Committee to Protect Journalists", "condemning", "negative", "Guinea", "judgement framing the act as a permanent ban after censorship; New York is the place"),
("The United States Embassy in Conakry said it was deeply concerned by the decision and by its effect on Guineans' access to a range of news sources.",
 "United States", "neutral", "negative", "", "embassy = United States; concern with no appeal = neutral (guide)"),
("The government's spokesman rejected accusations of censorship, saying on national television that the state was simply enforcing rules that every broadcaster had accepted when it was licensed.",
 "Guinea", "neutral", "negative", "", "denial of an accusation = neutral, negative tone; unnamed spokesman of a named government = Guinea"),
] + [(J1, a, "condemning", "negative", "Guinea", "joint statement: one row per signatory; 'breach of faith' = judgement") for a in SIGN] \
  + [(J2, a, "calling_for_talks", "neutral", "Guinea", "joint statement; demand to reverse + resume dialogue, no judgement word in this sentence") for a in SIGN] \
  + [(J3, a, "calling_for_talks", "neutral", "", "joint statement; asks regional bodies to take up the issue diplomatically; Conakry = Guinea as metonym, object not speaker") for a in SIGN] \
  + [(J4, a, "supporting", "positive", "", "joint statement; solidarity with the dismissed media workers (non-canonical) -> target empty") for a in SIGN] + [
("The MFWA will continue to document the situation and has offered legal assistance to the three media groups affected should they challenge the order before the courts.",
 "Media Foundation for West Africa", "supporting", "positive", "", "offer of legal assistance = supporting; three groups -> target empty"),
]
