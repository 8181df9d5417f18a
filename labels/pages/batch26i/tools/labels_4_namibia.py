# ------------------------------------------------------------------ Germany-Namibia joint declaration on the 1904-1908 genocide (Namibian state news agency, 2021-05-31)
d = "page_namibia_germany_jointdeclaration2021_statemedia.txt"
# Not statements: agency masthead and strapline, menu, section label, headline, time stamp and byline, photo caption, crossheads (BERLIN, CHIEFS REJECT, ...), "– NANA", related stories, tags, copyright.
U(d, "Government on Monday described the joint declaration agreed with Germany", "before passing judgement on it.",
  ("Namibia", S, pos, "Germany", "dateline excluded; 'Government' in state-media style = Namibia; approval of the deal + an appeal to study the text (not a peace appeal) = supporting (unsure)"))
U(d, "The Deputy Prime Minister and Minister of International Relations and Cooperation, Netumbo Nandi-Ndaitwah, told", "had demanded in vain.",
  ("Namibia", S, pos, "Germany", "Germany's acknowledgement presented as an achievement = approval (reported clause; Germany's position is only mentioned)"))
U(d, "\"For more than a hundred years the answer from Berlin was silence or excuses.", "she said.",
  ("Namibia", C, neg, "Germany", "welcome of the acknowledgement joined to a judgement of Berlin's past 'silence or excuses': rule 1 decides (unsure: the tone is mainly welcoming)"))
U(d, "Nandi-Ndaitwah said the amount of 1.1 billion euros", "engage Berlin on the implementation.",
  ("Namibia", T, neu, "Germany", "surname only; continued engagement with Berlin = calling_for_talks"))
U(d, "The deputy prime minister added that the door remained open", "stayed away from the process.",
  ("Namibia", T, pos, "", "named by title only; offer of talks to the traditional authorities (several, non-canonical) -> target empty"))
U(d, "Presidential spokesperson Alfredo Hengari said on Friday", "rather than a final settlement.",
  ("Namibia", S, pos, "Germany", "spokesperson named by role; the president's cautious approval reported in a clause (unsure: could be neutral)"))
U(d, "According to the spokesperson, the President was satisfied", "by the German Federal President.",
  ("Namibia", S, pos, "Germany", "'the spokesperson' = Hengari; second-hand attribution; satisfaction with the apology obtained"))
U(d, "Namibia's special envoy on the genocide talks, Dr Zedekia Ngavirue, said", "the suffering of the victims.",
  ("Namibia", N, neg, "", "reflection on the limits of any deal, no judgement or appeal"))
U(d, "Dr Ngavirue said the Namibian side had pushed until the last round", "when the talks started.",
  ("Namibia", N, neu, "", "account of the negotiation, facts"))
U(d, "In Berlin, German Foreign Minister Heiko Maas announced on Friday", "for forgiveness.",
  ("Germany", N, pos, "", "announcement of Germany's own recognition and apology: no stance towards another actor (unsure: an apology could be read as supporting Namibia)"))
U(d, "Maas said the money for the programme acknowledged the suffering", "to found claims in court.",
  ("Germany", N, neu, "", "legal framing of the payment, procedural"))
U(d, "The German government's envoy in the negotiations, Ruprecht Polenz, was quoted", "would reject any outcome.",
  ("Germany", N, neu, "", "passive attribution ('was quoted by German media'); expectation stated, no judgement"))
U(d, "The Paramount Chief of the Ovaherero Traditional Authority, Vekuii Rukoro", "whose ancestors were killed.",
  ("Ovaherero Traditional Authority", C, neg, "", "joint statement of two bodies: one row each; rejection in protest with the grievance stated; aimed at both governments -> target empty"),
  ("Nama Traditional Leaders Association", C, neg, "", "same joint statement"))
U(d, "The statement said the two traditional bodies would ask the courts", "in the diaspora against it.",
  ("Ovaherero Traditional Authority", C, neg, "Namibia", "threatened legal action and mobilisation against the government = condemning"),
  ("Nama Traditional Leaders Association", C, neg, "Namibia", "same"))
U(d, "Speaking to NANA on Sunday, the association's secretary general said", "\"bought off\" with development projects.",
  ("Nama Traditional Leaders Association", C, neg, "", "'the association' = the Nama body by context; not consulted + refuses to be 'bought off' = judgement of the deal; aimed at both governments"))
U(d, "Government rejected the charge that the chiefs had been shut out.", "Government rejected the charge that the chiefs had been shut out.",
  ("Namibia", N, neg, "", "denial = neutral, negative"))
U(d, "The ministry's executive director, Penda Naanda, said every traditional authority", "chosen not to attend.",
  ("Namibia", N, neu, "", "facts about the process, no judgement of the chiefs"))
U(d, "The official opposition, the Popular Democratic Movement, said the declaration insulted", "tabled in the National Assembly.",
  ("Popular Democratic Movement", C, neg, "", "'insulted the descendants' = judgement; vote against = protest; aimed at both governments -> target empty"))
U(d, "The Landless People's Movement and the National Unity Democratic Organisation said in a joint statement", "at the table.",
  ("Landless People's Movement", C, neg, "", "joint statement of two parties: one row each; 'torn up' = rejection in protest, the grievance (exclusion) stated in the demand"),
  ("National Unity Democratic Organisation", C, neg, "", "same joint statement; new actor"))
U(d, "SWAPO's secretary general, Sophia Shaningwa, said the party stood behind Government", "a matter of party politics.",
  ("SWAPO", S, pos, "Namibia", "ruling party backs the government and negotiators; the appeal is not a peace appeal"))
U(d, "The German rights group Society for Threatened Peoples said the sum was meagre", "to limit its liability.",
  ("Society for Threatened Peoples", C, neg, "Germany", "new actor; judgement of Berlin's motive and offer"))
U(d, "The African Union Commission said in a statement that it welcomed", "to face their past.",
  ("African Union", S, pos, "Germany", "welcome + hope (the hope is not for calm or talks) = supporting"))
U(d, "Dr Kaera Mbinge, a historian at the University of Namibia", "on the question of land.",
  ("Kaera Mbinge", C, neg, "", "invented scholar; praise joined to 'fell far short' (rule 1); aimed at the deal of both governments -> target empty"))
U(d, "\"The descendants are not asking for charity.", "Dr Mbinge said.",
  ("Kaera Mbinge", C, neg, "", "multi-sentence quote closed by the speaker; an apology without land 'will sound hollow' = judgement of the offer"))
U(d, "Petrus Haufiku, an analyst at the Windhoek Centre for Public Policy", "before the declaration was signed.",
  ("Petrus Haufiku", T, neu, "", "invented analyst; appeal to both sides to return to the table"))
# Last paragraph (expected tabling and signing) = narration with no source, no row.
