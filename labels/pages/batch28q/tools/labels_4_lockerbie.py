# ------------------------------------------------------------------ Lockerbie suspect Abu Agila Mas'ud in US custody; also Iran's execution of Rahnavard, Peru, Kosovo (State Department press briefing transcript, 2022-12-12)
d = "page_lockerbie_masud_custody_2022_pressbriefing.txt"
# Not statements: breadcrumb, title, speaker/place/time lines, "Good afternoon ..." opener, "With that, Matt.", the journalists'
# bare questions ("How did he get here?", "Lawful under whose law?", "Is it a coup?", "Will there be new sanctions?", ...),
# the close, related articles, tags, footer.
U(d, "First, over the weekend the Department of Justice announced", "in U.S. custody.",
  ("United States", N, neu, "", "DOJ announcement relayed by the spokesperson = fact"))
# "He made his initial appearance in federal court here in Washington this morning." = narration, no row.
U(d, "For thirty-four years the families", "to face a court.",
  ("United States", N, neg, "", "framing of the families' wait; grief, no judgement of a present actor (unsure)"))
U(d, "We welcome this step, and we are grateful to our Scottish and British partners", "for more than three decades.",
  ("United States", S, pos, "United Kingdom", "welcome + thanks to partners = supporting"))
U(d, "Second, the United States condemns in the strongest terms the execution", "after a sham trial.",
  ("United States", C, neg, "Iran", "condemnation of the execution, 'sham trial'"))
U(d, "These executions are meant to frighten an entire people into silence", "further consequences.",
  ("United States", C, neg, "Iran", "judgement + threat of consequences"))
# "So I'm not going to go into the specifics ..." = declines to comment, folded into the next sentence's row.
# The journalist's report of the family's claim ("His family says he was snatched ...") = the family is not an actor, no row.
U(d, "What I can tell you is that this was a lawful process.", "this was a lawful process.",
  ("United States", N, neu, "", "assertion of legality of its own process, no judgement = neutral"))
U(d, "Our relationship with the Government of National Unity includes cooperation", "I'll leave it at that.",
  ("United States", N, neu, "", "factual description of cooperation, no praise (unsure: could be supporting of the GNU)"))
U(d, "The House of Representatives in Tobruk said today that whoever handed him over", "asked the attorney general to prosecute.",
  ("Libyan House of Representatives", C, neg, "Government of National Unity", "journalist's question reporting another actor's position = that actor's statement (labels README); 'high treason' aimed at whoever handed him over, i.e. the Tripoli authorities (unsure of target)"))
U(d, "We've long said that Libya's political future should be decided by Libyans", "trading accusations.",
  ("United States", T, neu, "", "appeal for elections over accusations = calling_for_talks; several Libyan parties -> target empty"))
U(d, "We continue to support the UN-facilitated effort", "to national elections.",
  ("United States", S, pos, "United Nations", "backing of the UN effort = supporting"))
U(d, "A Libyan law professor, Ahmed Bukhari of the University of Tripoli, told Al-Wasat", "criminal procedure code.",
  ("Ahmed Bukhari", C, neg, "Government of National Unity", "invented scholar quoted inside a journalist's question = his statement; 'violation' of Libyan law by those who handed him over (unsure of target)"))
U(d, "I'd just say that the victims of Pan Am 103 came from 21 countries", "deserve justice.",
  ("United States", N, neg, "", "justification, no judgement of an actor present"))
U(d, "And the parallel government in the east, the Bashagha government, put out a statement", "taking advantage of Libya's divisions.",
  ("Government of National Stability", C, neg, "United States", "question reports the eastern government's statement: 'kidnapping' + accusation of the US"))
U(d, "That characterization is simply wrong.", "That characterization is simply wrong.",
  ("United States", N, neg, "", "denial = neutral, negative"))
U(d, "Scotland's Crown Office has said publicly that it welcomes the development", "remains open.",
  ("United Kingdom", S, pos, "United States", "Scottish prosecution service resolves to the United Kingdom (devolved body, unsure); position relayed by the US spokesperson; welcome = supporting"))
U(d, "Tehran says Rahnavard killed two members of the security forces", "with a lawyer.",
  ("Iran", N, neu, "", "question reports Iran's account = Iran's statement; own account and justification, no judgement"))
U(d, "There was nothing fair about these proceedings.", "There was nothing fair about these proceedings.",
  ("United States", C, neg, "Iran", "judgement of the trial without a stock word"))
U(d, "Rahnavard was hanged 23 days after his arrest.", "23 days after his arrest.",
  ("United States", N, neg, "", "fact given by the speaker in support of the judgement; no evaluation in the sentence itself"))
U(d, "That is not justice by any definition.", "That is not justice by any definition.",
  ("United States", C, neg, "Iran", "judgement carried over from the previous sentences of the same answer"))
U(d, "We have already sanctioned dozens of Iranian officials", "to hold those responsible to account.",
  ("United States", C, neg, "Iran", "sanctions taken and announced = condemning"))
U(d, "The Secretary has been in regular touch with his European counterparts.", "his European counterparts.",
  ("United States", N, neu, "", "procedural line"))
U(d, "The EU announced new sanctions on Iranian individuals today", "an appalling escalation.",
  ("European Union", C, neg, "Iran", "question reports the EU's sanctions and Borrell's judgement = EU statement"))
U(d, "We welcome the European Union's decision.", "We welcome the European Union's decision.",
  ("United States", S, pos, "European Union", "welcome with no appeal = supporting"))
U(d, "Castillo is in detention, there are protests in several cities", "the legitimate president.",
  ("Mexico", S, pos, "", "question reports Mexico's president's position: backing Castillo (a person, not an actor) -> target empty"))
U(d, "We recognize President Boluarte as Peru's constitutional president", "upholding democratic order.",
  ("United States", S, pos, "Peru", "recognition + praise of institutions"))
U(d, "We urge the protesters to express their views peacefully", "to show restraint.",
  ("United States", T, neu, "", "appeal to both protesters and forces = calling_for_talks"))
U(d, "What happened on December 7 was an attempt by former President Castillo", "in violation of the constitution.",
  ("United States", C, neg, "", "judgement of Castillo's act ('in violation'); Castillo is a person, not an actor -> target empty"))
# "Has Dbeibah's office been in touch? They haven't said a word publicly." = question + the GNU's silence (non-answer), no row.
U(d, "We have regular contact with the Government of National Unity", "speak for themselves.",
  ("United States", N, neu, "", "procedural, declines"))
U(d, "Belgrade says it may ask KFOR to let Serbian forces return.", "Belgrade says it may ask KFOR to let Serbian forces return.",
  ("Serbia", N, neu, "", "question reports Serbia's plan = Serbia's statement; plan, no judgement in the sentence (unsure: could be a veiled threat)"))
U(d, "We're concerned by the tensions in northern Kosovo.", "tensions in northern Kosovo.",
  ("United States", N, neg, "", "concern alone in this sentence = neutral, negative"))
U(d, "We call on all sides to exercise maximum restraint", "EU-facilitated dialogue.",
  ("United States", T, neu, "", "appeal for restraint and dialogue = calling_for_talks"))
U(d, "Any request of that kind would be a matter for KFOR", "under Resolution 1244.",
  ("United States", N, neu, "", "procedural line"))
