# ------------------------------------------------------------------ GRU operation against the OPCW exposed in The Hague (UN noon briefing transcript, .txt, 2018-10-04)
d = "page_opcw_gru_hague2018_noonbriefing.txt"
# Not statements: header lines, transcript note, crossheads, "Good afternoon" lead-in, journalists' own questions
# ("Does the Secretary-General have any reaction?", "Is the Secretary-General worried ...", "Are you not concerned ...",
# "Has the Secretary-General spoken ...", "So you have the two sides accusing each other.", "Is there any role ...",
# "Would the UN support that?", "Is that your understanding?", "Do you share that view?", "Is the UN involved in that?"),
# "Our position on the OPCW is well known.", "Not that I'm aware of.", "If there are any contacts ...", "I'm not going to get
# ahead ...", "I've said what I have to say on that.", the closing lines and the disclaimer.
U(d, "According to the Government of Indonesia, the death toll", "have been displaced.",
  ("Indonesia", N, neu, "", "figures given by a government"))
U(d, "Our colleagues at the Office for the Coordination of Humanitarian Affairs (OCHA) tell us", "on the ground in Palu.",
  ("United Nations", S, pos, "Indonesia", "funds released and team deployed = aid by act"))
U(d, "The World Food Programme is sending logistics staff and equipment", "family hygiene kits.",
  ("World Food Programme", S, pos, "Indonesia", "aid by act; one row per agency listed"),
  ("UNICEF", S, pos, "Indonesia", "same sentence, second agency"))
U(d, "The Secretary-General once again extends his deepest condolences", "any way it can.",
  ("United Nations", S, neg, "Indonesia", "condolences + offer of help"))
U(d, "This morning in The Hague, the Dutch Defence Minister, Ank Bijleveld, said four officers", "had been expelled.",
  ("Netherlands", C, neg, "Russia", "position reported in a journalist's question; accusation + expulsion"))
U(d, "We’ve obviously seen the press conference and the material that was released.", "that was released.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "The OPCW is an independent organization with its own governing bodies", "its own systems.",
  ("United Nations", N, neu, "", "referral, procedural"))
U(d, "What I can tell you is that the Secretary-General has consistently stressed", "on behalf of all of us.",
  ("United Nations", T, neu, "", "appeal to all Member States to respect organisations' inviolability, no judgement, no named side"))
U(d, "The British and Dutch Prime Ministers put out a joint statement", "when it suited Moscow.",
  ("United Kingdom", C, neg, "Russia", "joint statement of two states reported in a question; 'contempt' = judgement; GRU = Russia"),
  ("Netherlands", C, neg, "Russia", "same joint statement"))
U(d, "And Canada, Australia and New Zealand also attributed cyberattacks to Russia today.", "to Russia today.",
  ("Canada", C, neg, "Russia", "public attribution = accusation; a list of states, one row each"),
  ("Australia", C, neg, "Russia", "same list"),
  ("New Zealand", C, neg, "Russia", "same list"))
U(d, "Any attempt to tamper with the work of an organization that investigates", "a matter of serious concern.",
  ("United Nations", N, neg, "", "conditional concern, no appeal, no side named"))
U(d, "I’m not going to go further than that, and I’m not going to get into the attribution", "for Member States.",
  ("United Nations", N, neu, "", "declines to attribute = procedural"))
U(d, "The US Justice Department also indicted seven GRU officers this afternoon", "and the OPCW.",
  ("United States", C, neg, "Russia", "indictment = measure against the other side"))
U(d, "And Ambassador Nebenzia told reporters outside the Council", "OPCW’s next meeting.",
  ("Russia", C, neg, "", "denial that accuses the accusers of a fabrication ('cooked up to poison'); two accusers -> target empty"))
U(d, "We have full confidence in its professionalism and in its Director-General", "without interference from anyone.",
  ("United Nations", S, pos, "OPCW", "confidence in and backing of the OPCW; 'interference from anyone' names no one"))
U(d, "the Russian Foreign Ministry in Moscow called the allegations", "officially later.",
  ("Russia", C, neg, "", "dismissal as Western 'paranoia' = judgement of the accusers ('the West' not canonical -> empty)"))
U(d, "NATO’s Secretary-General, at the defence ministers’ meeting in Brussels, said the Allies stood together", "the United Kingdom.",
  ("NATO", S, pos, "", "solidarity with two states -> target empty"))
U(d, "I think it’s not for me to comment on what Member States are saying about each other.", "about each other.",
  ("United Nations", N, neu, "", "procedural refusal"))
U(d, "The Secretary-General’s message on these issues is that disputes between States in cyberspace", "international law.",
  ("United Nations", T, neu, "", "appeal for dialogue, no side named"))
U(d, "Steph, Professor Maarten de Klerk, who teaches the law of international organizations at Leiden", "OPCW Executive Council.",
  ("Maarten de Klerk", C, neg, "Russia", "invented scholar quoted in a question; 'a breach' = judgement; the operation is Russia's by context"))
U(d, "That’s a matter for the States parties of the OPCW.", "States parties of the OPCW.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "The Director-General, Fernando Arias, said in a statement that the organization had strengthened", "not been compromised.",
  ("OPCW", N, pos, "", "reassurance about its own systems, relayed in a question"))
U(d, "I would take the Director-General at his word.", "He has our full support.",
  ("United Nations", S, pos, "OPCW", "two short sentences, one unit: trust + 'full support'"))
U(d, "The EU leaders, Tusk, Juncker and Mogherini, said in a statement", "the whole world depends on.",
  ("European Union", C, neg, "Russia", "three EU presidents = one actor; 'an assault' = judgement; culprit by context"))
U(d, "On Indonesia, the national disaster agency says the search for victims", "could end next week.",
  ("Indonesia", N, neu, "", "plan given by a state agency, relayed in a question"))
U(d, "The search and rescue operation is led by the Indonesian authorities.", "led by the Indonesian authorities.",
  ("United Nations", N, neu, "", "fact, procedure"))
U(d, "Our teams are focused on shelter, clean water and logistics", "what else it needs.",
  ("United Nations", S, pos, "Indonesia", "aid by act"))
