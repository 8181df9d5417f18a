# ------------------------------------------------------------------ Ecuador's police revolt and Correa's rescue (live blog, scraped, 2010-09-30 / 10-01)
d = "page_ecuador_policerevolt_liveblog.txt"
# Key events, "What we know so far" bullets, timestamps and entry headings: never statements
U(d, "Verónica Andrade, a sociologist at the Latin American Institute", "with the security forces.",
  ("Verónica Andrade", N, neu, "", "independent scholar; 'told us' = the outlet, not an actor"))
U(d, "\"The police were never Correa's institution.", "she said.",
  ("Verónica Andrade", N, neg, "", "multi-sentence quote closed by the speaker: risk of the purge, no judgement"))
U(d, "She expected the government to push its public-sector law through", "blocked it.",
  ("Verónica Andrade", N, neu, "", "scenario of what may happen next"))
U(d, "Martín Olea, a former deputy interior minister", "holding the head of state.",
  ("Martín Olea", C, neg, "", "former official as an independent person; judgement of the government's law ('clumsily') and of the officers -> two parties, target empty"))
U(d, "\"Officers who keep a president prisoner in a hospital", "Olea said.",
  ("Martín Olea", C, neg, "", "judgement of the rebel officers + an appeal for talks with the ranks: rule 1; the officers are not a canonical actor -> target empty"))
U(d, "The national police commander, General Freddy Martínez, has handed", "told reporters in Quito.",
  ("Ecuador", N, neu, "", "police commander / police spokesman = Ecuador; a resignation reported, no evaluation"))
U(d, "Former president Lucio Gutiérrez, whose Patriotic Society Party", "anything to do with it.",
  ("Patriotic Society Party", N, neg, "", "opposition leader speaking for his party; denial = neutral, negative; the government's link is narration here (its own statement comes at 10.45)"))
U(d, "He said instead that Correa had turned a wage protest", "walking into the barracks.",
  ("Patriotic Society Party", C, neg, "Ecuador", "pronoun subject = Gutiérrez; accusation against the president"))
U(d, "At a news conference in the palace, Correa announced a complete overhaul", "face the courts.",
  ("Ecuador", C, neg, "", "measures and prosecution announced against the rebel officers (not a canonical actor) -> target empty"))
U(d, "He said people close to Gutiérrez's party had been among those", "Thursday afternoon.",
  ("Ecuador", C, neg, "Patriotic Society Party", "accusation against the opposition party"))
U(d, "European Council President Herman Van Rompuy said in a statement", "constitutional order.",
  ("European Union", S, pos, "Ecuador", "support/solidarity = supporting"))
U(d, "In Washington, Secretary of State Hillary Clinton said in a statement", "within the law.",
  ("United States", T, pos, "", "backing + appeal to restore order peacefully, no judgement: rule 2 before rule 3 (labels/README), unsure: could be supporting Ecuador"))
U(d, "The State Department said the U.S. Embassy in Quito would keep consular services closed", "stay indoors.",
  ("United States", N, neu, "", "own measures for its citizens = neutral"))
U(d, "Meeting past midnight at the San Martín palace in Buenos Aires", "rest of the continent.",
  ("Union of South American Nations", C, neg, "", "threatened sanctions against any coup government (guide: threats and sanctions) -> target empty; Buenos Aires = place"))
U(d, "UNASUR secretary general Néstor Kirchner said the bloc's foreign ministers", "in person.",
  ("Union of South American Nations", S, pos, "Ecuador", "secretary general = UNASUR; ministers travelling to show support = backing by act"))
U(d, "The leaders also agreed to add a clause on democracy", "in November.",
  ("Union of South American Nations", N, neu, "", "procedure / plan"))
U(d, "Back at Carondelet, Correa told cheering supporters", "would be punished.",
  ("Ecuador", C, neg, "", "accusation of a coup attempt + punishment announced, no named actor -> target empty"))
U(d, "\"What happened today was no protest over wages.", "he said.",
  ("Ecuador", C, neg, "", "multi-sentence quote closed by 'he said'; accusation"))
U(d, "The armed forces' joint command said special units had brought the president out", "several soldiers were wounded.",
  ("Ecuador", N, neg, "", "own operation reported as done, with casualties, no judgement = neutral"))
U(d, "José Miguel Insulza, secretary-general of the Organization of American States, condemned", "in support of Correa.",
  ("Organization of American States", C, neg, "", "condemnation + the Permanent Council's resolution in support (same actor, one row; the judgement decides); no canonical culprit -> target empty"))
U(d, "Colombian President Juan Manuel Santos, who took office in August", "solidarity with Correa.",
  ("Colombia", S, pos, "Ecuador", "border closure as solidarity = backing by act"))
U(d, "In a statement, Santos's office said he hoped order would be restored", "without more bloodshed.",
  ("Colombia", T, pos, "", "hope that order returns without bloodshed = calling_for_talks"))
U(d, "Peru's President Alan García ordered the border with Ecuador closed", "near the frontier.",
  ("Peru", S, neu, "Ecuador", "border closure to back the constitutional government = backing by act; unsure: a measure, but aimed at the rebels, not at Ecuador"))
U(d, "The indigenous movement Pachakutik called on Correa to resign", "for the crisis.",
  ("Pachakutik", C, neg, "Ecuador", "party as its own actor; demand to resign + blame"))
U(d, "National Assembly president Fernando Cordero said lawmakers would keep working", "at gunpoint.",
  ("Ecuador", C, neg, "", "the assembly president = Ecuador; defiance of the rebels without stock words ('at gunpoint'), target empty"))
U(d, "Security Minister Miguel Carvajal said one person had been killed", "outside the hospital.",
  ("Ecuador", N, neg, "", "casualty figures given by an actor = neutral"))
U(d, "Foreign Minister Ricardo Patiño said the president was being held", "kidnapping him.",
  ("Ecuador", C, neg, "", "accusation ('kidnapping'); the officers are not a canonical actor -> target empty"))
U(d, "The head of the armed forces' joint command, General Ernesto González", "angered the police.",
  ("Ecuador", N, neu, "", "the army speaks for its state (guide); loyalty + a request to its own government = neutral"))
U(d, "The government declared a state of exception for five days", "across the country.",
  ("Ecuador", N, neu, "", "own emergency measure, no judgement"))
# 10.05 entry: narration "according to local radio" (a medium reporting a fact), no row
