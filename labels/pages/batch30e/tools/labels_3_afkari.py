# ------------------------------------------------------------------ Execution of wrestler Navid Afkari and the Iran-Germany row (international wire, 2020-09-14)
d = "page_iran_afkari_execution2020_wire.txt"
# Not statements: wire name, menu, section, time stamp, UPDATE headline, byline, read time, the three bullets, ADVERTISEMENT,
# capitals crossheads, reporting/editing tail, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Iran summoned Germany's ambassador on Monday to protest", "from Washington to Lausanne.",
  ("Iran", C, neg, "Germany", "dateline excluded; summoning an envoy in protest = a measure against another state"))
U(d, "A foreign ministry official told Ambassador Hans-Udo Muzel", "the official IRNA news agency.",
  ("Iran", C, neg, "Germany", "unnamed official of a named government = Iran; 'interference' charge; second-hand attribution through the agency"))
U(d, "The embassy was expected to keep to the business of an embassy", "would not tolerate a repeat.",
  ("Iran", C, neg, "Germany", "warning to the embassy = condemning (the outlet's gloss 'in a sign that' adds no actor)"))
# "Afkari, 27, was hanged on Saturday ..." = narration, no row.
U(d, "Iran's judiciary rejected claims that his confession had been obtained under duress", "every stage required by law.",
  ("Iran", N, neg, "", "denial of an accusation = neutral, negative tone"))
U(d, "Judiciary spokesman Gholamhossein Esmaili told reporters in Tehran", "no weight in Iranian courts.",
  ("Iran", N, neg, "", "justification of the sentence + dismissal of campaigns abroad, no named target and no judgement of an actor (unsure: could be condemning)"))
U(d, "In a post in Farsi on Sunday, the German embassy in Tehran said rights", "serving long prison terms.",
  ("Germany", C, neg, "Iran", "embassy = Germany; judgement without stock words (rights 'trampled on to mute dissent')"))
U(d, "The German government condemned the execution in the strongest terms", "the fairness of the trial.",
  ("Germany", C, neg, "Iran", "condemnation, attribution tail to the spokeswoman"))
U(d, "\"That a young athlete was put to death while so many voices", "she said.",
  ("Germany", C, neg, "Iran", "speaker carried from the previous paragraph ('she' = the German spokeswoman); judgement without a stock word"))
U(d, "The spokeswoman said the ambassador had acted on instructions from Berlin.", "on instructions from Berlin.",
  ("Germany", N, neu, "", "spokesperson by role; procedural fact about its envoy"))
U(d, "Secretary of State Mike Pompeo wrote on Twitter on Saturday that the regime", "its own young people.",
  ("United States", C, neg, "Iran", "judgement without stock words ('shown the world once more how it treats')"))
U(d, "President Donald Trump had appealed to Iran's leaders the previous week", "the wrestler's life.",
  ("United States", T, neu, "Iran", "appeal to spare a life, no judgement = calling_for_talks (past appeal reported)"))
U(d, "The International Olympic Committee said it was shocked by the news.", "shocked by the news.",
  ("International Olympic Committee", N, neg, "", "shock without judgement or appeal = neutral, negative"))
U(d, "Its president, Thomas Bach, had sent letters to Iran's two most senior leaders", "in a statement from Lausanne.",
  ("International Olympic Committee", T, neu, "Iran", "plea for mercy by letter = an appeal, no judgement"))
U(d, "It said it grieved with the wrestler's relatives and regretted", "had come to nothing.",
  ("International Olympic Committee", N, neg, "", "grief and regret at a failed effort, no judgement of an actor"))
U(d, "Athleten Deutschland, an association representing German elite athletes", "pay a sporting price.",
  ("Athleten Deutschland", C, neg, "Iran", "call for exclusion (a sanction) = condemning"))
U(d, "United World Wrestling, the sport's governing body, said it was deeply saddened", "from the Iranian federation.",
  ("United World Wrestling", N, neg, "", "sadness + request for information, no judgement, no appeal"))
U(d, "Britain's minister for the Middle East, James Cleverly, said London had raised", "to stop using the death penalty.",
  ("United Kingdom", T, neu, "Iran", "diplomatic representations + appeal to Iran, no judgement"))
U(d, "European Union foreign affairs spokesman Peter Stano said the bloc opposed", "a moratorium on executions.",
  ("European Union", T, neu, "Iran", "opposition to capital punishment as a principle (aimed at no one) + appeal for a moratorium = calling_for_talks (unsure: could be read as a judgement of Iran)"))
U(d, "The UN human rights office in Geneva said it deplored the execution", "rested on a coerced confession.",
  ("United Nations", C, neg, "Iran", "'deplored' + coerced confession = judgement"))
U(d, "Amnesty International said the hanging, carried out without warning", "crisis in Iran's justice system.",
  ("Amnesty International", C, neg, "Iran", "judgement without stock words"))
U(d, "In Tehran, foreign ministry spokesman Saeed Khatibzadeh said Western governments", "to lecture Iran on human rights.",
  ("Iran", C, neg, "", "rebuke of 'Western governments' (non-canonical group -> target empty)"))
U(d, "Parisa Rahnavard, an Iran researcher at the Hague Institute", "2018 and 2019 street protests.",
  ("Parisa Rahnavard", N, neu, "", "invented analyst; reading of motives, no position"))
U(d, "\"European capitals should tie their concerns about executions", "Rahnavard said.",
  ("Parisa Rahnavard", T, neu, "", "appeal to raise the issue in talks = diplomatic course"))
U(d, "Juergen Falk, a professor of sports law at the University of Cologne", "evidence of state interference.",
  ("Juergen Falk", N, neu, "", "invented scholar; describes the IOC's options, no position"))
U(d, "Canada's foreign minister, Francois-Philippe Champagne, said Ottawa was deeply troubled", "torture in Iranian jails.",
  ("Canada", N, neg, "", "concern with no appeal = neutral, negative (unsure: 'reports of torture' leans to an accusation)"))
