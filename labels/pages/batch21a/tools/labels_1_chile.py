# ------------------------------------------------------------------ Chile protests, state of emergency and reactions (international wire copy, 2019-10-26)
d = "page_chile_protests_wire.txt"
U(d, "President Sebastian Pinera on Saturday asked every minister", "return of democracy in 1990.",
  ("Chile", N, neu, "", "dateline excluded; long lead: own measures (cabinet resignations, end of curfews) with the march as narration"))
# "The unrest, set off by a rise in Santiago metro fares ..." : narration, toll from no named source -> no row
U(d, "Speaking from the presidential palace, the 69-year-old billionaire said", "announced on Tuesday.",
  ("Chile", N, neu, "", "'the 69-year-old billionaire' = Pinera by context (role-like descriptor); own plan, no position on another actor"))
U(d, "He said no curfew would be imposed on Sunday night", "if order held.",
  ("Chile", N, neu, "", "pronoun subject = Pinera; own measures and procedure"))
U(d, "The move came as the United Nations human rights office said a team", "told reporters in Geneva.",
  ("United Nations", N, neu, "", "OHCHR = United Nations; mission plan and procedure with an attribution tail; 'The move' = Pinera's, narration"))
U(d, "\"We are troubled by the number of people reported injured", "Shamdasani said.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
# "The U.N. human rights chief, a former two-time president of Chile ... had already weighed in" : summary line before the specific statement -> no row
U(d, "Michelle Bachelet on Monday urged the government, the parties and civil society", "independent of the forces involved.",
  ("United Nations", T, neg, "Chile", "role first (previous sentence), then name; appeal for dialogue + independent investigations, no judgement"))
U(d, "Bachelet wrote on Twitter on Thursday", "had asked for one.",
  ("United Nations", N, neu, "", "leader on social media; decision to send a team = procedure"))
U(d, "\"Chile has nothing to hide.", "hospitals and officials.",
  ("Chile", N, pos, "", "multi-sentence quote with the speaker introduced by role then name after it; reassurance about own conduct = neutral, positive"))
U(d, "Interior Minister Andres Chadwick, who oversees the police, rejected accusations", "passed to prosecutors.",
  ("Chile", N, neg, "", "denial of systematic abuses = neutral, negative"))
U(d, "The National Human Rights Institute, a publicly funded but independent body, said", "counted thousands of arrests.",
  ("National Human Rights Institute", N, neg, "", "autonomous rights body under its own name (unsure: could resolve to Chile); own legal actions and figures, no judgement word"))
# "Pinera's critics have not forgotten his remark last Sunday ..." : unnamed critics; Pinera's old remark is the object -> no row
U(d, "Claudia Herrera Vidal, a political scientist who studies", "a few days at most.",
  ("Claudia Herrera Vidal", N, neg, "", "independent analyst under her own name; assessment"))
U(d, "\"The question is no longer the metro fare", "she said.",
  ("Claudia Herrera Vidal", N, neg, "", "multi-sentence quote closed by the speaker; analysis of interests, no explicit judgement"))
U(d, "\"If the government treats Monday as a return to normal", "she added.",
  ("Claudia Herrera Vidal", N, neg, "", "quote continued in the next paragraph; risk scenario = neutral, negative"))
U(d, "Herrera said bringing soldiers on to the streets", "policed Chilean cities.",
  ("Claudia Herrera Vidal", C, neg, "Chile", "surname only; 'a grave mistake that reopened wounds' = judgement without stock words"))
# "Reaction abroad has split largely along the region's ideological lines." : summary line -> no row
U(d, "The general secretariat of the Organization of American States, in a statement", "toppling elected governments.",
  ("Organization of American States", C, neg, "", "accusation of two states (Venezuela and Cuba) -> target empty"))
U(d, "The same statement welcomed Pinera's decision", "already started on.",
  ("Organization of American States", S, pos, "Chile", "welcome + appeal for social policies (not a peace appeal) = supporting"))
U(d, "In Caracas, Venezuelan President Nicolas Maduro said", "against his own people.",
  ("Venezuela", C, neg, "Chile", "Caracas = place here; accusation against Pinera"))
U(d, "His foreign minister, Jorge Arreaza, wrote on Twitter", "take to the streets.",
  ("Venezuela", N, neg, "", "'His' = Maduro's; denial of the OAS charge ('a lie with no evidence') = neutral, negative"))
U(d, "He went further on Friday, calling Luis Almagro", "the office he holds.",
  ("Venezuela", C, neg, "Organization of American States", "pronoun subject = Arreaza; insult of the OAS chief = judgement; Washington is an object, not a speaker"))
U(d, "Ribera hit back at Caracas without naming Maduro", "into exile.",
  ("Chile", C, neg, "Venezuela", "surname only; Caracas = metonym as object; 'would not take lessons on democracy' = judgement without stock words; position after a colon"))
U(d, "Cuban President Miguel Diaz-Canel wrote on Twitter", "a dignified life.",
  ("Cuba", C, neg, "Chile", "solidarity + judgement (answered with bullets): rule 1, judgement decides"))
U(d, "Havana rejected the OAS claim of Cuban meddling as baseless", "any South American country.",
  ("Cuba", N, neg, "", "Havana = metonym; denial = neutral, negative"))
# "Related: Chile's week of protests in pictures" : link title -> no row
U(d, "The European Union's diplomatic service said it was following events", "saddened by the loss of life.",
  ("European Union", N, neg, "", "concern/sorrow without an appeal = neutral, negative"))
U(d, "A spokeswoman added that the bloc expected any use of force", "behind the protests.",
  ("European Union", T, neu, "Chile", "'the bloc' = EU by context; proportionality appeal + hope for dialogue = calling_for_talks"))
U(d, "\"The United States supports Chile's democratic institutions", "pillar of any democracy.",
  ("United States", S, pos, "Chile", "quote with attribution tail; backing"))
U(d, "A senior State Department official, speaking on condition of anonymity", "to expose them.",
  ("United States", C, neg, "", "unnamed official of a named government = United States; accusation of Caracas and Havana (two metonyms) -> target empty"))
U(d, "Chile's neighbours Argentina and Peru sent messages of support", "overcome the crisis.",
  ("Argentina", S, pos, "Chile", "two states in one sentence = two rows"),
  ("Peru", S, pos, "Chile", "same"))
U(d, "Erika Guevara Rosas, Americas director at Amnesty International, said", "in a democracy.",
  ("Amnesty International", C, neg, "Chile", "'a dangerous step ... no business policing' = judgement"))
U(d, "Human Rights Watch's Americas director, Jose Miguel Vivanco, urged", "civilian prosecutors.",
  ("Human Rights Watch", T, neg, "Chile", "demand addressed to one side with no judgement word = calling_for_talks, negative"))
# "A 24-year-old nursing student ..." and her quote: unnamed resident -> no row
# "Investors are weighing the damage ..." : narration -> no row
U(d, "Tomas Lindqvist, who covers Latin American political risk", "COP25, in December.",
  ("Tomas Lindqvist", N, neg, "", "independent analyst; risk to the summits"))
U(d, "\"Santiago can probably protect a convention centre.", "Lindqvist said.",
  ("Tomas Lindqvist", N, neg, "", "multi-sentence quote closed by the speaker; scenario; Santiago = place/host city"))
