# Cuba: denial of the reported Chinese base (state news agency dispatch, ACN English service, 2023-06-12)
d = "page_cuba_chinabase_denial2023_stateagency.txt"
U(d, "The Deputy Minister of Foreign Affairs of the Republic of Cuba, Carlos Fernández de Cossío, reiterated", "for more than six decades.",
  ("Cuba", C, neg, "United States", "dateline excluded; deputy FM = Cuba; denial + accusation that Washington feeds the reports to justify the blockade: the accusation decides (rule 1)"))
U(d, "\"We have said it with total clarity and we repeat it today", "accredited in Havana.",
  ("Cuba", N, neg, "", "denial of the report = neutral, negative tone; the jibe at anonymous officials does not name an actor"))
U(d, "Fernández de Cossío pointed out that in the space of four days", "genuine concern for anyone's security.",
  ("Cuba", C, neg, "United States", "surname only; 'campaign of slander against Cuba' = judgement of the US government"),
  ("United States", C, neg, "China", "US positions reported by Cuba: first 'inaccurate', then an installation since 2019 (an accusation of Chinese espionage) (unsure: the two reported positions differ; the later one, the accusation, was taken)"))
U(d, "The Deputy Minister recalled that Cuba, a signatory of the Proclamation", "against the will of the Cuban people.",
  ("Cuba", C, neg, "United States", "rejection of foreign military presence + the Guantanamo base that 'usurps' Cuban territory = judgement aimed at the US; CELAC summit is a place/time, not an actor"))
U(d, "He affirmed that the relations of friendship and cooperation between Cuba and the People's Republic of China", "not directed against any third country.",
  ("Cuba", S, pos, "China", "praise of the relationship with China (unsure: could be neutral self-description)"))
U(d, "The Deputy Minister likewise stressed that Cuba remains willing to maintain a respectful dialogue", "sovereignty of the nation.",
  ("Cuba", T, pos, "United States", "offer of dialogue, conditional on equality = calling_for_talks (conditional offers count, labels/README)"))
U(d, "The member of the Political Bureau of the Central Committee of the Communist Party of Cuba and Minister of Foreign Affairs", "hostility towards Cuba.",
  ("Cuba", C, neg, "United States", "foreign minister (full party and state titles) = Cuba, not the party; 'manufactured in Washington' = accusation"))
U(d, "The First Secretary of the Central Committee of the Communist Party of Cuba and President of the Republic", "the defamatory campaign.",
  ("Cuba", S, pos, "", "head of state thanks unnamed governments, parties and movements = supporting with empty target (several); 'defamatory campaign' is a qualifier, not the statement's aim"))
U(d, "On Thursday, the Coordinator for Strategic Communications of the National Security Council of the White House, John Kirby", "building any such station.",
  ("United States", N, neu, "", "two US officials (White House, Pentagon) in one sentence, one actor = one row; both deny the newspaper's account = neutral"))
U(d, "Nevertheless, on Saturday a White House official who asked not to be identified asserted", "upgraded them that year.",
  ("United States", C, neg, "China", "unnamed official of a named government speaks for it; claim that Beijing operates intelligence facilities in Cuba = accusation of espionage (unsure: stated as intelligence fact, could be neutral)"))
U(d, "The Secretary of State, Antony Blinken, repeated that version on Monday", "to support his assertion.",
  ("United States", C, neg, "China", "accusation repeated + diplomatic steps taken to slow China's efforts (a measure against it); the agency's 'without presenting any evidence' is the outlet's comment, not an actor's"))
U(d, "Since last Thursday, the Florida Senator Marco Rubio", "a short distance from U.S. shores.",
  ("United States", C, neg, "", "senators = United States (guide: Senator Ben Cardin); demand for firm action against a Chinese foothold in Cuba = a call for a response against two actors: target empty"))
U(d, "In Beijing, the spokesman of the Ministry of Foreign Affairs of the People's Republic of China, Wang Wenbin", "before pointing at others.",
  ("China", C, neg, "United States", "'In Beijing' = place; denial + retort that Washington runs the largest network of listening posts = judgement of the US (rule 1)"))
U(d, "Wang reaffirmed China's firm support for Cuba", "national dignity.",
  ("China", S, pos, "Cuba", "surname only; explicit support"))
U(d, "He also said that the United States should immediately lift its blockade", "of the Cuban people.",
  ("China", C, neg, "United States", "'flagrant violation of international law' = explicit judgement of the blockade"))
U(d, "The Minister of People's Power for Foreign Affairs of the Bolivarian Republic of Venezuela, Yván Gil, conveyed", "with Cuba and its Revolution.",
  ("Venezuela", S, pos, "Cuba", "FM with full state title = Venezuela; solidarity"))
U(d, "Gil described the reports as one more lie produced by the media laboratories of imperialism", "for more than sixty years.",
  ("Venezuela", C, neg, "United States", "'lie' + 'aggression' = judgement; 'imperialism' = the United States in this rhetoric (unsure about the target)"))
U(d, "The Government of Reconciliation and National Unity of Nicaragua, through its Vice President and spokeswoman, Rosario Murillo", "and their government.",
  ("Nicaragua", S, pos, "Cuba", "government's spokeswoman (VP in 2023) = Nicaragua; unconditional support"))
U(d, "The Ministry of Foreign Affairs of the Plurinational State of Bolivia said in a statement", "sovereignty of Cuba.",
  ("Bolivia", C, neg, "", "'campaign of lies' = judgement; its author is not named in the sentence: target empty; the call for respect of sovereignty is secondary (rule 1)"))
U(d, "The Executive Secretariat of the Bolivarian Alliance for the Peoples of Our America", "government and people.",
  ("Bolivarian Alliance for the Peoples of Our America", S, pos, "Cuba", "regional body's secretariat = the body; full support"))
# no row: "The U.S. media report, attributed to unidentified officials, alleged ..." (a newspaper and unnamed officials:
# not actors); headline, byline, caption, crossheads, tags, related/most-read lists.
