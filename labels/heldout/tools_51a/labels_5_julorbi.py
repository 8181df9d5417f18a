# Hand labels, page 5 (West Africa, live blog, HTML): #OccupyJulorbiHouse, day 1, Accra (21 Sept 2023)
DOC = "page_ghana_occupyjulorbihouse2023_liveblog.html"
GH = "Ghana"
DH = "Democracy Hub"
NDC = "National Democratic Congress"
NPP = "New Patriotic Party"
GJA = "Ghana Journalists Association"
OBV = "Oliver Barker-Vormawor"
C, S, N, T = "condemning", "supporting", "neutral", "calling_for_talks"

Q19 = "Democracy Hub has repeated that it never received the injunction application the police say they filed on Tuesday."

ROWS = [
    # 22:10
    ("Lawyers for Democracy Hub say some of those held during the day have been granted police enquiry bail and told to report back next week.",
     DH, N, "neutral", "", "the group's lawyers speak for it; facts"),
    ("\"We have not been able to see everyone, and some of our members have been moved from station to station without their families being told. We will not rest until every last one of them walks out,\" a member of the group's legal team told us outside the Accra Regional Police Command.",
     DH, C, "negative", GH, "unnamed member of a named group's legal team = Democracy Hub; accusation by describing police conduct (rule 4) + resolve to free them"),
    ("The organisers insist that the picket will continue on Friday as planned.",
     DH, N, "neutral", "", "'the organisers' = Democracy Hub; plan"),
    # 20:35
    ("Amnesty International Ghana has called on the police to free all protesters still in custody and to allow the remaining two days of the picket to go ahead without interference.",
     "Amnesty International", T, "neutral", GH, "Amnesty International Ghana = alias of Amnesty International; appeal for release and non-interference, no judgement word"),
    ("The Ghana Center for Democratic Development (CDD-Ghana) said in a statement that arresting citizens for gathering peacefully \"chips away at the freedoms Ghanaians won with great sacrifice\", and urged the Inspector-General of Police to open an inquiry into the conduct of officers at the 37 Lorry Station.",
     "Ghana Center for Democratic Development", C, "negative", GH, "judgement of the arrests + appeal for an inquiry: rule 1; police = Ghana"),
    # 19:05
    ("The Ghana Journalists Association has condemned the treatment of reporters who were covering the protest, several of whom say they were pushed into police buses along with demonstrators.",
     GJA, C, "negative", GH, "new actor; condemnation of police treatment; 'several of whom say' = unnamed reporters, no row"),
    ("\"A journalist holding a camera is doing a job the Constitution protects. The images of our members being dragged away by officers are a stain on the Ghana Police Service, and we expect the IGP to deal with it,\" GJA President Albert Dwumfour told the Ledger.",
     GJA, C, "negative", GH, "GJA president speaks for the association; 'a stain on the Ghana Police Service' = judgement"),
    # 17:30
    ("The Ghana Police Service has dismissed reports that a BBC correspondent was among those detained at the 37 Lorry Station, describing the claims circulating on social media as false.",
     GH, N, "negative", "", "police = Ghana; denial -> neutral, negative tone"),
    ("In a short statement, the Service said no journalist working for the broadcaster had been arrested, and asked the public to disregard the reports.",
     GH, N, "negative", "", "'the Service' = the police; denial"),
    ("Our attention has been drawn to reports that a BBC journalist was arrested at 37 this morning.",
     GH, N, "neutral", "", "embedded post of the Ghana Police Service; each sentence of the post is a unit (as in earlier live blogs); statement of fact"),
    ("This is not correct.", GH, N, "negative", "", "embedded post: denial"),
    ("No such arrest was made.", GH, N, "negative", "", "embedded post: denial"),
    # 15:50
    ("The governing New Patriotic Party has defended the police.",
     NPP, S, "positive", GH, "backing of the police (= Ghana); a lead-in, but it carries a position of its own"),
    ("Richard Ahiagbah, the party's national communications director, said officers had acted to uphold a court process, and accused the NDC of hiding behind young protesters to fight its election campaign on the streets.",
     NPP, C, "negative", NDC, "defence of the police + accusation against the NDC: rule 1, target the accused party"),
    ("\"Nobody is stopping anybody from protesting. But when the police go to court, the organisers must wait for the court. That is what the rule of law means,\" he told Joy FM.",
     NPP, C, "negative", DH, "'he' = Ahiagbah; blames the organisers (Democracy Hub) for not waiting for the court (unsure: could be read as supporting the police)"),
    # 14:15
    ("The main opposition National Democratic Congress has reacted sharply to the arrests.",
     NDC, C, "negative", GH, "'reacted sharply to the arrests' = criticism of the police action; lead-in with a position"),
    ("Its communications officer, Sammy Gyamfi, said in a statement that the police had turned a peaceful picket into a crime scene, and told the IGP to let every one of them go before nightfall.",
     NDC, C, "negative", GH, "party communications officer = NDC; judgement + demand: rule 1"),
    ("Young Ghanaians asking for a better economy are being thrown into buses like criminals on Founder's Day.",
     NDC, C, "negative", GH, "embedded post by Sammy Gyamfi = NDC; judgement of the police conduct"),
    ("This government has run out of answers, so it is running out of patience with its own citizens.",
     NDC, C, "negative", GH, "embedded post; judgement of the government"),
    ("NDC General Secretary Fifi Fiavi Kwetey also wrote on X that the arrests were the work of a government that had come to see every critic as an enemy.",
     NDC, C, "negative", GH, "party general secretary = NDC; judgement"),
    ("Former Education Minister Naana Jane Opoku-Agyemang, the NDC's 2020 running mate, said the scenes at the lorry station were unworthy of a country that holds itself up as a model of democracy in West Africa, and asked for the detainees to be freed.",
     NDC, C, "negative", GH, "former minister speaking as an NDC leader = NDC; judgement + demand for release: rule 1"),
    # 12:40
    (Q19, DH, N, "negative", "", "denial that it was served"),
    (Q19, GH, N, "neutral", "", "'the police say they filed' = the police's own claim reported inside the sentence; fact"),
    ("\"The police announced a court case on the eve of our protest, served nobody, and then came with horses and buses. That is not law enforcement. That is intimidation,\" the group said in a statement posted on its social media pages.",
     DH, C, "negative", GH, "multi-sentence quote closed by 'the group said'; 'intimidation' = judgement of the police"),
    ("To everyone arrested: we see you, your lawyers are on the way.", DH, S, "positive", "", "embedded post; legal help offered to the detainees (not an actor) = supporting, target empty"),
    ("To everyone else: stay calm, stay peaceful, stay together.", DH, T, "positive", "", "embedded post; appeal for calm and non-violence to its supporters"),
    # 11:20
    ("The Ghana Police Service says 49 people have been arrested for taking part in what it calls an unlawful assembly at the 37 Lorry Station.",
     GH, C, "neutral", DH, "arrests (a measure taken) + 'unlawful assembly' = judgement of the protest organised by Democracy Hub; figures in plain wording"),
    ("In a statement, the police said the organisers had been served through their lawyers with an application for an injunction filed at the court, and that the group had chosen to go ahead before the court could rule on it.",
     GH, C, "neutral", DH, "rebuttal that also blames the organisers for defying the court process (unsure: could be neutral facts)"),
    ("The statement said those arrested were being processed at the Accra Regional Police Headquarters and would be dealt with according to law.",
     GH, N, "neutral", "", "procedure"),
    ("It advised residents and commuters to avoid the area around the seat of government for the rest of the day.",
     GH, N, "neutral", "", "public advice, no appeal for talks"),
    # 08:42
    ("They are arresting us for standing at a lorry station with placards.", OBV, C, "negative", GH, "embedded post of Barker-Vormawor (canonical person); accusation of arbitrary arrest"),
    ("If this is what they fear, then we are on the right road.", OBV, N, "positive", "", "embedded post; defiant self-encouragement, no judgement aimed at an actor (unsure)"),
    # 07:05
    ("The group says the three-day picket is about the cost of living, corruption and what it describes as the mismanagement of the economy by the Akufo-Addo government.",
     DH, C, "negative", GH, "'the group' = Democracy Hub; 'mismanagement of the economy by the Akufo-Addo government' = judgement"),
    ("On Wednesday the police said they had filed an application in court to stop the protest from taking place near the Jubilee House, and warned the public not to take part.",
     GH, C, "neutral", DH, "legal action to stop the protest + warning = a measure against the organisers (unsure: could be neutral procedure)"),
]
# No row: key-events bullets, headings, time stamps, the standfirst, "Good morning and welcome ...", scene description
# ("Police officers, some on horseback, have begun picking up protesters ...", "Among those taken away is Oliver Barker-Vormawor ...",
# "Dozens of protesters, most of them in red and black, are gathering ..."), the embedded posts' signature lines,
# "See you on the other side." (no position), "#OccupyJulorbiHouse" tags, sidebar, footer.
