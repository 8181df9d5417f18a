# ------------------------------------------------------------------ Hurghada beach stabbing: German government press conference (foreign-ministry spokesperson's regular presser, transcript, 2017-07-17)
d = "page_germany_hurghada_stabbing2017_mfapresser.txt"
# Not statements: site header, breadcrumb, title, translation note, speakers and topics lines, start/end times, Demmer's opening and closing courtesies, every bare question ("Do you share that assessment?", "Is there coordination?"), share line, Related, copyright.
U(d, "We can now say with certainty that the two women", "the families have been informed.",
  ("Germany", N, neu, "", "Schäfer (Foreign Office) speaks for Germany; facts about the victims"))
U(d, "From everything we know so far, the attacker went looking", "could ever excuse.",
  ("Germany", C, neg, "", "judgement of the attack without a stock verb; the attacker is not an actor -> target empty"))
U(d, "Our thoughts are with the families and friends of the two women", "full and quick recovery.",
  ("Germany", S, neg, "", "condolences and wishes for the injured = sympathy (supporting), grief tone; victims are not an actor"))
U(d, "Colleagues from our embassy in Cairo travelled to Hurghada", "with the tour operators.",
  ("Germany", N, neu, "", "own consular action, no position toward another actor"))
# "The crisis unit at the Foreign Office met twice over the weekend." = own procedure, deliberately no row.
U(d, "We are in close contact with the Egyptian authorities, who have so far cooperated well.", "who have so far cooperated well.",
  ("Germany", S, pos, "Egypt", "praise of Egypt's cooperation = approval"))
U(d, "Egypt's interior ministry says the attacker, a 28-year-old Egyptian", "overpowered by hotel staff.",
  ("Egypt", N, neu, "", "a journalist's question reporting Egypt's account = Egypt's statement (labels/README); facts"))
U(d, "Egyptian security sources have told several news agencies", "Islamic State online.",
  ("Egypt", N, neu, "", "unnamed sources of a named government speak for it; a finding about the attacker, no judgement of an actor"))
# "I will not speculate about motives while the investigation is running." = procedural refusal, deliberately no row (the next sentence carries the position).
U(d, "We expect the Egyptian authorities to establish the full facts", "share with us what they find.",
  ("Germany", T, neu, "Egypt", "demand for a full investigation, no judgement = calling_for_talks (labels/README: demands for an inquiry)"))
U(d, "The travel and safety advice for Egypt already warns", "tourist centres on the Red Sea.",
  ("Germany", N, neu, "", "existing travel advice stated as fact"))
U(d, "We reviewed it over the weekend and see no reason to change the text", "at this point.",
  ("Germany", N, neu, "", "decision not to change the advice; procedural"))
U(d, "The Federal Criminal Police Office has been in contact", "liaison officer in Cairo.",
  ("Germany", N, neu, "", "Dimroth (interior ministry) speaks for Germany; police contacts, procedural"))
# "Beyond that I would ask for your understanding ..." = procedural refusal, no row.
U(d, "Egypt's ambassador in Berlin, Badr Abdelatty, told a newspaper on Sunday", "the security situation in Hurghada.",
  ("Egypt", N, neg, "", "reported clause in a question: the ambassador denies a security failure (lone individual) = denial, neutral"))
# "I have read the interview." = no position, no row.
U(d, "The ambassador also conveyed his government's condolences", "we are grateful for that.",
  ("Egypt", S, neg, "Germany", "condolences conveyed in person = sympathy with Germany (supporting), grief tone"),
  ("Germany", S, pos, "Egypt", "gratitude for the condolences = approval"))
U(d, "Whether the attacker acted alone is precisely what the investigation has to clarify.", "has to clarify.",
  ("Germany", N, neu, "", "declines to endorse the lone-actor account; procedural, no judgement"))
# "Other governments have spoken of victims from their countries." = summary clause in the question, no row.
U(d, "The Armenian foreign ministry's spokesman said two Armenian women had been hurt", "among the injured.",
  ("Armenia", N, neu, "", "question reporting two governments' figures: one row per actor; facts"),
  ("Czech Republic", N, neu, "", "'Prague' = capital as metonym; facts"))
U(d, "Yes, our embassy is in touch with the Armenian and Czech embassies", "the victims' nationality.",
  ("Germany", N, neu, "", "consular coordination, no position"))
U(d, "The Ukrainian ambassador in Cairo had already made clear on Friday", "among the dead.",
  ("Ukraine", N, neu, "", "position of Ukraine reported by Schäfer: correction of early reports = neutral fact"))
U(d, "The terrorism researcher Katrin Ebersbach told public radio this morning", "on security.",
  ("Katrin Ebersbach", C, neg, "", "invented researcher quoted in a question; judgement of Egypt's police and of Berlin's softness: two actors -> target empty"))
U(d, "I do not comment on comments.", "on comments.",
  ("Germany", N, neu, "", "declining to comment = neutral"))
U(d, "We have a close and frank security dialogue with Egypt, and we will continue it.", "we will continue it.",
  ("Germany", N, neu, "", "description of bilateral relations, defensive; not a peace appeal (unsure: could be calling_for_talks as a commitment to dialogue)"))
U(d, "The former Egyptian diplomat and commentator Hesham Rifaat wrote", "who live from tourism.",
  ("Hesham Rifaat", C, neg, "", "invented commentator (former diplomat, speaks for no body); judgement of Western travel warnings; 'Western governments' not canonical -> target empty"))
U(d, "Our travel advice is written for the safety of German travellers and for nothing else.", "for nothing else.",
  ("Germany", N, neg, "", "rebuttal of the charge that the advice punishes Egypt = denial, neutral"))
# "If I may add, the Chancellor spoke to President al-Sisi by telephone on Saturday." = a call narrated, no position, no row.
U(d, "The President conveyed his condolences, and the Chancellor thanked him", "clear up the crime.",
  ("Egypt", S, neg, "Germany", "'the President' = al-Sisi (title only, context): condolences = sympathy"),
  ("Germany", T, pos, "Egypt", "'the Chancellor' = Merkel: thanks + appeal for the crime to be cleared up; the appeal decides (rule 2 before rule 3)"))
U(d, "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt said after their Cairo meeting", "take further steps.",
  ("Saudi Arabia", C, neg, "Qatar", "joint position of a list of states reported in a question: reply judged negative + threat of further steps; one row per state"),
  ("United Arab Emirates", C, neg, "Qatar", "list of states, same position"),
  ("Bahrain", C, neg, "Qatar", "list of states, same position"),
  ("Egypt", C, neg, "Qatar", "list of states, same position"))
U(d, "We continue to back the mediation of the Emir of Kuwait", "two weeks ago.",
  ("Germany", S, pos, "Kuwait", "backing Kuwait's mediation = supporting"))
U(d, "We call on all parties to lower the temperature", "sit down at one table.",
  ("Germany", T, neu, "", "appeal to all sides to de-escalate and talk, no judgement"))
U(d, "The Qatari foreign minister has called the demands a violation of his country's sovereignty.", "his country's sovereignty.",
  ("Qatar", C, neg, "", "question reporting Qatar's charge against the four states' demands; several states -> target empty"))
U(d, "I will not give marks to any of the parties.", "any of the parties.",
  ("Germany", N, neu, "", "procedural line: declines to judge"))
U(d, "What I can say is that some of the demands, as they were published", "in Riyadh and Abu Dhabi.",
  ("Germany", C, neg, "", "judgement of the demands without a stock word, aimed at Riyadh and Abu Dhabi (two) -> target empty (unsure: mild)"))
# "There are no travel plans I can announce today." = procedural, deliberately no row.
U(d, "The opposition says more than seven million people voted", "constituent assembly on Sunday.",
  ("Democratic Unity Roundtable", N, neu, "", "Venezuela's opposition coalition (as batch22a) gives a figure, reported in a question"))
U(d, "We note the very large turnout in yesterday's popular consultation.", "popular consultation.",
  ("Germany", N, neu, "", "noting a fact, no evaluation"))
U(d, "The Federal Government is deeply concerned by the violence of recent months", "far too many lives.",
  ("Germany", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "Pushing through a constituent assembly against the clear will", "genuine talks with the opposition.",
  ("Germany", C, neg, "Venezuela", "judgement of the plan + appeal to drop it and talk: rule 1 -> condemning; 'Caracas' = Venezuela's government"))
